"""Find what a sign-up mail is for: one-time codes and confirmation links.

Heuristics, measured against tests/data/verification.py (precision and recall
are printed by bench/extract.py). Codes must sit near a word that means
"code" in one of several languages; order numbers, dates, prices, times and
phone numbers are not codes. Which links matter is tempmail.links's part.
"""

import bisect
import functools
import itertools
import re
import unicodedata

from tempmail.budget import NEVER, Deadline
from tempmail.code_checks import (
    FULL_STOP,
    LABEL_LINE,
    PROMO_REACH,
    SENTENCE_END,
    plausible,
    sentence_around,
    typed,
)
from tempmail.code_words import (
    BACKUP,
    COPULA,
    DASH_KEPT,
    DASH_OPTIONAL,
    INSTRUCTIONS,
    KEYWORDS,
    NOT_CODE_AFTER,
    NOT_CODE_BEFORE,
    NOT_CODE_WORDS,
    OBSOLETE,
    PRICED,
    PROMO,
    STEMS,
    VERB_AFTER,
    WARNING,
)
from tempmail.links import URL_IN_TEXT, find_links, html_to_text

INSTRUCTION_WINDOW = 40

DIGITS = (r"\d(?: \d){3,7}(?! ?\d)|\d{2,4}(?:[ -]\d{2,4}){1,2}(?![ -]?\d)|\d\d(?:[ -]\d\d){3}(?![ -]?\d)|"
          r"\d{4,8}")

ALNUM = (r"(?=[A-Z ]{0,14}\d)(?=[\d ]{0,14}[A-Z])[\dA-Z](?: [\dA-Z]){3,7}(?! ?\w)|"
         r"[A-Z]{1,3}-\d{4,8}|[A-Z]{3,5}(?:-[A-Z]{3,5}){1,2}(?![\w-])|"
         r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){0,3}")

LOWER = r"(?=[a-z0-9]{0,9}\d)(?=[a-z0-9]{0,9}[a-z])[a-z0-9]{5,10}(?![\w-])"
"""Small letters and digits ("4kd9wq7m"): a code only where a keyword hands it over."""

WORDS = r"[a-z]{3,12}(?:-[a-z]{3,12}){2,4}(?![\w-])"
"""A code made of words ("maple-river-quiet-fox"), as some services send instead of digits."""

UNSPACED = (r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
            r"\uac00-\ud7af\uf900-\ufaff")
"""Scripts written without a space between word and number: a code may touch their letters
("验证码123456", "認証コードは123456です", "인증번호는 331029입니다")."""

MONEY = r"[€$£¥₹₺₽₩₫฿₱₦₴₸₪₼₾৳₭₮₲₵]|zł|Kč|Ft|lei|TL(?!\w)|kr(?!\w)|руб|грн|đ(?!\w)|ر\.س|د\.إ"
"""A currency after a number: an amount ("3998 ₽", "39,98 zł"), not a code."""

UNITS = "[年月日時时分秒円元원년월일시분초個个件号號回次名人歳岁점층호동台点點]"
"""What glued to a number makes it a date, an amount or a count ("2026年", "38,900원")."""

CANDIDATE = re.compile(
    rf"(?<![.,/$€£¥+#@-])(?<![^\W{UNSPACED}])(?<!\d:)({DIGITS}|{ALNUM}|{WORDS}|{LOWER})"
    rf"(?![^\W{UNSPACED}]|{UNITS}|[/%€£$¥@]|[.,:]\d|\s?(?:{MONEY}|EUR|USD|%|kg|km))")

WINDOW = 80       # characters around a keyword in which a code may stand

TEXT_LIMIT = 256 * 1024
"""Characters of a subject or body searched for codes: a code stands near the top."""

MAX_CANDIDATES = 50_000
"""Code-like tokens looked at per text; past them the rest of the text is not read."""

SECOND_REACH = 24
"""A code after the first is listed only this near a keyword: mail has one code, and what
stands farther off is an order, a phone or a register number more often than a code."""

NEAR = 4
"""Codes nearer than this to a keyword are listed in the order they stand in the mail."""
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
SPARE_RANK = 60
"""Added to the rank of a code whose keyword is a backup's."""
OBSOLETE_RANK = 5000
"""Added to the rank of an old code: after any other, however found."""

