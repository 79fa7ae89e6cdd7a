"""The website: get an address, watch the inbox, read mail safely. GET never changes state."""

import datetime
import hashlib
import secrets

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_wtf.csrf import generate_csrf
from itsdangerous import BadSignature, URLSafeTimedSerializer
import segno

from tempmail.inboxes import InboxError
from tempmail.memo import Memo
from tempmail.timefmt import iso
from tempmail.web import browser_inboxes, captcha, i18n, limits, security, service, tag_filter
from tempmail.web.create_shape import create_form_shape, tried_shape
from tempmail.web.downloads import attachment_response, source_response
from tempmail.web.openapi import spec

bp = Blueprint("pages", __name__)
FRAGMENTS = Memo(512)
"""Rendered inbox-list fragments, keyed by (mailbox id, etag)."""
QR_CODES = Memo(256)
"""Inline SVG QR codes (about 5 ms each to make), keyed by a hash of the link and the language."""
EXTEND_STEP = 3600
PART_URL_AGE = 3600
RAW_SHOWN = 512 * 1024
FRAME_CSP = ("default-src 'none'; img-src 'self' data:{remote}; style-src 'unsafe-inline'; "
             "font-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; "
             "sandbox allow-popups allow-popups-to-escape-sandbox")


def _create_choices():
    """The create form's choices: offered domains (a random one preselected), the last name tried."""
    domains = service().offered_domains()
    tried = session.pop("create_tried", None) or {}
    domain = tried.get("domain") if tried.get("domain") in domains else secrets.choice(domains)
    bases = service().subdomain_bases()
    styles, default_style = service().address_styles()
    domains = domains + tuple(base for base in bases if base not in domains)
    if tried.get("domain") in bases:
        domain = tried["domain"]
    return dict(domains=domains, chosen_domain=domain, tried_name=tried.get("name", ""),
                subdomain_bases=bases, tried_subdomain=tried.get("subdomain", ""),
                tried_label=tried.get("label", ""), styles=styles,
                chosen_style=tried.get("style") if tried.get("style") in styles else default_style,
                lifetimes=_lifetimes(), default_lifetime=current_app.config["LIFETIME"],
                captcha=captcha.enabled())


def _lifetimes():
    """The lifetimes the site offers, within the operator's range."""
    low, high = current_app.config["MIN_LIFETIME"], current_app.config["MAX_LIFETIME"]
    choices = [600, 3600, 6 * 3600, 24 * 3600, 48 * 3600, current_app.config["LIFETIME"]]
    return sorted({c for c in choices if low <= c <= high})


def _inbox_context(token, entry, found, tag=None):
    listing = service().messages(entry, tag)
    open_url = url_for("pages.open_inbox", _external=True) + "#" + token
    return dict(entry=entry, address=entry.address, expires_at=iso(entry.ends_at()),
                open_url=open_url, open_qr=_qr_svg(open_url),
                expires_epoch=int(entry.ends_at()), listing=listing, held=found,
                etag=service().etag(entry, tag_filter.etag_extra(str(entry.ends_at()), tag)),
                tag=tag, form=captcha.PlainForm(),
                can_extend=entry.ends_at() < entry.created_at + current_app.config["MAX_LIFETIME"])


def _qr_svg(text: str) -> str:
    """Return text as a QR code: an inline SVG (no style attributes, so the page CSP allows it)."""
    key = (hashlib.sha256(text.encode()).digest(), i18n.current())  # the link holds a secret
    svg = QR_CODES.get(key)
    if svg is None:
        svg = _make_qr_svg(text)
        QR_CODES.put(key, svg)
    return svg


def _make_qr_svg(text):
    svg = segno.make(text, error="m").svg_inline(
        scale=4, dark="#000", light="#fff", svgclass="qr", omitsize=True,
        title=_("QR code that opens this inbox"))
    return svg.replace("<svg ", '<svg role="img" focusable="false" ', 1)


@bp.get("/")
def index():
    found = browser_inboxes.live()
    selected = browser_inboxes.current(found)
    if selected is None:
        return render_template("welcome.html", form=captcha.create_form(), **_create_choices(),
                               autosubmit=not captcha.enabled() and "again" not in request.args)
    service().visit(selected[1])
    wanted = tag_filter.requested()   # ?tag=: only the mail sent to local+tag@domain
    return render_template("inbox.html", **_inbox_context(*selected, found, wanted.tag),
                           refused_tag=wanted.refused, given_tag=wanted.given,
                           create_form=captcha.create_form(), **_create_choices()), \
        400 if wanted.refused else 200


