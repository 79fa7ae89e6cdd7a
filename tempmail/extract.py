"""Find what a sign-up mail is for: one-time codes and confirmation links.

Heuristics, measured against tests/data/verification.py (precision and recall
are printed by bench/extract.py). Codes must sit near a word that means
"code" in one of several languages; order numbers, dates, prices, times and
phone numbers are not codes. Links that confirm, verify or log in come first;
unsubscribe, preference, privacy and tracking links are left out.
"""

import re
from html.parser import HTMLParser

KEYWORDS = re.compile(
    r"(?<![a-z])(?:"
    r"codes?|code\s+de\s+(?:v[ée]rification|confirmation|s[ée]curit[ée])|"
    r"verification|verify|one[- ]time|passcode|otp|pin|token|security\s+code|2fa|"
    r"login\s+code|sign[- ]in\s+code|confirmation|"
    r"best[äa]tigungs-?code|sicherheits-?code|verifizierungs-?code|anmelde-?code|"
    r"einmal-?code|zugangs-?code|"
    r"c[óo]digo|clave|verificaci[óo]n|"
    r"codice|verifica|"
    r"verificatiecode|inlogcode|beveiligingscode|"
    r"kod|weryfikac\w*|"
    r"код\w*|"
    r"認証コード|確認コード|ワンタイム|検証コード|验证码|驗證碼|校验码|인증\s*(?:코드|번호)"
    r")(?![a-z])", re.I)

# Words that make a nearby number something else.
NOT_A_CODE = re.compile(
    r"(?:order|invoice|tracking|shipment|ref(?:erence)?|account|customer|member|ticket|case|"
    r"bestell\w*|rechnung\w*|kunden\w*|commande|facture|pedido|factura|ordine|"
    r"bestelling|phone|tel(?:efon)?|fax|call|zip|postal|plz|no\.|nr\.|#)"
    r"(?:\s*(?:number|nummer|num[ée]ro|n[°º]|no\.?|nr\.?|id))?\s*[:#]?\s*$", re.I)

DIGITS = r"\d(?: \d){3,7}(?! ?\d)|\d{2,4}(?:[ -]\d{2,4}){1,2}(?![ -]?\d)|\d{4,8}"
ALNUM = (r"[A-Z]{1,3}-\d{4,8}|"
         r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){0,3}")
PROMO = re.compile(r"promo|coupon|discount|voucher|checkout|% off|\boff\b|rabatt|gutschein|"
                   r"descuento|cup[óo]n|r[ée]duction|sconto|korting|gift card", re.I)
CANDIDATE = re.compile(
    rf"(?<![\w.,/:$€£¥+#@-])({DIGITS}|{ALNUM})(?![\w/%€£$¥@]|[.,:]\d|\s?(?:€|EUR|USD|\$|%|kg|km))")
DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}")
WINDOW = 80       # characters around a keyword in which a code may stand

ACTION_WORDS = re.compile(
    r"verif|confirm|activat|validat|magic|log[- ]?in|sign[- ]?in|auth|reset|password|"
    r"passwor|token|best[äa]tig|aktivier|anmeld|confirmer|v[ée]rifi|activer|connexion|"
    r"confirmar|verificar|activar|iniciar|conferm|attiva|accedi|bevestig|activeer|"
    r"potwierd|aktywuj|подтверд|войти|approve|accept|join|invite|claim|continue|get started|"
    r"complete", re.I)
SKIP_WORDS = re.compile(
    r"unsub|abbestell|d[ée]sinscri|d[ée]sabonn|darse de baja|cancelar suscrip|disiscri|"
    r"afmeld|uitschrijv|preference|einstellungen|privacy|datenschutz|confidentialit|"
    r"privacidad|terms|agb|conditions|view (?:it )?in (?:your )?browser|im browser|"
    r"webversion|help ?center|support|facebook|twitter|instagram|linkedin|youtube|"
    r"report|abuse|manage", re.I)
TRACKING = re.compile(r"(?:^|[./])(?:pixel|open|track|trk|beacon)(?:[./?]|$)|/o/|/open\?|"
                      r"\.gif(?:\?|$)|\.png(?:\?|$)|utm_", re.I)
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+", re.I)


class _TextAndLinks(HTMLParser):
    """Collect visible text and (href, anchor text) pairs from HTML."""

    SKIP = {"script", "style", "head", "title", "noscript"}
    BREAK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "td"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.links, self._skip, self._anchor = [], [], 0, None

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BREAK:
            self.text.append("\n")
        if tag == "a":
            self._anchor = [dict(attrs).get("href") or "", []]
        elif tag == "img" and self._anchor is not None:
            self._anchor[1].append(dict(attrs).get("alt") or "")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "a" and self._anchor is not None:
            href, words = self._anchor
            self.links.append((href, " ".join(" ".join(words).split())))
            self._anchor = None
        if tag in self.BREAK:
            self.text.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)
            if self._anchor is not None:
                self._anchor[1].append(data)


