"""A webhook receiver on 127.0.0.1 for tests and the bench: records every POST, answers as told."""

import http.server
import threading
import time


class Receiver:
    """An HTTP server on 127.0.0.1:port in a thread.

    answers: statuses to give, one per request in order (then 200); "hang" holds
    the request open until release() (or 30 s) and then answers 200.
    """

    def __init__(self, port: int = 0, answers=()):
        self.answers = list(answers)
        self.received = []          # (monotonic time, headers dict, body bytes, path)
        self.wall = []              # time.time() of each arrival, in the same order
        self.arrived = threading.Condition()
        self.released = threading.Event()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with receiver.arrived:
                    answer = receiver.answers.pop(0) if receiver.answers else 200
                    receiver.received.append((time.monotonic(), dict(self.headers.items()),
                                              body, self.path))
                    receiver.wall.append(time.time())
                    receiver.arrived.notify_all()
                if answer == "hang":
                    receiver.released.wait(30)
                    answer = 200
                self.send_response(answer)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait(self, count: int, timeout: float = 30.0) -> list:
        """Wait until count requests arrived; return them all (AssertionError on timeout)."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self.received)} of {count} webhook POSTs arrived")
                self.arrived.wait(left)
            return list(self.received)

    def release(self) -> None:
        """Let hanging requests answer."""
        self.released.set()

    def stop(self) -> None:
        """Stop serving and close the port (a connection to it is then refused)."""
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
