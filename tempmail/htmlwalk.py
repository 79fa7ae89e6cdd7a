"""One forward pass over hostile HTML: its visible text, its links, its <style>
blocks and, for bleach, a tidy copy with bounded attributes and nesting.

The one HTML walker: the inbox list, the message page and extraction all read
a mail's HTML through walk(), so they cannot disagree about a code or a link.

Why not html.parser: CPython's HTMLParser rescans an unclosed tag to the end of
the input each time (CVE-2025-6069), and Debian bookworm's 3.11.2-6+deb12u6
still does: ``"<style " * 30000`` took 101 s, ``"<a " * 16000`` 23 s. Why a tidy
copy: html5lib (inside bleach) is quadratic in the attributes of one tag and in
nesting depth. Every scan here moves forward, each character is looked at a
bounded number of times, and the deadline is checked as tokens go by.
"""

from collections.abc import Iterator
from html import escape, unescape
import re

from tempmail.budget import NEVER, Deadline

HTML_LIMIT = 256 * 1024
"""Characters of a message's HTML that are read at all (as Gmail clips at 102 KB);
the rest is in the raw source only."""
MAX_ATTRIBUTES = 32
"""Attributes kept per tag (the first of each name, as HTML5 does); no mail needs more."""
MAX_DEPTH = 48
"""Open elements kept in the tidy copy; deeper start tags are dropped, their text kept."""
MAX_TAGS = 6_000
"""Start tags kept in the tidy copy (bleach spends ~20 us on each; a 53 KB newsletter has
~1,500); past them the rest is text only and the result says it was cut."""
MAX_LINKS = 300
"""Links collected per message; a sign-up mail has a handful."""
CHECK_EVERY = 256
"""Tokens between two deadline checks."""
ESCAPES = 10_000
"""Characters written as entities (& < > " ') in the attribute values of the tidy copy;
html5lib spends ~15 us on each, so an attribute that would pass the total is left out."""
TEXT_MARK = "\ue000{}\ue001"
"""Stands in the tidy copy for text chunk n (bleach never sees text: it is slow on
entities); the sender's own U+E000/U+E001 are replaced, so only ours remain."""

