"""tempmail-wait: bad arguments give usage, a timeout exits non-zero, mail prints its code or link."""

import json
import os
import shlex
import subprocess
import sys

from client_helpers import mail, send_later
import pytest

import helpers

SCRIPT = os.path.join(os.path.dirname(sys.executable), "tempmail-wait")


def run(*args, env=None, timeout=60):
    """Run `python -m tempmail_client args` with only the TEMPMAIL_* variables given."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("TEMPMAIL_")}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "tempmail_client", *args], env=environ,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("args, says", [
    ([], "give --token"),
    (["--token", "t", "--print", "pdf"], "invalid choice"),
    (["--token", "t", "--timeout", "soon"], "not a number"),
    (["--token", "t", "--timeout", "-1"], "positive"),
    (["--token", "t", "--name", "x"], "go with --new"),
    (["--token", "t", "--new"], "not allowed with"),
    (["--token", "t"], "TEMPMAIL_URL"),
    (["--token", "t", "--subdomain", "random"], "go with --new"),
    (["--new", "--style", "poem"], "invalid choice"),
    (["--new", "--tag", "x"], "--tag goes with waiting"),
    (["--token", "t", "--tag", "a+b"], "--tag: not a tag"),
])
def test_bad_arguments_print_usage_not_a_traceback(args, says):
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: tempmail-wait") and says in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_an_unreachable_service_is_one_clear_line():
    result = run("--token", "t", "--url", f"http://127.0.0.1:{helpers.free_port()}")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("tempmail-wait: ServiceUnreachable: cannot reach")


def test_the_console_script_is_installed():
    result = subprocess.run([SCRIPT, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "--print {code,link,json}" in result.stdout


@pytest.mark.integration
def test_new_then_wait_prints_code_link_and_json(stack):
    made = run("--new", "--lifetime", "600", env={"TEMPMAIL_URL": stack.url})
    assert made.returncode == 0, made.stderr
    assigned = dict(shlex.split(line)[1].split("=", 1) for line in made.stdout.splitlines())
    address, token = assigned["TEMPMAIL_ADDRESS"], assigned["TEMPMAIL_TOKEN"]
    env = {"TEMPMAIL_URL": stack.url, "TEMPMAIL_TOKEN": token}

    timer = send_later(stack, address, mail(
        "Verify your e-mail", "Your verification code is 583 120.\n\n"
        "Confirm your address: https://app.example/confirm?k=9f3\n"), 1.0)
    code = run("--subject", "verify", "--from", "acme", "--timeout", "30", env=env)
    timer.join()
    assert (code.returncode, code.stdout) == (0, "583120\n"), code.stderr
    link = run("--print", "link", "--subject", "verify", env=env)
    assert (link.returncode, link.stdout) == (0, "https://app.example/confirm?k=9f3\n")
    whole = json.loads(run("--print", "json", "--token", token, "--url", stack.url).stdout)
    assert whole["subject"] == "Verify your e-mail" and whole["codes"] == ["583120"]

    stack.send(address, mail("Hello", "no digits and no links here"))
    empty = run("--subject", "hello", env=env)
    assert empty.returncode == 5 and "has no code" in empty.stderr

    late = run("--subject", "never sent", "--timeout", "1.5", env=env)
    assert late.returncode == 3 and "Traceback" not in late.stderr
    assert late.stderr.startswith("tempmail-wait: no message with subject containing 'never sent'")

    from tempmail_client import Client
    Client(stack.url, environ={}).inbox(token).delete()
    gone = run(env=env)
    assert gone.returncode == 4 and gone.stderr.startswith("tempmail-wait: the inbox is gone")


@pytest.mark.integration
def test_new_as_json(stack):
    made = run("--new", "--print", "json", "--url", stack.url)
    created = json.loads(made.stdout)
    assert created["address"].endswith("@" + helpers.DOMAIN)
    from tempmail_client import Client
    inbox = Client(stack.url, environ={}).inbox(created["token"])
    assert inbox.address == created["address"]
    inbox.delete()


@pytest.mark.integration
def test_eval_of_new_exports_the_token_to_the_next_command(stack):
    script = ('eval "$("$PY" -m tempmail_client --new)" && echo "$TEMPMAIL_ADDRESS" && '
              '"$PY" -m tempmail_client --timeout 1; echo "status $?"; '
              '"$PY" -c "from tempmail_client import Client; Client().inbox(\'$TEMPMAIL_TOKEN\').delete()"')
    environ = {k: v for k, v in os.environ.items() if not k.startswith("TEMPMAIL_")}
    result = subprocess.run(["bash", "-c", script], env=dict(environ, PY=sys.executable,
                                                             TEMPMAIL_URL=stack.url),
                            capture_output=True, text=True, timeout=60)
    address, status = result.stdout.splitlines()
    assert address.endswith("@" + helpers.DOMAIN)
    assert status == "status 3" and "no message arrived within 1 s" in result.stderr
    assert "Traceback" not in result.stderr


def test_new_with_a_style_then_wait_for_a_tag(stack):
    from tempmail_client import Client
    made = run("--new", "--style", "words", "--print", "json", "--url", stack.url)
    assert made.returncode == 0, made.stderr
    created = json.loads(made.stdout)
    local_part, domain = created["address"].split("@")
    words = local_part.split(".")   # words style: river.quiet42 or river.quiet.away08
    assert len(words) in (2, 3) and words[-1][-2:].isdigit() and words[0].isalpha()
    env = {"TEMPMAIL_URL": stack.url, "TEMPMAIL_TOKEN": created["token"]}
    stack.send(created["address"], mail("Untagged", "code 111111"))
    timer = send_later(stack, f"{local_part}+signup@{domain}", mail("Tagged", "code 222333"), 1.0)
    result = run("--tag", "SignUp", "--timeout", "30", env=env)
    timer.join()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "222333"
    Client(stack.url, environ={}).inbox(created["token"]).delete()
