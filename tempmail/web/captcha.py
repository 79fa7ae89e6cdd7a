"""Optional CAPTCHA before an address is issued: reCAPTCHA or hCaptcha (via flask-wtf), or
the self-hosted proof of work (captcha_pow.py, TEMPMAIL_CAPTCHA=pow)."""

import json
from urllib import request as http
from urllib.parse import urlencode, urlsplit

from flask import current_app, request
from flask_wtf import FlaskForm
from flask_wtf.recaptcha import RecaptchaField
from flask_wtf.recaptcha.validators import Recaptcha
from wtforms import StringField, ValidationError

from tempmail.web import captcha_pow


class PrivateRecaptcha(Recaptcha):
    """flask-wtf's validator, minus the client IP it would send, with a timeout."""

    def __call__(self, form, field):
        answer = request.form.get("g-recaptcha-response") or \
            request.form.get("h-captcha-response", "")
        if not answer:
            raise ValidationError("Please answer the CAPTCHA.")
        if not self._verify(answer):
            raise ValidationError("The CAPTCHA answer was not accepted; please try again.")

    @staticmethod
    def _verify(answer):
        config = current_app.config
        data = urlencode({"secret": config["CAPTCHA_SECRET"], "response": answer}).encode()
        try:
            with http.urlopen(config["CAPTCHA_VERIFY_URL"], data, timeout=10) as response:
                return response.status == 200 and json.loads(response.read()).get("success") is True
        except (OSError, ValueError):
            return False


class CaptchaForm(FlaskForm):
    captcha = RecaptchaField(validators=[PrivateRecaptcha()])


class PowForm(FlaskForm):
    altcha = StringField(validators=[captcha_pow.ProofOfWork()])


class PlainForm(FlaskForm):
    """A form that carries only the CSRF token."""


def enabled():
    return bool(current_app.config.get("CAPTCHA"))


def mode():
    """Return "off", "provider" (reCAPTCHA/hCaptcha) or "pow"."""
    value = current_app.config.get("CAPTCHA")
    return "pow" if value == "pow" else "provider" if value else "off"


def create_form():
    """Return the form guarding address creation."""
    return {"pow": PowForm, "provider": CaptchaForm}.get(mode(), PlainForm)()


def origins(app):
    """Return the CSP sources the CAPTCHA widget needs (its script and frames), or ''."""
    if app.config.get("CAPTCHA") is not True:
        return ""
    parts = urlsplit(app.config["CAPTCHA_SCRIPT"])
    host = parts.hostname or ""
    extra = {f"{parts.scheme}://{host}"}
    if host.endswith("google.com"):
        extra.add("https://www.gstatic.com")
    if host.endswith("hcaptcha.com"):
        extra.update({"https://hcaptcha.com", "https://*.hcaptcha.com"})
    return " " + " ".join(sorted(extra))


def init_app(app):
    """Point flask-wtf's widget at the configured provider (reCAPTCHA or hCaptcha)."""
    app.config.setdefault("RECAPTCHA_PUBLIC_KEY", app.config.get("CAPTCHA_SITE_KEY", ""))
    app.config.setdefault("RECAPTCHA_PRIVATE_KEY", app.config.get("CAPTCHA_SECRET", ""))
    app.config.setdefault("RECAPTCHA_SCRIPT", app.config["CAPTCHA_SCRIPT"])
    app.config.setdefault("RECAPTCHA_DIV_CLASS", app.config["CAPTCHA_DIV_CLASS"])
    app.config["CAPTCHA_CSP"] = origins(app)
    app.jinja_env.globals["captcha_mode"] = mode
    if app.config.get("CAPTCHA") == "pow":
        # the widget's proof-of-work worker is a file of ours: nothing else is needed
        app.config["CAPTCHA_CSP_DIRECTIVES"] = "; worker-src 'self'"
        captcha_pow.init_app(app)
