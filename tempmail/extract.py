"""Find what a sign-up mail is for: one-time codes and confirmation links.

Heuristics, measured against tests/data/verification.py (precision and recall
are printed by bench/extract.py). Codes must sit near a word that means
"code" in one of several languages; order numbers, dates, prices, times and
phone numbers are not codes. Which links matter is tempmail.links's part.
"""

import functools
import re
import unicodedata

from tempmail.links import URL_IN_TEXT, find_links, html_to_text

# Words meaning "code" or "verify" in many languages, as whole words. STEMS
# also take compounds (Bestätigungscode, verifieringskod, kodunuz,
# vahvistuskoodisi), minus the words NOT_CODE_WORDS starts.
STEMS = re.compile(
    r"(?=[ckκк])(?:code[sn]?|kod\w*|kód\w*|koodi\w*|kode\w*|κωδικ\w*|код\w*)(?!\w)", re.I)
KEYWORDS = re.compile(
    r"(?=[cvmotpw2dşeεركاקאकओसکรコワ验驗校动确인코])"  # first letters: a fast skip
    r"(?<!\w)(?:"
    r"c[óo]digo|clave|codice|cod(?:ul|ului)?|mã|"
    r"verification|verify|verificaci[óo]n|verifica(?:ção|re|tion)?|verifikasi|"
    r"verifiering|one[- ]time|otp|pin|token|2fa|confirmation|"
    r"weryfikac\w*|doğrulama|şifre|vahvistus\w*|ověř\w*|ellenőrző|"
    r"επαλήθευσ\w*|رمز|كود|التحقق|קוד|אימות|कोड|ओटीपी|सत्यापन|کد|รหัส"
    r")(?!\w)|"
    r"コード|ワンタイム|验证码|驗證碼|校验码|动态码|确认码|인증\s*(?:코드|번호)|인증번호|코드",
    re.I)
NOT_CODE_WORDS = re.compile(
    r"(?:post|zip|bar|promo|gutschein|rabat|aktions|coupon|kupon|discount|voucher|qr|source|"
    r"quell|enc|dec|dek|enk|uni|geo|dress|sort|kodak|vorwahl)", re.I)
NOT_CODE_BEFORE = re.compile(
    r"(?<!\w)(?:source|promo|zip|postal|post|area|country|dress|sort|bar|discount|coupon|"
    r"voucher|gift|qr)[\s-]*$", re.I)
# Verbs that hand the reader a code ("Enter 482913 in the app"); they count
# only in a mail that speaks of a code somewhere, and only just before the code.
INSTRUCTIONS = re.compile(
    r"(?<!\w)(?:enter|use|type|paste|input|eingeben|gib|verwende|saisissez|entrez|utilisez|"
    r"introduce|ingresa|ingrese|usa|utiliza|inserisci|digite|insira|voer|gebruik|wpisz|"
    r"введите|girin|ange|indtast|syötä|zadejte)(?!\w)", re.I)
INSTRUCTION_WINDOW = 40

# Words that make a nearby number something else.
NOT_A_CODE = re.compile(
    r"(?:order|invoice|tracking|shipment|ref(?:erence)?|account|customer|member|ticket|case|"
    r"bestell\w*|rechnung\w*|kunden\w*|commande|facture|pedido|factura|ordine|"
    r"bestelling|phone|tel(?:efon)?|fax|call|zip|postal|plz|pocztow\w*|no\.|nr\.|#|"
    r"(?:area|country|zip|post(?:al)?|sort)\s+code)"
    r"(?:\s*(?:number|nummer|num[ée]ro|n[°º]|no\.?|nr\.?|id))?\s*[:#]?\s*$", re.I)

DIGITS = r"\d(?: \d){3,7}(?! ?\d)|\d{2,4}(?:[ -]\d{2,4}){1,2}(?![ -]?\d)|\d{4,8}"
ALNUM = (r"[A-Z]{1,3}-\d{4,8}|"
         r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){0,3}")
PROMO = re.compile(r"promo|coupon|discount|voucher|checkout|% off|\boff\b|rabatt|gutschein|"
                   r"descuento|cup[óo]n|r[ée]duction|sconto|korting|gift card", re.I)
CANDIDATE = re.compile(
    rf"(?<![\w.,/$€£¥+#@-])(?<!\d:)({DIGITS}|{ALNUM})"
    rf"(?![\w/%€£$¥@]|[.,:]\d|\s?(?:€|EUR|USD|\$|%|kg|km))")
DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}")
WINDOW = 80       # characters around a keyword in which a code may stand

