"""A tiny sign-up app to test against: it mails a verification code over SMTP.

    python demo_app.py --smtp-port 2525 [--port 8080]

POST /signup {"email": "..."} sends "Verify your Demo account" with a six-digit code and
a link; POST /verify {"email": "...", "code": "..."} answers {"verified": true} when the
code is right. Listens on 127.0.0.1 only, keeps everything in memory, and prints
"listening on http://127.0.0.1:PORT" once it is ready (give --port 0 for a free port).
"""

import argparse
import json
import secrets
import smtplib
import threading
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SENDER = "Demo <no-reply@demo.example>"


class DemoApp(ThreadingHTTPServer):
    """The HTTP server with the pending codes and where to send mail."""

    daemon_threads = True

    def __init__(self, port: int, smtp: tuple[str, int]) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.smtp = smtp
        self.codes: dict[str, str] = {}
        self.lock = threading.Lock()
        self.url = f"http://127.0.0.1:{self.server_address[1]}"

    def sign_up(self, address: str) -> None:
        """Remember a new code for address and mail it there."""
        code = f"{secrets.randbelow(10**6):06d}"
        with self.lock:
            self.codes[address.lower()] = code
        message = EmailMessage()
        message["From"] = SENDER
        message["To"] = address
        message["Subject"] = "Verify your Demo account"
        message.set_content(
            f"Welcome to Demo!\n\nYour verification code is {code}.\n\n"
            f"Or confirm your account here: {self.url}/verify?code={code}\n")
        with smtplib.SMTP(*self.smtp, timeout=30) as connection:
            connection.send_message(message)

    def verify(self, address: str, code: str) -> bool:
        """Return True (and forget the code) if code is the one sent to address."""
        with self.lock:
            expected = self.codes.get(address.lower())
            if expected is None or not secrets.compare_digest(expected, code):
                return False
            del self.codes[address.lower()]
            return True


class Handler(BaseHTTPRequestHandler):
    server: DemoApp

    def do_POST(self) -> None:
        try:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            address = str(body["email"])
        except (ValueError, KeyError, TypeError):
            return self._answer(400, {"error": "send JSON with an 'email'"})
        if "\n" in address or "\r" in address or "@" not in address:
            return self._answer(400, {"error": "not an e-mail address"})
        if self.path == "/signup":
            try:
                self.server.sign_up(address)
            except (OSError, smtplib.SMTPException) as exc:
                return self._answer(502, {"error": f"could not send the mail: {exc}"})
            return self._answer(201, {"sent": True})
        if self.path == "/verify":
            verified = self.server.verify(address, str(body.get("code", "")))
            return self._answer(200 if verified else 403, {"verified": verified})
        return self._answer(404, {"error": "no such page"})

    def _answer(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep addresses out of the output


def main() -> None:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080, help="HTTP port on 127.0.0.1")
    parser.add_argument("--smtp-host", default="127.0.0.1", help="where to send mail")
    parser.add_argument("--smtp-port", type=int, default=25, help="the tempmail service's SMTP port")
    args = parser.parse_args()
    app = DemoApp(args.port, (args.smtp_host, args.smtp_port))
    print(f"listening on {app.url}", flush=True)
    try:
        app.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        app.server_close()


if __name__ == "__main__":
    main()
