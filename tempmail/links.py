"""The visible text and links of an HTML mail, and which links a person wants.

Links that confirm, verify, reset or log in come first ("action"); unsubscribe,
preference, privacy, social and tracking links are left out. A link is judged
by its anchor text, else by the words that introduce it. The HTML is read by
tempmail.htmlwalk, the same walk the sanitizer makes.
"""

import itertools
import re

from tempmail import htmlwalk
from tempmail.budget import NEVER, Deadline
from tempmail.link_words import (
    ACTION_WORDS,
    DENY_WORDS,
    HELP_WORDS,
    NO,
    POINTER,
    SKIP_WORDS,
    STATUS_WORDS,
    YES,
)
from tempmail.unasked import NOT_YOU

LABEL_LEAD = 40
"""A lead this short is a label ("Aide : https://…"), judged as a link's name is."""
TRACKING = re.compile(r"(?:^|[./])(?:pixel|open|track|trk|beacon)(?:[./?]|$)|/o/|/open\?|"
                      r"\.gif(?:\?|$)|\.png(?:\?|$)|utm_", re.I)
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+", re.I)
MAX_JUDGED = 400
"""Links judged per message, HTML anchors first; a sign-up mail has a handful."""
TEXT_LIMIT = 256 * 1024
"""Characters of a text body searched for URLs."""
URL_LIMIT = 4096
"""Characters of a URL kept and judged."""
LABEL_LIMIT = 500
"""Characters of anchor text judged."""


def html_to_text(html: str, deadline: Deadline = NEVER) -> tuple:
    """Return (visible text, [(href, anchor text, text before it)]) of an HTML body.

    Reads at most htmlwalk.HTML_LIMIT characters; raises budget.OverBudget.
    """
    walked = htmlwalk.walk(html or "", deadline)
    return walked.text(), walked.links


def find_links(text: str, html_links: list, limit: int = 10,
               deadline: Deadline = NEVER) -> list:
    """Return [{url, text, kind}]: action links first, then others; no unsubscribe/tracking.

    html_links holds (href, anchor text, text before the anchor) triples; a link
    is judged by its anchor text first, then by the clause that introduces it
    ("To verify your email, <a>click here</a>") and its URL. At most MAX_JUDGED
    links are judged, each by its first URL_LIMIT characters.
    """
    seen, action, other = set(), [], []
    strength = {}
    candidates = itertools.chain(
        ((link[0], link[1], link[2] if len(link) > 2 else "", None) for link in html_links or ()),
        ((m.group(), "", text, m.start()) for m in URL_IN_TEXT.finditer((text or "")[:TEXT_LIMIT])))
    for count, (url, label, lead, at) in enumerate(candidates):
        if count >= MAX_JUDGED or len(action) >= limit:
            break
        if count % 64 == 0:
            deadline.check()
        url = (url or "").strip()[:URL_LIMIT].rstrip(".,;")
        if not url.lower().startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        label = label[:LABEL_LIMIT]
        kind, how = _judge(url, label, _lead_in(lead, len(lead) if at is None else at))
        if kind is not None:
            entry = {"url": url, "text": label[:200], "kind": kind}
            (action if kind == "action" else other).append(entry)
            strength[url] = how
    # A link that says what it does comes before one only its sentence or its URL
    # speaks for (a logo under a preheader "Join 14 teammates", "/?ref=invite").
    action.sort(key=lambda entry: -strength[entry["url"]])
    return (action + other)[:limit]


BY_LABEL, BY_CLAUSE, BY_URL = 3, 2, 1
"""How surely a link was judged an action: by its own words, its sentence, its URL."""


_HELP_PATH = re.compile(r"/(?:help|support|faq|hilfe|aide|ayuda|aiuto|ajuda|pomoc|hulp)(?:[/.?]|$)",
                        re.I)


def _path(url):
    """Return a URL's path: words in its host ("list-manage", "track.") name a sender's
    service, not what the link does."""
    rest = url.split("://", 1)[-1]
    return "/" + rest.partition("/")[2].split("?", 1)[0] if "/" in rest else ""


def _judge(url, label, lead):
    """Return ("action", how sure), ("other", 0) or (None, 0) (leave the link out)."""
    kind = _kind(url, label, lead)
    if kind != "action":
        return kind, 0
    if YES.match(label) or ACTION_WORDS.search(label):
        return kind, BY_LABEL
    return kind, BY_URL if ACTION_WORDS.search(url) and not ACTION_WORDS.search(lead) else BY_CLAUSE


def _kind(url, label, lead):
    """Return "action", "other" or None (leave the link out)."""
    if SKIP_WORDS.search(label) or SKIP_WORDS.search(_path(url)):
        return None
    if YES.match(label) and not DENY_WORDS.search(label):  # not "Si mimi", "Sí, bloquear"
        return "action"
    if NO.match(label) or DENY_WORDS.search(label) or HELP_WORDS.search(label) \
            or STATUS_WORDS.search(label) or _HELP_PATH.search(_path(url)):
        return "other"
    if NOT_YOU.search(_FULL_STOP.split(lead)[-1]):
        return "other"  # "Não foi você? Altere sua senha: https://…"
    if ACTION_WORDS.search(label):
        return "action"
    sentences = [part for part in _SENTENCE_END.split(lead) if part.strip()]
    clause = sentences[-1] if sentences else lead
    if POINTER.search(clause) and not (ACTION_WORDS.search(clause) or SKIP_WORDS.search(clause)):
        clause = lead  # "... reset your password. Use this link:" speaks of the sentence before
    if SKIP_WORDS.search(clause):
        return None
    if STATUS_WORDS.search(clause) or (len(clause) <= LABEL_LEAD and HELP_WORDS.search(clause)):
        return None if TRACKING.search(url) else "other"
    if ACTION_WORDS.search(clause) or ACTION_WORDS.search(url):
        return "action"
    return None if TRACKING.search(url) else "other"


_SENTENCE_END = re.compile(r"[.!?]\s+|[。！？]\s*")
_FULL_STOP = re.compile(r"[.!]\s+|[。！]\s*")
"""A sentence's end that is no question: "Not you? Change your password:" is one call."""


def _lead_in(text, start):
    """Return the words that introduce a link: its line so far, else the line before."""
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text[max(0, start - 400):start])
    lines = [line.strip() for line in text.split("\n")]
    lead = lines[-1]
    if not lead and len(lines) > 1:
        before = next((line for line in reversed(lines[:-1]) if line), "")
        if URL_IN_TEXT.search(before):
            before = ""  # that line had its own link
        # The line before speaks for a link when it points at it ("… the link below:") or
        # is a heading ("Join Zoom Meeting"); a footer's "Docs" under "If you did not sign
        # in, ignore this email" is not a sign-in.
        pointing = before.endswith((":", "：")) or POINTER.search(before)
        lead = before if pointing or len(before) <= LABEL_LEAD else ""
    elif len(lead) <= LABEL_LEAD and POINTER.search(lead) and not ACTION_WORDS.search(lead):
        # "Or click this link" speaks of what the lines above it say
        earlier = [line for line in lines[:-1] if line][-2:]
        if not any(URL_IN_TEXT.search(line) for line in earlier):
            lead = " ".join([*earlier, lead])
    return lead[-240:]
