"""The exceptions the client raises: one type per way a call can fail."""

from typing import Any, Optional


class TempmailError(Exception):
    """A call to the service failed; `detail` is the problem+json detail when there is one."""

    def __init__(self, detail: str, status: Optional[int] = None,
                 problem: Optional[dict[str, Any]] = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.status = status
        self.problem: dict[str, Any] = problem or {}


class ConfigurationError(TempmailError):
    """No service URL was given (argument, TEMPMAIL_URL or the pytest ini option)."""


class ServiceUnreachable(TempmailError):
    """The service could not be reached (connection refused, DNS, network timeout)."""


class Unauthorized(TempmailError):
    """401: the API key is missing or wrong (creating inboxes)."""


class InboxGone(Unauthorized):
    """401 on an inbox call: the token is unknown, or the inbox expired or was deleted."""


class NotFound(TempmailError):
    """404: no such message or attachment in this inbox."""


class Conflict(TempmailError):
    """409: the address asked for is taken or was used before."""


class RetryLater(TempmailError):
    """The service asked us to come back later, more often than we retry."""

    def __init__(self, detail: str, status: Optional[int] = None,
                 problem: Optional[dict[str, Any]] = None,
                 retry_after: Optional[float] = None) -> None:
        super().__init__(detail, status, problem)
        self.retry_after = retry_after


class RateLimited(RetryLater):
    """429 still after the allowed retries; `retry_after` is the server's last hint."""


class Unavailable(RetryLater):
    """503 still after the allowed retries: the service is busy or down for a moment."""


class WaitTimeout(TempmailError, TimeoutError):
    """wait_for saw no matching message before its timeout."""
