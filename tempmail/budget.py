"""Work budgets for passes over message text: a deadline that long loops check.

The clock is the calling thread's CPU time, not the wall clock: a budget
measures how much work a message costs, so a busy machine (other requests
holding the CPU or the GIL) never makes an ordinary message look too costly,
and a result cached as "too costly" is a fact about the message.
"""

import time


class OverBudget(Exception):
    """The work took more than its budget; the caller shows the raw source instead."""


class Deadline:
    """A CPU-time budget for the current thread; check() raises OverBudget once it is spent."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.thread_time() + seconds

    def expired(self) -> bool:
        """Return True once the budget is spent."""
        return time.thread_time() > self.at

    def check(self) -> None:
        """Raise OverBudget once the budget is spent; else let other threads run a moment."""
        if time.thread_time() > self.at:
            raise OverBudget(f"more than {self.seconds:g}s of work")
        time.sleep(0)  # releases the GIL: a plain request on this worker need not wait 5 ms


class _Never(Deadline):
    def __init__(self) -> None:
        self.seconds, self.at = float("inf"), float("inf")

    def expired(self) -> bool:
        return False

    def check(self) -> None:
        return None


NEVER = _Never()
"""A deadline that never comes: for callers that want no budget (tests, the CLI)."""
