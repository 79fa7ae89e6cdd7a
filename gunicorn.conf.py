"""gunicorn settings for tempmail (development and production; see docs/deploy.md).

Threads, not processes, carry the API's long polls (?wait= up to 60 s): a
waiting request sleeps in its thread (woken by tempmail/mailwatch.py, no
polling of its own). The pool is TEMPMAIL_THREADS for the site and the API
plus TEMPMAIL_MAX_WAITERS for waiting requests; the app answers a waiter past
that bound 503 with Retry-After (tempmail/web/waiters.py), so waiting clients
can never take the threads the site needs. The live inbox's event streams,
held open for as long as someone watches, are not served here but by the
stream service on an event loop (tempmail/web/stream_server.py).
"""

import os

bind = os.environ.get("TEMPMAIL_BIND", "unix:/run/tempmail/gunicorn.sock")
worker_class = "gthread"
workers = int(os.environ.get("TEMPMAIL_WORKERS", "2"))
# Rate limits kept in memory:// live in each worker: with several workers every
# limit would count several times over. Without shared storage (Redis), one worker.
if os.environ.get("TEMPMAIL_RATELIMIT_STORAGE_URI", "memory://").startswith("memory://"):
    workers = 1
_max_waiters = int(os.environ.get("TEMPMAIL_MAX_WAITERS", "500"))  # web/waiters.py reads it too
threads = int(os.environ.get("TEMPMAIL_THREADS", "32")) + _max_waiters
worker_connections = max(1000, 2 * threads)   # gthread: open connections per worker
timeout = 90                 # > the longest ?wait= (60 s)
graceful_timeout = 10
keepalive = 5
control_socket_disable = True
# Privacy: no access log (it would hold client IPs and paths); errors only.
accesslog = None
errorlog = "-"
logger_class = "tempmail.weblog.PrivateLogger"   # no client address in the error log
loglevel = "warning"
forwarded_allow_ips = "127.0.0.1,::1"
