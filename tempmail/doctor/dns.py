"""DNS: an MX for every domain (and a wildcard MX for subdomain bases), MX hosts that
resolve to this machine, and domains already on the public disposable-domain list.

The only network traffic is DNS, to the configured resolver (TEMPMAIL_DNS_RESOLVER
or --resolver, HOST or HOST:PORT; the system's otherwise).
"""

from collections.abc import Generator, Iterator
import ipaddress
import secrets

import disposable_email_domains
import dns.exception
import dns.name
import dns.resolver

from tempmail.doctor.result import Context, Result, fail, ok, warn

LOCAL_SUFFIX = "localhost"  # RFC 6761: answered by the machine itself, never by DNS


class Lookup:
    """A dnspython resolver and the answers already had (each name asked once)."""

    def __init__(self, context: Context):
        where = context.resolver or context.settings.get("DNS_RESOLVER") or ""
        if where:
            self.resolver = dns.resolver.Resolver(configure=False)
            host, port = split_host_port(where)
            self.resolver.nameservers = [host]
            self.resolver.port = port
        else:
            self.resolver = dns.resolver.Resolver()
        self.resolver.timeout = min(2.0, context.timeout)
        self.resolver.lifetime = context.timeout
        self.cache: dict[tuple[str, str], list] = {}
        self.silent: dns.exception.DNSException | None = None  # after one timeout, ask no more

    def ask(self, name: str, kind: str) -> list:
        """Return the records of kind for name ([] when there are none).

        Raise dns.resolver.NXDOMAIN when the name does not exist, and
        dns.exception.DNSException when no server answered.
        """
        key = (name, kind)
        if key not in self.cache:
            if self.silent is not None:
                raise self.silent
            try:
                answer = self.resolver.resolve(dns.name.from_text(name), kind, search=False)
                self.cache[key] = list(answer)
            except dns.resolver.NoAnswer:
                self.cache[key] = []
            except (dns.resolver.LifetimeTimeout, dns.resolver.NoNameservers) as exc:
                self.silent = exc
                raise
        return self.cache[key]

    def addresses(self, name: str) -> set[str]:
        """Return the A and AAAA addresses of name (empty if it has none)."""
        found: set[str] = set()
        for kind in ("A", "AAAA"):
            try:
                found.update(str(ipaddress.ip_address(r.address)) for r in self.ask(name, kind))
            except dns.resolver.NXDOMAIN:
                return set()
        return found


