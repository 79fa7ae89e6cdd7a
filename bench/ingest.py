"""Ingest benchmark: the project's Exim + router against Exim's own Maildir delivery.

    python bench/ingest.py [--messages N] [--connections K] [--router-runs R]

All daemons use exim/exim.conf; the baseline's only change is the transport
(Exim's appendfile in Maildir mode instead of the pipe to the router), and a
third daemon pipes each message to a bare `python3 -I -S` that only reads
stdin: the ceiling any per-message Python router can reach. They are measured
in the same run, alternating rounds, so the ratios survive a noisy machine.
Also times the router process alone against a bare interpreter.
Targets: ingest ratio >= 0.5, router <= 1.6x `python3 -I -S -c pass`.
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import smtplib
import subprocess
import time

from common import median_ms, report

import helpers
from tempmail import eximctl

BASELINE_TRANSPORT = """tempmail_router:
  driver = appendfile
  maildir_format
  directory = TM_DATA_DIR/mail/baseline
  create_directory
  user = TM_EXIM_USER
  group = TM_EXIM_GROUP
  mode = 0660
  delivery_date_add
  envelope_to_add
  return_path_add

begin retry"""


def variant_config(path, pattern, replacement):
    """Write exim.conf with the one match of pattern replaced; return the new file's path."""
    with open(eximctl.CONFIG) as handle:
        text = handle.read()
    text, count = re.subn(pattern, replacement, text, flags=re.S)
    assert count == 1, f"{pattern!r} does not match exim.conf once"
    with open(path, "w") as handle:
        handle.write(text)
    os.chmod(path, 0o644)
    return path


def baseline_config(path):
    """exim.conf with the pipe transport swapped for Exim's own appendfile Maildir."""
    return variant_config(path, r"tempmail_router:\n  driver = pipe.*?\nbegin retry",
                          BASELINE_TRANSPORT)


def bare_pipe_config(path):
    """exim.conf piping each message to a bare interpreter that only reads stdin."""
    return variant_config(path, r"command = .*?--timeout TM_LOCK_WAIT",
                          'command = /usr/bin/python3 -I -S -c "import sys; '
                          'sys.stdin.buffer.read()"')


def mainlog_completed(data_dir):
    try:
        with open(os.path.join(data_dir, "exim", "log", "mainlog"), "rb") as handle:
            return handle.read().count(b" Completed")
    except FileNotFoundError:
        return 0


def send_all(port, address, messages, connections):
    body = b"From: bench@example.org\r\nSubject: bench\r\n\r\n" + b"line of text\r\n" * 150

    def one_connection(count):
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as conn:
            for _ in range(count):
                conn.sendmail("bench@example.org", [address], body)
    shares = [messages // connections + (1 if i < messages % connections else 0)
              for i in range(connections)]
    with concurrent.futures.ThreadPoolExecutor(connections) as pool:
        list(pool.map(one_connection, shares))


def count_files(folder):
    try:
        return len(os.listdir(os.path.join(folder, "new")))
    except FileNotFoundError:
        return 0


def ingest_round(daemon, folder, messages, connections):
    """Send messages and wait until they are all delivered; return messages per second.

    folder None: the new address's own Maildir; "log": count Exim's Completed lines.
    """
    issued = daemon.inboxes.create(domain=helpers.DOMAIN)
    if folder == "log":
        done = lambda: mainlog_completed(daemon.data_dir)  # noqa: E731
    else:
        folder = folder or daemon.inboxes.mailbox_path(issued.entry)
        done = lambda: count_files(folder)  # noqa: E731
    before = done()
    started = time.perf_counter()
    send_all(daemon.port, issued.address, messages, connections)
    helpers.wait_for(lambda: done() - before >= messages, timeout=600, interval=0.01)
    return messages / (time.perf_counter() - started)


def router_times(data_dir, app_dir, runs):
    """Return (router seconds, bare interpreter seconds) medians, interleaved."""
    inboxes = helpers.Inboxes(helpers.settings(data_dir))
    message = b"Subject: x\n\n" + b"line of text\n" * 150
    router = ["/usr/bin/python3", "-I", "-S", os.path.join(app_dir, "exim", "router"),
              "--data-dir", data_dir]
    bare = ["/usr/bin/python3", "-I", "-S", "-c", "pass"]
    kwargs = helpers.exim_user_kwargs()
    routed, plain = [], []
    for run in range(runs):
        if run % 20 == 0:  # a typical inbox holds a few messages, not hundreds
            local_part, domain = inboxes.create(domain=helpers.DOMAIN).address.split("@")
            env = {"LOCAL_PART": local_part, "DOMAIN": domain, "PATH": "/bin:/usr/bin"}
        for argv, samples, data in ((router, routed, message), (bare, plain, b"")):
            started = time.perf_counter()
            subprocess.run(argv, input=data, env=env, check=True, **kwargs)
            samples.append(time.perf_counter() - started)
    return median_ms(routed), median_ms(plain)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--router-runs", type=int, default=200)
    args = parser.parse_args()
    if min(args.messages, args.connections, args.rounds, args.router_runs) < 1:
        parser.error("every count must be at least 1")

    ours_dir, base_dir, bare_dir = (helpers.make_data_dir() for _ in range(3))
    macros = {"TM_MAILBOX_CAP": 1_000_000}
    ours = helpers.Exim(ours_dir, **macros)
    base = helpers.Exim(base_dir, config=baseline_config(
        os.path.join(base_dir, "exim", "baseline.conf")), **macros)
    bare = helpers.Exim(bare_dir, config=bare_pipe_config(
        os.path.join(bare_dir, "exim", "bare.conf")), **macros)
    daemons = (ours, base, bare)
    try:
        rates = {"ours": [], "base": [], "bare": []}
        for _ in range(args.rounds):
            rates["ours"].append(ingest_round(ours, None, args.messages, args.connections))
            rates["base"].append(ingest_round(base, os.path.join(base_dir, "mail", "baseline"),
                                              args.messages, args.connections))
            rates["bare"].append(ingest_round(bare, "log", args.messages, args.connections))
        ours_rate, base_rate, bare_rate = (max(rates[k]) for k in ("ours", "base", "bare"))
        print(f"{args.messages} messages over {args.connections} connections, best of "
              f"{args.rounds} alternating rounds")
        report("router pipe ingest (messages/s)", ours_rate)
        report("Exim appendfile Maildir ingest (messages/s)", base_rate)
        report("pipe to a bare interpreter (messages/s)", bare_rate)
        report("ingest ratio (router / appendfile)", ours_rate / base_rate, 0.5, True)
        report("ceiling: bare interpreter pipe / appendfile", bare_rate / base_rate)
        report("router / bare interpreter pipe", ours_rate / bare_rate)
        router_ms, bare_ms = router_times(ours_dir, ours.app_dir, args.router_runs)
        print(f"router process alone, median of {args.router_runs} interleaved runs")
        report("router per message (ms)", router_ms)
        report("python3 -I -S -c pass (ms)", bare_ms)
        report("router / bare interpreter", router_ms / bare_ms, 1.6)
    finally:
        for daemon in daemons:
            daemon.stop()
            shutil.rmtree(daemon.data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
