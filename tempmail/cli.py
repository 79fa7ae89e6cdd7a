"""`flask tempmail ...`: manage addresses from the command line."""

import json

import click
from flask import current_app
from flask.cli import AppGroup

from tempmail.inboxes import InboxError
from tempmail.registry import RegistryError
from tempmail.timefmt import iso

cli = AppGroup("tempmail", help="Manage disposable addresses and their mail.")


def inboxes():
    return current_app.extensions["tempmail"]


class PositiveSeconds(click.ParamType):
    name = "seconds"

    def convert(self, value, param, ctx):
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not seconds > 0 or seconds != seconds or seconds == float("inf"):
            self.fail(f"{value!r} is not a positive number of seconds", param, ctx)
        return seconds


def _fail(exc):
    raise click.ClickException(str(exc)) from None


@cli.command("create")
@click.option("--domain", help="One of the configured domains (random if not given).")
@click.option("--name", help="A custom local part instead of a random one.")
@click.option("--lifetime", type=PositiveSeconds(), help="Seconds until it expires.")
def create_command(domain, name, lifetime):
    """Create an address; print {address, token, expires_at} as JSON."""
    try:
        issued = inboxes().create(domain=domain, name=name, lifetime=lifetime)
    except (InboxError, RegistryError) as exc:
        _fail(exc)
    click.echo(json.dumps({"address": issued.address, "token": issued.token,
                           "expires_at": iso(issued.expires_at)}))


@cli.command("inbox")
@click.argument("address")
def inbox_command(address):
    """Print ADDRESS's messages as a JSON array, newest first."""
    try:
        entry = inboxes().find(address)
        if entry is None:
            raise InboxError(f"no live address {address!r}")
        listing = inboxes().list_messages(entry)
    except (InboxError, RegistryError) as exc:
        _fail(exc)
    fields = ("id", "from", "subject", "date", "size")
    click.echo(json.dumps([{key: item[key] for key in fields} for item in listing], indent=2))


def init_app(app):
    """Register the `tempmail` command group on app."""
    app.cli.add_command(cli)
