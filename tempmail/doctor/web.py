"""The web side: /healthz answers ok, the secret key is the operator's own, Redis
answers when it keeps the rate limits, the CAPTCHA settings fit together."""

from collections.abc import Iterator
import http.client
import json
import os
import socket
import stat
from urllib.parse import urlsplit

from tempmail.doctor.result import Context, Result, fail, ok, warn

DEFAULT_HTTP_PORT = 8000   # make run's gunicorn (tempmail/devserver.py)
OFF = ("", "0", "false", "no", "off", "none")
PROVIDER = ("1", "true", "yes", "on", "recaptcha", "hcaptcha")


class UnixHTTPConnection(http.client.HTTPConnection):
    """HTTP over gunicorn's unix socket (TEMPMAIL_BIND=unix:/path)."""

    def __init__(self, path: str, timeout: float):
        super().__init__("localhost", timeout=timeout)
        self.path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.path)


def checks(context: Context) -> Iterator[Result]:
    """Yield the /healthz, secret key, Redis and CAPTCHA results."""
    yield _healthz(context)
    yield _secret_key(context.settings)
    yield _redis(context)
    yield _captcha(context.settings)


def healthz_target(context: Context) -> tuple[str, http.client.HTTPConnection, str]:
    """Return (what to call it, a connection, the request path) for the app's /healthz.

    --url, then TEMPMAIL_PUBLIC_URL, then gunicorn's TEMPMAIL_BIND, then make run's port.
    """
    url = context.url or context.settings.get("PUBLIC_URL") or ""
    bind = context.environ.get("TEMPMAIL_BIND", "")
    if not url and bind.startswith("unix:"):
        return bind, UnixHTTPConnection(bind[5:], context.timeout), "/healthz"
    if not url:
        url = f"http://{bind}" if bind else \
            f"http://127.0.0.1:{context.environ.get('TEMPMAIL_HTTP_PORT') or DEFAULT_HTTP_PORT}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) URL")
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    path = parts.path.rstrip("/") + "/healthz"
    return f"{parts.scheme}://{parts.netloc}{path}", \
        kind(parts.hostname, parts.port, timeout=context.timeout), path


def _healthz(context: Context) -> Result:
    name = "web.healthz"
    try:
        where, conn, path = healthz_target(context)
    except ValueError:
        return fail(name, "the site's URL is not an http(s) URL", "give --url https://YOUR.DOMAIN "
                    "or set TEMPMAIL_PUBLIC_URL")
    try:
        # What nginx sends for a client on this machine; trusted only with TEMPMAIL_PROXIES.
        conn.request("GET", path, headers={"X-Forwarded-For": "127.0.0.1",
                                           "Accept": "application/json"})
        response = conn.getresponse()
        body = response.read(65536)
    except (OSError, http.client.HTTPException) as exc:
        return fail(name, f"the web app does not answer at {where} ({type(exc).__name__})",
                    "start it (systemctl start tempmail), or say where it is with --url or "
                    "TEMPMAIL_PUBLIC_URL")
    finally:
        conn.close()
    if response.status == 404:
        return fail(name, f"{where} answered 404: /healthz is closed to this machine",
                    "add this machine to TEMPMAIL_OPS_ALLOW (and nginx's allow list)")
    try:
        report = json.loads(body)
        status = report["status"]
        failing = [check["name"] for check in report["checks"] if not check["ok"]]
    except (ValueError, KeyError, TypeError):
        return fail(name, f"{where} answered {response.status}, not tempmail's /healthz",
                    "point --url or TEMPMAIL_PUBLIC_URL at this tempmail site")
    if status == "ok" and response.status == 200:
        return ok(name, f"{where}: ok")
    if status == "degraded" and response.status == 200:
        return warn(name, f"{where}: degraded ({', '.join(failing)} failing); the site works, "
                    "mail waits in Exim's queue", "see exim.router above")
    return fail(name, f"{where}: {status} ({', '.join(failing) or response.status})",
                "see the storage checks above; journalctl -u tempmail says more")


