"""Token buckets in memory, one per key: at most `rate` events per `period`, in bursts up to `rate`.

For a single resident process (the webhook worker); the web app's limits use
flask-limiter. Standard library only; not thread-safe (one caller thread).
"""


class Buckets:
    """One token bucket per key; full buckets are forgotten, so memory follows the busy keys."""

    def __init__(self, rate: int, period: float) -> None:
        self.capacity = float(rate)
        self.refill = rate / period          # tokens per second
        self.buckets: dict[str, tuple[float, float]] = {}   # key -> (tokens, at)

    def wait(self, key: str, now: float, take: bool = True) -> float:
        """Return 0 if an event for key may happen now (taking a token if take), else the
        seconds until it may."""
        tokens, at = self.buckets.get(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + max(0.0, now - at) * self.refill)
        if tokens < 1.0:
            self.buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.refill
        if take:
            tokens -= 1.0
        if tokens >= self.capacity:
            self.buckets.pop(key, None)
        else:
            self.buckets[key] = (tokens, now)
        if len(self.buckets) > 10000:
            self._forget_full(now)
        return 0.0

    def _forget_full(self, now: float) -> None:
        for key, (tokens, at) in list(self.buckets.items()):
            if tokens + (now - at) * self.refill >= self.capacity:
                del self.buckets[key]
