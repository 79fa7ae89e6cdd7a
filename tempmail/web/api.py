"""JSON API for test suites: /api/v1. The inbox is chosen by its bearer token."""

import hmac

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from tempmail.inboxes import (
    AddressUnavailable,
    InboxError,
    MailboxMissing,
    MessageMissing,
    RegistryError,
    WebhookError,
    WebhooksUnavailable,
)
from tempmail.timefmt import iso
from tempmail.web import captcha_pow, limits, service, waiters
from tempmail.web.downloads import attachment_response, source_response
from tempmail.web.openapi import spec
from tempmail.web.problems import from_http_exception, is_http_exception, problem

bp = Blueprint("api", __name__, url_prefix="/api/v1")
# Every API call counts against the client's poll budget unless a route names its own.
limits.limiter.shared_limit(limits.poll_limit, scope="api", key_func=limits.client_key)(bp)
bp.after_request(limits.add_headers)
MAX_WAIT = 60.0


@bp.errorhandler(Exception)
def handle_error(exc):
    if is_http_exception(exc):
        return from_http_exception(exc)
    if isinstance(exc, RegistryError):
        return problem(503, "The address registry is busy; try again shortly.",
                       headers={"Retry-After": "2"})
    if isinstance(exc, (MailboxMissing, MessageMissing)):
        return problem(404, "No such resource (it expired or was deleted).")
    current_app.logger.exception("API error (%s)", type(exc).__name__)
    return problem(500, "Something went wrong on our side.")


def _refuse_browser_forms():
    """Refuse what a foreign web page can send without asking: forms and cross-site posts.

    Every API body is JSON (a foreign page cannot send that without a CORS
    preflight, which this API never grants); a request whose Origin is another
    site is refused even without a body (security.same_site_only refuses what a
    browser marks as cross-site).
    """
    content_type = request.headers.get("Content-Type")
    if content_type is not None and request.mimetype != "application/json":
        raise _Problem(415, "Send the body as JSON (Content-Type: application/json).")
    if content_type is None and (request.content_length or request.data):
        raise _Problem(415, "Send the body as JSON (Content-Type: application/json).")
    origin = request.headers.get("Origin")
    if origin is not None and origin != request.host_url.rstrip("/"):
        raise _Problem(403, "This API does not take requests from other web sites.")


@bp.before_request
def _check_request():
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        _refuse_browser_forms()


def _json_body():
    if not request.content_length and not request.data:
        return {}
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise _Problem(400, "The body must be a JSON object.")
    return data


class _Problem(Exception):
    def __init__(self, status, detail, headers=None):
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers


@bp.errorhandler(_Problem)
def handle_problem(exc):
    return problem(exc.status, exc.detail, headers=exc.headers)


def _bearer():
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _inbox():
    """Return the live Entry of the bearer token; raise 401 like for any bad token."""
    token = _bearer()
    entry = service().by_token(token) if token else None
    if entry is None:
        raise _Problem(401, "A valid inbox token is required (Authorization: Bearer <token>);"
                            " unknown, expired and deleted inboxes all answer this way.",
                       headers={"WWW-Authenticate": 'Bearer realm="tempmail"'})
    service().visit(entry)
    return entry


def _check_api_key():
    keys = current_app.config.get("API_KEYS") or ()
    if not keys:
        return
    given = request.headers.get("X-API-Key") or _bearer() or ""
    if not any(hmac.compare_digest(given.encode(), key.encode()) for key in keys):
        raise _Problem(401, "Creating inboxes needs an API key (X-API-Key header).",
                       headers={"WWW-Authenticate": 'Bearer realm="tempmail"'})


def _check_proof_of_work(data):
    """With CAPTCHA=pow and no API keys configured, creation needs a solved challenge."""
    if current_app.config.get("CAPTCHA") != "pow" or current_app.config.get("API_KEYS"):
        return
    try:
        captcha_pow.check(data.get(captcha_pow.FIELD))
    except captcha_pow.Refused as exc:
        raise _Problem(exc.status, captcha_pow.api_detail(exc),
                       headers={"Retry-After": "2"} if exc.status == 503 else None) from None


def _number(data, name):
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise _Problem(400, f"'{name}' must be a positive number of seconds.")
    return float(value)


def _text(data, name):
    value = data.get(name)
    if value is not None and not isinstance(value, str):
        raise _Problem(400, f"'{name}' must be a string.")
    return value


