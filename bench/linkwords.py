"""Cost of the link vocabulary: grouped, lower-cased patterns against one flat re.I alternation.

    python bench/linkwords.py

tempmail.link_words compiles each concept's forms grouped by first character and runs
them on lower-cased text. This prints, for each concept, the time of a search over a
long run of text that holds none of its words (the worst case: every place is tried),
grouped against the same forms as one flat alternation compiled with re.I, and the
ratio (below 1 is faster), then the time per character of the grouped pattern at two
lengths (a linear search has a ratio near 1).
"""

import re
import time

from tempmail import link_words

from common import report

PROSE = "the brown fox jumps over a lazy dog near some old stone bridges " * 8


def per_search(search, text, rounds=30):
    """Return the median seconds of one search of text."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        search(text)
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


def flat(concept):
    """Return the concept's forms as one flat alternation, any case (the naive build)."""
    loose, bounded = link_words.split(link_words._FIRST[concept]), []
    for lang, concepts in link_words.LEXICON.items():
        for form in link_words.split(concepts[concept]):
            unspaced = lang in link_words.UNSPACED or form.startswith("~")
            (loose if unspaced else bounded).append(form.lstrip("~"))
    return re.compile(f"{'|'.join(loose)}|(?<!\\w)(?:{'|'.join(bounded)})", re.I)


def main():
    for concept in link_words.CONCEPTS:
        words = link_words.Words(concept)
        assert not words.search(PROSE), concept
        grouped = per_search(words.search, PROSE)
        naive = per_search(flat(concept).search, PROSE)
        report(f"{concept}: grouped / flat re.I, {len(PROSE)} chars", grouped / naive)
    words = link_words.ACTION_WORDS
    short, long = per_search(words.search, PROSE), per_search(words.search, PROSE * 8, 10)
    report("action: time per char, 8x longer text / 1x", (long / 8) / short)


if __name__ == "__main__":
    main()
