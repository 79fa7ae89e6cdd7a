from datetime import datetime
import io
import json
import re
import time

import pytest

from tempmail import router

import helpers


def create(runner, *args):
    result = runner.invoke(args=["tempmail", "create", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_create_prints_address_token_and_expiry(runner):
    before = time.time()
    issued = create(runner)
    local_part, domain = issued["address"].split("@")
    assert domain in (helpers.DOMAIN, helpers.OTHER_DOMAIN)
    assert re.fullmatch(r"[a-z0-9]{16}", local_part)
    assert len(issued["token"]) >= 40
    assert issued["expires_at"].endswith("Z")
    expires = datetime.fromisoformat(issued["expires_at"].replace("Z", "+00:00")).timestamp()
    assert before + 3600 - 2 <= expires <= time.time() + 3600 + 1


def test_create_with_domain_name_and_lifetime(runner):
    issued = create(runner, "--domain", helpers.OTHER_DOMAIN, "--name", "Alice.B",
                    "--lifetime", "2.5")
    assert issued["address"] == f"alice.b@{helpers.OTHER_DOMAIN}"


def test_a_name_is_never_issued_twice(runner, app):
    create(runner, "--name", "bob", "--domain", helpers.DOMAIN)
    result = runner.invoke(args=["tempmail", "create", "--name", "bob", "--domain", helpers.DOMAIN])
    assert result.exit_code == 1
    assert "never issued twice" in result.output
    app.extensions["tempmail"].registry.retire(f"bob@{helpers.DOMAIN}")
    result = runner.invoke(args=["tempmail", "create", "--name", "bob", "--domain", helpers.DOMAIN])
    assert result.exit_code == 1


@pytest.mark.parametrize("args,message", [
    (["--lifetime", "-5"], "positive"),
    (["--lifetime", "0"], "positive"),
    (["--lifetime", "nan"], "positive"),
    (["--lifetime", "soon"], "not a number"),
    (["--domain", "evil.test"], "not offered for new addresses"),
    (["--name", "../etc"], "may hold only"),
    (["--name", "x" * 300], "longer than"),
    (["--bogus"], "No such option"),
])
def test_bad_arguments_get_an_error_not_a_traceback(runner, args, message):
    result = runner.invoke(args=["tempmail", "create", *args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_inbox_lists_messages_newest_first(runner, data_dir):
    issued = create(runner, "--domain", helpers.DOMAIN)
    local_part, domain = issued["address"].split("@")
    for subject in ("first", "=?utf-8?q?zw=C3=B6lf?="):
        raw = (f"From: Ann <ann@example.org>\nSubject: {subject}\n"
               f"Date: Mon, 23 Nov 2026 10:00:00 +0100\n\nhello\n").encode()
        assert router.main(["--data-dir", data_dir], io.BytesIO(raw),
                           {"LOCAL_PART": local_part, "DOMAIN": domain}) == 0
    result = runner.invoke(args=["tempmail", "inbox", issued["address"].upper(),
                                 "--token", issued["token"]])
    assert result.exit_code == 0, result.output
    listing = json.loads(result.stdout)
    assert [m["subject"] for m in listing] == ["zwölf", "first"]
    assert set(listing[0]) == {"id", "from", "subject", "date", "size"}
    assert listing[0]["from"] == "Ann <ann@example.org>"
    assert listing[0]["date"] == "2026-11-23T09:00:00Z"
    assert listing[0]["size"] > 0

    # Encrypted at rest: without the token the operator sees sizes and dates, and is told why.
    result = runner.invoke(args=["tempmail", "inbox", issued["address"]])
    assert result.exit_code == 0, result.output
    blind = json.loads(result.stdout)
    assert [set(m) for m in blind] == [{"id", "received", "size"}] * 2
    assert [m["size"] for m in blind] == [m["size"] for m in listing]
    assert "encrypted" in result.stderr and "--token" in result.stderr
    assert "first" not in result.output and "Ann" not in result.output

    other = create(runner, "--domain", helpers.DOMAIN)
    result = runner.invoke(args=["tempmail", "inbox", issued["address"], "--token", other["token"]])
    assert result.exit_code == 1
    assert "does not open" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("address", ["nobody@tm.test", "not-an-address", "../../x"])
def test_inbox_of_an_unknown_address_is_an_error(runner, address):
    result = runner.invoke(args=["tempmail", "inbox", address])
    assert result.exit_code == 1
    assert "no live address" in result.output
