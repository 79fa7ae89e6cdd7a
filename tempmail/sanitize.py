"""The one caller of bleach: message HTML -> HTML safe to show in a sandboxed frame.

Allowlists for tags, attributes, URL schemes and CSS properties; no CSS value
may fetch anything (url(), image-set(), @import) or escape the frame (position,
transform). Remote images are dropped unless the reader asked for them; cid:
images point at the message's own parts. <style> blocks survive only as the
rules tinycss2 can parse and our filter accepts. The result is also served under
a CSP that blocks scripts and, by default, every remote load: two fences.
"""

import dataclasses
from html import escape, unescape
import re

import bleach
from bleach.css_sanitizer import CSSSanitizer
from bleach.html5lib_shim import Filter
import tinycss2

from tempmail import htmlwalk
from tempmail.budget import NEVER, Deadline

TAGS = frozenset("""
    a abbr address b bdi bdo big blockquote br caption center cite code col colgroup dd del
    details dfn div dl dt em figcaption figure font h1 h2 h3 h4 h5 h6 hr i img ins kbd li
    mark ol p pre q s samp small span strike strong sub summary sup table tbody td tfoot th
    thead tr tt u ul wbr
""".split())

ATTRIBUTES = {
    "*": ["style", "title", "dir", "lang", "align", "valign", "width", "height", "class"],
    "a": ["href", "name"],
    "img": ["src", "alt", "border", "data-blocked"],  # data-blocked: see _image
    "font": ["color", "face", "size"],
    "table": ["border", "cellpadding", "cellspacing", "bgcolor"],
    "td": ["colspan", "rowspan", "bgcolor", "nowrap"],
    "th": ["colspan", "rowspan", "bgcolor", "nowrap", "scope"],
    "tr": ["bgcolor"],
    "col": ["span"],
    "colgroup": ["span"],
    "ol": ["start", "type", "reversed"],
    "ul": ["type"],
    "li": ["value"],
    "blockquote": ["cite"],
    "q": ["cite"],
    "del": ["cite", "datetime"],
    "ins": ["cite", "datetime"],
    "details": ["open"],
}

PROTOCOLS = frozenset(["http", "https", "mailto", "cid", "data"])

CSS_PROPERTIES = frozenset("""
    color background background-color font font-family font-size font-style font-variant font-weight
    text-align text-decoration text-indent text-transform line-height letter-spacing
    word-spacing white-space word-break word-wrap overflow-wrap vertical-align direction
    margin margin-top margin-right margin-bottom margin-left padding padding-top
    padding-right padding-bottom padding-left border border-top border-right border-bottom
    border-left border-color border-style border-width border-radius border-collapse
    border-spacing border-top-color border-right-color border-bottom-color border-left-color
    border-top-style border-right-style border-bottom-style border-left-style
    border-top-width border-right-width border-bottom-width border-left-width width
    min-width max-width height min-height max-height display float clear table-layout
    caption-side empty-cells list-style-type list-style-position text-shadow background-image
    overflow overflow-x overflow-y
""".split())

# Functions that fetch, compute from outside, or run code; none may appear in a value.
_BAD_FUNCTIONS = {"url", "image", "image-set", "-webkit-image-set", "cross-fade", "element",
                  "expression", "env", "var", "attr", "paint", "src"}
_BAD_VALUE = re.compile(r"\\|expression|javascript:|behavior|-moz-binding|[&<>]", re.I)
"""[&<>]: no CSS needs them; the sanitized style must read the same when cleaned again."""


_REMOTE_IMAGE = re.compile(r"https?://[\w.:/%~+=@!-]+(?:\?[\w.:/%~+=@!-]*)?", re.A)
"""A URL a remote background may load: http(s), nothing that needs escaping in CSS or HTML."""


