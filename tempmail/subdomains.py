"""Subdomain addressing: one extra DNS label under a configured base. Standard library only.

``name@x7k2p9.mx.example.net``: the base is ``mx.example.net`` (TEMPMAIL_SUBDOMAIN_DOMAINS),
the label ``x7k2p9`` is random (``secrets``) or chosen. Exim accepts exactly one label under
a base, and only for an address live in the registry; uniqueness is per address, so a
chosen label is free for other names.
"""

import re
import secrets

from tempmail.addresses import ALPHABET, MAX_DOMAIN_LENGTH, AddressError
from tempmail.texts import N_

RANDOM = "random"            # the API's and the form's word for "make one up"
DEFAULT_LENGTH = 8           # 8 * log2(36) = 41.4 bits per random label
MAX_LABEL_LENGTH = 63        # RFC 1035 2.3.4
_LDH_RE = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")

# Labels people and mail systems read as infrastructure (mail hosts, autoconfiguration,
# DNS service names, web and admin front ends), never handed out; digits after them too
# (mx2, ns1, smtp01).
RESERVED_LABELS = frozenset("""
    www mail mx smtp imap pop pop3 autoconfig autodiscover _dmarc _domainkey _mta-sts
    mta-sts _smtp _tls _acme-challenge _domainconnect webmail email ns dns ftp sftp api
    admin localhost wpad isatap mailserver relay smtp-relay mx-relay exchange owa
    lyncdiscover sip _sip _sipfederationtls enterpriseregistration enterpriseenrollment
    cpanel webdisk whm cpcontacts cpcalendars calendar autoconfigure mobilemail
    postmaster hostmaster abuse noc security bounce bounces return mailer-daemon
""".split())
_NUMBERED_RE = re.compile(r"(?:www|mail|mx|smtp|imap|pop|pop3|ns|dns|ftp|relay)-?[0-9]*")


def random_label(length: int = DEFAULT_LENGTH) -> str:
    """Return a fresh random label of length a-z0-9 characters (never a reserved one)."""
    while True:
        label = "".join(secrets.choice(ALPHABET) for _ in range(length))
        if not is_reserved(label):
            return label


def is_reserved(label: str) -> bool:
    """Return True if label names infrastructure (www, mx2, _dmarc, autodiscover, ...)."""
    label = label.lower()
    return label in RESERVED_LABELS or bool(_NUMBERED_RE.fullmatch(label))


def check_label(label: str) -> str:
    """Return the normalized chosen label; raise AddressError with the reason."""
    if not isinstance(label, str):
        raise AddressError(N_("the subdomain must be text"))
    name = label.strip().lower().rstrip(".")
    if not name:
        raise AddressError(N_("the subdomain is empty"))
    if len(name) > MAX_LABEL_LENGTH:
        raise AddressError(N_("the subdomain is longer than %(limit)d characters",
                              limit=MAX_LABEL_LENGTH))
    if is_reserved(name):
        raise AddressError(N_("the subdomain %(label)s is reserved", label=repr(name)))
    if not name.isascii() or not _LDH_RE.fullmatch(name):
        raise AddressError(N_(
            "the subdomain may hold only letters, digits and '-', and may not start or end "
            "with '-'"))
    return name


def check_base(domain: str | None, bases: tuple[str, ...]) -> str:
    """Return the normalized base if it is one of bases (a random one if none given)."""
    if not bases:
        raise AddressError(N_("subdomain addresses are not offered here"))
    if not domain:
        return secrets.choice(bases)
    name = domain.strip().lower().rstrip(".")
    if name not in bases:
        raise AddressError(N_(
            "%(domain)s does not take subdomains (choose one of: %(domains)s)",
            domain=repr(name), domains=", ".join(bases)))
    return name


def split_domain(domain: str, bases: tuple[str, ...]) -> tuple[str, str] | None:
    """Return (label, base) if domain is exactly one label under one of bases, else None."""
    name = domain.strip().lower().rstrip(".")
    label, dot, rest = name.partition(".")
    if dot and label and rest in bases:
        return label, rest
    return None


def full_domain(label: str, base: str) -> str:
    """Return label.base; raise AddressError if the name is too long for DNS."""
    domain = f"{label}.{base}"
    if len(domain) > MAX_DOMAIN_LENGTH:
        raise AddressError(N_("the subdomain makes the domain longer than 253 characters"))
    return domain
