"""Sign up to the demo app with a throwaway address and verify it with the mailed code.

Run the demo app (see README.md), then:

    TEMPMAIL_URL=http://127.0.0.1:8000 DEMO_URL=http://127.0.0.1:8080 pytest test_signup.py
"""

import json
import os
import urllib.error
import urllib.request
from typing import Any

import pytest

from tempmail_client import Inbox


@pytest.fixture
def demo_url() -> str:
    url = os.environ.get("DEMO_URL")
    if not url:
        pytest.fail("set DEMO_URL to the demo app (python demo_app.py prints it)", pytrace=False)
    return url.rstrip("/")


def post(url: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_sign_up_and_verify(temp_inbox: Inbox, demo_url: str) -> None:
    status, _ = post(demo_url + "/signup", {"email": temp_inbox.address})
    assert status == 201

    message = temp_inbox.wait_for(subject="verify your demo", sender="demo.example", timeout=60)
    code = message.code()
    assert code is not None and len(code) == 6
    link = message.link()
    assert link is not None and code in link

    assert post(demo_url + "/verify", {"email": temp_inbox.address, "code": "000000x"}) \
        == (403, {"verified": False})
    assert post(demo_url + "/verify", {"email": temp_inbox.address, "code": code}) \
        == (200, {"verified": True})
