"""Messages as the site and the API show them, parsed and sanitized once and cached.

Cache files live in the mailbox folder (``<mailbox>/.cache/``), so purging the
mailbox removes them with the mail. Sanitized HTML refers to the message's own
parts as ``PART_MARK<n>:``; each face swaps in its own URL when it serves.

Per process, listings, inbox indexes and rendered list fragments are also kept
in memory, keyed by the Maildir's state (the mtimes of new/ and cur/). A state
younger than RECENT is never trusted alone: file times are coarse, and two
deliveries in one tick would otherwise look like one.
"""

import hashlib
import json
import os
import re
import threading
import time
from collections import OrderedDict

from tempmail import extract, links, maildir, messages, sanitize
from tempmail.timefmt import iso

CACHE = ".cache"
VERSION = 2                    # bump when the cached shape changes
PREVIEW = 160
SCAN_HTML = 256 * 1024         # characters of HTML read for the list entry (preview, code)
PART_MARK = "tempmail-part:"
RECENT_NS = 50_000_000
_PART_RE = re.compile(re.escape(PART_MARK) + r"(\d+):")
SUMMARY_KEYS = ("id", "from", "to", "subject", "date", "received", "size", "preview")


class _Memo:
    """A small thread-safe LRU map."""

    def __init__(self, size):
        self.size, self.items, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self.lock:
            value = self.items.get(key)
            if value is not None:
                self.items.move_to_end(key)
            return value

    def put(self, key, value):
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


_LISTINGS = _Memo(2048)
_INDEXES = _Memo(512)
FRAGMENTS = _Memo(512)


def _stable_state(mailbox):
    """Return the Maildir state if it is old enough to stand for the contents, else None."""
    state = maildir.state(mailbox)
    if state is None:
        raise maildir.MailboxMissing(mailbox)
    if time.time_ns() - max(state) < RECENT_NS:
        return None
    return state


def listing(mailbox):
    """Return (ids newest first, {id: path}, state or None), from memory when unchanged."""
    state = _stable_state(mailbox)
    if state is not None:
        cached = _LISTINGS.get(mailbox)
        if cached is not None and cached[2] == state:
            return cached
    paths = {}
    for message_id, sub, filename in maildir.entries(mailbox):
        paths[message_id] = os.path.join(mailbox, sub, filename)
    ids = sorted(paths, key=maildir.order_key, reverse=True)
    result = (ids, paths, state)
    if state is not None:
        _LISTINGS.put(mailbox, result)
    return result


def locate(mailbox, message_id):
    """Return the file of message_id (matched against the listing); raise MessageMissing."""
    path = listing(mailbox)[1].get(message_id)
    if path is None:
        raise maildir.MessageMissing(message_id)
    return path


def read(mailbox, message_id, limit=None):
    """Return the raw bytes of message_id, found through the remembered listing."""
    return maildir.read(mailbox, message_id, limit, locate=locate)


def delete(mailbox, message_id):
    """Remove message_id and its cached renderings; raise MessageMissing."""
    maildir.delete(mailbox, message_id, locate=locate)
    for suffix in (".json", ".remote.json"):
        try:
            os.unlink(os.path.join(mailbox, CACHE, _cache_name(message_id, suffix)))
        except OSError:
            pass


def etag(mailbox, extra=""):
    """Return a validator that changes whenever a message arrives or leaves."""
    ids, _, state = listing(mailbox)
    basis = repr(state) if state is not None else "\n".join(ids)
    return hashlib.sha256((basis + "|" + extra).encode()).hexdigest()[:32]


def _cache_dir(path):
    """Return <mailbox>/.cache, made if needed; never recreate a purged mailbox."""
    folder = os.path.join(path, CACHE)
    try:
        os.mkdir(folder, 0o2770)
    except FileExistsError:
        pass
    except FileNotFoundError:
        raise maildir.MailboxMissing(path) from None
    return folder


def _load(path):
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        return data if data.get("version") == VERSION else None
    except (OSError, ValueError):
        return None


def _store(path, data):
    data = dict(data, version=VERSION)
    temporary = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def _cache_name(message_id, suffix):
    return hashlib.sha256(message_id.encode()).hexdigest()[:32] + suffix


def _preview(text):
    return " ".join((text or "").split())[:PREVIEW]


