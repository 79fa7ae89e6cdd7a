"""The pytest plugin, run as a user runs it: pytest in a subprocess on the example and on tests
written here, against the stack, with the example's demo app sending real mail through Exim."""

import os
import subprocess
import sys
import textwrap

import pytest

from tempmail_client import Client, InboxGone

import helpers

pytestmark = pytest.mark.integration
EXAMPLES = os.path.join(helpers.ROOT, "clients", "python", "examples")


def pytest_run(tmp_path, *args, env=None, ini=""):
    """Run pytest in a subprocess with its own ini file in tmp_path; return the result."""
    (tmp_path / "pytest.ini").write_text("[pytest]\n" + ini)
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith(("TEMPMAIL_", "PYTEST_", "DEMO_"))}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(tmp_path / "pytest.ini"),
         "--rootdir", str(tmp_path), "-p", "no:cacheprovider", *args],
        cwd=tmp_path, env=environ, capture_output=True, text=True, timeout=300)


@pytest.fixture
def demo_app(stack):
    """The example's demo app on a free 127.0.0.1 port, mailing through the stack's Exim."""
    process = subprocess.Popen(
        [sys.executable, os.path.join(EXAMPLES, "demo_app.py"), "--port", "0",
         "--smtp-port", str(stack.smtp_port)], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("listening on http://127.0.0.1:"), line
        yield line.split()[-1]
    finally:
        helpers.stop_process(process, timeout=10)
        process.stdout.close()


def test_the_documented_example_passes(tmp_path, stack, demo_app):
    result = pytest_run(tmp_path, os.path.join(EXAMPLES, "test_signup.py"),
                        env={"TEMPMAIL_URL": stack.url, "DEMO_URL": demo_app})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_inboxes_are_deleted_after_each_test_and_ini_options_work(tmp_path, stack):
    (tmp_path / "test_uses_inbox.py").write_text(textwrap.dedent(f"""
        import os
        import pytest

        def keep(inbox, name):
            with open(os.path.join(os.environ["TOKENS_DIR"], name), "w") as handle:
                handle.write(inbox.token)

        @pytest.mark.tempmail(lifetime=120, domain="{helpers.DOMAIN}")
        def test_passes(temp_inbox):
            keep(temp_inbox, "passed.token")
            assert temp_inbox.address.endswith("@{helpers.DOMAIN}")
            assert 100 < (temp_inbox.expires_at - temp_inbox.info().created_at).total_seconds() <= 120

        def test_fails(temp_inbox):
            keep(temp_inbox, "failed.token")
            assert False, "failing on purpose"
    """))
    result = pytest_run(tmp_path, "test_uses_inbox.py", env={"TOKENS_DIR": str(tmp_path)},
                        ini=f"tempmail_url = {stack.url}\n")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed, 1 passed" in result.stdout and "failing on purpose" in result.stdout
    client = Client(stack.url, environ={})
    for name in ("passed.token", "failed.token"):
        with pytest.raises(InboxGone):
            client.inbox((tmp_path / name).read_text()).info()


def test_without_a_service_the_test_fails_saying_what_to_set(tmp_path):
    (tmp_path / "test_needs_inbox.py").write_text("def test_it(temp_inbox):\n    pass\n")
    result = pytest_run(tmp_path, "test_needs_inbox.py")
    assert result.returncode == 1
    assert "set TEMPMAIL_URL or the ini option tempmail_url" in result.stdout
    assert "1 error" in result.stdout
