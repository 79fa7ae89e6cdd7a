"""The service layer: addresses and their mail, for the CLI, the pages and the API."""

import dataclasses
import os
import secrets
import time

from tempmail import (
    address_plan,
    addresses,
    crossnode,
    inbox_keys,
    maildir,
    metrics,
    registry,
    rendering,
    sealedstore,
    sealing,
)
from tempmail.addresses import STYLES  # noqa: F401  (the local-part styles, for the faces)
from tempmail.inbox_feed import BadEventId, InboxFeeds, check_event_id  # noqa: F401 (faces)
from tempmail.inbox_reading import InboxReading
from tempmail.inbox_webhooks import (  # noqa: F401 (the errors are part of the service's face)
    InboxWebhooks,
    WebhookError,
    WebhookRefused,
    WebhooksUnavailable,
)

# The errors the faces see, named here so that they need not import the store or registry.
from tempmail.maildir import MailboxMissing, MessageMissing  # noqa: F401
from tempmail.registry import RegistryError  # noqa: F401
from tempmail.registry_migrate import MigrationError, Moved  # noqa: F401
from tempmail.sealedstore import Locked  # noqa: F401
from tempmail.texts import N_


def _bytes(secret: str | bytes) -> bytes:
    if not secret:
        raise ValueError("a ticket needs the app's secret key")
    return secret.encode() if isinstance(secret, str) else bytes(secret)


SWEEP_EVERY = 30.0
"""Seconds between two looks for purged mailboxes in what this process keeps in memory."""


class InboxError(ValueError):
    """A request the service refuses, with a message fit to show the user."""


class AddressUnavailable(InboxError):
    """The chosen address is live or was issued before (addresses are never reissued)."""


@dataclasses.dataclass(frozen=True)
class Issued:
    """A newly created address with its one-time-shown token."""

    entry: registry.Entry
    token: str

    @property
    def address(self) -> str:
        """The address issued."""
        return self.entry.address

    @property
    def expires_at(self) -> float:
        """When it stops being live (unless extended)."""
        return self.entry.expires_at


