"""`make run`: Exim, the router service and gunicorn on 127.0.0.1 for one data folder.

    python -m tempmail.devserver

Reads TEMPMAIL_DATA_DIR (./var), TEMPMAIL_DOMAINS (tempmail.localhost),
TEMPMAIL_SMTP_PORT (2525), TEMPMAIL_HTTP_PORT (8000) and TEMPMAIL_EXIM_LOG
(unset: Exim keeps no log, since its lines name addresses and client IPs; 1:
log under DATA/exim/log). The router service is restarted if it dies, as
systemd does in production; so is the webhook worker (python -m tempmail.webhook_worker).
The HTTP port is the live-inbox stream service (web/stream_server.py): it serves the
two event-stream paths and passes every other request to gunicorn on a unix socket,
as nginx does in production.
Ctrl-C or SIGTERM stops them all.
"""

import os
import signal
import subprocess
import sys
import time

from tempmail import config, eximctl, metrics
from tempmail.registry import open_registry

ROUTER_RESTART_DELAY = 1.0


def _start_router(data_dir, environ):
    return subprocess.Popen(eximctl.router_command(data_dir), cwd=eximctl.APP_DIR, env=environ,
                            **eximctl.router_user_kwargs())


def _start_webhook_worker(environ):
    return subprocess.Popen([sys.executable, "-m", "tempmail.webhook_worker"],
                            cwd=eximctl.APP_DIR, env=environ)


def _web_socket(data_dir: str) -> str:
    """Return the path of gunicorn's socket under make run (a stale one is removed)."""
    folder = os.path.join(data_dir, "run")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    path = os.path.join(folder, "web.sock")
    if os.path.exists(path):
        os.unlink(path)
    return path


def _start_streams(web, web_socket, http_port, environ):
    """Start the stream service on the HTTP port once gunicorn's socket is there."""
    deadline = time.monotonic() + 60
    while not os.path.exists(web_socket) and web.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    return subprocess.Popen([sys.executable, "-m", "tempmail.web.stream_server"],
                            cwd=eximctl.APP_DIR, env=dict(
                                environ, TEMPMAIL_STREAM_BIND=f"127.0.0.1:{http_port}",
                                TEMPMAIL_STREAM_UPSTREAM=web_socket))


def main() -> int:
    """Run the servers until one exits or we are told to stop; return the exit status."""
    try:
        settings = config.load()
        smtp_port = int(os.environ.get("TEMPMAIL_SMTP_PORT", "2525"))
        http_port = int(os.environ.get("TEMPMAIL_HTTP_PORT", "8000"))
        if os.environ.get("TEMPMAIL_SPAMD"):
            eximctl.spamd_address(os.environ["TEMPMAIL_SPAMD"])   # BadSpamd says what is wrong
        data_dir, node_dir = settings["DATA_DIR"], settings["NODE_DIR"]
        exim_log = os.environ.get("TEMPMAIL_EXIM_LOG", "") in ("1", "yes", "true", "on")
        exim_argv = eximctl.command(
            data_dir, smtp_port, settings["DOMAINS"], queue_interval="30s", logs=exim_log,
            node_dir=node_dir, TM_SIZE_LIMIT=eximctl.size(settings["MAX_MESSAGE_SIZE"]),
            subdomain_bases=settings["SUBDOMAIN_DOMAINS"],
            auth_checks=os.environ.get("TEMPMAIL_AUTH_CHECKS", "") in ("1", "yes", "true", "on"),
            spamd=os.environ.get("TEMPMAIL_SPAMD", ""),
            **({"TM_PGSQL_SERVERS": eximctl.pgsql_servers(settings["REGISTRY_URL"])}
               if settings["REGISTRY_URL"] else {}))
    except (config.ConfigError, ValueError) as exc:  # and eximctl's TooManyMacros, BadSpamd…
        sys.stderr.write(f"tempmail: configuration error: {exc}\n")
        return 2
    try:
        eximctl.prepare(data_dir, node_dir)
    except eximctl.Unreachable as exc:
        sys.stderr.write(f"tempmail: {exc}\n")
        return 2
    try:
        eximctl.check_code_reachable()
    except eximctl.Unreachable as exc:
        sys.stderr.write(f"tempmail: note: {exc}\n")
    open_registry(data_dir, url=settings["REGISTRY_URL"] or None).init()
    metrics.init(node_dir)
    environ = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir, TEMPMAIL_NODE_DIR=node_dir,
                   TEMPMAIL_DOMAINS=",".join(settings["DOMAINS"]))
    router = _start_router(data_dir, environ)
    hooks = _start_webhook_worker(environ)
    exim = subprocess.Popen(exim_argv)
    web_socket = _web_socket(node_dir)
    web = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                            "--bind", f"unix:{web_socket}", "--log-level", "info",
                            "wsgi:app"], cwd=eximctl.APP_DIR, env=dict(
                                environ, TEMPMAIL_PROXIES=str(settings["PROXIES"] + 1)))
    streams = _start_streams(web, web_socket, http_port, environ)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    flask = f"TEMPMAIL_DATA_DIR={data_dir} TEMPMAIL_DOMAINS={','.join(settings['DOMAINS'])} " \
            f".venv/bin/flask --app wsgi tempmail"
    print(f"""
tempmail is running
  web   http://127.0.0.1:{http_port}/   (live inbox: /inbox/events, /api/v1/inbox/events)
  smtp  127.0.0.1:{smtp_port}   (domains: {', '.join(settings['DOMAINS'])})
  data  {data_dir}
  Exim log: {'on, in ' + os.path.join(node_dir, 'exim', 'log') if exim_log else
             'off (TEMPMAIL_EXIM_LOG=1 turns it on; it names addresses and client IPs)'}

Create an address:
  {flask} create
Send it a test mail:
  .venv/bin/python -c "import smtplib; smtplib.SMTP('127.0.0.1', {smtp_port}).sendmail('me@example.org', ['ADDRESS'], b'Subject: hello\\r\\n\\r\\nYour code is 424242\\r\\n')"
Read the inbox:
  {flask} inbox ADDRESS
Or open http://127.0.0.1:{http_port}/ (the site gives you an address), or use the API:
  curl -s -X POST http://127.0.0.1:{http_port}/api/v1/inboxes
  (docs: http://127.0.0.1:{http_port}/api)

Ctrl-C stops them all (Exim, the router, gunicorn, the stream service and the webhook worker).
""", flush=True)
    status = 0
    try:
        while not stopping:
            if router.poll() is not None:
                sys.stderr.write(f"tempmail: the router service exited with status "
                                 f"{router.returncode}; restarting it (Exim retries meanwhile)\n")
                time.sleep(ROUTER_RESTART_DELAY)
                router = _start_router(data_dir, environ)
            if hooks.poll() is not None:
                sys.stderr.write(f"tempmail: the webhook worker exited with status "
                                 f"{hooks.returncode}; restarting it\n")
                time.sleep(ROUTER_RESTART_DELAY)
                hooks = _start_webhook_worker(environ)
            for name, process in (("exim", exim), ("gunicorn", web), ("streams", streams)):
                if process.poll() is not None:
                    sys.stderr.write(f"tempmail: {name} exited with status {process.returncode}\n")
                    stopping.append(True)
                    status = 1
            time.sleep(0.2)
    finally:
        processes = (streams, web, exim, router, hooks)
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    print("tempmail stopped", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
