import pytest

from tempmail import create_app

import helpers


@pytest.fixture
def data_dir():
    path = helpers.make_data_dir()
    yield path
    helpers.remove_tree(path)


@pytest.fixture
def app(data_dir):
    return create_app({"DATA_DIR": data_dir, "DOMAINS": f"{helpers.DOMAIN},{helpers.OTHER_DOMAIN}",
                       "TESTING": True, "RATELIMIT_STORAGE_URI": "memory://"})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture(scope="module")
def exim():
    """A real Exim shared by one test module, with its own data folder."""
    path = helpers.make_data_dir()
    daemon = helpers.Exim(path, TM_MAILBOX_CAP=1000, TM_LOCK_WAIT=1)
    yield daemon
    daemon.stop()
    helpers.remove_tree(path)


@pytest.fixture(scope="session")
def stack():
    """`make run`'s stack (tempmail.devserver: Exim + gunicorn) on free 127.0.0.1 ports."""
    running = helpers.Stack()
    yield running
    running.stop()
    helpers.remove_tree(running.data_dir)


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server on 127.0.0.1 for the whole session (tempmail/pgserver.py)."""
    from tempmail import pgserver
    server = pgserver.PostgresServer().start()
    yield server
    server.destroy()