class Inboxes(InboxReading, InboxWebhooks, InboxFeeds):
    """Create, find, read and delete inboxes in one data folder."""

    def __init__(self, settings, clock=time.time):
        self.settings = settings
        self.clock = clock
        self.data_dir = settings["DATA_DIR"]
        self.node_dir = settings.get("NODE_DIR") or self.data_dir   # this node's own state
        self.mail_root = maildir.root_in(self.data_dir)
        self.registry = registry.open_registry(self.data_dir, timeout=settings["REGISTRY_TIMEOUT"],
                                               clock=clock, url=settings.get("REGISTRY_URL"))
        # the SQLite file, or None when the registry is a database (TEMPMAIL_REGISTRY_URL)
        self.registry_file = None if settings.get("REGISTRY_URL") else registry.path_in(self.data_dir)
        self._ready = False
        crossnode.listen(settings.get("REGISTRY_URL") or "", self.mail_root)
        self.forgetters: list = []   # callbacks(mailbox_id) that drop what faces keep in memory
        self._next_sweep = 0.0

    def ensure_ready(self):
        """Create the data folder and the registry file if they are missing."""
        if not self._ready:
            os.makedirs(self.mail_root, mode=0o2770, exist_ok=True)
            os.makedirs(self.node_dir, mode=0o2770, exist_ok=True)
            if self.registry_file is None or not os.path.exists(self.registry_file):
                self.registry.init()
            if not os.path.exists(metrics.path_in(self.node_dir)):
                metrics.init(self.node_dir)
            self._ready = True

    def create(self, domain=None, name=None, lifetime=None, subdomain=None, style=None):
        """Issue a new address; raise InboxError with the reason when refused.

        subdomain: "random" or a label under domain (a TEMPMAIL_SUBDOMAIN_DOMAINS base);
        style: how a local part is drawn when name is None (random, name or words).
        """
        self.ensure_ready()
        try:
            wanted = address_plan.plan(self.settings, domain, name, subdomain, style)
        except addresses.AddressError as exc:
            raise InboxError(exc.args[0]) from None  # a texts.Text: the face translates it
        lifetime = self.settings["LIFETIME"] if lifetime is None else lifetime
        if not lifetime > 0:
            raise InboxError(N_("the lifetime must be a positive number of seconds"))
        idle_limit = self.settings["INACTIVITY"]
        for _ in range(8):
            address = wanted.draw()
            mailbox_id = secrets.token_hex(16)
            token = secrets.token_urlsafe(32)
            public_key, private_key = sealing.new_key_pair()  # encryption at rest: sealing
            path = maildir.create(self.mail_root, mailbox_id)
            try:
                entry = self.registry.add(address, mailbox_id, token, lifetime, idle_limit,
                                          public_key=public_key,
                                          wrapped_key=sealing.wrap(private_key, token, public_key))
            except registry.AddressTaken:
                maildir.remove_mailbox(path)
                if wanted.fixed:
                    raise AddressUnavailable(N_(
                        "%(address)s is taken or was used before; addresses are never issued twice",
                        address=address)) from None
                continue
            except BaseException:
                maildir.remove_mailbox(path)
                raise
            return Issued(inbox_keys.with_key(entry, sealing.MailboxKey(private_key)), token)
        raise InboxError(N_("could not find a free address; try again"))

    def check_tag(self, tag: str | None) -> str | None:
        """Return a tag (plus-addressing) as messages carry it, None for none; raise InboxError."""
        if tag is None or tag == "":
            return None
        try:
            return addresses.check_tag(tag)
        except addresses.AddressError as exc:
            raise InboxError(exc.args[0]) from None  # a texts.Text: the face translates it

    def subdomain_bases(self) -> tuple[str, ...]:
        """Return the bases under which new addresses may take one extra label."""
        return self.settings["SUBDOMAIN_DOMAINS"]

    def address_styles(self) -> tuple[tuple[str, ...], str]:
        """Return (the local-part styles on offer, the operator's default)."""
        return addresses.STYLES, self.settings["ADDRESS_STYLE"]

    def offered_domains(self) -> tuple[str, ...]:
        """Return the domains new addresses may take (all receiving domains unless retired)."""
        return self.settings["OFFERED_DOMAINS"]

    def visit(self, entry):
        """Record that the owner looked (keeps an INACTIVITY-limited address alive)."""
        if entry.idle_limit and entry.touch_due(self.clock()):
            self.registry.touch(entry.address)

    def clamp_lifetime(self, seconds):
        """Return seconds held within MIN_LIFETIME..MAX_LIFETIME (the site's and API's range)."""
        if seconds is None:
            return self.settings["LIFETIME"]
        return max(self.settings["MIN_LIFETIME"], min(self.settings["MAX_LIFETIME"], seconds))

    def extend(self, entry, seconds):
        """Push entry's end back by seconds, capped at MAX_LIFETIME after creation.

        Return (new Entry or None if it died meanwhile, True if the cap applied).
        """
        if not seconds > 0:
            raise InboxError(N_("extend by a positive number of seconds"))
        cap = entry.created_at + self.settings["MAX_LIFETIME"]
        wanted = entry.expires_at + seconds
        return self.registry.extend(entry.address, min(wanted, cap)), wanted > cap

    def delete(self, entry):
        """Retire entry's address now and remove its mail; return the message count.

        Retiring deletes the row with its wrapped key (secure_delete, the WAL
        truncated when no reader holds it): from then on the mail is unreadable
        wherever copies lie; the files go next.
        """
        self.registry.retire(entry.address)
        self.drop_webhook_events(entry)
        try:
            self.registry.checkpoint()
        except RegistryError:
            pass  # the row is deleted; the next purge truncates the WAL
        path = self.mailbox_path(entry)
        self.forget(entry.mailbox_id)
        try:
            count = len(maildir.list_ids(path))
        except maildir.MailboxMissing:
            count = 0
        try:
            maildir.remove_mailbox(path)
        except OSError:
            pass  # the address is retired; purge removes what is left as an orphan
        return count

    def forget(self, mailbox_id: str) -> None:
        """Drop what this process keeps in memory of a deleted mailbox (renderings, pages)."""
        rendering.forget_mailbox(f"{self.mail_root}/{mailbox_id}")
        for forgetter in self.forgetters:
            forgetter(mailbox_id)

    def sweep_memory(self) -> None:
        """Forget, at most every SWEEP_EVERY seconds, what memory keeps of purged mailboxes.

        Purge runs in another process; a mailbox whose folder is gone is dead.
        """
        now = time.monotonic()
        if now < self._next_sweep:
            return
        self._next_sweep = now + SWEEP_EVERY
        for path in rendering.remembered_mailboxes():
            if os.path.dirname(path) == self.mail_root and not os.path.isdir(path):
                self.forget(os.path.basename(path))

    def stats(self):
        """Return counts only: live addresses, their messages and bytes, and the rest."""
        self.ensure_ready()
        live = self.registry.live()
        messages = size = 0
        for entry in live:
            try:
                ids = maildir.list_ids(self.mailbox_path(entry))
            except maildir.MailboxMissing:
                continue
            messages += len(ids)
            size += sum(sealedstore.size(message_id, entry.sealed) for message_id in ids)
        _, expired, tombstones = self.registry.counts()
        return {"live_addresses": len(live), "messages": messages, "bytes": size,
                "expired_awaiting_purge": expired, "retired_addresses": tombstones}

    def by_token(self, token):
        """Return the live Entry this inbox token opens, or None."""
        if not token or len(token) > 200:
            return None
        self.ensure_ready()
        self.sweep_memory()
        entry = self.registry.by_token(token)
        return None if entry is None else inbox_keys.with_token(entry, token)

    def find(self, address):
        """Return the live Entry for address, or None."""
        try:
            address = addresses.normalize(address)
        except addresses.AddressError:
            return None
        if self.registry_file is not None and not os.path.exists(self.registry_file):
            return None
        return self.registry.lookup(address)

    def by_mailbox(self, mailbox_id: str, ticket: str | None = None,
                   secret: str | bytes = b"") -> registry.Entry | None:
        """Return the live Entry whose Maildir is mailbox_id, or None.

        With a ticket (part_ticket under the same secret, carried by a signed
        URL), the Entry carries the mailbox's key, or None comes back if the
        ticket does not open it. Without one, a sealed mailbox reads as Locked.
        """
        entry = self.registry.by_mailbox(mailbox_id)
        if entry is None or ticket is None:
            return entry
        return inbox_keys.from_ticket(entry, ticket, _bytes(secret))

    def part_ticket(self, entry: registry.Entry, secret: str | bytes) -> str:
        """Return what a signed part URL carries to open entry's mailbox (see by_mailbox).

        The mailbox key encrypted under secret (the app's secret key): never
        stored, valid as long as the signed URL and the address.
        """
        return inbox_keys.ticket(entry, _bytes(secret))

    def refresh(self, entry):
        """Return entry as the registry has it now, or None if it is no longer live."""
        return inbox_keys.carry_over(entry, self.registry.lookup(entry.address))

    def migrate_registry(self, url: str) -> "Moved":
        """Copy this data folder's registry file into the PostgreSQL database at url."""
        from tempmail import registry_migrate  # noqa: PLC0415 (psycopg only when asked)
        return registry_migrate.migrate(self.data_dir, url, self.settings["REGISTRY_TIMEOUT"])

    @property
    def registry_backend(self) -> str:
        """Return which registry this service uses: "postgresql" or "sqlite"."""
        return "postgresql" if self.settings.get("REGISTRY_URL") else "sqlite"
    def registry_problems(self) -> list[str]:
        """Return what an integrity check finds wrong with the registry ([]: intact)."""
        return self.registry.quick_check()

    def expired_count(self) -> int:
        """Return how many addresses have ended and wait for purge."""
        return self.registry.counts()[1]

    def newest_time(self) -> float | None:
        """Return the latest creation or activity time in the registry, or None."""
        return self.registry.newest_time()

    def check(self) -> None:
        """Raise RegistryError unless the registry answers (for /healthz)."""
        self.registry.counts()
