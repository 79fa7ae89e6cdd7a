"""How a message was received: DKIM, SPF and DMARC verdicts and the spam score, in words.

The service layer's one entry point (``checks``) for the message page and the
API: it reads what our Exim recorded (authresults, spamscore), adds DMARC
(dmarc), and says in English, translatable (texts.N_), why each check came out
as it did. No Flask here.
"""

from tempmail import authresults, dmarc, spamscore
from tempmail.texts import N_, Text


def _dkim_why(result: authresults.Result) -> Text:
    domain = result.properties.get("header.d", "?")
    selector = result.properties.get("header.s", "?")
    comment = result.comment.lower()
    if result.result == "pass":
        return N_("The signature of %(domain)s (selector %(selector)s) is valid: the signed "
                  "headers and the body arrived unchanged.", domain=domain, selector=selector)
    if result.result == "fail" and "body" in comment:
        return N_("The body was changed after %(domain)s signed it: its hash no longer matches "
                  "the signature.", domain=domain)
    if result.result == "fail":
        return N_("The signature does not verify: a signed header was changed, or it was not "
                  "made with the key published at %(selector)s._domainkey.%(domain)s.",
                  domain=domain, selector=selector)
    if result.result == "temperror" or "unavailable" in comment:
        return N_("No public key could be fetched from %(selector)s._domainkey.%(domain)s: the "
                  "record is missing, or DNS did not answer in time.",
                  domain=domain, selector=selector)
    return N_("The signature could not be checked: the key at %(selector)s._domainkey.%(domain)s "
              "is missing or malformed, or the signature itself is.",
              domain=domain, selector=selector)


def _spf_why(result: str, domain: str) -> Text:
    domain = domain or "?"
    if result == "pass":
        return N_("The SPF record of %(domain)s allows the server that sent this message.",
                  domain=domain)
    if result == "fail":
        return N_("The SPF record of %(domain)s does not allow the server that sent this "
                  "message (-all): receivers may refuse it.", domain=domain)
    if result == "softfail":
        return N_("The SPF record of %(domain)s says the server that sent this message is "
                  "probably not allowed (~all).", domain=domain)
    if result == "neutral":
        return N_("The SPF record of %(domain)s says nothing about the server that sent this "
                  "message (?all).", domain=domain)
    if result == "none":
        return N_("%(domain)s publishes no SPF record.", domain=domain)
    if result == "temperror":
        return N_("The SPF record of %(domain)s could not be fetched (DNS did not answer in "
                  "time).", domain=domain)
    return N_("The SPF record of %(domain)s is malformed or needs too many DNS lookups.",
              domain=domain)


def _dmarc_why(verdict: dmarc.Verdict) -> Text:
    domain = verdict.domain
    if verdict.result == "pass":
        return N_("A passing DKIM signature or SPF check matches the From domain %(domain)s, "
                  "as its DMARC policy (p=%(policy)s) asks.", domain=domain, policy=verdict.policy)
    if verdict.result == "fail" and verdict.policy == "reject":
        return N_("No passing DKIM signature or SPF check matches the From domain %(domain)s; "
                  "its policy p=reject asks receivers to refuse such mail.", domain=domain)
    if verdict.result == "fail" and verdict.policy == "quarantine":
        return N_("No passing DKIM signature or SPF check matches the From domain %(domain)s; "
                  "its policy p=quarantine asks receivers to treat such mail as spam.",
                  domain=domain)
    if verdict.result == "fail":
        return N_("No passing DKIM signature or SPF check matches the From domain %(domain)s; "
                  "its policy p=none only asks for reports.", domain=domain)
    if verdict.result == "temperror":
        return N_("The DMARC policy of %(domain)s could not be fetched (DNS did not answer in "
                  "time).", domain=domain)
    if verdict.problem in ("no-from", "several-from"):
        return N_("The From header does not name exactly one domain, so DMARC cannot apply.")
    if verdict.problem == "bad-policy":
        return N_("The DMARC record of %(domain)s is malformed.", domain=domain)
    return N_("%(domain)s publishes no DMARC policy (a TXT record at _dmarc.%(domain)s).",
              domain=domain)


def checks(headers: list, from_header: str, policies: dmarc.Policies) -> dict:
    """Return the verdicts for a message's headers ((name, value) pairs, top first).

    {"checked": bool, "authserv_id", "dkim": [...], "spf": {...} | None,
    "dmarc": {...} | None, "spam": {...}}; every verdict has "result" and "why".
    """
    found = authresults.ours(headers)
    spam = spamscore.read(headers)
    answer: dict = {"checked": found is not None, "authserv_id": found[0] if found else None,
                    "dkim": [], "spf": None, "dmarc": None,
                    "spam": {"status": spam.status, "score": spam.score, "spam": spam.spam,
                             "rules": [{"name": r.name, "points": r.points,
                                        "description": r.description} for r in spam.rules]}}
    if found is None:
        return answer
    results = found[1]
    for result in results:
        if result.method == "dkim":
            answer["dkim"].append({
                "result": result.result, "domain": result.properties.get("header.d", ""),
                "selector": result.properties.get("header.s", ""),
                "algorithm": result.properties.get("header.a", ""),
                "identity": result.properties.get("header.i", ""),
                "detail": result.comment, "why": _dkim_why(result)})
        elif result.method == "spf" and answer["spf"] is None:
            domain = result.properties.get("smtp.mailfrom", "") or \
                result.properties.get("smtp.helo", "")
            domain = domain.rpartition("@")[2]
            answer["spf"] = {"result": result.result, "domain": domain,
                             "detail": result.comment, "why": _spf_why(result.result, domain)}
    if answer["spf"] is None:
        answer["spf"] = {"result": "none", "domain": "", "detail": "",
                         "why": N_("SPF was not checked for this message.")}
    verdict = dmarc.evaluate(from_header, results, policies)
    answer["dmarc"] = {"result": verdict.result, "domain": verdict.domain,
                       "policy": verdict.policy or None, "dkim_aligned": verdict.dkim_aligned,
                       "spf_aligned": verdict.spf_aligned, "why": _dmarc_why(verdict)}
    return answer

