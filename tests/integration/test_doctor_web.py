"""The doctor's /healthz check against the real app: over TCP (werkzeug's server) and
over gunicorn's unix socket, as production binds it (TEMPMAIL_BIND=unix:...)."""

import os
import subprocess
import sys
import threading
import time

import pytest
from werkzeug.serving import make_server

from tempmail import create_app, doctor

import helpers

pytestmark = pytest.mark.integration


def healthz(settings, **options):
    return {r.name: r for r in doctor.run(settings, groups=["web"], **options)}["web.healthz"]


@pytest.fixture
def served(data_dir):
    app = create_app({"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN,
                      "RATELIMIT_STORAGE_URI": "memory://"})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{server.port}"
    server.shutdown()
    thread.join()


def test_healthz_ok_degraded_and_failing(served, data_dir):
    app, url = served
    settings = helpers.settings(data_dir)
    found = healthz(settings, url=url)        # no router service runs for this folder
    assert found.status == "warn" and "degraded (router failing)" in found.detail
    router = helpers.Router(data_dir)
    try:
        found = healthz(settings, url=url)
        assert found.status == "ok", found
        # the URL setting is used when no --url is given
        assert healthz(helpers.settings(data_dir, PUBLIC_URL=url + "/")).status == "ok"
        # the registry damaged: /healthz answers 503 and the doctor fails
        app.extensions["tempmail"].registry.close()
        with open(os.path.join(data_dir, "registry.sqlite3"), "r+b") as handle:
            handle.write(b"not a database" * 20)
        found = healthz(settings, url=url)
        assert found.status == "fail" and "failing (registry" in found.detail
    finally:
        router.stop()


def test_healthz_that_is_not_tempmail_fails(data_dir):
    server = make_server("127.0.0.1", 0, lambda environ, start: (
        start("200 OK", [("Content-Type", "text/plain")]) and [] or [b"hello"]))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        found = healthz(helpers.settings(data_dir), url=f"http://127.0.0.1:{server.port}")
        assert found.status == "fail" and "not tempmail's /healthz" in found.detail
    finally:
        server.shutdown()
        thread.join()


@pytest.mark.parametrize("proxies", [1, 0])
def test_healthz_over_gunicorns_unix_socket(data_dir, proxies):
    sock = os.path.join(data_dir, "gunicorn.sock")
    env = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir, TEMPMAIL_DOMAINS=helpers.DOMAIN,
               TEMPMAIL_PROXIES=str(proxies), TEMPMAIL_BIND=f"unix:{sock}")
    with open(os.path.join(data_dir, "gunicorn.log"), "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config",
                                    "gunicorn.conf.py", "wsgi:app"], cwd=helpers.ROOT, env=env,
                                   stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while not os.path.exists(sock):
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
            settings = helpers.settings(data_dir, PROXIES=proxies)
            found = healthz(settings, environ={"TEMPMAIL_BIND": f"unix:{sock}"})
            if proxies:   # nginx's X-Forwarded-For for a client on this machine is trusted
                assert found.status == "warn" and found.detail.startswith(f"unix:{sock}: degraded")
            else:         # no proxy trusted: a unix-socket client has no address to allow
                assert found.status == "fail" and "answered 404" in found.detail
        finally:
            helpers.stop_process(process)
