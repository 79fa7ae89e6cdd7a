"""DMARC (RFC 7489) from the results our Exim recorded and the From domain's published policy.

Exim checks DKIM and SPF at SMTP time; this adds the third verdict when the
message is shown: the policy is the TXT record at _dmarc.<From domain> (or at
_dmarc.<its organizational domain>, found with the Public Suffix List of the
publicsuffixlist package), and the message passes if a passing DKIM signature or
a passing SPF check is aligned with the From domain. Lookups are budgeted (a
few seconds at most, then "temperror", never an error page) and their answers
kept for a while, so a page view asks DNS at most once per domain per TTL.
"""

import dataclasses
import email.utils
import threading
import time

import dns.exception
import dns.resolver
from publicsuffixlist import PublicSuffixList

from tempmail.authresults import Result

LOOKUP_SECONDS = 3.0
"""Longest wait for all DNS answers of one evaluation."""
KEEP_SECONDS = 300.0
"""How long an answer (or its absence) is reused."""
KEEP_DOMAINS = 1024
MAX_RECORD = 2048

_PSL: PublicSuffixList | None = None
_PSL_LOCK = threading.Lock()


def organizational(domain: str) -> str:
    """Return domain's organizational domain (example.co.uk for a.b.example.co.uk)."""
    global _PSL
    with _PSL_LOCK:
        if _PSL is None:
            _PSL = PublicSuffixList()
        psl = _PSL
    return psl.privatesuffix(domain) or domain


@dataclasses.dataclass
class Verdict:
    """The DMARC outcome for one message."""

    result: str                 # pass, fail, none, temperror, permerror
    domain: str = ""            # the From domain
    policy: str = ""            # none, quarantine, reject (what applies to this domain)
    record_domain: str = ""     # where the policy was found
    dkim_aligned: bool = False  # a passing DKIM signature aligned with the From domain
    spf_aligned: bool = False   # a passing SPF check aligned with the From domain
    problem: str = ""           # why: no-from, several-from, no-record, dns, ...


def _host_port(where: str) -> tuple[str, int]:
    """Return (host, port) from HOST, HOST:PORT, V6, [V6] or [V6]:PORT (port 53 by default)."""
    if where.startswith("["):
        host, _, rest = where[1:].partition("]")
        return host, int(rest.lstrip(":") or 53)
    if where.count(":") == 1:
        host, _, port = where.partition(":")
        return host, int(port or 53)
    return where, 53


class Policies:
    """_dmarc TXT records by domain, asked with one resolver and kept KEEP_SECONDS."""

    def __init__(self, resolver_address: str = "", clock=time.monotonic):
        self.resolver = dns.resolver.Resolver(configure=not resolver_address)
        if resolver_address:
            host, port = _host_port(resolver_address)
            self.resolver.nameservers = [host]
            self.resolver.port = port
        self.resolver.timeout = 2.0
        self.clock = clock
        self.kept: dict[str, tuple[float, list[str] | None]] = {}
        self.lock = threading.Lock()

    def records(self, name: str, deadline: float) -> list[str] | None:
        """Return the DMARC1 records at name ([] if none); None if DNS did not answer in time."""
        now = self.clock()
        with self.lock:
            kept = self.kept.get(name)
        if kept is not None and kept[0] > now:
            return kept[1]
        left = deadline - now
        if left <= 0:
            return None
        try:
            answer = self.resolver.resolve(name, "TXT", lifetime=left)
            texts = [b"".join(rdata.strings)[:MAX_RECORD].decode("ascii", "replace")
                     for rdata in answer]
            found: list[str] | None = [t for t in texts if t.strip().lower().startswith("v=dmarc1")]
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            found = []
        except (dns.exception.DNSException, OSError, ValueError):
            found = None
        with self.lock:
            if len(self.kept) >= KEEP_DOMAINS:
                self.kept.clear()
            self.kept[name] = (now + (KEEP_SECONDS if found is not None else 30.0), found)
        return found


def tags(record: str) -> dict[str, str]:
    """Return a DMARC record's tags, lower-cased names and values."""
    found = {}
    for item in record[:MAX_RECORD].split(";"):
        name, equals, value = item.partition("=")
        if equals:
            found.setdefault(name.strip().lower(), value.strip().lower())
    return found


def from_domain(from_header: str) -> tuple[str, str]:
    """Return (domain, problem) of the single author in a From header value."""
    addresses = [a for _, a in email.utils.getaddresses([from_header[:2048]]) if a]
    if not addresses:
        return "", "no-from"
    if len({a.rpartition("@")[2].lower() for a in addresses}) > 1:
        return "", "several-from"
    domain = addresses[0].rpartition("@")[2].strip().rstrip(".").lower()
    if not domain or "." not in domain:
        return "", "no-from"
    return domain, ""


def _aligned(domain: str, other: str, strict: bool) -> bool:
    other = other.strip().rstrip(".").lower()
    if strict:
        return other == domain
    return bool(other) and organizational(other) == organizational(domain)


def evaluate(from_header: str, results: list[Result], policies: Policies) -> Verdict:
    """Return the DMARC verdict for a message with From: from_header and Exim's results."""
    domain, problem = from_domain(from_header)
    if not domain:
        return Verdict("permerror" if problem == "several-from" else "none", problem=problem)
    deadline = policies.clock() + LOOKUP_SECONDS
    record_domain = domain
    found = policies.records(f"_dmarc.{domain}", deadline)
    org = organizational(domain)
    if found == [] and org != domain:
        record_domain = org
        found = policies.records(f"_dmarc.{org}", deadline)
    if found is None:
        return Verdict("temperror", domain, problem="dns")
    if len(found) != 1:
        return Verdict("none", domain, problem="no-record" if not found else "several-records")
    policy_tags = tags(found[0])
    policy = policy_tags.get("p", "")
    if record_domain != domain and policy_tags.get("sp"):
        policy = policy_tags["sp"]
    if policy not in ("none", "quarantine", "reject"):
        return Verdict("permerror", domain, record_domain=record_domain, problem="bad-policy")
    dkim_aligned = any(r.method == "dkim" and r.result == "pass" and _aligned(
        domain, r.properties.get("header.d", ""), policy_tags.get("adkim") == "s") for r in results)
    spf_aligned = any(r.method == "spf" and r.result == "pass" and _aligned(
        domain, r.properties.get("smtp.mailfrom", "").rpartition("@")[2],
        policy_tags.get("aspf") == "s") for r in results)
    return Verdict("pass" if dkim_aligned or spf_aligned else "fail", domain, policy,
                   record_domain, dkim_aligned, spf_aligned,
                   "" if dkim_aligned or spf_aligned else "not-aligned")
