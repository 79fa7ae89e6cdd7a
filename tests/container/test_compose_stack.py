"""The image's roles brought up by deploy/compose.yaml: mail over SMTP in, read over HTTP,
as a live event on the stream service and as a signed webhook POST; a restart keeps the
volume, purge removes what expired, each role only runs its own part."""

import json
import os
import re
import smtplib
import ssl
import subprocess
import time
import urllib.request

from containerstack import COMPOSE, DOMAIN, IMAGE, http, podman
from nginxfront import NginxInFront
import pytest
from standardwebhooks.webhooks import Webhook
from webhook_receiver import Receiver

import helpers

pytestmark = pytest.mark.container

SIZE_GOAL = 250_000_000
# the compose file's own defaults, whatever this shell's TEMPMAIL_* say
CLEAN_ENV = {key: value for key, value in os.environ.items()
             if not key.startswith(("TEMPMAIL_", "COMPOSE_"))}
REGISTRY_ROW = ("import sqlite3, sys; db = sqlite3.connect('file:/var/lib/tempmail/registry.sqlite3"
                "?mode=ro', uri=True); row = db.execute('SELECT mailbox_id FROM addresses WHERE "
                "address = ?', (sys.argv[1],)).fetchone(); print(row[0] if row else '-')")

# compose.yaml's options for every role, for containers a test starts with podman run
ROLE_OPTIONS = ("--cap-drop", "ALL", "--cap-add", "CHOWN,DAC_OVERRIDE,FOWNER,FSETID,SETUID,SETGID",
                "--security-opt", "no-new-privileges", "--read-only")
# /metrics asked from inside the web container (TEMPMAIL_OPS_ALLOW: 127.0.0.1), as an operator would
METRICS = ("import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:8000/metrics', "
           "timeout=30).read().decode())")


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


ROLES = ("mail", "web", "streams", "webhooks", "purge")
# What each role runs (a piece of its command line), and so what no other role may run.
PARTS = {"mail": ("exim4", "tempmail.lmtp_service"), "web": ("gunicorn",),
         "streams": ("tempmail.web.stream_server",), "webhooks": ("tempmail.webhook_worker",),
         "purge": ()}


def test_each_role_runs_only_its_part_and_not_as_root(stack):
    for role in ROLES:
        processes = stack.processes(role)
        assert {user for user, _ in processes} == {"Debian-exim" if role == "mail" else "tempmail"}, \
            (role, processes)
        for part in PARTS[role]:
            assert any(part in command for _, command in processes), (role, part, processes)
        for other, parts in PARTS.items():
            for part in parts if other != role else ():
                assert not any(part in command for _, command in processes), (role, part)
    # Nothing keeps a capability once the role runs (the entry point's root step is over).
    for service in ROLES:
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
        once = podman("run", "--rm", "--network", "none", *ROLE_OPTIONS,
                      "-v", f"{stack.volume}:/var/lib/tempmail",
                      "-e", f"TEMPMAIL_DOMAINS={DOMAIN}", IMAGE, "purge", "--once")
        assert re.match(r"purged [1-9][0-9]* mailboxes", once.stdout), once.stdout
        assert mailbox_of(stack, expired["address"]) == ("-", False)
    finally:
        podman("start", stack.container("purge"))


def stream_event_for_new_mail(stack, port, inbox, subject, context=None):
    """Open the API event stream on port, send mail over SMTP; return the event and the stream."""
    stream = helpers.EventStream("127.0.0.1", port, "/api/v1/inbox/events",
                                 {"Authorization": f"Bearer {inbox['token']}"}, timeout=30,
                                 context=context)
    try:
        assert stream.status == 200
        assert stream.header("Content-Type").startswith("text/event-stream")
        send(stack, inbox["address"], subject, "your code is 626262")
        event = stream.next_event()
        assert event["event"] == "message"
        assert json.loads(event["data"])["subject"] == subject
        return event, stream
    except BaseException:
        stream.close()
        raise


def test_the_streams_role_sends_an_event_for_mail_sent_over_smtp(stack):
    inbox = create_inbox(stack)
    event, stream = stream_event_for_new_mail(stack, stack.stream_port, inbox, "live")
    try:
        assert event["id"] == listing(stack, inbox["token"])[0]["id"]
        assert stream.next() == {"comment": "keep-alive"}    # TEMPMAIL_STREAM_HEARTBEAT=1
    finally:
        stream.close()
    # gunicorn does not serve streams: without a proxy routing the path, the API says so
    status, body = http(stack.http_port, "GET", "/api/v1/inbox/events", token=inbox["token"])
    assert status == 503, body


