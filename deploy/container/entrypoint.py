"""The container's entry point: one image, a role per container.

    mail            Exim (SMTP on TEMPMAIL_SMTP_LISTEN:TEMPMAIL_SMTP_PORT) and the router service
    web             gunicorn serving the site and the API on TEMPMAIL_BIND
    purge           remove expired inboxes every TEMPMAIL_PURGE_INTERVAL seconds (default 60)
    webhooks        the webhook worker: posts the events the router queues (one per data folder;
                    a second one stands by until the first stops)
    streams         the live inbox's event streams (/inbox/events, /api/v1/inbox/events) on
                    TEMPMAIL_STREAM_BIND
    purge --once    one purge run, for a timer on the host
    flask ...       any `flask --app wsgi ...` command, e.g. `flask tempmail create`

Started as root (the default), it first gives the data folder (a volume) the owners and
modes the roles share (group Debian-exim, setgid 2770), then drops to the role's user for
good: `mail` runs as Debian-exim (Exim's own user; Exim and the router both run as it, and
Exim listens on an unprivileged port), every other role as `tempmail` (supplementary group
Debian-exim). Started as another user (`--user`), it runs the role as that user.
"""

import grp
import os
import pwd
import signal
import subprocess
import sys
import time

from tempmail import config, eximctl, metrics
from tempmail.registry import open_registry

APP_DIR = eximctl.APP_DIR
APP_USER = "tempmail"
MAIL_USER = eximctl.PRIVILEGED_USER
SHARED_GROUP = "Debian-exim"
ROUTER_RESTART_DELAY = 1.0
TIDY_EVERY = 24 * 3600   # Exim's rate-limit hints are kept one day at most
USAGE = """usage: ROLE [ARGS]
  mail            Exim and the router service (SMTP on TEMPMAIL_SMTP_LISTEN:TEMPMAIL_SMTP_PORT)
  web             gunicorn (TEMPMAIL_BIND)
  webhooks        the webhook worker (TEMPMAIL_WEBHOOK*)
  streams         the live inbox's event streams (TEMPMAIL_STREAM_BIND)
  purge           purge expired inboxes every TEMPMAIL_PURGE_INTERVAL seconds (60)
  purge --once    one purge run
  flask ARGS      a flask command, e.g.: flask tempmail create
"""


class Usage(Exception):
    """The command line names no role this image has."""


def drop_to(user: str) -> None:
    """Become user (with its groups and the shared one) if we are root; set umask 007."""
    os.umask(0o007)
    if os.geteuid() != 0:
        return
    account = pwd.getpwnam(user)
    groups = sorted({account.pw_gid, grp.getgrnam(SHARED_GROUP).gr_gid})
    os.setgroups(groups)
    os.setgid(account.pw_gid)
    os.setuid(account.pw_uid)
    os.environ.update(HOME=account.pw_dir, USER=user, LOGNAME=user)


class Unprepared(Exception):
    """The data folder cannot be given the owners and modes the roles need."""


def prepare(settings: dict) -> None:
    """Give the data folder the owners and modes every role expects; raise Unprepared if not."""
    try:
        eximctl.prepare(settings["DATA_DIR"])
    except PermissionError as exc:
        raise Unprepared(
            f"cannot prepare the data folder {settings['DATA_DIR']} as uid {os.geteuid()} "
            f"({exc.strerror}: {exc.filename}); start the container as root (each role drops "
            f"to its own user) or give the volume to this user") from None


def number(name: str, default: str) -> float:
    """Return the environment's positive number called name; raise ConfigError if it is not."""
    value = os.environ.get(name, default)
    try:
        parsed = float(value)
    except ValueError:
        parsed = -1.0
    if not parsed > 0:
        raise config.ConfigError(f"{name} must be a number above 0, got {value!r}")
    return parsed


def reap(children: dict) -> list:
    """Collect every exited child (Exim's detached deliveries too); return our own that exited."""
    ended = []
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return ended
        if pid == 0:
            return ended
        if pid in children:
            ended.append(children.pop(pid))


