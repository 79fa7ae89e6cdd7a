"""The doctor's storage, lifecycle and web checks, its report, --json and exit codes.

Every check is made to fail for real (modes changed, a file corrupted, a stamp
aged, a tmpfs filled, Redis absent) and then to pass again.
"""

import json
import os
import subprocess
import sys
import time

import pytest

from tempmail import create_app, doctor, eximctl, purge
from tempmail.doctor import result as results_module
from tempmail.doctor import storage
from tempmail.inboxes import Inboxes

import helpers


def run(settings, group, **options):
    return {r.name: r for r in doctor.run(settings, groups=[group], **options)}


@pytest.fixture
def settings(data_dir):
    return helpers.settings(data_dir)


@pytest.fixture
def inboxes(settings):
    service = Inboxes(settings)
    service.ensure_ready()
    return service


# --- the report -----------------------------------------------------------------------------

def test_render_prints_one_line_per_check_and_a_summary():
    results = [results_module.ok("a.one", "fine"),
               results_module.warn("a.two", "hm", "do this"),
               results_module.fail("a.three", "broken", "do that")]
    lines = doctor.render(results).splitlines()
    assert lines[0] == "ok    a.one: fine"
    assert lines[1] == "WARN  a.two: hm -- fix: do this"
    assert lines[2] == "FAIL  a.three: broken -- fix: do that"
    assert lines[3] == "3 checks: 1 failed, 1 warnings"
    assert doctor.failed(results) and not doctor.failed(results[:2])
    shape = json.loads(doctor.render(results, as_json=True))
    assert shape[1] == {"name": "a.two", "status": "warn", "detail": "hm", "fix": "do this"}


def test_a_crashing_check_is_a_failure_not_a_traceback(settings):
    def broken(context):
        yield results_module.ok("x.first", "fine")
        raise RuntimeError("boom")
    found = results_module.guarded("x", broken, results_module.Context(settings))
    assert [r.status for r in found] == ["ok", "fail"]


def test_a_bad_setting_is_the_first_failure():
    found = doctor.run(environ={"TEMPMAIL_LIFETIME": "soon"})
    assert [(r.name, r.status) for r in found] == [("settings", "fail")]
    assert "TEMPMAIL_LIFETIME" in found[0].detail


def test_public_settings_are_checked():
    with pytest.raises(Exception, match="PUBLIC_ADDRESS"):
        helpers.settings("/tmp", PUBLIC_ADDRESS="not-an-ip")
    with pytest.raises(Exception, match="PUBLIC_HOSTNAME"):
        helpers.settings("/tmp", PUBLIC_HOSTNAME="no spaces allowed")
    loaded = helpers.settings("/tmp", PUBLIC_ADDRESS="192.0.2.1, 2001:db8::1",
                              PUBLIC_HOSTNAME="MX.Example.org.")
    assert loaded["PUBLIC_ADDRESS"] == ("192.0.2.1", "2001:db8::1")
    assert loaded["PUBLIC_HOSTNAME"] == "mx.example.org"


def test_cli_json_shape_exit_codes_and_no_address(runner, app, inboxes):
    issued = inboxes.create()
    result = runner.invoke(args=["tempmail", "doctor", "--json", "--only", "storage",
                                 "--only", "lifecycle"])
    shape = json.loads(result.output)
    assert isinstance(shape, list) and shape
    for item in shape:
        assert set(item) == {"name", "status", "detail", "fix"}
        assert item["status"] in ("ok", "warn", "fail")
    assert issued.address not in result.output
    assert issued.address.split("@")[0] not in result.output
    assert issued.entry.mailbox_id not in result.output
    # purge never ran: a warning alone leaves the exit status 0
    assert {i["name"]: i["status"] for i in shape}["lifecycle.purge"] == "warn"
    assert result.exit_code == 0, result.output
    # a failure makes it 1
    os.chmod(inboxes.registry_file, 0o664)
    result = runner.invoke(args=["tempmail", "doctor", "--only", "storage"])
    assert result.exit_code == 1
    assert "FAIL  storage.registry" in result.output
    assert issued.address not in result.output
    result = runner.invoke(args=["tempmail", "doctor", "--only", "nonsense"])
    assert result.exit_code == 2 and "Traceback" not in result.output


# --- storage --------------------------------------------------------------------------------

def test_storage_passes_on_a_prepared_data_folder(settings, inboxes):
    inboxes.create()
    found = run(settings, "storage")
    assert {name: r.status for name, r in found.items()} == {
        "settings": "ok", "storage.data-dir": "ok", "storage.maildirs": "ok", "storage.disk": "ok",
        "storage.inodes": "ok", "storage.registry": "ok"}, found


