"""One delivery: outcomes, the redelivery key, symlinks, quotas and the disk reserve."""

import os

import pytest

from tempmail import delivery, diskguard, maildir, sealing

import helpers

LIMITS = delivery.Limits(max_messages=100, registry_timeout=1)


@pytest.fixture
def inboxes(data_dir):
    service = helpers.Inboxes(helpers.settings(data_dir))
    service.ensure_ready()
    return service


@pytest.fixture
def issued(inboxes):
    return inboxes.create(domain=helpers.DOMAIN)


def box(inboxes, issued):
    return inboxes.mailbox_path(issued.entry)


def test_the_exim_id_comes_from_the_first_received_header_only():
    message = (b"Return-path: <s@example.org>\nEnvelope-to: a@tm.test\n"
               b"Received: from [127.0.0.1]\n\tby vm with esmtp (Exim 4.96)\n"
               b"\tid 1xXykt-0003x5-0n\n\tfor a@tm.test; Mon, 30 Nov 2026\n"
               b"Received: by forged id 1AAAAA-BBBBBB-CC\nSubject: s\n\nid 1ZZZZZ-ZZZZZZ-ZZ\n")
    assert delivery.exim_message_id(message) == "1xXykt-0003x5-0n"
    assert delivery.exim_message_id(b"Subject: none\n\nReceived: id 1xXykt-0003x5-0n\n") is None
    key = delivery.delivery_key("1xXykt-0003x5-0n", "a@tm.test")
    assert key != delivery.delivery_key("1xXykt-0003x5-0n", "b@tm.test")
    assert delivery.delivery_key(None, "a@tm.test") is None and "a@tm" not in key


def test_outcomes(data_dir, inboxes, issued):
    assert delivery.deliver(data_dir, issued.address.upper(), b"S: 1\n", LIMITS) == \
        delivery.DELIVERED
    assert delivery.deliver(data_dir, f"nobody@{helpers.DOMAIN}", b"x", LIMITS) == \
        delivery.NO_SUCH_ADDRESS
    os.rename(box(inboxes, issued), box(inboxes, issued) + ".away")
    assert delivery.deliver(data_dir, issued.address, b"x", LIMITS) == delivery.MAILBOX_MISSING
    os.rename(os.path.join(data_dir, "registry.sqlite3"), os.path.join(data_dir, "moved"))
    assert delivery.deliver(data_dir, issued.address, b"x", LIMITS) == \
        delivery.REGISTRY_UNAVAILABLE


def test_the_same_key_is_stored_once_even_after_the_reader_moved_it(data_dir, inboxes, issued):
    key = delivery.delivery_key("1xXykt-0003x5-0n", issued.address)
    assert delivery.deliver(data_dir, issued.address, b"one\n", LIMITS, key) == delivery.DELIVERED
    assert delivery.deliver(data_dir, issued.address, b"one\n", LIMITS, key) == delivery.DUPLICATE
    [name] = os.listdir(os.path.join(box(inboxes, issued), "new"))
    os.rename(os.path.join(box(inboxes, issued), "new", name),
              os.path.join(box(inboxes, issued), "cur", name + ":2,S"))
    assert delivery.deliver(data_dir, issued.address, b"one\n", LIMITS, key) == delivery.DUPLICATE
    assert delivery.deliver(data_dir, issued.address, b"two\n", LIMITS) == delivery.DELIVERED
    assert len(maildir.list_ids(box(inboxes, issued))) == 2
    assert os.listdir(os.path.join(box(inboxes, issued), "tmp")) == []


@pytest.mark.parametrize("planted", ["new", "tmp", "cur", ""])
def test_a_symlink_in_the_mailbox_is_never_followed(data_dir, inboxes, issued, tmp_path, planted):
    outside = tmp_path / "outside"
    for sub in ("tmp", "new", "cur"):
        (outside / sub).mkdir(parents=True)
    target = os.path.join(box(inboxes, issued), planted) if planted else box(inboxes, issued)
    os.rename(target, str(target) + ".real")
    os.symlink(outside / planted if planted else outside, target)
    outcome = delivery.deliver(data_dir, issued.address, b"x\n", LIMITS)
    if planted == "cur":  # delivery writes only tmp/ and new/; a planted cur/ is never entered
        assert outcome == delivery.DELIVERED
    else:
        assert outcome in (delivery.STORAGE_ERROR, delivery.MAILBOX_MISSING)
    assert all(not os.listdir(outside / sub) for sub in ("tmp", "new", "cur"))


def test_the_byte_quota_drops_the_oldest(data_dir, inboxes, issued):
    # The quota counts bytes on disk: a sealed message of 10 bytes takes 10 + sealing's overhead.
    sealed = len(sealing.seal(b"message 0\n", issued.entry.public_key))
    limits = delivery.Limits(max_messages=100, max_bytes=2 * sealed + 5, registry_timeout=1)
    for i in range(5):
        assert delivery.deliver(data_dir, issued.address, b"message %d\n" % i, limits) == \
            delivery.DELIVERED
    kept = [inboxes.raw(issued.entry, m) for m in maildir.list_ids(box(inboxes, issued))]
    assert kept == [b"message 4\n", b"message 3\n"]


def test_below_the_disk_reserve_nothing_is_written(data_dir, inboxes, issued):
    free = diskguard.free_bytes(data_dir)
    tight = delivery.Limits(disk_reserve=free + 10**9, registry_timeout=1)
    assert delivery.deliver(data_dir, issued.address, b"x\n", tight) == delivery.DISK_FULL
    assert maildir.list_ids(box(inboxes, issued)) == []
    flag = os.path.join(data_dir, "disk-low")
    assert diskguard.update_flag(data_dir, free + 10**9, flag) and os.path.exists(flag)
    assert not diskguard.update_flag(data_dir, 1, flag) and not os.path.exists(flag)
    assert not diskguard.update_flag(data_dir, 0, flag)  # 0: off
