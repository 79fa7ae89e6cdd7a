import math

import pytest

from tempmail import addresses
from tempmail.addresses import AddressError


def test_random_local_part_has_at_least_80_bits():
    part = addresses.random_local_part()
    assert len(part) >= 14
    assert set(part) <= set(addresses.ALPHABET)
    assert len(part) * math.log2(len(addresses.ALPHABET)) >= 80


def test_random_local_parts_do_not_repeat_and_use_the_whole_alphabet():
    parts = {addresses.random_local_part() for _ in range(2000)}
    assert len(parts) == 2000
    assert set("".join(parts)) == set(addresses.ALPHABET)


def test_random_local_parts_come_from_secrets(monkeypatch):
    calls = []
    monkeypatch.setattr(addresses.secrets, "choice", lambda seq: calls.append(seq) or "a")
    assert addresses.random_local_part() == "a" * addresses.RANDOM_LENGTH
    assert len(calls) == addresses.RANDOM_LENGTH


@pytest.mark.parametrize("name", [
    "../x", "a/b", "x\x00y", ".x", "x.", "a..b", "x" * 300, "x" * 65, "", "   ",
    "jürgen", "Ｆｕｌｌ", "a b", "a@b", "a%b", "a!b", "a|b", "-x", "x'y", 'x"y', "a\\b",
    "a\nb", "a\rb", "\u202ex", "postmaster", "ABUSE", 5, None,
])
def test_hostile_local_parts_are_refused(name):
    with pytest.raises(AddressError):
        addresses.check_local_part(name)


@pytest.mark.parametrize("name,normal", [
    ("alice", "alice"), ("Alice.Smith", "alice.smith"), ("a-b_c.d", "a-b_c.d"),
    ("x" * 64, "x" * 64), ("0day", "0day"),
])
def test_good_local_parts_are_normalized(name, normal):
    assert addresses.check_local_part(name) == normal


def test_domains_must_be_configured():
    assert addresses.check_domain("TM.Test.", ("tm.test",)) == "tm.test"
    with pytest.raises(AddressError, match="not offered for new addresses"):
        addresses.check_domain("evil.test", ("tm.test",))


@pytest.mark.parametrize("domain,ok", [
    ("tm.test", True), ("a-b.example.org", True), ("localhost", False), ("-a.test", False),
    ("a..test", False), ("a_b.test", False), ("x" * 64 + ".test", False), ("", False),
])
def test_valid_domain(domain, ok):
    assert addresses.valid_domain(domain) is ok


def test_normalize_and_split():
    assert addresses.normalize(" Bob@TM.test ") == "bob@tm.test"
    for bad in ("bob", "a@b@c", "@x", "x@", None):
        with pytest.raises(AddressError):
            addresses.normalize(bad)


@pytest.mark.parametrize("name", [
    "mailer_daemon", "mailer.daemon", "Mailer-Daemon", "hostmaster-", "hostmaster2", "noc", "dmarc",
    "dmarc-reports", "abuse.team", "post_master", "no.reply", "web-master", "ssl_admin", "ROOT",
])
def test_reserved_names_are_refused_however_spelled(name):
    with pytest.raises(addresses.AddressError, match="reserved"):
        addresses.check_local_part(name)


@pytest.mark.parametrize("name", ["nocturne", "rooted", "information", "alice", "abu", "dmar"])
def test_names_that_only_resemble_a_role_are_fine(name):
    assert addresses.check_local_part(name) == name
