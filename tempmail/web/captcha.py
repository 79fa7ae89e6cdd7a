"""Optional CAPTCHA before an address is issued (reCAPTCHA or hCaptcha, via flask-wtf)."""

import json
from urllib import request as http
from urllib.parse import urlencode

from flask import current_app, request
from flask_wtf import FlaskForm
from flask_wtf.recaptcha import RecaptchaField
from flask_wtf.recaptcha.validators import Recaptcha
from wtforms import ValidationError


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


class PlainForm(FlaskForm):
    """A form that carries only the CSRF token."""


def enabled():
    return bool(current_app.config.get("CAPTCHA"))


def create_form():
    """Return the form guarding address creation."""
    return CaptchaForm() if enabled() else PlainForm()


def init_app(app):
    app.config.setdefault("RECAPTCHA_PUBLIC_KEY", app.config.get("CAPTCHA_SITE_KEY", ""))
    app.config.setdefault("RECAPTCHA_PRIVATE_KEY", app.config.get("CAPTCHA_SECRET", ""))
