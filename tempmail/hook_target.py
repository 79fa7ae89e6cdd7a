"""Where a webhook may post: the SSRF guard. Standard library only.

A webhook URL names a host on the public internet. ``check_url`` checks the
spelling (http or https, a port the operator allows, no credentials); ``resolve``
looks the name up once and checks every address it gives, and the caller
connects to that checked address (no second lookup, so a name that resolves
elsewhere the second time, DNS rebinding, gains nothing). Refused: loopback,
private, shared (CGNAT), link-local (cloud metadata), multicast, reserved,
unspecified, and their IPv6 forms (ULA, link-local, v4-mapped, v4-compatible,
6to4, Teredo and NAT64 carrying a refused IPv4). A host spelled as a number
(``2130706433``, ``0x7f.1``, ``0177.0.0.1``) is read as the C library would and
checked as that address, without asking any resolver.

The operator's allow list (TEMPMAIL_WEBHOOK_ALLOW) names hosts or networks
that may be reached anyway, on any port.
"""

from collections.abc import Callable
import dataclasses
import ipaddress
import socket
from urllib.parse import urlsplit

MAX_URL = 2048
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[..., list]

# Reasons, as stable codes (the service layer turns them into texts).
BAD_URL = "bad_url"
BAD_SCHEME = "bad_scheme"
CREDENTIALS = "credentials"
BAD_PORT = "bad_port"
NOT_PUBLIC = "not_public"
UNRESOLVED = "unresolved"

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NOT_HOST = set(" \t\r\n\\/?#@%")


class TargetRefused(Exception):
    """The URL may not be posted to; args[0] is one of the reason codes above."""

    @property
    def reason(self) -> str:
        """The reason code."""
        return str(self.args[0])


@dataclasses.dataclass(frozen=True)
class Policy:
    """What the operator allows: extra ports, and hosts or networks reachable anyway."""

    ports: frozenset[int] = frozenset((80, 443))
    hosts: frozenset[str] = frozenset()
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    @classmethod
    def from_settings(cls, settings: dict) -> "Policy":
        """Return the policy TEMPMAIL_WEBHOOK_PORTS and TEMPMAIL_WEBHOOK_ALLOW ask for."""
        return cls.parse(settings.get("WEBHOOK_PORTS", "80,443"),
                         settings.get("WEBHOOK_ALLOW", ""))

    @classmethod
    def parse(cls, ports: str | tuple, allow: str | tuple) -> "Policy":
        """Return a policy from comma/space separated lists; raise ValueError on a bad item."""
        items = ports.replace(",", " ").split() if isinstance(ports, str) else list(ports)
        port_set = set()
        for item in items:
            port = int(item)
            if not 0 < port < 65536:
                raise ValueError(f"not a port: {item!r}")
            port_set.add(port)
        hosts, networks = set(), []
        for item in allow.replace(",", " ").split() if isinstance(allow, str) else allow:
            try:
                networks.append(ipaddress.ip_network(item.strip("[]"), strict=False))
            except ValueError:
                host = _canonical_name(item)
                if host is None:
                    raise ValueError(f"not a host name or network: {item!r}") from None
                hosts.add(host)
        return cls(frozenset(port_set), frozenset(hosts), tuple(networks))

    def allows(self, address: Address) -> bool:
        """Return True if the operator lets address be reached whatever it is."""
        return any(address.version == net.version and address in net for net in self.networks)


