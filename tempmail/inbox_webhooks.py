"""The service layer's webhooks: set, show and clear an inbox's webhook (Inboxes mixes this in).

The URL is checked here when it is registered (the SSRF guard, hook_target:
spelling, then one lookup of the name) and again by the worker before every
POST. TEMPMAIL_WEBHOOKS decides who may have one: ``off`` nobody, ``api`` (the
default) inboxes created with an API key, ``all`` every inbox.
"""

import hashlib
import os
import socket
import time

from tempmail import hook_queue, hook_record, hook_send, hook_target
from tempmail.registry import Entry, Registry, RegistryError
from tempmail.texts import N_, Text


class WebhookError(ValueError):
    """A webhook request the service refuses, with a message fit to show the user."""


class WebhooksUnavailable(WebhookError):
    """Webhooks are off on this server, or not open to this inbox."""


class WebhookRefused(WebhookError):
    """The URL may not receive webhooks (its spelling, port or address)."""


REASONS = {
    hook_target.BAD_URL: N_("the webhook URL is not a valid http or https URL"),
    hook_target.BAD_SCHEME: N_("the webhook URL must start with http:// or https://"),
    hook_target.CREDENTIALS: N_("the webhook URL must not contain a user name or password"),
    hook_target.NOT_PUBLIC: N_("the webhook URL points to a private, local or reserved "
                                  "address"),
    hook_target.UNRESOLVED: N_("the webhook URL's host name does not resolve"),
}


def client_key(api_key: str) -> str:
    """Return the fingerprint the worker's per-client rate limit keys on (never the key)."""
    return hashlib.sha256(b"tempmail-webhook-client\0" + api_key.encode()).hexdigest()[:24]


class InboxWebhooks:
    """Webhook settings of inboxes; expects self.settings, self.registry and self.data_dir."""

    settings: dict
    registry: Registry
    data_dir: str
    resolver = staticmethod(socket.getaddrinfo)

    def webhook_policy(self) -> hook_target.Policy:
        """Return the operator's SSRF policy (allowed ports, hosts and networks)."""
        return hook_target.Policy.from_settings(self.settings)

    def check_webhook_url(self, url: object) -> str:
        """Return url if it may receive webhooks; raise WebhookRefused saying why."""
        policy = self.webhook_policy()
        if not isinstance(url, str):
            raise WebhookRefused(REASONS[hook_target.BAD_URL])
        try:
            hook_target.resolve(hook_target.check_url(url, policy), policy, self.resolver)
        except hook_target.TargetRefused as exc:
            if exc.reason == hook_target.BAD_PORT:
                ports = ", ".join(str(port) for port in sorted(policy.ports))
                raise WebhookRefused(N_("the webhook URL's port is not allowed (allowed: "
                                        "%(ports)s)", ports=ports)) from None
            raise WebhookRefused(REASONS[exc.reason]) from None
        return url

    def webhooks_open_to(self, entry: Entry | None,
                         api_key: str | None = None) -> Text | None:
        """Return why entry (None: one about to be created) may not have a webhook, or None."""
        mode = self.settings["WEBHOOKS"]
        if mode == hook_record.OFF:
            return N_("webhooks are turned off on this server")
        if mode == hook_record.API and not api_key:
            hook = self.registry.webhook(entry.address) if entry is not None else None
            if hook is None or not hook.allowed:
                return N_("webhooks are available only for inboxes created with an API key")
        return None

    def note_api_key(self, entry: Entry, api_key: str) -> None:
        """Record that entry was created with api_key (it may then have a webhook)."""
        self.registry.put_webhook(entry.address, None, None, allowed=True,
                                  client=client_key(api_key))

    def set_webhook(self, entry: Entry, url: object, api_base: str,
                    api_key: str | None = None) -> str:
        """Give entry a webhook to url; return its new signing secret (shown once).

        Raise WebhooksUnavailable or WebhookRefused; a second call replaces the
        URL and the secret.
        """
        why = self.webhooks_open_to(entry, api_key)
        if why is not None:
            raise WebhooksUnavailable(why)
        checked = self.check_webhook_url(url)
        secret = hook_send.new_secret()
        if not self.registry.put_webhook(entry.address, checked, secret, api_base.rstrip("/")):
            raise RegistryError("the inbox ended meanwhile")
        return secret

    def webhook_url(self, entry: Entry) -> str | None:
        """Return entry's webhook URL, or None."""
        hook = self.registry.webhook(entry.address)
        return hook.url if hook is not None else None

    def clear_webhook(self, entry: Entry) -> bool:
        """Remove entry's webhook and the events still waiting; return True if there was one."""
        had = bool(self.webhook_url(entry))
        self.registry.put_webhook(entry.address, None, None)
        self.drop_webhook_events(entry)
        return had

    def drop_webhook_events(self, entry: Entry) -> None:
        """Remove the events of entry still waiting to be posted."""
        try:
            hook_queue.drop_mailbox(self.data_dir, entry.mailbox_id)
        except OSError:
            pass  # the worker drops the events of an inbox that is gone or has no webhook

    def webhook_queue_length(self) -> int:
        """Return how many webhook events wait to be posted."""
        try:
            return len(hook_queue.pending(self.data_dir))
        except OSError:
            return 0

    def webhook_worker_alive(self, within: float = 30.0) -> bool:
        """Return True if the webhook worker touched its heartbeat within the last seconds."""
        try:
            return time.time() - os.stat(hook_queue.alive_path(self.data_dir)).st_mtime < within
        except OSError:
            return False