SKIP = frozenset("script style title noscript xmp iframe noembed noframes".split())
RAW = SKIP | {"textarea", "plaintext"}        # content is text up to its own end tag
# Tags that may stand in <head>; any other start tag ends it, as HTML5 does.
HEAD = frozenset("base link meta style title script noscript template".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
BREAKS = frozenset("p div br tr li h1 h2 h3 h4 h5 h6 table td th blockquote pre hr".split())
SIBLINGS = frozenset("p li td th tr dt dd option".split())  # a second one closes the first

_OPEN = re.compile(r"<(/?)([A-Za-z][^\s/>\x00]*)")
_SPACE = re.compile(r"[\s/]*")
_NAME = re.compile(r"[^\s/>][^\s/>=]*")
_EQUALS = re.compile(r"\s*=\s*")
_UNQUOTED = re.compile(r"[^\s>]*")
_GOOD_NAME = re.compile(r"[a-z][a-z0-9]*")
_GOOD_ATTRIBUTE = re.compile(r"[a-z][a-z0-9_:.-]*")
_RAW_END = {name: re.compile(rf"</{name}(?=[\s/>])", re.I) for name in RAW - {"plaintext"}}


class Walked:
    """What walk() found: text chunks, (href, anchor text, text before) links, style blocks,
    the tidy HTML (when asked) and whether the input was cut (HTML_LIMIT, MAX_TAGS)."""

    def __init__(self) -> None:
        self.chunks: list = []
        self.links: list = []
        self.styles: list = []
        self.tidy: list = []
        self.texts: list = []
        self.escapes = ESCAPES
        self.tags = 0
        self.cut = False

    def text(self) -> str:
        """Return the visible text, spaces squeezed, one newline between blocks."""
        lines = (" ".join(line.split()) for line in "".join(self.chunks).split("\n"))
        return "\n".join(line for line in lines if line)


def _attributes(html, pos, deadline):
    """Return ({name: value}, position after '>') of a tag's attributes, or (_, -1) at EOF."""
    attrs, end, count = {}, len(html), 0
    while True:
        pos = _SPACE.match(html, pos).end()
        if pos >= end:
            return attrs, -1
        if html[pos] == ">":
            return attrs, pos + 1
        name = _NAME.match(html, pos)
        pos, value = name.end(), ""
        equals = _EQUALS.match(html, pos)
        if equals:
            pos = equals.end()
            if pos < end and html[pos] in "\"'":
                close = html.find(html[pos], pos + 1)
                if close < 0:
                    return attrs, -1
                value, pos = html[pos + 1:close], close + 1
            else:
                match = _UNQUOTED.match(html, pos)
                value, pos = match.group(), match.end()
        key = name.group().lower()
        if len(attrs) < MAX_ATTRIBUTES and key not in attrs:
            attrs[key] = unescape(value)
        count += 1
        if count % CHECK_EVERY == 0:
            deadline.check()


def tokens(html: str, deadline: Deadline = NEVER) -> Iterator[tuple]:
    """Yield ("text", str) / ("start", name, attrs, at, after) / ("end", name) / ("raw", name, str).

    A start tag comes with where it begins and ends in html (html[at:after]).
    Comments, doctypes and processing instructions are dropped; a tag cut off by
    the end of the input is dropped, as HTML5 does. Text comes with entities decoded.
    """
    pos, end, count, text_from = 0, len(html), 0, 0
    while pos < end:
        count += 1
        if count % CHECK_EVERY == 0:
            deadline.check()
        lt = html.find("<", pos)
        if lt < 0:
            break
        tag = _OPEN.match(html, lt)
        if not (tag or html.startswith(("<!", "<?", "</"), lt)):
            pos = lt + 1  # a lone "<" is text
            continue
        if lt > text_from:
            yield ("text", unescape(html[text_from:lt]))
        if tag:
            attrs, pos = _attributes(html, tag.end(), deadline)
            if pos < 0:
                return
            name = tag.group(2).lower()
            if tag.group(1):
                yield ("end", name)
            else:
                yield ("start", name, attrs, lt, pos)
                if name == "plaintext":
                    yield ("raw", name, html[pos:])
                    return
                if name in RAW:
                    close = _RAW_END[name].search(html, pos)
                    stop = close.start() if close else end
                    content = html[pos:stop]
                    yield ("raw", name, content if name in SKIP else unescape(content))
                    after = html.find(">", stop) if close else -1
                    pos = end if after < 0 else after + 1
                    yield ("end", name)
        elif html.startswith("<!--", lt):
            close = html.find("-->", lt + 4)
            pos = end if close < 0 else close + 3
        else:
            close = html.find(">", lt + 2)
            pos = end if close < 0 else close + 1
        text_from = pos
    if text_from < end:
        yield ("text", unescape(html[text_from:]))


def walk(html: str, deadline: Deadline = NEVER, tidy_tags: frozenset | None = None,
         depth: int = MAX_DEPTH) -> Walked:
    """Return the Walked of html cut at HTML_LIMIT; with tidy_tags (a set of tag names),
    also the tidy copy keeping only those tags, nested at most depth deep (a caller that
    wraps the copy in an element of its own asks for one less). Raises budget.OverBudget."""
    found = Walked()
    found.cut = len(html) > HTML_LIMIT
    html = html[:HTML_LIMIT]
    chunks, tidy, open_tags = found.chunks, found.tidy, []
    anchor, after_link, in_head, templates = None, 0, False, 0
    for token in tokens(html, deadline):
        kind, name = token[0], token[1]
        if kind == "text" or (kind == "raw" and name not in SKIP):
            if in_head or templates:
                continue
            text = token[-1]
            chunks.append(text)
            if anchor is not None:
                anchor[1].append(text)
            if tidy_tags is not None:
                _tidy_text(found, text)
        elif kind == "raw":
            if name == "style" and tidy_tags is not None:
                found.styles.append(token[2])
        elif kind == "start":
            if in_head and (name == "body" or name not in HEAD):
                in_head = False
            if name == "head":
                in_head = True
            elif name == "template":
                templates += 1
            if in_head or templates or name in ("head", "template"):
                continue
            attrs = token[2]
            if name in BREAKS:
                chunks.append("\n")
            if name == "a":
                anchor = [attrs.get("href", ""), [], text_before(chunks, after_link)]
            elif name == "img" and anchor is not None:
                anchor[1].append(attrs.get("alt", ""))
            if tidy_tags is not None:
                _tidy_start(found, open_tags, name, attrs, tidy_tags, depth)
        else:  # end
            if name == "head":
                in_head = False
            elif name == "template":
                templates = max(0, templates - 1)
            if in_head or templates:
                continue
            if name == "a" and anchor is not None:
                if len(found.links) < MAX_LINKS:
                    found.links.append((anchor[0], " ".join(" ".join(anchor[1]).split())[:500],
                                        anchor[2]))
                anchor, after_link = None, len(chunks)
            if name in BREAKS:
                chunks.append("\n")
            if tidy_tags is not None and name in open_tags:
                while open_tags:
                    closed = open_tags.pop()
                    tidy.append(f"</{closed}>")
                    if closed == name:
                        break
    return found


def _tidy_text(found, text):
    if text.isspace():
        found.tidy.append(text)
    elif text:
        found.tidy.append(TEXT_MARK.format(len(found.texts)))
        found.texts.append(escape(_unmarked(text), quote=False))


def _unmarked(text):
    return text.replace("\ue000", "\ufffd").replace("\ue001", "\ufffd")


def _tidy_start(found, open_tags, name, attrs, tags, depth=MAX_DEPTH):
    if name not in tags or not _GOOD_NAME.fullmatch(name):
        return
    if found.tags >= MAX_TAGS:
        found.cut = True
        return
    found.tags += 1
    tidy = found.tidy
    if name in SIBLINGS and open_tags and open_tags[-1] == name:
        tidy.append(f"</{open_tags.pop()}>")
    if name not in VOID:
        if len(open_tags) >= depth:
            return
        open_tags.append(name)
    written = []
    for key, value in attrs.items():
        if _GOOD_ATTRIBUTE.fullmatch(key):
            cost = sum(value.count(char) for char in "&<>\"'")
            if cost <= found.escapes:
                found.escapes -= cost
                written.append(f' {key}="{escape(_unmarked(value))}"')
    tidy.append(f"<{name}{''.join(written)}>")


def text_before(chunks: list, stop: int, limit: int = 300) -> str:
    """Return the last limit characters of chunks[stop:] joined: the words before a link."""
    taken, size, index = [], 0, len(chunks)
    while index > stop and size < limit:
        index -= 1
        taken.append(chunks[index])
        size += len(chunks[index]) or 1
    return "".join(reversed(taken))[-limit:]