@dataclasses.dataclass(frozen=True)
class Target:
    """A checked URL, taken apart: what to connect to and what to send."""

    scheme: str
    host: str                       # the name (for Host and TLS), or the address as text
    port: int
    path: str                       # path and query, at least "/"
    literal: Address | None = None  # the host was an address: no lookup needed

    @property
    def host_header(self) -> str:
        """The Host header value."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


def check_url(url: str, policy: Policy) -> Target:
    """Return the Target url names; raise TargetRefused unless its spelling may be used.

    Does not resolve names; a literal address is checked here (see resolve).
    """
    if not isinstance(url, str) or not url or len(url) > MAX_URL or not url.isascii() \
            or any(ch <= " " or ch == "\x7f" for ch in url):
        raise TargetRefused(BAD_URL)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise TargetRefused(BAD_URL) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise TargetRefused(BAD_SCHEME)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise TargetRefused(CREDENTIALS)
    if parts.fragment or "#" in url:
        raise TargetRefused(BAD_URL)
    raw_host = parts.hostname or ""
    literal = _literal(raw_host)
    if literal is None:
        host = _canonical_name(raw_host)
        if host is None:
            raise TargetRefused(BAD_URL)
    else:
        host = str(literal)
    port = port if port is not None else (443 if scheme == "https" else 80)
    target = Target(scheme, host, port, (parts.path or "/") + (f"?{parts.query}" if parts.query
                                                               else ""), literal)
    named = literal is None and host in policy.hosts
    if literal is not None and not policy.allows(literal):
        if not public(literal):
            raise TargetRefused(NOT_PUBLIC)
        if port not in policy.ports:
            raise TargetRefused(BAD_PORT)
    elif literal is None and not named:
        if host == "localhost" or host.endswith(".localhost"):
            raise TargetRefused(NOT_PUBLIC)
        if port not in policy.ports and not policy.networks:
            raise TargetRefused(BAD_PORT)
    return target


def resolve(target: Target, policy: Policy,
            resolver: Resolver = socket.getaddrinfo) -> Address:
    """Return the one address to connect to; raise TargetRefused unless every answer may be used.

    The name is looked up once here; connect to the address returned, never to the name.
    """
    if target.literal is not None:
        return target.literal  # checked by check_url, no resolver asked
    try:
        answers = resolver(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise TargetRefused(UNRESOLVED) from None
    found: list[Address] = []
    for answer in answers:
        try:
            found.append(ipaddress.ip_address(answer[4][0].split("%", 1)[0]))
        except (ValueError, IndexError, TypeError):
            raise TargetRefused(UNRESOLVED) from None
    if not found:
        raise TargetRefused(UNRESOLVED)
    if target.host in policy.hosts:
        return found[0]
    for address in found:
        if policy.allows(address):
            continue
        if not public(address):
            raise TargetRefused(NOT_PUBLIC)
        if target.port not in policy.ports:
            raise TargetRefused(BAD_PORT)
    return found[0]


def public(address: Address) -> bool:
    """Return True if address is a global unicast address, also through any IPv4 it carries."""
    if isinstance(address, ipaddress.IPv6Address):
        carried = address.ipv4_mapped or _compat(address) or address.sixtofour
        if carried is None and address.teredo:
            carried = address.teredo[1]
        if carried is None and address in _NAT64:
            carried = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if carried is not None and not public(carried):
            return False
        if address.ipv4_mapped or _compat(address) or address.is_site_local:
            return False  # a v4 address in v6 dress is no address a webhook needs
    return (address.is_global and not address.is_multicast and not address.is_reserved
            and not address.is_loopback and not address.is_link_local
            and not address.is_private and not address.is_unspecified)


def _compat(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """Return the IPv4 of a deprecated v4-compatible address (::a.b.c.d), else None."""
    value = int(address)
    return ipaddress.IPv4Address(value) if value >> 32 == 0 else None


def _literal(host: str) -> Address | None:
    """Return the address host spells (IPv6 or any inet_aton form), or None for a name.

    Raise TargetRefused for something that looks like a number and is none.
    """
    host = host.rstrip(".") if host.count(".") and not host.endswith("..") else host
    if ":" in host or host.startswith("["):
        try:
            return ipaddress.IPv6Address(host.strip("[]").split("%", 1)[0])
        except ValueError:
            raise TargetRefused(BAD_URL) from None
    parts = host.split(".")
    last = parts[-1].lower() if parts else ""
    if not last or not (last.isdigit() or (last.startswith("0x") and
                                           all(c in "0123456789abcdef" for c in last[2:]))):
        return None  # a name: its last label is not a number
    if len(parts) > 4:
        raise TargetRefused(BAD_URL)
    numbers = []
    for part in parts:
        try:
            numbers.append(_c_number(part))
        except ValueError:
            raise TargetRefused(BAD_URL) from None
    *head, tail = numbers
    if any(n > 255 for n in head) or tail >= 1 << (8 * (4 - len(head))):
        raise TargetRefused(BAD_URL)
    value = 0
    for n in head:
        value = value << 8 | n
    return ipaddress.IPv4Address(value << (8 * (4 - len(head))) | tail)


def _c_number(text: str) -> int:
    """Read a number as inet_aton does: 0x hex, leading-0 octal, else decimal."""
    text = text.lower()
    if text.startswith("0x"):
        return int(text[2:] or "0", 16)
    if len(text) > 1 and text.startswith("0"):
        return int(text, 8)
    return int(text, 10)


def _canonical_name(name: str) -> str | None:
    """Return name lower-case without its trailing dot, or None if it is no host name."""
    name = name.strip().lower()
    if name.endswith("."):
        name = name[:-1]
    if not name or len(name) > 253 or any(ch in _NOT_HOST for ch in name):
        return None
    labels = name.split(".")
    if any(not label or len(label) > 63 or label[0] == "-" or label[-1] == "-"
           for label in labels):
        return None
    if not all(ch.isalnum() or ch in "-_" for ch in name.replace(".", "")):
        return None
    return name
