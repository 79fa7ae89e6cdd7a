"""The website (a placeholder until the website issue lands)."""

from flask import Blueprint

bp = Blueprint("pages", __name__)


@bp.get("/")
def index():
    return ("<!doctype html><title>tempmail</title><h1>tempmail</h1>"
            "<p>Disposable addresses. Create one with <code>flask tempmail create</code>.</p>")
