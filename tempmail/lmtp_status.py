"""The replies the router service gives, by name (RFC 5321 codes, RFC 3463 enhanced codes).

A 5xx tells Exim to give up on a recipient; only NO_SUCH_ADDRESS earns one.
Every other fault is 4xx, so Exim keeps the message and retries.
"""

OK = "250 2.0.0 OK"
DELIVERED = "250 2.0.0 delivered"
NO_SUCH_ADDRESS = "550 5.1.1 no such address (unknown or expired)"
REGISTRY_UNAVAILABLE = "451 4.3.0 address registry unavailable, try again later"
MAILBOX_MISSING = "451 4.2.0 mailbox unavailable, try again later"
STORAGE_ERROR = "451 4.3.0 local storage error, try again later"
DISK_FULL = "452 4.3.1 insufficient storage, try again later"
SHUTTING_DOWN = "421 4.3.2 router shutting down, try again later"
UNEXPECTED = "451 4.3.0 unexpected local error, try again later"
