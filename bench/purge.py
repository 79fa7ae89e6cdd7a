"""Purge benchmark: purge against rm -rf, and address creation at 100k vs 1k live.

    python bench/purge.py [--mailboxes N] [--messages M] [--creates C]

Both comparisons are measured in the same run on this machine. Targets: purge
of N expired mailboxes x M messages <= 1.5x `rm -rf` of an identical tree;
creating an address with 100,000 live <= 1.5x with 1,000 live.
"""

import argparse
import os
import secrets
import shutil
import sqlite3
import statistics
import subprocess
import time

from tempmail import maildir, purge
from tempmail.inboxes import Inboxes

from common import report
import helpers

BODY = b"From: a@example.org\nSubject: hello\n\n" + b"some text of a message\n" * 40


def bulk_registry(inboxes, count, lifetime, now):
    """Insert count addresses straight into the registry; return their mailbox ids."""
    inboxes.ensure_ready()
    ids = [secrets.token_hex(16) for _ in range(count)]
    conn = sqlite3.connect(inboxes.registry.path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO addresses (address, mailbox_id, token_hash, created_at, expires_at,"
        " idle_limit, last_activity) VALUES (?, ?, ?, ?, ?, 0, ?)",
        ((f"bulk{i}x{secrets.token_hex(4)}@{helpers.DOMAIN}", ids[i], secrets.token_hex(32),
          now, now + lifetime, now) for i in range(count)))
    conn.execute("COMMIT")
    conn.close()
    return ids


def build_tree(inboxes, ids, messages):
    for mailbox_id in ids:
        path = os.path.join(inboxes.mail_root, mailbox_id)
        for sub in maildir.SUBDIRS:
            os.makedirs(os.path.join(path, sub), exist_ok=True)
        for i in range(messages):
            name = f"{time.time_ns()}.P1R{i:04d}.bench,S={len(BODY)}"
            with open(os.path.join(path, "new", name), "wb") as handle:
                handle.write(BODY)


def settle():
    """Write dirty pages out so neither timing pays for the other's writes."""
    subprocess.run(["sync"], check=False)


def purge_vs_rm(mailboxes, messages):
    data_dir = helpers.make_data_dir()
    try:
        inboxes = Inboxes(helpers.settings(data_dir))
        now = time.time()
        ids = bulk_registry(inboxes, mailboxes, 60, now - 3600)
        build_tree(inboxes, ids, messages)
        copy = os.path.join(data_dir, "copy")
        subprocess.run(["cp", "-a", inboxes.mail_root, copy], check=True)
        settle()
        started = time.perf_counter()
        subprocess.run(["rm", "-rf", copy], check=True)
        rm_seconds = time.perf_counter() - started
        settle()
        started = time.perf_counter()
        counts = purge.purge(inboxes, now=now)
        purge_seconds = time.perf_counter() - started
        assert counts.mailboxes == mailboxes and counts.messages == mailboxes * messages
        assert os.listdir(inboxes.mail_root) == []
        return purge_seconds, rm_seconds
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def registry_with(live):
    """Return (data_dir, Inboxes) whose registry already holds `live` live addresses."""
    data_dir = helpers.make_data_dir()
    inboxes = Inboxes(helpers.settings(data_dir))
    bulk_registry(inboxes, live, 3600, time.time())
    return data_dir, inboxes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mailboxes", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=5)
    parser.add_argument("--creates", type=int, default=400)
    args = parser.parse_args()
    if min(args.mailboxes, args.messages, args.creates) < 1:
        parser.error("every count must be at least 1")

    purge_seconds, rm_seconds = purge_vs_rm(args.mailboxes, args.messages)
    print(f"{args.mailboxes} expired mailboxes x {args.messages} messages")
    report("purge (s)", purge_seconds)
    report("rm -rf of the same tree (s)", rm_seconds)
    report("purge / rm -rf", purge_seconds / rm_seconds, 1.5)

    small_dir, small = registry_with(1_000)
    big_dir, big = registry_with(100_000)
    try:
        samples = {"small": [], "big": []}
        for _ in range(args.creates):
            for key, service in (("small", small), ("big", big)):
                started = time.perf_counter()
                service.create()
                samples[key].append(time.perf_counter() - started)
        small_ms = statistics.median(samples["small"]) * 1000
        big_ms = statistics.median(samples["big"]) * 1000
        print(f"address creation, median of {args.creates} interleaved creates")
        report("with 1,000 live (ms)", small_ms)
        report("with 100,000 live (ms)", big_ms)
        report("100,000 / 1,000", big_ms / small_ms, 1.5)
    finally:
        shutil.rmtree(small_dir, ignore_errors=True)
        shutil.rmtree(big_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
