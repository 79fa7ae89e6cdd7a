"""The spam score our Exim stored with a message (SpamAssassin's spamd, at DATA time).

exim/exim.conf adds X-Tempmail-Spam-Score ("score=3.2; action=no action", or
"unscored" when spamd could not be asked) and X-Tempmail-Spam-Report (the rules
that fired: "points NAME description", folded), after dropping any copies a
sender sent. No header at all: spam scoring was off. Standard library only;
one pass over at most MAX_VALUE characters.
"""

import dataclasses

SCORE_HEADER = "x-tempmail-spam-score"
REPORT_HEADER = "x-tempmail-spam-report"
MAX_VALUE = 8 * 1024
MAX_RULES = 100
TOP_HEADERS = 1000  # ours are appended at the end; a sender's copies were dropped


@dataclasses.dataclass
class Rule:
    """A SpamAssassin rule that fired."""

    name: str
    points: float
    description: str = ""


@dataclasses.dataclass
class Score:
    """What spamd said: status scored, unscored (spamd unreachable) or off."""

    status: str
    score: float | None = None
    spam: bool = False
    rules: list[Rule] = dataclasses.field(default_factory=list)


def _number(word: str) -> float | None:
    try:
        value = float(word)
    except ValueError:
        return None
    return value if -1e6 < value < 1e6 else None


def _is_rule_name(word: str) -> bool:
    return bool(word) and len(word) <= 64 and all(c.isupper() or c.isdigit() or c == "_"
                                                   for c in word) and not word[0].isdigit()


def rules(report: str) -> list[Rule]:
    """Return the rules in a report: each starts with "points NAME", the rest describes it."""
    found: list[Rule] = []
    words = report[:MAX_VALUE].split()
    index = 0
    while index < len(words) and len(found) < MAX_RULES:
        points = _number(words[index])
        if points is not None and index + 1 < len(words) and _is_rule_name(words[index + 1]):
            found.append(Rule(words[index + 1], points))
            index += 2
            continue
        if found:
            rule = found[-1]
            if len(rule.description) < 300:
                rule.description = f"{rule.description} {words[index]}".strip()
        index += 1
    return found


def read(headers: list) -> Score:
    """Return the score recorded in a message's headers ((name, value) pairs from the top)."""
    score_value = report_value = None
    for name, value in headers[:TOP_HEADERS]:
        lowered = str(name).lower()
        if lowered == SCORE_HEADER and score_value is None:
            score_value = str(value)[:MAX_VALUE]
        elif lowered == REPORT_HEADER and report_value is None:
            report_value = str(value)[:MAX_VALUE]
    if score_value is None:
        return Score("off")
    fields = {}
    for item in score_value.split(";"):
        key, equals, data = item.partition("=")
        if equals:
            fields[key.strip().lower()] = data.strip().lower()
    score = _number(fields.get("score", ""))
    if score is None:
        return Score("unscored")
    return Score("scored", score, fields.get("action") == "reject", rules(report_value or ""))
