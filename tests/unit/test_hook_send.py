"""One POST (hook_send): connects to the checked address only, times out, follows no redirect,
checks TLS against the name; signatures verify with the Standard Webhooks verifier."""

import socket
import ssl
import subprocess
import threading
import time

import pytest
from standardwebhooks.webhooks import Webhook
from webhook_receiver import Receiver

from tempmail import hook_send
from tempmail.hook_target import Policy, check_url

LOOPBACK = Policy.parse("80,443", "127.0.0.1")


def test_signed_headers_verify_with_the_reference_verifier():
    secret = hook_send.new_secret()
    assert secret.startswith("whsec_")
    body = '{"type":"message.received","data":{"subject":"caf\u00e9"}}'.encode()
    headers = hook_send.signed_headers(secret, "msg_abc", body, time.time())
    assert headers["webhook-signature"].startswith("v1,")
    assert Webhook(secret).verify(body, headers)["data"]["subject"] == "caf\u00e9"


def test_the_connection_goes_to_the_given_address_with_the_name_as_host():
    receiver = Receiver()
    try:
        target = check_url(f"http://hooks.example:{receiver.port}/in?x=1",
                           Policy.parse(str(receiver.port), ""))
        asked = []

        def connector(address, timeout):
            asked.append((address, timeout))
            return socket.create_connection(address, timeout=timeout)
        from ipaddress import ip_address
        status = hook_send.post(target, ip_address("127.0.0.1"), b"{}", {"webhook-id": "m"},
                                connector=connector)
        assert status == 200
        assert asked == [(("127.0.0.1", receiver.port), hook_send.CONNECT_TIMEOUT)]
        [(_, headers, body, path)] = receiver.received
        assert headers["Host"] == f"hooks.example:{receiver.port}" and path == "/in?x=1"
        assert body == b"{}" and headers["webhook-id"] == "m"
    finally:
        receiver.stop()


def test_a_redirect_is_an_answer_not_followed():
    receiver = Receiver(answers=[302])
    try:
        target = check_url(receiver.url, LOOPBACK)
        assert hook_send.post(target, target.literal, b"{}", {}) == 302
        time.sleep(0.2)
        assert len(receiver.received) == 1
    finally:
        receiver.stop()


def test_a_server_that_never_answers_costs_the_total_timeout_only():
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    held = []
    accepting = threading.Thread(target=lambda: held.append(server.accept()), daemon=True)
    accepting.start()
    try:
        target = check_url(f"http://127.0.0.1:{port}/", LOOPBACK)
        started = time.monotonic()
        with pytest.raises(hook_send.SendFailed):
            hook_send.post(target, target.literal, b"{}", {}, total_timeout=0.5)
        assert time.monotonic() - started < 2.0
    finally:
        accepting.join(2)
        for conn, _ in held:
            conn.close()
        server.close()


def test_a_refused_connection_is_a_send_failure():
    port = socket.create_server(("127.0.0.1", 0))
    number = port.getsockname()[1]
    port.close()
    target = check_url(f"http://127.0.0.1:{number}/", LOOPBACK)
    with pytest.raises(hook_send.SendFailed):
        hook_send.post(target, target.literal, b"{}", {})


def test_https_sends_the_name_for_sni_and_checks_the_certificate(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=hooks.example", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    names = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def serve():
        conn, _ = server.accept()
        try:
            context.wrap_socket(conn, server_side=True).close()
        except (ssl.SSLError, OSError):
            pass  # the client refuses our self-signed certificate
        finally:
            conn.close()
    threading.Thread(target=serve, daemon=True).start()
    try:
        target = check_url(f"https://hooks.example:{port}/", Policy.parse(str(port), ""))
        from ipaddress import ip_address
        with pytest.raises(hook_send.SendFailed):
            hook_send.post(target, ip_address("127.0.0.1"), b"{}", {})
        deadline = time.monotonic() + 5
        while not names and time.monotonic() < deadline:
            time.sleep(0.01)
        assert names == ["hooks.example"]
    finally:
        server.close()
