"""Defaults and TEMPMAIL_* environment, shared by the app, the CLI and the router.

Standard library only. Nothing is read at import time: call ``load()``.
"""

import ipaddress
import os

from tempmail import hook_target
from tempmail.addresses import STYLES, valid_domain

POW_COST = 1000
POW_MAX_NUMBER = 500
CAPTCHA_MODES = {"off": False, "false": False, "no": False, "0": False, "": False,
                 "on": True, "true": True, "yes": True, "1": True, "pow": "pow"}
"""TEMPMAIL_CAPTCHA: off; on (a reCAPTCHA/hCaptcha provider, as before pow existed); pow."""

DEFAULTS = {
    "DATA_DIR": "var",
    "NODE_DIR": "",             # this node's own state; "" is DATA_DIR (nodes sharing DATA_DIR set it)
    "DOMAINS": "tempmail.localhost",
    "OFFERED_DOMAINS": "",      # domains new addresses get; empty: all of DOMAINS
    "SUBDOMAIN_DOMAINS": "",    # bases under which addresses may get one extra label
    "SUBDOMAIN_LENGTH": 8,      # characters of a random subdomain label (a-z0-9)
    "ADDRESS_STYLE": "random",  # default local part: random, name or words
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
    "REGISTRY_URL": "",                      # postgresql://... for several nodes; "": DATA_DIR's file
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
    # CAPTCHA=pow: the self-hosted proof of work (web/captcha_pow.py, docs/deploy.md)
    "CAPTCHA_POW_COST": POW_COST,                # PBKDF2 rounds per guess
    "CAPTCHA_POW_MAX_NUMBER": POW_MAX_NUMBER,    # the secret counter is drawn from [max/2, max]
    "CAPTCHA_POW_LIFETIME": 300,                 # seconds a challenge may be solved and used
    "CHALLENGE_LIMIT": "60 per minute",          # challenges one client may fetch
    # webhooks (docs/deploy.md): off, api (only inboxes created with an API key) or all
    "WEBHOOKS": "api",
    "WEBHOOK_PORTS": "80,443",         # ports a webhook URL may name
    "WEBHOOK_ALLOW": "",               # hosts or networks allowed anyway (any port, any address)
    "WEBHOOK_BACKOFF": 5.0,            # seconds before the first retry; doubles each time
    "WEBHOOK_BACKOFF_MAX": 900.0,      # at most this many seconds between two attempts
    "WEBHOOK_INBOX_RATE": 60,          # POSTs per minute for one inbox (more wait their turn)
    "WEBHOOK_CLIENT_RATE": 600,        # POSTs per minute for one API key's inboxes together
    "WEBHOOK_WORKERS": 8,              # POSTs in flight at once
    # What `flask tempmail doctor` checks against (tempmail/doctor/): this host's public
    # name and addresses (the MX targets should resolve to them), the DNS server to ask
    # ("" for the system's; HOST or HOST:PORT) and the site's URL for /healthz.
    "PUBLIC_HOSTNAME": "",
    "PUBLIC_ADDRESS": "",
    "DNS_RESOLVER": "",
    "PUBLIC_URL": "",
}

INT_KEYS = ("LIFETIME", "MIN_LIFETIME", "MAX_LIFETIME", "INACTIVITY",
            "MAX_MESSAGE_SIZE", "MAILBOX_MAX_MESSAGES", "MAILBOX_MAX_BYTES", "DISK_RESERVE", "MAX_WAITERS",
            "PROXIES", "ROUTER_MAX_CONNECTIONS", "ROUTER_WORKERS", "SUBDOMAIN_LENGTH")
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
    _normalize_address_shapes(settings)
    settings["DATA_DIR"] = os.path.abspath(os.fspath(settings["DATA_DIR"]))
    node_dir = settings.get("NODE_DIR") or ""
    settings["NODE_DIR"] = os.path.abspath(os.fspath(node_dir)) if node_dir else settings["DATA_DIR"]
    url = str(settings["REGISTRY_URL"] or "").strip()
    if url and url.split("://", 1)[0].lower() not in ("postgresql", "postgres"):
        raise ConfigError("TEMPMAIL_REGISTRY_URL must be a postgresql:// URL (or unset for the "
                          "SQLite file in TEMPMAIL_DATA_DIR)")
    settings["REGISTRY_URL"] = url
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
    _captcha(settings)
    _normalize_webhooks(settings)
    check_public(settings)
    return settings


