"""Encryption at rest: one key pair per address, every message sealed to its public key.

Standard constructions from libsodium (PyNaCl), nothing home-made:

- Each address has an X25519 key pair. The private key is kept in the registry
  only wrapped: ``SecretBox`` (XSalsa20-Poly1305) under a key derived from the
  inbox token with HKDF-SHA256 (RFC 5869, from the standard library's HMAC;
  the registry's token hash is plain SHA-256, an unrelated function). Whoever
  holds the token can read; the disk alone cannot. Destroying the wrapped key
  (retiring the row) makes every copy of the mailbox unreadable.
- A message file is ``MAGIC``, a random content key sealed to the address's
  public key (``SealedBox``: ephemeral X25519 + XSalsa20-Poly1305), then the
  content in chunks of ``CHUNK`` bytes with libsodium's secretstream
  XChaCha20-Poly1305 (each chunk authenticated, order and end enforced: the
  last chunk carries TAG_FINAL, so a cut file is refused).
- Cached renderings are sealed with ``crypto_aead_xchacha20poly1305_ietf``
  under a key derived (HKDF) from the private key, the file name as associated
  data so one cache file cannot stand in for another.

``SealedFile`` reads a sealed message like a file (``pread``), decrypting one
chunk at a time, so streaming a large attachment keeps memory bounded.
Standard library and PyNaCl only: the router imports this.
"""

import base64
from collections.abc import Iterator
import hashlib
import hmac
import os
import secrets

from nacl import bindings as sodium
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox

MAGIC = b"TMSEAL1\n"
CHUNK = 64 * 1024
"""Plain bytes per secretstream chunk: a reader holds at most two decrypted chunks."""
KEY_BYTES = sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES
SEALED_KEY_BYTES = KEY_BYTES + sodium.crypto_box_SEALBYTES
STREAM_HEADER = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
HEAD = len(MAGIC) + SEALED_KEY_BYTES + STREAM_HEADER
"""Bytes before the first chunk of a sealed file."""
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_WRAP_SALT = b"tempmail inbox key wrap v1"
_CACHE_SALT = b"tempmail rendering cache v1"
_TICKET_SALT = b"tempmail part url ticket v1"
_AEAD_NONCE = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES


