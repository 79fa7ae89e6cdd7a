"""Scale-out benchmark: the PostgreSQL registry and two nodes, ratios measured in one run.

    python bench/scale.py [--messages N] [--rounds R] [--fill 1000000] [--creates C] [--waits W]

One throwaway PostgreSQL (tempmail/pgserver.py, fsync on as in production) serves
all three parts:
  ingest   real Exim -> router service (bench/ingest.py's rounds), the registry in
           PostgreSQL against the SQLite file, alternating rounds at 4 and 32
           connections; target ratio >= 0.8. Exim connects to PostgreSQL anew for
           every message (exim/README.md), so a third daemon does its RCPT lookups
           through a local PgBouncer (Debian's pgbouncer, make test-deps);
  create   Inboxes.create (what POST /api/v1/inboxes calls) in a database holding
           --fill live addresses (filled with generate_series) against one holding
           1,000, alternating; target ratio of medians <= 1.5;
  wait     two nodes (make run-cluster's devserver) sharing one data folder: a long
           poll on node 1 while a message goes in through node 2's SMTP port; the
           time from Exim's 250 after DATA to the poll's answer; target median
           <= 300 ms. The same through node 1 is the single-node reference.
"""

import argparse
import http.client
import json
import os
import shutil
import smtplib
import statistics
import subprocess
import threading
import time

import ingest
import psycopg

from tempmail import config, eximctl, pgserver
from tempmail.inboxes import Inboxes

import cluster_nodes
from common import median_ms, report
import helpers

LIVE_FOR = 30 * 86400


class Bouncer:
    """PgBouncer on a free 127.0.0.1 port in front of server (Debian's pgbouncer), for Exim."""

    def __init__(self, server):
        self.port = helpers.free_port()
        ini = os.path.join(server.root, "pgbouncer.ini")
        with open(ini, "w") as handle:
            handle.write(f"[databases]\n* = host=127.0.0.1 port={server.port}\n[pgbouncer]\n"
                         f"listen_addr = 127.0.0.1\nlisten_port = {self.port}\n"
                         f"unix_socket_dir =\nauth_type = trust\n"
                         f"auth_file = {os.path.join(server.root, 'users.txt')}\n"
                         "pool_mode = transaction\ndefault_pool_size = 20\n"
                         "max_client_conn = 500\n")
        with open(os.path.join(server.root, "users.txt"), "w") as handle:
            handle.write('"postgres" ""\n')
        argv = ["/usr/sbin/pgbouncer", ini]
        if os.geteuid() == 0:      # it refuses to run as root
            argv = ["runuser", "-u", "postgres", "--", *argv]
        self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        if not helpers.port_open(self.port, self.process, 20):
            raise RuntimeError("pgbouncer did not start (apt-get install pgbouncer)")

    def url(self, database):
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self):
        helpers.stop_process(self.process)


def ingest_part(server, messages, rounds):
    """Ingest through real Exim with the registry in PostgreSQL vs the SQLite file."""
    url = server.create_database()
    bouncer = Bouncer(server)
    router_settings = {"MAILBOX_MAX_MESSAGES": 1_000_000, "MAILBOX_MAX_BYTES": 10 ** 12}
    folders = [helpers.make_data_dir() for _ in range(3)]
    daemons = []
    try:
        daemons.append(helpers.Exim(folders[0], router_settings=router_settings))
        daemons.append(helpers.Exim(folders[1], router_settings={**router_settings,
                                                                 "REGISTRY_URL": url}))
        daemons.append(helpers.Exim(folders[2], router_settings={**router_settings,
                                                                 "REGISTRY_URL": url},
                                    TM_PGSQL_SERVERS=eximctl.pgsql_servers(
                                        bouncer.url(url.rsplit("/", 1)[1]))))
        for connections in (4, 32):
            rates = {"sqlite": [], "pg": [], "bouncer": []}
            for _ in range(rounds):
                for name, daemon in zip(rates, daemons, strict=True):
                    rates[name].append(ingest.ingest_round(daemon, None, messages, connections))
            best = {name: max(values) for name, values in rates.items()}
            print(f"ingest: {messages} messages over {connections} connections, best of "
                  f"{rounds} alternating rounds")
            report("  registry in the SQLite file (messages/s)", best["sqlite"])
            report("  registry in PostgreSQL (messages/s)", best["pg"])
            report("  the same, Exim through a local PgBouncer (msg/s)", best["bouncer"])
            report("  ingest ratio (PostgreSQL / SQLite)", best["pg"] / best["sqlite"], 0.8, True)
            report("  ingest ratio, Exim via PgBouncer (/ SQLite)",
                   best["bouncer"] / best["sqlite"], 0.8, True)
    finally:
        for daemon in daemons:
            daemon.stop()
        bouncer.stop()
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)


