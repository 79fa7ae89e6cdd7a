"""`flask tempmail ...`: manage addresses from the command line."""

import contextlib
import json

import click
from flask import current_app
from flask.cli import AppGroup

from tempmail import doctor
from tempmail.doctor.dns import split_host_port
from tempmail.inboxes import STYLES, InboxError, Locked, MigrationError, RegistryError
from tempmail.purge import PurgeError, purge
from tempmail.timefmt import iso


class UsageError(click.ClickException):
    """A wrong command line: one line on stderr, exit status 2, never a traceback."""

    exit_code = 2


class Command(click.Command):
    """A click command whose usage errors fit on one line."""

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            raise UsageError(f"{exc.format_message()} "
                             f"(see 'flask tempmail {self.name} --help')") from None


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


@contextlib.contextmanager
def _refusals():
    """Turn a refusal from the service or the registry into a one-line error, exit 1."""
    try:
        yield
    except (InboxError, RegistryError) as exc:
        raise click.ClickException(str(exc)) from None


@cli.command("create", cls=Command)
@click.option("--domain", help="One of the configured domains (random if not given).")
@click.option("--name", help="A custom local part instead of a random one.")
@click.option("--lifetime", type=PositiveSeconds(), help="Seconds until it expires.")
@click.option("--subdomain", metavar="random|LABEL",
              help="One extra label under --domain (a TEMPMAIL_SUBDOMAIN_DOMAINS base).")
@click.option("--style", type=click.Choice(STYLES),
              help="How a random local part reads (default: TEMPMAIL_ADDRESS_STYLE).")
def create_command(domain, name, lifetime, subdomain, style):
    """Create an address; print {address, token, expires_at} as JSON."""
    with _refusals():
        issued = inboxes().create(domain=domain, name=name, lifetime=lifetime,
                                  subdomain=subdomain, style=style)
    click.echo(json.dumps({"address": issued.address, "token": issued.token,
                           "expires_at": iso(issued.expires_at)}))


@cli.command("inbox", cls=Command)
@click.argument("address")
@click.option("--token", envvar="TEMPMAIL_INBOX_TOKEN", metavar="TOKEN",
              help="The inbox's token (or set TEMPMAIL_INBOX_TOKEN): its mail is encrypted "
                   "at rest and only the token opens it.")
def inbox_command(address, token):
    """Print ADDRESS's messages as a JSON array, newest first.

    Without the token, an encrypted inbox shows only ids, sizes and dates.
    """
    with _refusals():
        entry = _live(address)
        if token:
            opened = inboxes().by_token(token.strip())
            if opened is None or opened.address != entry.address:
                raise InboxError(f"that token does not open {entry.address!r}")
            entry = opened
        try:
            listing = inboxes().list_messages(entry)
        except Locked:
            click.echo(f"note: the mail of {entry.address} is encrypted at rest; without its "
                       "token only sizes and dates show (give --token)", err=True)
            click.echo(json.dumps([dict(item, received=iso(item["received"]))
                                   for item in inboxes().sizes(entry)], indent=2))
            return
    fields = ("id", "from", "subject", "date", "size")
    click.echo(json.dumps([{key: item[key] for key in fields} for item in listing], indent=2))


def _live(address):
    entry = inboxes().find(address)
    if entry is None:
        raise InboxError(f"no live address {address!r}")
    return entry


@cli.command("extend", cls=Command)
@click.argument("address")
@click.option("--by", "seconds", type=PositiveSeconds(), required=True,
              help="Seconds to add (capped at MAX_LIFETIME after creation).")
def extend_command(address, seconds):
    """Give ADDRESS more time; print its new expiry as JSON."""
    with _refusals():
        entry, capped = inboxes().extend(_live(address), seconds)
        if entry is None:
            raise InboxError(f"no live address {address!r}")
    if capped:
        click.echo("note: capped at TEMPMAIL_MAX_LIFETIME after creation", err=True)
    click.echo(json.dumps({"address": entry.address, "expires_at": iso(entry.expires_at)}))