class Unreadable(Exception):
    """Not sealed for this key: wrong token or key, tampered, cut short, or not sealed at all."""


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes = b"", length: int = 32) -> bytes:
    """Return HKDF-SHA256 (RFC 5869) output keying material of length bytes."""
    if not 0 < length <= 255 * 32:
        raise ValueError("HKDF-SHA256 gives 1 to 8160 bytes")
    prk = hmac.digest(salt, ikm, hashlib.sha256)
    out, block = b"", b""
    for counter in range(1, -(-length // 32) + 1):
        block = hmac.digest(prk, block + info + bytes([counter]), hashlib.sha256)
        out += block
    return out[:length]


def new_key_pair() -> tuple[bytes, bytes]:
    """Return (public key, private key) of a fresh X25519 key pair, raw bytes."""
    private = PrivateKey.generate()
    return bytes(private.public_key), bytes(private)


def _wrapping_key(token: str, public_key: bytes) -> bytes:
    return hkdf_sha256(token.encode("utf-8"), _WRAP_SALT, public_key)


def wrap(private_key: bytes, token: str, public_key: bytes) -> bytes:
    """Return private_key encrypted under a key derived from token (and bound to public_key)."""
    return bytes(SecretBox(_wrapping_key(token, public_key)).encrypt(private_key))


class MailboxKey:
    """The unwrapped private key of one mailbox: held in memory for one request, never stored."""

    __slots__ = ("_private", "_box", "cache_key")

    def __init__(self, private_key: bytes) -> None:
        self._private = PrivateKey(private_key)
        self._box = SealedBox(self._private)
        self.cache_key = hkdf_sha256(private_key, _CACHE_SALT)

    def __repr__(self) -> str:
        return "MailboxKey(...)"

    @property
    def public_key(self) -> bytes:
        """The public key that goes with this private key."""
        return bytes(self._private.public_key)

    def open_content_key(self, sealed: bytes) -> bytes:
        """Return the content key sealed to this mailbox; raise Unreadable."""
        try:
            key = self._box.decrypt(sealed)
        except CryptoError:
            raise Unreadable("not sealed for this mailbox") from None
        if len(key) != KEY_BYTES:
            raise Unreadable("bad content key")
        return key

    def ticket(self, secret: bytes) -> str:
        """Return this key encrypted under secret (the app's), URL-safe, for signed part URLs."""
        box = SecretBox(hkdf_sha256(secret, _TICKET_SALT))
        return base64.urlsafe_b64encode(bytes(box.encrypt(bytes(self._private)))).decode()

    @classmethod
    def from_ticket(cls, ticket: str, secret: bytes) -> "MailboxKey":
        """Return the key a ticket holds; raise Unreadable for anything else."""
        try:
            box = SecretBox(hkdf_sha256(secret, _TICKET_SALT))
            return cls(box.decrypt(base64.urlsafe_b64decode(ticket.encode("ascii"))))
        except (CryptoError, ValueError, TypeError, UnicodeEncodeError):
            raise Unreadable("not a ticket of ours") from None


def unwrap(wrapped: bytes, token: str, public_key: bytes) -> MailboxKey:
    """Return the MailboxKey that token unwraps; raise Unreadable (wrong token, tampered)."""
    try:
        private = SecretBox(_wrapping_key(token, public_key)).decrypt(wrapped)
    except CryptoError:
        raise Unreadable("this token does not open this key") from None
    key = MailboxKey(private)
    if not hmac.compare_digest(key.public_key, public_key):
        raise Unreadable("the key pair does not match")
    return key


def seal(data: bytes, public_key: bytes) -> bytes:
    """Return data sealed to public_key: MAGIC, sealed content key, secretstream chunks.

    Raise ValueError for something that is not an X25519 public key.
    """
    if not isinstance(public_key, bytes) or len(public_key) != PublicKey.SIZE:
        raise ValueError("not an X25519 public key")
    content_key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    sealed_key = bytes(SealedBox(PublicKey(public_key)).encrypt(content_key))
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, content_key)
    out = [MAGIC, sealed_key, header]
    starts = range(0, len(data), CHUNK) if data else [0]
    last = starts[-1]
    view = memoryview(data)
    for start in starts:
        tag = _TAG_FINAL if start == last else _TAG_MESSAGE
        out.append(sodium.crypto_secretstream_xchacha20poly1305_push(
            state, bytes(view[start:start + CHUNK]), None, tag))
    return b"".join(out)


def is_sealed(head: bytes) -> bool:
    """Return True if a file beginning with head is a sealed message."""
    return head[:len(MAGIC)] == MAGIC


def plain_size(sealed_size: int) -> int:
    """Return the size of the plain content of a sealed file of sealed_size bytes."""
    body = sealed_size - HEAD
    if body < ABYTES:
        return 0
    chunks = -(-body // (CHUNK + ABYTES))
    return max(0, body - chunks * ABYTES)


class SealedFile:
    """A sealed message file read as plain bytes: pread, read, chunks; one chunk decrypted at a time.

    Owns its descriptor from the start (closed by close(), or at once if it
    cannot be opened). Raise Unreadable on a wrong key,
    a tampered or cut file, or a file that is not sealed.
    """

    def __init__(self, fd: int, key: MailboxKey) -> None:
        self.fd, self.key = fd, key
        try:
            self._open(fd, key)
        except BaseException:
            self.close()
            raise

    def _open(self, fd: int, key: MailboxKey) -> None:
        head = os.pread(fd, HEAD, 0)
        if len(head) != HEAD or not is_sealed(head):
            raise Unreadable("not a sealed message")
        self._content_key = key.open_content_key(head[len(MAGIC):len(MAGIC) + SEALED_KEY_BYTES])
        self._stream_header = head[len(MAGIC) + SEALED_KEY_BYTES:]
        body = os.fstat(fd).st_size - HEAD
        if body < ABYTES:
            raise Unreadable("cut short")
        self.count = -(-body // (CHUNK + ABYTES))
        self.size = body - self.count * ABYTES
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        self._next = -1   # the state stands nowhere yet: the first chunk() restarts it
        self._kept: dict[int, bytes] = {}

    def _restart(self) -> None:
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(
            self._state, self._stream_header, self._content_key)
        self._next = 0

    def _pull(self, state: sodium.crypto_secretstream_xchacha20poly1305_state,
              index: int) -> bytes:
        """Decrypt chunk index with state (which must stand just before it)."""
        sealed = os.pread(self.fd, CHUNK + ABYTES, HEAD + index * (CHUNK + ABYTES))
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, sealed, None)
        except CryptoError:
            raise Unreadable("a chunk does not authenticate") from None
        if tag != (_TAG_FINAL if index == self.count - 1 else _TAG_MESSAGE):
            raise Unreadable("chunks out of place or cut short")
        return plain

    def chunk(self, index: int) -> bytes:
        """Return the plain bytes of chunk index (keeping the last two decrypted)."""
        kept = self._kept.get(index)
        if kept is not None:
            return kept
        if self._next < 0 or index < self._next:
            self._restart()
        while self._next <= index:
            plain = self._pull(self._state, self._next)
            self._kept = {self._next - 1: self._kept.get(self._next - 1, b""), self._next: plain}
            self._next += 1
        return self._kept[index]

    def pread(self, size: int, offset: int) -> bytes:
        """Return up to size plain bytes from offset (as os.pread)."""
        if offset < 0 or size < 0:
            raise ValueError("negative offset or size")
        out = []
        end = min(self.size, offset + size)
        while offset < end:
            index, within = divmod(offset, CHUNK)
            piece = self.chunk(index)[within:within + end - offset]
            if not piece:
                break
            out.append(piece)
            offset += len(piece)
        return b"".join(out)

    def chunks(self) -> Iterator[bytes]:
        """Yield the plain content from the start, chunk by chunk, checking its end."""
        state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(
            state, self._stream_header, self._content_key)
        for index in range(self.count):
            yield self._pull(state, index)

    def read(self, limit: int | None = None) -> bytes:
        """Return the whole plain content (at most limit bytes; all chunks checked when whole)."""
        if limit is not None and limit < self.size:
            return self.pread(limit, 0)
        return b"".join(self.chunks())

    def dup(self) -> "SealedFile":
        """Return another reader of the same file on a descriptor of its own."""
        return SealedFile(os.dup(self.fd), self.key)

    def close(self) -> None:
        """Close the descriptor (idempotent)."""
        fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)

    def __del__(self) -> None:   # one dropped unread (a stream never started) closes too
        if getattr(self, "fd", -1) >= 0:
            self.close()

    def __enter__(self) -> "SealedFile":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def seal_cache(cache_key: bytes, name: str, data: bytes) -> bytes:
    """Return data encrypted for the rendering cache, bound to the file name."""
    nonce = secrets.token_bytes(_AEAD_NONCE)
    return MAGIC + nonce + sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        data, name.encode(), nonce, cache_key)


def open_cache(cache_key: bytes, name: str, blob: bytes) -> bytes:
    """Return what seal_cache sealed under this name; raise Unreadable."""
    if not is_sealed(blob):
        raise Unreadable("not a sealed cache file")
    nonce = blob[len(MAGIC):len(MAGIC) + _AEAD_NONCE]
    try:
        return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
            blob[len(MAGIC) + _AEAD_NONCE:], name.encode(), nonce, cache_key)
    except CryptoError:
        raise Unreadable("a cache file does not authenticate") from None
