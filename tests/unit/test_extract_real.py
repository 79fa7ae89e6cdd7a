"""Codes in mail we did not write (issue 15): cells, full-width colons, word codes, and the
numbers that sit beside codes in real mail without being one."""

import os
import sys

import pytest

from tempmail import extract
from tempmail.extract import find_codes

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(__file__)), "data"))
from verification_blind import BLIND  # noqa: E402
from verification_sets import LATER  # noqa: E402

from verification import CASES, listed_precision, score  # noqa: E402


def codes_of_html(subject, html):
    return extract.extract(subject, None, html)["codes"]


def test_seen_set_first_answers_and_code_list():
    rates, misses = score(extract.extract, CASES)
    assert min(min(pair) for pair in rates.values()) >= 0.99, misses
    assert listed_precision(extract.extract, CASES) >= 0.97


def test_blind_set_holds_its_measured_level():
    """The goal is 0.97 for all four; recall of codes on the blind set is 0.95 (its second
    part, scored once before any tuning, 0.86): this floor keeps what is reached."""
    rates, _ = score(extract.extract, BLIND)  # misses not shown: the set stays blind
    assert rates["codes"][0] >= 0.97 and rates["links"] >= (0.97, 0.97), rates
    assert rates["codes"][1] >= 0.94, rates


@pytest.mark.parametrize("name", list(LATER))
def test_fresh_sets_once_tuned_on(name):
    cases = LATER[name]
    rates, misses = score(extract.extract, cases)
    assert min(min(pair) for pair in rates.values()) >= 0.99, misses
    assert listed_precision(extract.extract, cases) >= 0.97


@pytest.mark.parametrize("text, code", [
    ("الرمز الخاص بك هو 483920", "483920"), ("أدخل رمزك التالي: 518302", "518302"),
    ("استخدم الرمز ٧٢٩٠٤٨ لتسجيل الدخول", "729048"), ("הקוד שלך: 574 201", "574201"),
    ("השתמשו בקוד 290 416 כדי להשלים", "290416"), ("Ihre mTAN lautet 739 104.", "739104"),
    ("Bitte geben Sie die folgende TAN ein: 48293017", "48293017"),
    ("Votre code\u00a0: 741\u202f029", "741029"), ("您的动态密码：３９１０４２", "391042"),
    ("Sinu kinnituskood on 915 730.", "915730"), ("თქვენი კოდია 604 291", "604291"),
])
def test_code_words_with_prefixes_and_more_scripts(text, code):
    assert find_codes("", text)[:1] == [code]


def test_tan_is_a_word_in_capitals_only():
    assert find_codes("", "Tan leather boots, size 4410") == []


@pytest.mark.parametrize("text, want", [
    ("Your one-time passcode for a payment to SHOP STORES 3021 on 30/11/26 is 582 011.", "582011"),
    ("Your code is 418 207.\nBackup code: 93017264", "418207"),
])
def test_the_code_handed_over_by_is_or_a_colon_comes_first(text, want):
    assert find_codes("", text)[:1] == [want]


@pytest.mark.parametrize("footer", [
    "Postcode 1012 AB Amsterdam", "Τ.Κ. 10431 Αθήνα", "CVR 87654321", "BLZ 100 500 00",
    "Jl. Sudirman Kav. 52-53, Jakarta 12190", "Registrikood 12345678", "पिन कोड 110001",
])
def test_a_keyword_owns_one_code(footer):
    assert find_codes("", f"Your verification code: 582 913\n{footer}") == ["582913"]


@pytest.mark.parametrize("cells", [
    "<table><tr>" + "".join(f"<td>{d}</td>" for d in "407215") + "</tr></table>",
    "<p>" + "".join(f"<span>{d}</span>" for d in "407215") + "</p>",
    "<div>" + "".join(f"<div class=box>{d}</div>" for d in "407215") + "</div>",
])
def test_a_code_set_one_digit_per_cell(cells):
    assert codes_of_html("Sign in", "<p>Your verification code:</p>" + cells) == ["407215"]


