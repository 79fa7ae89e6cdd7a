"""Reading our Authentication-Results header, DMARC, the spam score, and showing them (issue 20)."""

import pytest
from test_api import auth, create, deliver, make_app
from test_pages import message_ids, new_address

from tempmail import authresults, dmarc, received_checks, spamscore

from dnsserver import LocalDNS

HOST = "mx.tm.test"
OURS = (f"{HOST};\n\tspf=fail (mx.tm.test: domain of a.test does not designate 192.0.2.9 as "
        "permitted sender) smtp.mailfrom=a.test;\n\tdkim=fail (body hash mismatch; body probably "
        "modified in transit)\n\t\t header.d=a.test header.i=@a.test header.s=s1 header.a=rsa-sha256;"
        "\n\tdkim=pass header.d=esp.test header.s=k2 header.a=rsa-sha256")
RECEIVED = f"from [192.0.2.9] by {HOST} with esmtp (Exim 4.96) id 1x"


def test_our_header_is_parsed_with_comments_and_properties():
    found = authresults.ours([("Return-path", "<a@a.test>"), ("Authentication-Results", OURS),
                              ("Received", RECEIVED), ("Authentication-Results",
                                                       "evil.test; dkim=pass header.d=bank.test")])
    assert found is not None
    authserv, results = found
    assert authserv == HOST
    assert [(r.method, r.result) for r in results] == [("spf", "fail"), ("dkim", "fail"),
                                                       ("dkim", "pass")]
    assert "does not designate" in results[0].comment
    assert results[1].comment.startswith("body hash mismatch; body probably")
    assert results[1].properties["header.s"] == "s1"
    assert results[2].properties["header.d"] == "esp.test"


@pytest.mark.parametrize("headers", [
    [("Authentication-Results", OURS)],                                    # no Received of ours
    [("Received", RECEIVED), ("Authentication-Results", OURS)],            # below our Received
    [("Authentication-Results", OURS.replace(HOST, "other.test", 1)), ("Received", RECEIVED)],
    [("Received", RECEIVED)],
])
def test_a_header_not_written_by_our_exim_is_not_trusted(headers):
    assert authresults.ours(headers) is None


def test_parsing_is_capped_and_survives_garbage():
    huge = "x; " + "(" * 200_000 + "dkim=pass"
    assert authresults.parse(huge) == ("x", [])
    assert authresults.parse("") == ("", [])
    assert authresults.parse("host; none") == ("host", [])
    many = "host; " + "; ".join(["spf=pass"] * 1000)
    assert len(authresults.parse(many)[1]) <= authresults.MAX_RESULTS


def test_the_spam_report_becomes_rules():
    score = spamscore.read([("X-Tempmail-Spam-Score", "score=1003.2; action=reject"),
                            ("X-Tempmail-Spam-Report", "  0.6 MISSING_MID  Missing Message-Id: "
                             "header\n\t 1000 GTUBE   BODY: Generic Test for Unsolicited Bulk "
                             "Email\n\t -1.0 ALL_TRUSTED Passed through trusted hosts only")])
    assert (score.status, score.score, score.spam) == ("scored", 1003.2, True)
    assert [(r.name, r.points) for r in score.rules] == [("MISSING_MID", 0.6), ("GTUBE", 1000.0),
                                                          ("ALL_TRUSTED", -1.0)]
    assert score.rules[1].description == "BODY: Generic Test for Unsolicited Bulk Email"
    assert spamscore.read([("X-Tempmail-Spam-Score", "unscored")]).status == "unscored"
    assert spamscore.read([("Subject", "hi")]).status == "off"


@pytest.fixture
def zone():
    server = LocalDNS({"_dmarc.a.test": [("TXT", "v=DMARC1; p=reject; adkim=s")],
                       "_dmarc.org.test": [("TXT", "v=DMARC1; p=none; sp=quarantine")],
                       "_dmarc.two.test": [("TXT", "v=DMARC1; p=none"), ("TXT", "v=DMARC1; p=reject")]})
    yield server
    server.stop()


def results(*pairs):
    return [authresults.Result(method, result, properties=props) for method, result, props in pairs]


