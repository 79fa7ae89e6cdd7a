"""DKIM, SPF and DMARC as our real Exim records them, with real DNS answers from 127.x.y.z:53.

Exim runs in its own mount namespace whose /etc/resolv.conf names the test DNS
server (tests/authdns.py). The client connects from a non-loopback address of
this machine: libspf2 answers "pass (localhost is always allowed)" for any
127.0.0.0/8 client, whatever the record says.
"""

import smtplib
import subprocess

import authdns
from authdns import DkimKey, ResolverDNS, namespace_problem
import pytest

from tempmail import maildir

import helpers

pytestmark = pytest.mark.integration


def outside_address():
    """Return a non-loopback IPv4 address of this machine; fail in one sentence if none."""
    found = authdns.outside_address()
    if found is None:
        pytest.fail("the SPF tests need a non-loopback IPv4 address on this machine to send from "
                    "(libspf2 passes every 127.0.0.0/8 client), and `ip -4 addr` shows none")
    return found


@pytest.fixture(scope="module")
def world():
    problem = namespace_problem()
    if problem:
        pytest.fail(problem)
    source = outside_address()
    dns = ResolverDNS()
    key = DkimKey("signer.test")
    dns.txt(key.name, key.record)
    dns.txt("signer.test", f"v=spf1 ip4:{source} -all")
    dns.txt("_dmarc.signer.test", "v=DMARC1; p=reject")
    dns.txt("fail.test", "v=spf1 -all")
    dns.txt("soft.test", "v=spf1 ~all")
    dns.txt("neutral.test", "v=spf1 ?all")
    dns.txt("relaxed.test", "v=DMARC1; p=none")   # not a _dmarc name: no policy there
    data_dir = helpers.make_data_dir()
    exim = helpers.Exim(data_dir, wrap=dns.argv_prefix(), auth_checks=True)
    exim.inboxes.settings["DNS_RESOLVER"] = dns.address
    try:
        yield exim, dns, key, source
    finally:
        exim.stop()
        dns.stop()
        helpers.remove_tree(data_dir)


def deliver(world, envelope_from, message, sign=False, tamper=False):
    """Send message (signed, then its body changed, if asked); return (stored bytes, verdicts)."""
    exim, _, key, source = world
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    message = message.replace(b"TO_ADDRESS", issued.address.encode())
    if sign:
        message = key.sign(message)
    if tamper:
        message = message.replace(b"123456", b"654321")
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=30, source_address=(source, 0)) as conn:
        conn.sendmail(envelope_from, [issued.address], message)
    path = exim.inboxes.mailbox_path(issued.entry)
    try:
        [message_id] = helpers.wait_for(lambda: maildir.list_ids(path) or None, timeout=20)
    except AssertionError:
        raise AssertionError(exim.mainlog()) from None
    keyed = exim.inboxes.by_token(issued.token)     # mail is sealed: read it with the token
    return exim.inboxes.raw(keyed, message_id), exim.inboxes.received_checks(keyed, message_id)


def mail(sender=b"Ann <ann@signer.test>", body=b"Your code is 123456.\r\n", extra=b""):
    return (b"From: " + sender + b"\r\nTo: TO_ADDRESS\r\nSubject: Your code\r\n"
            b"Date: Mon, 30 Nov 2026 14:00:00 +0000\r\nMessage-ID: <m1@signer.test>\r\n" + extra +
            b"\r\n" + body)


def test_a_signed_message_from_an_allowed_server_passes_dkim_spf_and_dmarc(world):
    stored, checks = deliver(world, "ann@signer.test", mail(), sign=True)
    assert checks["checked"] is True
    [dkim] = checks["dkim"]
    assert (dkim["result"], dkim["domain"], dkim["selector"]) == ("pass", "signer.test", "test")
    assert "valid" in dkim["why"]
    assert (checks["spf"]["result"], checks["spf"]["domain"]) == ("pass", "signer.test")
    assert checks["dmarc"]["result"] == "pass" and checks["dmarc"]["policy"] == "reject"
    assert checks["dmarc"]["dkim_aligned"] and checks["dmarc"]["spf_aligned"]
    assert stored.count(b"Authentication-Results:") == 1


def test_a_tampered_body_fails_dkim_and_says_why(world):
    _, checks = deliver(world, "ann@signer.test", mail(), sign=True, tamper=True)
    [dkim] = checks["dkim"]
    assert dkim["result"] == "fail"
    assert "body was changed" in dkim["why"]
    assert checks["dmarc"]["result"] == "pass"     # SPF still passes, aligned
    assert checks["dmarc"]["spf_aligned"] and not checks["dmarc"]["dkim_aligned"]


def test_dmarc_fails_with_p_reject_when_nothing_aligned_passes(world):
    _, checks = deliver(world, "bounce@fail.test", mail(), sign=True, tamper=True)
    assert checks["spf"]["result"] == "fail"
    assert checks["dkim"][0]["result"] == "fail"
    dmarc = checks["dmarc"]
    assert (dmarc["result"], dmarc["policy"], dmarc["domain"]) == ("fail", "reject", "signer.test")
    assert "p=reject" in dmarc["why"]


@pytest.mark.parametrize("domain, result", [("fail.test", "fail"), ("soft.test", "softfail"),
                                            ("neutral.test", "neutral"), ("none.test", "none")])
def test_spf_verdicts(world, domain, result):
    _, checks = deliver(world, f"x@{domain}", mail(sender=f"x@{domain}".encode()))
    assert checks["spf"]["result"] == result
    assert checks["spf"]["domain"] == domain
    assert domain in checks["spf"]["why"]
    assert checks["dkim"] == []
    assert checks["dmarc"]["result"] in ("none", "fail")


def test_a_sender_cannot_forge_our_authentication_results(world):
    host = subprocess.run(["exim4", "-C", exim_config(), "-bP", "primary_hostname"],
                          capture_output=True, text=True, check=False).stdout.split("=")[-1].strip()
    forged = f"Authentication-Results: {host}; dkim=pass header.d=bank.test; spf=pass\r\n"
    stored, checks = deliver(world, "x@fail.test",
                             mail(sender=b"x@fail.test", extra=forged.encode()))
    assert forged.encode().strip() not in stored.replace(b"\n", b"\r\n")
    assert stored.count(b"Authentication-Results:") == 1
    assert checks["spf"]["result"] == "fail" and checks["dkim"] == []


def exim_config():
    from tempmail import eximctl  # noqa: PLC0415
    return eximctl.CONFIG


def test_a_signature_whose_key_is_not_published_is_explained(world):
    unpublished = DkimKey("signer.test", selector="gone")
    exim, _, _, source = world
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    message = unpublished.sign(mail().replace(b"TO_ADDRESS", issued.address.encode()))
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=30, source_address=(source, 0)) as conn:
        conn.sendmail("ann@signer.test", [issued.address], message)
    path = exim.inboxes.mailbox_path(issued.entry)
    [message_id] = helpers.wait_for(lambda: maildir.list_ids(path) or None, timeout=20)
    checks = exim.inboxes.received_checks(exim.inboxes.by_token(issued.token), message_id)
    [dkim] = checks["dkim"]
    assert dkim["result"] == "temperror" and dkim["selector"] == "gone"   # Exim: "tmperror"
    assert "No public key could be fetched from gone._domainkey.signer.test" in dkim["why"]