MAX_CHECKED = 2_000
"""Tokens near a keyword whose context is weighed, per text; the nearest come first anyway."""

SENTENCE_REACH = 240
"""How far after its keyword a code may stand when an "is" or a colon hands it over in the
same sentence ("Your one-time code for the payment of 89,00 EUR at SHOP 2000 on card
ending 7745 is: 51 30 77"): bank and payment mails name merchant, amount and card between."""


def _prepare(text):
    """Fold other digits (５, ٥) and full-width letters to ASCII, blank out URLs, join a
    code set one digit or letter per line (table cells: "4\n8\n2\n9" reads "4 8 2 9");
    keep offsets."""
    text = text or ""
    if not text.isascii():
        text = _WIDE_SPACE.sub(" ", text)
        text = _OTHER_DIGIT.sub(lambda match: str(unicodedata.decimal(match.group())), text)
        text = _WIDE_LETTER.sub(lambda match: chr(ord(match.group()) - 0xFEE0), text)
    text = _DIGIT_PER_LINE.sub(lambda match: match.group().replace("\n", " "), text)
    return URL_IN_TEXT.sub(lambda match: " " * len(match.group()), text)

_DIGIT_PER_LINE = re.compile(
    r"(?<![^\n])(?<!\d\n)(?<!\n[A-Z]\n)[\dA-Z](?:\n[\dA-Z]){3,7}(?![^\n])(?!\n\d|\n[A-Z](?![^\n]))")

_OTHER_DIGIT = re.compile(r"(?![0-9])\d")

_WIDE_SPACE = re.compile(r"[\xa0\u2000-\u200a\u202f\u205f\u3000]")

_WIDE_LETTER = re.compile(r"[Ａ-Ｚａ-ｚ]")


def _a_name(source, start, end):
    """Tell whether source[start:end], a word that starts with a stem of "code", is a name:
    capitalised, six letters or more, in mid-sentence ("ООО «Кодхаб»", "by Codecademy")."""
    if end - start < 6 or not source[start].isupper():
        return False
    before = source[max(0, start - 8):start].rstrip(" \t«»\"'“”„(")
    return before[-1:] not in ("", "\n", ".", "!", "?", ":")

MAX_KEYWORDS = 2_000
"""Keywords (and as many stems) read per text: a mail speaks of its code a few times; past
these a text that repeats "code" is not read further for keywords."""


def _scan(text):
    """Return (prepared text, keyword spans, ends of instruction verbs, sentence ends) of a
    subject or body, cut at TEXT_LIMIT."""
    return _scan_cut(text[:TEXT_LIMIT])


@functools.lru_cache(maxsize=8)
def _scan_cut(text):
    """_scan of a text already cut; a view asks more than once, so it is remembered."""
    source = _prepare(text)
    spans = [(m.start(), m.end()) for m in itertools.islice(KEYWORDS.finditer(source), MAX_KEYWORDS)]
    for match in itertools.islice(STEMS.finditer(source), MAX_KEYWORDS):
        start = match.start()
        while start and (source[start - 1].isalnum() or source[start - 1] == "_"):
            start -= 1
        if 0 < match.start() - start < 3:
            continue  # "Skoda": a compound has a word before its "code", not a letter or two
        if start == match.start() and _a_name(source, start, match.end()):
            continue
        if not NOT_CODE_WORDS.match(source, start):
            spans.append((start, match.end()))
    spans = [(start, end) for start, end in sorted(spans)
             if not NOT_CODE_BEFORE.search(source, max(0, start - 16), start)
             and not NOT_CODE_AFTER.match(source, end)]
    return (source, spans, [verb.end() for verb in INSTRUCTIONS.finditer(source)],
            [stop.start() for stop in SENTENCE_END.finditer(source)], _spare(source, spans),
            _warned(source, spans))


WARNING_REACH = 60
"""Characters before a keyword, in its line and sentence, read for a warning."""


