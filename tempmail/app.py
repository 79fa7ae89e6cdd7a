"""The Flask application factory."""

import os
import secrets

from flask import Flask

from tempmail import config
from tempmail.inboxes import Inboxes


def create_app(test_config=None, clock=None):
    """Create the app: defaults, then TEMPMAIL_* environment, then test_config."""
    app = Flask(__name__)
    test_config = dict(test_config or {})
    ours = {key: value for key, value in test_config.items() if key in config.DEFAULTS}
    settings = config.load(os.environ, ours)
    app.config.update(settings)
    app.config.update({k: v for k, v in test_config.items() if k not in config.DEFAULTS})
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key_file(settings["DATA_DIR"])
    inboxes = Inboxes(settings) if clock is None else Inboxes(settings, clock=clock)
    app.extensions["tempmail"] = inboxes

    from tempmail import cli
    from tempmail.web import pages
    app.register_blueprint(pages.bp)
    cli.init_app(app)
    return app


def _secret_key_file(data_dir):
    """Return the data folder's secret key, making it (mode 0600) on first use."""
    os.makedirs(data_dir, mode=0o2770, exist_ok=True)
    path = os.path.join(data_dir, "secret_key")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        with open(path, encoding="ascii") as handle:
            return handle.read().strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(32))
    with open(path, encoding="ascii") as handle:
        return handle.read().strip()
