"""Ingest benchmark: Exim + the LMTP router service against Exim's own Maildir delivery.

    python bench/ingest.py [--messages N] [--rounds R] [--rss-messages M] [--connections 4 32]

Three daemons, measured in the same run in alternating rounds at 4 and 32
connections, so the ratios survive a noisy machine:
  ours      exim/exim.conf as shipped: LMTP to the router service;
  baseline  Exim's appendfile in Maildir mode with the same RCPT registry
            lookup and nothing else (no counters, no rate limit, no disk flag);
  counted   ours plus Exim's former per-message SQLite UPDATE of the
            "accepted" counter in its DATA ACL (what the router now counts in
            memory and writes once a second).
  plain     ours again, to an address registered without a key pair (as before
            encryption at rest): the cost of sealing every message is
            encrypted / plain (target >= 0.9, i.e. within 10%).
Then the router service alone: CPU seconds per message (utime + stime from
/proc) and its RSS after 100 and after M messages sent straight over LMTP.
Targets: ingest ratio >= 0.6 (stretch 0.8), RSS ratio <= 1.1.
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import smtplib
import time

from tempmail import eximctl, sealing

from common import report, rss_kb
import helpers

BASELINE_ACL = r"""acl_check_rcpt:
  deny    message = relay not permitted
          domains = ! +tempmail_domains
  warn    set acl_m_tm_state = TM_LIVE_STATE
  defer   message = address registry unavailable, try again later
          condition = ${if or {{eq{$acl_m_tm_state}{live}}{eq{$acl_m_tm_state}{gone}}}{no}{yes}}
  deny    message = no such address (unknown or expired)
          condition = ${if eq{$acl_m_tm_state}{gone}}
  accept

acl_check_data:
  accept

begin routers"""

BASELINE_TRANSPORT = """tempmail_lmtp:
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

COUNTED_DATA_ACL = r"""acl_check_data:
  accept  set acl_m_tm_count = ${if exists{TM_METRICS_FILE}{${lookup sqlite,file=TM_METRICS_FILE \
  {UPDATE counters SET value = value + 1 WHERE name = 'accepted' /* $tod_epoch_l $pid */}}}}

begin routers"""


def variant_config(path, replacements):
    """Write exim.conf with each (pattern, text) matched once and replaced; return the path."""
    with open(eximctl.CONFIG) as handle:
        text = handle.read()
    for pattern, replacement in replacements:
        text, count = re.subn(pattern, lambda _, new=replacement: new, text, flags=re.S)
        assert count == 1, f"{pattern!r} does not match exim.conf once"
    with open(path, "w") as handle:
        handle.write(text)
    os.chmod(path, 0o644)
    return path


def send_all(port, address, messages, connections):
    body = b"From: bench@example.org\r\nSubject: bench\r\n\r\n" + b"line of text\r\n" * 150

    def one_connection(count):
        with smtplib.SMTP("127.0.0.1", port, timeout=120) as conn:
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