def _warned(source, spans):
    """Return the numbers of the keywords a warning stands before ("Never share this code",
    "Usishiriki PIN yako na mtu yeyote"): they speak of codes in general, not of one. (A
    warning between a keyword and a number is read where the number is ranked.)"""
    warned = set()
    for number, (start, _) in enumerate(spans):
        head = SENTENCE_END.split(source[max(0, start - WARNING_REACH):start])[-1]
        if WARNING.search(head.rpartition("\n")[2]):
            warned.add(number)
    return warned


def _spare(source, spans):
    """Return the numbers of the keywords that speak of a backup code: a backup named by
    the keyword ("Ersatzcode", "code de secours"), or a keyword that follows such a one in
    its paragraph with no code between ("Keep this backup code safe. It works in place of
    an emailed code: 9041-7723"). Each gap between keywords is read once."""
    spare: set[int] = set()
    for number, (start, end) in enumerate(spans):
        if BACKUP.search(source, max(0, start - 20), end + 14):
            spare.add(number)
        elif number - 1 in spare:
            gap = source[spans[number - 1][1]:start]
            if not _PARAGRAPH.search(gap) and not CANDIDATE.search(gap):
                spare.add(number)
    return spare


def find_codes(subject: str, text: str, limit: int = 3, deadline: Deadline = NEVER) -> list:
    """Return the one-time codes in subject and text, likeliest (nearest a keyword) first.

    One pass over the candidates of each text: a candidate is ranked by the
    nearest keyword before and after it (found by bisection), never against
    every keyword. Reads TEXT_LIMIT characters; raises budget.OverBudget.
    """
    best = {}
    scans = [_scan(subject or ""), _scan(text or "")]
    about_a_code = any(scan[1] for scan in scans)
    for offset, (source, spans, verbs, stops, spare, warned) in enumerate(scans):
        seen = checked = 0
        if not spans and not (about_a_code and verbs):
            continue
        starts = [start for start, _ in spans]
        reach = list(itertools.accumulate((end for _, end in spans), max))
        for match in CANDIDATE.finditer(source):
            seen += 1
            if seen % 256 == 0:
                deadline.check()
            if seen > MAX_CANDIDATES or checked >= MAX_CHECKED:
                break
            ranks = _ranks(source, match, starts, reach, verbs if about_a_code else (), stops,
                           warned)
            code = typed(match.group(1))
            if not ranks or best.get(code, (9e9,))[0] <= ranks[0][0] + offset:
                continue  # far from any keyword, or already found as near
            checked += 1
            if not plausible(source, match):
                continue
            # the nearest keyword that does not offer a discount ("Промокод ЗИМА20 … 20%")
            rank, distance, owner = next(
                (rank for rank in ranks if not _offered(source, spans, rank[2], code)),
                (None, None, None))
            if rank is None:
                continue
            previous = bisect.bisect_left(starts, match.start()) - 1  # the keyword before it
            backup = owner in spare and match.start() > starts[owner] or \
                previous in spare and match.start() <= reach[previous] + WINDOW
            if backup:
                rank += SPARE_RANK  # handed over by a backup's keyword
            if OBSOLETE.search(sentence_around(source, match.start(), match.end(), PROMO_REACH)):
                rank += OBSOLETE_RANK  # an old code: after any other, however found
            if best.get(code, (9e9,))[0] > rank + offset:
                best[code] = (rank + offset, offset, match.start(), distance, (offset, owner),
                              backup)
    # Codes right by a keyword come in the order they stand (the subject's first).
    ranked = sorted(best.items(), key=lambda item: (max(item[1][0], NEAR), *item[1][1:3]))
    found, owners = [], set()
    for code, (_, _, _, distance, owner, backup) in ranked:
        # a second code stands right by its keyword, or is the backup a keyword hands over
        if not found or ((distance <= SECOND_REACH or backup) and owner not in owners):
            found.append(code)
        owners.add(owner)
    return found[:limit]

def _offered(source, spans, owner, code):
    """Tell whether the keyword that hands a code over speaks of an offer in its sentence
    ("-30 % … avec le code ci-dessous, valable jusqu'au 06/12" and then "NEIGE30" alone):
    a promotion's code, or a coupon of letters beside a price or a percentage."""
    if owner < 0:
        return False  # found by an instruction verb
    start, end = spans[owner]
    head = SENTENCE_END.split(source[max(0, start - PROMO_REACH):start])[-1]
    tail = SENTENCE_END.split(source[end:end + PROMO_REACH], maxsplit=1)[0].partition("\n")[0]
    sentence = head + source[start:end] + tail  # not past its line: the code may stand below
    return bool(PROMO.search(sentence) or (not code.isdigit() and PRICED.search(sentence)))


