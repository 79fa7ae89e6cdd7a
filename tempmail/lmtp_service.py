"""The router service: LMTP on a unix socket, one durable delivery per recipient.

    python -m tempmail.lmtp_service [--data-dir DIR] [--socket PATH]

Settings come from TEMPMAIL_* (tempmail.config): the data dir, message size,
mailbox caps, disk reserve, and ROUTER_SOCKET / ROUTER_MAX_CONNECTIONS /
ROUTER_WORKERS / ROUTER_TIMEOUT. The socket is created mode 0660 in DATA/router/ (setgid,
group of Exim), so only Exim's group can connect. SIGTERM or SIGINT: stop
listening, let transactions in flight finish, answer 421 to new ones, exit 0.
Logs go to stderr and never name an address, a client or message content.
"""

import argparse
import asyncio
import concurrent.futures
import fcntl
import logging
import os
import signal
import socket
import stat
import sys

from tempmail import config, delivery, diskguard, maildir, metrics, registry
from tempmail.lmtp_handler import Counters, Handler
from tempmail.lmtp_protocol import Gate, RouterLMTP

log = logging.getLogger("tempmail.router")

ROUTER_DIR = "router"
LOCK_NAME = "lmtp.lock"
SOCKET_NAME = "lmtp.sock"
TICK = 1.0          # seconds between disk-flag checks and counter flushes
DRAIN_TIMEOUT = 60.0

# outcome -> the /metrics counter it adds to
COUNTED_AS = {
    delivery.DELIVERED: "accepted",
    delivery.DUPLICATE: "accepted",
    delivery.NO_SUCH_ADDRESS: "refused_unknown",
    delivery.REGISTRY_UNAVAILABLE: "deferred_registry",
    delivery.MAILBOX_MISSING: "deferred_storage",
    delivery.STORAGE_ERROR: "deferred_storage",
    delivery.DISK_FULL: "deferred_disk",
}


class AlreadyRunning(Exception):
    """Another router service holds this data dir's lock."""


def router_dir(data_dir: str) -> str:
    """Return the folder holding the socket, its lock and the disk flag."""
    return os.path.join(data_dir, ROUTER_DIR)


def node_dir(settings: dict) -> str:
    """Return the folder of this node's own state (NODE_DIR, else DATA_DIR)."""
    return settings.get("NODE_DIR") or settings["DATA_DIR"]


def socket_path(settings: dict) -> str:
    """Return the socket path the settings name (default DATA/router/lmtp.sock)."""
    return settings.get("ROUTER_SOCKET") or os.path.join(router_dir(node_dir(settings)),
                                                         SOCKET_NAME)


def flag_path(data_dir: str) -> str:
    """Return the file whose existence tells Exim the disk is below the reserve."""
    return os.path.join(router_dir(data_dir), diskguard.FLAG_NAME)


def take_lock(data_dir: str) -> int:
    """Hold the data dir's router lock for the life of the process; raise AlreadyRunning."""
    fd = os.open(os.path.join(router_dir(data_dir), LOCK_NAME),
                 os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o640)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise AlreadyRunning(router_dir(data_dir)) from None
    return fd


def bind(path: str) -> socket.socket:
    """Return a listening unix socket at path, mode 0660; replace only a stale socket."""
    try:
        if stat.S_ISSOCK(os.lstat(path).st_mode):
            os.unlink(path)
    except FileNotFoundError:
        pass
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o117)
    try:
        sock.bind(path)
    finally:
        os.umask(old)
    os.chmod(path, 0o660)
    sock.listen(128)
    sock.setblocking(False)
    return sock


