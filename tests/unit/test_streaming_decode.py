"""The chunked transfer decoders give exactly what email's get_payload(decode=True) gives."""

import base64
from email._encoded_words import decode_b
import quopri
import random

import pytest

from tempmail import partdecode

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def split(data, rng):
    """Cut data into chunks of random small and large sizes."""
    chunks, start = [], 0
    while start < len(data):
        size = rng.choice((1, 2, 3, 5, 64, 1000))
        chunks.append(data[start:start + size])
        start += size
    return chunks


def email_base64(body):
    """What compat32 get_payload(decode=True) returns for a base64 body."""
    return decode_b(b"".join(body.splitlines()))[0]


@pytest.mark.parametrize("seed", range(4))
def test_base64_matches_email_across_chunk_edges_whitespace_and_bad_padding(seed):
    rng = random.Random(seed)
    undecoded = 0
    for _ in range(2500):
        if rng.random() < 0.3:
            body = base64.encodebytes(rng.randbytes(rng.randrange(300)))
            body = body.replace(b"\n", rng.choice((b"\n", b"\r\n", b" \r\n")))
        else:
            body = bytes(rng.choice(ALPHABET + b"===\r\n \t!*-") for _ in range(rng.randrange(60)))
        tally = partdecode.Base64Tally()
        for chunk in split(body, rng):
            tally.feed(chunk)
        if tally.bad_length:   # email hands back the encoded text: callers do not stream it
            undecoded += 1
            assert email_base64(body) == b"".join(body.splitlines())
            continue
        streamed = b"".join(partdecode.decode_chunks("base64", split(body, rng)))
        assert streamed == email_base64(body), body
        assert tally.size == len(streamed)
    assert 0 < undecoded < 2500


@pytest.mark.parametrize("carry_max", [0, 1, 2, 5, partdecode.CARRY_MAX])
def test_quoted_printable_matches_email_with_soft_breaks_across_chunk_edges(carry_max, monkeypatch):
    monkeypatch.setattr(partdecode, "CARRY_MAX", carry_max)
    rng = random.Random(carry_max)
    for _ in range(3000):
        body = bytes(rng.choice(b"aZ09=\r\n\t _=FfA3x") for _ in range(rng.randrange(80)))
        streamed = b"".join(partdecode.decode_chunks("quoted-printable", split(body, rng)))
        assert streamed == quopri.decodestring(body), body


def test_a_soft_line_break_split_between_chunks_joins_the_lines():
    chunks = [b"caf=", b"\r", b"\n", b"=C3=", b"A9 ok=\r\n"]
    assert b"".join(partdecode.decode_chunks("quoted-printable", chunks)) == "café ok".encode()


def test_unknown_encodings_pass_bytes_through():
    assert b"".join(partdecode.decode_chunks("8bit", [b"a\r\n", b"\xff"])) == b"a\r\n\xff"


def test_a_quoted_printable_line_without_end_is_decoded_in_bounded_pieces():
    state = partdecode.QuotedPrintableDecoder()
    out = [state.feed(b"=41" * 50_000) for _ in range(20)]
    assert len(state.carry) <= partdecode.CARRY_MAX + 3 * 50_000
    assert b"".join(out) + state.finish() == b"A" * 1_000_000