COPULA_REACH = 10
"""Characters before a code searched for the "is" or colon that hands it over."""


def _ranks(source, match, starts, reach, verbs, stops, warned=frozenset()):
    """Return [(rank, distance, owner)], best first: how far match stands from the nearest
    keyword (or 1000 + from an instruction verb just before it), the rank a quarter of that
    when an "is" or a colon hands the code over (which reaches SENTENCE_REACH within one
    sentence; only that way from a keyword in a warning, "Never share it. Call 16247"); and
    which keyword or verb that is. Empty if neither is close or the match is a keyword
    itself. A keyword speaks of one code: a second number nearest the same keyword is a
    register, phone or order number."""
    start, end = match.span()
    before = bisect.bisect_left(starts, end)       # keywords starting before the code ends
    if before and reach[before - 1] > start:
        return []                                  # it overlaps a keyword itself ("2FA")
    ranks = []
    if before and end <= reach[before - 1] + SENTENCE_REACH:
        distance = start - reach[before - 1]
        # "your passcode for a payment to SHOP 3021 on 30/11 is 582 011"
        copula = COPULA.search(source, max(0, start - COPULA_REACH), start)
        if end <= reach[before - 1] + WINDOW:
            if _FULL_STOP.search(source, reach[before - 1], start):
                # "… never ask for codes. ACME LLC, 630099, Novosibirsk"; a colon there
                # is another label's ("… kode ini. CS: 1500-123")
                distance, copula = distance + WINDOW, None
            if copula or before - 1 not in warned and not WARNING.search(
                    source, reach[before - 1], start):  # "never share it. Call 16247"
                ranks.append((distance / 4 if copula else distance, distance, before - 1))
        elif copula and _one_sentence(stops, reach[before - 1], start):
            ranks.append((distance / 4, distance, before - 1))
    if before < len(starts) and start >= starts[before] - WINDOW and not _labelled(source, start):
        distance = starts[before] - end  # "482913 is your code"
        if _one_sentence(stops, end, starts[before]) and "\n" not in source[end:starts[before]]:
            ranks.append((distance, distance, before))
        elif not _PARAGRAPH.search(source, end, starts[before]):
            # the sentence before in its paragraph: "Gunakan 482913 untuk masuk. Jangan
            # bagikan kode ini"; ahead of a code in the sentence after, never listed second
            ranks.append((distance + WINDOW / 2, distance + WINDOW, before))
    if not ranks and verbs:
        verb = bisect.bisect_right(verbs, start)
        if verb and end <= verbs[verb - 1] + INSTRUCTION_WINDOW:
            distance = 1000 + start - verbs[verb - 1]
            ranks.append((distance, distance, -verb))
        elif VERB_AFTER.match(source, end):  # the verb after it: "448120 を入力してください"
            distance = 1000 + INSTRUCTION_WINDOW
            ranks.append((distance, distance, -len(verbs) - 1))
    return sorted(ranks)

_LABELLED = re.compile(r"[:：]\s*$")


def _labelled(source, start):
    """Tell whether a short label and a colon stand right before a number ("Contact centre:
    1414 · Never tell anyone the code"): it is that label's, not a code the next sentence
    speaks of. A long line ending in a colon is a sentence ("… into the box on that screen:")."""
    colon = _LABELLED.search(source, max(0, start - COPULA_REACH), start)
    if not colon:
        return False
    line = source.rfind("\n", max(0, colon.start() - LABEL_LINE - 1), colon.start())
    return line >= 0 or colon.start() <= LABEL_LINE

_FULL_STOP = re.compile(rf"{FULL_STOP}|[。！？।]")


def _one_sentence(stops, start, end):
    """Tell whether no sentence ends between start and end (stops sorted)."""
    return bisect.bisect_left(stops, start) == bisect.bisect_left(stops, end)