@bp.get("/inbox/messages")
@limits.limiter.limit(limits.poll_limit, scope="poll")
def messages_fragment():
    """The message list alone, for the page's conditional polling (ETag / 304)."""
    selected = browser_inboxes.current()
    if selected is None:
        abort(404)
    token, entry = selected
    wanted = tag_filter.requested()
    if wanted.refused is not None:
        abort(400)
    tag = service().etag(entry, tag_filter.etag_extra(str(entry.ends_at()), wanted.tag))
    if request.if_none_match and tag in request.if_none_match:
        response = Response(status=304)
    else:
        key = (entry.mailbox_id, tag, i18n.current(), wanted.tag)  # one per language and tag
        fragment = FRAGMENTS.get(key)
        if fragment is None:
            fragment = render_template("_messages.html", tag=wanted.tag,
                                       listing=service().messages(entry, wanted.tag))
            FRAGMENTS.put(key, fragment)
        response = Response(fragment)
    response.set_etag(tag)
    response.headers["Cache-Control"] = "no-cache, private"
    return response


@bp.post("/new")
@limits.limiter.shared_limit(limits.create_limit, scope="create")
def new_address():
    form = captcha.create_form()
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for error in errors:
                flash(i18n.translate(error), "error")
        return redirect(url_for("pages.index", again=1))
    try:
        lifetime = float(request.form.get("lifetime") or current_app.config["LIFETIME"])
    except ValueError:
        lifetime = None
    try:
        issued = service().create(domain=request.form.get("domain") or None,
                                  name=request.form.get("name") or None,
                                  lifetime=service().clamp_lifetime(lifetime),
                                  **create_form_shape(request.form))
    except InboxError as exc:
        flash(i18n.translate(exc.args[0] if exc.args else str(exc)), "error")
        session["create_tried"] = {"name": (request.form.get("name") or "")[:64],
                                   "domain": request.form.get("domain") or "",
                                   **tried_shape(request.form)}
        return redirect(url_for("pages.index", again=1))
    browser_inboxes.add(issued.token)
    return redirect(url_for("pages.index"))


def _require_form():
    if not captcha.PlainForm().validate_on_submit():
        abort(400)


def _selected_for_post():
    """Check the form's CSRF token; return (token, Entry) of the selected inbox, or 404."""
    _require_form()
    selected = browser_inboxes.current()
    if selected is None:
        abort(404)
    return selected


@bp.get("/open")
def open_inbox() -> str:
    """Add an inbox to this browser: the token arrives in the URL fragment, which the server
    never sees; the page's script posts it, and without JavaScript the person pastes it."""
    return render_template("open.html", form=captcha.PlainForm())


@bp.post("/open")
@limits.limiter.limit(limits.create_limit, scope="open")
def open_post() -> ResponseReturnValue:
    """Take the token from the form body; hold its inbox in this browser if it is live."""
    _require_form()
    token = request.form.get("token", "").strip()
    token = token.rpartition("#")[2]  # a pasted link works as well as the token alone
    if service().by_token(token) is None:
        flash(_("That link or token opens no live inbox. It may have expired or been deleted."),
              "error")
        return redirect(url_for("pages.open_inbox"))
    browser_inboxes.add(token)
    return redirect(url_for("pages.index"))


@bp.post("/extend")
def extend():
    selected = _selected_for_post()
    entry, capped = service().extend(selected[1], EXTEND_STEP)
    if capped:
        flash(_("That is as long as an address can live."), "info")
    return redirect(url_for("pages.index"))


@bp.post("/delete")
def delete():
    selected = _selected_for_post()
    service().delete(selected[1])
    browser_inboxes.forget(selected[0])
    flash(_("Deleted. That address and its mail are gone for good."), "info")
    return redirect(url_for("pages.index", again=1))


@bp.post("/switch")
def switch():
    _require_form()
    if not browser_inboxes.select(request.form.get("address", "")):
        abort(404)
    return redirect(url_for("pages.index"))


def _message_or_404(message_id):
    found = browser_inboxes.find_message(message_id)
    if found is None:
        abort(404)
    service().visit(found[1])
    return found[1]


PAGES = Memo(256)
"""Rendered message pages (a message never changes) without their per-request CSRF token
and CSP nonce; a repeat view only puts fresh ones back. Keyed by language and day."""
PAGE_KEPT_CHARS = 256 * 1024
_TOKEN_MARK = f"tempmail-token-{secrets.token_hex(12)}"


