"""Headers in UTF-8 (RFC 6532), raw 8-bit bytes and RFC 2047 words: decoded as clients do."""

import time

import pytest

from tempmail import headers, messages

UMLAUT_FROM = "Jürgen Müller <jürgen@bücher.example>"
MIXED_SUBJECT = "Grüße — 您的验证码 482913"


def message(head: bytes, charset: str = "utf-8", body: bytes = b"hello") -> bytes:
    return (head + b"\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=" +
            charset.encode() + b"\r\n\r\n" + body + b"\r\n")


def test_raw_utf8_headers_read_as_utf8():
    raw = message(f"From: {UMLAUT_FROM}\r\nTo: bob@tm.test\r\nSubject: {MIXED_SUBJECT}".encode())
    view = messages.parse(raw)
    assert view.ok
    assert (view.sender, view.subject, view.to) == (UMLAUT_FROM, MIXED_SUBJECT, "bob@tm.test")
    assert ("Subject", MIXED_SUBJECT) in view.headers


def test_raw_latin1_header_falls_back_to_the_body_charset_then_windows_1252():
    head = b"From: Jo\xe3o <j@example.org>\r\nSubject: Forma\xe7\xe3o \x96 Ver\xe3o \x99"
    for charset in ("iso-8859-1", "us-ascii", "utf-8"):  # utf-8 body: not valid, so 1252
        view = messages.parse(message(head, charset))
        assert view.subject == "Formação – Verão ™", charset
        assert view.sender == "João <j@example.org>"


def test_the_body_charset_decides_for_a_non_latin_header():
    raw = message("Subject: Ваш код 1234".encode("koi8-r"), "koi8-r", "код".encode("koi8-r"))
    view = messages.parse(raw)
    assert view.subject == "Ваш код 1234" and view.text.strip() == "код"
    raw = message("Subject: 認証コード".encode("shift_jis"), "shift_jis")
    assert messages.parse(raw).subject == "認証コード"


def test_the_charset_of_a_nested_text_part_counts():
    raw = ("Subject: Ваш код\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
           "--b\r\nContent-Type: text/plain; charset=windows-1251\r\n\r\nтекст\r\n--b--\r\n"
           ).encode("cp1251")
    assert messages.parse(raw).subject == "Ваш код"


def test_raw_bytes_in_a_header_only_fallback_view():
    raw = message(f"Subject: {MIXED_SUBJECT}".encode(), body=b"x" * 200)
    view = messages.parse(raw, messages.Limits(size=100))
    assert not view.ok and view.subject == MIXED_SUBJECT


def test_encoded_words_beside_raw_utf8_keep_both():
    value = "Grüße =?utf-8?b?5oKo55qE?= =?utf-8?b?6aqM6K+B56CB?= 482913"
    assert headers.readable(value) == "Grüße 您的验证码 482913"


def test_a_character_split_across_two_words_is_joined():
    # "ü" is C3 BC: one byte in each word
    assert headers.decode_words("=?utf-8?q?J=C3?= =?utf-8?q?=BCrgen?=") == "Jürgen"


@pytest.mark.parametrize("value, expected", [
    ("=?iso-8859-1?q?caf=E9?=", "café"),
    ("=?ISO-8859-1*fr?Q?caf=E9_cr=E8me?=", "café crème"),
    ("=?utf-8?B?w7xiZXI?=", "über"),            # padding missing
    ("=?utf-8?B?w7xi ZXI!?=", "über"),          # stray characters
    ("a =?utf-8?q?b?= c", "a b c"),
    ("=?x-unknown?q?Gr=C3=BC=C3=9Fe?=", "Grüße"),  # unknown charset: raw bytes rules
    ("=?utf-8?q?broken", "=?utf-8?q?broken"),
    ("=?utf-8?q?a?==?utf-8?q?b?=", "ab"),
])
def test_encoded_words(value, expected):
    assert headers.readable(value) == expected


def test_attachment_names_with_raw_utf8():
    raw = ("Subject: files\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
           "Content-Type: text/plain\r\n\r\nsee\r\n--b\r\nContent-Type: application/pdf\r\n"
           "Content-Disposition: attachment; filename=\"Rechnung März.pdf\"\r\n\r\n%PDF\r\n"
           "--b--\r\n").encode()
    [attachment] = messages.parse(raw).attachments
    assert attachment.filename == "Rechnung März.pdf"


def test_decoding_is_linear_on_hostile_headers():
    for value in ("=?" * 100_000, "=?a?q?" * 40_000, "=?utf-8?q?" + "=" * 200_000,
                  "\udcff" * 100_000, "=?utf-8?b?" + "a" * 200_000 + "?="):
        started = time.monotonic()
        headers.readable(value)
        assert time.monotonic() - started < 0.5, value[:20]


def test_no_lone_surrogate_ever_comes_back():
    raw = message(b"Subject: \xff\xfe\x81 \xc3(\r\nFrom: \x8d <a@b>", "no-such-charset")
    view = messages.parse(raw)
    for text in (view.subject, view.sender, *(value for _, value in view.headers)):
        text.encode("utf-8")  # raises on a surrogate
    assert view.subject == "ÿþ\x81 Ã("
