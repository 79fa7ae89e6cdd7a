"""What a create request asks for: which domain (plain, or a label under a base) and which
local part (chosen, or drawn in a style). The service draws candidates until one is free."""

from collections.abc import Mapping
import dataclasses
import secrets
from typing import Any

from tempmail import address_styles, addresses, subdomains
from tempmail.texts import N_


@dataclasses.dataclass(frozen=True)
class Plan:
    """A create request, checked: fixed parts are normalized, the rest is drawn per attempt."""

    style: str
    local_part: str | None = None   # a chosen name, else drawn in style
    domain: str | None = None       # a plain domain, or None for a subdomain address
    base: str | None = None         # the base of a subdomain address
    label: str | None = None        # a chosen label under base, else a random one
    label_length: int = subdomains.DEFAULT_LENGTH

    @property
    def fixed(self) -> bool:
        """True if nothing is drawn: a collision is then the requester's to resolve."""
        return self.local_part is not None and (self.base is None or self.label is not None)

    def draw(self) -> str:
        """Return one candidate address (fresh random parts on every call)."""
        local_part = self.local_part or address_styles.local_part(self.style)
        if self.base is None:
            return f"{local_part}@{self.domain}"
        label = self.label or subdomains.random_label(self.label_length)
        return f"{local_part}@{subdomains.full_domain(label, self.base)}"


def plan(settings: Mapping[str, Any], domain: str | None = None, name: str | None = None,
         subdomain: str | None = None, style: str | None = None) -> Plan:
    """Return the checked Plan of a create request; raise AddressError with the reason.

    subdomain: None (a plain address, unless domain is itself one label under a base),
    "random", or a label. style: random, name or words (TEMPMAIL_ADDRESS_STYLE if None);
    ignored when name is given.
    """
    style = settings["ADDRESS_STYLE"] if style is None else style.strip().lower()
    if style not in addresses.STYLES:
        raise addresses.AddressError(N_("%(style)s is not an address style (choose one of: "
                                        "%(styles)s)", style=repr(style),
                                        styles=", ".join(addresses.STYLES)))
    local_part = addresses.check_local_part(name) if name is not None else None
    bases = settings["SUBDOMAIN_DOMAINS"]
    length = settings["SUBDOMAIN_LENGTH"]
    if subdomain is not None:
        base = subdomains.check_base(domain, bases)
        wanted = subdomain.strip().lower()
        label = None if wanted == subdomains.RANDOM else subdomains.check_label(wanted)
        if label is not None:
            subdomains.full_domain(label, base)
        return Plan(style, local_part, base=base, label=label, label_length=length)
    offered = settings["OFFERED_DOMAINS"]
    if not domain:
        return Plan(style, local_part, domain=secrets.choice(offered))
    normalized = domain.strip().lower().rstrip(".")
    if normalized not in offered:
        if normalized in bases:
            raise addresses.AddressError(N_(
                "%(domain)s takes only subdomain addresses: choose a random or your own "
                "subdomain", domain=repr(normalized)))
        under = subdomains.split_domain(normalized, bases)
        if under is not None:
            return Plan(style, local_part, base=under[1], label=subdomains.check_label(under[0]),
                        label_length=length)
    return Plan(style, local_part, domain=addresses.check_domain(normalized, offered))
