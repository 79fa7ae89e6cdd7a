"""The image's roles brought up by deploy/compose.yaml: mail over SMTP in, read over HTTP,
a restart keeps the volume, purge removes what expired, each role only runs its own part."""

import json
import os
import re
import smtplib
import subprocess
import time

from containerstack import COMPOSE, DOMAIN, IMAGE, http, podman
import pytest

pytestmark = pytest.mark.container

SIZE_GOAL = 250_000_000
# the compose file's own defaults, whatever this shell's TEMPMAIL_* say
CLEAN_ENV = {key: value for key, value in os.environ.items()
             if not key.startswith(("TEMPMAIL_", "COMPOSE_"))}
REGISTRY_ROW = ("import sqlite3, sys; db = sqlite3.connect('file:/var/lib/tempmail/registry.sqlite3"
                "?mode=ro', uri=True); row = db.execute('SELECT mailbox_id FROM addresses WHERE "
                "address = ?', (sys.argv[1],)).fetchone(); print(row[0] if row else '-')")


def create_inbox(stack, **body):
    status, inbox = http(stack.http_port, "POST", "/api/v1/inboxes", body=body)
    assert status == 201, inbox
    assert inbox["address"].endswith("@" + DOMAIN)
    return inbox


def send(stack, address, subject, text):
    message = f"From: someone@example.org\r\nTo: {address}\r\nSubject: {subject}\r\n\r\n{text}\r\n"
    with smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=30) as smtp:
        assert smtp.sendmail("someone@example.org", [address], message.encode()) == {}


def listing(stack, token, wait=0):
    status, body = http(stack.http_port, "GET", f"/api/v1/inbox/messages?wait={wait}", token=token)
    assert status == 200, body
    return body["messages"]


def wait_for_message(stack, token, subject, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [m for m in listing(stack, token, wait=5) if m["subject"] == subject]
        if found:
            return found[0]
    raise AssertionError(f"no message {subject!r} within {timeout} s")


def mailbox_of(stack, address):
    """Return the registry's mailbox id for address ('-' if none) and whether its folder exists."""
    row = podman("exec", "--user", "tempmail", stack.container("web"), "python", "-c", REGISTRY_ROW,
                 address).stdout.strip()
    folder = podman("exec", "--user", "tempmail", stack.container("web"), "test", "-d",
                    f"/var/lib/tempmail/mail/{row}", check=False).returncode == 0
    return row, folder


def test_the_image_is_under_its_size_goal(stack):
    size = int(podman("image", "inspect", "--format", "{{.Size}}", IMAGE).stdout)
    print(f"image {IMAGE}: {size / 1e6:.0f} MB")
    assert size < SIZE_GOAL


def test_each_role_runs_only_its_part_and_not_as_root(stack):
    mail = stack.processes("mail")
    web = stack.processes("web")
    purge = stack.processes("purge")
    assert {user for user, _ in mail} == {"Debian-exim"}
    assert {user for user, _ in web} == {"tempmail"}
    assert {user for user, _ in purge} == {"tempmail"}
    assert any("exim4" in command for _, command in mail)
    assert any("tempmail.lmtp_service" in command for _, command in mail)
    assert not any("gunicorn" in command for _, command in mail)
    assert any("gunicorn" in command for _, command in web)
    assert not any("exim" in command or "lmtp_service" in command for _, command in web)
    assert not any("exim" in command or "gunicorn" in command for _, command in purge)
    # Nothing keeps a capability once the role runs (the entry point's root step is over).
    for service in ("mail", "web", "purge"):
        status = podman("exec", "--user", "Debian-exim", stack.container(service), "sh", "-c",
                        "grep -h CapEff /proc/[0-9]*/status | sort -u").stdout.split()
        assert set(status[1::2]) == {"0000000000000000"}, service


def test_mail_in_over_smtp_read_over_http_and_kept_across_a_restart(stack):
    inbox = create_inbox(stack)
    send(stack, inbox["address"], "before restart", "your code is 424242")
    message = wait_for_message(stack, inbox["token"], "before restart")
    status, full = http(stack.http_port, "GET", f"/api/v1/inbox/messages/{message['id']}",
                        token=inbox["token"])
    assert status == 200 and "424242" in str(full)
    with smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=30) as smtp:
        smtp.ehlo()
        smtp.mail("someone@example.org")
        assert smtp.rcpt(f"nobody-here@{DOMAIN}")[0] == 550

    stack.down()      # containers gone, as in an upgrade; the named volume stays
    assert podman("ps", "--all", "--quiet", "--filter", f"name={stack.project}_").stdout == ""
    stack.up()

    subjects = [m["subject"] for m in listing(stack, inbox["token"])]
    assert subjects == ["before restart"]
    send(stack, inbox["address"], "after restart", "still here")
    wait_for_message(stack, inbox["token"], "after restart")