def _forget(mailbox_id):
    """Drop the kept pages and list fragments of a deleted inbox (Inboxes.forget calls this)."""
    for memo in (FRAGMENTS, PAGES):
        memo.discard_where(lambda key: key[0] == mailbox_id)


bp.record_once(lambda state: state.app.extensions["tempmail"].forgetters.append(_forget))
_NONCE_MARK = f"tempmail-nonce-{secrets.token_hex(12)}"


@bp.get("/m/<message_id>")
def message(message_id):
    entry = _message_or_404(message_id)
    remote = request.args.get("remote") == "1"
    key = (entry.mailbox_id, message_id, i18n.current(), remote, datetime.date.today())
    token, nonce = generate_csrf(), security.nonce()
    kept = PAGES.get(key)
    if kept is not None:
        return kept.replace(_TOKEN_MARK, token).replace(_NONCE_MARK, nonce)
    data = service().message(entry, message_id)
    raw = None if data["ok"] else service().raw(entry, message_id, limit=RAW_SHOWN).decode(
        "utf-8", "replace")
    page = render_template("message.html", m=data, address=entry.address, remote=remote, raw=raw,
                           checks=service().received_checks(entry, message_id),
                           translate=i18n.translate,
                           form=captcha.PlainForm(),
                           action_links=[link for link in data["links"] if link["kind"] == "action"][:3])
    if len(page) <= PAGE_KEPT_CHARS:
        PAGES.put(key, page.replace(token, _TOKEN_MARK).replace(nonce, _NONCE_MARK))
    return page


@bp.get("/m/<message_id>/frame")
def frame(message_id):
    """The sanitized HTML alone, under a CSP that runs nothing and loads nothing remote."""
    entry = _message_or_404(message_id)
    remote = request.args.get("remote") == "1"
    signer = _signer()
    ticket = service().part_ticket(entry, current_app.config["SECRET_KEY"])  # sealed: its key

    def part_url(index):
        return url_for("pages.part",
                       signed=signer.dumps([entry.mailbox_id, message_id, index, ticket]))
    body = service().message_html(entry, message_id, part_url, remote=remote)
    document = ("<!doctype html><html><head><meta charset=\"utf-8\">"
                "<meta name=\"referrer\" content=\"no-referrer\"><base target=\"_blank\">"
                "<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif;"
                "background:#fff;color:#111;overflow-wrap:anywhere}img{max-width:100%;height:auto}"
                "</style></head><body>" + body + "</body></html>")
    response = Response(document, mimetype="text/html")
    response.headers["Content-Security-Policy"] = FRAME_CSP.format(
        remote=" https: http:" if remote else "")
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


def _signer():
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="tempmail-part")


@bp.get("/p/<signed>")
def part(signed):
    """An inline part (a cid: image) by signed URL: the sandboxed frame sends no cookie."""
    try:
        mailbox_id, message_id, index, *ticket = _signer().loads(signed, max_age=PART_URL_AGE)
    except (BadSignature, ValueError, TypeError):
        abort(404)
    entry = service().by_mailbox(mailbox_id, ticket[0] if ticket else None,
                                 current_app.config["SECRET_KEY"])
    if entry is None:
        abort(404)
    response = attachment_response(entry, message_id, index, inline_image=True)
    if response is None:
        abort(404)
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


@bp.get("/m/<message_id>/attachments/<int:index>")
def attachment(message_id, index):
    entry = _message_or_404(message_id)
    response = attachment_response(entry, message_id, index)
    if response is None:
        abort(404)
    return response


@bp.get("/m/<message_id>/source")
def source(message_id):
    entry = _message_or_404(message_id)
    return source_response(entry, message_id)


@bp.post("/m/<message_id>/delete")
def delete_message(message_id):
    _require_form()
    entry = _message_or_404(message_id)
    service().delete_message(entry, message_id)  # gone meanwhile: MessageMissing is a 404
    flash(_("Message deleted."), "info")
    return redirect(url_for("pages.index"))


@bp.post("/language")
def language():
    """Remember the language chosen in the switcher (a cookie) and go back to the page.

    No CSRF token: choosing a language changes nothing but how pages read, and
    a token would put a session (and a timestamp) into every page, error pages
    included; a post another site sends is refused by security.same_site_only.
    """
    return i18n.switch(request.form.get("lang", ""), request.form.get("next", ""))


@bp.get("/robots.txt")
def robots():
    """Keep crawlers out: every page here is somebody's inbox or about to be."""
    return Response("User-agent: *\nDisallow: /\n", mimetype="text/plain")


@bp.get("/api")
def api_docs():
    return render_template("api.html", spec=spec(current_app), base=request.host_url.rstrip("/"))
