"""A small thread-safe LRU map, for results kept in memory per process."""

from collections import OrderedDict
import threading


class Memo:
    """A small thread-safe LRU map."""

    def __init__(self, size):
        self.size, self.items, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        """Return the value kept for key, or None."""
        with self.lock:
            value = self.items.get(key)
            if value is not None:
                self.items.move_to_end(key)
            return value

    def put(self, key, value):
        """Keep value for key, forgetting the least recently used past size."""
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def discard(self, key):
        """Forget key if it is kept."""
        with self.lock:
            self.items.pop(key, None)

    def keys(self):
        """Return the keys kept now (a copy)."""
        with self.lock:
            return list(self.items)

    def discard_where(self, doomed):
        """Forget every key for which doomed(key) is true."""
        with self.lock:
            for key in [key for key in self.items if doomed(key)]:
                del self.items[key]
