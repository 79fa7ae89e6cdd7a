"""The JavaScript client (clients/js) for real: node's test runner and the Playwright example
against `make run`'s stack, with real Exim delivering real mail and Debian's Chromium."""

import os
import subprocess

import pytest

import helpers

pytestmark = pytest.mark.integration

JS = os.path.join(helpers.ROOT, "clients", "js")
BUILT = os.path.join(JS, "dist", "esm", "index.js")
PLAYWRIGHT = os.path.join(JS, "node_modules", ".bin", "playwright")


def _run(argv, stack, cwd, **extra):
    if not os.path.exists(BUILT) or not os.path.exists(PLAYWRIGHT):
        pytest.fail("clients/js is not built: run `make js-client` (make test does)")
    env = dict(os.environ, TEMPMAIL_URL=stack.url, TEMPMAIL_TEST_SMTP_PORT=str(stack.smtp_port),
               NO_COLOR="1", **extra)
    env.pop("TEMPMAIL_API_KEY", None)
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    return done.returncode, done.stdout + done.stderr


def test_the_client_suite_passes_against_the_stack(stack):
    code, output = _run(["node", "--test", "test/"], stack, JS)
    assert code == 0, output[-6000:]
    assert "# fail 0" in output and "# pass 0" not in output, output[-3000:]
    assert "# skipped 0" in output, output[-3000:]  # nothing quietly left out


def test_the_playwright_example_signs_up_with_a_mailed_code(stack):
    code, output = _run([PLAYWRIGHT, "test", "-c", "examples/playwright"], stack, JS,
                        DEMO_PORT=str(helpers.free_port()), DEMO_SMTP_PORT=str(stack.smtp_port),
                        CHROMIUM_PATH="/usr/bin/chromium")
    assert code == 0, output[-6000:]
    assert "1 passed" in output, output[-3000:]
