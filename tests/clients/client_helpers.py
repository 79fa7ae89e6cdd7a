"""Helpers for the Python client's tests: a scripted fake API, and mail sent into the stack."""

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import json
import threading


class FakeApi(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 that answers from a script and records every request."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _FakeHandler)
        self.script = []
        self.requests = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"

    def answer(self, status, body=None, headers=None, raw=None):
        """Queue one response: a JSON body (or raw bytes) with headers."""
        data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
        self.script.append((status, dict(headers or {}), data))

    def problem(self, status, detail, headers=None):
        """Queue one application/problem+json response."""
        self.answer(status, {"type": "about:blank", "title": "x", "status": status,
                             "detail": detail},
                    dict({"Content-Type": "application/problem+json"}, **(headers or {})))


class _FakeHandler(BaseHTTPRequestHandler):
    server: FakeApi

    def _serve(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.server.requests.append({"method": self.command, "path": self.path,
                                     "headers": self.headers,
                                     "body": self.rfile.read(length) if length else b""})
        status, headers, data = self.server.script.pop(0) if self.server.script else \
            (500, {}, b'{"detail": "the fake API ran out of answers"}')
        self.send_response(status)
        headers.setdefault("Content-Type", "application/json")
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_DELETE = _serve

    def log_message(self, format, *args):
        pass


def send_later(stack, address, message, delay):
    """Send message to address over the stack's SMTP after delay seconds; return the timer."""
    timer = threading.Timer(delay, stack.send, (address, message))
    timer.start()
    return timer


def mail(subject, body, sender="Acme <no-reply@acme.example>"):
    """Return a plain-text message as bytes."""
    return (f"From: {sender}\r\nTo: someone\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
