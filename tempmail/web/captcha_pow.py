"""The self-hosted proof-of-work CAPTCHA (TEMPMAIL_CAPTCHA=pow), with ALTCHA.

The server hands out a challenge signed with a key derived from SECRET_KEY
(GET /api/v1/challenge). In ALTCHA's deterministic mode the server draws a
secret counter in [MAX_NUMBER/2, MAX_NUMBER], derives that counter's PBKDF2 key
(COST rounds) and sends its first half; the browser (the vendored widget's
worker) tries counters from 0 until a key starts with it, so a visitor pays
about 0.75 * MAX_NUMBER * COST PBKDF2 rounds while the server checks the answer
with one HMAC. A challenge expires after CAPTCHA_POW_LIFETIME seconds and is
accepted once: its signature goes into a small SQLite file in the data folder
(tempmail.spent) that every worker and process shares.
"""

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import time
from typing import Any

import altcha
from flask import Blueprint, Flask, current_app, jsonify, request
from flask.typing import ResponseReturnValue
from wtforms import ValidationError

from tempmail.config import ConfigError
from tempmail.spent import SpentError, SpentKeys
from tempmail.texts import N_, Text
from tempmail.web import limits

ALGORITHM = "PBKDF2/SHA-256"
FIELD = "altcha"
"""The form field (site) and JSON member (API) that carries the solved payload."""
MAX_PAYLOAD = 4096
"""Characters; a real payload is about 600."""
VENDOR = "vendor/altcha"
"""Where `make altcha` puts the widget, under the static folder."""
WIDGET_FILES = ("altcha.min.js", "altcha.css", "pbkdf2.js", "LICENSE.txt")

MISSING = N_("Please wait until the check that you are not a robot has finished "
             "(it needs JavaScript), then try again.")
MALFORMED = N_("The answer to the robot check could not be read; please try again.")
EXPIRED = N_("The robot check expired; please try again.")
REFUSED = N_("The answer to the robot check was not accepted; please try again.")
SPENT = N_("That robot check was already used; please try again.")
BUSY = N_("We are busy for a moment. Please try again shortly.")

bp = Blueprint("captcha_pow", __name__, url_prefix="/api/v1")
bp.after_request(limits.add_headers)


class Refused(Exception):
    """A payload was missing, unreadable, forged, expired or used before."""

    def __init__(self, text: Text, status: int = 400) -> None:
        super().__init__(str(text))
        self.text, self.status = text, status


def _secret(purpose: bytes) -> bytes:
    """Return a key for purpose, derived from the app's SECRET_KEY."""
    root = current_app.config["SECRET_KEY"].encode()
    return hmac.new(root, b"tempmail captcha-pow " + purpose, hashlib.sha256).hexdigest().encode()


def new_challenge(now: float | None = None) -> dict[str, Any]:
    """Return a fresh signed challenge, as the widget wants it (JSON)."""
    config = current_app.config
    now = time.time() if now is None else now
    high = config["CAPTCHA_POW_MAX_NUMBER"]
    low = max(1, high // 2)
    counter = low + secrets.randbelow(high - low + 1)
    challenge = altcha.create_challenge(
        ALGORITHM, config["CAPTCHA_POW_COST"], counter=counter,
        expires_at=int(now) + config["CAPTCHA_POW_LIFETIME"],
        hmac_secret=_secret(b"challenge"), hmac_key_secret=_secret(b"key"))
    return challenge.to_dict()


def _payload(value: object) -> altcha.Payload:
    """Decode a base64 JSON payload, checking its shape; raise Refused(MALFORMED)."""
    if not isinstance(value, str) or not value.strip():
        raise Refused(MISSING)
    if len(value) > MAX_PAYLOAD:
        raise Refused(MALFORMED)
    try:
        data = json.loads(base64.b64decode(value.strip(), validate=True))
        challenge, solution = data["challenge"], data["solution"]
        parameters = challenge["parameters"]
        if not (isinstance(challenge.get("signature"), str)
                and isinstance(parameters, dict)
                and isinstance(parameters.get("expiresAt"), int)
                and isinstance(solution.get("derivedKey"), str)
                and type(solution.get("counter")) is int):
            raise ValueError("payload shape")
        return altcha.Payload.from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, binascii.Error):
        raise Refused(MALFORMED) from None


def check(value: object, now: float | None = None) -> None:
    """Accept a solved payload once; raise Refused (MISSING, MALFORMED, EXPIRED, REFUSED,
    SPENT, or BUSY with status 503) otherwise."""
    payload = _payload(value)
    now = time.time() if now is None else now
    expires = payload.challenge.parameters.expires_at
    if expires is None or expires < now:  # ours: the library's own check reads the wall clock
        raise Refused(EXPIRED)
    try:
        result = altcha.verify_solution(payload, _secret(b"challenge"),
                                        hmac_key_secret=_secret(b"key"))
    except Exception:  # odd values inside a well-formed payload must not become a 500
        raise Refused(MALFORMED) from None
    if result.expired:
        raise Refused(EXPIRED)
    if not result.verified:
        raise Refused(REFUSED)
    try:
        first = store().spend(str(payload.challenge.signature), expires, now)
    except SpentError:
        current_app.logger.exception("proof-of-work replay store unavailable")
        raise Refused(BUSY, 503) from None
    if not first:
        raise Refused(SPENT)


def api_detail(exc: Refused) -> str:
    """Return the English problem detail the API gives for a refusal."""
    if exc.text is MISSING:
        return (f"Creating an inbox here needs a solved proof-of-work challenge in '{FIELD}' "
                "(get one from GET /api/v1/challenge; see the OpenAPI description), "
                "or an API key.")
    return str(exc.text)


def store() -> SpentKeys:
    """Return the app's one-time store of spent challenges."""
    return current_app.extensions["tempmail_pow"]


class ProofOfWork:
    """A wtforms validator: the form's altcha field holds a payload accepted once."""

    def __call__(self, form: Any, field: Any) -> None:
        try:
            check(request.form.get(FIELD))
        except Refused as exc:
            raise ValidationError(exc.text) from None


def challenge_limit() -> str:
    return current_app.config["CHALLENGE_LIMIT"]


@bp.get("/challenge")
@limits.limiter.limit(challenge_limit, scope="challenge", key_func=limits.client_key)
def challenge() -> ResponseReturnValue:
    """A new signed challenge for the widget or an API client; needs no session."""
    response = jsonify(new_challenge())
    response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    """Serve challenges and keep spent ones; refuse to start without the vendored widget."""
    static = app.static_folder or ""
    missing = [name for name in WIDGET_FILES
               if not os.path.isfile(os.path.join(static, VENDOR, name))]
    if missing:
        raise ConfigError(f"TEMPMAIL_CAPTCHA=pow needs the ALTCHA widget in "
                          f"{os.path.join(static, VENDOR)} (missing: {', '.join(missing)}); "
                          "run `make altcha` (make run and make test do it)")
    app.extensions["tempmail_pow"] = SpentKeys(
        os.path.join(app.config["DATA_DIR"], "captcha-spent.sqlite3"),
        timeout=app.config.get("REGISTRY_TIMEOUT", 10.0))
    app.register_blueprint(bp)