def run_mail(settings: dict) -> int:
    """Run Exim and the router service until SIGTERM; restart the router if it dies."""
    data_dir = settings["DATA_DIR"]
    prepare(settings)
    drop_to(MAIL_USER)
    open_registry(data_dir, url=settings.get("REGISTRY_URL") or None).init()
    metrics.init(data_dir)
    port = int(number("TEMPMAIL_SMTP_PORT", "2525"))
    listen = os.environ.get("TEMPMAIL_SMTP_LISTEN", "0.0.0.0")
    logs = os.environ.get("TEMPMAIL_EXIM_LOG", "") in ("1", "yes", "true", "on")
    environ = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir,
                   TEMPMAIL_DOMAINS=",".join(settings["DOMAINS"]))
    # As under make run (tempmail/devserver.py): subdomain bases and a PostgreSQL registry
    # reach Exim as macros, so it refuses at RCPT what the router would refuse.
    pgsql = ({"TM_PGSQL_SERVERS": eximctl.pgsql_servers(settings["REGISTRY_URL"])}
             if settings.get("REGISTRY_URL") else {})
    exim_argv = eximctl.command(data_dir, port, settings["DOMAINS"], queue_interval="1m",
                                listen=listen, logs=logs,
                                subdomain_bases=settings.get("SUBDOMAIN_DOMAINS") or (),
                                TM_SIZE_LIMIT=settings["MAX_MESSAGE_SIZE"], **pgsql)
    stopping: list = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))

    def start(name: str) -> subprocess.Popen:
        argv = exim_argv if name == "exim" else eximctl.router_command(data_dir)
        process = subprocess.Popen(argv, cwd=APP_DIR, env=environ)
        children[process.pid] = name
        processes[name] = process
        return process

    children: dict = {}
    processes: dict = {}
    start("router")
    start("exim")
    next_tidy = time.monotonic()
    status = 0
    while not stopping:
        for name in reap(children):
            if name == "router":
                sys.stderr.write("tempmail: the router service exited; restarting it "
                                 "(Exim keeps the mail and retries meanwhile)\n")
                time.sleep(ROUTER_RESTART_DELAY)
                start("router")
            else:
                sys.stderr.write("tempmail: Exim exited; stopping the mail role\n")
                stopping.append(True)
                status = 1
        if time.monotonic() >= next_tidy:
            next_tidy = time.monotonic() + TIDY_EVERY
            subprocess.run(["exim_tidydb", "-t", "1d", os.path.join(data_dir, "exim", "spool"),
                            "ratelimit"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=False)
        time.sleep(0.2)
    for name in ("exim", "router"):
        process = processes[name]
        if process.pid in children:
            process.terminate()
    deadline = time.monotonic() + 60
    while children and time.monotonic() < deadline:
        reap(children)
        time.sleep(0.1)
    for pid in list(children):
        os.kill(pid, signal.SIGKILL)
    return status


def run_as_app(settings: dict, args: list) -> int:
    """Replace this process by `python ARGS` as the app user (in the app's folder)."""
    prepare(settings)
    drop_to(APP_USER)
    python = os.path.join(sys.prefix, "bin", "python")
    os.chdir(APP_DIR)
    os.execv(python, [python, *args])
    return 1  # not reached


# The roles that are one Python program run as the app user: web, webhooks, streams.
APP_ROLES = {
    "web": ["-m", "gunicorn", "--config", "gunicorn.conf.py", "wsgi:app"],
    "webhooks": ["-m", "tempmail.webhook_worker"],
    "streams": ["-m", "tempmail.web.stream_server"],
}


def flask_argv(args: list) -> list:
    """Return the argv of `flask --app wsgi ARGS` with this image's interpreter."""
    return [os.path.join(sys.prefix, "bin", "python"), "-m", "flask", "--app", "wsgi", *args]


def run_flask(settings: dict, args: list) -> int:
    """Replace this process by a flask command as the app user."""
    prepare(settings)
    drop_to(APP_USER)
    os.chdir(APP_DIR)
    argv = flask_argv(args)
    os.execv(argv[0], argv)
    return 1  # not reached


def run_purge(settings: dict, args: list) -> int:
    """Purge once (--once) or every TEMPMAIL_PURGE_INTERVAL seconds until SIGTERM."""
    if args not in ([], ["--once"]):
        raise Usage(f"purge takes only --once, not {' '.join(args)}")
    if args == ["--once"]:
        return run_flask(settings, ["tempmail", "purge", "--wait", "50"])
    interval = number("TEMPMAIL_PURGE_INTERVAL", "60")
    prepare(settings)
    drop_to(APP_USER)
    stopping: list = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    argv = flask_argv(["tempmail", "purge", "--wait", str(max(1, int(interval * 0.8)))])
    while not stopping:
        started = time.monotonic()
        # Counts only on success (nothing to keep); a failure's one line reaches the log.
        subprocess.run(argv, cwd=APP_DIR, stdout=subprocess.DEVNULL, check=False)
        while not stopping and time.monotonic() - started < interval:
            time.sleep(0.2)
    return 0


def main(argv: list) -> int:
    """Run the role argv names; return the exit status."""
    if not argv or argv[0] in ("-h", "--help", "help"):
        sys.stdout.write(USAGE)
        return 0 if argv else 2
    role, args = argv[0], argv[1:]
    try:
        settings = config.load()
        if role == "mail" and not args:
            return run_mail(settings)
        if role in APP_ROLES and not args:
            return run_as_app(settings, APP_ROLES[role])
        if role == "purge":
            return run_purge(settings, args)
        if role == "flask":
            return run_flask(settings, args)
        raise Usage(f"no role {' '.join(argv)!r}")
    except Usage as exc:
        sys.stderr.write(f"tempmail: {exc}\n{USAGE}")
        return 2
    except config.ConfigError as exc:
        sys.stderr.write(f"tempmail: configuration error: {exc}\n")
        return 2
    except (eximctl.Unreachable, Unprepared) as exc:
        sys.stderr.write(f"tempmail: {exc}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
