"""Encryption at rest end to end: real Exim, the router service, the site and the API.

Mail arrives through Exim and the router, is read on the site and through the
API; the whole data folder (Exim's spool included) holds the subject and body
only as ciphertext while the inbox lives; after delete, the Maildir files copied
before, with the registry file in hand (and even the token), give nothing back.
"""

import http.cookiejar
import os
import re
import shutil
import sqlite3
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tempmail import maildir, registry, sealing

import helpers

pytestmark = pytest.mark.integration

SUBJECT = "Encrypted-subject-5be1c9"
BODY = "Encrypted-body-c0ffee-77 with your code 640213"
PICTURE = b"GIF89a-inline-picture-d00d" * 8


def message(address):
    import base64
    picture = base64.encodebytes(PICTURE).decode()
    return (f"From: Shop <shop@example.test>\r\nTo: {address}\r\nSubject: {SUBJECT}\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=zz\r\n\r\n"
            "--zz\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            f"<p>{BODY}</p><img src=\"cid:pic@shop\">\r\n"
            "--zz\r\nContent-Type: image/gif; name=p.gif\r\nContent-ID: <pic@shop>\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{picture}--zz--\r\n").encode()


NEEDLES = (SUBJECT.encode(), b"Encrypted-body-c0ffee-77", b"640213", b"inline-picture-d00d")


def hits(folder):
    """Return (file, needle) for every file under folder holding a needle in plain text."""
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError:   # a socket, a fifo
                continue
            found += [(path, needle) for needle in NEEDLES if needle in data]
    return found


