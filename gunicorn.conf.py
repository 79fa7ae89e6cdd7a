"""gunicorn settings for tempmail (development and production; see docs/deploy.md).

Threads, not processes, carry the API's long polls (?wait= up to 60 s): a
waiting request sleeps in its thread, so 2 workers x 32 threads keep serving
other requests while dozens of test suites wait for mail.
"""

import os

bind = os.environ.get("TEMPMAIL_BIND", "unix:/run/tempmail/gunicorn.sock")
worker_class = "gthread"
workers = int(os.environ.get("TEMPMAIL_WORKERS", "2"))
# Rate limits kept in memory:// live in each worker: with several workers every
# limit would count several times over. Without shared storage (Redis), one worker.
if os.environ.get("TEMPMAIL_RATELIMIT_STORAGE_URI", "memory://").startswith("memory://"):
    workers = 1
threads = int(os.environ.get("TEMPMAIL_THREADS", "32"))
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