def test_digits_per_line_join_only_as_a_whole_run():
    assert find_codes("", "Your code\n1\n2\n3\n4\n5\n6\n7\n8\n9") == []  # nine: no code


@pytest.mark.parametrize("text, code", [
    ("認証番号：604817", "604817"), ("確認コード：５５１２０９", "551209"),
    ("인증번호：３０２９１８", "302918"), ("Tek kullanımlık şifreniz: 771203", "771203"),
    ("รหัสยืนยันคือ 550 218", "550218"), ("Код для входа: 71-38-29", "713829"),
])
def test_codes_after_words_of_other_scripts(text, code):
    assert find_codes("", text)[:1] == [code]


@pytest.mark.parametrize("text, code", [
    ("Your login code is:\n\nhollow-meadow-swift-crane\n", "hollow-meadow-swift-crane"),
    ("Temporary code: tidal-amber-pine. It expires soon.", "tidal-amber-pine"),
])
def test_word_codes(text, code):
    assert find_codes("", text) == [code]


@pytest.mark.parametrize("text", [
    "Your code: see below. Our state-of-the-art sign-in flow is easy-to-use.",
    "Code of conduct: be-kind-always-please-now-today",   # six words: not a code
])
def test_hyphenated_prose_is_not_a_word_code(text):
    assert find_codes("", text) == []


@pytest.mark.parametrize("footer", [
    "Amtsgericht Charlottenburg HRB 187654", "USt-IdNr. DE 312345678", "SIRET 81234567800015",
    "RCS Paris 812 345 678", "KvK 12345678", "NIP 525-000-00-00", "Card ending 4242",
    "IBAN DE89 3704 0044 0532 0130 00", "Company number 08123456", "Tel. 0212 123 45 67",
    "Paseo de la Castellana 100, 28046 Madrid", "Postbus 1234, 3011 AB Rotterdam",
    "〒150-0002 東京都", "Flight UA 1234", "GSTIN 27AAAAA0000A1Z5", "注文番号 20261130-0042",
])
def test_register_phone_and_postal_numbers_beside_a_code_are_not_codes(footer):
    found = find_codes("Your verification code", f"Your verification code is 582 913.\n{footer}")
    assert found == ["582913"], footer


@pytest.mark.parametrize("text, expected", [
    ("Your code is 48-09-71", ["480971"]),       # no such date
    ("Your code expires 24-11-2026.", []),       # a date, a full stop after it
    ("Your code: 12:45", []),                    # a time
])
def test_dates_must_be_dates(text, expected):
    assert find_codes("", text) == expected


@pytest.mark.parametrize("unit", ["abc-", "abcdefghijkl-", "code abc-def-ghi ", "1\n", "code\n1\n",
                                  "الرمز ", "בקוד ", "TAN 1 ", "1\u202f", "code is 1 ", "Kav. 1, ",
                                  "認証番号：", "HRB 1, ", "Tel. 1 ", "12-31-", "a-b-c-d-e-",
                                  "code x is 482913 ", "is 482913. ", "código de ", "code \n\n",
                                  "at checkout 482913 ", "(8 5) 1234 ", "WDJB-MJHT ", "XX1234 ",
                                  "kode cadangan ", "backup code 482913 ", "код у клієнті: ",
                                  "K\n9\n", "code is a1b2c3 ", "RTQ-MZK "])
def test_new_patterns_stay_linear(unit):
    import time

    from tempmail.budget import Deadline, OverBudget
    text = unit * (200_000 // len(unit))
    started = time.thread_time()
    try:
        extract.extract("Your code", text, None, deadline=Deadline(0.5))
    except OverBudget:
        pass
    assert time.thread_time() - started < 1.0, unit


def test_a_second_code_must_stand_right_by_a_keyword():
    text = "Your verification code is 582913. Visit us at hall 4471 soon"
    assert find_codes("", text) == ["582913"]
    assert find_codes("", "Code 582913, backup code 771204") == ["582913", "771204"]
