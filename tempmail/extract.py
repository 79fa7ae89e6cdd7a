"""Find what a sign-up mail is for: one-time codes and confirmation links.

Heuristics, measured against tests/data/verification.py (precision and recall
are printed by bench/extract.py). Codes must sit near a word that means
"code" in one of several languages; order numbers, dates, prices, times and
phone numbers are not codes. Which links matter is tempmail.links's part.
"""

import bisect
import itertools
import re

from tempmail.budget import NEVER, Deadline
from tempmail.code_checks import (
    FULL_STOP,
    LABEL_LINE,
    PROMO_REACH,
    plausible,
    sentence_around,
    typed,
)
from tempmail.code_scan import ALNUM, CANDIDATE, DIGITS, PARAGRAPH, TEXT_LIMIT, WORDS, scan
from tempmail.code_words import (
    COPULA,
    DASH_KEPT,
    DASH_OPTIONAL,
    OBSOLETE,
    PRICED,
    PROMO,
    VERB_AFTER,
    WARNING,
)
from tempmail.links import find_links, html_to_text

INSTRUCTION_WINDOW = 40

WINDOW = 80       # characters around a keyword in which a code may stand

MAX_CANDIDATES = 50_000
"""Code-like tokens looked at per text; past them the rest of the text is not read."""

SECOND_REACH = 24
"""A code after the first is listed only this near a keyword: mail has one code, and what
stands farther off is an order, a phone or a register number more often than a code."""

NEAR = 4
"""Codes nearer than this to a keyword are listed in the order they stand in the mail."""
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



def find_codes(subject: str, text: str, limit: int = 3, deadline: Deadline = NEVER) -> list:
    """Return the one-time codes in subject and text, likeliest (nearest a keyword) first.

    One pass over the candidates of each text: a candidate is ranked by the
    nearest keyword before and after it (found by bisection), never against
    every keyword. Reads TEXT_LIMIT characters; raises budget.OverBudget.
    """
    best = {}
    scans = [scan(subject or ""), scan(text or "")]
    about_a_code = any(scanned[1] for scanned in scans)
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
    line_end = source.find("\n", end, end + PROMO_REACH)  # the code may stand on a line below
    sentence = sentence_around(source, start, end, PROMO_REACH,
                               line_end - end if line_end >= 0 else PROMO_REACH)
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
        elif not PARAGRAPH.search(source, end, starts[before]):
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
    scans = scan(subject or ""), scan(text or "")
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
