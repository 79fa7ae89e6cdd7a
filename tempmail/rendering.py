"""Messages as the site and the API show them, parsed and sanitized once and cached.

Cache files live in the mailbox folder (``<mailbox>/.cache/``, see rendercache),
so purging the mailbox removes them with the mail. Sanitized HTML refers to the
message's own parts as ``PART_MARK<n>:`` in the src of the images the sanitizer
wrote; each face swaps in its own URL when it serves (link_parts).

Work has budgets (budget.Deadline, CPU time): a list entry or a rendering that
costs more is cached as "too costly" (the raw source is shown) and never
recomputed; a second request for work in progress waits for it.

In a sealed mailbox (encrypted at rest) every function takes the mailbox's
key (sealing.MailboxKey): messages are opened with it (sealedstore) and cache
files sealed with it (rendercache); without a key (None) the mailbox is plain.
What is kept in memory is forgotten when a message or mailbox is deleted.

Per process, inbox indexes are also kept in memory, keyed by the Maildir's
listing state (maildir.listing, which is cached on the mtimes of new/ and cur/).
"""

import hashlib
from html import escape
import re

from tempmail import extract, htmlwalk, listentry, maildir, messages, sanitize, sealedstore
from tempmail.budget import Deadline, OverBudget
from tempmail.listentry import PREVIEW, TOO_COSTLY, first_action_link  # noqa: F401
from tempmail.listentry import preview as _preview
from tempmail.memo import Memo
from tempmail.rendercache import Folder, shared
from tempmail.sealing import MailboxKey
from tempmail.timefmt import iso

SUMMARY_SECONDS = 0.25
"""CPU seconds a list entry (preview and code) may cost; past them it has neither."""
RENDER_SECONDS = 0.6
"""CPU seconds a rendering (sanitize, codes, links) may cost; past them the raw source shows."""
PART_MARK = "tempmail-part:"
_PART_RE = re.compile(re.escape(PART_MARK) + r"(\d+):")


_INDEXES = Memo(512)
_RENDERS = Memo(256)
"""Renderings of recently viewed messages (they never change), for the repeat view."""
REMEMBER_CHARS = 256 * 1024
"""Largest rendering (HTML plus text, in characters) kept in memory."""


def read(mailbox: str, message_id: str, limit: int | None = None,
         key: MailboxKey | None = None) -> bytes:
    """Return the raw bytes of message_id (the store's read, opened with key if sealed)."""
    return sealedstore.read(mailbox, message_id, key, limit)


def remembered_mailboxes() -> set[str]:
    """Return the mailboxes of which memory keeps an index or a rendering."""
    return set(_INDEXES.keys()) | {key[0] for key in _RENDERS.keys()}


def forget_mailbox(mailbox: str) -> None:
    """Drop what memory keeps of a mailbox that was deleted or purged."""
    _INDEXES.discard(mailbox)
    _RENDERS.discard_where(lambda key: key[0] == mailbox)


def forget(mailbox: str, message_id: str) -> None:
    """Drop the cached renderings of a message that was deleted."""
    _RENDERS.discard((mailbox, message_id))
    _INDEXES.discard(mailbox)
    try:
        with Folder(mailbox) as folder:
            for suffix in (".json", ".remote.json"):
                folder.remove(_cache_name(message_id, suffix))
    except maildir.MailboxMissing:
        pass


def _cache_name(message_id, suffix):
    return hashlib.sha256(message_id.encode()).hexdigest()[:32] + suffix


def summarize(mailbox: str, message_id: str, key: MailboxKey | None = None) -> dict:
    """Return the inbox-list entry of one message, without sanitizing anything.

    Within SUMMARY_SECONDS of work; past them the entry has no preview nor code
    and says why in "problem". A second caller for the same message waits.
    """
    return shared(("summary", mailbox, message_id), lambda: _summarize(mailbox, message_id, key))


def _summarize(mailbox, message_id, key):
    found = listentry.entry(read(mailbox, message_id, key=key), message_id, SUMMARY_SECONDS)
    found["size"] = sealedstore.size(message_id, key is not None)   # as received, not as sealed
    return found


def render(mailbox: str, message_id: str, key: MailboxKey | None = None) -> dict:
    """Return the cached rendering of one message (a dict); raise MessageMissing.

    Within RENDER_SECONDS of work; past them "ok" is False and "problem" says
    so (cached too). A second caller for the same message waits for the first.
    """
    kept = (mailbox, message_id)
    remembered = _RENDERS.get(kept)
    if remembered is not None:
        return remembered
    with Folder(mailbox, key) as folder:
        cached = folder.load(_cache_name(message_id, ".json"))
    if cached is None:
        cached = shared(("render", mailbox, message_id), lambda: _render(mailbox, message_id, key))
    cached.setdefault("tag", maildir.tag_of(message_id))   # cached before tags were shown
    if len(cached.get("html") or "") + len(cached.get("text") or "") <= REMEMBER_CHARS:
        _RENDERS.put(kept, cached)
    return cached