class Web:
    """A browser-like client of the stack: cookies kept, forms posted with their CSRF token."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path, token=None):
        request = urllib.request.Request(self.base + path, headers={
            **({"Authorization": "Bearer " + token} if token else {})})
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def post(self, path, fields):
        page = self.get(path)[1].decode()
        csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        request = urllib.request.Request(
            self.base + path, data=urllib.parse.urlencode(dict(fields, csrf_token=csrf)).encode(),
            headers={"Origin": self.base})
        with self.opener.open(request, timeout=60) as response:
            return response.status, response.read()

    def api(self, method, path, token=None, body=None):
        return helpers.api_call(self.base, method, path, token, body)


@pytest.fixture(scope="module")
def own_stack():
    running = helpers.Stack()
    yield running
    running.stop()
    helpers.remove_tree(running.data_dir)


def wait_for_mail(web, token):
    status, listing = web.api("GET", "/inbox/messages?wait=30", token)
    assert status == 200 and len(listing["messages"]) == 1, listing
    return listing["messages"][0]


def test_mail_is_ciphertext_on_disk_readable_with_the_token_and_gone_after_delete(own_stack,
                                                                                    tmp_path):
    web = Web(own_stack.url)
    status, inbox = web.api("POST", "/inboxes", body={"lifetime": 600})
    assert status == 201
    own_stack.send(inbox["address"], message(inbox["address"]))
    item = wait_for_mail(web, inbox["token"])
    assert item["subject"] == SUBJECT

    # The API reads it all.
    status, read = web.api("GET", f"/inbox/messages/{item['id']}", inbox["token"])
    assert status == 200 and read["codes"][0] == "640213" and BODY in (read["html"] or "")
    status, raw = web.get(f"/api/v1/inbox/messages/{item['id']}/raw", inbox["token"])
    assert status == 200 and SUBJECT.encode() in raw and BODY.encode() in raw

    # The site reads it all: the inbox opened on "another device" with its token.
    assert web.post("/open", {"token": inbox["token"]})[0] == 200
    status, page = web.get("/")
    assert status == 200 and SUBJECT in page.decode()
    status, page = web.get(f"/m/{item['id']}")
    assert status == 200 and SUBJECT in page.decode()
    status, frame = web.get(f"/m/{item['id']}/frame")
    assert status == 200 and BODY in frame.decode()
    [part] = re.findall(r'src="(/p/[^"]+)"', frame.decode())
    stranger = Web(own_stack.url)   # the sandboxed frame's request carries no cookie
    assert stranger.get(part) == (200, PICTURE)

    # While the inbox lives: no plain byte of it anywhere under the data folder.
    data_dir = own_stack.data_dir
    assert os.path.isdir(os.path.join(data_dir, "exim", "spool"))
    assert hits(data_dir) == []
    mailbox = os.path.join(maildir.root_in(data_dir), read_mailbox_id(data_dir, inbox["address"]))
    files = [os.path.join(root, name) for root, _, names in os.walk(mailbox) for name in names]
    assert any("/new/" in path or "/cur/" in path for path in files)
    assert any("/.cache/" in path for path in files)   # renderings were cached: sealed too
    for path in files:
        with open(path, "rb") as handle:
            assert sealing.is_sealed(handle.read(len(sealing.MAGIC))), path

    [wrapped_before] = [row[2] for row in read_rows(registry.path_in(data_dir))
                        if row[0] == inbox["address"]]
    # Copies of the mailbox taken before the delete; while the key lives, the registry file
    # and the token open them (this is how to read them, so it must fail after the delete).
    copies = tmp_path / "copies"
    shutil.copytree(mailbox, copies)
    registry_file = registry.path_in(data_dir)
    assert any(SUBJECT.encode() in plain for plain in opened_with(registry_file, inbox["token"],
                                                                   copies))
    assert web.api("DELETE", "/inbox", inbox["token"])[0] == 204
    assert not os.path.exists(mailbox)

    # With the registry file in hand, and even the token, nothing opens the copies.
    assert inbox["address"] not in {row[0] for row in read_rows(registry_file)}
    assert opened_with(registry_file, inbox["token"], copies) == []
    for suffix in ("", "-wal"):   # the wrapped key is not left in the file's free pages either
        if os.path.exists(registry_file + suffix):
            with open(registry_file + suffix, "rb") as handle:
                assert wrapped_before not in handle.read()
    assert hits(copies) == [] and hits(data_dir) == []
    assert web.api("GET", "/inbox", inbox["token"])[0] == 401


def read_mailbox_id(data_dir, address):
    conn = sqlite3.connect(registry.path_in(data_dir))
    try:
        return conn.execute("SELECT mailbox_id FROM addresses WHERE address = ?",
                            (address,)).fetchone()[0]
    finally:
        conn.close()


def opened_with(registry_file, token, folder):
    """Return the plain contents of every file under folder that a key in the registry file,
    unwrapped with token, opens (message files; cache files count too)."""
    keys = []
    for _, public, wrapped in read_rows(registry_file):
        if public is not None:
            try:
                keys.append(sealing.unwrap(wrapped, token, public))
            except sealing.Unreadable:
                pass
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            for key in keys:
                with open(path, "rb") as handle:
                    blob = handle.read()
                try:
                    found.append(sealing.open_cache(key.cache_key, name, blob))
                    continue
                except sealing.Unreadable:
                    pass
                try:
                    with sealing.SealedFile(os.open(path, os.O_RDONLY), key) as reader:
                        found.append(reader.read())
                except sealing.Unreadable:
                    pass
    return found


def read_rows(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT address, public_key, wrapped_key FROM addresses").fetchall()
    finally:
        conn.close()


def test_a_plain_mailbox_from_before_still_gets_and_shows_its_mail(own_stack):
    """An address registered before encryption at rest (no key pair) works until it expires."""
    service = helpers.Inboxes(helpers.settings(own_stack.data_dir))
    address, token, mailbox_id = helpers.plain_inbox(service)
    own_stack.send(address, message(address))
    web = Web(own_stack.url)
    item = wait_for_mail(web, token)
    assert item["subject"] == SUBJECT
    status, read = web.api("GET", f"/inbox/messages/{item['id']}", token)
    assert status == 200 and read["codes"][0] == "640213"
    [name] = os.listdir(os.path.join(service.mail_root, mailbox_id, "new"))
    with open(os.path.join(service.mail_root, mailbox_id, "new", name), "rb") as handle:
        assert SUBJECT.encode() in handle.read()   # plain, as it always was
    assert web.api("DELETE", "/inbox", token)[0] == 204
