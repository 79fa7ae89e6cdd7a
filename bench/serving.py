"""A gunicorn (the project's gunicorn.conf.py) on a free 127.0.0.1 port for one benchmark."""

from contextlib import contextmanager
import shutil

from common import rss_kb  # noqa: F401  (first: puts tests/ on sys.path; shared here)
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


def worker_of(master):
    """Return the pid of the one worker of a gunicorn master."""
    with open(f"/proc/{master}/task/{master}/children") as children:
        pids = [int(pid) for pid in children.read().split()]
    if len(pids) != 1:
        raise RuntimeError(f"expected one gunicorn worker, found {pids}")
    return pids[0]