def _value_is_safe(tokens, remote=False):
    """Tell whether a CSS value fetches nothing and escapes nothing; with remote, an
    url() token of a plain http(s) URL may stay (the reader asked for remote images)."""
    stack = list(tokens)
    while stack:
        token = stack.pop()
        kind = getattr(token, "type", None)
        if kind == "url" and remote and _REMOTE_IMAGE.fullmatch(token.value):
            continue
        if kind in ("url", "error"):  # error: a bad string or URL, which re-reads otherwise
            return False
        if kind == "function":
            if token.lower_name in _BAD_FUNCTIONS:
                return False
            stack.extend(token.arguments)
        elif kind in ("() block", "[] block", "{} block"):
            stack.extend(token.content)
        elif kind == "at-keyword":
            return False
    return not _BAD_VALUE.search(tinycss2.serialize(tokens))


class SafeCSS(CSSSanitizer):
    """bleach's CSS sanitizer, but it also refuses any value that could fetch or escape.

    Results are memoized: newsletters repeat the same style attribute hundreds
    of times, and parsing each copy was a third of the whole clean.
    """

    MEMO_LIMIT = 4096

    def __init__(self, remote=False):
        super().__init__(allowed_css_properties=CSS_PROPERTIES, allowed_svg_properties=())
        self._memo = {}
        self.remote = remote

    def sanitize_css(self, style):
        """Return the safe declarations of a style attribute, read with its entities decoded
        (bleach hands it over as written: Outlook's font-family:&quot;Calibri&quot;)."""
        style = unescape(style) if "&" in style else style
        cached = self._memo.get(style)
        if cached is None:
            try:
                cached = self._sanitize(style)
            except RecursionError:  # blocks nested thousands deep: drop the style
                cached = ""
            if len(self._memo) >= self.MEMO_LIMIT:
                self._memo.clear()
            self._memo[style] = cached
        return cached

    def _sanitize(self, style):
        kept = []
        for token in tinycss2.parse_declaration_list(style, skip_comments=True,
                                                     skip_whitespace=True):
            if token.type != "declaration" or token.lower_name not in CSS_PROPERTIES:
                continue
            value = token.value
            if token.lower_name in BACKGROUNDS:
                value = _background(value, self.remote)
            if value and _value_is_safe(value, self.remote and token.lower_name in BACKGROUNDS):
                kept.append((token, tinycss2.serialize(value).strip()))
        return "; ".join(f"{t.lower_name}: {value}{' !important' if t.important else ''}"
                         for t, value in kept if value)


BACKGROUNDS = frozenset(["background", "background-image"])
"""Properties whose images are taken out (or, remote images shown, kept if plain http(s))
while the rest stays: a hero's colour under white text must survive its picture."""


def _background(tokens, remote):
    """Return a background value without its images; with remote, plain http(s) url()s
    stay, written as url tokens (so the value reads the same when cleaned again)."""
    layers, kept = [], []
    for token in [*tokens, None]:
        kind = getattr(token, "type", None)
        if token is None or kind == "literal" and token.value == ",":
            layers.append(kept)  # a layer of a multi-layer background, without its image
            kept = []
            continue
        url = None
        if kind == "url":
            url = token.value
        elif kind == "function" and token.lower_name == "url":
            strings = [arg for arg in token.arguments if arg.type == "string"]
            url = strings[0].value if len(strings) == 1 else ""
        elif kind == "function" and token.lower_name in _BAD_FUNCTIONS:
            url = ""
        if url is None:
            kept.append(token)
        elif remote and _REMOTE_IMAGE.fullmatch(url.strip()):
            url = url.strip()
            kept.append(tinycss2.ast.URLToken(token.source_line, token.source_column, url,
                                              f"url({url})"))
    words = [" ".join(tinycss2.serialize([token]) for token in layer if token.type != "whitespace")
             for layer in layers]
    value = ", ".join(word for word in words if word)
    return tinycss2.parse_component_value_list(value) if value else []


CSS = SafeCSS()
REMOTE_CSS = SafeCSS(remote=True)
"""The CSS filter when the reader asked for remote images: background images may load."""
STYLE_LIMIT = 64 * 1024
"""Characters of <style> blocks read per message; the rest of the CSS is dropped."""
MEDIA_DEPTH = 2
"""@media rules nested deeper than this are dropped (each level re-reads its content)."""
TOO_LONG_NOTE = ("<p><em>This message is longer than what is shown here; "
                 "the raw source has all of it.</em></p>")
