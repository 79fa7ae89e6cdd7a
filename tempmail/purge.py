"""Remove what has expired: one scan, ``purge(inboxes, now)``; cron is the loop.

Order makes a killed run safe: an expired address is first retired in the
registry (row -> tombstone, in batches), so nobody can see or reach it, then its
folder is removed. A folder whose row is gone is an orphan, and the next run
removes it. Nothing here follows a symlink or leaves DATA_DIR/mail.

Crypto-shredding: retiring deletes the row holding the mailbox's wrapped key
(SQLite secure_delete), and the WAL is truncated right after each batch, before
any folder goes; from then on the mail is unreadable wherever copies lie.
"""

import dataclasses
import fcntl
import json
import os
import re
import stat
import time

from tempmail import atomicfile, hook_queue, maildir, metrics, rendering, sealedstore

BATCH = 500
STALE_TMP = 36 * 3600      # Maildir convention: tmp/ files older than this are debris
ORPHAN_GRACE = 600         # a folder made moments before its registry row is not an orphan
MAILBOX_ID = re.compile(r"[0-9a-f]{32}")
STAMP = "purge.stamp"      # when purge last ran (read by `flask tempmail doctor`)


class PurgeError(Exception):
    """Purge could not finish; the message says why (the next run continues)."""


@dataclasses.dataclass
class Counts:
    """What a purge removed (or, dry, would remove)."""

    mailboxes: int = 0
    messages: int = 0
    bytes: int = 0
    orphans: int = 0
    stale: int = 0
    unfinished: list[str] = dataclasses.field(default_factory=list)

    def summary(self, dry_run: bool = False) -> str:
        """Return one line saying what went (or would go)."""
        verb = "would purge" if dry_run else "purged"
        return (f"{verb} {self.mailboxes} mailboxes, {self.messages} messages, {self.bytes} bytes"
                f" ({self.orphans} orphan folders, {self.stale} stale tmp files)")


def purge(inboxes, now=None, dry_run=False, wait=30.0):
    """Remove every expired mailbox, orphan folder and stale tmp file; return Counts.

    Raise PurgeError if another purge holds the lock for longer than wait
    seconds, or if anything could not be removed (after removing all it could).
    """
    now = inboxes.clock() if now is None else now
    inboxes.ensure_ready()
    counts = Counts()
    with _lock(inboxes.node_dir, wait):
        _purge_expired(inboxes, now, dry_run, counts)
        _purge_orphans(inboxes, now, dry_run, counts)
        _purge_stale_tmp(inboxes, now, dry_run, counts)
        if not dry_run:
            _purge_webhook_events(inboxes)
        if not dry_run and counts.mailboxes:
            for _ in range(5):
                if inboxes.registry.checkpoint():
                    break
                time.sleep(0.2)
            else:
                counts.unfinished.append("registry WAL still in use by a reader")
    if not dry_run:
        _stamp(inboxes.data_dir, inboxes.clock(), not counts.unfinished)
        metrics.add(inboxes.node_dir, {"purge_runs": 1, "purged_mailboxes": counts.mailboxes,
                                       "purged_messages": counts.messages,
                                       "purged_bytes": counts.bytes})
    if counts.unfinished:
        raise PurgeError("; ".join(counts.unfinished[:5]) + f" -- {counts.summary(dry_run)}")
    return counts


@dataclasses.dataclass(frozen=True)
class LastRun:
    """When purge last ran, and whether it removed everything it meant to."""

    at: float
    complete: bool