def ingest_round(daemon, folder, messages, connections, sealed=True):
    """Send messages and wait until they are all in folder (None: the address's own).

    sealed=False: to an address without a key pair (a plain mailbox).
    """
    if sealed:
        issued = daemon.inboxes.create(domain=helpers.DOMAIN)
        address, mailbox = issued.address, daemon.inboxes.mailbox_path(issued.entry)
    else:
        address, _, mailbox_id = helpers.plain_inbox(daemon.inboxes)
        mailbox = os.path.join(daemon.inboxes.mail_root, mailbox_id)
    folder = folder or mailbox
    before = count_files(folder)
    started = time.perf_counter()
    send_all(daemon.port, address, messages, connections)
    helpers.wait_for(lambda: count_files(folder) - before >= messages, timeout=600,
                     interval=0.01)
    return messages / (time.perf_counter() - started)


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def lmtp_send(router, addresses, count, connections=8):
    """Deliver count messages straight over LMTP, spread over addresses and connections."""
    body = (b"Received: from [127.0.0.1] by bench with esmtp\r\n\tid %s\r\n"
            b"Subject: rss\r\n\r\n" + b"line of text\r\n" * 150 + b".\r\n")

    def one_connection(share):
        start, number = share
        with helpers.LMTPClient(router.socket, timeout=120) as conn:
            conn.greet()
            for i in range(start, start + number):
                conn.command("MAIL FROM:<bench@example.org>")
                conn.command(f"RCPT TO:<{addresses[i % len(addresses)]}>")
                conn.command("DATA")
                conn.send(body % b"1b%05d-%06d-XX" % (i // 1000000, i % 1000000))
                assert conn.reply()[0] == 250
    per = count // connections
    with concurrent.futures.ThreadPoolExecutor(connections) as pool:
        list(pool.map(one_connection, [(lmtp_send.sent + i * per, per)
                                       for i in range(connections)]))
    lmtp_send.sent += per * connections


lmtp_send.sent = 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rss-messages", type=int, default=10_000)
    parser.add_argument("--connections", type=int, nargs="+", default=[4, 32])
    args = parser.parse_args()
    if min(args.messages, args.rss_messages) < 200 or args.rounds < 1:
        parser.error("use at least 200 messages (and for RSS) and 1 round")

    ours_dir, base_dir, counted_dir = (helpers.make_data_dir() for _ in range(3))
    router_settings = {"MAILBOX_MAX_MESSAGES": 1_000_000, "MAILBOX_MAX_BYTES": 10 ** 12}
    ours = helpers.Exim(ours_dir, router_settings=router_settings)
    base = helpers.Exim(base_dir, router=False, config=variant_config(
        os.path.join(base_dir, "exim", "baseline.conf"),
        [(r"acl_check_rcpt:.*?\nbegin routers", BASELINE_ACL),
         (r"tempmail_lmtp:\n  driver = lmtp.*?\nbegin retry", BASELINE_TRANSPORT)]))
    counted = helpers.Exim(counted_dir, router_settings=router_settings, config=variant_config(
        os.path.join(counted_dir, "exim", "counted.conf"),
        [(r"acl_check_data:.*?\nbegin routers", COUNTED_DATA_ACL)]))
    daemons = (ours, base, counted)
    try:
        router_pid = ours.router.process.pid
        for connections in args.connections:
            rates = {"ours": [], "base": [], "counted": [], "plain": []}
            cpu, plain_cpu, delivered = 0.0, 0.0, 0
            for _ in range(args.rounds):
                before = cpu_seconds(router_pid)
                rates["ours"].append(ingest_round(ours, None, args.messages, connections))
                cpu += cpu_seconds(router_pid) - before
                delivered += args.messages
                before = cpu_seconds(router_pid)
                rates["plain"].append(ingest_round(ours, None, args.messages, connections,
                                                   sealed=False))
                plain_cpu += cpu_seconds(router_pid) - before
                rates["base"].append(ingest_round(base, os.path.join(base_dir, "mail",
                                                                     "baseline"),
                                                  args.messages, connections))
                rates["counted"].append(ingest_round(counted, None, args.messages, connections))
            best = {name: max(values) for name, values in rates.items()}
            print(f"{args.messages} messages over {connections} connections, best of "
                  f"{args.rounds} alternating rounds")
            report("  router service ingest (messages/s)", best["ours"])
            report("  Exim appendfile Maildir ingest (messages/s)", best["base"])
            report("  router + Exim's per-message counter UPDATE (msg/s)", best["counted"])
            report("  ingest ratio (router / appendfile)", best["ours"] / best["base"], 0.6, True)
            report("  counter in the router / counter in Exim's ACL", best["ours"] / best["counted"])
            report("  router CPU per message (ms)", cpu / delivered * 1000)
            report("  router to plain mailboxes (messages/s)", best["plain"])
            report("  encrypted / plain ingest", best["ours"] / best["plain"], 0.9, True)
            report("  router CPU per plain message (ms)", plain_cpu / delivered * 1000)
            report("  router CPU per message, encrypted / plain", cpu / plain_cpu, 1.1)

        rss_dir = helpers.make_data_dir()
        inboxes = helpers.Inboxes(helpers.settings(rss_dir))
        inboxes.ensure_ready()
        addresses = [inboxes.create(domain=helpers.DOMAIN).address for _ in range(20)]
        router = helpers.Router(rss_dir)
        try:
            lmtp_send(router, addresses, 104)
            after_100 = rss_kb(router.process.pid)
            started, cpu_before = time.perf_counter(), cpu_seconds(router.process.pid)
            lmtp_send(router, addresses, args.rss_messages - 104)
            elapsed = time.perf_counter() - started
            cpu = cpu_seconds(router.process.pid) - cpu_before
            after_all = rss_kb(router.process.pid)
        finally:
            router.stop()
            shutil.rmtree(rss_dir, ignore_errors=True)
        public, _ = sealing.new_key_pair()
        body = b"Subject: bench\r\n\r\n" + b"line of text\r\n" * 150
        started = time.process_time()
        for _ in range(1000):
            sealing.seal(body, public)
        report("sealing alone, one bench message (ms)", time.process_time() - started)
        print(f"router service alone, {args.rss_messages} messages straight over LMTP "
              f"(8 connections, 20 mailboxes capped at 100 messages)")
        report("  LMTP deliveries (messages/s)", (args.rss_messages - 104) / elapsed)
        report("  router CPU per message (ms)", cpu / (args.rss_messages - 104) * 1000)
        report("  RSS after 100 messages (MiB)", after_100 / 1024)
        report(f"  RSS after {args.rss_messages} messages (MiB)", after_all / 1024)
        report("  RSS ratio", after_all / after_100, 1.1)
    finally:
        for daemon in daemons:
            daemon.stop()
            shutil.rmtree(daemon.data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
