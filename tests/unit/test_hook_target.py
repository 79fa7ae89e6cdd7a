"""The SSRF guard: every refused spelling is refused before any connection is made.

The resolver is a stub (a table of names), the connector is a stub that records
what it was asked, and socket.socket itself fails the test if anything opens a
socket: no test here sends traffic anywhere.
"""

import ipaddress
import socket

import pytest

from tempmail import hook_send, hook_target
from tempmail.hook_target import Policy, TargetRefused, check_url, resolve

NAMES = {
    "example.org": ["93.184.216.34"],
    "rebind.example": ["127.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "mixed.example": ["93.184.216.34", "10.0.0.7"],
    "v6loop.example": ["::1"],
    "ula.example": ["fd00::5"],
    "mapped.example": ["::ffff:192.168.0.1"],
    "cgnat.example": ["100.64.1.1"],
    "public6.example": ["2606:2800:220:1:248:1893:25c8:1946"],
}


class StubResolver:
    def __init__(self):
        self.asked = []

    def __call__(self, host, port, type=0):
        self.asked.append(host)
        if host not in NAMES:
            raise socket.gaierror(socket.EAI_NONAME, "unknown")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, port)) for a in NAMES[host]]


REFUSED = [
    # loopback, in every spelling the C library accepts
    "http://127.0.0.1/", "http://127.0.0.1./", "http://2130706433/", "http://0x7f000001/",
    "http://017700000001/", "http://0177.0.0.1/", "http://127.1/", "http://0x7f.1/",
    "http://0x7F.0x0.0x0.0x1/", "http://127.000.000.001/", "http://localhost/",
    "http://LOCALHOST./", "http://app.localhost/", "http://[::1]/", "http://[0:0:0:0:0:0:0:1]/",
    # the unspecified address
    "http://0/", "http://0.0.0.0/", "http://[::]/",
    # v4 in v6 dress: mapped, compatible, 6to4, NAT64
    "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::ffff:169.254.169.254]/",
    "http://[::127.0.0.1]/", "http://[2002:7f00:1::]/", "http://[64:ff9b::a00:1]/",
    # private, shared (CGNAT), link-local (cloud metadata), benchmarking, special
    "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/", "http://100.64.0.1/",
    "http://100.100.100.200/", "http://169.254.169.254/latest/meta-data/", "http://198.18.0.1/",
    "http://192.0.0.1/", "http://192.0.2.1/",
    # multicast, reserved, broadcast
    "http://224.0.0.1/", "http://239.255.255.250/", "http://240.0.0.1/",
    "http://255.255.255.255/",
    # IPv6: ULA, link-local (with a zone too), multicast, documentation, site-local
    "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[fe80::1]/", "http://[fe80::1%25eth0]/",
    "http://[ff02::1]/", "http://[2001:db8::1]/", "http://[fec0::1]/",
    # names that resolve to refused addresses (DNS rebinding: one answer is enough)
    "http://rebind.example/", "https://metadata.example/", "http://mixed.example/",
    "http://v6loop.example/", "http://ula.example/", "http://mapped.example/",
    "http://cgnat.example/", "http://rebind.example./",
    # a name that does not resolve
    "http://nowhere.example/",
    # ports, schemes, credentials, broken spellings
    "http://93.184.216.34:8080/", "https://example.org:22/", "http://example.org:0/",
    "ftp://93.184.216.34/", "gopher://example.org/", "file:///etc/passwd", "javascript:alert(1)",
    "http://user:pw@example.org/", "http://example.org@127.0.0.1/", "http://1.2.3.4.5/",
    "http://256.1.1.1/", "http://[::ffff:1.2.3]/", "http://exa mple.org/", "http://example..org/",
    "http:///path", "http://example.org/#frag", "", "h" * 3000,
]
ALLOWED = [
    ("http://93.184.216.34/", "93.184.216.34"),
    ("https://example.org/hook?x=1", "93.184.216.34"),
    ("https://EXAMPLE.org./hook", "93.184.216.34"),
    ("http://[2606:2800:220:1:248:1893:25c8:1946]/", "2606:2800:220:1:248:1893:25c8:1946"),
    ("https://public6.example:443/", "2606:2800:220:1:248:1893:25c8:1946"),
]


@pytest.fixture
def no_sockets(monkeypatch):
    """Fail the test if anything makes a socket."""
    def refuse(*args, **kwargs):
        raise AssertionError("a socket was opened")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_table_is_long_enough():
    assert len(REFUSED) >= 25


@pytest.mark.parametrize("url", REFUSED)
def test_refused_before_any_connection(url, no_sockets):
    resolver, connected = StubResolver(), []
    with pytest.raises(TargetRefused):
        policy = Policy()
        address = resolve(check_url(url, policy), policy, resolver)
        hook_send.post(check_url(url, policy), address, b"{}", {},
                          connector=lambda *a, **k: connected.append(a))
    assert connected == []


@pytest.mark.parametrize("url", ["http://2130706433/", "http://0x7f.1/", "http://[::1]/",
                                 "http://10.0.0.1/", "http://localhost/"])
def test_literal_addresses_never_ask_the_resolver(url):
    resolver = StubResolver()
    with pytest.raises(TargetRefused):
        resolve(check_url(url, Policy()), Policy(), resolver)
    assert resolver.asked == []


@pytest.mark.parametrize("url,address", ALLOWED)
def test_public_targets_resolve_once_to_the_checked_address(url, address, no_sockets):
    resolver = StubResolver()
    target = check_url(url, Policy())
    assert resolve(target, Policy(), resolver) == ipaddress.ip_address(address)
    assert len(resolver.asked) <= 1


def test_the_operator_allow_list_opens_hosts_and_networks_on_any_port():
    policy = Policy.parse("80,443", "127.0.0.1, 10.1.0.0/16, rebind.example")
    target = check_url("http://127.0.0.1:8123/hook", policy)
    assert str(resolve(target, policy, StubResolver())) == "127.0.0.1"
    assert str(resolve(check_url("http://10.1.2.3:9/", policy), policy, StubResolver())) == \
        "10.1.2.3"
    assert str(resolve(check_url("http://rebind.example:81/", policy), policy,
                       StubResolver())) == "127.0.0.1"
    with pytest.raises(TargetRefused):
        resolve(check_url("http://10.2.0.1/", policy), policy, StubResolver())
    with pytest.raises(TargetRefused):  # another name resolving into an allowed network still
        resolve(check_url("http://metadata.example/", policy), policy, StubResolver())


def test_more_ports_only_when_the_operator_lists_them():
    policy = Policy.parse("80,443,8443", "")
    assert check_url("https://example.org:8443/", policy).port == 8443
    with pytest.raises(TargetRefused) as refused:
        check_url("https://example.org:8444/", policy)
    assert refused.value.reason == hook_target.BAD_PORT


@pytest.mark.parametrize("allow", ["not a host!", "300.1.1.1/8x", "-"])
def test_a_bad_allow_list_is_an_error(allow):
    with pytest.raises(ValueError):
        Policy.parse("80", allow)


def test_host_header_and_path_are_kept():
    target = check_url("https://Example.org:8443/a/b?c=d", Policy.parse("8443", ""))
    assert (target.host, target.port, target.path, target.host_header) == \
        ("example.org", 8443, "/a/b?c=d", "example.org:8443")
    assert check_url("http://[2606:2800:220:1::1]/", Policy()).host_header == \
        "[2606:2800:220:1::1]"
