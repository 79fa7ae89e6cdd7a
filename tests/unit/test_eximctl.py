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
