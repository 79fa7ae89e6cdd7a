"""Headers every response carries: CSP with a per-request nonce, no referrer, no sniffing."""

import secrets

from flask import abort, current_app, g, request

PAGE_CSP = ("default-src 'none'; script-src 'self' 'nonce-{nonce}'{captcha}; style-src 'self'; "
            "img-src 'self' data:; connect-src 'self'{captcha}; form-action 'self'; "
            "frame-src 'self'{captcha}; frame-ancestors 'none'; base-uri 'none'")
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; sandbox"


def nonce():
    """Return this request's CSP nonce (for templates)."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def add_headers(response):
    """Set the security headers a view has not set itself."""
    headers = response.headers
    if "Content-Security-Policy" not in headers:
        is_page = response.mimetype == "text/html" and not request.path.startswith("/api/")
        headers["Content-Security-Policy"] = PAGE_CSP.format(
            nonce=nonce(), captcha=current_app.config.get("CAPTCHA_CSP", "")) if is_page \
            else API_CSP
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), "
                                             "payment=(), interest-cohort=()")
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
    if request.endpoint and not request.endpoint.startswith("static"):
        headers.setdefault("Cache-Control", "no-store")
    return response


def same_site_only():
    """Refuse a state-changing request a browser says came from another site.

    Browsers send Sec-Fetch-Site whatever the referrer policy; other clients
    send none and are judged by the CSRF token (site) or JSON body (API) alone.
    """
    if request.method not in ("GET", "HEAD", "OPTIONS") and \
            request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        abort(403)


def init_app(app):
    """Add the headers to every response, errors included; refuse cross-site posts."""
    app.before_request(same_site_only)
    app.after_request(add_headers)
    app.jinja_env.globals["csp_nonce"] = nonce