def test_nginx_in_front_routes_the_stream_paths_to_the_streams_service(stack, tmp_path):
    """The shipped nginx site with the two upstreams docs/deploy.md gives: the API and the
    event stream on one HTTPS origin (gunicorn would answer the stream 503), the event for
    mail sent over SMTP passed on as written."""
    nginx = NginxInFront(tmp_path, stack.http_port, stack.stream_port)
    context = ssl.create_default_context(cafile=nginx.cert)
    try:
        request = urllib.request.Request(f"https://127.0.0.1:{nginx.port}/api/v1/inboxes",
                                         data=b"{}", method="POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30, context=context) as response:
            inbox = json.loads(response.read())
        _, stream = stream_event_for_new_mail(stack, nginx.port, inbox, "through nginx",
                                              context)
        stream.close()
    finally:
        nginx.stop()


def test_a_second_webhooks_container_stands_by_then_takes_over_and_posts(stack):
    """One worker per data folder: a second one (on the host's network, to reach the receiver
    on 127.0.0.1) stands by until compose's stops, then posts a signed webhook for mail sent
    over SMTP."""
    receiver = Receiver()
    name = f"{stack.project}_webhooks_host"
    podman("run", "-d", "--name", name, "--network", "host", *ROLE_OPTIONS,
           "-v", f"{stack.volume}:/var/lib/tempmail", "-e", f"TEMPMAIL_DOMAINS={DOMAIN}",
           "-e", "TEMPMAIL_WEBHOOKS=all", "-e", "TEMPMAIL_WEBHOOK_ALLOW=127.0.0.1", IMAGE, "webhooks")
    try:
        helpers.wait_for(lambda: "standing by" in podman("logs", name).stderr, timeout=30)
        podman("stop", stack.container("webhooks"))
        inbox = create_inbox(stack, webhook_url=receiver.url)
        send(stack, inbox["address"], "hooked", "your code is 515151")
        [(_, headers, body, path)] = receiver.wait(1, timeout=60)
        assert path == "/hook"
        event = Webhook(inbox["webhook"]["secret"]).verify(body, headers)
        assert event["type"] == "message.received"
        assert event["data"]["inbox"] == inbox["address"]
        assert event["data"]["subject"] == "hooked" and event["data"]["code"] == "515151"
        assert "started (webhooks: all)" in podman("logs", name).stderr
        assert podman("exec", name, "python", "/opt/tempmail/deploy/container/healthcheck.py",
                      "webhooks", check=False).returncode == 0
        metrics = podman("exec", stack.container("web"), "python", "-c", METRICS).stdout
        assert "tempmail_webhook_worker_up 1" in metrics
        assert set(podman("top", name, "user").stdout.split()[1:]) == {"tempmail"}
    finally:
        podman("rm", "--force", "--time", "5", name, check=False)
        podman("start", stack.container("webhooks"), check=False)
        receiver.stop()


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
    assert set(services) == {"mail", "web", "streams", "webhooks", "purge", "redis"}
    assert set(config["volumes"]) == {"data"}
    roles = {name: services[name] for name in ("mail", "web", "streams", "webhooks", "purge")}
    for name, service in roles.items():
        assert service["command"] == [name]
        assert service["image"] == "localhost/tempmail:latest"
        assert service["volumes"] in (["data:/var/lib/tempmail:rw"], ["data:/var/lib/tempmail"]), \
            service["volumes"]
        assert service["cap_drop"] == ["ALL"] and service["read_only"] is True
        assert service["environment"]["TEMPMAIL_RATELIMIT_STORAGE_URI"] == "redis://redis:6379/0"
        assert service["environment"]["TEMPMAIL_DOMAINS"] == "tempmail.localhost"
        assert service["environment"]["TEMPMAIL_WEBHOOKS"] == "api"
    published = [port for service in services.values() for port in service.get("ports", [])]
    assert sorted(published) == ["127.0.0.1:25:2525/tcp", "127.0.0.1:8000:8000/tcp",
                                 "127.0.0.1:8001:8001/tcp"]
    assert services["streams"]["ports"] == ["127.0.0.1:8001:8001/tcp"]
    for name in ("mail", "web", "streams", "webhooks", "redis"):
        assert services[name]["healthcheck"]["test"], name
    for name in ("mail", "web", "streams", "webhooks"):
        assert f"healthcheck.py {name}" in services[name]["healthcheck"]["test"], name