def inbox_json(entry):
    return {"address": entry.address, "created_at": iso(entry.created_at),
            "expires_at": iso(entry.ends_at())}


@bp.post("/inboxes")
@limits.limiter.shared_limit(limits.create_limit, scope="create")
def create_inbox():
    _check_api_key()
    data = _json_body()
    api_key, hook_url = _api_key_given(), data.get("webhook_url")
    if hook_url is not None:
        _check_webhook(None, hook_url, api_key)
    lifetime = service().clamp_lifetime(_number(data, "lifetime"))
    _check_proof_of_work(data)
    try:
        issued = service().create(domain=_text(data, "domain"), name=_text(data, "name"),
                                  lifetime=lifetime, subdomain=_text(data, "subdomain"),
                                  style=_text(data, "style"))
    except InboxError as exc:
        raise _Problem(409 if isinstance(exc, AddressUnavailable) else 400, str(exc)) from None
    body = {"address": issued.address, "token": issued.token, "expires_at": iso(issued.expires_at)}
    body.update(_webhook_at_creation(issued.entry, hook_url, api_key))
    response = jsonify(body)
    response.status_code = 201
    response.headers["Location"] = url_for("api.get_inbox")
    return response


def _api_key_given():
    """Return the valid API key this request carries, or None (none needed, or none sent)."""
    keys = current_app.config.get("API_KEYS") or ()
    given = request.headers.get("X-API-Key") or _bearer() or ""
    return given if given and any(hmac.compare_digest(given.encode(), key.encode())
                                  for key in keys) else None


def _check_webhook(entry, url, api_key):
    """Raise a problem unless entry (None: about to be created) may have a webhook to url."""
    why = service().webhooks_open_to(entry, api_key)
    try:
        if why is not None:
            raise WebhooksUnavailable(why)
        service().check_webhook_url(url)
    except WebhookError as exc:
        raise _Problem(403 if isinstance(exc, WebhooksUnavailable) else 400, str(exc)) from None


def _api_base():
    return request.url_root.rstrip("/") + bp.url_prefix


def _webhook_at_creation(entry, url, api_key):
    """Record the API key and set the webhook of a new inbox; return the answer's webhook part."""
    if api_key and current_app.config["WEBHOOKS"] != "off":
        service().note_api_key(entry, api_key)
    if url is None:
        return {}
    try:
        secret = service().set_webhook(entry, url, _api_base(), api_key)
    except WebhookError as exc:  # the name resolved differently a moment later
        service().delete(entry)
        raise _Problem(400, str(exc)) from None
    return {"webhook": {"url": url, "secret": secret}}


@bp.get("/inbox/webhook")
def get_webhook():
    return jsonify({"url": service().webhook_url(_inbox())})


@bp.put("/inbox/webhook")
def put_webhook():
    entry = _inbox()
    url = _json_body().get("url")
    if not isinstance(url, str):
        raise _Problem(400, "Give 'url', the http or https URL to post new messages to.")
    try:
        secret = service().set_webhook(entry, url, _api_base(), _api_key_given())
    except WebhookError as exc:
        raise _Problem(403 if isinstance(exc, WebhooksUnavailable) else 400, str(exc)) from None
    return jsonify({"url": url, "secret": secret})


@bp.delete("/inbox/webhook")
def delete_webhook():
    service().clear_webhook(_inbox())
    return Response(status=204)


@bp.get("/domains")
def list_domains():
    offered = {"domains": list(service().offered_domains())}
    if service().subdomain_bases():   # without bases the answer keeps its first shape
        styles, default_style = service().address_styles()
        offered.update(subdomain_domains=list(service().subdomain_bases()),
                       styles=list(styles), default_style=default_style)
    return jsonify(offered)


@bp.get("/inbox")
@limits.limiter.limit(limits.poll_limit, scope="poll", key_func=limits.client_key)
def get_inbox():
    entry = _inbox()
    return jsonify(dict(inbox_json(entry),
                        message_count=service().message_count(entry)))


@bp.delete("/inbox")
def delete_inbox():
    service().delete(_inbox())
    return Response(status=204)


@bp.post("/inbox/extend")
def extend_inbox():
    entry = _inbox()
    seconds = _number(_json_body(), "seconds")
    if seconds is None:
        raise _Problem(400, "Give 'seconds', a positive number.")
    updated, capped = service().extend(entry, seconds)
    if updated is None:
        raise _Problem(401, "This inbox has expired.")
    return jsonify(dict(inbox_json(updated), capped=capped))