def _normalize_webhooks(settings):
    """Check the WEBHOOK* settings in place; raise ConfigError on a bad value."""
    settings["WEBHOOKS"] = str(settings["WEBHOOKS"]).strip().lower()
    if settings["WEBHOOKS"] not in ("off", "api", "all"):
        raise ConfigError("TEMPMAIL_WEBHOOKS must be off, api or all")
    for key, kind, least in (("WEBHOOK_BACKOFF", float, 0.01), ("WEBHOOK_BACKOFF_MAX", float, 0.01),
                             ("WEBHOOK_INBOX_RATE", int, 1), ("WEBHOOK_CLIENT_RATE", int, 1),
                             ("WEBHOOK_WORKERS", int, 1)):
        try:
            settings[key] = kind(settings[key])
        except (TypeError, ValueError):
            raise ConfigError(f"TEMPMAIL_{key} must be a number, got {settings[key]!r}") from None
        if settings[key] < least:
            raise ConfigError(f"TEMPMAIL_{key} must be at least {least}")
    for key in ("WEBHOOK_PORTS", "WEBHOOK_ALLOW"):
        if not isinstance(settings[key], str):
            settings[key] = ",".join(str(item) for item in settings[key])
    try:
        hook_target.Policy.parse(settings["WEBHOOK_PORTS"], settings["WEBHOOK_ALLOW"])
    except ValueError as exc:
        raise ConfigError(f"TEMPMAIL_WEBHOOK_PORTS or TEMPMAIL_WEBHOOK_ALLOW: {exc}") from None


def _normalize_address_shapes(settings):
    """Check TEMPMAIL_SUBDOMAIN_DOMAINS, _SUBDOMAIN_LENGTH and _ADDRESS_STYLE in place."""
    bases = settings["SUBDOMAIN_DOMAINS"]
    settings["SUBDOMAIN_DOMAINS"] = (parse_domains(bases, "TEMPMAIL_SUBDOMAIN_DOMAINS")
                                     if bases else ())
    if not 4 <= settings["SUBDOMAIN_LENGTH"] <= 63:
        raise ConfigError("TEMPMAIL_SUBDOMAIN_LENGTH must be 4 to 63 characters")
    style = str(settings["ADDRESS_STYLE"]).strip().lower()
    if style not in STYLES:
        raise ConfigError(f"TEMPMAIL_ADDRESS_STYLE must be one of {', '.join(STYLES)}, "
                          f"not {style!r}")
    settings["ADDRESS_STYLE"] = style


def parse_domains(value, setting="TEMPMAIL_DOMAINS"):
    """Return a tuple of lower-case domains from a comma/space separated string or a list."""
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    domains = tuple(dict.fromkeys(d.strip().lower().rstrip(".") for d in value if d.strip()))
    if not domains:
        raise ConfigError(f"{setting} must name at least one domain")
    for domain in domains:
        if not valid_domain(domain):
            raise ConfigError(f"{setting}: {domain!r} is not a valid domain name")
    return domains


def _captcha(settings):
    """Normalize CAPTCHA to False (off), True (a third-party provider) or "pow"; check pow's knobs."""
    mode = settings["CAPTCHA"]
    if isinstance(mode, str):
        if mode.strip().lower() not in CAPTCHA_MODES:
            raise ConfigError(f"TEMPMAIL_CAPTCHA must be off, pow (self-hosted proof of work) or on "
                              f"(reCAPTCHA/hCaptcha, see CAPTCHA_SITE_KEY), got {mode!r}")
        mode = CAPTCHA_MODES[mode.strip().lower()]
    settings["CAPTCHA"] = mode if mode == "pow" else bool(mode)
    for key, low in (("CAPTCHA_POW_COST", 1), ("CAPTCHA_POW_MAX_NUMBER", 2),
                     ("CAPTCHA_POW_LIFETIME", 10)):
        try:
            settings[key] = int(settings[key])
        except (TypeError, ValueError):
            raise ConfigError(f"TEMPMAIL_{key} must be a whole number, got {settings[key]!r}") \
                from None
        if settings[key] < low:
            raise ConfigError(f"TEMPMAIL_{key} must be at least {low}")
    if settings["CAPTCHA_POW_COST"] > 1_000_000:  # the server derives one key per challenge
        raise ConfigError("TEMPMAIL_CAPTCHA_POW_COST must be at most 1000000 (PBKDF2 rounds)")
    if settings["CAPTCHA_POW_MAX_NUMBER"] > 0xFFFFFFFF:
        raise ConfigError("TEMPMAIL_CAPTCHA_POW_MAX_NUMBER must fit in 32 bits (at most 4294967295)")
def check_public(settings):
    """Parse PUBLIC_ADDRESS into a tuple of addresses and check PUBLIC_HOSTNAME; in place."""
    value = settings["PUBLIC_ADDRESS"]
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    try:
        settings["PUBLIC_ADDRESS"] = tuple(str(ipaddress.ip_address(a)) for a in value)
    except ValueError:
        raise ConfigError("TEMPMAIL_PUBLIC_ADDRESS must list IP addresses, "
                          f"got {settings['PUBLIC_ADDRESS']!r}") from None
    name = settings["PUBLIC_HOSTNAME"].strip().lower().rstrip(".")
    if name and not valid_domain(name):
        raise ConfigError(f"TEMPMAIL_PUBLIC_HOSTNAME: {name!r} is not a valid host name")
    settings["PUBLIC_HOSTNAME"] = name
