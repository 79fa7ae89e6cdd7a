"""Rate limits keyed on a keyed hash of the client address, never the address itself."""

import hashlib
import hmac
import ipaddress
import math
import time

from flask import current_app, request
from flask_limiter import Limiter


def client_key():
    """Return HMAC(secret, client network): IPv4 address, or IPv6 /64."""
    return key_for(request.remote_addr or "unknown", current_app.config["SECRET_KEY"])


def key_for(raw: str, secret_key: str) -> str:
    """Return HMAC(secret_key, the network of address raw): IPv4 address, or IPv6 /64."""
    try:
        address = ipaddress.ip_address(raw)
        if address.version == 6 and address.ipv4_mapped:
            address = address.ipv4_mapped
        network = str(ipaddress.ip_network(f"{address}/64", strict=False)) \
            if address.version == 6 else str(address)
    except ValueError:
        network = raw
    secret = secret_key.encode()
    return hmac.new(secret, b"ratelimit:" + network.encode(), hashlib.sha256).hexdigest()[:32]


limiter = Limiter(key_func=client_key)


def create_limit():
    return current_app.config["CREATE_LIMIT"]


def poll_limit():
    return current_app.config["POLL_LIMIT"]


def retry_after():
    """Return whole seconds until the limit just breached lets this client in again."""
    current = limiter.current_limit
    if current is None:
        return 60
    return max(1, int(current.reset_at - time.time()) + 1)


def add_headers(response):
    """Tell API clients their budget: RateLimit-Limit, -Remaining, -Reset (seconds), -Policy.

    The names and the delta-seconds reset follow the IETF httpapi draft
    "RateLimit header fields for HTTP"; the numbers are those of the tightest
    limit the request counted against.
    """
    current = limiter.current_limit
    if current is not None:
        amount = current.limit.amount
        window = current.limit.get_expiry()
        response.headers["RateLimit-Limit"] = str(amount)
        response.headers["RateLimit-Remaining"] = str(max(0, current.remaining))
        response.headers["RateLimit-Reset"] = str(max(0, math.ceil(current.reset_at - time.time())))
        response.headers["RateLimit-Policy"] = f"{amount};w={window}"
    return response


def init_app(app):
    """Bind the limiter (storage from RATELIMIT_STORAGE_URI); 429s carry Retry-After."""
    app.config.setdefault("RATELIMIT_KEY_PREFIX", "tempmail")
    limiter.init_app(app)
