"""Fixtures for the Python client's tests: a scripted fake API, clients of the stack."""

import threading

from client_helpers import FakeApi
import pytest


@pytest.fixture
def fake_api():
    server = FakeApi()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def client(stack):
    from tempmail_client import Client
    return Client(stack.url, environ={})


@pytest.fixture
def inbox(client):
    with client.create_inbox(lifetime=600) as created:
        yield created
