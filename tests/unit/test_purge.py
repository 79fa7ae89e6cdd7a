import io
import os
import shutil
import threading
import time

import pytest

from tempmail import maildir, purge, router
from tempmail.inboxes import InboxError, Inboxes

import helpers


class Clock:
    def __init__(self, now=1_800_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def inboxes(data_dir, clock):
    service = Inboxes(helpers.settings(data_dir), clock=clock)
    service.ensure_ready()
    return service


def deliver(data_dir, address, body, clock=None):
    local_part, domain = address.split("@")
    return router.main(["--data-dir", data_dir], io.BytesIO(body),
                       {"LOCAL_PART": local_part, "DOMAIN": domain}, clock=clock)


def test_purge_removes_expired_mailboxes_and_keeps_live_ones(data_dir, inboxes, clock):
    old = inboxes.create(lifetime=60)
    young = inboxes.create(lifetime=3600)
    for issued in (old, young):
        for i in range(3):
            assert deliver(data_dir, issued.address, b"Subject: %d\n\nbody\n" % i, clock) == 0
    clock.now += 61
    counts = purge.purge(inboxes)
    assert (counts.mailboxes, counts.messages) == (1, 3)
    assert counts.bytes == 3 * len(b"Subject: 0\n\nbody\n")
    assert counts.summary() == (f"purged 1 mailboxes, 3 messages, {counts.bytes} bytes "
                                "(0 orphan folders, 0 stale tmp files)")
    assert not os.path.exists(inboxes.mailbox_path(old.entry))
    assert len(maildir.list_ids(inboxes.mailbox_path(young.entry))) == 3
    assert inboxes.find(old.address) is None and inboxes.find(young.address) is not None
    assert inboxes.registry.counts(clock.now) == (1, 0, 1)
    with pytest.raises(InboxError):
        inboxes.create(name=old.address.split("@")[0], domain=old.address.split("@")[1])


def test_an_expired_address_is_refused_before_any_purge(data_dir, inboxes, clock):
    issued = inboxes.create(lifetime=60)
    clock.now += 60
    assert inboxes.find(issued.address) is None
    assert deliver(data_dir, issued.address, b"x", clock) == router.EX_NOUSER


def test_inactivity_expires_early_and_activity_keeps_alive(data_dir, clock):
    service = Inboxes(helpers.settings(data_dir, INACTIVITY=600), clock=clock)
    idle, busy = service.create(lifetime=3600), service.create(lifetime=3600)
    clock.now += 500
    assert deliver(data_dir, busy.address, b"x", clock) == 0
    clock.now += 200
    assert service.find(idle.address) is None
    assert service.find(busy.address) is not None
    assert purge.purge(service).mailboxes == 1


def test_dry_run_counts_and_removes_nothing(data_dir, inboxes, clock):
    issued = inboxes.create(lifetime=60)
    deliver(data_dir, issued.address, b"hello", clock)
    clock.now += 120
    counts = purge.purge(inboxes, dry_run=True)
    assert (counts.mailboxes, counts.messages, counts.bytes) == (1, 1, 5)
    assert counts.summary(dry_run=True).startswith("would purge 1 mailboxes")
    assert os.path.isdir(inboxes.mailbox_path(issued.entry))
    assert inboxes.registry.counts(clock.now) == (0, 1, 0)


def test_orphan_folders_go_after_a_grace_period(inboxes, clock):
    orphan = os.path.join(inboxes.mail_root, "f" * 32)
    maildir.create(inboxes.mail_root, "f" * 32)
    assert purge.purge(inboxes, now=time.time()).orphans == 0
    assert purge.purge(inboxes, now=time.time() + purge.ORPHAN_GRACE + 1).orphans == 1
    assert not os.path.exists(orphan)


def test_symlinks_are_removed_never_followed(data_dir, inboxes, clock, tmp_path):
    outside = tmp_path / "precious"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    issued = inboxes.create(lifetime=60)
    box = inboxes.mailbox_path(issued.entry)
    os.symlink(outside, os.path.join(box, "new", "link"))
    os.symlink(outside / "keep.txt", os.path.join(box, "cur", "filelink"))
    os.symlink(outside, os.path.join(inboxes.mail_root, "planted"))
    clock.now += 61
    purge.purge(inboxes, now=clock.now)
    assert (outside / "keep.txt").read_text() == "keep"
    assert not os.path.lexists(box)
    assert not os.path.lexists(os.path.join(inboxes.mail_root, "planted"))


def test_a_mailbox_folder_replaced_by_a_symlink_is_unlinked(inboxes, clock, tmp_path):
    outside = tmp_path / "precious"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    issued = inboxes.create(lifetime=60)
    box = inboxes.mailbox_path(issued.entry)
    shutil.rmtree(box)
    os.symlink(outside, box)
    clock.now += 61
    purge.purge(inboxes)
    assert (outside / "keep.txt").read_text() == "keep"
    assert not os.path.lexists(box)


def test_stale_tmp_files_go_fresh_ones_stay(inboxes, clock):
    issued = inboxes.create(lifetime=10 ** 7)
    tmp = os.path.join(inboxes.mailbox_path(issued.entry), "tmp")
    for name, age in (("old", purge.STALE_TMP + 60), ("fresh", 60)):
        path = os.path.join(tmp, name)
        open(path, "w").close()
        os.utime(path, (time.time() - age, time.time() - age))
    assert purge.purge(inboxes, now=time.time()).stale == 1
    assert os.listdir(tmp) == ["fresh"]


def test_a_second_purge_waits_for_the_lock_then_says_so(inboxes):
    with purge._lock(inboxes.data_dir, 1):
        started = time.monotonic()
        with pytest.raises(purge.PurgeError, match="another purge is running"):
            purge.purge(inboxes, wait=0.3)
        assert time.monotonic() - started >= 0.3


def test_a_purge_killed_midway_is_finished_by_the_next(data_dir, inboxes, clock, monkeypatch):
    issued = [inboxes.create(lifetime=60) for _ in range(6)]
    for item in issued:
        deliver(data_dir, item.address, b"Subject: bye\n\nbody\n", clock)
    keep = inboxes.create(lifetime=3600)
    clock.now += 61
    real = shutil.rmtree
    calls = []

    def dying(path, *args, **kwargs):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt("killed")
        return real(path, *args, **kwargs)
    monkeypatch.setattr(maildir.shutil, "rmtree", dying)
    with pytest.raises(KeyboardInterrupt):
        purge.purge(inboxes)
    monkeypatch.undo()
    assert all(inboxes.find(item.address) is None for item in issued)
    left = [item for item in issued if os.path.exists(inboxes.mailbox_path(item.entry))]
    assert left  # the kill really left work behind
    counts = purge.purge(inboxes, now=clock.now + purge.ORPHAN_GRACE + 1)
    assert counts.orphans == len(left)
    assert os.listdir(inboxes.mail_root) == [keep.entry.mailbox_id]


def test_purge_racing_deliveries_and_readers_loses_no_live_message(data_dir):
    inboxes = Inboxes(helpers.settings(data_dir))
    errors, delivered = [], []
    stop = threading.Event()

    def purger():
        while not stop.is_set():
            try:
                purge.purge(inboxes, wait=60)
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(f"purge: {exc!r}")

    def reader(live):
        while not stop.is_set():
            for issued in list(live):
                try:
                    entry = inboxes.find(issued.address)
                    assert entry is not None, "a live address vanished"
                    for item in inboxes.list_messages(issued.entry):
                        inboxes.raw(issued.entry, item["id"])
                except Exception as exc:  # pragma: no cover - reported below
                    errors.append(f"read: {exc!r}")

    from tempmail import create_app
    web = create_app({"DATA_DIR": data_dir, "DOMAINS": f"{helpers.DOMAIN},{helpers.OTHER_DOMAIN}",
                      "TESTING": True, "RATELIMIT_STORAGE_URI": "memory://",
                      "POLL_LIMIT": "1000000 per minute"}).test_client()
    doomed_tokens = []

    def web_reader(live):
        while not stop.is_set():
            for issued in list(live)[-5:] + doomed_tokens[-5:]:
                auth = {"Authorization": f"Bearer {issued.token}"}
                listing = web.get("/api/v1/inbox/messages", headers=auth)
                if listing.status_code >= 500:
                    errors.append(f"web list: {listing.status_code}")
                    continue
                if listing.status_code != 200:
                    if issued in live:
                        errors.append(f"web: a live inbox answered {listing.status_code}")
                    continue
                for item in listing.json["messages"]:
                    status = web.get(f"/api/v1/inbox/messages/{item['id']}", headers=auth).status_code
                    if status >= 500 or (status != 200 and issued in live):
                        errors.append(f"web read: {status}")

    live = []
    threads = [threading.Thread(target=purger), threading.Thread(target=reader, args=(live,)),
               threading.Thread(target=web_reader, args=(live,))]
    for thread in threads:
        thread.start()
    try:
        for round_ in range(100):
            keeper = inboxes.create(lifetime=3600)
            live.append(keeper)
            doomed = inboxes.create(lifetime=0.02)
            doomed_tokens.append(doomed)
            body = b"Subject: round %d\n\nbody\n" % round_
            status = deliver(data_dir, keeper.address, body)
            if status != 0:
                errors.append(f"delivery to a live address: {status}")
            delivered.append((keeper, body))
            deliver(data_dir, doomed.address, body)  # may land or be refused; never an error
    finally:
        stop.set()
        for thread in threads:
            thread.join(60)
    assert errors == []
    for keeper, body in delivered:
        path = inboxes.mailbox_path(inboxes.find(keeper.address))
        assert [inboxes.raw(keeper.entry, m) for m in maildir.list_ids(path)] == [body]
    purge.purge(inboxes, now=time.time() + 1)
    assert inboxes.registry.counts()[:2] == (100, 0)