def router_pids(stack):
    out = podman("top", stack.container("mail"), "pid", "args").stdout.splitlines()[1:]
    return [line.split()[0] for line in out if "tempmail.lmtp_service" in line]


def test_the_mail_role_restarts_a_router_that_dies(stack):
    before = router_pids(stack)
    assert len(before) == 1
    podman("exec", "--user", "Debian-exim", stack.container("mail"), "sh", "-c",
           f"kill -KILL {before[0]}")
    deadline = time.monotonic() + 30
    while (router_pids(stack) in ([], before)
           or podman("healthcheck", "run", stack.container("mail"), check=False).returncode):
        assert time.monotonic() < deadline, "the router service was not restarted"
        time.sleep(0.5)
    inbox = create_inbox(stack)
    send(stack, inbox["address"], "after the router died", "delivered by the new one")
    wait_for_message(stack, inbox["token"], "after the router died")
    assert "restarting it" in podman("logs", stack.container("mail")).stderr


def test_the_purge_role_removes_an_expired_inbox(stack):
    live = create_inbox(stack)
    expired = create_inbox(stack, lifetime=1)
    assert mailbox_of(stack, expired["address"])[1]
    deadline = time.monotonic() + 30
    while mailbox_of(stack, expired["address"]) != ("-", False):
        assert time.monotonic() < deadline, "the purge container left an expired inbox"
        time.sleep(0.5)
    assert mailbox_of(stack, live["address"])[1]
    assert http(stack.http_port, "GET", "/api/v1/inbox", token=live["token"])[0] == 200


def test_purge_once_for_a_host_timer(stack):
    podman("stop", stack.container("purge"))
    try:
        expired = create_inbox(stack, lifetime=1)
        time.sleep(1.5)
        assert mailbox_of(stack, expired["address"])[1]
        once = podman("run", "--rm", "--network", "none", "--cap-drop", "ALL", "--cap-add",
                      "CHOWN,DAC_OVERRIDE,FOWNER,FSETID,SETUID,SETGID", "--security-opt",
                      "no-new-privileges", "--read-only", "-v", f"{stack.volume}:/var/lib/tempmail",
                      "-e", f"TEMPMAIL_DOMAINS={DOMAIN}", IMAGE, "purge", "--once")
        assert re.match(r"purged [1-9][0-9]* mailboxes", once.stdout), once.stdout
        assert mailbox_of(stack, expired["address"]) == ("-", False)
    finally:
        podman("start", stack.container("purge"))


def test_a_wrong_role_gets_a_usage_message(stack):
    wrong = podman("run", "--rm", "--network", "none", IMAGE, "mial", check=False)
    assert wrong.returncode == 2
    assert "usage:" in wrong.stderr and "Traceback" not in wrong.stderr


def test_docker_compose_reads_the_compose_file_as_meant():
    """docker's own parser (docker-compose, Debian's) accepts the file and resolves it as meant."""
    resolved = subprocess.run(["docker-compose", "-f", COMPOSE, "config"], capture_output=True,
                              text=True, check=False, env=CLEAN_ENV)
    assert resolved.returncode == 0, resolved.stderr
    config = json.loads(subprocess.run(
        ["/usr/bin/python3", "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))"],
        input=resolved.stdout, capture_output=True, text=True, check=True).stdout)
    services = config["services"]
    assert set(services) == {"mail", "web", "purge", "redis"}
    assert set(config["volumes"]) == {"data"}
    roles = {name: services[name] for name in ("mail", "web", "purge")}
    for name, service in roles.items():
        assert service["command"] == [name]
        assert service["image"] == IMAGE
        assert service["volumes"] in (["data:/var/lib/tempmail:rw"], ["data:/var/lib/tempmail"]), \
            service["volumes"]
        assert service["cap_drop"] == ["ALL"] and service["read_only"] is True
        assert service["environment"]["TEMPMAIL_RATELIMIT_STORAGE_URI"] == "redis://redis:6379/0"
        assert service["environment"]["TEMPMAIL_DOMAINS"] == "tempmail.localhost"
    published = [port for service in services.values() for port in service.get("ports", [])]
    assert sorted(published) == ["127.0.0.1:25:2525/tcp", "127.0.0.1:8000:8000/tcp"]
    for name in ("mail", "web", "redis"):
        assert services[name]["healthcheck"]["test"], name
    assert "healthcheck.py mail" in services["mail"]["healthcheck"]["test"]
    assert "healthcheck.py web" in services["web"]["healthcheck"]["test"]
