"""Wake the threads waiting for mail: one watcher thread per process, not one poll per waiter.

A waiter registers the Maildir it waits on and blocks on an Event (no CPU, no
GIL). The watcher looks at every watched Maildir's state (maildir.state: two
stats) once per STEP and sets the Events of the mailboxes that changed, or
that vanished. Polling, not inotify: it sees deliveries made on another
machine over NFS too, and it costs a few microseconds per watched mailbox.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
import logging
import os
import threading
import time

from tempmail import maildir

log = logging.getLogger(__name__)

STEP = 0.05
"""Seconds between two looks at the watched Maildirs."""


class Watch:
    """One waiter's registration: wait() returns early once its Maildir changes.

    notify, when given, is called (from the watcher thread) at each change as
    well: an event loop passes a function that wakes its own waiter there
    (loop.call_soon_threadsafe), so a stream costs no thread.
    """

    def __init__(self, path: str, notify: Callable[[], None] | None = None) -> None:
        self.path = path
        self.event = threading.Event()
        self.notify = notify

    def clear(self) -> None:
        """Forget earlier changes (call before looking at the Maildir yourself)."""
        self.event.clear()

    def wait(self, timeout: float) -> bool:
        """Block up to timeout seconds; return True if the Maildir changed meanwhile."""
        return self.event.wait(max(0.0, timeout))


class Watcher:
    """The watched Maildirs of this process and the thread that looks at them."""

    def __init__(self, step: float = STEP) -> None:
        self.step = step
        self.lock = threading.Lock()
        self.someone = threading.Condition(self.lock)
        self.watches: dict[str, set[Watch]] = {}
        self.states: dict[str, tuple | None] = {}
        self.thread: threading.Thread | None = None
        self.sources: list[Callable[[Watcher], object]] = []
        self.started_in: int | None = None

    def add(self, path: str, notify: Callable[[], None] | None = None) -> Watch:
        """Register a waiter on the Maildir at path; start the thread if it is not running."""
        watch = Watch(path, notify)
        state = maildir.state(path)
        with self.lock:
            if path not in self.watches:
                self.watches[path], self.states[path] = set(), state
            self.watches[path].add(watch)
            if self.thread is None or not self.thread.is_alive():   # also after a fork
                self.thread = threading.Thread(target=self._run, name="mailwatch", daemon=True)
                self.thread.start()
                if self.started_in != os.getpid():
                    self.started_in = os.getpid()
                    for start in self.sources:
                        start(self)
            self.someone.notify()
        return watch

    def remove(self, watch: Watch) -> None:
        """Unregister a waiter."""
        with self.lock:
            waiting = self.watches.get(watch.path)
            if waiting is not None:
                waiting.discard(watch)
                if not waiting:
                    del self.watches[watch.path], self.states[watch.path]

    def wake(self, path: str) -> None:
        """Wake the waiters of the Maildir at path now (another node said mail arrived)."""
        with self.lock:
            woken = list(self.watches.get(path, ()))
        _fire(woken)

    def wake_all(self) -> None:
        """Wake every waiter, so each looks again (after news may have been lost)."""
        with self.lock:
            woken = [watch for waiting in self.watches.values() for watch in waiting]
        _fire(woken)

    def add_source(self, start: Callable[["Watcher"], object]) -> None:
        """Call start(self) once, when the thread first runs in this process (after a fork too).

        A source is another way to learn of new mail (tempmail.pgwake across nodes).
        """
        with self.lock:
            self.sources.append(start)

    def count(self) -> int:
        """Return how many waiters are registered."""
        with self.lock:
            return sum(len(waiting) for waiting in self.watches.values())

    def look(self) -> None:
        """Look at every watched Maildir once; wake the waiters of those that changed."""
        with self.lock:
            paths = list(self.watches)
        for path in paths:
            try:
                state = maildir.state(path)
            except OSError:
                state = None   # unreadable now (a permission changed): as good as gone
            woken: list[Watch] = []
            with self.lock:
                if path in self.watches and state != self.states[path]:
                    self.states[path] = state
                    woken = list(self.watches[path])
            _fire(woken)

    def _run(self) -> None:
        while True:
            with self.lock:
                while not self.watches:
                    self.someone.wait()
            self.look()
            time.sleep(self.step)


def _fire(woken: list[Watch]) -> None:
    """Set each watch's event and call its notify (outside the watcher's lock).

    A notify that fails (its event loop closed as a stream ended) is that waiter's
    problem: it must not end the one watcher thread every other waiter relies on.
    """
    for watch in woken:
        watch.event.set()
        if watch.notify is not None:
            try:
                watch.notify()
            except Exception:  # noqa: BLE001 - any failure of one waiter's callback
                log.debug("a waiter's wake-up failed", exc_info=True)


WATCHER = Watcher()


@contextmanager
def watching(path: str, register: bool = True) -> Iterator[Watch]:
    """Register a waiter on the Maildir at path for the block (a bare Watch if not register)."""
    if not register:
        yield Watch(path)
        return
    watch = WATCHER.add(path)
    try:
        yield watch
    finally:
        WATCHER.remove(watch)