def test_a_data_folder_open_to_others_fails(settings, inboxes):
    os.chmod(settings["DATA_DIR"], 0o2775)
    assert run(settings, "storage")["storage.data-dir"].status == "fail"
    os.chmod(settings["DATA_DIR"], 0o2770)
    assert run(settings, "storage")["storage.data-dir"].status == "ok"


def test_an_over_permissive_maildir_fails(settings, inboxes):
    issued = inboxes.create()
    path = inboxes.mailbox_path(issued.entry)
    os.chmod(os.path.join(path, "new"), 0o2775)
    found = run(settings, "storage")["storage.maildirs"]
    assert found.status == "fail" and "open to other users" in found.detail
    assert issued.entry.mailbox_id not in found.detail
    os.chmod(os.path.join(path, "new"), 0o2770)
    assert run(settings, "storage")["storage.maildirs"].status == "ok"


def test_the_apps_private_cache_in_a_maildir_passes_unless_open_to_others(settings, inboxes):
    """The app keeps renderings in <maildir>/.cache, mode 0700: not the delivery user's."""
    path = inboxes.mailbox_path(inboxes.create().entry)
    cache = os.path.join(path, ".cache")
    os.mkdir(cache, 0o700)
    with open(os.path.join(cache, "index.json"), "w") as handle:
        handle.write("{}")
    os.chmod(os.path.join(cache, "index.json"), 0o640)
    assert run(settings, "storage")["storage.maildirs"].status == "ok"
    os.chmod(os.path.join(cache, "index.json"), 0o644)
    assert run(settings, "storage")["storage.maildirs"].status == "fail"


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root: Exim's user must differ from us")
def test_a_maildir_the_delivery_user_cannot_write_fails(settings, inboxes):
    issued = inboxes.create()
    path = inboxes.mailbox_path(issued.entry)
    os.chmod(path, 0o2700)  # root keeps it; Debian-exim (the group) is shut out
    found = run(settings, "storage")["storage.maildirs"]
    assert found.status == "fail"
    assert f"cannot be written by {eximctl.exim_identity()[0]}" in found.detail
    os.chmod(path, 0o2770)
    assert run(settings, "storage")["storage.maildirs"].status == "ok"


def test_permission_arithmetic_for_another_user(tmp_path):
    account = storage.Account("nobody")
    folder = tmp_path / "f"
    folder.mkdir()
    os.chmod(folder, 0o770)
    assert not account.may(os.stat(folder), 0o3)
    os.chmod(folder, 0o773)
    assert account.may(os.stat(folder), 0o3)


def test_a_damaged_registry_fails(settings, inboxes):
    inboxes.create()
    inboxes.registry.close()
    with open(inboxes.registry_file, "r+b") as handle:
        handle.seek(0)
        handle.write(b"this is not SQLite" * 10)
    found = run(settings, "storage")["storage.registry"]
    assert found.status == "fail" and "damaged" in found.detail


def test_a_missing_registry_fails(settings):
    found = run(settings, "storage")["storage.registry"]
    assert found.status == "fail" and "no registry file" in found.detail


def test_registry_integrity_through_the_service_layer(inboxes):
    assert inboxes.registry_problems() == []
    assert inboxes.newest_time() is None
    inboxes.create()
    assert inboxes.newest_time() == pytest.approx(time.time(), abs=5)


def test_disk_thresholds_with_a_stubbed_statvfs(settings, monkeypatch):
    """The arithmetic alone (the real tmpfs test below covers the file system)."""
    real = os.statvfs(settings["DATA_DIR"])

    def fake(free_bytes, free_inodes, files=100_000):
        class Usage:
            f_frsize, f_bavail, f_files, f_favail = 1024, free_bytes // 1024, files, free_inodes
        monkeypatch.setattr(storage.os, "statvfs", lambda path: Usage)

    tight = dict(settings, DISK_RESERVE=1 << 20, MAX_MESSAGE_SIZE=1 << 20, MAILBOX_MAX_BYTES=4 << 20)
    fake(100 << 20, 50_000)
    assert run(tight, "storage")["storage.disk"].status == "ok"
    fake(5 << 20, 50_000)
    assert run(tight, "storage")["storage.disk"].status == "warn"
    fake(1 << 20, 50_000)
    assert run(tight, "storage")["storage.disk"].status == "fail"
    fake(100 << 20, 100)
    assert run(tight, "storage")["storage.inodes"].status == "fail"
    fake(100 << 20, 3000)
    assert run(tight, "storage")["storage.inodes"].status == "warn"
    fake(100 << 20, 0, files=0)
    assert run(tight, "storage")["storage.inodes"].status == "ok"
    assert real.f_bsize  # the real call still works outside the stub


