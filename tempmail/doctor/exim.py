"""Exim: its daemon runs, listens and greets, has the sqlite lookup, its queue is
not stuck; the router service's socket answers LHLO."""

from collections.abc import Iterator
import dataclasses
import os
import re
import socket
import subprocess

from tempmail import eximctl, lmtp_probe
from tempmail.doctor.result import Context, Result, fail, ok, warn

DEFAULT_SMTP_PORT = 25
QUEUE_LINE = re.compile(r"\s*(\d+)([smhdw])\s+\S+\s+[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}\b")
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


@dataclasses.dataclass
class Daemon:
    """A running Exim daemon as its command line shows it."""

    pid: int
    config_args: list[str]
    host: str | None
    port: int | None


def find_daemon(data_dir: str, node_dir: str | None = None) -> Daemon | None:
    """Return the Exim daemon serving data_dir (or the system's, with no TM_DATA_DIR), or None.

    node_dir: this node's own folder; nodes sharing data_dir each run a daemon of their own.
    """
    found = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/cmdline", "rb") as handle:
                argv = [a.decode(errors="replace") for a in handle.read().split(b"\0") if a]
            with open(f"/proc/{name}/stat", "rb") as handle:
                parent = int(handle.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if argv and os.path.basename(argv[0]) in ("exim4", "exim") and \
                any(arg.startswith("-bd") for arg in argv):
            found[int(name)] = (argv, parent)
    ours = []
    for pid, (argv, parent) in found.items():
        if parent in found:
            continue  # a child the daemon forked for a connection or a queue run
        macros = dict(a[2:].partition("=")[::2] for a in argv if a.startswith("-D"))
        if macros.get("TM_DATA_DIR", data_dir) != data_dir:
            continue  # another data folder's daemon (another checkout, a test)
        if node_dir and macros.get("TM_NODE_DIR", node_dir) != node_dir:
            continue  # another node's daemon on the same shared data folder
        ours.append(_daemon(pid, argv))
    return min(ours, key=lambda daemon: daemon.pid) if ours else None


def _daemon(pid: int, argv: list[str]) -> Daemon:
    config_args, host, port = [], None, None
    for index, arg in enumerate(argv[1:], 1):
        if arg == "-C" and index + 1 < len(argv):
            config_args += ["-C", argv[index + 1]]
        elif arg.startswith("-D"):
            config_args.append(arg)
        elif arg == "-oX" and index + 1 < len(argv):
            listen = argv[index + 1].split(":")[0]
            where, _, last = listen.rpartition(".")
            if last.isdigit() and where:
                host, port = where, int(last)
            elif listen.isdigit():
                port = int(listen)
    return Daemon(pid, config_args, host, port)


def config_args(context: Context, daemon: Daemon | None) -> list[str]:
    """Return the -C/-D options that make an exim command read the daemon's configuration."""
    if daemon is not None:
        return daemon.config_args
    data_dir = context.settings["DATA_DIR"]
    node_dir = context.settings.get("NODE_DIR") or data_dir
    if os.path.isdir(os.path.join(node_dir, "exim", "spool")):  # the layout make run prepares
        values = eximctl.macros(data_dir, context.settings["DOMAINS"], logs=False,
                                node_dir=node_dir, **_pgsql(context.settings))
        return ["-C", eximctl.CONFIG] + [f"-D{k}={v}" for k, v in values.items()]
    return []


def _pgsql(settings: dict) -> dict:
    """Return the TM_PGSQL_SERVERS macro when the registry is PostgreSQL (else nothing)."""
    url = settings.get("REGISTRY_URL")
    try:
        return {"TM_PGSQL_SERVERS": eximctl.pgsql_servers(url)} if url else {}
    except eximctl.BadRegistryURL:
        return {}   # storage's check names the bad setting


def checks(context: Context) -> Iterator[Result]:
    """Yield Exim's results and the router socket's."""
    daemon = find_daemon(context.settings["DATA_DIR"], context.settings.get("NODE_DIR"))
    port = context.smtp_port or (daemon.port if daemon else None) or \
        int(context.environ.get("TEMPMAIL_SMTP_PORT") or DEFAULT_SMTP_PORT)
    host = (daemon.host if daemon and daemon.host not in (None, "0.0.0.0", "::") else None) \
        or "127.0.0.1"
    if daemon is None:
        yield fail("exim.running", "no Exim daemon is running for this data folder",
                   "start it: systemctl start exim4 (make run starts one for development)")
    else:
        yield ok("exim.running", f"Exim's daemon runs (pid {daemon.pid})")
    yield from _greeting(host, port, context.timeout)
    try:
        binary = context.exim or eximctl.exim_binary()
    except FileNotFoundError:
        yield fail("exim.lookups", "Exim is not installed", "apt-get install exim4-daemon-heavy")
        return
    args = config_args(context, daemon)
    yield _lookups(binary, args, context.timeout)
    yield _queue(binary, args, context)
    yield _router(context)


def _greeting(host: str, port: int, timeout: float) -> Iterator[Result]:
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            yield ok("exim.listening", f"something accepts SMTP connections on {where}")
            stream = conn.makefile("rb")
            line = b""
            while True:
                line = stream.readline(1024)
                if line[3:4] != b"-":
                    break
            conn.sendall(b"QUIT\r\n")
    except OSError as exc:
        yield fail("exim.listening", f"nothing accepts connections on {where} "
                   f"({type(exc).__name__})",
                   "start Exim, or name its port with TEMPMAIL_SMTP_PORT / --smtp-port; "
                   "on a server, open port 25 in the firewall")
        return
    text = line.decode("ascii", "replace").strip()[:120]
    if text.startswith("220"):
        yield ok("exim.banner", f"greets with: {text}")
    else:
        yield fail("exim.banner", f"no 220 greeting on {where}: {text or 'connection closed'}",
                   "look at Exim's panic log; a 4xx/5xx greeting means it refuses connections "
                   "(limits, spool space)")


def _run(binary: str, args: list[str], timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([binary, *args], capture_output=True, text=True, errors="replace",
                          timeout=max(timeout, 10.0), check=False, stdin=subprocess.DEVNULL)


def _lookups(binary: str, args: list[str], timeout: float) -> Result:
    try:
        done = _run(binary, [*args, "-bV"], timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return fail("exim.lookups", f"exim -bV did not run ({type(exc).__name__})",
                    "apt-get install exim4-daemon-heavy")
    lookups: list[str] = next((line.split(":", 1)[1].split() for line in done.stdout.splitlines()
                    if line.startswith("Lookups")), [])
    if done.returncode != 0:
        first = (done.stderr or done.stdout).strip().splitlines()[:1]
        return fail("exim.lookups", f"exim -bV refuses the configuration: "
                    f"{first[0][:160] if first else done.returncode}",
                    "fix the configuration (exim4 -bV -C /etc/exim4/exim4.conf shows the error)")
    if "sqlite" not in lookups:
        return fail("exim.lookups", "this Exim has no sqlite lookup, so it cannot read the "
                    "registry (every RCPT defers)",
                    "apt-get install exim4-daemon-heavy (the -light daemon lacks sqlite)")
    return ok("exim.lookups", "configuration accepted; the sqlite lookup is built in")


def _queue(binary: str, args: list[str], context: Context) -> Result:
    try:
        done = _run(binary, [*args, "-bp"], context.timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return warn("exim.queue", f"exim -bp did not run ({type(exc).__name__})",
                    "run the doctor as root or as Exim's user to read the queue")
    if done.returncode != 0:
        return warn("exim.queue", "cannot read Exim's queue (exim -bp failed)",
                    "run the doctor as root or as Exim's user to read the queue")
    ages, frozen = [], 0
    for line in done.stdout.splitlines():  # sender and recipients are never shown
        match = QUEUE_LINE.match(line)
        if match:
            ages.append(int(match[1]) * UNITS[match[2]])
            frozen += "*** frozen ***" in line
    waiting = len(ages) - frozen
    if not ages:
        return ok("exim.queue", "the queue is empty")
    oldest = max(ages)
    detail = f"{waiting} deferred, {frozen} frozen, the oldest {_age(oldest)} old"
    fix = ("mail is waiting for the router service or the registry: check exim.router and "
           "storage above; a frozen message is released with exim4 -Mt ID")
    if oldest >= context.queue_fail_age:
        return fail("exim.queue", detail, fix)
    if frozen or oldest >= context.queue_warn_age:
        return warn("exim.queue", detail, fix)
    return ok("exim.queue", detail)


def _router(context: Context) -> Result:
    settings = context.settings
    path = settings.get("ROUTER_SOCKET") or \
        os.path.join(settings.get("NODE_DIR") or settings["DATA_DIR"], "router", "lmtp.sock")
    try:
        lmtp_probe.check(path, timeout=context.timeout)
    except lmtp_probe.NoAnswer as exc:
        return fail("exim.router", f"the router service's socket does not answer LHLO ({exc})",
                    "start it: systemctl start tempmail-router (journalctl -u tempmail-router "
                    "says why it stopped); Exim keeps the mail meanwhile")
    return ok("exim.router", "the router service answers LHLO on its socket")


def _age(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f}{unit}"
    return f"{seconds:.0f}s"
