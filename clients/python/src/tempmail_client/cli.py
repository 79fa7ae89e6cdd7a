"""tempmail-wait: make an inbox, or wait for a message in one, from a shell or CI script."""

import argparse
import json
import os
import shlex
import sys
from collections.abc import Mapping, Sequence
from typing import Optional

from tempmail_client import errors
from tempmail_client.client import Client, check_tag
from tempmail_client.models import Message

EXIT_OK = 0
EXIT_ERROR = 1          # the service failed or refused
EXIT_USAGE = 2          # argparse's own status for bad arguments
EXIT_TIMEOUT = 3        # no matching message in time
EXIT_GONE = 4           # the token's inbox is unknown, expired or deleted
EXIT_NOTHING_FOUND = 5  # the message came but has no code / action link
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT

EPILOG = """\
Create an inbox (prints export lines for eval):
  eval "$(tempmail-wait --new --lifetime 900)"
  ./sign-up.sh "$TEMPMAIL_ADDRESS"
Wait for the mail and print its code:
  code=$(tempmail-wait --token "$TEMPMAIL_TOKEN" --subject verify --timeout 120)
One inbox for many cases: send to LOCAL+signup@DOMAIN, then
  code=$(tempmail-wait --token "$TEMPMAIL_TOKEN" --tag signup)

Exit status: 0 found, 1 service error, 2 bad arguments, 3 timeout,
4 inbox gone (unknown, expired or deleted token), 5 no code/link in the message.
The service is --url or TEMPMAIL_URL; an API key is --api-key or TEMPMAIL_API_KEY.
"""


def parser() -> argparse.ArgumentParser:
    """Return the command line parser."""
    p = argparse.ArgumentParser(
        prog="tempmail-wait", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Wait for a message in a tempmail inbox and print its code or link.")
    p.add_argument("--url", help="service URL (default: $TEMPMAIL_URL)")
    p.add_argument("--api-key", help="API key for creating inboxes (default: $TEMPMAIL_API_KEY)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--token", help="the inbox's token (default: $TEMPMAIL_TOKEN)")
    which.add_argument("--new", action="store_true",
                       help="create an inbox, print `export TEMPMAIL_ADDRESS=... TEMPMAIL_TOKEN=...` lines"
                            " (or JSON with --print json) and exit")
    p.add_argument("--lifetime", type=_positive, help="with --new: seconds the inbox lives")
    p.add_argument("--domain", help="with --new: the domain of the address")
    p.add_argument("--name", help="with --new: the local part of the address")
    p.add_argument("--subdomain", help='with --new: "random" or your own label under --domain'
                                       " (where the service offers subdomain addresses)")
    p.add_argument("--style", choices=("random", "name", "words"),
                   help="with --new: how a random local part is drawn")
    p.add_argument("--tag", help="wait for mail sent to the plus-address LOCAL+TAG@DOMAIN"
                                 " of the inbox")
    p.add_argument("--subject", help="wait for a subject containing this text (any case)")
    p.add_argument("--from", dest="sender", help="wait for a sender containing this text")
    p.add_argument("--timeout", type=_positive, default=60.0,
                   help="seconds to wait in all (default: 60)")
    p.add_argument("--print", dest="show", choices=("code", "link", "json"), default="code",
                   help="what to print: the first code (default), the first action link,"
                        " or the whole message as JSON")
    return p


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds: {text!r}")
    return value


def main(argv: Optional[Sequence[str]] = None, environ: Optional[Mapping[str, str]] = None) -> int:
    """Run the command; return its exit status."""
    env = dict(os.environ if environ is None else environ)
    p = parser()
    args = p.parse_args(argv)
    if not args.new and (args.lifetime or args.domain or args.name or args.subdomain
                         or args.style):
        p.error("--lifetime, --domain, --name, --subdomain and --style go with --new")
    if args.new and args.tag is not None:
        p.error("--tag goes with waiting, not with --new (address: LOCAL+TAG@DOMAIN)")
    if args.tag is not None:
        try:
            check_tag(args.tag)
        except ValueError as exc:
            p.error(f"--tag: {exc}")
    token = args.token or env.get("TEMPMAIL_TOKEN") or None
    if not args.new and token is None:
        p.error("give --token (or set TEMPMAIL_TOKEN), or --new to create an inbox")
    try:
        client = Client(args.url, args.api_key, environ=env)
        if args.new:
            inbox = client.create_inbox(lifetime=args.lifetime, domain=args.domain,
                                        name=args.name, subdomain=args.subdomain,
                                        style=args.style)
            _say_new(inbox.address, inbox.token, args.show == "json")
            return EXIT_OK
        message = client.inbox(str(token)).wait_for(subject=args.subject, sender=args.sender,
                                               timeout=args.timeout, tag=args.tag)
    except errors.ConfigurationError as exc:
        p.error(str(exc))
    except errors.WaitTimeout as exc:
        return _fail(str(exc), EXIT_TIMEOUT)
    except errors.InboxGone as exc:
        return _fail(f"the inbox is gone: {exc.detail}", EXIT_GONE)
    except errors.TempmailError as exc:
        return _fail(f"{type(exc).__name__}: {exc.detail}", EXIT_ERROR)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    return _show(message, args.show)


def _say_new(address: str, token: str, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"address": address, "token": token}))
    else:
        print(f"export TEMPMAIL_ADDRESS={shlex.quote(address)}")
        print(f"export TEMPMAIL_TOKEN={shlex.quote(token)}")


def _show(message: Message, show: str) -> int:
    if show == "json":
        print(json.dumps(dict(message.data), ensure_ascii=False))
        return EXIT_OK
    found = message.code() if show == "code" else message.link()
    if found is None:
        what = "code" if show == "code" else "action link"
        return _fail(f"message {message.id} ({message.subject!r}) has no {what}",
                     EXIT_NOTHING_FOUND)
    print(found)
    return EXIT_OK


def _fail(text: str, status: int) -> int:
    sys.stderr.write(f"tempmail-wait: {text}\n")
    return status


def run(argv: Optional[list[str]] = None) -> None:
    """Entry point: run main and exit with its status."""
    sys.exit(main(argv))
