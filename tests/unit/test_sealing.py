"""The crypto of encryption at rest (tempmail.sealing): keys, wrapping, sealed files, caches."""

import hashlib
import hmac
import os
import tracemalloc

import pytest

from tempmail import sealing


@pytest.fixture(scope="module")
def pair():
    return sealing.new_key_pair()


@pytest.fixture(scope="module")
def key(pair):
    public, private = pair
    return sealing.unwrap(sealing.wrap(private, "the-token", public), "the-token", public)


def sealed_file(tmp_path, data, public):
    path = tmp_path / "message"
    path.write_bytes(sealing.seal(data, public))
    return path


def opened(path, key):
    return sealing.SealedFile(os.open(path, os.O_RDONLY), key)


def test_hkdf_sha256_matches_rfc_5869_test_case_1():
    # RFC 5869, appendix A.1 (HKDF-SHA256 with salt and info, 42 bytes out)
    okm = sealing.hkdf_sha256(bytes.fromhex("0b" * 22), bytes.fromhex("000102030405060708090a0b0c"),
                              bytes.fromhex("f0f1f2f3f4f5f6f7f8f9"), 42)
    assert okm.hex() == ("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                         "34007208d5b887185865")


def test_the_wrapping_key_is_not_the_token_hash_the_registry_keeps(pair):
    public, _ = pair
    token = "some-token"
    stored = hashlib.sha256(token.encode()).hexdigest()
    wrapping = sealing._wrapping_key(token, public)
    assert wrapping.hex() != stored and stored.encode() not in wrapping
    assert wrapping != sealing._wrapping_key(token, sealing.new_key_pair()[0])


def test_only_the_right_token_unwraps_the_key(pair):
    public, private = pair
    wrapped = sealing.wrap(private, "right", public)
    assert private not in wrapped
    assert sealing.unwrap(wrapped, "right", public).public_key == public
    for token in ("wrong", "", "right "):
        with pytest.raises(sealing.Unreadable):
            sealing.unwrap(wrapped, token, public)
    tampered = bytearray(wrapped)
    tampered[-1] ^= 1
    with pytest.raises(sealing.Unreadable):
        sealing.unwrap(bytes(tampered), "right", public)
    other_public, other_private = sealing.new_key_pair()
    with pytest.raises(sealing.Unreadable):   # a wrapped key moved onto another row
        sealing.unwrap(sealing.wrap(other_private, "right", public), "right", public)


def test_the_key_never_shows_in_a_repr(key):
    assert "MailboxKey(...)" == repr(key)


@pytest.mark.parametrize("size", [0, 1, sealing.CHUNK - 1, sealing.CHUNK, sealing.CHUNK + 1,
                                  3 * sealing.CHUNK + 17])
def test_a_sealed_file_reads_back_exactly_and_holds_no_plain_byte(tmp_path, pair, key, size):
    public, _ = pair
    data = (b"Subject: secret 424242\r\n\r\n" * (size // 26 + 1))[:size]
    path = sealed_file(tmp_path, data, public)
    stored = path.read_bytes()
    assert sealing.is_sealed(stored) and sealing.plain_size(len(stored)) == size
    if size >= 24:
        assert b"secret 424242" not in stored
    with opened(path, key) as reader:
        assert reader.size == size and reader.read() == data
        for offset in (0, 5, sealing.CHUNK - 3, size // 2, max(0, size - 1), size + 10):
            assert reader.pread(100, offset) == data[offset:offset + 100]
        assert reader.pread(10, 0) == data[:10]  # going back restarts the stream
        assert b"".join(reader.chunks()) == data
        assert reader.read(7) == data[:7]


def test_sealing_twice_gives_different_bytes(pair):
    public, _ = pair
    assert sealing.seal(b"same", public) != sealing.seal(b"same", public)


def test_another_mailboxs_key_opens_nothing(tmp_path, pair):
    public, _ = pair
    path = sealed_file(tmp_path, b"hello", public)
    other_public, other_private = sealing.new_key_pair()
    other = sealing.unwrap(sealing.wrap(other_private, "t", other_public), "t", other_public)
    with pytest.raises(sealing.Unreadable):
        opened(path, other)


@pytest.mark.parametrize("where", ["magic", "sealed key", "stream header", "first chunk",
                                   "last byte"])
def test_tampering_anywhere_is_detected(tmp_path, pair, key, where):
    public, _ = pair
    data = os.urandom(2 * sealing.CHUNK + 100)
    path = sealed_file(tmp_path, data, public)
    stored = bytearray(path.read_bytes())
    at = {"magic": 0, "sealed key": len(sealing.MAGIC) + 5, "stream header": sealing.HEAD - 3,
          "first chunk": sealing.HEAD + 100, "last byte": len(stored) - 1}[where]
    stored[at] ^= 0x40
    path.write_bytes(bytes(stored))
    with pytest.raises(sealing.Unreadable):
        with opened(path, key) as reader:
            reader.read()


@pytest.mark.parametrize("cut", ["a whole last chunk", "part of the last chunk", "to the head"])
def test_a_file_cut_short_is_refused(tmp_path, pair, key, cut):
    public, _ = pair
    data = os.urandom(2 * sealing.CHUNK + 100)
    path = sealed_file(tmp_path, data, public)
    stored = path.read_bytes()
    keep = {"a whole last chunk": sealing.HEAD + 2 * (sealing.CHUNK + sealing.ABYTES),
            "part of the last chunk": len(stored) - 50, "to the head": sealing.HEAD}[cut]
    path.write_bytes(stored[:keep])
    with pytest.raises(sealing.Unreadable):
        with opened(path, key) as reader:
            reader.read()


def test_chunks_swapped_are_refused(tmp_path, pair, key):
    public, _ = pair
    path = sealed_file(tmp_path, os.urandom(3 * sealing.CHUNK), public)
    stored = path.read_bytes()
    size = sealing.CHUNK + sealing.ABYTES
    first, second = (stored[sealing.HEAD + i * size:sealing.HEAD + (i + 1) * size] for i in (0, 1))
    path.write_bytes(stored[:sealing.HEAD] + second + first + stored[sealing.HEAD + 2 * size:])
    with pytest.raises(sealing.Unreadable):
        with opened(path, key) as reader:
            reader.read()


def test_a_plain_file_is_not_taken_for_a_sealed_one(tmp_path, key):
    path = tmp_path / "plain"
    path.write_bytes(b"Received: from x\r\nSubject: hi\r\n\r\nbody\r\n" * 10)
    with pytest.raises(sealing.Unreadable):
        opened(path, key)


def test_streaming_a_large_sealed_file_keeps_memory_bounded(tmp_path, pair, key):
    public, _ = pair
    path = sealed_file(tmp_path, os.urandom(8 * 1024 * 1024), public)
    tracemalloc.start()
    try:
        with opened(path, key) as reader:
            total = 0
            offset = 0
            while piece := reader.pread(100_000, offset):
                total += len(piece)
                offset += len(piece)
            for chunk in reader.chunks():
                total += len(chunk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert total == 2 * 8 * 1024 * 1024
    assert peak < 1024 * 1024, peak


def test_cache_files_are_bound_to_their_name_and_key(key):
    blob = sealing.seal_cache(key.cache_key, "index.json", b'{"subject": "secret"}')
    assert b"secret" not in blob
    assert sealing.open_cache(key.cache_key, "index.json", blob) == b'{"subject": "secret"}'
    with pytest.raises(sealing.Unreadable):
        sealing.open_cache(key.cache_key, "other.json", blob)
    with pytest.raises(sealing.Unreadable):
        sealing.open_cache(bytes(32), "index.json", blob)
    with pytest.raises(sealing.Unreadable):
        sealing.open_cache(key.cache_key, "index.json", b'{"subject": "plain"}')


def test_a_ticket_opens_only_with_the_apps_secret(key):
    ticket = key.ticket(b"app secret")
    assert sealing.MailboxKey.from_ticket(ticket, b"app secret").public_key == key.public_key
    for secret, text in ((b"other secret", ticket), (b"app secret", ticket[:-4] + "AAAA"),
                         (b"app secret", "not base64 !"), (b"app secret", "")):
        with pytest.raises(sealing.Unreadable):
            sealing.MailboxKey.from_ticket(text, secret)


def test_sealing_refuses_something_that_is_not_a_public_key():
    for bad in (b"", b"x" * 31, "x" * 32, None):
        with pytest.raises(ValueError):
            sealing.seal(b"data", bad)


def test_hkdf_is_hmac_based_and_checks_its_length():
    prk = hmac.digest(b"salt", b"ikm", hashlib.sha256)
    assert sealing.hkdf_sha256(b"ikm", b"salt", b"info") == \
        hmac.digest(prk, b"info\x01", hashlib.sha256)
    with pytest.raises(ValueError):
        sealing.hkdf_sha256(b"ikm", b"salt", length=0)
