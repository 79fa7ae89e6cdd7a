"""Python client for a tempmail service's JSON API (/api/v1): standard library only."""

from tempmail_client.client import Client, Inbox, check_tag, create_inbox
from tempmail_client.errors import (
                                    ConfigurationError,
                                    Conflict,
                                    InboxGone,
                                    NotFound,
                                    RateLimited,
                                    RetryLater,
                                    ServiceUnreachable,
                                    TempmailError,
                                    Unauthorized,
                                    Unavailable,
                                    WaitTimeout,
)
from tempmail_client.models import Attachment, InboxInfo, Link, Message, Summary

__all__ = ["Attachment", "Client", "ConfigurationError", "Conflict", "Inbox", "InboxGone",
           "InboxInfo", "Link", "Message", "NotFound", "RateLimited", "RetryLater",
           "ServiceUnreachable", "Summary", "TempmailError", "Unauthorized", "Unavailable",
           "WaitTimeout", "check_tag", "create_inbox"]
__version__ = "0.1.0"
