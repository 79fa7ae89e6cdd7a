"""Error pages: problem+json under /api/, a plain page elsewhere; never a stack trace."""

from flask import current_app, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError, NotFound

from tempmail.inboxes import MailboxMissing, MessageMissing, RegistryError
from tempmail.texts import N_
from tempmail.web.i18n import translate
from tempmail.web.limits import retry_after
from tempmail.web.problems import from_http_exception, problem

# English, as the API's problem+json says it; the error page shows it translated.
MESSAGES = {400: N_("That request did not make sense to us."),
            403: N_("That is not allowed."),
            404: N_("There is nothing here. Expired and deleted inboxes leave no trace."),
            405: N_("That method is not allowed here."),
            413: N_("That was more than we accept."),
            429: N_("Too many requests. Please wait a little and try again."),
            503: N_("We are busy for a moment. Please try again shortly.")}
UNKNOWN = N_("Something went wrong on our side.")


def handle(exc):
    if isinstance(exc, (MailboxMissing, MessageMissing)):
        exc = NotFound()  # purged or deleted between our check and our read
    if isinstance(exc, RegistryError):
        code, exc = 503, None
    elif isinstance(exc, HTTPException):
        code = exc.code or 500
    else:
        current_app.logger.exception("unhandled error (%s)", type(exc).__name__)
        code, exc = 500, InternalServerError()
    if request.path.startswith("/api/"):
        return from_http_exception(exc) if exc is not None else problem(
            code, MESSAGES[code], headers={"Retry-After": "2"})
    headers = {}
    if code == 429:
        headers["Retry-After"] = str(retry_after())
    if code == 503:
        headers["Retry-After"] = "2"
    if code == 405 and getattr(exc, "valid_methods", None):
        headers["Allow"] = ", ".join(exc.valid_methods)
    body = render_template("error.html", code=code,
                           message=translate(MESSAGES.get(code, UNKNOWN)))
    return body, code, headers


def init_app(app):
    app.register_error_handler(Exception, handle)
