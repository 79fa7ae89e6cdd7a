"""Whether a number near a code word is a code: dates, times, phones, postcodes, addresses,
labels (order, register, card) and coupons ruled out; how a code is typed.

Used by tempmail.extract on each candidate; every check reads a bounded neighbourhood.
"""

import re

from tempmail.code_words import (
    COPULA,
    CURRENCY_AMOUNT,
    HANDED,
    NOT_A_CODE,
    NOT_A_CODE_AFTER,
    PRICED,
    PROMO,
    THAI_DATE,
)

PROMO_REACH = 80
"""Characters around a code, within its sentence, searched for PROMO words."""

DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}")

FULL_STOP = r"(?<![\s.]\w)[.!?](?=\s)(?!\s+[a-zß-ÿа-яё])"
"""A full stop before a space, but not one closing an abbreviation: a one-letter word ("B.V.",
"s.r.o.", "d.o.o.") or a stop the sentence goes on after in lower case ("sp. z o.o. kartą")."""

SENTENCE_END = re.compile(rf"{FULL_STOP}|[。！？।]|\n[ \t]*\n")
"""Where a sentence ends: a full stop before a space, an ideographic stop, a blank line."""


def typed(code: str) -> str:
    """Return a code as it is typed: "583 201" and "583-201" are 583201; "7Q4-ZP9" keeps its dash;
    "G-482913" is 482913 (the letter names the sender; the form takes the digits)."""
    code = code.replace(" ", "")
    if _SENDER_LETTER.fullmatch(code):
        return code[2:]
    return code.replace("-", "") if code.replace("-", "").isdigit() else code

_SENDER_LETTER = re.compile(r"[A-Z]-\d{4,8}")

_THREE_THREES = re.compile(r"\d{3}[ -]\d{3}[ -]\d{3}")


def sentence_around(source: str, start: int, end: int, reach: int,
                    reach_after: int | None = None) -> str:
    """Return the text within reach of source[start:end] (reach_after after it, when given)
    that is in the same sentence."""
    before = SENTENCE_END.split(source[max(0, start - reach):start])[-1]
    after = SENTENCE_END.split(source[end:end + (reach if reach_after is None else reach_after)],
                               maxsplit=1)[0]
    return before + source[start:end] + after


def plausible(source: str, match: re.Match) -> bool:
    """Tell whether match, a candidate near a code word, reads as a code: not a date or a
    time, a phone, a postcode, a house or labelled number, a price's coupon, a year."""
    code = match.group(1)
    before = source[max(0, match.start() - 24):match.start()]
    if _SMALL.fullmatch(code) and not _HANDED_OVER.search(before):
        return False  # "mp4", "h264x": small letters are a code only right after "code is"
    around = source[max(0, match.start() - 12):match.end() + 12]
    label = NOT_A_CODE.search(before)
    if label and not _ends_a_sentence(source, match.start() - len(before) + label.start(),
                                      match.start()):
        return False
    if DATE_OR_TIME.search(around.replace(code, "X", 1) + code) \
            and _is_date(_date_span(source, match)):
        return False
    if NOT_A_CODE_AFTER.match(source, match.end(), match.end() + 24):
        return False  # the end of a card or phone ("4567 ile biten", "4567로 끝나는")
    if re.search(r"(?<!\w)[A-Z][a-z]{1,4}\. $", before):
        return False  # after an abbreviation: a street or house number ("Kav. 52-53", "Str. 12")
    if re.search(r"\+\d[\d ().-]*$|\(\d[\d ]{0,4}\d\)\s*$", before):
        return False  # phone number
    if re.search(r"\d[ -]$|(?<![\w])[A-Z]{2}\d{2} $", before):
        return False  # the tail of a longer number (a phone, an IBAN, a split code's copy)
    if _CITY_AFTER.match(source, match.end()) and re.search(r"(?:^|[,·|\n])\s*$", before):
        return False  # a postcode before its town ("28046 Madrid", "3011 AB Rotterdam")
    if code.isdigit() and re.search(r", [A-ZÀ-Ý][^\W\d_]+ $", before):
        return False  # a postcode after its town ("Jl. Sudirman 1, Jakarta 12190")
    if code.isdigit() and re.search(r"(?<![A-Za-z])[A-Z]{2} ?$", before):
        return False  # a ZIP code after its state ("CA 94105"), a flight ("UA 1234")
    if re.match(r"[ -]\d", source[match.end():match.end() + 2]):
        return False  # the head of a longer number ("20261130-0042", "0212 123 45 67")
    digits = re.sub(r"\D", "", code)
    if re.fullmatch(r"[\d -]+", code) and not 4 <= len(digits) <= 8 and not (
            _THREE_THREES.fullmatch(code) and HANDED.search(before)):
        return False  # too short or long for a code, unless "Recovery code: 403 918 552"
    if PROMO.search(_promo_sentence(source, match, code)):
        return False  # a promotion's code ("Use SAVE2026 at checkout")
    if not typed(code).isdigit():
        left = source[max(0, match.start() - PROMO_REACH):match.start()].rpartition("\n")[2]
        right = source[match.end():match.end() + PROMO_REACH].partition("\n")[0]
        if PRICED.search(left + " " + right):
            return False  # letters with a percentage or a price on their line: a coupon
    if code.isdigit() and len(code) == 4 and 1900 <= int(code) <= 2099 and \
            not re.search(r"[:：]\s*$", before):
        return False  # a year
    if THAI_DATE.search(before):
        return False  # a Buddhist-era year ("30 พ.ย. 2569")
    if CURRENCY_AMOUNT.fullmatch(code):
        return False
    if len(typed(code)) < 4:
        return False  # "V8", "A1": a model or a grade, shorter than any code
    if re.fullmatch(r"\d\d[-/.]\d\d", code) and _is_day_and_month(code):
        return False  # a day and month ("11-22 携程旅行", "30/11")
    if re.search(r"[Xx*]{3}", code) or re.fullmatch(r"[Xx]{2,}\d{2,6}", code) \
            or re.search(r"[*•xX]{2,}[ -]?$", before) \
            or re.match(r"[ -]?[*•xX]{2,}", source[match.end():match.end() + 4]):
        return False  # part of a masked card, account or phone number ("XX1234", "012 345 ***")
    if len(code) > 12 and "-" not in code and not typed(code).isdigit():
        return False  # a tax, tracking or serial number, not something one types
    if re.fullmatch(r"[A-Z]+", code.replace("-", "")) and not _DEVICE_CODE.fullmatch(code) \
            and not ("-" in code and COPULA.search(before)):
        return False  # a word in capitals, unless in dashed groups handed over ("is: RTQ-MZK")
    if digits and len(set(digits)) == 1 and len(digits) > 5:
        return False  # 000000, a placeholder
    return True

