"""`python -m tempmail_client`: the tempmail-wait command."""

from tempmail_client.cli import run

run()