SPACED = r"(?=[A-Z]{0,3}\d)(?=\d{0,3}[A-Z])[A-Z0-9]{3,4} (?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,4}"
"""A letter code in two spaced groups ("HQ7 KM2"), read only on a line of its own: beside
words it is a postcode ("Norwich NR3 1HQ", "Toronto M5J 2X5")."""

_ALONE = re.compile(rf"[ \t>*_|:-]*({DIGITS}|{ALNUM}|{SPACED})[ \t*_|.-]*$")

MAX_OFFERS_READ = 64
"""Keywords of a text whose sentences are read for an offer before a code alone counts."""

ALONE_LINE = 64
"""Longest line read as "a code on a line of its own" (the pattern backtracks within a line)."""


def standalone_code(subject: str, text: str, deadline: Deadline = NEVER) -> str | None:
    """Return the one code set on a line of its own, when the mail is about a code.

    Designed mails often put the code in a big box far from the words around it;
    only used when nothing stands near a keyword, and only when exactly one
    such line exists. Lines longer than ALONE_LINE are not looked at.
    """
    scans = _scan(subject or ""), _scan(text or "")
    text = scans[1][0]
    if not any(owner not in warned and not _offered(source, spans, owner, "")
               for source, spans, *_, warned in scans
               for owner in range(min(len(spans), MAX_OFFERS_READ))):
        return None  # no keyword, or each one warns or speaks of an offer
    found, start = set(), 0
    for count, line in enumerate(text.split("\n")):
        if count % 256 == 0:
            deadline.check()
        end = start + len(line)
        match = _ALONE.match(text, start, end) if end - start <= ALONE_LINE else None
        if match and typed(match.group(1)) not in found and plausible(text, match):
            found.add(typed(match.group(1)))
            if len(found) > 1:
                return None
        start = end + 1
    return found.pop() if len(found) == 1 else None


def _without_dash(found: list, *texts: str) -> list:
    """Drop the dash from letter codes when the mail says it need not be typed."""
    if not any("-" in code for code in found) or \
            not any(DASH_OPTIONAL.search(text[:TEXT_LIMIT]) for text in texts if text):
        return found
    return [code.replace("-", "") if not WORDS_CODE.fullmatch(code) else code for code in found]

WORDS_CODE = re.compile(WORDS)


def _with_dashes(found: list, *texts: str) -> list:
    """Give digit codes back their dashes when the mail says to type them ("27-91-44 …
    Код вводиться саме так, з дефісами")."""
    texts = tuple(text[:TEXT_LIMIT] for text in texts if text)
    if not any(DASH_KEPT.search(text) for text in texts):
        return found
    kept = []
    for code in found:
        if code.isdigit():
            dashed = re.compile(r"(?<![\d-])" + "-?".join(code) + r"(?![\d-])")
            match = next((match for text in texts for match in dashed.finditer(text)
                          if "-" in match.group()), None)
            code = match.group() if match else code
        kept.append(code)
    return kept


def codes(subject: str, text: str, html_text: str, deadline: Deadline = NEVER) -> list:
    """Return the one-time codes of a message, likeliest first: near a keyword in
    the text part, else in the HTML's text, else one code set on a line alone."""
    body = text if text and text.strip() else html_text
    found = find_codes(subject, body, deadline=deadline)
    if not found and html_text and body is not html_text:
        found = find_codes("", html_text, deadline=deadline)
    if not found:
        alone = standalone_code(subject, body, deadline) or (
            standalone_code(subject, html_text, deadline)
            if html_text and body is not html_text else None)
        found = [alone] if alone else []
    return _with_dashes(_without_dash(found, text, html_text), text, html_text)


def extract(subject: str, text: str, html: str, html_text: str | None = None,
            html_links: list | None = None, deadline: Deadline = NEVER) -> dict:
    """Return {"codes": [...], "links": [...]} for a message's subject, text and HTML.

    html_text and html_links, when the caller has them (the sanitizer collects
    them), spare a second walk of the HTML. Raises budget.OverBudget.
    """
    if html_text is None:
        html_text, html_links = html_to_text(html, deadline) if html else ("", [])
    return {"codes": codes(subject, text, html_text, deadline),
            "links": find_links(text or "", html_links, deadline=deadline)}
