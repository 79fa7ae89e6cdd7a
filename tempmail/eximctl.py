"""Start the project's Exim and router service for development and tests. Standard library only.

``prepare(data_dir)`` makes the data folder usable by the Exim user (and says
in one sentence which folder stops it if it cannot be), ``command(...)`` returns
the argv that runs the daemon with exim/exim.conf, ``router_command(...)`` the
one that runs the router service.
"""

import functools
import grp
import os
import pwd
import re
import shutil
import stat
import sys

APP_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG = os.path.join(APP_DIR, "exim", "exim.conf")
PRIVILEGED_USER = "Debian-exim"
NO_LOG = "nolog"  # log files there are links to /dev/null (unprivileged runs without logs)


def exim_binary() -> str:
    """Return the path of the Exim binary; raise FileNotFoundError if none is installed."""
    for name in ("exim4", "exim"):
        found = shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")
        if found:
            return found
    raise FileNotFoundError("Exim is not installed (apt-get install exim4-daemon-heavy)")


def exim_identity() -> tuple[str, str]:
    """Return (user, group) Exim runs as: Debian-exim when we are root, else ourselves."""
    if os.geteuid() == 0:
        return PRIVILEGED_USER, grp.getgrgid(pwd.getpwnam(PRIVILEGED_USER).pw_gid).gr_name
    return pwd.getpwuid(os.geteuid()).pw_name, grp.getgrgid(os.getegid()).gr_name


class Unreachable(Exception):
    """Exim's user cannot enter a folder on the way to the data dir."""


def blocking_folder(path: str, user: str) -> str | None:
    """Return the first folder above path (from / down) that user cannot enter, or None.

    path itself is left out: prepare() gives it the modes Exim needs.
    """
    account = pwd.getpwnam(user)
    groups = {account.pw_gid} | {g.gr_gid for g in grp.getgrall() if user in g.gr_mem}
    folder = "/"
    for part in [p for p in os.path.dirname(os.path.abspath(path)).split("/") if p]:
        folder = os.path.join(folder, part)
        try:
            info = os.stat(folder)
        except FileNotFoundError:
            return None   # created below, by us, with modes Exim can use
        if info.st_uid == account.pw_uid:
            bit = stat.S_IXUSR
        elif info.st_gid in groups:
            bit = stat.S_IXGRP
        else:
            bit = stat.S_IXOTH
        if account.pw_uid != 0 and not info.st_mode & bit:
            return folder
    return None


def _refuse_if_blocked(path, user, sentence):
    """Raise Unreachable(sentence(folder, mode)) if user cannot reach path."""
    folder = blocking_folder(path, user)
    if folder is not None:
        raise Unreachable(sentence(folder, f"{stat.S_IMODE(os.stat(folder).st_mode):04o}"))


def check_reachable(data_dir: str) -> None:
    """Raise Unreachable, with one sentence saying what to do, if Exim cannot reach data_dir."""
    user = exim_identity()[0]
    _refuse_if_blocked(data_dir, user, lambda folder, mode: (
        f"Exim runs as {user} and cannot enter {folder} (mode {mode}), so it cannot reach "
        f"the data folder {os.path.abspath(data_dir)}: set TEMPMAIL_DATA_DIR to a folder "
        f"outside it (for example /var/tmp/tempmail) or let others enter it with: "
        f"chmod o+x {folder}"))


def check_code_reachable() -> None:
    """Raise Unreachable if Exim's user, when we are root, cannot read the code and its venv."""
    if os.geteuid() != 0:
        return
    user = exim_identity()[0]
    for inside in (os.path.join(APP_DIR, "tempmail", "router.py"),
                   os.path.join(sys.prefix, "lib", "python")):
        _refuse_if_blocked(inside, user, lambda folder, mode: (
            f"the router service runs as root, not as {user}, who cannot enter {folder} "
            f"(mode {mode}) to read the code and its virtualenv; to run it as {user}, put "
            f"the checkout where others may read it (for example /srv/tempmail) or run: "
            f"chmod o+x {folder}"))