_TEXT_MARK = re.compile(htmlwalk.TEXT_MARK.format(r"(\d+)"))
_SELECTOR_OK = re.compile(r"[\w\s.#,>+~*:()-]+")


def sanitize_stylesheet(text: str, depth: int = 0, remote: bool = False) -> str:
    """Return the rules of a <style> block that are safe, re-serialized; drop the rest
    (with remote, plain http(s) background images stay)."""
    out = []
    for rule in tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True):
        if rule.type == "qualified-rule":
            selector = tinycss2.serialize(rule.prelude).strip()
            body = (REMOTE_CSS if remote else CSS).sanitize_css(tinycss2.serialize(rule.content))
            if body and _SELECTOR_OK.fullmatch(selector) and "<" not in selector:
                out.append(f"{selector} {{ {body} }}")
        elif rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content \
                and depth < MEDIA_DEPTH:
            query = tinycss2.serialize(rule.prelude).strip()
            inner = sanitize_stylesheet(tinycss2.serialize(rule.content), depth + 1, remote)
            if inner and re.fullmatch(r"[\w\s():,.-]+", query):
                out.append(f"@media {query} {{ {inner} }}")
    return "\n".join(out).replace("<", "")


def _remote(url):
    return url.strip().lower().startswith(("http:", "https:", "//"))


_ROOM = {"table": 4, "tbody": 3, "thead": 3, "tfoot": 3, "tr": 2}
"""Levels a table part needs down to its cells: cut above a cell, its text would be
moved out of the table when read again."""


def _make_filter(cid_url, allow_remote, found, deadline):
    """An html5lib filter, run after bleach's own: rewrites img and a, counts what it blocks."""

    class ContentFilter(Filter):
        def __iter__(self):
            kept, depth = [], 0  # per open element: kept or not; how many kept are open
            for count, token in enumerate(super().__iter__()):
                if count % htmlwalk.CHECK_EVERY == 0:
                    deadline.check()
                # HTML5 adds what a table implies (tbody, tr) and the body box adds a
                # level: elements deeper than the walk keeps are dropped here, their text
                # kept, so cleaning the result again drops nothing more.
                if token["type"] == "StartTag":  # a table part only with room for its cells
                    kept.append((kept[-1] if kept else True)  # under a dropped one: dropped
                                and depth + _ROOM.get(token["name"], 1) <= htmlwalk.MAX_DEPTH)
                    if not kept[-1]:
                        continue
                    depth += 1
                elif token["type"] == "EndTag":
                    if not (kept.pop() if kept else True):
                        continue
                    depth -= 1
                if token["type"] in ("StartTag", "EmptyTag"):
                    if token["name"] == "img":
                        self._image(token["data"])
                    elif token["name"] == "a":
                        self._link(token["data"])
                yield token

        def _image(self, attrs):
            key = (None, "src")
            if attrs.pop((None, "data-blocked"), None) is not None and key not in attrs:
                attrs[(None, "data-blocked")] = "remote image"  # ours, sanitized again
            src = attrs.get(key, "")
            if src.lower().startswith("cid:"):
                target = cid_url(src[4:])
                if target:
                    attrs[key] = target
                else:
                    del attrs[key]
            elif src.lower().startswith("data:"):
                if not re.match(r"data:image/(png|gif|jpe?g|webp);base64,", src, re.I):
                    del attrs[key]
            elif _remote(src):
                if not allow_remote:
                    del attrs[key]
                    found.blocked += 1
                    attrs[(None, "data-blocked")] = "remote image"
            elif key in attrs:
                del attrs[key]  # relative: would load from this site

        @staticmethod
        def _link(attrs):
            href = attrs.get((None, "href"), "").strip().lower()
            if href and not href.startswith(("http:", "https:", "mailto:")):
                del attrs[(None, "href")]  # data:, cid:, relative: nothing to follow here
            attrs[(None, "rel")] = "noopener noreferrer nofollow"
            attrs[(None, "target")] = "_blank"

    return ContentFilter


