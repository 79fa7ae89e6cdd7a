"""Where a subject or body speaks of a code: the shapes a code takes, the text prepared for
reading (other digits folded, URLs blanked, a code set one character per cell joined), its
keywords, instruction verbs and sentence ends, and which keywords name a backup or stand
in a warning.

Used by tempmail.extract; every pattern runs once over the text or at bounded places, and
at most MAX_KEYWORDS keywords are read, so a scan is linear in its input.
"""

import functools
import itertools
import re
import unicodedata

from tempmail.code_checks import SENTENCE_END
from tempmail.code_words import (
    BACKUP,
    INSTRUCTIONS,
    KEYWORDS,
    NOT_CODE_AFTER,
    NOT_CODE_BEFORE,
    NOT_CODE_WORDS,
    STEMS,
    WARNING,
)
from tempmail.links import URL_IN_TEXT

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

TEXT_LIMIT = 256 * 1024
"""Characters of a subject or body searched for codes: a code stands near the top."""

PARAGRAPH = re.compile(r"\n[ \t]*\n")

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


def scan(text: str) -> tuple:
    """Return (prepared text, keyword spans, ends of instruction verbs, sentence ends) of a
    subject or body, cut at TEXT_LIMIT."""
    return _scan_cut(text[:TEXT_LIMIT])


@functools.lru_cache(maxsize=8)
def _scan_cut(text):
    """scan of a text already cut; a view asks more than once, so it is remembered."""
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
            if not PARAGRAPH.search(gap) and not CANDIDATE.search(gap):
                spare.add(number)
    return spare
