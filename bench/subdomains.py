"""Subdomain and address-style benchmark (#16), both ratios measured in one run.

    python bench/subdomains.py [--live N] [--rcpts K] [--rounds R] [--creates C]

1. RCPT cost through a real Exim (exim/exim.conf, RCPT only, no DATA): the same
   registry of N live addresses (half plain, half one label under a base) behind
   two daemons, one without TM_SUBDOMAIN_BASES and one with four bases. Batches
   of 100 RCPTs of distinct live addresses (a new connection each, its first
   RCPT untimed) go to the three cases in turn, R x K / 100 turns. Ratios
   (medians of per-turn ratios): plain RCPTs with bases configured / without,
   and subdomain RCPTs with bases / plain RCPTs without. Target <= 1.1.
2. Creating an address with the `name` style against `random` with N live
   addresses in the registry (Inboxes.create: draw, Maildir, registry insert),
   one creation per style in turn, R x C turns; medians. Target <= 1.5.
"""

import argparse
import secrets
import smtplib
import sqlite3
import statistics
import time

from tempmail.inboxes import Inboxes

from common import report
import helpers

BASES = ("sub.tm.test", "a.example.net", "b.example.net", "c.example.org")


def fill(registry_path, rows):
    """Insert rows (address, mailbox id) as live addresses for a day."""
    now = time.time()
    conn = sqlite3.connect(registry_path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO addresses (address, mailbox_id, token_hash, created_at, expires_at,"
        " idle_limit, last_activity) VALUES (?, ?, ?, ?, ?, 0, ?)",
        ((address, mailbox_id, secrets.token_hex(32), now, now + 86400, now)
         for address, mailbox_id in rows))
    conn.execute("COMMIT")
    conn.close()


def seconds_per_rcpt(exim, addresses, warm):
    """Return seconds per RCPT of addresses on a new connection, after one untimed RCPT
    (warm) that opens the registry for this connection. A new connection per batch:
    Exim drops one after 10 RSETs (smtp_accept_max_nonmail)."""
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=60) as conn:
        conn.ehlo("bench.test")
        conn.mail("sender@example.org")
        conn.rcpt(warm)
        started = time.perf_counter()
        for address in addresses:
            code, _ = conn.rcpt(address)
            if code != 250:
                raise AssertionError(f"RCPT answered {code}: {exim.mainlog()}")
        return (time.perf_counter() - started) / len(addresses)


def rcpt_samples(cases, span, rcpts, rounds, batch=100):
    """Return {case: [seconds per RCPT of each batch]} for cases {name: (exim, addresses)}.

    Batches of distinct addresses (of the first span) go to the cases in turn, the
    order rotating, so a change in the machine's load hits every case alike."""
    samples = {key: [] for key in cases}
    keys = list(cases)
    for turn in range(rounds * rcpts // batch):
        start = turn * batch % (span - batch)
        for key in keys[turn % len(keys):] + keys[:turn % len(keys)]:
            exim, addresses = cases[key]
            samples[key].append(seconds_per_rcpt(exim, addresses[start:start + batch],
                                                 addresses[-1]))
    return samples


def bench_rcpt(live, rcpts, rounds):
    """Batches of 100 RCPTs go to the three cases in turn (rotating order), so a change
    in the machine's load hits all three alike; ratios are medians of per-turn ratios."""
    plain = [f"p{i}x{secrets.token_hex(4)}@{helpers.DOMAIN}" for i in range(live // 2)]
    under = [f"s{i}x{secrets.token_hex(3)}@{secrets.token_hex(4)}.{BASES[i % len(BASES)]}"
             for i in range(live - live // 2)]
    rows = [(address, secrets.token_hex(16)) for address in plain + under]
    daemons = {}
    try:
        for name, bases in (("without", ()), ("with", BASES)):
            path = helpers.make_data_dir()
            daemons[name] = helpers.Exim(path, router=False, subdomain_bases=bases)
            fill(daemons[name].inboxes.registry.path, rows)
        cases = {"plain, no bases": (daemons["without"], plain),
                 "plain, 4 bases": (daemons["with"], plain),
                 "subdomain, 4 bases": (daemons["with"], under)}
        samples = rcpt_samples(cases, len(under), rcpts, rounds)
    finally:
        for exim in daemons.values():
            exim.stop()
            helpers.remove_tree(exim.data_dir)
    for key, values in samples.items():
        report(f"RCPT ms, {key} ({live} live)", statistics.median(values) * 1000)
    base = samples["plain, no bases"]
    for key, name in (("plain, 4 bases", "ratio plain RCPT, bases / none"),
                      ("subdomain, 4 bases", "ratio subdomain RCPT / plain without bases")):
        report(name, statistics.median(b / a for a, b in zip(base, samples[key], strict=True)), target=1.1)


def bench_create(live, creates, rounds):
    path = helpers.make_data_dir()
    try:
        inboxes = Inboxes(helpers.settings(path, SUBDOMAIN_DOMAINS=BASES[0]))
        inboxes.ensure_ready()
        fill(inboxes.registry.path, ((f"{secrets.token_hex(8)}@{helpers.DOMAIN}",
                                      secrets.token_hex(16)) for _ in range(live)))
        for style in ("random", "name", "words"):   # lists loaded, caches warm: untimed
            for _ in range(creates // 2):
                inboxes.create(style=style, domain=helpers.DOMAIN)
        samples = {"random": [], "name": [], "words": []}
        styles = list(samples)
        for turn in range(creates * rounds):   # one create per style in turn, order rotating
            for style in styles[turn % 3:] + styles[:turn % 3]:
                started = time.perf_counter()
                inboxes.create(style=style, domain=helpers.DOMAIN)
                samples[style].append(time.perf_counter() - started)
    finally:
        helpers.remove_tree(path)
    base = statistics.median(samples["random"])
    for style, values in samples.items():
        report(f"create ms, style {style} ({live} live)", statistics.median(values) * 1000)
    report("ratio create name / random", statistics.median(samples["name"]) / base, target=1.5)
    report("ratio create words / random", statistics.median(samples["words"]) / base, target=1.5)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--live", type=int, default=100_000)
    parser.add_argument("--rcpts", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--creates", type=int, default=300)
    args = parser.parse_args()
    bench_rcpt(args.live, args.rcpts, args.rounds)
    bench_create(args.live, args.creates, args.rounds)


if __name__ == "__main__":
    main()
