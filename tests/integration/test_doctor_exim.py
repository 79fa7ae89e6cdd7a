"""The doctor's Exim checks against a real Exim (started and stopped), and the whole
doctor green on `make run`'s stack (tempmail.devserver)."""

import json
import os
import smtplib
import stat
import subprocess
import sys
import urllib.request

import pytest

from tempmail import doctor
from tempmail.doctor import exim as exim_checks

from dnsserver import LocalDNS
import helpers

pytestmark = pytest.mark.integration


def exim_results(data_dir, **options):
    settings = helpers.settings(data_dir)
    return {r.name: r for r in doctor.run(settings, groups=["exim"], **options)}


def test_exim_checks_follow_a_real_daemon_started_and_stopped():
    path = helpers.make_data_dir()
    try:
        daemon = helpers.Exim(path)
        try:
            found = exim_results(path)
            assert {name: r.status for name, r in found.items()} == {
                "settings": "ok", "exim.running": "ok", "exim.listening": "ok",
                "exim.banner": "ok", "exim.lookups": "ok", "exim.queue": "ok",
                "exim.router": "ok"}, found
            assert f"pid {daemon.process.pid}" in found["exim.running"].detail
            assert f"127.0.0.1:{daemon.port}" in found["exim.listening"].detail
            assert found["exim.banner"].detail.startswith("greets with: 220")
            assert "empty" in found["exim.queue"].detail
            # the router stops: LHLO fails, and mail waits in Exim's queue
            daemon.router.stop()
            issued = daemon.inboxes.create()
            with smtplib.SMTP("127.0.0.1", daemon.port, timeout=30) as conn:
                conn.sendmail("sender@example.org", [issued.address],
                              b"Subject: secret subject\r\n\r\nsecret body\r\n")
            found = exim_results(path, queue_warn_age=0)
            assert found["exim.router"].status == "fail"
            assert found["exim.queue"].status == "warn"
            assert found["exim.queue"].detail.startswith("1 deferred, 0 frozen")
            report = doctor.render(list(found.values()), as_json=True)
            for secret in (issued.address, "sender@example.org", "secret subject", "secret body"):
                assert secret not in report
            assert exim_results(path, queue_warn_age=0, queue_fail_age=0)[
                "exim.queue"].status == "fail"
        finally:
            daemon.stop()
        found = exim_results(path, smtp_port=daemon.port, timeout=2.0)
        assert found["exim.running"].status == "fail"
        assert found["exim.listening"].status == "fail"
        assert "exim.banner" not in found
        assert found["exim.router"].status == "fail"
    finally:
        helpers.remove_tree(path)


def test_another_data_folders_daemon_is_not_ours(exim):
    other = helpers.make_data_dir()
    try:
        assert exim_checks.find_daemon(other) is None
        assert exim_checks.find_daemon(exim.data_dir).port == exim.port
    finally:
        helpers.remove_tree(other)


def test_an_exim_without_sqlite_fails_the_lookup_check(exim, tmp_path):
    """A stand-in binary (no real Exim lacks it here): -bV without sqlite, as -light prints."""
    fake = tmp_path / "exim4"
    fake.write_text("#!/bin/sh\necho 'Exim version 4.96 #2 built 01-Jan-2024 00:00:00'\n"
                    "echo 'Lookups (built-in): lsearch wildlsearch nwildlsearch iplsearch cdb dbm'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    found = exim_results(exim.data_dir, exim=str(fake))
    assert found["exim.lookups"].status == "fail"
    assert "exim4-daemon-heavy" in found["exim.lookups"].fix
    assert exim_results(exim.data_dir)["exim.lookups"].status == "ok"


def test_queue_lines_are_parsed_without_reading_addresses():
    lines = ("25m  2.9K 1qAbCd-000ABC-XY <a@example.org>\n          b@tm.test\n\n"
             " 3h  1.0K 1qAbCe-000ABD-XZ <> *** frozen ***\n          c@tm.test\n")
    ages = [(int(m[1]) * exim_checks.UNITS[m[2]]) for m in
            map(exim_checks.QUEUE_LINE.match, lines.splitlines()) if m]
    assert ages == [25 * 60, 3 * 3600]


@pytest.fixture
def own_stack():
    """A stack of its own: the shared one carries other tests' state."""
    running = helpers.Stack()
    yield running
    running.stop()
    helpers.remove_tree(running.data_dir)


def test_the_whole_doctor_is_green_on_the_make_run_stack(own_stack):
    stack = own_stack
    zone = LocalDNS({"tm.test": [("MX", (10, "mx.tm.test"))],
                     "mx.tm.test": [("A", "192.0.2.10")]})
    env = dict(os.environ, TEMPMAIL_DATA_DIR=stack.data_dir, TEMPMAIL_DOMAINS=helpers.DOMAIN,
               TEMPMAIL_SMTP_PORT=str(stack.smtp_port), TEMPMAIL_HTTP_PORT=str(stack.http_port),
               TEMPMAIL_DNS_RESOLVER=zone.address, TEMPMAIL_PUBLIC_ADDRESS="192.0.2.10")
    flask = [sys.executable, "-m", "flask", "--app", "wsgi", "tempmail"]
    try:
        created = subprocess.run(flask + ["create"], cwd=helpers.ROOT, env=env,
                                 capture_output=True, text=True, check=True)
        address = json.loads(created.stdout)["address"]
        stack.send(address, b"Subject: hello\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n")
        token = json.loads(created.stdout)["token"]
        request = urllib.request.Request(f"{stack.url}/api/v1/inbox/messages",
                                         headers={"Authorization": f"Bearer {token}"})
        listed = helpers.wait_for(lambda: json.loads(urllib.request.urlopen(request).read())[
            "messages"])  # the app caches what it parsed inside the Maildir
        assert listed[0]["subject"] == "hello"
        subprocess.run(flask + ["purge"], cwd=helpers.ROOT, env=env, check=True,
                       capture_output=True)
        done = subprocess.run(flask + ["doctor", "--json"], cwd=helpers.ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        report = json.loads(done.stdout)
        assert [(r["name"], r["status"]) for r in report if r["status"] != "ok"] == [], report
        assert done.returncode == 0
        names = {r["name"] for r in report}
        assert {"dns.mx:tm.test", "dns.mx-host:tm.test", "exim.running", "exim.banner",
                "exim.router", "storage.registry", "lifecycle.purge", "web.healthz"} <= names
        assert address not in done.stdout + done.stderr
        text = subprocess.run(flask + ["doctor"], cwd=helpers.ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert text.returncode == 0
        assert text.stdout.splitlines()[-1].endswith("0 failed, 0 warnings -- mail can arrive")
        assert len(text.stdout.splitlines()) == len(report) + 1
        # the same stack with its DNS record gone: exit status 1, the line says what to add
        del zone.records["tm.test"]
        done = subprocess.run(flask + ["doctor"], cwd=helpers.ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1
        assert "FAIL  dns.mx:tm.test: tm.test has no MX record" in done.stdout
        # and without Flask, as python -m tempmail.doctor
        done = subprocess.run([sys.executable, "-m", "tempmail.doctor", "--only", "exim"],
                              cwd=helpers.ROOT, env=env, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stdout
    finally:
        zone.stop()
