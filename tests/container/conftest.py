"""The shipped compose stack, up once for the container tests (see containerstack.py)."""

from containerstack import Stack, usable_or_fail
import pytest


@pytest.fixture(scope="session")
def stack():
    usable_or_fail()
    started = Stack()
    try:
        started.up()
        yield started
    finally:
        started.remove()
