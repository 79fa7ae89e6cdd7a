"""CAPTCHA=pow under gunicorn with several workers (limits in Redis): a solved challenge is
accepted by exactly one worker, however many try it at once."""

from concurrent.futures import ThreadPoolExecutor
import os
import subprocess
import sys

import pytest

import helpers

pytestmark = pytest.mark.deploy
WORKERS = 3


@pytest.fixture(scope="module")
def workers():
    """gunicorn.conf.py with 3 workers on a 127.0.0.1 port, rate limits shared in Redis."""
    data_dir = helpers.make_data_dir()
    redis_port, http_port = helpers.free_port(), helpers.free_port()
    started = []
    try:
        redis = subprocess.Popen(["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1",
                                  "--save", "", "--appendonly", "no", "--dir", data_dir],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.append(redis)
        assert helpers.port_open(redis_port, redis), "redis-server did not start"
        env = dict(os.environ, TEMPMAIL_DATA_DIR=data_dir, TEMPMAIL_DOMAINS=helpers.DOMAIN,
                   TEMPMAIL_WORKERS=str(WORKERS), TEMPMAIL_BIND=f"127.0.0.1:{http_port}",
                   TEMPMAIL_RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{redis_port}/0",
                   TEMPMAIL_CREATE_LIMIT="1000 per hour", TEMPMAIL_CAPTCHA="pow",
                   TEMPMAIL_CAPTCHA_POW_COST="1", TEMPMAIL_CAPTCHA_POW_MAX_NUMBER="50")
        with open(os.path.join(data_dir, "gunicorn.log"), "wb") as log:
            gunicorn = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config",
                                         "gunicorn.conf.py", "wsgi:app"], cwd=helpers.ROOT,
                                        env=env, stdout=log, stderr=subprocess.STDOUT)
        started.append(gunicorn)
        assert helpers.port_open(http_port, gunicorn), "gunicorn did not start"
        helpers.wait_for(lambda: len(_worker_pids(gunicorn.pid)) == WORKERS, timeout=30)
        yield f"http://127.0.0.1:{http_port}", gunicorn
    finally:
        for process in reversed(started):
            helpers.stop_process(process)
        helpers.remove_tree(data_dir)


def _worker_pids(pid):
    with open(f"/proc/{pid}/task/{pid}/children") as handle:
        return handle.read().split()


def test_one_solution_is_accepted_once_across_gunicorn_workers(workers):
    url, gunicorn = workers
    assert len(_worker_pids(gunicorn.pid)) == WORKERS
    for _ in range(3):
        body = {"altcha": helpers.solved_pow(url)}
        with ThreadPoolExecutor(max_workers=12) as pool:
            answers = list(pool.map(helpers.json_call, [url + "/api/v1/inboxes"] * 12,
                                    [body] * 12))
        statuses = sorted(status for status, _ in answers)
        assert statuses == [201] + [400] * 11, answers
        assert all("already used" in body["detail"] for status, body in answers if status == 400)


def test_challenges_from_one_worker_are_accepted_by_the_others(workers):
    url, _ = workers
    payloads = [helpers.solved_pow(url) for _ in range(6)]
    assert [helpers.json_call(url + "/api/v1/inboxes", {"altcha": p})[0]
            for p in payloads] == [201] * 6
