"""The inbox-list entry of one message, from its bytes: sender, subject, size, tag, preview, code,
link.

One function for every caller: the inbox list (rendering.summarize, cached per
message) and the router, which computes the same entry for a webhook event
right after delivery, from the bytes it holds. Budgeted (messages.Limits for
parsing, budget.Deadline for the rest); nothing is sanitized here, so this
module never imports the sanitizer.
"""

from tempmail import extract, links, maildir, messages
from tempmail.budget import Deadline, OverBudget
from tempmail.timefmt import iso

PREVIEW = 160
TOO_COSTLY = "This message is too costly to display ({}); here is its raw source."


def preview(text: str | None) -> str:
    """Return the first PREVIEW characters of text with its white space folded."""
    return " ".join((text or "")[:PREVIEW * 8].split())[:PREVIEW]


def first_action_link(found: list) -> str:
    """Return the URL of the first link judged an action (confirm, verify, sign in), or ""."""
    return next((link["url"] for link in found if link["kind"] == "action"), "")


def entry(raw: bytes, message_id: str, seconds: float) -> dict:
    """Return the list entry of the message raw, stored as message_id, within seconds of CPU.

    Past them the entry has no preview nor code and says why in "problem".
    """
    view = messages.parse(raw, bodies_only=True)  # budget: Limits
    deadline = Deadline(seconds)
    received = messages.delivered_at(message_id)
    found = {"id": message_id, "from": view.sender, "to": view.to, "subject": view.subject,
             "date": iso(view.date or received), "received": iso(received),
             "size": maildir.size_of(message_id) or 0, "tag": maildir.tag_of(message_id),
             "preview": "", "code": "", "link": "",
             "problem": view.problem}
    try:
        html_text, html_links = links.html_to_text(view.html, deadline) if view.html else ("", [])
        text = view.text if view.text and view.text.strip() else html_text
        codes = extract.codes(view.subject, view.text or "", html_text, deadline) if view.ok else []
        urls = links.find_links(view.text or "", html_links, deadline=deadline) if view.ok else []
        found.update(preview=preview(text), code=codes[0] if codes else "",
                     link=first_action_link(urls))
    except OverBudget as exc:
        found["problem"] = TOO_COSTLY.format(exc)
    return found