def summarize(mailbox, message_id):
    """Return the inbox-list entry of one message, without sanitizing anything."""
    view = messages.parse(read(mailbox, message_id))
    html_text = links.html_to_text(view.html[:SCAN_HTML])[0] if view.html else ""
    text = view.text if view.text and view.text.strip() else html_text
    codes = extract.codes(view.subject, view.text, html_text) if view.ok else []
    received = messages.delivered_at(message_id)
    return {"id": message_id, "from": view.sender, "to": view.to, "subject": view.subject,
            "date": iso(view.date or received), "received": iso(received),
            "size": maildir.size_of(message_id) or 0, "preview": _preview(text),
            "code": codes[0] if codes else ""}


def render(mailbox, message_id):
    """Return the cached rendering of one message (a dict); raise MessageMissing."""
    cache_file = os.path.join(_cache_dir(mailbox), _cache_name(message_id, ".json"))
    cached = _load(cache_file)
    if cached is not None:
        return cached
    raw = read(mailbox, message_id)
    view = messages.parse(raw)
    received = messages.delivered_at(message_id)
    result = _sanitized(view, allow_remote=False)
    html, blocked = result.html, result.blocked
    html_text, html_links = (result.text, result.links) if view.html is not None else (None, None)
    found = extract.extract(view.subject, view.text, view.html, html_text, html_links) \
        if view.ok else {"codes": [], "links": []}
    text = view.text if view.text and view.text.strip() else html_text
    data = {
        "id": message_id, "ok": view.ok, "problem": view.problem,
        "from": view.sender, "to": view.to, "cc": view.cc, "reply_to": view.reply_to,
        "subject": view.subject, "date": iso(view.date if view.date else received),
        "received": iso(received), "size": maildir.size_of(message_id) or len(raw),
        "headers": view.headers, "text": view.text, "html": html, "remote_blocked": blocked,
        "attachments": [a.as_dict() for a in view.attachments],
        "codes": found["codes"], "links": found["links"], "preview": _preview(text),
    }
    _store(cache_file, data)
    return data


UNSAFE_PLACEHOLDER = "<p><em>This message's formatting could not be shown safely.</em></p>"


def _sanitized(view, allow_remote):
    """Sanitize view.html with cid: images pointing at its own parts (html None if none).

    A sanitizer failure gives a placeholder, never a 500.
    """
    if view.html is None:
        return sanitize.Result(None, 0)
    cids = {a.content_id: a.index for a in view.attachments if a.content_id}

    def part(cid):
        index = cids.get(cid.strip().strip("<>"))
        return None if index is None else f"{PART_MARK}{index}:"
    try:
        return sanitize.sanitize(view.html, cid_url=part, allow_remote=allow_remote)
    except Exception:
        return sanitize.Result(UNSAFE_PLACEHOLDER, 0)


def html_with_remote(mailbox, message_id):
    """Return the sanitized HTML with remote images kept (the reader asked), cached."""
    cache_file = os.path.join(_cache_dir(mailbox), _cache_name(message_id, ".remote.json"))
    cached = _load(cache_file)
    if cached is not None:
        return cached["html"]
    html = _sanitized(messages.parse(read(mailbox, message_id)), allow_remote=True).html
    _store(cache_file, {"html": html})
    return html


def link_parts(html, url_for_part):
    """Replace the part marks in cached HTML with URLs from url_for_part(index)."""
    if not html:
        return html
    return _PART_RE.sub(lambda match: url_for_part(int(match.group(1))), html)


def index(mailbox):
    """Return summaries (id, from, to, subject, date, received, size, preview), newest first.

    Kept in <mailbox>/.cache/index.json (shared by every worker) and in memory,
    brought up to date from the listing: a new message costs one parse.
    """
    ids, _, state = listing(mailbox)
    if state is not None:
        remembered = _INDEXES.get(mailbox)
        if remembered is not None and remembered[0] == state:
            return remembered[1]
    cache_file = os.path.join(_cache_dir(mailbox), "index.json")
    cached = _load(cache_file) or {"entries": {}}
    entries, changed = cached["entries"], False
    for message_id in ids:
        if message_id not in entries:
            try:
                entries[message_id] = summarize(mailbox, message_id)
            except maildir.MessageMissing:
                continue  # deleted while we listed
            changed = True
    live = set(ids)
    for message_id in [known for known in entries if known not in live]:
        del entries[message_id]
        changed = True
    if changed:
        _store(cache_file, {"entries": entries})
    result = [entries[message_id] for message_id in ids if message_id in entries]
    if state is not None:
        _INDEXES.put(mailbox, (state, result))
    return result
