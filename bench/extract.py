"""Precision and recall of code and link extraction on tests/data/verification.py.

    python bench/extract.py

Prints every case of the seen set that is not answered exactly, then the rates of the
seen set and, apart, of the blind set (tests/data/verification_blind.py), whose misses
are not printed: it is for measuring, never for tuning.

Then the sets written later (tests/data/verification_sets.py, LATER), one after another,
each by a writer who never saw the extractor and each scored once, blind, before its misses
shaped it (the figures of that reading stand in each file's docstring). They count as seen
now; their misses are printed.
"""

import os
import sys

from common import ROOT, report

sys.path.insert(0, os.path.join(ROOT, "tests", "data"))
from verification_blind import BLIND  # noqa: E402
from verification_sets import LATER  # noqa: E402

from tempmail.extract import extract  # noqa: E402

from verification import CASES, listed_precision, score  # noqa: E402


def figures(name, cases):
    """Print the first-answer rates and the precision of the whole code list."""
    rates, misses = score(extract, cases)
    languages = sorted({case["lang"] for case in cases})
    print(f"{name}: {len(cases)} mails in {len(languages)} languages ({', '.join(languages)})")
    for kind, (precision, recall) in rates.items():
        report(f"{name} first {kind[:-1]} precision", precision, 0.97, True)
        report(f"{name} first {kind[:-1]} recall", recall, 0.97, True)
    report(f"{name} precision of every code listed", listed_precision(extract, cases))
    return misses


def main():
    for lang, subject, kind, got, want in figures("seen", CASES):
        print(f"  {lang}: {subject!r}: {kind} got {got} want {want}")
    figures("blind", BLIND)
    # Written in turn, each scored once blind before it shaped the extractor (figures of
    # that first reading in each set's docstring); seen since.
    for name, cases in LATER.items():
        for lang, subject, kind, got, want in figures(name, cases):
            print(f"  {lang}: {subject!r}: {kind} got {got} want {want}")


if __name__ == "__main__":
    main()