def test_dmarc_alignment_policy_and_fallback_to_the_organizational_domain(zone):
    policies = dmarc.Policies(zone.address)
    spf_pass = ("spf", "pass", {"smtp.mailfrom": "bounce.a.test"})
    verdict = dmarc.evaluate("Ann <ann@a.test>", results(spf_pass), policies)
    assert (verdict.result, verdict.policy, verdict.spf_aligned) == ("pass", "reject", True)
    strict = dmarc.evaluate("ann@a.test", results(("dkim", "pass", {"header.d": "mail.a.test"})),
                            policies)
    assert (strict.result, strict.dkim_aligned) == ("fail", False)    # adkim=s
    sub = dmarc.evaluate("x@news.org.test", results(("spf", "fail", {"smtp.mailfrom": "org.test"})),
                         policies)
    assert (sub.result, sub.policy, sub.record_domain) == ("fail", "quarantine", "org.test")
    assert dmarc.evaluate("x@none.test", [], policies).result == "none"
    assert dmarc.evaluate("x@two.test", [], policies).result == "none"
    assert dmarc.evaluate("a@a.test, b@b.test", [], policies).result == "permerror"
    assert dmarc.evaluate("", [], policies).result == "none"


def test_dns_that_does_not_answer_is_temperror_not_an_error(monkeypatch):
    monkeypatch.setattr(dmarc, "LOOKUP_SECONDS", 0.3)
    import helpers  # noqa: PLC0415
    silent = dmarc.Policies(f"127.0.0.1:{helpers.free_port()}")
    assert dmarc.evaluate("ann@a.test", [], silent).result == "temperror"


def test_every_verdict_has_words(zone):
    policies = dmarc.Policies(zone.address)
    answer = received_checks.checks([("Authentication-Results", OURS), ("Received", RECEIVED),
                                     ("From", "ann@a.test")], "ann@a.test", policies)
    assert answer["checked"] and answer["authserv_id"] == HOST
    assert [d["result"] for d in answer["dkim"]] == ["fail", "pass"]
    assert "body was changed" in answer["dkim"][0]["why"]
    assert answer["spf"]["result"] == "fail" and "a.test" in answer["spf"]["why"]
    assert answer["dmarc"]["result"] == "fail" and "p=reject" in answer["dmarc"]["why"]
    off = received_checks.checks([("Received", RECEIVED)], "ann@a.test", policies)
    assert off["checked"] is False and off["dkim"] == [] and off["spam"]["status"] == "off"


def test_the_api_and_the_page_show_the_verdicts(data_dir, zone):
    app = make_app(data_dir, DNS_RESOLVER=zone.address)
    api = app.test_client()
    created = create(api)
    raw = (f"Authentication-Results: {OURS}\nReceived: {RECEIVED}\n"
           "X-Tempmail-Spam-Score: score=2.5; action=no action\n"
           "X-Tempmail-Spam-Report:  2.5 MISSING_DATE  Missing Date: header\n"
           "From: Ann <ann@a.test>\nSubject: code\n\nYour code is 123456\n").encode()
    deliver(data_dir, created["address"], raw)
    [listed] = api.get("/api/v1/inbox/messages", headers=auth(created["token"])).json["messages"]
    message = api.get(f"/api/v1/inbox/messages/{listed['id']}", headers=auth(created["token"])).json
    checks = message["authentication"]
    assert checks["checked"] is True and checks["authserv_id"] == HOST
    assert checks["dkim"][0] == {"result": "fail", "domain": "a.test", "selector": "s1",
                                 "algorithm": "rsa-sha256", "identity": "@a.test",
                                 "detail": checks["dkim"][0]["detail"],
                                 "why": checks["dkim"][0]["why"]}
    assert checks["dmarc"]["result"] == "fail" and checks["dmarc"]["policy"] == "reject"
    assert checks["spam"] == {"status": "scored", "score": 2.5, "spam": False,
                              "rules": [{"name": "MISSING_DATE", "points": 2.5,
                                         "description": "Missing Date: header"}]}
    site = app.test_client()
    address = new_address(site)
    deliver(data_dir, address, raw)
    [message_id] = message_ids(site)
    page = site.get(f"/m/{message_id}").get_data(as_text=True)
    assert "How this message was received" in page
    assert "verdict-fail" in page and "d=a.test s=s1" in page and "p=reject" in page
    assert "The body was changed after a.test signed it" in page
    assert "MISSING_DATE" in page and "Spam score" in page
    german = site.get(f"/m/{message_id}", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "Wie diese Nachricht empfangen wurde" in german
