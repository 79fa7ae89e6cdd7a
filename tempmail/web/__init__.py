"""The web faces of the service: pages for people, a JSON API for programs."""

from flask import current_app


def service():
    """Return the app's Inboxes service layer."""
    return current_app.extensions["tempmail"]