def _matches(item, sender, subject):
    return (not sender or sender in item["from"].lower()) and \
        (not subject or subject in item["subject"].lower())


def _public(item):
    return dict({key: item[key] for key in ("id", "from", "to", "subject", "date", "size",
                                            "preview")}, tag=item.get("tag"))


def _tag():
    """Return the ?tag= filter (plus-addressing), checked, or None; raise a 400 if bad."""
    try:
        return service().check_tag(request.args.get("tag"))
    except InboxError as exc:
        raise _Problem(400, f"'tag': {exc}") from None


list_entry = _public
"""One message as the API lists it (the event streams send the same, web/streams.py)."""


@bp.get("/inbox/messages")
@limits.limiter.limit(limits.poll_limit, scope="poll", key_func=limits.client_key)
def list_messages():
    entry = _inbox()
    try:
        wait = min(MAX_WAIT, max(0.0, float(request.args.get("wait", 0))))
    except ValueError:
        raise _Problem(400, "'wait' must be a number of seconds (at most 60).") from None
    sender = request.args.get("from", "").lower()
    subject = request.args.get("subject", "").lower()
    tag = _tag()

    def wanted(item):
        return _matches(item, sender, subject)
    if not wait:
        return jsonify({"messages": [_public(item) for item in
                                     service().wait_for_messages(entry, 0.0, wanted, tag)]})
    # A waiting request holds a thread: at most MAX_WAITERS at once (web/waiters.py).
    with waiters.waiting_slot() as granted:
        if not granted:
            raise _Problem(503, "Too many clients are waiting for mail right now; "
                                "retry shortly, or poll without 'wait'.",
                           headers={"Retry-After": str(waiters.RETRY_AFTER)})
        found = service().wait_for_messages(entry, wait, wanted, tag)
    return jsonify({"messages": [_public(item) for item in found]})


@bp.get("/inbox/events")
def inbox_events():
    """Reached only when nothing routes this path to the stream service (web/streams.py)."""
    _inbox()
    raise _Problem(503, "Event streams are not served on this server right now; wait for mail "
                        "with GET /inbox/messages?wait= instead.",
                   headers={"Retry-After": "60"})


def _message(message_id):
    """Return the bearer's inbox Entry if it holds message_id; else 404."""
    entry = _inbox()
    if not service().has_message(entry, message_id):
        raise _Problem(404, "No such message in this inbox.")
    return entry


@bp.get("/inbox/messages/<message_id>")
def get_message(message_id):
    entry = _message(message_id)
    data = service().message(entry, message_id)

    def part_url(index):
        return url_for("api.get_attachment", message_id=message_id, index=index)
    attachments = [{"index": a["index"], "name": a["filename"], "type": a["content_type"],
                    "size": a["size"], "content_id": a["content_id"], "inline": a["inline"],
                    "url": part_url(a["index"])} for a in data["attachments"]]
    return jsonify({
        "id": data["id"], "from": data["from"], "to": data["to"], "cc": data["cc"],
        "subject": data["subject"], "date": data["date"], "received": data["received"],
        "size": data["size"], "tag": data.get("tag"),
        "headers": [{"name": n, "value": v} for n, v in data["headers"]],
        "text": data["text"],
        "html": service().message_html(entry, message_id, part_url) if data["html"] else None,
        "attachments": attachments, "codes": data["codes"], "links": data["links"],
        "displayable": data["ok"], "problem": data["problem"],
        "authentication": _plain(service().received_checks(entry, message_id)),
        "raw_url": url_for("api.get_raw", message_id=message_id)})


def _plain(value):
    """Return value with every translatable Text as its English str (JSON as the API speaks)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return str(value) if isinstance(value, str) else value


@bp.get("/inbox/messages/<message_id>/raw")
def get_raw(message_id):
    return source_response(_message(message_id), message_id)


@bp.get("/inbox/messages/<message_id>/attachments/<int:index>")
def get_attachment(message_id, index):
    response = attachment_response(_message(message_id), message_id, index)
    if response is None:
        raise _Problem(404, "No such attachment in this message.")
    return response


@bp.delete("/inbox/messages/<message_id>")
def delete_message(message_id):
    entry = _message(message_id)
    try:
        service().delete_message(entry, message_id)
    except MessageMissing:
        raise _Problem(404, "No such message in this inbox.") from None
    return Response(status=204)


@bp.get("/openapi.json")
def openapi():
    return jsonify(spec(current_app))
