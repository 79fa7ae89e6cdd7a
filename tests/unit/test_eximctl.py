"""eximctl: which folder keeps Exim's user (and the router it runs as root) out."""

import os
import pathlib
import tempfile

import pytest

from tempmail import eximctl

import helpers


@pytest.fixture
def open_dir():
    """A folder under /tmp that everyone may enter (pytest's open_dir is 0700)."""
    path = tempfile.mkdtemp(prefix="tempmail-eximctl-", dir="/tmp")
    os.chmod(path, 0o755)
    yield pathlib.Path(path)
    helpers.remove_tree(path)


def test_the_first_folder_others_cannot_enter_is_named(open_dir):
    private = open_dir / "private"
    (private / "inner").mkdir(parents=True)
    os.chmod(private, 0o700)
    assert eximctl.blocking_folder(str(private / "inner" / "data"), "nobody") == str(private)
    os.chmod(private, 0o711)
    assert eximctl.blocking_folder(str(private / "inner" / "data"), "nobody") is None
    assert eximctl.blocking_folder(str(private / "missing" / "data"), "nobody") is None


def test_a_checkout_the_router_cannot_read_is_named(open_dir, monkeypatch):
    if os.geteuid() != 0:
        pytest.skip("the router runs as the caller when not root: it can read what we can")
    private = open_dir / "checkout"
    (private / "tempmail").mkdir(parents=True)
    os.chmod(private, 0o700)
    monkeypatch.setattr(eximctl, "APP_DIR", str(private))
    monkeypatch.setattr(eximctl.sys, "prefix", str(open_dir))  # a virtualenv others may read
    with pytest.raises(eximctl.Unreachable) as refused:
        eximctl.check_code_reachable()
    assert str(private) in str(refused.value) and "chmod o+x" in str(refused.value)
    assert eximctl.router_user_kwargs() == {}  # then the router runs as the caller (root)
    os.chmod(private, 0o755)
    eximctl.check_code_reachable()
    assert eximctl.router_user_kwargs()["user"] != 0


def test_a_registry_url_becomes_an_exim_pgsql_server_entry():
    assert eximctl.pgsql_servers("postgresql://tm:s3cr:et@db.example:6432/tempmail") == \
        "db.example::6432/dbname=tempmail connect_timeout=3/tm/s3cr::et"
    assert eximctl.pgsql_servers("postgres://u@127.0.0.1/reg") == \
        "127.0.0.1::5432/dbname=reg connect_timeout=3/u/"
    for bad in ("mysql://u@h/db", "postgresql:///db", "postgresql://u:a/b@h/db",
                "postgresql://u:a%20b@h/db", "postgresql://u@h/d'b"):
        with pytest.raises(eximctl.BadRegistryURL):
            eximctl.pgsql_servers(bad)


def test_tempmail_spamd_becomes_exims_spamd_address():
    assert eximctl.spamd_address("127.0.0.1:783") == "127.0.0.1 783"
    assert eximctl.spamd_address("spam.internal:7830") == "spam.internal 7830"
    assert eximctl.spamd_address("[::1]:783") == "<; ::1 783"
    assert eximctl.spamd_address("/run/spamd.sock") == "/run/spamd.sock"
    for bad in ("127.0.0.1", "host:port", "host:70000", "relative/path", "/a b", "a;b:1", ""):
        with pytest.raises(eximctl.BadSpamd, match="TEMPMAIL_SPAMD"):
            eximctl.spamd_address(bad)


def test_auth_checks_are_off_and_spamd_absent_unless_asked():
    plain = eximctl.macros("/tmp/tm", ["tm.test"])
    assert plain["TM_AUTH_CHECKS"] == "no" and "TM_SPAMD" not in plain
    asked = eximctl.macros("/tmp/tm", ["tm.test"], auth_checks=True, spamd="127.0.0.1:783")
    assert "TM_AUTH_CHECKS" not in asked and asked["TM_SPAMD"] == "127.0.0.1 783"