def _secret_key(settings: dict) -> Result:
    name = "web.secret-key"
    key = settings.get("SECRET_KEY")
    if key:  # config.load already refused the shipped placeholder and short keys
        if len(set(key)) < 10:
            return warn(name, "TEMPMAIL_SECRET_KEY is long but repetitive",
                        "make one with: python3 -c 'import secrets; print(secrets.token_hex(32))'")
        return ok(name, "TEMPMAIL_SECRET_KEY is set and is not the shipped placeholder")
    path = os.path.join(settings["DATA_DIR"], "secret_key")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return warn(name, f"no TEMPMAIL_SECRET_KEY and no {path} yet: the app makes one when it "
                    "first starts", "start the web app, or set TEMPMAIL_SECRET_KEY")
    except OSError as exc:
        return warn(name, f"cannot look at {path} ({type(exc).__name__})",
                    "run the doctor as root or as the service user")
    if stat.S_IMODE(info.st_mode) & 0o077:
        return fail(name, f"{path} (mode {stat.S_IMODE(info.st_mode):04o}) is readable by "
                    "others: anyone who reads it can forge sessions", f"chmod 0600 {path}")
    return ok(name, f"kept in {path} (made by the app, mode 0600)")


def _redis(context: Context) -> Result:
    name = "web.redis"
    uri = context.settings["RATELIMIT_STORAGE_URI"]
    scheme = uri.split(":", 1)[0]
    if scheme not in ("redis", "rediss", "redis+unix", "unix"):
        where = "memory (one gunicorn worker)" if scheme == "memory" else scheme
        return ok(name, f"rate limits are kept in {where}, not in Redis")
    import redis  # noqa: PLC0415 (0.3 s to import: only when Redis keeps the limits)

    parts = urlsplit(uri)
    where = parts.path if "unix" in scheme else f"{parts.hostname}:{parts.port or 6379}"
    try:
        client = redis.Redis.from_url(uri.replace("redis+unix://", "unix://", 1),
                                      socket_timeout=context.timeout,
                                      socket_connect_timeout=context.timeout)
        client.ping()
        client.close()
    except (redis.RedisError, OSError, ValueError) as exc:
        return fail(name, f"Redis at {where} (TEMPMAIL_RATELIMIT_STORAGE_URI) does not answer "
                    f"({type(exc).__name__}): every request that counts a limit fails",
                    "start it: systemctl start redis-server (or fix the URI)")
    return ok(name, f"Redis at {where} answers")


def _captcha(settings: dict) -> Result:
    name = "web.captcha"
    value = settings.get("CAPTCHA")
    mode = value if isinstance(value, str) else ("1" if value else "")
    mode = mode.strip().lower()
    if mode in OFF:
        return ok(name, "CAPTCHA is off")
    if mode not in PROVIDER:  # a mode of this service's own (config.load accepted it)
        return ok(name, f"CAPTCHA mode {mode!r} needs no outside service")
    missing = [key for key in ("CAPTCHA_SITE_KEY", "CAPTCHA_SECRET") if not settings.get(key)]
    if missing:
        return fail(name, f"CAPTCHA is on but {' and '.join('TEMPMAIL_' + k for k in missing)} "
                    "is empty: nobody can create an address on the site",
                    "set both keys from your reCAPTCHA or hCaptcha account, or TEMPMAIL_CAPTCHA=off")
    hosts = {key: urlsplit(settings.get(key) or "") for key in ("CAPTCHA_SCRIPT", "CAPTCHA_VERIFY_URL")}
    plain = [key for key, parts in hosts.items() if parts.scheme != "https" or not parts.hostname]
    if plain:
        return fail(name, f"{' and '.join('TEMPMAIL_' + k for k in plain)} is not an https URL",
                    "use the provider's https URLs (README lists them)")
    providers = {_provider(parts.hostname or "") for parts in hosts.values()}
    if len(providers) > 1:
        return fail(name, "the CAPTCHA script and the verify URL belong to different providers: "
                    "every answer is refused", "take both URLs from the same provider")
    return ok(name, f"CAPTCHA is on with {providers.pop()}: keys and https URLs are set")


def _provider(host: str) -> str:
    """Return the provider a CAPTCHA host belongs to (its registrable-looking last two labels)."""
    if host.endswith(("google.com", "recaptcha.net", "gstatic.com")):
        return "reCAPTCHA"
    return ".".join(host.split(".")[-2:])
