"""`make run-cluster`: two full nodes on one machine sharing one data folder and a throwaway
PostgreSQL registry, to try the multi-node setup (docs/scale-out.md).

Node 1 listens on TEMPMAIL_SMTP_PORT / TEMPMAIL_HTTP_PORT, node 2 on each port + 1;
both share TEMPMAIL_DATA_DIR (the Maildirs and the session secret) and keep their
own state (Exim's spool, the router's socket, counters) in DATA_DIR/nodes/N. The
database lives in a temporary folder and is gone when this stops (Ctrl-C).
"""

import os
import signal
import subprocess
import sys
import time

from tempmail import config, eximctl, pgserver


def node_environ(settings: dict, url: str, number: int, smtp_port: int, http_port: int) -> dict:
    """Return the environment of node number (1 or 2) of the cluster."""
    data_dir = settings["DATA_DIR"]
    return dict(os.environ, TEMPMAIL_DATA_DIR=data_dir, TEMPMAIL_REGISTRY_URL=url,
                TEMPMAIL_NODE_DIR=os.path.join(data_dir, "nodes", str(number)),
                TEMPMAIL_SMTP_PORT=str(smtp_port + number - 1),
                TEMPMAIL_HTTP_PORT=str(http_port + number - 1))


def main() -> int:
    """Start the database and two nodes; stop everything on Ctrl-C or when a node exits."""
    try:
        settings = config.load()
        smtp_port = int(os.environ.get("TEMPMAIL_SMTP_PORT", "2525"))
        http_port = int(os.environ.get("TEMPMAIL_HTTP_PORT", "8000"))
        eximctl.prepare(settings["DATA_DIR"])
    except (config.ConfigError, ValueError, eximctl.Unreachable) as exc:
        sys.stderr.write(f"tempmail: {exc}\n")
        return 2
    try:
        database = pgserver.PostgresServer().start()
    except RuntimeError as exc:
        sys.stderr.write(f"tempmail: {exc}\n")
        return 2
    stopping: list[bool] = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    nodes = []
    try:
        url = database.create_database("tempmail")
        for number in (1, 2):
            nodes.append(subprocess.Popen(
                [sys.executable, "-m", "tempmail.devserver"], cwd=eximctl.APP_DIR,
                env=node_environ(settings, url, number, smtp_port, http_port)))
        print(f"""
tempmail cluster: two nodes, one PostgreSQL registry ({database.url('tempmail')}),
one shared data folder ({settings['DATA_DIR']}).
  node 1: web http://127.0.0.1:{http_port}/  smtp 127.0.0.1:{smtp_port}
  node 2: web http://127.0.0.1:{http_port + 1}/  smtp 127.0.0.1:{smtp_port + 1}
Create on one, send through the other, read on either. Ctrl-C stops everything.
""", flush=True)
        while not stopping and all(node.poll() is None for node in nodes):
            time.sleep(0.2)
    finally:
        for node in nodes:
            if node.poll() is None:
                node.send_signal(signal.SIGTERM)
        for node in nodes:
            try:
                node.wait(timeout=20)
            except subprocess.TimeoutExpired:
                node.kill()
                node.wait()
        database.destroy()
    print("tempmail cluster stopped", flush=True)
    return 0 if stopping else 1


if __name__ == "__main__":
    sys.exit(main())
