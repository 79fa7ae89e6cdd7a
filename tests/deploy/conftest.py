"""The shipped nginx site on 127.0.0.1 with a self-signed certificate, in front of
gunicorn (3 workers, unix socket, gunicorn.conf.py) sharing rate limits in Redis,
with the project's Exim as shipped (no logs)."""

import os
import shutil
import subprocess
import sys
import time

import pytest

import helpers

DEPLOY = os.path.join(helpers.ROOT, "deploy")


def wait_for_port(port, process, what):
    if not helpers.port_open(port, process):
        raise RuntimeError(f"{what} did not start")


def replace_once(text, old, new):
    assert text.count(old) >= 1, f"the shipped nginx site no longer has {old!r}"
    return text.replace(old, new)


class Deployment:
    def __init__(self):
        self.data_dir = helpers.make_data_dir()
        self.root = os.path.join(self.data_dir, "deploy")   # logs and sockets of this run
        os.makedirs(os.path.join(self.root, "run"))
        os.chmod(self.root, 0o755)
        self.processes = []
        self.https_port, self.http_port = helpers.free_port(), helpers.free_port()
        self.redis_port = helpers.free_port()
        self.cert = os.path.join(self.root, "cert.pem")
        self.key = os.path.join(self.root, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=localhost", "-addext",
                        "subjectAltName=IP:127.0.0.1,DNS:localhost",
                        "-keyout", self.key, "-out", self.cert], check=True, capture_output=True)
        self.exim = helpers.Exim(self.data_dir, logs=False)
        self._start_redis()
        self._start_gunicorn()
        self._start_streams()
        self._start_nginx()
        self.url = f"https://127.0.0.1:{self.https_port}"

    def _spawn(self, argv, log_name, **kwargs):
        log = open(os.path.join(self.root, log_name), "wb")
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, **kwargs)
        self.processes.append((process, log))
        return process

    def _start_redis(self):
        process = self._spawn(["redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1",
                               "--save", "", "--appendonly", "no", "--dir", self.root],
                              "redis.log")
        wait_for_port(self.redis_port, process, "redis-server")

    def _start_gunicorn(self):
        self.socket = os.path.join(self.root, "run", "gunicorn.sock")
        env = dict(os.environ, TEMPMAIL_DATA_DIR=self.data_dir, TEMPMAIL_DOMAINS=helpers.DOMAIN,
                   TEMPMAIL_PROXIES="1", TEMPMAIL_WORKERS="3", TEMPMAIL_BIND=f"unix:{self.socket}",
                   TEMPMAIL_RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{self.redis_port}/0",
                   TEMPMAIL_CREATE_LIMIT="10 per hour")
        self.gunicorn = self._spawn([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                                     "wsgi:app"], "gunicorn.log", cwd=helpers.ROOT, env=env)
        deadline = time.monotonic() + 30
        while not os.path.exists(self.socket):
            if self.gunicorn.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.1)

    def _start_streams(self):
        """The live-inbox stream service (tempmail-streams.service) on its unix socket."""
        self.stream_socket = os.path.join(self.root, "run", "stream.sock")
        env = dict(os.environ, TEMPMAIL_DATA_DIR=self.data_dir, TEMPMAIL_DOMAINS=helpers.DOMAIN,
                   TEMPMAIL_PROXIES="1", TEMPMAIL_STREAM_BIND=f"unix:{self.stream_socket}",
                   TEMPMAIL_RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{self.redis_port}/0",
                   TEMPMAIL_STREAM_HEARTBEAT="1")
        self.streams = self._spawn([sys.executable, "-m", "tempmail.web.stream_server"],
                                   "streams.log", cwd=helpers.ROOT, env=env)
        deadline = time.monotonic() + 30
        while not os.path.exists(self.stream_socket):
            if self.streams.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the stream service did not start")
            time.sleep(0.1)

    def _start_nginx(self):
        with open(os.path.join(DEPLOY, "nginx", "tempmail.conf")) as handle:
            site = handle.read()
        proxy_conf = os.path.join(self.root, "tempmail-proxy.conf")
        shutil.copy(os.path.join(DEPLOY, "nginx", "tempmail-proxy.conf"), proxy_conf)
        for old, new in (
                ("unix:/run/tempmail/gunicorn.sock", f"unix:{self.socket}"),
                ("unix:/run/tempmail-stream/stream.sock", f"unix:{self.stream_socket}"),
                ("listen 443 ssl http2;", f"listen 127.0.0.1:{self.https_port} ssl http2;"),
                ("listen [::]:443 ssl http2;", ""),
                ("listen 80;", f"listen 127.0.0.1:{self.http_port};"),
                ("listen [::]:80;", ""),
                ("/etc/letsencrypt/live/tmp.example.org/fullchain.pem", self.cert),
                ("/etc/letsencrypt/live/tmp.example.org/privkey.pem", self.key),
                ("/var/log/nginx/tempmail.error.log", os.path.join(self.root, "nginx-site-error.log")),
                ("/etc/nginx/tempmail-proxy.conf", proxy_conf),
                ("server_name tmp.example.org;", "server_name localhost 127.0.0.1;")):
            site = replace_once(site, old, new)
        site_path = os.path.join(self.root, "site.conf")
        with open(site_path, "w") as handle:
            handle.write(site)
        main = os.path.join(self.root, "nginx.conf")
        with open(main, "w") as handle:
            handle.write(f"""user root;
worker_processes 2;
pid {self.root}/nginx.pid;
error_log {self.root}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    access_log {self.root}/nginx-default-access.log;
    client_body_temp_path {self.root}/body;
    proxy_temp_path {self.root}/proxy;
    fastcgi_temp_path {self.root}/fastcgi;
    uwsgi_temp_path {self.root}/uwsgi;
    scgi_temp_path {self.root}/scgi;
    include {site_path};
}}
""")
        process = self._spawn(["nginx", "-c", main, "-g", "daemon off;"], "nginx-stdout.log")
        wait_for_port(self.https_port, process, "nginx")

    def logs(self):
        """Every log file this deployment's processes wrote."""
        found = []
        for folder, _, names in os.walk(self.root):
            found += [os.path.join(folder, n) for n in names if n.endswith(".log")]
        return found

    def stop(self):
        for process, log in reversed(self.processes):
            helpers.stop_process(process, timeout=20)
            log.close()
        self.exim.stop()


@pytest.fixture(scope="module")
def deployment():
    running = Deployment()
    yield running
    running.stop()
    helpers.remove_tree(running.data_dir)
