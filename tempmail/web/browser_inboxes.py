"""The inboxes one browser holds: their tokens live in the signed session cookie."""

from flask import session

from tempmail.web import service

MAX_INBOXES = 10


def live():
    """Return [(token, Entry)] for the session's live inboxes; forget the dead ones."""
    tokens = [t for t in session.get("inboxes", []) if isinstance(t, str)]
    found = []
    for token in tokens:
        entry = service().by_token(token)
        if entry is not None:
            found.append((token, entry))
    if len(found) != len(tokens):
        session["inboxes"] = [token for token, _ in found]
    return found


def current(found=None):
    """Return (token, Entry) of the selected inbox, or None."""
    found = live() if found is None else found
    if not found:
        return None
    selected = session.get("current")
    for token, entry in found:
        if token == selected:
            return token, entry
    return found[-1]


def add(token):
    """Hold a new inbox and select it (the oldest goes beyond MAX_INBOXES)."""
    tokens = [t for t in session.get("inboxes", []) if t != token]
    session["inboxes"] = (tokens + [token])[-MAX_INBOXES:]
    session["current"] = token
    session.permanent = True


def select(address):
    """Select the held inbox with this address; return whether there is one."""
    for token, entry in live():
        if entry.address == address:
            session["current"] = token
            return True
    return False


def forget(token):
    session["inboxes"] = [t for t in session.get("inboxes", []) if t != token]
    if session.get("current") == token:
        session.pop("current", None)


def find_message(message_id):
    """Return (token, Entry) of the held inbox that has message_id, or None."""
    for token, entry in live():
        if service().has_message(entry, message_id):
            return token, entry
    return None
