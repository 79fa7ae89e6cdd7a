"""Plus-addressing benchmark (#20): RCPT cost with tags on vs off, ratios measured in one run.

    python bench/tags.py [--live N] [--rcpts K] [--rounds R]

A real Exim answers RCPTs (no DATA) for the same registry of N live addresses behind
two daemons: one with exim/exim.conf as shipped (plus-addressing on: the registry is
asked about the part before the first '+', and a malformed tag is refused), and one
with that config turned back into its form before tags (the lookup of the whole local
part, no tag rule), written to a temporary file. Batches of 100 RCPTs of distinct
live addresses (a new connection each, its first RCPT untimed) go to three cases in
turn, R x K / 100 turns, the order rotating: plain addresses without tags, plain
addresses with tags on, tagged addresses (local+tag@domain) with tags on. Ratios
(medians of per-turn ratios) against the first. Target <= 1.05.
"""

import argparse
import os
import secrets
import statistics
import tempfile

from subdomains import fill, rcpt_samples

from tempmail import eximctl

from common import report
import helpers

TAG_RULE = "  deny    message = invalid tag:"


def config_without_tags() -> str:
    """Write exim.conf with plus-addressing taken out to a temporary file; return its path."""
    with open(eximctl.CONFIG) as handle:
        lines = handle.read().splitlines(keepends=True)
    out, skip = [], False
    for line in lines:
        if line.startswith(TAG_RULE):
            skip = True   # the deny and its conditions, up to its counter
        if skip:
            skip = not line.strip().startswith("set acl_m_tm_count")
            continue
        out.append(line.replace("TM_UNTAGGED_PART@", "$local_part@"))
    text = "".join(out)
    if TAG_RULE in text or "TM_UNTAGGED_PART@" in text:
        raise RuntimeError("could not take plus-addressing out of exim.conf")
    handle, path = tempfile.mkstemp(prefix="tempmail-bench-notags-", suffix=".conf", dir="/tmp")
    with os.fdopen(handle, "w") as written:
        written.write(text)
    os.chmod(path, 0o644)
    return path


def bench_rcpt(live, rcpts, rounds):
    plain = [f"p{i}x{secrets.token_hex(4)}@{helpers.DOMAIN}" for i in range(live)]
    rows = [(address, secrets.token_hex(16)) for address in plain]
    tagged = [address.replace("@", f"+t{secrets.token_hex(3)}.run-{i % 97}@", 1)
              for i, address in enumerate(plain)]
    without = config_without_tags()
    daemons = {}
    try:
        for name, config in (("off", without), ("on", eximctl.CONFIG)):
            path = helpers.make_data_dir()
            daemons[name] = helpers.Exim(path, router=False, config=config)
            fill(daemons[name].inboxes.registry.path, rows)
        cases = {"plain, tags off": (daemons["off"], plain),
                 "plain, tags on": (daemons["on"], plain),
                 "tagged, tags on": (daemons["on"], tagged)}
        samples = rcpt_samples(cases, len(plain), rcpts, rounds)
    finally:
        for exim in daemons.values():
            exim.stop()
            helpers.remove_tree(exim.data_dir)
        os.unlink(without)
    for key, values in samples.items():
        report(f"RCPT ms, {key} ({live} live)", statistics.median(values) * 1000)
    base = samples["plain, tags off"]
    for key, name in (("plain, tags on", "ratio plain RCPT, tags on / off"),
                      ("tagged, tags on", "ratio tagged RCPT / plain, tags off")):
        report(name, statistics.median(b / a for a, b in zip(base, samples[key], strict=True)),
               target=1.05)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--live", type=int, default=100_000)
    parser.add_argument("--rcpts", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    bench_rcpt(args.live, args.rcpts, args.rounds)


if __name__ == "__main__":
    main()
