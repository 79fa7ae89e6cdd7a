"""Messages as the site and the API show them, parsed and sanitized once and cached.

Cache files live in the mailbox folder (``<mailbox>/.cache/``), so purging the
mailbox removes them with the mail. Sanitized HTML refers to the message's own
parts as ``PART_MARK<n>:``; each face swaps in its own URL when it serves.
"""

import hashlib
import json
import os
import re

from tempmail import extract, maildir, messages, sanitize
from tempmail.timefmt import iso

CACHE = ".cache"
VERSION = 1                    # bump when the cached shape changes
PREVIEW = 160
PART_MARK = "tempmail-part:"
_PART_RE = re.compile(re.escape(PART_MARK) + r"(\d+):")


def _cache_dir(path):
    folder = os.path.join(path, CACHE)
    os.makedirs(folder, mode=0o2770, exist_ok=True)
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
    temporary = f"{path}.{os.getpid()}.tmp"
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


def preview_of(view):
    """Return the first words of a message's text, for the inbox list."""
    text = view.text
    if not text and view.html:
        text = extract.html_to_text(view.html)[0]
    return " ".join((text or "").split())[:PREVIEW]


def render(mailbox, message_id):
    """Return the cached rendering of one message (a dict); raise KeyError if absent."""
    cache_file = os.path.join(_cache_dir(mailbox), _cache_name(message_id, ".json"))
    cached = _load(cache_file)
    if cached is not None:
        return cached
    raw = maildir.read(mailbox, message_id)
    view = messages.parse(raw)
    received = messages.delivered_at(message_id)
    cids = {a.content_id: a.index for a in view.attachments if a.content_id}
    html, blocked = None, 0
    if view.html is not None:
        try:
            result = sanitize.sanitize(view.html, cid_url=lambda cid: _part(cids, cid))
            html, blocked = result.html, result.blocked
        except Exception:  # a sanitizer failure shows a placeholder, never a 500
            html = "<p><em>This message's formatting could not be shown safely.</em></p>"
    found = extract.extract(view.subject, view.text, view.html) if view.ok else \
        {"codes": [], "links": []}
    data = {
        "id": message_id, "ok": view.ok, "problem": view.problem,
        "from": view.sender, "to": view.to, "cc": view.cc, "reply_to": view.reply_to,
        "subject": view.subject, "date": iso(view.date if view.date else received),
        "received": iso(received), "size": maildir.size_of(message_id) or len(raw),
        "headers": view.headers, "text": view.text, "html": html, "remote_blocked": blocked,
        "attachments": [a.as_dict() for a in view.attachments],
        "codes": found["codes"], "links": found["links"], "preview": preview_of(view),
    }
    _store(cache_file, data)
    return data


def _part(cids, cid):
    index = cids.get(cid.strip().strip("<>"))
    return None if index is None else f"{PART_MARK}{index}:"


def html_with_remote(mailbox, message_id):
    """Return the sanitized HTML with remote images kept (the reader asked), cached."""
    cache_file = os.path.join(_cache_dir(mailbox), _cache_name(message_id, ".remote.json"))
    cached = _load(cache_file)
    if cached is not None:
        return cached["html"]
    view = messages.parse(maildir.read(mailbox, message_id))
    html = None
    if view.html is not None:
        cids = {a.content_id: a.index for a in view.attachments if a.content_id}
        try:
            html = sanitize.sanitize(view.html, cid_url=lambda cid: _part(cids, cid),
                                     allow_remote=True).html
        except Exception:
            html = "<p><em>This message's formatting could not be shown safely.</em></p>"
    _store(cache_file, {"html": html})
    return html


def link_parts(html, url_for_part):
    """Replace the part marks in cached HTML with URLs from url_for_part(index)."""
    if not html:
        return html
    return _PART_RE.sub(lambda match: url_for_part(int(match.group(1))), html)


def index(mailbox):
    """Return summaries (id, from, to, subject, date, received, size, preview), newest first.

    Kept in <mailbox>/.cache/index.json and brought up to date from the Maildir
    listing on each call: a new message costs one parse, a known one nothing.
    """
    ids = maildir.list_ids(mailbox)
    cache_file = os.path.join(_cache_dir(mailbox), "index.json")
    cached = _load(cache_file) or {"entries": {}}
    entries, changed = cached["entries"], False
    for message_id in ids:
        if message_id not in entries:
            try:
                data = render(mailbox, message_id)
            except KeyError:
                continue  # deleted while we listed
            entries[message_id] = {key: data[key] for key in (
                "id", "from", "to", "subject", "date", "received", "size", "preview")}
            changed = True
    live = set(ids)
    for message_id in [known for known in entries if known not in live]:
        del entries[message_id]
        changed = True
    if changed:
        _store(cache_file, {"entries": entries})
    return [entries[message_id] for message_id in ids if message_id in entries]


def forget(mailbox, message_id):
    """Drop the cached renderings of a deleted message."""
    for suffix in (".json", ".remote.json"):
        try:
            os.unlink(os.path.join(mailbox, CACHE, _cache_name(message_id, suffix)))
        except OSError:
            pass


def etag(mailbox, extra=""):
    """Return a validator that changes whenever a message arrives or leaves."""
    ids = maildir.list_ids(mailbox)
    digest = hashlib.sha256(("\n".join(ids) + "|" + extra).encode()).hexdigest()[:32]
    return digest