def html_to_text(html):
    """Return (visible text, [(href, anchor text)]) of an HTML body; never raise."""
    parser = _TextAndLinks()
    try:
        parser.feed(html[:2_000_000])
        parser.close()
    except Exception:
        pass
    text = "".join(parser.text)
    return re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\n\s*\n+", "\n", text)).strip(), parser.links


def find_codes(subject, text, limit=3):
    """Return the one-time codes in subject and text, likeliest (nearest a keyword) first."""
    best = {}
    for rank, source in enumerate((subject or "", text or "")):
        keywords = [(m.start(), m.end()) for m in KEYWORDS.finditer(source)]
        for start_kw, end_kw in keywords:
            start, end = max(0, start_kw - WINDOW), min(len(source), end_kw + WINDOW)
            for match in CANDIDATE.finditer(source, start, end):
                if any(match.start() < e and match.end() > s for s, e in keywords):
                    continue  # a keyword itself ("2FA")
                if not _plausible(source, match):
                    continue
                distance = min(abs(match.start() - end_kw), abs(start_kw - match.end()))
                code = match.group(1).replace(" ", "")  # "583 201" is typed 583201
                best[code] = min(best.get(code, (9e9, 0)), (distance + rank, match.start()))
    return [code for code, _ in sorted(best.items(), key=lambda item: item[1])][:limit]


_ALONE = re.compile(rf"^[ \t>*_|:-]*({DIGITS}|{ALNUM})[ \t*_|.-]*$", re.M)


def standalone_code(subject, text):
    """Return the one code set on a line of its own, when the mail is about a code.

    Designed mails often put the code in a big box far from the words around it;
    only used when nothing stands near a keyword, and only when exactly one
    such line exists.
    """
    if not (KEYWORDS.search(subject or "") or KEYWORDS.search(text or "")):
        return None
    found = {m.group(1).replace(" ", "") for m in _ALONE.finditer(text or "")
             if _plausible(text, m)}
    return found.pop() if len(found) == 1 else None


def _plausible(source, match):
    code = match.group(1)
    before = source[max(0, match.start() - 24):match.start()]
    around = source[max(0, match.start() - 12):match.end() + 12]
    if NOT_A_CODE.search(before) or DATE_OR_TIME.search(around.replace(code, "X", 1) + code) \
            and DATE_OR_TIME.fullmatch(_date_span(source, match)):
        return False
    if re.search(r"\+\d|\(\d{2,4}\)\s*$", before):
        return False  # phone number
    digits = re.sub(r"\D", "", code)
    if re.fullmatch(r"[\d -]+", code) and not 4 <= len(digits) <= 8:
        return False
    if PROMO.search(source[max(0, match.start() - 40):match.end() + 40]):
        return False
    if code.isdigit() and len(code) == 4 and 1900 <= int(code) <= 2099 and \
            not re.search(r"[:：]\s*$", before):
        return False  # a year
    if re.fullmatch(r"[A-Z]+", code.replace("-", "")) or (digits and len(set(digits)) == 1
                                                           and len(digits) > 5):
        return False
    return True


def _date_span(source, match):
    left = match.start()
    while left > 0 and (source[left - 1].isdigit() or source[left - 1] in "./-:"):
        left -= 1
    right = match.end()
    while right < len(source) and (source[right].isdigit() or source[right] in "./-:"):
        right += 1
    return source[left:right]


def find_links(text, html_links, limit=10):
    """Return [{url, text, kind}]: action links first, then others; no unsubscribe/tracking."""
    seen, action, other = set(), [], []
    candidates = list(html_links) + [(url, "") for url in URL_IN_TEXT.findall(text or "")]
    for url, label in candidates:
        url = (url or "").strip().rstrip(".,;")
        if not url.lower().startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        context = f"{label} {url}"
        if SKIP_WORDS.search(label) or SKIP_WORDS.search(url.split("?", 1)[0]):
            continue
        if TRACKING.search(url) and not ACTION_WORDS.search(label):
            continue
        entry = {"url": url, "text": label[:200]}
        if ACTION_WORDS.search(context):
            action.append(dict(entry, kind="action"))
        else:
            other.append(dict(entry, kind="other"))
    return (action + other)[:limit]


def extract(subject, text, html, html_text=None, html_links=None):
    """Return {"codes": [...], "links": [...]} for a message's subject, text and HTML.

    html_text and html_links, when the caller has them (the sanitizer collects
    them), spare a second parse of the HTML.
    """
    if html_text is None:
        html_text, html_links = html_to_text(html) if html else ("", [])
    body = text if text and text.strip() else html_text
    codes = find_codes(subject, body)
    if not codes and html_text and body is not html_text:
        codes = find_codes("", html_text)
    if not codes:
        alone = standalone_code(subject, body) or (
            standalone_code(subject, html_text) if html_text and body is not html_text else None)
        codes = [alone] if alone else []
    return {"codes": codes, "links": find_links(text or "", html_links)}
