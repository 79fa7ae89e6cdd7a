"""``python -m tempmail.doctor [--json]``: the doctor without Flask (when the app cannot start)."""

import argparse
import sys

from tempmail.doctor import GROUPS, failed, render, run


def main(argv: list[str] | None = None) -> int:
    """Run every check (or --only groups); print the report; return 1 on any failure."""
    parser = argparse.ArgumentParser(prog="python -m tempmail.doctor",
                                     description="Say why mail does not arrive.")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("--only", action="append", choices=sorted(GROUPS),
                        help="run only this group (repeatable)")
    parser.add_argument("--resolver", default="", help="DNS server, HOST or HOST:PORT")
    parser.add_argument("--url", default="", help="the site's URL for /healthz")
    parser.add_argument("--smtp-port", type=int, default=None, help="Exim's SMTP port")
    parser.add_argument("--purge-age", type=float, default=7200.0,
                        help="seconds since the last purge after which that check fails")
    args = parser.parse_args(argv)
    results = run(groups=args.only, resolver=args.resolver, url=args.url,
                  smtp_port=args.smtp_port, purge_max_age=args.purge_age)
    print(render(results, args.json))
    return 1 if failed(results) else 0


if __name__ == "__main__":
    sys.exit(main())
