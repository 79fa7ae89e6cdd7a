import errno
import io
import os
import sqlite3
import time

import pytest

from tempmail import delivery, maildir, router
from tempmail.inboxes import Inboxes

import helpers

MESSAGE = b"From: a@example.org\nSubject: hi\n\nbody\n"


@pytest.fixture
def inboxes(data_dir):
    service = Inboxes(helpers.settings(data_dir))
    service.ensure_ready()
    return service


@pytest.fixture
def issued(inboxes):
    return inboxes.create(domain=helpers.DOMAIN)


def env_for(address):
    local_part, domain = address.split("@")
    return {"LOCAL_PART": local_part, "DOMAIN": domain}


def box(inboxes, issued):
    return inboxes.mailbox_path(issued.entry)


def files_in(path, sub):
    return os.listdir(os.path.join(path, sub))


def run(data_dir, address, *extra, data=MESSAGE):
    return router.main(["--data-dir", data_dir, *extra], io.BytesIO(data), env_for(address))


def test_delivers_and_exits_0(data_dir, inboxes, issued):
    assert run(data_dir, issued.address) == router.EX_OK
    [message_id] = maildir.list_ids(box(inboxes, issued))
    assert inboxes.raw(issued.entry, message_id) == MESSAGE


def test_recipient_case_does_not_matter(data_dir, inboxes, issued):
    assert run(data_dir, issued.address.upper()) == router.EX_OK


def test_unknown_and_expired_addresses_exit_67(data_dir, inboxes):
    assert run(data_dir, f"nobody@{helpers.DOMAIN}") == router.EX_NOUSER
    issued = inboxes.create(lifetime=0.01)
    time.sleep(0.05)
    assert run(data_dir, issued.address) == router.EX_NOUSER
    assert files_in(inboxes.mailbox_path(issued.entry), "new") == []


@pytest.mark.parametrize("argv,environ", [
    ([], {"LOCAL_PART": "a", "DOMAIN": "b"}),
    (["--data-dir"], {"LOCAL_PART": "a", "DOMAIN": "b"}),
    (["--data-dir", "/x", "--bogus", "1"], {"LOCAL_PART": "a", "DOMAIN": "b"}),
    (["--data-dir", "/x", "--max-messages", "many"], {"LOCAL_PART": "a", "DOMAIN": "b"}),
    (["--data-dir", "/x"], {}),
])
def test_usage_errors_defer_with_a_message(argv, environ, capsys):
    assert router.main(argv, io.BytesIO(MESSAGE), environ) == router.EX_TEMPFAIL
    assert "usage: router" in capsys.readouterr().err


@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EIO, errno.EDQUOT])
@pytest.mark.parametrize("call", ["write", "fsync"])
def test_disk_faults_exit_75_and_leave_no_file(data_dir, inboxes, issued, monkeypatch, capsys,
                                               failure, call):
    def broken(*args):
        raise OSError(failure, os.strerror(failure))
    monkeypatch.setattr(delivery.os, call, broken)
    assert run(data_dir, issued.address) == router.EX_TEMPFAIL
    monkeypatch.undo()
    assert files_in(box(inboxes, issued), "new") == []
    assert files_in(box(inboxes, issued), "tmp") == []
    err = capsys.readouterr().err
    expected = "insufficient storage" if failure != errno.EIO else "storage error"
    assert expected in err and issued.address not in err


def test_an_unexpected_exception_defers(data_dir, issued, monkeypatch):
    monkeypatch.setattr(delivery, "store", lambda *a, **k: 1 / 0)
    assert run(data_dir, issued.address) == router.EX_TEMPFAIL


def test_a_missing_registry_defers(data_dir, issued):
    os.rename(os.path.join(data_dir, "registry.sqlite3"), os.path.join(data_dir, "moved"))
    assert run(data_dir, issued.address) == router.EX_TEMPFAIL
    assert not os.path.exists(os.path.join(data_dir, "registry.sqlite3"))


def test_a_missing_mailbox_folder_defers(data_dir, inboxes, issued):
    os.rename(box(inboxes, issued), box(inboxes, issued) + ".away")
    assert run(data_dir, issued.address) == router.EX_TEMPFAIL


def test_a_full_mailbox_drops_its_oldest(data_dir, inboxes, issued):
    for i in range(5):
        assert run(data_dir, issued.address, "--max-messages", "3",
                   data=b"Subject: %d\n\n" % i) == router.EX_OK
    kept = [inboxes.raw(issued.entry, m) for m in maildir.list_ids(box(inboxes, issued))]
    assert kept == [b"Subject: 4\n\n", b"Subject: 3\n\n", b"Subject: 2\n\n"]


def test_delivery_records_activity(data_dir, inboxes):
    issued = inboxes.create(lifetime=3600)
    inboxes.registry.touch(issued.address, now=0)  # no-op: never moves backwards
    with sqlite3.connect(inboxes.registry.path) as conn:
        conn.execute("UPDATE addresses SET last_activity = last_activity - 3000")
    conn.close()
    before = inboxes.registry.lookup(issued.address).last_activity
    assert run(data_dir, issued.address) == router.EX_OK
    assert inboxes.registry.lookup(issued.address).last_activity > before + 2900




def test_the_mail_path_imports_nothing_of_the_web_stack():
    import subprocess
    import sys
    code = ("import sys, tempmail.lmtp_service, tempmail.router;"
            "names = {n.split('.')[0] for n in sys.modules};"
            "print(sorted(names & {'flask', 'werkzeug', 'jinja2', 'bleach', 'gunicorn'}));"
            "import tempmail.delivery, tempmail.registry, tempmail.maildir;"
            "print(sorted(names - set(sys.stdlib_module_names) - {'tempmail', '__main__',"
            " 'aiosmtpd', 'attr', 'public', 'atpublic', '_distutils_hack', 'sitecustomize',"
            " 'usercustomize', 'nacl', '_sodium', '_cffi_backend'}"   # PyNaCl: encryption at rest
            " - {n for n in names if n.startswith('__editable__')}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=helpers.ROOT, capture_output=True,
                         text=True, check=True).stdout.split("\n")
    assert out[:2] == ["[]", "[]"]
