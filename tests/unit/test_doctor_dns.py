"""The doctor's DNS checks against a real DNS server on 127.0.0.1 (dnslib)."""

import socket

import dnslib
import pytest

from tempmail import doctor
from tempmail.doctor.dns import split_host_port

from dnsserver import LocalDNS
import helpers

HERE = "192.0.2.10"


@pytest.fixture
def zone():
    server = LocalDNS({
        "tm.test": [("MX", (10, "mx.tm.test"))],
        "tm2.test": [("MX", (10, "mx.tm.test"))],
        "mx.tm.test": [("A", HERE), ("AAAA", "2001:db8::10")],
    })
    yield server
    server.stop()


def check(zone, data_dir, **overrides):
    settings = helpers.settings(data_dir, **overrides)
    results = doctor.run(settings, groups=["dns"], resolver=zone.address, timeout=2.0)
    return {result.name: result for result in results}


def test_mx_present_and_pointing_here_passes(zone, data_dir):
    results = check(zone, data_dir, PUBLIC_ADDRESS=HERE)
    for domain in (helpers.DOMAIN, helpers.OTHER_DOMAIN):
        assert results[f"dns.mx:{domain}"].status == "ok", results
        assert "MX 10 mx.tm.test" in results[f"dns.mx:{domain}"].detail
        assert results[f"dns.mx-host:{domain}"].status == "ok", results
    assert not doctor.failed(list(results.values()))


def test_a_missing_mx_fails_then_passes_once_added(zone, data_dir):
    del zone.records["tm2.test"]
    results = check(zone, data_dir)
    assert results["dns.mx:tm2.test"].status == "fail"
    assert "no MX record" in results["dns.mx:tm2.test"].detail
    assert "tm2.test. MX 10" in results["dns.mx:tm2.test"].fix
    assert results["dns.mx:tm.test"].status == "ok"
    zone.records["tm2.test"] = [("A", HERE)]   # the name exists, but has no MX: still a failure
    assert check(zone, data_dir)["dns.mx:tm2.test"].status == "fail"
    zone.records["tm2.test"] = [("MX", (10, "mx.tm.test"))]
    assert check(zone, data_dir)["dns.mx:tm2.test"].status == "ok"


def test_an_mx_host_without_address_fails(zone, data_dir):
    zone.records["tm.test"] = [("MX", (10, "nowhere.tm.test"))]
    zone.records["nowhere.tm.test"] = [("TXT", "x")]
    results = check(zone, data_dir)
    assert results["dns.mx-host:tm.test"].status == "fail"
    assert "nowhere.tm.test has no A or AAAA" in results["dns.mx-host:tm.test"].detail


def test_an_mx_pointing_at_another_machine_fails(zone, data_dir):
    results = check(zone, data_dir, PUBLIC_ADDRESS="198.51.100.7")
    assert results["dns.mx-host:tm.test"].status == "fail"
    assert "198.51.100.7" in results["dns.mx-host:tm.test"].detail
    # a second MX host elsewhere only warns: the first one still reaches this machine
    zone.records["tm.test"] = [("MX", (10, "mx.tm.test")), ("MX", (20, "backup.tm.test"))]
    zone.records["backup.tm.test"] = [("A", "198.51.100.8")]
    results = check(zone, data_dir, PUBLIC_ADDRESS=HERE)
    assert results["dns.mx-host:tm.test"].status == "warn"
    assert "backup.tm.test" in results["dns.mx-host:tm.test"].detail


def test_public_hostname_is_checked_and_used(zone, data_dir):
    results = check(zone, data_dir, PUBLIC_HOSTNAME="mx.tm.test", PUBLIC_ADDRESS=HERE)
    assert results["dns.hostname"].status == "ok"
    assert results["dns.mx-host:tm.test"].status == "ok"
    results = check(zone, data_dir, PUBLIC_HOSTNAME="mx.tm.test", PUBLIC_ADDRESS="198.51.100.7")
    assert results["dns.hostname"].status == "fail"
    results = check(zone, data_dir, PUBLIC_HOSTNAME="other.tm.test")
    assert results["dns.hostname"].status == "fail"            # no such name
    zone.records["other.tm.test"] = [("A", "198.51.100.9")]
    results = check(zone, data_dir, PUBLIC_HOSTNAME="other.tm.test")
    assert results["dns.hostname"].status == "ok"
    assert results["dns.mx-host:tm.test"].status == "fail"     # MX is not this host


