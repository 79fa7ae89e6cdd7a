"""A gunicorn (the project's gunicorn.conf.py) on a free 127.0.0.1 port for one benchmark."""

from contextlib import contextmanager
import shutil

import common  # noqa: F401  (first: puts the project and tests/ on sys.path)
import helpers
from web import start_gunicorn


@contextmanager
def gunicorn():
    """Yield (master process, port, data folder); stop the master and remove the folder after."""
    data_dir = helpers.make_data_dir()
    port = helpers.free_port()
    server = start_gunicorn(data_dir, port)
    try:
        yield server, port, data_dir
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(data_dir, ignore_errors=True)


def rss_kb(pid):
    """Return the resident set size of process pid in KB (VmRSS)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def worker_of(master):
    """Return the pid of the one worker of a gunicorn master."""
    with open(f"/proc/{master}/task/{master}/children") as children:
        pids = [int(pid) for pid in children.read().split()]
    if len(pids) != 1:
        raise RuntimeError(f"expected one gunicorn worker, found {pids}")
    return pids[0]