class Service:
    """One router service process: the server, its worker threads and its chores."""

    def __init__(self, settings: dict, path: str | None = None) -> None:
        self.settings = settings
        self.data_dir = settings["DATA_DIR"]
        self.node_dir = node_dir(settings)
        self.path = path or socket_path(settings)
        self.counters = Counters()
        self.executor = concurrent.futures.ThreadPoolExecutor(
            settings["ROUTER_WORKERS"], thread_name_prefix="deliver")
        self.handler = Handler(self.data_dir, delivery.Limits.from_settings(settings),
                               self.executor, counters=self.counters)
        self.stopping = asyncio.Event()

    async def run(self) -> None:
        """Serve until stop(); then drain and return."""
        loop = asyncio.get_running_loop()
        gate = Gate(self.settings["ROUTER_MAX_CONNECTIONS"])
        max_message, timeout = self.settings["MAX_MESSAGE_SIZE"], self.settings["ROUTER_TIMEOUT"]
        server = await loop.create_unix_server(
            lambda: RouterLMTP(self.handler, gate, max_message, timeout, loop=loop),
            sock=bind(self.path))
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self.stop)
        log.info("listening on %s", self.path)
        chores = asyncio.create_task(self._chores())
        try:
            await self.stopping.wait()
        finally:
            server.close()
            _unlink_socket(self.path)
            gate.drain()
            await self._drain(gate)
            chores.cancel()
            self._flush_counters()
            self.executor.shutdown(wait=True)
            log.info("stopped")

    def stop(self) -> None:
        """Ask the service to drain and exit (the SIGTERM handler)."""
        self.stopping.set()

    async def _drain(self, gate):
        loop = asyncio.get_running_loop()
        deadline = loop.time() + DRAIN_TIMEOUT
        while gate.busy() and loop.time() < deadline:
            gate.changed.clear()
            try:
                await asyncio.wait_for(gate.changed.wait(), timeout=0.5)
            except TimeoutError:
                pass
            gate.drain()   # sessions whose transaction just ended get their 421 now

    async def _chores(self):
        loop = asyncio.get_running_loop()
        root, flag = maildir.root_in(self.data_dir), flag_path(self.node_dir)
        while True:
            await loop.run_in_executor(self.executor, diskguard.update_flag, root,
                                       self.settings["DISK_RESERVE"], flag)
            await loop.run_in_executor(self.executor, self._flush_counters)
            await asyncio.sleep(TICK)

    def _flush_counters(self):
        amounts: dict[str, int] = {}
        for outcome, count in self.counters.take().items():
            name = COUNTED_AS[outcome]
            amounts[name] = amounts.get(name, 0) + count
        if amounts:
            metrics.add(self.node_dir, amounts)


def _unlink_socket(path):
    try:
        if stat.S_ISSOCK(os.lstat(path).st_mode):
            os.unlink(path)
    except FileNotFoundError:
        pass


def _prepare_registry(data_dir: str, url: str) -> None:
    """Create the registry if missing. A database that does not answer yet is not fatal:
    the service starts and answers 451 until it does (Exim keeps the mail and retries)."""
    try:
        registry.open_registry(data_dir, url=url or None).init()
    except registry.RegistryError:
        if not url:
            raise
        log.warning("the registry database does not answer yet; deliveries wait for it")


def main(argv: list[str] | None = None) -> int:
    """Run the router service until SIGTERM; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m tempmail.lmtp_service",
                                     description="tempmail router service (LMTP)")
    parser.add_argument("--data-dir", help="overrides TEMPMAIL_DATA_DIR")
    parser.add_argument("--socket", help="overrides TEMPMAIL_ROUTER_SOCKET")
    parser.add_argument("--node-dir", help="overrides TEMPMAIL_NODE_DIR")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="tempmail-router: %(message)s",
                        stream=sys.stderr)
    logging.getLogger("mail.log").setLevel(logging.CRITICAL)   # aiosmtpd logs addresses
    try:
        overrides = {key: value for key, value in (("DATA_DIR", args.data_dir),
                                                   ("NODE_DIR", args.node_dir)) if value}
        settings = config.load(overrides=overrides)
    except config.ConfigError as exc:
        log.error("configuration error: %s", exc)
        return 2
    data_dir, own = settings["DATA_DIR"], node_dir(settings)
    try:
        os.makedirs(router_dir(own), mode=0o750, exist_ok=True)  # setgid comes from the folder
        lock = take_lock(own)
        _prepare_registry(data_dir, settings["REGISTRY_URL"])
        metrics.init(own)
    except AlreadyRunning as exc:
        log.error("another router service is running for %s", exc)
        return 1
    except (OSError, registry.RegistryError) as exc:
        log.error("cannot prepare %s: %s", data_dir, exc)
        return 1
    try:
        asyncio.run(Service(settings, args.socket).run())
    finally:
        os.close(lock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
