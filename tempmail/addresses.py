"""Generate, normalize and validate addresses. Standard library only."""

import re
import secrets

from tempmail.texts import N_

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
RANDOM_LENGTH = 16          # 16 * log2(36) = 82.7 bits, above the 80-bit floor
MAX_LOCAL_LENGTH = 64       # RFC 5321 4.5.3.1.1
MAX_DOMAIN_LENGTH = 253
STYLES = ("random", "name", "words")   # local-part styles (tempmail/address_styles.py)

# Custom local parts: lower-case ASCII letters and digits, single dots, dashes and
# underscores inside; nothing a shell, a path or an SMTP parser treats specially.
_LOCAL_RE = re.compile(r"[a-z0-9](?:[a-z0-9_-]|\.(?!\.))*")
_LABEL_RE = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")

# Plus-addressing: local+tag@domain reaches the inbox local@domain, tagged "tag".
# The tag is everything after the first '+': 1 to MAX_TAG_LENGTH ASCII letters,
# digits, '.', '-' and '_', no two dots in a row; case does not matter (kept in
# lower case). exim/exim.conf refuses any other tag at RCPT with the same rule.
TAG_SEPARATOR = "+"
MAX_TAG_LENGTH = 64
_TAG_RE = re.compile(rf"[a-z0-9._-]{{1,{MAX_TAG_LENGTH}}}")

# Names mail systems and people expect to reach the operator (RFC 2142 and the
# ones certificate authorities and report senders write to), never handed to a
# user. Compared with '.', '-' and '_' removed, so mailer_daemon and mailer.daemon
# are mailer-daemon; PREFIXES also cover hostmaster2, abuse-reports, dmarc-rua.
RESERVED = frozenset("""
    root admin administrator security support info www noc sales marketing billing
    usenet news uucp ftp mail smtp imap pop nobody daemon listserv majordomo
    ssladmin sslwebmaster certadmin it help legal privacy
""".split())
RESERVED_PREFIXES = ("postmaster", "hostmaster", "webmaster", "abuse", "mailerdaemon",
                     "noreply", "donotreply", "dmarc", "administrator", "ssladmin")


class AddressError(ValueError):
    """An address, local part or domain that the service will not issue."""


def random_local_part():
    """Return a fresh random local part (lower-case letters and digits, > 80 bits)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))


def valid_domain(domain):
    """Return True if domain is a plausible lower-case DNS name."""
    if not isinstance(domain, str) or not domain or len(domain) > MAX_DOMAIN_LENGTH:
        return False
    labels = domain.split(".")
    return len(labels) >= 2 and all(_LABEL_RE.fullmatch(label) for label in labels)


def check_local_part(local_part):
    """Return the normalized custom local part; raise AddressError with the reason."""
    if not isinstance(local_part, str):
        raise AddressError(N_("the name must be text"))
    name = local_part.strip().lower()
    if not name:
        raise AddressError(N_("the name is empty"))
    if len(name) > MAX_LOCAL_LENGTH:
        raise AddressError(N_("the name is longer than %(limit)d characters",
                              limit=MAX_LOCAL_LENGTH))
    if not name.isascii():
        raise AddressError(N_("the name may hold only ASCII letters, digits, '.', '-' and '_'"))
    if TAG_SEPARATOR in name:
        raise AddressError(N_("the name may not contain '+': it starts a tag (name+tag@domain)"))
    if not _LOCAL_RE.fullmatch(name) or name.endswith("."):
        raise AddressError(N_(
            "the name may hold only letters, digits, '.', '-' and '_', "
            "must start with a letter or digit, and may not end with or repeat a dot"))
    if is_reserved(name):
        raise AddressError(N_("the name %(name)s is reserved", name=repr(name)))
    return name


def is_reserved(name: str) -> bool:
    """Return True if a local part names a role the operator keeps, however it is spelled."""
    folded = re.sub(r"[._-]+", "", name.lower())
    return folded in RESERVED or folded.startswith(RESERVED_PREFIXES)


def check_domain(domain, domains):
    """Return the normalized domain if it is one of domains; raise AddressError."""
    name = (domain or "").strip().lower().rstrip(".")
    if name not in domains:
        raise AddressError(N_(
            "%(domain)s is not offered for new addresses (choose one of: %(domains)s)",
            domain=repr(name or domain), domains=", ".join(domains)))
    return name


def split(address):
    """Return (local_part, domain) of a normalized address; raise AddressError."""
    if not isinstance(address, str) or address.count("@") != 1:
        raise AddressError(N_("not an address"))
    local_part, domain = address.strip().lower().split("@")
    domain = domain.rstrip(".")   # name@domain. is name@domain, as Exim takes it
    if not local_part or not domain:
        raise AddressError(N_("not an address"))
    return local_part, domain


def normalize(address):
    """Return the canonical lower-case form of address; raise AddressError."""
    local_part, domain = split(address)
    return f"{local_part}@{domain}"


def check_tag(tag: str) -> str:
    """Return tag in lower case if it follows the tag rules; raise AddressError with the rule."""
    if not isinstance(tag, str):
        raise AddressError(N_("the tag must be text"))
    folded = tag.lower()
    if not (folded.isascii() and _TAG_RE.fullmatch(folded)) or ".." in folded:
        raise AddressError(N_("a tag is 1 to %(limit)d letters, digits, '.', '-' and '_' "
                              "(no two dots in a row)", limit=MAX_TAG_LENGTH))
    return folded


def split_tag(address: str) -> tuple[str, str | None]:
    """Return (the inbox's address, the tag or None) of a possibly tagged address.

    local+tag@domain gives ("local@domain", "tag"); local@domain and local+@domain
    give ("local@domain", None). Raise AddressError if the tag breaks the rules.
    """
    local_part, domain = split(address)
    base, plus, tag = local_part.partition(TAG_SEPARATOR)
    if not base:
        raise AddressError(N_("not an address"))
    return f"{base}@{domain}", (check_tag(tag) if plus and tag else None)


def tagged(address: str, tag: str) -> str:
    """Return the address that delivers to address's inbox with tag; raise AddressError."""
    local_part, domain = split(address)
    return f"{local_part}{TAG_SEPARATOR}{check_tag(tag)}@{domain}"
