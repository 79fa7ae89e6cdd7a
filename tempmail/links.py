"""The visible text and links of an HTML mail, and which links a person wants.

Links that confirm, verify, reset or log in come first ("action"); unsubscribe,
preference, privacy, social and tracking links are left out. A link is judged
by its anchor text, else by the words that introduce it. Standard library only.
"""

import re
from html.parser import HTMLParser

ACTION_WORDS = re.compile(
    r"verif|confirm|activat|validat|magic|log[- ]?in|sign[- ]?in|auth|reset|password|"
    r"passwor|token|best[äa]tig|aktivier|anmeld|confirmer|v[ée]rifi|activer|connexion|"
    r"confirmar|verificar|activar|iniciar|conferm|attiva|accedi|bevestig|activeer|"
    r"potwierd|aktywuj|подтверд|войти|approve|accept|join|invite|claim|continue|get started|"
    r"complete|redefin|senha|contrase|restablec|r[ée]initialis|mot de passe|zur[üu]cksetz|"
    r"passwort|wachtwoord|herstel|has[łl]o|парол|reimposta|ripristin|lösenord|adgangskode|"
    r"salasana|bekr[äæ]ft|verifiera|vahvist|potvrd|ověř|doğrula|onayla|επιβεβαι|تأكيد|تحقق|"
    r"पुष्टि|xác nhận|xác minh|konfirmasi|verifikasi|確認|認証|ログイン|确认|验证|登录|확인|인증|로그인", re.I)
SKIP_WORDS = re.compile(
    r"unsub|abbestell|d[ée]sinscri|d[ée]sabonn|darse de baja|cancelar suscrip|disiscri|"
    r"afmeld|uitschrijv|preference|einstellungen|privacy|datenschutz|confidentialit|"
    r"privacidad|terms|agb|conditions|view (?:it )?in (?:your )?browser|im browser|"
    r"webversion|help ?center|support|facebook|twitter|instagram|linkedin|youtube|"
    r"report|abuse|manage|unlink|not[ -]me|wasn'?t[ -]me|remove|no longer (?:wish|want)|"
    r"opt[- ]?out|stop receiving|ne plus recevoir|nicht mehr (?:erhalten|empfangen)|"
    r"dejar de recibir|non ricevere più", re.I)
TRACKING = re.compile(r"(?:^|[./])(?:pixel|open|track|trk|beacon)(?:[./?]|$)|/o/|/open\?|"
                      r"\.gif(?:\?|$)|\.png(?:\?|$)|utm_", re.I)
# Words that point at a link without saying what it does ("use this link:").
POINTER = re.compile(r"(?<!\w)(?:link|enlace|lien|collegamento|click|klick|cliquez|clic|"
                     r"button|bouton|bot[óo]n|pulsante|url|below|unten|ci-dessous|abajo|sotto|"
                     r"hier|here|aqu[íi]|ici|qui)", re.I)
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+", re.I)


class _TextAndLinks(HTMLParser):
    """Collect visible text and (href, anchor text, text before it) triples from HTML."""

    SKIP = {"script", "style", "head", "title", "noscript"}
    BREAK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "td"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.links, self._skip, self._anchor = [], [], 0, None
        self._after_link = 0  # index in text where the last link ended

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BREAK:
            self.text.append("\n")
        if tag == "a":
            self._anchor = [dict(attrs).get("href") or "", [],
                            text_before(self.text, self._after_link)]
        elif tag == "img" and self._anchor is not None:
            self._anchor[1].append(dict(attrs).get("alt") or "")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "a" and self._anchor is not None:
            href, words, before = self._anchor
            self.links.append((href, " ".join(" ".join(words).split()), before))
            self._anchor, self._after_link = None, len(self.text)
        if tag in self.BREAK:
            self.text.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)
            if self._anchor is not None:
                self._anchor[1].append(data)


def text_before(chunks, stop, limit=300):
    """Return the last limit characters of chunks[stop:] joined: the words before a link."""
    taken, size, index = [], 0, len(chunks)
    while index > stop and size < limit:
        index -= 1
        taken.append(chunks[index])
        size += len(chunks[index])
    return "".join(reversed(taken))[-limit:]


def html_to_text(html):
    """Return (visible text, [(href, anchor text, text before it)]) of an HTML body; never raise."""
    parser = _TextAndLinks()
    try:
        parser.feed(html[:2_000_000])
        parser.close()
    except Exception:
        pass
    text = "".join(parser.text)
    return re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\n\s*\n+", "\n", text)).strip(), parser.links


def find_links(text, html_links, limit=10):
    """Return [{url, text, kind}]: action links first, then others; no unsubscribe/tracking.

    html_links holds (href, anchor text, text before the anchor) triples; a link
    is judged by its anchor text first, then by the clause that introduces it
    ("To verify your email, <a>click here</a>") and its URL.
    """
    seen, action, other = set(), [], []
    candidates = [(link[0], link[1], _lead_in(link[2], len(link[2])) if len(link) > 2 else "")
                  for link in html_links or ()]
    candidates += [(m.group(), "", _lead_in(text, m.start()))
                   for m in URL_IN_TEXT.finditer(text or "")]
    for url, label, lead in candidates:
        url = (url or "").strip().rstrip(".,;")
        if not url.lower().startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        kind = _judge(url, label, lead)
        if kind is not None:
            entry = {"url": url, "text": label[:200], "kind": kind}
            (action if kind == "action" else other).append(entry)
    return (action + other)[:limit]


def _judge(url, label, lead):
    """Return "action", "other" or None (leave the link out)."""
    if SKIP_WORDS.search(label) or SKIP_WORDS.search(url.split("?", 1)[0]):
        return None
    if ACTION_WORDS.search(label):
        return "action"
    clause = re.split(r"[.!?。！？]\s+", lead)[-1]
    if POINTER.search(clause) and not (ACTION_WORDS.search(clause) or SKIP_WORDS.search(clause)):
        clause = lead  # "... reset your password. Use this link:" speaks of the sentence before
    if SKIP_WORDS.search(clause):
        return None
    if ACTION_WORDS.search(clause) or ACTION_WORDS.search(url):
        return "action"
    return None if TRACKING.search(url) else "other"


def _lead_in(text, start):
    """Return the words that introduce a link: its line so far, else the line before."""
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text[max(0, start - 400):start])
    lines = [line.strip() for line in text.split("\n")]
    lead = lines[-1]
    if not lead and len(lines) > 1:
        before = next((line for line in reversed(lines[:-1]) if line), "")
        lead = "" if URL_IN_TEXT.search(before) else before  # that line had its own link
    return lead[-240:]