def prepare(data_dir: str, node_dir: str | None = None) -> None:
    """Create data_dir, and node_dir's router folder and Exim spool and log folders, with owners.

    node_dir (default data_dir) holds what one node keeps to itself when several
    share data_dir.
    """
    user, group = exim_identity()
    node_dir = node_dir or data_dir
    check_reachable(data_dir)
    check_reachable(node_dir)
    gid = grp.getgrnam(group).gr_gid
    uid = pwd.getpwnam(user).pw_uid
    os.makedirs(data_dir, exist_ok=True)
    if node_dir != data_dir:
        os.makedirs(node_dir, exist_ok=True)
        if os.geteuid() == 0:
            os.chown(node_dir, -1, gid)
        os.chmod(node_dir, 0o2770)
    router = os.path.join(node_dir, "router")
    os.makedirs(router, exist_ok=True)
    if os.geteuid() == 0:
        os.chown(router, uid, gid)
    os.chmod(router, 0o2750)
    for path in (data_dir, os.path.join(data_dir, "mail")):
        os.makedirs(path, exist_ok=True)
        if os.geteuid() == 0:
            os.chown(path, -1, gid)
        os.chmod(path, 0o2770)
    for sub in ("exim", "exim/spool", "exim/log", f"exim/{NO_LOG}"):
        path = os.path.join(node_dir, sub)
        os.makedirs(path, exist_ok=True)
        if os.geteuid() == 0:
            os.chown(path, uid, gid)
        os.chmod(path, 0o2770)
    for kind in ("main", "panic", "reject"):
        link = os.path.join(node_dir, "exim", NO_LOG, f"{kind}log")
        if not os.path.islink(link):
            os.symlink(os.devnull, link)


MAX_MACROS = 10  # Exim refuses more -D options than this
_PLAIN_MACRO = re.compile(r"(TM_[A-Z0-9_]+) *= *(.*?) *")


ALWAYS_PASSED = frozenset({"TM_DATA_DIR"})
"""Passed even when equal to the file's own: the doctor tells a daemon's data folder by it."""


class TooManyMacros(ValueError):
    """The settings asked for more -D options than Exim takes."""


@functools.lru_cache(maxsize=4)
def file_defaults(config: str = CONFIG) -> dict[str, str]:
    """Return the one-line TM_ macros a config file defines itself (first definition wins);
    a -D equal to one of them changes nothing and is not passed."""
    found: dict[str, str] = {}
    with open(config, encoding="utf-8") as handle:
        for line in handle:
            match = _PLAIN_MACRO.fullmatch(line.rstrip("\n"))
            if match and not match.group(2).endswith("\\"):
                found.setdefault(match.group(1), match.group(2))
    return found


class BadRegistryURL(ValueError):
    """TEMPMAIL_REGISTRY_URL cannot be written as an Exim pgsql server."""


def pgsql_servers(url: str) -> str:
    """Return TEMPMAIL_REGISTRY_URL as Exim's pgsql server entry (macro TM_PGSQL_SERVERS).

    host::port/dbname=NAME connect_timeout=3/user/password: a database field with '='
    is passed to libpq as connection options, so a dead server cannot hang an SMTP
    session; '::' is a colon inside Exim's colon-separated list.
    """
    from urllib.parse import unquote, urlsplit  # noqa: PLC0415
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
        raise BadRegistryURL("TEMPMAIL_REGISTRY_URL must be postgresql://user:password@host:port/db")
    host = parts.hostname
    if host.startswith("/") or ":" in host:
        host = f"({host})" if host.startswith("/") else f"[{host}]"
    database = unquote(parts.path.lstrip("/")) or "postgres"
    user, password = unquote(parts.username or ""), unquote(parts.password or "")
    for value in (database, user, password):
        if any(c in value for c in "/ '\\\n"):
            raise BadRegistryURL("the database name, user and password in TEMPMAIL_REGISTRY_URL "
                                 "must not contain '/', spaces, quotes or backslashes for Exim")
    server = f"{host}:{parts.port or 5432}/dbname={database} connect_timeout=3/{user}/{password}"
    return server.replace(":", "::")


class BadSpamd(ValueError):
    """TEMPMAIL_SPAMD is neither host:port nor an absolute unix socket path."""


def spamd_address(value: str) -> str:
    """Return TEMPMAIL_SPAMD (host:port, [v6]:port or /socket/path) as Exim's spamd_address."""
    value = value.strip()
    if value.startswith("/"):
        if any(c in value for c in " :;\n"):
            raise BadSpamd("TEMPMAIL_SPAMD: a socket path must not contain spaces, ':' or ';'")
        return value
    if value.startswith("["):
        host, _, port = value[1:].partition("]:")
    else:
        host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536 or \
            any(c in host for c in " ;/\n[]"):
        raise BadSpamd("TEMPMAIL_SPAMD must be host:port (e.g. 127.0.0.1:783), [v6]:port "
                       "or the absolute path of spamd's unix socket")
    return f"<; {host} {port}" if ":" in host else f"{host} {port}"


