"""Helpers for tests/container: the image (`make image`) and deploy/compose.yaml, for real.

The stack is brought up with podman-compose from the shipped compose file: the five
roles from the image, Redis, one named volume, ports published on 127.0.0.1. No registry
can be reached here, so the Redis service runs a stand-in built from the same Debian base
(tests/container/Containerfile.redis, named through TEMPMAIL_REDIS_IMAGE).
TEMPMAIL_TEST_IMAGE names another image tag (make image IMAGE=...) so that
checkouts building side by side on one machine do not replace each other's image.
"""

import json
import os
import secrets
import shutil
import subprocess
import time
import urllib.error
import urllib.request

import pytest

import helpers

CONF = os.path.join(helpers.ROOT, "tests", "container", "containers.conf")
COMPOSE = os.path.join(helpers.ROOT, "deploy", "compose.yaml")
IMAGE = os.environ.get("TEMPMAIL_TEST_IMAGE", "localhost/tempmail:latest")
BASE = "localhost/tempmail-base:bookworm"
REDIS_IMAGE = "localhost/tempmail-test-redis:latest"
DOMAIN = "tm.test"
SUDO = [] if os.geteuid() == 0 else ["sudo", "-n", "--preserve-env"]
INSTALL = ("install podman, runc, mmdebstrap and podman-compose (apt-get install podman runc "
           "mmdebstrap podman-compose golang-github-containernetworking-plugin-dnsname, "
           "which make test does as root)")


def run(argv, check=True, timeout=600, **kwargs):
    """Run argv (podman, podman-compose, make) with podman's settings for this machine."""
    env = dict(os.environ, **kwargs.pop("env", {}))
    env.setdefault("CONTAINERS_CONF", CONF)
    result = subprocess.run(SUDO + list(argv), capture_output=True, text=True, env=env,
                            timeout=timeout, check=False)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {result.returncode}: "
                           f"{(result.stderr or result.stdout).strip()[-2000:]}")
    return result


def podman(*args, **kwargs):
    return run(["podman", *args], **kwargs)


def fail_unless_podman_runs(image, *command):
    """Fail with one sentence if podman cannot start a container from image here."""
    probe = podman("run", "--rm", "--network", "host", image, *command, check=False, timeout=120)
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.fail(f"podman cannot run a container on this machine ({last}); {INSTALL}, "
                    f"run as root and keep CONTAINERS_CONF={CONF}.", pytrace=False)


def usable_or_fail():
    """Build the image and check podman runs it; fail with one sentence if it cannot."""
    missing = [tool for tool in ("podman", "runc", "mmdebstrap", "podman-compose")
               if not shutil.which(tool, path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")]
    if missing:
        pytest.fail(f"the container tests cannot run: {', '.join(missing)} missing; {INSTALL}.",
                    pytrace=False)
    info = podman("info", check=False, timeout=120)
    if info.returncode != 0:
        last = (info.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.fail(f"podman does not work on this machine ({last}); {INSTALL}, run as root "
                    f"and keep CONTAINERS_CONF={CONF}.", pytrace=False)
    made = run(["make", "-s", "-C", helpers.ROOT, "image", f"IMAGE={IMAGE}"], check=False,
               timeout=1800)
    if made.returncode != 0:
        if podman("image", "exists", BASE, check=False).returncode == 0:
            fail_unless_podman_runs(BASE, "true")   # the build's RUN steps need it too
        pytest.fail(f"make image failed: {(made.stderr or made.stdout).strip()[-1500:]}",
                    pytrace=False)
    fail_unless_podman_runs(IMAGE, "help")
    podman("build", "--quiet", "--network", "host", "--pull=never", "--build-arg", f"BASE={BASE}",
           "-f", os.path.join(helpers.ROOT, "tests", "container", "Containerfile.redis"),
           "-t", REDIS_IMAGE, os.path.join(helpers.ROOT, "tests", "container"))


def http(port, method, path, body=None, token=None):
    """Return (status, parsed JSON or text) of one request to 127.0.0.1:port."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode("utf-8", "replace")


class Stack:
    """The shipped compose file brought up under its own project name and free ports."""

    SERVICES = ("mail", "web", "streams", "webhooks", "purge", "redis")
    HEALTHCHECKED = ("redis", "mail", "web", "streams", "webhooks")

    def __init__(self):
        # random, not the pid: test runs in other pid namespaces may share podman's storage
        self.project = f"tmtest{secrets.token_hex(4)}"
        self.smtp_port, self.http_port = helpers.free_port(), helpers.free_port()
        self.stream_port = helpers.free_port()
        self.env = {
            "TEMPMAIL_SMTP_PUBLISH": f"127.0.0.1:{self.smtp_port}",
            "TEMPMAIL_HTTP_PUBLISH": f"127.0.0.1:{self.http_port}",
            "TEMPMAIL_STREAM_PUBLISH": f"127.0.0.1:{self.stream_port}",
            # any inbox may have a webhook, and the test's receiver is on 127.0.0.1 (a
            # webhooks container on the host's network reaches it: test_compose_stack.py)
            "TEMPMAIL_WEBHOOKS": "all",
            "TEMPMAIL_WEBHOOK_ALLOW": "127.0.0.1",
            "TEMPMAIL_STREAM_HEARTBEAT": "1",
            "TEMPMAIL_REDIS_IMAGE": REDIS_IMAGE,
            "TEMPMAIL_IMAGE": IMAGE,
            "TEMPMAIL_DOMAINS": DOMAIN,
            "TEMPMAIL_MIN_LIFETIME": "1",      # so a test can make an inbox that expires at once
            "TEMPMAIL_PURGE_INTERVAL": "1",
            "TEMPMAIL_CREATE_LIMIT": "1000 per hour",
        }
        self.volume = f"{self.project}_data"

    def compose(self, *args, check=True):
        return run(["podman-compose", "-p", self.project, "-f", COMPOSE, *args],
                   env=self.env, check=check, timeout=300)

    def container(self, service):
        return f"{self.project}_{service}_1"

    def up(self):
        self.compose("up", "-d")
        self.wait_healthy()

    def down(self):
        self.compose("down")

    def wait_healthy(self, timeout=90.0):
        """Wait until every health check of compose.yaml passes."""
        deadline = time.monotonic() + timeout
        for service in self.HEALTHCHECKED:
            while True:
                result = podman("healthcheck", "run", self.container(service), check=False)
                if result.returncode == 0:
                    break
                if time.monotonic() > deadline:
                    logs = podman("logs", "--tail", "20", self.container(service), check=False)
                    raise RuntimeError(f"{service} is not healthy: {result.stdout}{result.stderr}"
                                       f" logs: {logs.stdout}{logs.stderr}")
                time.sleep(0.5)

    def processes(self, service):
        """Return (user, command line) of every process in the service's container."""
        out = podman("top", self.container(service), "user", "args").stdout.splitlines()[1:]
        return [tuple(line.split(None, 1)) for line in out if line.strip()]

    def remove(self):
        self.compose("down", check=False)
        for name in [self.container(s) for s in self.SERVICES]:
            podman("rm", "--force", "--ignore", name, check=False)
        podman("volume", "rm", "--force", self.volume, check=False)
        podman("network", "rm", "--force", f"{self.project}_default", check=False)