@cli.command("delete", cls=Command)
@click.argument("address")
def delete_command(address):
    """Retire ADDRESS now and remove its mail; it is never issued again."""
    with _refusals():
        count = inboxes().delete(_live(address))
    click.echo(f"deleted {address.strip().lower()} and {count} messages")


@cli.command("stats", cls=Command)
def stats_command():
    """Print counts as JSON: live addresses, messages, bytes (never an address)."""
    with _refusals():
        click.echo(json.dumps(inboxes().stats()))


@cli.command("purge", cls=Command)
@click.option("--dry-run", is_flag=True, help="Count what would go; remove nothing.")
@click.option("--wait", type=float, default=30.0, show_default=True,
              help="Seconds to wait for another running purge.")
def purge_command(dry_run, wait):
    """Remove expired mailboxes, orphan folders and stale tmp files; print a summary."""
    try:
        counts = purge(inboxes(), dry_run=dry_run, wait=wait)
    except (PurgeError, RegistryError, OSError) as exc:
        raise click.ClickException(f"purge did not finish: {exc}") from None
    click.echo(counts.summary(dry_run))


registry_group = AppGroup("registry", help="The address registry (SQLite file or PostgreSQL).")
cli.add_command(registry_group)


@registry_group.command("migrate", cls=Command)
@click.option("--to", "url", required=True, metavar="postgresql://...",
              help="The database to copy live addresses and tombstones into.")
def migrate_command(url):
    """Copy the registry file's live addresses and tombstones into PostgreSQL (safe to rerun)."""
    if url.split("://", 1)[0].lower() not in ("postgresql", "postgres"):
        raise UsageError("--to must be a postgresql:// URL (see 'flask tempmail registry migrate --help')")
    try:
        moved = inboxes().migrate_registry(url)
    except (MigrationError, RegistryError) as exc:
        raise click.ClickException(f"migration did not finish: {exc}") from None
    click.echo(moved.summary())
    click.echo("next: set TEMPMAIL_REGISTRY_URL on every node and restart them", err=True)
def _resolver(ctx, param, value):
    if value:
        try:
            split_host_port(value)
        except ValueError:
            raise click.BadParameter(f"{value!r} is not HOST or HOST:PORT of a DNS server "
                                     "(an IP address)", ctx, param) from None
    return value or ""


@cli.command("doctor", cls=Command)
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON list of {name, status, detail, fix}.")
@click.option("--only", multiple=True, type=click.Choice(sorted(doctor.GROUPS)),
              help="Run only this group of checks (repeatable).")
@click.option("--resolver", callback=_resolver,
              help="DNS server to ask, HOST or HOST:PORT (default TEMPMAIL_DNS_RESOLVER, "
                   "else the system's).")
@click.option("--url", default="", help="The site's URL for /healthz (default "
              "TEMPMAIL_PUBLIC_URL, else TEMPMAIL_BIND, else http://127.0.0.1:8000).")
@click.option("--smtp-port", type=click.IntRange(1, 65535),
              help="Exim's port when no running daemon shows it (default TEMPMAIL_SMTP_PORT "
                   "or 25).")
@click.option("--purge-age", type=PositiveSeconds(), default=7200.0, show_default=True,
              help="Seconds since the last purge after which that check fails.")
def doctor_command(as_json, only, resolver, url, smtp_port, purge_age):
    """Check DNS, Exim, storage, purge and the site; one line each with the fix.

    Exit status 0 when nothing failed (warnings alone leave it 0), 1 on any failure.
    """
    results = doctor.run(inboxes().settings, groups=only or None, resolver=resolver, url=url,
                         smtp_port=smtp_port, purge_max_age=purge_age)
    click.echo(doctor.render(results, as_json))
    if doctor.failed(results):
        raise SystemExit(1)


def init_app(app):
    """Register the `tempmail` command group on app."""
    app.cli.add_command(cli)