def _prepare(text):
    """Fold other digits (５, ٥) and full-width letters to ASCII, blank out URLs; keep offsets."""
    text = text or ""
    if not text.isascii():
        text = _OTHER_DIGIT.sub(lambda match: str(unicodedata.decimal(match.group())), text)
        text = _WIDE_LETTER.sub(lambda match: chr(ord(match.group()) - 0xFEE0), text)
    return URL_IN_TEXT.sub(lambda match: " " * len(match.group()), text)


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_WIDE_LETTER = re.compile(r"[Ａ-Ｚａ-ｚ]")


def _typed(code):
    """Return a code as it is typed: "583 201" and "583-201" are 583201; "7Q4-ZP9" keeps its dash."""
    code = code.replace(" ", "")
    return code.replace("-", "") if code.replace("-", "").isdigit() else code


@functools.lru_cache(maxsize=8)
def _scan(text):
    """Return (prepared text, keyword spans) of a subject or body; a view asks more than once."""
    source = _prepare(text)
    spans = [(m.start(), m.end()) for m in KEYWORDS.finditer(source)]
    for match in STEMS.finditer(source):
        start = match.start()
        while start and (source[start - 1].isalnum() or source[start - 1] == "_"):
            start -= 1
        if not NOT_CODE_WORDS.match(source, start):
            spans.append((start, match.end()))
    spans = [(start, end) for start, end in sorted(spans)
             if not NOT_CODE_BEFORE.search(source, max(0, start - 16), start)]
    return source, spans


def find_codes(subject, text, limit=3):
    """Return the one-time codes in subject and text, likeliest (nearest a keyword) first."""
    best = {}

    def consider(source, match, rank, keywords):
        if any(match.start() < e and match.end() > s for s, e in keywords):
            return  # a keyword itself ("2FA")
        if _plausible(source, match):
            code = _typed(match.group(1))
            best[code] = min(best.get(code, (9e9, 0)), (rank, match.start()))

    sources, spans = zip(_scan(subject or ""), _scan(text or ""))
    for offset, (source, keywords) in enumerate(zip(sources, spans)):
        for start_kw, end_kw in keywords:
            start, end = max(0, start_kw - WINDOW), min(len(source), end_kw + WINDOW)
            for match in CANDIDATE.finditer(source, start, end):
                distance = min(abs(match.start() - end_kw), abs(start_kw - match.end()))
                consider(source, match, distance + offset, keywords)
    if any(spans):  # a mail about a code: "Enter 482913 in the app" counts too
        for offset, (source, keywords) in enumerate(zip(sources, spans)):
            for verb in INSTRUCTIONS.finditer(source):
                end = min(len(source), verb.end() + INSTRUCTION_WINDOW)
                for match in CANDIDATE.finditer(source, verb.end(), end):
                    consider(source, match, 1000 + match.start() - verb.end() + offset, keywords)
    return [code for code, _ in sorted(best.items(), key=lambda item: item[1])][:limit]


_ALONE = re.compile(rf"^[ \t>*_|:-]*({DIGITS}|{ALNUM})[ \t*_|.-]*$", re.M)


def standalone_code(subject, text):
    """Return the one code set on a line of its own, when the mail is about a code.

    Designed mails often put the code in a big box far from the words around it;
    only used when nothing stands near a keyword, and only when exactly one
    such line exists.
    """
    (_, subject_spans), (text, text_spans) = _scan(subject or ""), _scan(text or "")
    if not (subject_spans or text_spans):
        return None
    found = {_typed(m.group(1)) for m in _ALONE.finditer(text)
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
    if re.fullmatch(r"\d{5}", code) and re.search(r"(?<![A-Za-z])[A-Z]{2}\s*$", before):
        return False  # a US ZIP code after the state ("CA 94105")
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


def codes(subject, text, html_text):
    """Return the one-time codes of a message, likeliest first: near a keyword in
    the text part, else in the HTML's text, else one code set on a line alone."""
    body = text if text and text.strip() else html_text
    found = find_codes(subject, body)
    if not found and html_text and body is not html_text:
        found = find_codes("", html_text)
    if not found:
        alone = standalone_code(subject, body) or (
            standalone_code(subject, html_text) if html_text and body is not html_text else None)
        found = [alone] if alone else []
    return found


def extract(subject, text, html, html_text=None, html_links=None):
    """Return {"codes": [...], "links": [...]} for a message's subject, text and HTML.

    html_text and html_links, when the caller has them (the sanitizer collects
    them), spare a second parse of the HTML.
    """
    if html_text is None:
        html_text, html_links = html_to_text(html) if html else ("", [])
    return {"codes": codes(subject, text, html_text),
            "links": find_links(text or "", html_links)}
