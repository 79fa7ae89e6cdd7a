"""The Flask application factory."""

import os
import secrets

from flask import Flask
from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix

from tempmail import atomicfile, cli, config
from tempmail.inboxes import Inboxes
from tempmail.web import api, captcha, errors, filters, i18n, limits, ops, pages, security
from tempmail.web.sessions import SessionInterface

MAX_REQUEST_BODY = 64 * 1024
csrf = CSRFProtect()


def create_app(test_config=None, clock=None):
    """Create the app: defaults, then TEMPMAIL_* environment, then test_config."""
    app = Flask(__name__, static_folder="web/static", template_folder="web/templates")
    test_config = dict(test_config or {})
    ours = {key: value for key, value in test_config.items() if key in config.DEFAULTS}
    settings = config.load(os.environ, ours)
    app.config.update(settings)
    app.config.update(MAX_CONTENT_LENGTH=MAX_REQUEST_BODY,
                      RATELIMIT_STORAGE_URI=settings["RATELIMIT_STORAGE_URI"],
                      SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      SESSION_COOKIE_NAME="tempmail", WTF_CSRF_TIME_LIMIT=None,
                      # Referrer-Policy: no-referrer means browsers send no Referer, so
                      # flask-wtf's HTTPS referrer check would refuse every form; the
                      # token, SameSite, the __Host- cookie and Sec-Fetch-Site stand in.
                      WTF_CSRF_SSL_STRICT=False)
    app.config.update({k: v for k, v in test_config.items() if k not in config.DEFAULTS})
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key_file(settings["DATA_DIR"])
    if settings["PROXIES"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings["PROXIES"],
                                x_proto=settings["PROXIES"])
    inboxes = Inboxes(settings) if clock is None else Inboxes(settings, clock=clock)
    app.extensions["tempmail"] = inboxes

    app.session_interface = SessionInterface()
    app.permanent_session_lifetime = settings["MAX_LIFETIME"]
    security.init_app(app)
    limits.init_app(app)
    csrf.init_app(app)
    captcha.init_app(app)
    i18n.init_app(app)
    filters.init_app(app)
    errors.init_app(app)
    app.register_blueprint(api.bp)
    csrf.exempt(api.bp)
    csrf.exempt("tempmail.web.pages.language")
    app.register_blueprint(pages.bp)
    app.register_blueprint(ops.bp)
    limits.limiter.exempt(ops.bp)
    cli.init_app(app)
    return app


def _secret_key_file(data_dir):
    """Return the data folder's secret key, making it (mode 0600) on first use."""
    os.makedirs(data_dir, mode=0o2770, exist_ok=True)
    path = os.path.join(data_dir, "secret_key")
    if not os.path.exists(path):
        folder = os.open(data_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:  # several workers may race here; the first link wins
            atomicfile.write(secrets.token_hex(32).encode(), "secret_key", folder, mode=0o600)
        except FileExistsError:
            pass
        finally:
            os.close(folder)
    with open(path, encoding="ascii") as handle:
        return handle.read().strip()
