"""Ingest with Exim's DKIM and SPF checks on against off, with real DNS answers on 127.x.y.z:53.

    python bench/authchecks.py [--messages N] [--rounds R] [--connections C]

Two daemons with exim/exim.conf, both in a mount namespace whose resolv.conf
names the local test DNS server (tests/authdns.py), measured in alternating
rounds in one run:
  off   TM_AUTH_CHECKS=no (as in development and tests);
  on    TM_AUTH_CHECKS=yes (as in production): every message DKIM-signed by a
        key the DNS server publishes, SPF checked for the envelope domain, an
        Authentication-Results header added.
Prints messages per second of each and the ratio on/off. The client connects
from a non-loopback address of this machine (libspf2 passes any 127/8 client
without asking DNS, which would flatter the checks). Needs root (unshare --mount).
"""

import argparse
import concurrent.futures
import smtplib
import sys
import time

from tempmail import maildir

from common import report  # puts tests/ on sys.path
import helpers


def outside_address():
    from authdns import outside_address as found  # noqa: PLC0415 (tests/, via common)
    return found() or sys.exit(
        "bench/authchecks.py needs a non-loopback IPv4 address to send from")


def send(exim, source, address, messages):
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=60, source_address=(source, 0)) as conn:
        for message in messages:
            conn.sendmail("news@signer.test", [address], message)


def round_rate(exim, source, signed, count, connections):
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    per = count // connections
    # distinct Message-IDs (the router drops a redelivered copy), signed before the clock runs
    batches = [[signed(issued.address, f"{c}.{i}") for i in range(per)] for c in range(connections)]
    path = exim.inboxes.mailbox_path(issued.entry)
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(connections) as pool:
        for future in [pool.submit(send, exim, source, issued.address, batch)
                       for batch in batches]:
            future.result()
    helpers.wait_for(lambda: len(maildir.list_ids(path)) >= per * connections, timeout=300)
    return per * connections / (time.perf_counter() - started)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()
    from authdns import DkimKey, ResolverDNS, namespace_problem  # noqa: PLC0415 (tests/, via common)
    problem = namespace_problem()
    if problem:
        sys.exit(f"bench/authchecks.py: {problem}")
    source = outside_address()
    dns = ResolverDNS()
    key = DkimKey("signer.test")
    dns.txt(key.name, key.record)
    dns.txt("signer.test", f"v=spf1 ip4:{source} -all")
    dns.txt("_dmarc.signer.test", "v=DMARC1; p=reject")

    def signed(address, unique):
        return key.sign(("From: News <news@signer.test>\r\nTo: " + address + "\r\nSubject: Your "
                         "code\r\nDate: Mon, 30 Nov 2026 14:00:00 +0000\r\nMessage-ID: <bench."
                         + unique + "@signer.test>\r\n\r\nYour code is 123456.\r\n" + "x" * 2000 +
                         "\r\n").encode())
    folders, daemons = [], {}
    try:
        for name, checks in (("off", False), ("on", True)):
            folder = helpers.make_data_dir()
            folders.append(folder)
            daemons[name] = helpers.Exim(folder, wrap=dns.argv_prefix(), auth_checks=checks,
                                         router_settings={"MAILBOX_MAX_MESSAGES": 1_000_000,
                                                          "MAILBOX_MAX_BYTES": 10 ** 12})
        rates = {name: [] for name in daemons}
        for _ in range(args.rounds):
            for name, exim in daemons.items():
                rates[name].append(round_rate(exim, source, signed, args.messages, args.connections))
        best = {name: max(values) for name, values in rates.items()}
        report("ingest msg/s, DKIM/SPF checks off", best["off"])
        report("ingest msg/s, DKIM/SPF checks on", best["on"])
        report("ratio checks on / off", best["on"] / best["off"])
    finally:
        for exim in daemons.values():
            exim.stop()
        dns.stop()
        for folder in folders:
            helpers.remove_tree(folder)


if __name__ == "__main__":
    main()
