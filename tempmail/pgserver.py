"""A throwaway PostgreSQL server for `make run-cluster` and the tests: Debian's postgresql-15,
initdb in a temporary folder, listening on 127.0.0.1 on a free port, trust auth."""

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time

INSTALL_HINT = "PostgreSQL server binaries not found: install Debian's postgresql-15 (make test-deps does)"


def bin_dir():
    """Return the folder of initdb/pg_ctl (Debian keeps them off PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError(INSTALL_HINT)
    return os.path.dirname(found[-1])


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One server; start() makes and starts it, stop()/start() again keep its data."""

    def __init__(self, port=None, durable=False):
        self.bin = bin_dir()
        self.durable = durable   # fsync on, as in production (benchmarks); off for tests
        self.root = tempfile.mkdtemp(prefix="tm-pg-")
        self.data = os.path.join(self.root, "data")
        self.port = port or _free_port()
        self.as_postgres = os.geteuid() == 0  # postgres refuses to run as root
        if self.as_postgres:
            user = pwd.getpwnam("postgres")
            os.chmod(self.root, 0o755)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--no-sync")

    def _run(self, tool, *args, check=True):
        argv = [os.path.join(self.bin, tool), *args]
        if self.as_postgres:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(argv, check=check, capture_output=True, text=True, cwd=self.root)

    def url(self, database="postgres"):
        """Return the URL of a database on this server."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def start(self):
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root}"
                   f" -c fsync={'on' if self.durable else 'off'}"
                   " -c max_connections=300 -c shared_buffers=32MB")
        done = self._run("pg_ctl", "-D", self.data, "-o", options, "-l",
                         os.path.join(self.root, "server.log"), "-w", "-t", "60", "start",
                         check=False)
        if done.returncode != 0:
            with open(os.path.join(self.root, "server.log"), errors="replace") as handle:
                raise RuntimeError(f"PostgreSQL did not start: {done.stderr}\n{handle.read()[-2000:]}")
        return self

    def stop(self, mode="fast"):
        self._run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop", check=False)

    def create_database(self, name=None):
        """Create an empty database; return its URL."""
        import psycopg
        name = name or "t_" + secrets.token_hex(6)
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def destroy(self):
        self.stop("immediate")
        for _ in range(20):
            with contextlib.suppress(OSError):
                shutil.rmtree(self.root)
                return
            time.sleep(0.1)