def last_run(data_dir: str) -> LastRun | None:
    """Return what the purge stamp in data_dir says, or None if purge never ran there."""
    try:
        with open(os.path.join(data_dir, STAMP), "rb") as handle:
            stamp = json.loads(handle.read(4096))
        return LastRun(float(stamp["at"]), bool(stamp["complete"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return LastRun(0.0, False)  # a damaged stamp counts as a very old run


def _stamp(data_dir, at, complete):
    """Replace the purge stamp: counts and times only (a failure to write it stops nothing)."""
    folder = os.open(data_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        atomicfile.write(json.dumps({"at": at, "complete": complete}).encode(), STAMP, folder,
                         replace=True, durable=False, mode=0o660)
    except OSError:
        pass
    finally:
        os.close(folder)


class _lock:
    """An exclusive flock on NODE_DIR/purge.lock, waited for up to wait seconds.

    It keeps two runs on one node apart; runs on several nodes sharing a database
    registry are kept apart per mailbox by the registry (retire_many).
    """

    def __init__(self, data_dir, wait):
        self.path = os.path.join(data_dir, "purge.lock")
        self.wait = wait

    def __enter__(self):
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o660)
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self.fd)
                    raise PurgeError(f"another purge is running (waited {self.wait:g}s)") from None
                time.sleep(0.1)

    def __exit__(self, *exc):
        os.close(self.fd)


def _purge_expired(inboxes, now, dry_run, counts):
    while True:
        batch = inboxes.registry.expired(now, limit=-1 if dry_run else BATCH)
        if not batch:
            return
        if not dry_run:
            # Another node's purge may have retired some of these meanwhile: the
            # registry gives each retired Entry to exactly one caller.
            retired = inboxes.registry.retire_many([entry.address for entry in batch])
            batch = [entry for entry in retired if entry is not None]
            inboxes.registry.checkpoint()   # the keys are gone from the WAL too (or at the end)
        for entry in batch:
            counts.mailboxes += 1
            if MAILBOX_ID.fullmatch(entry.mailbox_id):
                _remove(os.path.join(inboxes.mail_root, entry.mailbox_id), dry_run, counts,
                        entry.sealed)
        if dry_run:
            return


def _purge_orphans(inboxes, now, dry_run, counts):
    owned = inboxes.registry.all_mailbox_ids()
    try:
        names = os.listdir(inboxes.mail_root)
    except FileNotFoundError:
        return
    for name in names:
        if name in owned:
            continue
        path = os.path.join(inboxes.mail_root, name)
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            continue
        if now - info.st_mtime < ORPHAN_GRACE and not stat.S_ISLNK(info.st_mode):
            continue
        counts.orphans += 1
        _remove(path, dry_run, counts)


def _purge_stale_tmp(inboxes, now, dry_run, counts):
    for entry in inboxes.registry.live(now):
        path = os.path.join(inboxes.mail_root, entry.mailbox_id)
        try:
            counts.stale += maildir.clean_tmp(path, now - STALE_TMP, dry_run)
        except maildir.MailboxMissing:
            continue
        except OSError as exc:
            counts.unfinished.append(f"cannot clean a tmp folder: {exc.strerror}")


def _remove(path, dry_run, counts, sealed=False):
    """Count and remove one mailbox folder without following any symlink.

    Bytes count as received (a sealed message less the sealing overhead).
    """
    try:
        found = maildir.entries(path)
    except maildir.MailboxMissing:
        found = []  # gone, or a symlink in its place: remove_mailbox unlinks just the link
    for message_id, _, _ in found:
        counts.messages += 1
        counts.bytes += sealedstore.size(message_id, sealed)
    if dry_run:
        return
    rendering.forget_mailbox(path)   # this process's memory (another's holds it unreachable)
    for _ in range(3):
        try:
            maildir.remove_mailbox(path)
            return
        except OSError as exc:
            error = exc
            time.sleep(0.05)  # a delivery raced us into the folder; go again
    counts.unfinished.append(f"cannot remove a mailbox folder: {error.strerror}")


def _purge_webhook_events(inboxes):
    """Remove the waiting webhook events of every inbox the registry no longer holds."""
    try:
        hook_queue.keep_only(inboxes.data_dir, inboxes.registry.all_mailbox_ids())
    except OSError:
        pass  # the worker drops them too, when it finds their inbox gone
