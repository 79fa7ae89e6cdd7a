"""gunicorn and `flask --app wsgi` entry point."""

import sys

from tempmail import create_app
from tempmail.config import ConfigError

try:
    app = create_app()
except ConfigError as exc:
    sys.stderr.write(f"tempmail: configuration error: {exc}\n")
    raise SystemExit(2) from None