def _render(mailbox, message_id, key):
    with Folder(mailbox, key) as folder:
        name = _cache_name(message_id, ".json")
        cached = folder.load(name)  # finished meanwhile, maybe by another worker
        if cached is not None:
            return cached
        raw = read(mailbox, message_id, key=key)
        view = messages.parse(raw)  # budgeted by messages.Limits
        deadline = Deadline(RENDER_SECONDS)
        received = messages.delivered_at(message_id)
        try:
            result = _sanitized(view, False, deadline)
            html_text, html_links = (result.text, result.links) if view.html is not None \
                else (None, None)
            found = extract.extract(view.subject, view.text, view.html, html_text, html_links,
                                    deadline) if view.ok else {"codes": [], "links": []}
        except OverBudget as exc:
            view.ok, view.problem, view.text = False, TOO_COSTLY.format(exc), None
            result, html_text, found = sanitize.Result(None, 0), None, {"codes": [], "links": []}
        text = view.text if view.text and view.text.strip() else html_text
        data = {
            "id": message_id, "ok": view.ok, "problem": view.problem,
            "from": view.sender, "to": view.to, "cc": view.cc, "reply_to": view.reply_to,
            "subject": view.subject, "date": iso(view.date if view.date else received),
            "received": iso(received), "size": sealedstore.size(message_id, key is not None) or len(raw),
            "tag": maildir.tag_of(message_id),
            "headers": view.headers, "text": view.text, "html": result.html,
            "remote_blocked": result.blocked,
            "attachments": [a.as_dict() for a in view.attachments],
            "codes": found["codes"], "links": found["links"], "preview": _preview(text),
        }
        folder.store(name, data)
    return data


UNSAFE_PLACEHOLDER = "<p><em>This message's formatting could not be shown safely.</em></p>"


def _sanitized(view, allow_remote, deadline):
    """Sanitize view.html with cid: images pointing at its own parts (html None if none).

    A sanitizer failure gives a placeholder, never a 500; raises OverBudget.
    """
    if view.html is None:
        return sanitize.Result(None, 0)
    cids = {a.content_id: a.index for a in view.attachments if a.content_id}

    def part(cid):
        index = cids.get(cid.strip().strip("<>"))
        return None if index is None else f"{PART_MARK}{index}:"
    try:
        return sanitize.sanitize(view.html, cid_url=part, allow_remote=allow_remote,
                                 deadline=deadline)
    except OverBudget:
        raise
    except Exception:
        return sanitize.Result(UNSAFE_PLACEHOLDER, 0)


def html_with_remote(mailbox: str, message_id: str,
                     key: MailboxKey | None = None) -> str | None:
    """Return the sanitized HTML with remote images kept (the reader asked), cached."""
    with Folder(mailbox, key) as folder:
        cached = folder.load(_cache_name(message_id, ".remote.json"))
    if cached is not None:
        return cached["html"]
    return shared(("remote", mailbox, message_id), lambda: _with_remote(mailbox, message_id, key))


def _with_remote(mailbox, message_id, key):
    with Folder(mailbox, key) as folder:
        name = _cache_name(message_id, ".remote.json")
        cached = folder.load(name)
        if cached is not None:
            return cached["html"]
        view = messages.parse(read(mailbox, message_id, key=key))
        try:
            html = _sanitized(view, True, Deadline(RENDER_SECONDS)).html
        except OverBudget as exc:
            html = f"<p><em>{escape(TOO_COSTLY.format(exc))}</em></p>"
        folder.store(name, {"html": html})
    return html


def link_parts(html: str | None, url_for_part) -> str | None:
    """Replace the part marks in cached HTML with URLs from url_for_part(index).

    Only where the sanitizer put one: the whole src of an <img> tag. A mark
    written anywhere else by the sender (text, other attributes, CSS) stays text.
    """
    if not html or PART_MARK not in html:
        return html
    out, done = [], 0
    for token in htmlwalk.tokens(html):
        if token[0] == "start" and token[1] == "img":
            mark = _PART_RE.fullmatch(token[2].get("src", ""))
            if mark:
                attrs = dict(token[2], src=url_for_part(int(mark.group(1))))
                written = "".join(f' {key}="{escape(value)}"' for key, value in attrs.items())
                out += [html[done:token[3]], f"<img{written}>"]
                done = token[4]
    out.append(html[done:])
    return "".join(out)


def index(mailbox: str, key: MailboxKey | None = None) -> list:
    """Return summaries (id, from, to, subject, date, received, size, tag, preview), newest first.

    Kept in <mailbox>/.cache/index.json (shared by every worker) and in memory,
    brought up to date from the listing: a new message costs one parse. A second
    caller while the index is being brought up to date waits for it.
    """
    ids, _, state = maildir.listing(mailbox)
    if state is not None:
        remembered = _INDEXES.get(mailbox)
        if remembered is not None and remembered[0] == state:
            return remembered[1]
    return shared(("index", mailbox), lambda: _index(mailbox, key))


def _index(mailbox, key):
    ids, _, state = maildir.listing(mailbox)
    with Folder(mailbox, key) as folder:
        cached = folder.load("index.json") or {"entries": {}}
        entries, changed = cached["entries"], False
        for message_id in ids:
            if message_id not in entries:
                try:
                    entries[message_id] = summarize(mailbox, message_id, key)
                except maildir.MessageMissing:
                    continue  # deleted while we listed
                changed = True
            entries[message_id].setdefault("tag", maildir.tag_of(message_id))  # older caches
        live = set(ids)
        for message_id in [known for known in entries if known not in live]:
            del entries[message_id]
            changed = True
        if changed:
            folder.store("index.json", {"entries": entries})
    result = [entries[message_id] for message_id in ids if message_id in entries]
    if state is not None:
        _INDEXES.put(mailbox, (state, result))
    return result
