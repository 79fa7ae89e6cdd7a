"""RFC 9457 problem details for the API's errors."""

from flask import jsonify
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from tempmail.web.limits import retry_after

TYPES = {400: "bad-request", 401: "unauthorized", 403: "forbidden", 404: "not-found",
         405: "method-not-allowed", 413: "too-large", 429: "too-many-requests",
         500: "server-error", 503: "unavailable"}


def problem(status, detail, title=None, headers=None, **extra):
    """Return an application/problem+json response."""
    body = {"type": f"/api/v1/problems/{TYPES.get(status, 'error')}",
            "title": title or _title(status), "status": status, "detail": detail}
    body.update(extra)
    response = jsonify(body)
    response.status_code = status
    response.mimetype = "application/problem+json"
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _title(status):
    return HTTP_STATUS_CODES.get(status, "Error")


def from_http_exception(exc):
    """Turn a werkzeug HTTPException into a problem, keeping its headers (Retry-After)."""
    headers = {}
    if exc.response is not None:
        headers = {k: v for k, v in exc.response.headers.items()
                   if k.lower() in ("retry-after", "www-authenticate", "allow")}
    if exc.code == 429:
        headers.setdefault("Retry-After", str(retry_after()))
    if exc.code == 405 and hasattr(exc, "valid_methods") and exc.valid_methods:
        headers["Allow"] = ", ".join(exc.valid_methods)
    detail = {413: "The request body is larger than the API accepts.",
              429: f"Too many requests ({exc.description}); try again after Retry-After seconds.",
              404: "No such resource.", 405: "This method is not allowed here."}.get(
        exc.code, exc.description or _title(exc.code))
    return problem(exc.code or 500, detail, headers=headers)


def is_http_exception(exc):
    return isinstance(exc, HTTPException)