@pytest.fixture
def tiny_disk():
    """A data folder on a 1 MiB tmpfs with 1000 inodes (mounting needs root)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the stubbed statvfs test above ran instead")
    path = helpers.make_data_dir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,nr_inodes=1000,mode=2770",
                              "tmpfs", path], capture_output=True, text=True)
    if mounted.returncode != 0:
        helpers.remove_tree(path)
        pytest.fail(f"cannot mount a tmpfs as root: {mounted.stderr.strip()}")
    try:
        eximctl.prepare(path)
        yield path
    finally:
        subprocess.run(["umount", path], check=True)
        helpers.remove_tree(path)


def test_a_full_tmpfs_fails_and_passes_when_emptied(tiny_disk):
    settings = helpers.settings(tiny_disk, DISK_RESERVE=256 * 1024, MAX_MESSAGE_SIZE=64 * 1024,
                                MAILBOX_MAX_BYTES=64 * 1024)
    Inboxes(settings).ensure_ready()
    assert run(settings, "storage")["storage.disk"].status == "ok"
    filler = os.path.join(tiny_disk, "mail", "filler")
    with open(filler, "wb") as handle:
        handle.write(b"\0" * (800 * 1024))
    found = run(settings, "storage")["storage.disk"]
    assert found.status == "fail" and "refused" in found.detail
    os.unlink(filler)
    assert run(settings, "storage")["storage.disk"].status == "ok"
    assert run(settings, "storage")["storage.inodes"].status == "ok"
    folder = os.path.join(tiny_disk, "mail", "many")
    os.mkdir(folder)
    for number in range(900):
        open(os.path.join(folder, str(number)), "wb").close()
    found = run(settings, "storage")["storage.inodes"]
    assert found.status == "fail", found


# --- lifecycle ------------------------------------------------------------------------------

def test_purge_writes_a_stamp_the_doctor_reads(settings, inboxes):
    found = run(settings, "lifecycle")
    assert found["lifecycle.purge"].status == "warn"          # never ran
    assert "never" in found["lifecycle.purge"].detail
    purge.purge(inboxes)
    stamp = purge.last_run(settings["DATA_DIR"])
    assert stamp.complete and stamp.at == pytest.approx(time.time(), abs=5)
    assert os.stat(os.path.join(settings["DATA_DIR"], purge.STAMP)).st_mode & 0o007 == 0
    assert run(settings, "lifecycle")["lifecycle.purge"].status == "ok"
    purge.purge(inboxes, dry_run=True)                        # a dry run is not a run
    assert purge.last_run(settings["DATA_DIR"]) == stamp


def test_an_aged_purge_stamp_fails(settings, inboxes):
    purge.purge(inboxes)
    path = os.path.join(settings["DATA_DIR"], purge.STAMP)
    with open(path, "w") as handle:
        json.dump({"at": time.time() - 3 * 3600, "complete": True}, handle)
    found = run(settings, "lifecycle")["lifecycle.purge"]
    assert found.status == "fail" and "3.0 h ago" in found.detail
    assert run(settings, "lifecycle", purge_max_age=4 * 3600)["lifecycle.purge"].status == "ok"
    runner = create_app({"DATA_DIR": settings["DATA_DIR"], "DOMAINS": helpers.DOMAIN,
                         "RATELIMIT_STORAGE_URI": "memory://"}).test_cli_runner()
    args = ["tempmail", "doctor", "--only", "lifecycle"]
    assert runner.invoke(args=args).exit_code == 1
    assert runner.invoke(args=args + ["--purge-age", str(4 * 3600)]).exit_code == 0
    assert runner.invoke(args=args + ["--purge-age", "-1"]).exit_code == 2
    with open(path, "w") as handle:
        json.dump({"at": time.time() - 60, "complete": False}, handle)
    assert run(settings, "lifecycle")["lifecycle.purge"].status == "warn"
    with open(path, "w") as handle:
        handle.write("garbage")
    assert run(settings, "lifecycle")["lifecycle.purge"].status == "fail"


def test_expired_inboxes_are_counted(settings, inboxes):
    inboxes.create(lifetime=0.01)
    inboxes.create(lifetime=0.01)
    time.sleep(0.05)
    found = run(settings, "lifecycle")["lifecycle.expired"]
    assert found.status == "warn" and found.detail.startswith("2 expired")  # and purge never ran
    purge.purge(inboxes)
    found = run(settings, "lifecycle")["lifecycle.expired"]
    assert found.status == "ok" and found.detail.startswith("0 expired")


def test_a_registry_written_by_a_clock_ahead_fails(settings, inboxes):
    assert run(settings, "lifecycle")["lifecycle.clock"].status == "ok"
    inboxes.registry.add("future@tm.test", "f" * 32, "token-" * 8, 3600, now=time.time() + 3600)
    found = run(settings, "lifecycle")["lifecycle.clock"]
    assert found.status == "fail" and "ahead" in found.detail
    assert "future@tm.test" not in found.detail
    assert run(settings, "lifecycle", clock=lambda: time.time() + 3600)[
        "lifecycle.clock"].status == "ok"


# --- web ------------------------------------------------------------------------------------

def test_healthz_that_nothing_answers_fails(settings):
    url = f"http://127.0.0.1:{helpers.free_port()}"
    found = run(settings, "web", url=url, timeout=2.0)["web.healthz"]
    assert found.status == "fail" and "does not answer" in found.detail
    found = run(settings, "web", url="ftp://example.org")["web.healthz"]
    assert found.status == "fail"


def test_secret_key_checks(settings, app):
    key_file = os.path.join(settings["DATA_DIR"], "secret_key")
    assert os.path.exists(key_file)                           # the app made it
    assert run(settings, "web")["web.secret-key"].status == "ok"
    os.chmod(key_file, 0o644)
    found = run(settings, "web")["web.secret-key"]
    assert found.status == "fail" and "chmod 0600" in found.fix
    os.unlink(key_file)
    assert run(settings, "web")["web.secret-key"].status == "warn"
    keyed = helpers.settings(settings["DATA_DIR"], SECRET_KEY="ab" * 32)
    assert run(keyed, "web")["web.secret-key"].status == "warn"   # long but two characters
    keyed = helpers.settings(settings["DATA_DIR"], SECRET_KEY="0123456789abcdef" * 4)
    assert run(keyed, "web")["web.secret-key"].status == "ok"
    found = doctor.run(environ={"TEMPMAIL_SECRET_KEY": "replace-with-64-hex-characters",
                                "TEMPMAIL_DATA_DIR": settings["DATA_DIR"]})
    assert found[0].name == "settings" and found[0].status == "fail"


def test_redis_reachable_or_not(settings):
    port = helpers.free_port()
    down = helpers.settings(settings["DATA_DIR"], RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{port}/0")
    found = run(down, "web", timeout=2.0)["web.redis"]
    assert found.status == "fail" and f"127.0.0.1:{port}" in found.detail
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1",
                               "--save", "", "--appendonly", "no"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert helpers.port_open(port, server, timeout=20)
        assert run(down, "web")["web.redis"].status == "ok"
    finally:
        helpers.stop_process(server)
    assert run(settings, "web")["web.redis"].status == "ok"     # memory://: nothing to reach


@pytest.mark.parametrize(("values", "status"), [
    ({}, "ok"),
    ({"CAPTCHA": "on"}, "fail"),
    ({"CAPTCHA": "on", "CAPTCHA_SITE_KEY": "site", "CAPTCHA_SECRET": "secret"}, "ok"),
    ({"CAPTCHA": "on", "CAPTCHA_SITE_KEY": "site", "CAPTCHA_SECRET": "secret",
      "CAPTCHA_VERIFY_URL": "http://www.google.com/recaptcha/api/siteverify"}, "fail"),
    ({"CAPTCHA": "on", "CAPTCHA_SITE_KEY": "site", "CAPTCHA_SECRET": "secret",
      "CAPTCHA_VERIFY_URL": "https://api.hcaptcha.com/siteverify"}, "fail"),
    ({"CAPTCHA": "on", "CAPTCHA_SITE_KEY": "site", "CAPTCHA_SECRET": "secret",
      "CAPTCHA_VERIFY_URL": "https://api.hcaptcha.com/siteverify",
      "CAPTCHA_SCRIPT": "https://js.hcaptcha.com/1/api.js"}, "ok"),
])
def test_captcha_coherence(settings, values, status):
    configured = helpers.settings(settings["DATA_DIR"], **values)
    assert run(configured, "web")["web.captcha"].status == status


def test_a_captcha_mode_of_our_own_is_not_called_incoherent(settings):
    """A mode config.load accepts that needs no keys (e.g. a proof of work) passes."""
    configured = dict(settings, CAPTCHA="pow")
    found = run(configured, "web")["web.captcha"]
    assert found.status == "ok" and "pow" in found.detail


def test_python_m_doctor_reports_a_setting_the_app_could_not_start_with(data_dir):
    env = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir, TEMPMAIL_LIFETIME="soon")
    done = subprocess.run([sys.executable, "-m", "tempmail.doctor", "--json"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert json.loads(done.stdout)[0]["name"] == "settings"
    done = subprocess.run([sys.executable, "-m", "tempmail.doctor", "--only", "bogus"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
