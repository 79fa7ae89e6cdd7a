"""Deliveries made on other nodes wake this process's waiters (the registry in PostgreSQL).

One listener connection per process (tempmail.pgwake), started with the process's
mail watcher (tempmail.mailwatch); each announcement names the mailbox and the new
file, which the store then lists even before the shared folder's cached listing
shows it (maildir.announce). Nothing to do with the SQLite file: one machine's
waiters see the Maildir change themselves.
"""

import os

from tempmail import maildir, mailwatch

_LISTENING: set[tuple[str, str]] = set()


def listen(registry_url: str, mail_root: str) -> None:
    """Make this process's waiters wake on every node's deliveries (once per url and root)."""
    if not registry_url or (registry_url, mail_root) in _LISTENING:
        return
    _LISTENING.add((registry_url, mail_root))

    def start(watcher: mailwatch.Watcher) -> object:
        from tempmail import pgwake  # noqa: PLC0415 (psycopg only with a database registry)

        def arrived(mailbox_id: str, message_id: str) -> None:
            path = os.path.join(mail_root, mailbox_id)
            maildir.announce(path, message_id)
            watcher.wake(path)
        return pgwake.Listener(registry_url, arrived, on_connect=watcher.wake_all).start()

    mailwatch.WATCHER.add_source(start)