_SMALL = re.compile(r"(?=.*[a-z])[a-z0-9]+")

_HANDED_OVER = re.compile(r"(?:code|kod|kód|código|codice|κωδικός|код|password|passcode|"
                          r"otp|pin|token)\w{0,4}\s*(?:is|ist|est|es|è|é|:|：)\s*$", re.I)

def _promo_sentence(source, match, code):
    """Return the sentence a coupon's words are looked for in: a code of digits that ends its
    line ends its sentence ("Your code: 448120\nUse KUPON10 for 10% off" is two)."""
    start, end = match.span()
    line_end = _LINE_END.match(source, end) if typed(code).isdigit() else None
    return sentence_around(source, start, end, PROMO_REACH,
                           line_end.end() - end if line_end else PROMO_REACH)

_LINE_END = re.compile(r"[ \t.!;)\]]*\n")

_DEVICE_CODE = re.compile(r"[A-Z]{4}-[A-Z]{4}")
"""Letters only, in two fours: a device code ("WDJB-MJHT") a person types on another screen."""

LABEL_LINE = 40
"""A line longer than this, ending in a colon, is a sentence ("… create your account:"),
not the label of the number on the next line ("Account:", a table cell)."""


def _ends_a_sentence(source, label, code):
    """Tell whether the word at label ends a long line and the code stands on a later one."""
    if "\n" not in source[label:code]:
        return False
    return label - (source.rfind("\n", 0, label) + 1) > LABEL_LINE

_CITY_AFTER = re.compile(r" (?:[A-Z]{2} )?[A-ZÀ-Ý][a-zà-ÿ]+")


def _is_date(span):
    """Tell whether span reads as a date or a time ("30.11.2026", "14:22"), not "71-38-29"."""
    if not DATE_OR_TIME.fullmatch(span):
        return False
    if ":" in span:
        hours, minutes = span.split(":", 1)
        return int(hours) < 24 and int(minutes) < 60
    values = [int(number) for number in re.split(r"[./-]", span)]
    return len(values) == 3 and any(1 <= values[day] <= 31 and 1 <= values[month] <= 12
                                    for day, month in ((0, 1), (1, 0), (2, 1)))  # DMY MDY YMD


def _is_day_and_month(span):
    """Tell whether "11-22" or "30/11" reads as a month and day, either way round."""
    first, second = (int(part) for part in re.split(r"[-/.]", span))
    return 1 <= first <= 12 and 1 <= second <= 31 or 1 <= first <= 31 and 1 <= second <= 12


def _date_span(source, match, reach=16):
    left, right = match.start(), match.end()
    stop_left, stop_right = max(0, left - reach), min(len(source), right + reach)
    while left > stop_left and (source[left - 1].isdigit() or source[left - 1] in "./-:"):
        left -= 1
    while right < stop_right and (source[right].isdigit() or source[right] in "./-:"):
        right += 1
    return source[left:right].strip("./-:")