def fill(url, count):
    """Insert count live addresses in one statement (no API calls), then ANALYZE."""
    now = time.time()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO addresses (address, mailbox_id, token_hash, created_at, expires_at,"
            " idle_limit, last_activity)"
            " SELECT 'fill' || g || '@' || %s, md5('m' || g) || md5('n' || g),"
            " md5('t' || g), %s, %s, 0, %s FROM generate_series(1, %s) AS g",
            (helpers.DOMAIN, now, now + LIVE_FOR, now, count))
        conn.execute("ANALYZE addresses")
        return conn.execute("SELECT count(*) FROM addresses").fetchone()[0]


def create_part(server, big, creates):
    """Median Inboxes.create with big live addresses in PostgreSQL against 1,000."""
    data_dir = helpers.make_data_dir()
    services = {}
    try:
        for name, count in (("small", 1000), ("big", big)):
            url = server.create_database()
            service = Inboxes(config.load({}, {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN,
                                               "REGISTRY_URL": url}))
            service.ensure_ready()
            started = time.perf_counter()
            rows = fill(url, count)
            print(f"create: filled {rows:,} live addresses in "
                  f"{time.perf_counter() - started:.1f} s")
            services[name] = service
        samples = {"small": [], "big": []}
        for _ in range(creates):
            for name, service in services.items():
                started = time.perf_counter()
                service.create(lifetime=600)
                samples[name].append(time.perf_counter() - started)
        small, big_ms = median_ms(samples["small"]), median_ms(samples["big"])
        print(f"create: {creates} Inboxes.create calls in each database, alternating")
        report("  create median, 1,000 live (ms)", small)
        report(f"  create median, {big:,} live (ms)", big_ms)
        report(f"  create ratio ({big:,} / 1,000)", big_ms / small, 1.5)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def long_poll(node, token, subject, result):
    """GET /inbox/messages?wait=30 for subject on node; store the answer's time in result."""
    conn = http.client.HTTPConnection("127.0.0.1", int(node.url.rsplit(":", 1)[1]), timeout=60)
    conn.request("GET", f"/api/v1/inbox/messages?wait=30&subject={subject}",
                 headers={"Authorization": f"Bearer {token}"})
    answer = conn.getresponse()
    body = json.loads(answer.read())
    result["at"] = time.perf_counter()
    result["subjects"] = [m["subject"] for m in body.get("messages", [])]
    conn.close()


def wait_latency(waiter, sender, address, token, tag):
    """Seconds from sender's 250 after DATA to the answer of a long poll on waiter."""
    result = {}
    thread = threading.Thread(target=long_poll, args=(waiter, token, tag, result))
    thread.start()
    time.sleep(0.4)    # the poll is parked and listening
    with smtplib.SMTP("127.0.0.1", sender.smtp_port, timeout=60) as conn:
        conn.sendmail("bench@example.org", [address],
                      f"Subject: {tag}\r\n\r\nwake up\r\n".encode())
        accepted = time.perf_counter()
    thread.join(60)
    assert result.get("subjects") == [tag], result
    return result["at"] - accepted


def wait_part(server, waits):
    """Cross-node wake-up: a delivery through node 2 answers a long poll on node 1."""
    url = server.create_database()
    data_dir = helpers.make_data_dir()
    settings = config.load({}, {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN})
    smtp_port, http_port = cluster_nodes.pair(), cluster_nodes.pair()
    nodes = []
    try:
        nodes = [cluster_nodes.Node(settings, url, n, smtp_port, http_port) for n in (1, 2)]
        one, two = nodes
        status, _, body = one.api("POST", "/inboxes", body={"lifetime": 3600})
        assert status == 201, body
        address, token = body["address"], body["token"]
        samples = {"cross": [], "same": []}
        for n in range(waits):
            samples["cross"].append(wait_latency(one, two, address, token, f"cross{n}"))
            samples["same"].append(wait_latency(one, one, address, token, f"same{n}"))
        print(f"wait: {waits} long polls on node 1, alternating deliveries through each node")
        report("  node 2 delivery -> node 1 answer, median (ms)", median_ms(samples["cross"]),
               300)
        report("  node 2 delivery -> node 1 answer, worst (ms)", max(samples["cross"]) * 1000)
        report("  node 1 delivery -> node 1 answer, median (ms)", median_ms(samples["same"]))
        report("  cross-node / same-node (medians)",
               statistics.median(samples["cross"]) / statistics.median(samples["same"]))
    finally:
        for node in nodes:
            node.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--fill", type=int, default=1_000_000)
    parser.add_argument("--creates", type=int, default=300)
    parser.add_argument("--waits", type=int, default=20)
    parser.add_argument("--only", choices=("ingest", "create", "wait"))
    args = parser.parse_args()
    if args.messages < 100 or args.rounds < 1 or args.fill < 1000 or args.creates < 10 \
            or args.waits < 3:
        parser.error("use at least 100 messages, 1 round, 1000 to fill, 10 creates, 3 waits")
    server = pgserver.PostgresServer(durable=True).start()
    try:
        if args.only in (None, "ingest"):
            ingest_part(server, args.messages, args.rounds)
        if args.only in (None, "create"):
            create_part(server, args.fill, args.creates)
        if args.only in (None, "wait"):
            wait_part(server, args.waits)
    finally:
        server.destroy()


if __name__ == "__main__":
    main()
