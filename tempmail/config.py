"""Defaults and TEMPMAIL_* environment, shared by the app, the CLI and the router.

Standard library only. Nothing is read at import time: call ``load()``.
"""

import ipaddress
import os

from tempmail.addresses import valid_domain

DEFAULTS = {
    "DATA_DIR": "var",
    "DOMAINS": "tempmail.localhost",
    "OFFERED_DOMAINS": "",      # domains new addresses get; empty: all of DOMAINS
    "LIFETIME": 3600,
    "MIN_LIFETIME": 60,
    "MAX_LIFETIME": 48 * 3600,
    "INACTIVITY": 0,
    "SECRET_KEY": None,
    "RATELIMIT_STORAGE_URI": "memory://",
    "CAPTCHA": False,
    "MAX_MESSAGE_SIZE": 10 * 1024 * 1024,
    "MAILBOX_MAX_MESSAGES": 100,
    "MAILBOX_MAX_BYTES": 50 * 1024 * 1024,   # the oldest messages go to make room
    "DISK_RESERVE": 1024 * 1024 * 1024,      # free bytes kept on the data dir's disk; 0: off
    "REGISTRY_TIMEOUT": 10.0,
    "ROUTER_SOCKET": "",                     # the LMTP socket; "" is DATA_DIR/router/lmtp.sock
    "ROUTER_MAX_CONNECTIONS": 64,            # more LMTP sessions wait for their greeting
    "ROUTER_WORKERS": 8,                     # threads doing registry checks and fsyncs
    "ROUTER_TIMEOUT": 300.0,                 # seconds an LMTP session may idle, or spend in DATA
    "API_KEYS": "",
    "CREATE_LIMIT": "30 per hour",
    "POLL_LIMIT": "300 per minute",
    "PROXIES": 0,
    "MAX_WAITERS": 500,        # API long polls waiting at once; gunicorn adds threads for them
    "STREAM_MAX": 5000,        # open event streams per stream-service process (web/streams.py)
    "STREAM_PER_CLIENT": 20,   # open event streams per client network
    "STREAM_HEARTBEAT": 15.0,  # seconds between keep-alive comments on an idle stream
    "STREAM_THREADS": 4,       # the stream service's pool for blocking service calls
    "OPS_ALLOW": "127.0.0.1/32,::1/128",
    "CAPTCHA_VERIFY_URL": "https://www.google.com/recaptcha/api/siteverify",
    "CAPTCHA_SITE_KEY": "",
    "CAPTCHA_SCRIPT": "https://www.google.com/recaptcha/api.js",
    "CAPTCHA_DIV_CLASS": "g-recaptcha",
    "CAPTCHA_SECRET": "",
}

INT_KEYS = ("LIFETIME", "MIN_LIFETIME", "MAX_LIFETIME", "INACTIVITY",
            "MAX_MESSAGE_SIZE", "MAILBOX_MAX_MESSAGES", "MAILBOX_MAX_BYTES", "DISK_RESERVE", "MAX_WAITERS",
            "PROXIES", "ROUTER_MAX_CONNECTIONS", "ROUTER_WORKERS")
FLOAT_KEYS = ("REGISTRY_TIMEOUT", "ROUTER_TIMEOUT")


MIN_SECRET = 32  # characters; secrets.token_hex(32) gives 64


class ConfigError(ValueError):
    """A TEMPMAIL_* setting has a value the service cannot use."""


def load(environ=None, overrides=None):
    """Return the settings: defaults, then TEMPMAIL_* from environ, then overrides."""
    environ = os.environ if environ is None else environ
    settings = dict(DEFAULTS)
    for key in DEFAULTS:
        value = environ.get("TEMPMAIL_" + key)
        if value is not None:
            settings[key] = value
    settings.update(overrides or {})
    return normalize(settings)


def normalize(settings):
    """Coerce types and check ranges in place; raise ConfigError on a bad value."""
    for key in INT_KEYS + FLOAT_KEYS:
        kind = float if key in FLOAT_KEYS else int
        try:
            settings[key] = kind(settings[key])
        except (TypeError, ValueError):
            raise ConfigError(f"TEMPMAIL_{key} must be a number, got {settings[key]!r}") from None
        if settings[key] < 0:
            raise ConfigError(f"TEMPMAIL_{key} must not be negative")
    settings["DOMAINS"] = parse_domains(settings["DOMAINS"])
    offered = settings["OFFERED_DOMAINS"]
    offered = parse_domains(offered) if offered else settings["DOMAINS"]
    stray = [domain for domain in offered if domain not in settings["DOMAINS"]]
    if stray:
        raise ConfigError(f"TEMPMAIL_OFFERED_DOMAINS: {', '.join(stray)} not in TEMPMAIL_DOMAINS "
                          "(only domains that receive mail can be offered)")
    settings["OFFERED_DOMAINS"] = offered
    settings["DATA_DIR"] = os.path.abspath(os.fspath(settings["DATA_DIR"]))
    if settings["ROUTER_MAX_CONNECTIONS"] < 1 or settings["ROUTER_WORKERS"] < 1:
        raise ConfigError("TEMPMAIL_ROUTER_MAX_CONNECTIONS and TEMPMAIL_ROUTER_WORKERS must be "
                          "at least 1")
    if settings["MAILBOX_MAX_MESSAGES"] < 1:
        raise ConfigError("TEMPMAIL_MAILBOX_MAX_MESSAGES must be at least 1")
    if settings["MAILBOX_MAX_BYTES"] < settings["MAX_MESSAGE_SIZE"]:
        raise ConfigError("TEMPMAIL_MAILBOX_MAX_BYTES must be at least TEMPMAIL_MAX_MESSAGE_SIZE")
    if not 0 < settings["MIN_LIFETIME"] <= settings["LIFETIME"] <= settings["MAX_LIFETIME"]:
        raise ConfigError("need 0 < TEMPMAIL_MIN_LIFETIME <= TEMPMAIL_LIFETIME <= TEMPMAIL_MAX_LIFETIME")
    if isinstance(settings["API_KEYS"], str):
        settings["API_KEYS"] = tuple(k for k in settings["API_KEYS"].replace(",", " ").split())
    if isinstance(settings["OPS_ALLOW"], str):
        settings["OPS_ALLOW"] = tuple(settings["OPS_ALLOW"].replace(",", " ").split())
    for network in settings["OPS_ALLOW"]:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            raise ConfigError(f"TEMPMAIL_OPS_ALLOW: {network!r} is not an address or network") \
                from None
    secret = settings["SECRET_KEY"]
    if secret is not None and (secret.startswith("replace-with") or len(secret) < MIN_SECRET):
        raise ConfigError("TEMPMAIL_SECRET_KEY is the shipped placeholder or shorter than "
                          f"{MIN_SECRET} characters; make one with: python3 -c 'import secrets; "
                          "print(secrets.token_hex(32))' (or unset it to keep one in DATA_DIR)")
    if isinstance(settings["CAPTCHA"], str):
        settings["CAPTCHA"] = settings["CAPTCHA"].strip().lower() in ("1", "true", "yes", "on")
    return settings


def parse_domains(value):
    """Return a tuple of lower-case domains from a comma/space separated string or a list."""
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    domains = tuple(dict.fromkeys(d.strip().lower().rstrip(".") for d in value if d.strip()))
    if not domains:
        raise ConfigError("TEMPMAIL_DOMAINS must name at least one domain")
    for domain in domains:
        if not valid_domain(domain):
            raise ConfigError(f"TEMPMAIL_DOMAINS: {domain!r} is not a valid domain name")
    return domains