def macros(data_dir: str, domains, logs: bool = True, node_dir: str | None = None,
           subdomain_bases=(), auth_checks: bool = False, spamd: str = "", config: str = CONFIG,
           **extra) -> dict:
    """Return the -D macro values for a development or test Exim.

    logs: write Exim's main and panic logs under node_dir/exim/log (they name
    addresses and client IPs, so the shipped default is no logs). node_dir: this
    node's own folder (default data_dir).
    subdomain_bases: TEMPMAIL_SUBDOMAIN_DOMAINS (a macro only when there are some).
    auth_checks: DKIM/SPF checks (on in exim.conf as shipped; off here unless asked,
    since every check asks DNS). spamd: TEMPMAIL_SPAMD (a macro only when set).
    Exim takes at most MAX_MACROS -D options, so a macro equal to the config file's
    own (Exim's user and group as root, the default size limit) is not passed, and more
    than MAX_MACROS raise TooManyMacros.
    """
    node_dir = os.path.abspath(node_dir or data_dir)
    user, group = exim_identity()
    values = {
        "TM_DATA_DIR": os.path.abspath(data_dir),
        "TM_DOMAIN_LIST": " : ".join(domains),
        "TM_NODE_DIR": node_dir,
        "TM_EXIM_USER": user,
        "TM_EXIM_GROUP": group,
    }
    if logs:
        values["TM_EXIM_LOG"] = os.path.join(node_dir, "exim", "log", "%slog")
    elif os.geteuid() != 0:
        # Unprivileged, Exim takes "log_file_path = :" as unset, tries its built-in
        # /var/log/exim4 and aborts; log files that are links to /dev/null keep nothing.
        values["TM_EXIM_LOG"] = os.path.join(node_dir, "exim", NO_LOG, "%slog")
    if subdomain_bases:
        values["TM_SUBDOMAIN_BASES"] = " : ".join(subdomain_bases)
    if not auth_checks:
        values["TM_AUTH_CHECKS"] = "no"
    if spamd:
        values["TM_SPAMD"] = spamd_address(spamd)
    values.update({key: str(value) for key, value in extra.items()})
    defaults = file_defaults(config)
    values = {key: value for key, value in values.items()
              if key in ALWAYS_PASSED or defaults.get(key) != value}
    if len(values) > MAX_MACROS:
        raise TooManyMacros(
            f"these settings need {len(values)} Exim -D options ({', '.join(sorted(values))}); "
            f"Exim takes at most {MAX_MACROS}: leave some at their defaults, or run as root "
            "(Exim's own user and group then need none)")
    return values


def size(octets: int) -> str:
    """Return a byte count as Exim writes it in its config ("10M" for 10 MiB)."""
    for unit, factor in (("M", 1 << 20), ("K", 1 << 10)):
        if octets and octets % factor == 0:
            return f"{octets // factor}{unit}"
    return str(octets)


def command(data_dir: str, port: int, domains, queue_interval: str = "5s",
            listen: str = "127.0.0.1", config: str = CONFIG, **extra) -> list[str]:
    """Return the argv that runs Exim's daemon in the foreground for data_dir."""
    argv = [exim_binary(), "-C", config]
    for name, value in macros(data_dir, domains, config=config, **extra).items():
        argv.append(f"-D{name}={value}")
    return argv + ["-bdf", f"-q{queue_interval}", "-oX", f"{listen}.{port}"]


def router_command(data_dir: str, node_dir: str | None = None) -> list[str]:
    """Return the argv that runs the router service for data_dir in the foreground."""
    argv = [sys.executable, "-m", "tempmail.lmtp_service", "--data-dir", os.path.abspath(data_dir)]
    return argv + (["--node-dir", os.path.abspath(node_dir)] if node_dir else [])


def router_user_kwargs() -> dict:
    """Return Popen kwargs that run the router as Exim's user when we are root (else as us).

    If Exim's user cannot read the code (a checkout under /root), the router runs
    as the caller: root can serve the socket and write the Maildirs all the same.
    """
    if os.geteuid() != 0:
        return {}
    try:
        check_code_reachable()
    except Unreachable:
        return {}
    user, group = exim_identity()
    return {"user": pwd.getpwnam(user).pw_uid, "group": grp.getgrnam(group).gr_gid,
            "extra_groups": []}

