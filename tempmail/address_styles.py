"""Address styles: local parts that are random, read like a person's name, or like words.

``random``  16 characters a-z0-9 (addresses.random_local_part), 82.7 bits.
``name``    a first name and a surname or an initial, with digits: ``lena.hoffmann91``.
``words``   two or three common English words and two digits: ``river.quiet.42``.

Names and words are read from the Faker package (MIT licence, shipped in its dist-info)
where pip installed it: its per-language person lists and its English lorem list of common
words. Nothing is copied into this repository. Every choice is made with ``secrets``.
Lists are filtered to what the local-part validation accepts (ASCII a-z after folding
accents) and never begin with a reserved name; every generated local part still passes
addresses.check_local_part, exactly like a hand-typed one.
"""

from collections.abc import Iterable
import functools
import importlib
import math
import re
import secrets
from typing import Any
import unicodedata

from tempmail import addresses

# Faker locales whose name lists are Latin-script (accents folded to ASCII).
NAME_LOCALES = ("en_US", "en_GB", "en_IE", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT",
                "nl_NL", "pt_BR", "sv_SE", "da_DK", "fi_FI", "cs_CZ", "sk_SK", "hr_HR")
MIN_LIST = 150                # a locale with fewer usable names than this is left out
NAME_DIGITS = 2               # lena.hoffmann91
INITIAL_DIGITS = 3            # lena.h917: fewer initials than surnames, so one digit more
WORD_DIGITS = 2
WORD_COUNTS = (2, 3)
_PLAIN_RE = re.compile(r"[a-z]{2,20}")
_WORD_RE = re.compile(r"[a-z]{3,10}")
_FOLD = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d",
                       "ı": "i", "þ": "th", "ð": "d"})
INITIALS = "abcdefghijklmnopqrstuvwxyz"
# Left out of the word list: words that make an address read badly (violence, drugs,
# politics, religion, bodies) and little function words that carry no picture.
UNWANTED_WORDS = frozenset("""
    attack blood crime drug gun kill military police shoot soldier threat war weapon fight
    democrat democratic republican politics political election vote church religious race
    body skin baby kid girl boy wife husband mrs sex die death dead hit beat suffer
    the and but for nor not its her him his she they them their our you your yourself
    myself herself himself itself themselves who whom whose which what whatever that this
    these those than then thus per via onto upon into from with within without
    yeah yes any all few own too how why
""".split())


class StyleUnavailable(RuntimeError):
    """The package that holds the name and word lists is not installed."""


def fold(name: str) -> str:
    """Return name in lower-case ASCII (accents dropped: Müller -> muller), or '' if it can't be."""
    name = name.strip().lower().translate(_FOLD)
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return name if _PLAIN_RE.fullmatch(name) else ""


def _usable(names: Iterable[str], pattern: re.Pattern = _PLAIN_RE) -> tuple[str, ...]:
    """Return the distinct folded names that validation accepts and that reserve nothing."""
    kept = {fold(name) for name in names}
    return tuple(sorted(n for n in kept if n and pattern.fullmatch(n)
                        and not addresses.is_reserved(n)))


def _provider(kind: str, locale: str) -> Any:
    try:
        return importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
    except ImportError as exc:
        raise StyleUnavailable("the name and word lists come from the Faker package "
                               "(pip install -r requirements.txt)") from exc


@functools.cache
def name_lists() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Return {locale: (first names, surnames)} as the local parts may hold them."""
    lists = {}
    for locale in NAME_LOCALES:
        person = _provider("person", locale)
        firsts = _usable(list(getattr(person, "first_names", ()))
                         + list(getattr(person, "first_names_male", ()))
                         + list(getattr(person, "first_names_female", ())))
        lasts = _usable(list(getattr(person, "last_names", ())))
        if len(firsts) >= MIN_LIST and len(lasts) >= MIN_LIST:
            lists[locale] = (firsts, lasts)
    return lists


@functools.cache
def word_list() -> tuple[str, ...]:
    """Return the common English words the ``words`` style picks from."""
    words = _usable(_provider("lorem", "en_US").word_list, _WORD_RE)
    return tuple(word for word in words if word not in UNWANTED_WORDS)


def _digits(count: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(count))


def name_local_part() -> str:
    """Return a local part like lena.hoffmann91 or lena.h917 (one language per name)."""
    lists = name_lists()
    firsts, lasts = lists[secrets.choice(sorted(lists))]
    first = secrets.choice(firsts)
    if secrets.randbelow(2):
        return f"{first}.{secrets.choice(lasts)}{_digits(NAME_DIGITS)}"
    return f"{first}.{secrets.choice(INITIALS)}{_digits(INITIAL_DIGITS)}"


def words_local_part() -> str:
    """Return a local part like river.quiet.42 (two or three words)."""
    words = word_list()
    count = secrets.choice(WORD_COUNTS)
    return ".".join(secrets.choice(words) for _ in range(count)) + _digits(WORD_DIGITS)


_MAKERS = {"random": addresses.random_local_part, "name": name_local_part,
           "words": words_local_part}


def local_part(style: str) -> str:
    """Return a fresh local part of style that passes the same checks as a typed name."""
    make = _MAKERS[style]
    while True:
        candidate = make()
        try:
            return addresses.check_local_part(candidate)
        except addresses.AddressError:
            continue  # e.g. no.reply.12 folds to a reserved prefix: draw again


def entropy_bits(style: str) -> float:
    """Return a lower bound on the min-entropy, in bits, of a local part of style.

    Min-entropy (-log2 of the likeliest outcome) is what a guesser faces. Within one
    language every pick is uniform and the shape is unambiguous (names and words are
    a-z only, joined by dots, digits last), so the likeliest name is the one from the
    smallest lists in the smaller branch; mixing languages only spreads chances further.
    """
    if style == "random":
        return addresses.RANDOM_LENGTH * math.log2(len(addresses.ALPHABET))
    if style == "name":
        branch = min(
            min(math.log2(len(lasts)) + NAME_DIGITS * math.log2(10),
                math.log2(len(INITIALS)) + INITIAL_DIGITS * math.log2(10))
            + math.log2(len(firsts))
            for firsts, lasts in name_lists().values())
        return 1 + branch          # 1 bit: surname or initial, half and half
    if style == "words":
        fewest = min(WORD_COUNTS)
        return (math.log2(len(WORD_COUNTS)) + fewest * math.log2(len(word_list()))
                + WORD_DIGITS * math.log2(10))
    raise KeyError(style)