def split_host_port(where: str) -> tuple[str, int]:
    """Return (host, port) from HOST, HOST:PORT, [V6] or [V6]:PORT; port 53 by default."""
    where = where.strip()
    if where.startswith("["):
        host, _, rest = where[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else "53"
    elif where.count(":") == 1:
        host, port = where.split(":")
    else:
        host, port = where, "53"
    ipaddress.ip_address(host)  # ValueError: the resolver must be an address
    return host, int(port)


def checks(context: Context) -> Iterator[Result]:
    """Yield the DNS results for every configured domain and subdomain base."""
    try:
        lookup = Lookup(context)
    except (ValueError, dns.exception.DNSException) as exc:
        yield fail("dns.resolver", f"no DNS resolver to ask ({type(exc).__name__})",
                   "set TEMPMAIL_DNS_RESOLVER to HOST or HOST:PORT of a DNS server, "
                   "or fix /etc/resolv.conf")
        return
    expected = yield from _this_host(context, lookup)
    for domain in context.settings["DOMAINS"]:
        yield from _domain(lookup, domain, domain, expected, context)
    for base in _subdomain_bases(context.settings):
        probe = f"tempmail-doctor-{secrets.token_hex(4)}.{base}"
        yield from _domain(lookup, f"*.{base}", probe, expected, context)
    yield from _blocklisted(context.settings)


def _subdomain_bases(settings: dict) -> tuple[str, ...]:
    """Return the subdomain bases (TEMPMAIL_SUBDOMAIN_DOMAINS, if this version has it)."""
    value = settings.get("SUBDOMAIN_DOMAINS") or ()
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    return tuple(d.strip().lower().rstrip(".") for d in value if d.strip())


def _local(domain: str) -> bool:
    return domain == LOCAL_SUFFIX or domain.endswith("." + LOCAL_SUFFIX)


def _this_host(context: Context, lookup: Lookup) -> Generator[Result, None, set[str]]:
    """Yield the PUBLIC_HOSTNAME result; return the addresses MX hosts should have."""
    settings = context.settings
    named = set(settings.get("PUBLIC_ADDRESS") or ())
    hostname = settings.get("PUBLIC_HOSTNAME") or ""
    if not hostname:
        return named
    try:
        found = lookup.addresses(hostname)
    except dns.exception.DNSException as exc:
        yield fail("dns.hostname", f"{hostname}: DNS did not answer ({type(exc).__name__})",
                   "check the resolver and the zone's name servers")
        return named
    if not found:
        yield fail("dns.hostname", f"{hostname} (TEMPMAIL_PUBLIC_HOSTNAME) has no A or AAAA record",
                   f"add an A (and AAAA) record for {hostname} with this machine's address")
    elif named and not found & named:
        yield fail("dns.hostname", f"{hostname} resolves to {_list(found)}, not to "
                   f"TEMPMAIL_PUBLIC_ADDRESS {_list(named)}",
                   f"point {hostname}'s A/AAAA records at {_list(named)} "
                   "(or correct TEMPMAIL_PUBLIC_ADDRESS)")
    else:
        yield ok("dns.hostname", f"{hostname} resolves to {_list(found)}")
    return named or found


def _domain(lookup: Lookup, shown: str, name: str, expected: set[str],
            context: Context) -> Iterator[Result]:
    """Yield the MX result and the MX hosts' address result for one domain."""
    check = f"dns.mx:{shown}"
    if _local(shown.lstrip("*.")):
        yield ok(check, f"{shown} is a .localhost name: local use only, not looked up in DNS")
        return
    wildcard = shown.startswith("*.")
    record = f"*.{shown[2:]}. MX 10 {context.settings.get('PUBLIC_HOSTNAME') or 'mail.host'}." \
        if wildcard else f"{shown}. MX 10 {context.settings.get('PUBLIC_HOSTNAME') or shown}."
    try:
        records = lookup.ask(name, "MX")
    except dns.resolver.NXDOMAIN:
        records = []
    except dns.exception.DNSException as exc:
        yield fail(check, f"{shown}: DNS did not answer for MX ({type(exc).__name__})",
                   "check the resolver (TEMPMAIL_DNS_RESOLVER) and the zone's name servers")
        return
    if not records:
        yield fail(check, f"{shown} has no MX record: senders cannot find this server",
                   f"add to the zone: {record}")
        return
    targets = sorted((r.preference, r.exchange.to_text(omit_final_dot=True).lower())
                     for r in records)
    if any(host in ("", ".") for _, host in targets):
        yield fail(check, f"{shown} has a null MX (\"MX 0 .\"): it declares it takes no mail",
                   f"replace it with: {record}")
        return
    yield ok(check, f"{shown}: " + ", ".join(f"MX {p} {h}" for p, h in targets))
    yield from _targets(lookup, shown, [h for _, h in targets], expected, context)


def _targets(lookup: Lookup, shown: str, hosts: list[str], expected: set[str],
             context: Context) -> Iterator[Result]:
    """Yield whether the MX hosts have addresses, and whether those are this machine's."""
    check = f"dns.mx-host:{shown}"
    resolved: dict[str, set[str]] = {}
    for host in dict.fromkeys(hosts):
        try:
            resolved[host] = lookup.addresses(host)
        except dns.exception.DNSException as exc:
            yield fail(check, f"{host}: DNS did not answer for A/AAAA ({type(exc).__name__})",
                       "check the resolver and the zone's name servers")
            return
    bare = [host for host, found in resolved.items() if not found]
    if bare:
        yield fail(check, f"MX host {', '.join(bare)} has no A or AAAA record",
                   f"add an A (and AAAA) record for {bare[0]} with this machine's address")
        return
    hostname = context.settings.get("PUBLIC_HOSTNAME") or ""
    if not expected and not hostname:
        yield ok(check, "MX hosts resolve (" + "; ".join(
            f"{h} {_list(a)}" for h, a in resolved.items()) + "); set TEMPMAIL_PUBLIC_ADDRESS "
            "or TEMPMAIL_PUBLIC_HOSTNAME to check they are this machine")
        return
    here = [h for h, found in resolved.items() if h == hostname or found & expected]
    elsewhere = [h for h in resolved if h not in here]
    want = _list(expected) if expected else hostname
    if not here:
        yield fail(check, f"{shown}'s MX hosts ({'; '.join(f'{h} {_list(a)}' for h, a in resolved.items())}) "
                   f"are not this machine ({want})",
                   f"point {shown}'s MX at {hostname or 'a name whose A/AAAA is ' + want}")
    elif elsewhere:
        yield warn(check, f"{', '.join(elsewhere)} (MX of {shown}) is not this machine ({want}): "
                   "mail sent there does not arrive here",
                   f"remove the MX records to {', '.join(elsewhere)} or point them here")
    else:
        yield ok(check, f"{shown}'s MX hosts are this machine ({want})")


def _blocklisted(settings: dict) -> Iterator[Result]:
    """Warn about domains (or their parents) on the disposable-email-domains list."""
    listed = disposable_email_domains.blocklist
    names = list(settings["DOMAINS"]) + list(_subdomain_bases(settings))
    hits = []
    for domain in names:
        labels = domain.split(".")
        for start in range(len(labels) - 1):
            parent = ".".join(labels[start:])
            if parent in listed:
                hits.append(domain if start == 0 else f"{domain} (as {parent})")
                break
    if hits:
        yield warn("dns.blocklist", f"on the public disposable-domain list: {', '.join(hits)}; "
                   "many sites refuse addresses there",
                   "expected for a known service; for fewer refusals use a domain not on the list")
    else:
        yield ok("dns.blocklist", f"none of {len(names)} domains is on the public "
                 "disposable-domain list (package disposable-email-domains)")


def _list(addresses: set[str]) -> str:
    return ", ".join(sorted(addresses))