def test_a_null_mx_fails(zone, data_dir):
    zone.records["tm.test"] = [("MX", (0, "."))]
    results = check(zone, data_dir)
    assert results["dns.mx:tm.test"].status == "fail"
    assert "null MX" in results["dns.mx:tm.test"].detail


def test_subdomain_bases_need_a_wildcard_mx(zone, data_dir):
    settings = dict(helpers.settings(data_dir), SUBDOMAIN_DOMAINS=("sub.test",))
    results = {r.name: r for r in doctor.run(settings, groups=["dns"], resolver=zone.address)}
    assert results["dns.mx:*.sub.test"].status == "fail"
    assert "*.sub.test. MX 10" in results["dns.mx:*.sub.test"].fix
    zone.records["*.sub.test"] = [("MX", (10, "mx.tm.test"))]
    results = {r.name: r for r in doctor.run(settings, groups=["dns"], resolver=zone.address)}
    assert results["dns.mx:*.sub.test"].status == "ok"
    assert results["dns.mx-host:*.sub.test"].status == "ok"
    # a string setting (as the environment gives it) works too
    settings["SUBDOMAIN_DOMAINS"] = "sub.test, other.test"
    names = {r.name for r in doctor.run(settings, groups=["dns"], resolver=zone.address)}
    assert {"dns.mx:*.sub.test", "dns.mx:*.other.test"} <= names


def test_a_dns_server_that_does_not_answer_fails(data_dir):
    """Every domain fails, and a silent resolver is given up after its first silence."""
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.1", 0))
    silent.settimeout(0.2)
    try:
        settings = helpers.settings(data_dir, DOMAINS=",".join(f"d{n}.test" for n in range(8)))
        resolver = f"127.0.0.1:{silent.getsockname()[1]}"
        results = {r.name: r for r in doctor.run(settings, groups=["dns"], resolver=resolver,
                                                 timeout=1.0)}
        asked = set()
        while True:
            try:
                asked.add(str(dnslib.DNSRecord.parse(silent.recv(4096)).q.qname))
            except TimeoutError:
                break
    finally:
        silent.close()
    for number in range(8):
        assert results[f"dns.mx:d{number}.test"].status == "fail"
        assert "did not answer" in results[f"dns.mx:d{number}.test"].detail
    assert asked == {"d0.test."}    # one silence, not eight timeouts in a row


def test_domains_on_the_disposable_list_warn(zone, data_dir):
    zone.records["mailinator.com"] = [("MX", (10, "mx.tm.test"))]
    zone.records["tmp.mailinator.com"] = [("MX", (10, "mx.tm.test"))]
    results = check(zone, data_dir, DOMAINS="tm.test,mailinator.com,tmp.mailinator.com")
    assert results["dns.blocklist"].status == "warn"
    assert "mailinator.com" in results["dns.blocklist"].detail
    assert "tmp.mailinator.com (as mailinator.com)" in results["dns.blocklist"].detail
    assert check(zone, data_dir)["dns.blocklist"].status == "ok"


def test_localhost_domains_are_not_looked_up(data_dir):
    settings = helpers.settings(data_dir, DOMAINS="tempmail.localhost")
    results = doctor.run(settings, groups=["dns"], resolver=f"127.0.0.1:{helpers.free_port()}",
                         timeout=1.0)
    assert [r.status for r in results] == ["ok"] * len(results)


def test_resolver_setting_and_its_forms(zone, data_dir):
    settings = helpers.settings(data_dir, DNS_RESOLVER=zone.address)
    results = {r.name: r for r in doctor.run(settings, groups=["dns"])}
    assert results["dns.mx:tm.test"].status == "ok"
    assert split_host_port("127.0.0.1") == ("127.0.0.1", 53)
    assert split_host_port("[::1]:5353") == ("::1", 5353)
    assert split_host_port("::1") == ("::1", 53)
    with pytest.raises(ValueError):
        split_host_port("dns.example.org")
    results = doctor.run(helpers.settings(data_dir, DNS_RESOLVER="not-an-address"), groups=["dns"])
    assert results[1].name == "dns.resolver" and results[1].status == "fail"


def test_a_bad_resolver_option_is_a_usage_error(runner):
    result = runner.invoke(args=["tempmail", "doctor", "--resolver", "dns.example.org"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
