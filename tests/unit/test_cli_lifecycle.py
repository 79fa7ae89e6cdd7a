from datetime import datetime
import io
import json
import time

from tempmail import router

import helpers


def create(runner, *args):
    result = runner.invoke(args=["tempmail", "create", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def expiry(issued):
    return datetime.fromisoformat(issued["expires_at"].replace("Z", "+00:00")).timestamp()


def deliver(data_dir, address, body=b"Subject: s\n\nhello\n"):
    local_part, domain = address.split("@")
    return router.main(["--data-dir", data_dir], io.BytesIO(body),
                       {"LOCAL_PART": local_part, "DOMAIN": domain})


def test_a_lifetime_of_seconds_expires_in_seconds(runner, data_dir):
    issued = create(runner, "--lifetime", "1")
    assert deliver(data_dir, issued["address"]) == 0
    time.sleep(1.1)
    assert deliver(data_dir, issued["address"]) == router.EX_NOUSER
    result = runner.invoke(args=["tempmail", "inbox", issued["address"]])
    assert result.exit_code == 1 and "no live address" in result.output


def test_extend_adds_time_capped_at_max_lifetime(runner):
    issued = create(runner, "--lifetime", "600")
    result = runner.invoke(args=["tempmail", "extend", issued["address"], "--by", "600"])
    assert result.exit_code == 0, result.output
    assert abs(expiry(json.loads(result.output)) - (expiry(issued) + 600)) <= 1
    result = runner.invoke(args=["tempmail", "extend", issued["address"], "--by", "999999"])
    assert result.exit_code == 0
    assert "capped" in result.output
    created = expiry(issued) - 600
    assert abs(expiry(json.loads(result.output.splitlines()[-1])) - (created + 48 * 3600)) <= 1


def test_extend_refuses_bad_input(runner):
    issued = create(runner)
    for args in (["--by", "-1"], ["--by", "x"], []):
        result = runner.invoke(args=["tempmail", "extend", issued["address"], *args])
        assert result.exit_code == 2 and "Traceback" not in result.output
    result = runner.invoke(args=["tempmail", "extend", "nobody@tm.test", "--by", "5"])
    assert result.exit_code == 1 and "no live address" in result.output


def test_delete_retires_at_once_and_forever(runner, data_dir, app):
    issued = create(runner, "--name", "carol", "--domain", helpers.DOMAIN)
    deliver(data_dir, issued["address"])
    result = runner.invoke(args=["tempmail", "delete", issued["address"]])
    assert result.exit_code == 0, result.output
    assert "1 messages" in result.output
    assert deliver(data_dir, issued["address"]) == router.EX_NOUSER
    result = runner.invoke(args=["tempmail", "create", "--name", "carol", "--domain", helpers.DOMAIN])
    assert result.exit_code == 1
    result = runner.invoke(args=["tempmail", "delete", issued["address"]])
    assert result.exit_code == 1


def test_stats_prints_counts_and_no_address(runner, data_dir):
    first, second = create(runner), create(runner, "--lifetime", "0.01")
    deliver(data_dir, first["address"], b"Subject: a\n\n12345\n")
    time.sleep(0.05)
    result = runner.invoke(args=["tempmail", "stats"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert stats == {"live_addresses": 1, "messages": 1, "bytes": 18,
                     "expired_awaiting_purge": 1, "retired_addresses": 0}
    for issued in (first, second):
        assert issued["address"].split("@")[0] not in result.output


def test_purge_command_summary_dry_run_and_exit_codes(runner, data_dir, app):
    create(runner, "--lifetime", "0.01")
    time.sleep(0.05)
    result = runner.invoke(args=["tempmail", "purge", "--dry-run"])
    assert result.exit_code == 0
    assert result.output.startswith("would purge 1 mailboxes, 0 messages, 0 bytes")
    result = runner.invoke(args=["tempmail", "purge"])
    assert result.exit_code == 0
    assert result.output.startswith("purged 1 mailboxes")
    assert runner.invoke(args=["tempmail", "purge"]).output.startswith("purged 0 mailboxes")
    from tempmail import purge
    with purge._lock(data_dir, 1):
        result = runner.invoke(args=["tempmail", "purge", "--wait", "0.2"])
    assert result.exit_code == 1
    assert "purge did not finish: another purge is running" in result.output
    assert "Traceback" not in result.output
