"""pytest plugin (entry point pytest11): the `temp_inbox` fixture, deleted after each test.

The service comes from TEMPMAIL_URL / TEMPMAIL_API_KEY, else from the ini options
`tempmail_url` / `tempmail_api_key`. `@pytest.mark.tempmail(lifetime=..., domain=...,
name=...)` sets how a test's inbox is made.
"""

import os
from collections.abc import Iterator
from typing import Optional

import pytest

from tempmail_client.client import Client, Inbox


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the ini options naming the service."""
    parser.addini("tempmail_url", "tempmail service URL (TEMPMAIL_URL wins if set)", default="")
    parser.addini("tempmail_api_key", "tempmail API key (TEMPMAIL_API_KEY wins if set)",
                  default="")


def pytest_configure(config: pytest.Config) -> None:
    """Register the tempmail marker."""
    config.addinivalue_line(
        "markers", "tempmail(lifetime=None, domain=None, name=None): how temp_inbox is made")


def _setting(config: pytest.Config, env_name: str, ini_name: str) -> Optional[str]:
    value = os.environ.get(env_name) or str(config.getini(ini_name) or "").strip()
    return value or None


@pytest.fixture(scope="session")
def tempmail_client(pytestconfig: pytest.Config) -> Client:
    """Return a Client for the configured service; fail the test clearly if none is set."""
    url = _setting(pytestconfig, "TEMPMAIL_URL", "tempmail_url")
    if url is None:
        pytest.fail("temp_inbox needs a tempmail service: set TEMPMAIL_URL or the ini option"
                    " tempmail_url", pytrace=False)
    return Client(url, _setting(pytestconfig, "TEMPMAIL_API_KEY", "tempmail_api_key"))


@pytest.fixture
def temp_inbox(request: pytest.FixtureRequest, tempmail_client: Client) -> Iterator[Inbox]:
    """Yield a new inbox for this test and delete it afterwards."""
    marker = request.node.get_closest_marker("tempmail")
    options = dict(marker.kwargs) if marker else {}
    with tempmail_client.create_inbox(**options) as inbox:
        yield inbox
