"""Precision and recall of code and link extraction on tests/data/verification.py.

    python bench/extract.py

Prints every case that is not answered exactly, then the rates.
"""

import os
import sys

from common import ROOT, report

sys.path.insert(0, os.path.join(ROOT, "tests", "data"))
from tempmail.extract import extract  # noqa: E402

from verification import CASES, score  # noqa: E402


def main():
    rates, misses = score(extract)
    for lang, subject, kind, got, want in misses:
        print(f"  {lang}: {subject!r}: {kind} got {got} want {want}")
    languages = sorted({case["lang"] for case in CASES})
    print(f"{len(CASES)} verification mails in {len(languages)} languages ({', '.join(languages)})")
    for kind, (precision, recall) in rates.items():
        report(f"{kind} precision", precision)
        report(f"{kind} recall", recall)


if __name__ == "__main__":
    main()