@dataclasses.dataclass
class Result:
    """Sanitized HTML, how many remote resources were held back, its text and links."""

    html: str | None
    blocked: int
    text: str = ""
    links: list = dataclasses.field(default_factory=list)


_SETTLE = bleach.Cleaner(tags=TAGS, attributes=ATTRIBUTES, protocols=PROTOCOLS, strip=True,
                         strip_comments=True, css_sanitizer=CSS)
"""The settling clean: the same allowlists, without the rewriting of images and links."""
_SETTLE_REMOTE = bleach.Cleaner(tags=TAGS, attributes=ATTRIBUTES, protocols=PROTOCOLS,
                                strip=True, strip_comments=True, css_sanitizer=REMOTE_CSS)
BODY_SEARCH = 64 * 1024
"""Characters searched for the <body> tag, whose look the frame keeps (see _body_box)."""


def _body_box(html, deadline):
    """Return (the style of a div to carry the <body>'s style, bgcolor and text colour,
    which the walk drops with the tag ("<body style='font:10pt verdana'>" is how Outlook
    sets a size); the <body>'s background, to paint the whole frame as the original
    paints its whole window). Both "" when there is no such body."""
    for token in htmlwalk.tokens(html[:BODY_SEARCH], deadline):
        if token[0] == "start" and token[1] == "body":
            attrs = token[2]
            style = "; ".join(filter(None, (
                attrs.get("style", "").strip().rstrip(";"),
                attrs.get("bgcolor") and f"background-color: {attrs['bgcolor']}",
                attrs.get("text") and f"color: {attrs['text']}")))
            paint = "; ".join(f"{name}: {value}" for name, value in _BACKGROUND.findall(style))
            return style, paint
    return "", ""


_BACKGROUND = re.compile(r"(?<![\w-])(background(?:-color)?)\s*:\s*([^;]{1,200})", re.I)


def sanitize(html: str, cid_url=lambda cid: None, allow_remote: bool = False,
             deadline: Deadline = NEVER) -> Result:
    """Return a Result with html made safe; cid_url maps a Content-ID to a local URL.

    Reads at most htmlwalk.HTML_LIMIT characters (a note says so when cut) and
    raises budget.OverBudget once the deadline passes.
    """
    box, paint = _body_box(html, deadline)
    # The box is one more level: the walk keeps one less, as it will when cleaning again.
    walked = htmlwalk.walk(html, deadline, tidy_tags=TAGS,
                           depth=htmlwalk.MAX_DEPTH - 1 if box else htmlwalk.MAX_DEPTH)
    css, styles = 0, []
    for block in walked.styles:
        block = block[:max(0, STYLE_LIMIT - css)]
        css += len(block)
        try:
            styles.append(sanitize_stylesheet(block, remote=allow_remote) if block else "")
        except RecursionError:  # blocks nested thousands deep: drop the block
            pass
        deadline.check()
    found = Result(None, 0, walked.text(), walked.links)
    cleaner = bleach.Cleaner(tags=TAGS, attributes=ATTRIBUTES, protocols=PROTOCOLS, strip=True,
                             strip_comments=True, css_sanitizer=REMOTE_CSS if allow_remote else CSS,
                             filters=[_make_filter(cid_url, allow_remote, found, deadline)])
    # HTML5's repairs (foster parenting out of tables, the adoption agency, three alike
    # formatting tags at most) may read differently once serialized: a first plain clean
    # settles them, so the result reads the same when cleaned again.
    settle = _SETTLE_REMOTE if allow_remote else _SETTLE
    tidy = "".join(walked.tidy)
    settled = settle.clean(f'<div style="{escape(box)}">{tidy}</div>' if box else tidy)
    if paint:  # through the same filter as every style block: nothing it lets out
        styles.append(sanitize_stylesheet("body { " + paint + " }", remote=allow_remote))
    deadline.check()
    body = _TEXT_MARK.sub(lambda mark: walked.texts[int(mark.group(1))], cleaner.clean(settled))
    if walked.cut:
        body += TOO_LONG_NOTE
    style = "\n".join(s for s in styles if s)
    found.html = f"<style>{style}</style>{body}" if style else body  # a fixed point: no added text
    return found
