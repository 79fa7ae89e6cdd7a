"""HTTP calls to /api/v1 with urllib: JSON in and out, status codes become exception types."""

import email.utils
import http.client
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from typing import Any, Callable, Optional

from tempmail_client import errors

USER_AGENT = "tempmail-client/0.1 (python urllib)"
ERRORS: Mapping[int, type[errors.TempmailError]] = {
    401: errors.Unauthorized, 404: errors.NotFound, 409: errors.Conflict,
    429: errors.RateLimited, 503: errors.Unavailable}
RETRIED = (429, 503)


def api_root(base_url: str) -> str:
    """Return the /api/v1 root for a service URL given with or without that suffix."""
    root = base_url.strip().rstrip("/")
    if root.endswith("/api/v1"):
        root = root[: -len("/api/v1")]
    parsed = urllib.parse.urlsplit(root)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise errors.ConfigurationError(f"not an http(s) service URL: {base_url!r}")
    return root + "/api/v1"


def retry_after_seconds(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Return the wait a Retry-After header asks for (seconds or HTTP date); None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class Response:
    """An answer from the API: status, headers and the raw body."""

    def __init__(self, status: int, headers: Iterable[tuple[str, str]], body: bytes) -> None:
        self.status = status
        self.headers = {name.lower(): value for name, value in headers}
        """Header names in lower case (one value per name)."""
        self.body = body

    def json(self) -> Any:
        """Return the body parsed as JSON (None if empty); raise TempmailError if it is not JSON."""
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            raise errors.TempmailError(f"the service answered {self.status} with a body that is"
                                       " not JSON", self.status) from None


class Transport:
    """Send requests to one service; retry 429 and 503 as Retry-After says, a bounded number of times."""

    def __init__(self, base_url: str, api_key: Optional[str] = None, timeout: float = 30.0,
                 max_retries: int = 3, max_retry_wait: float = 60.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.root = api_root(base_url)
        self.api_key = api_key
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_retry_wait = max_retry_wait
        self.sleep = sleep

    def request(self, method: str, path: str, token: Optional[str] = None,
                body: Optional[Mapping[str, Any]] = None, query: Optional[Mapping[str, str]] = None,
                timeout: Optional[float] = None, api_key: bool = False) -> Response:
        """Send one call and return a 2xx Response; raise the TempmailError type of any other answer."""
        attempt = 0
        while True:
            response = self._send(method, path, token, body, query, timeout, api_key)
            if 200 <= response.status < 300:
                return response
            wait = retry_after_seconds(response.headers.get("retry-after"))
            if (response.status in RETRIED and attempt < self.max_retries
                    and wait is not None and wait <= self.max_retry_wait):
                attempt += 1
                self.sleep(wait)
                continue
            raise self._error(response, token is not None, wait)

    def _send(self, method: str, path: str, token: Optional[str],
              body: Optional[Mapping[str, Any]], query: Optional[Mapping[str, str]],
              timeout: Optional[float], api_key: bool) -> Response:
        url = self.root + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
        data = None
        if method == "POST" or body is not None:
            data = json.dumps(dict(body or {})).encode()
            headers["Content-Type"] = "application/json"
        if token is not None:
            headers["Authorization"] = "Bearer " + token
        if api_key and self.api_key:
            headers["X-API-Key"] = self.api_key
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as answer:
                return Response(answer.status, answer.headers.items(), answer.read())
        except urllib.error.HTTPError as error:
            with error:
                return Response(error.code, error.headers.items(), error.read())
        except (OSError, http.client.HTTPException) as error:  # URLError, timeouts, resets
            reason = getattr(error, "reason", error)
            raise errors.ServiceUnreachable(f"cannot reach {self.root}: {reason}") from None

    @staticmethod
    def _error(response: Response, inbox_call: bool,
               retry_after: Optional[float]) -> errors.TempmailError:
        problem: dict[str, Any] = {}
        try:
            parsed = response.json()
        except errors.TempmailError:
            parsed = None
        if isinstance(parsed, dict):
            problem = parsed
        detail = str(problem.get("detail") or problem.get("title")
                     or f"HTTP {response.status} from the service")
        kind = ERRORS.get(response.status, errors.TempmailError)
        if kind is errors.Unauthorized and inbox_call:
            kind = errors.InboxGone
        if issubclass(kind, errors.RetryLater):
            return kind(detail, response.status, problem, retry_after=retry_after)
        return kind(detail, response.status, problem)