def test_macros_equal_to_the_files_defaults_are_not_passed(monkeypatch):
    monkeypatch.setattr(eximctl, "exim_identity", lambda: ("Debian-exim", "Debian-exim"))
    assert not {"TM_EXIM_USER", "TM_EXIM_GROUP"} & set(eximctl.macros("/tmp/tm", ["tm.test"]))
    monkeypatch.setattr(eximctl, "exim_identity", lambda: ("alice", "staff"))
    found = eximctl.macros("/tmp/tm", ["tm.test"])
    assert (found["TM_EXIM_USER"], found["TM_EXIM_GROUP"]) == ("alice", "staff")


def test_the_shipped_config_checks_mail_wherever_it_is_not_told_otherwise():
    import subprocess  # noqa: PLC0415
    exim = eximctl.exim_binary()

    def value(*defines):
        shown = subprocess.run([exim, "-C", eximctl.CONFIG, *defines, "-bP", "macro",
                                "TM_AUTH_CHECKS"], capture_output=True, text=True, check=True)
        return shown.stdout.strip().rpartition("=")[2].strip()
    assert value() == "yes"
    assert value("-DTM_NODE_DIR=/tmp/tm") == "yes"        # a cluster node checks mail too
    assert value("-DTM_NODE_DIR=/tmp/tm", "-DTM_AUTH_CHECKS=no") == "no"


def test_the_files_own_macros_are_read_from_it():
    defaults = eximctl.file_defaults()
    assert defaults["TM_SIZE_LIMIT"] == "10M" and defaults["TM_EXIM_USER"] == "Debian-exim"
    assert "TM_LIVE_STATE" not in defaults  # a macro continued over lines is not a plain value
    assert eximctl.size(10 << 20) == "10M" and eximctl.size(512 << 10) == "512K"
    assert eximctl.size(1000) == "1000"
    assert "TM_SIZE_LIMIT" not in eximctl.macros("/tmp/tm", ["tm.test"], TM_SIZE_LIMIT="10M")
    assert eximctl.macros("/tmp/tm", ["tm.test"], TM_SIZE_LIMIT="20M")["TM_SIZE_LIMIT"] == "20M"
    assert eximctl.macros("/var/lib/tempmail", ["tm.test"])["TM_DATA_DIR"] == "/var/lib/tempmail"


def test_more_macros_than_exim_takes_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(eximctl, "exim_identity", lambda: ("alice", "staff"))
    with pytest.raises(eximctl.TooManyMacros, match="Exim takes at most 10"):
        eximctl.macros("/tmp/tm", ["tm.test"], node_dir="/tmp/node", subdomain_bases=["b.test"],
                       spamd="127.0.0.1:783", TM_SIZE_LIMIT="20M", TM_PGSQL_SERVERS="h/db/u/p")


def test_make_run_says_so_in_one_line_before_starting_anything(tmp_path, monkeypatch, capsys):
    from tempmail import devserver  # noqa: PLC0415
    monkeypatch.setattr(eximctl, "exim_identity", lambda: ("alice", "staff"))
    monkeypatch.setattr(eximctl, "prepare", lambda *_: None)
    monkeypatch.setattr(eximctl, "check_code_reachable", lambda: None)
    started = []
    monkeypatch.setattr(devserver, "_start_router", lambda *_: started.append("router"))
    for name, value in {"DATA_DIR": tmp_path, "NODE_DIR": tmp_path / "node",
                        "DOMAINS": "tm.test", "SUBDOMAIN_DOMAINS": "b.test", "SPAMD": "127.0.0.1:783",
                        "MAX_MESSAGE_SIZE": str(20 << 20), "MAILBOX_MAX_BYTES": str(40 << 20),
                        "EXIM_LOG": "1", "REGISTRY_URL": "postgresql://u:p@127.0.0.1:5432/db"}.items():
        monkeypatch.setenv(f"TEMPMAIL_{name}", str(value))
    assert devserver.main() == 2 and started == []
    error = capsys.readouterr().err
    assert error.startswith("tempmail: configuration error:") and error.count("\n") == 1, error
