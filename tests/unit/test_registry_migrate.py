"""Moving the registry file into PostgreSQL: nothing lost, tombstones kept, safe to rerun."""

import pytest

from tempmail.registry import AddressTaken
from tempmail.registry_migrate import MigrationError, migrate
from tempmail.registry_pg import PostgresRegistry
from tempmail.registry_sqlite import SQLiteRegistry


@pytest.fixture
def filled(tmp_path):
    reg = SQLiteRegistry(tmp_path / "registry.sqlite3").init()
    reg.add("live@tm.test", "a" * 32, "token-live", 600, idle_limit=300)
    reg.add("other@tm.test", "b" * 32, "token-other", 600)
    reg.put_webhook("other@tm.test", "https://hooks.example/x", "whsec_abc", allowed=True)
    reg.add("gone@tm.test", "c" * 32, "token-gone", 600)
    reg.retire("gone@tm.test")
    return reg


def test_live_addresses_tokens_and_tombstones_arrive(filled, tmp_path, pg_server):
    url = pg_server.create_database()
    moved = migrate(str(tmp_path), url)
    assert (moved.addresses, moved.tombstones, moved.revoked) == (2, 1, 0)
    target = PostgresRegistry(url)
    try:
        entry = target.lookup("live@tm.test")
        assert entry == filled.lookup("live@tm.test")          # every field, idle limit too
        assert target.by_token("token-other").address == "other@tm.test"
        assert target.webhook("other@tm.test") == filled.webhook("other@tm.test")
        assert target.lookup("gone@tm.test") is None
        with pytest.raises(AddressTaken):
            target.add("gone@tm.test", "d" * 32, "t", 60)     # retired in the file: never again
    finally:
        target.close()


def test_a_rerun_copies_nothing_twice_and_carries_later_retirements(filled, tmp_path, pg_server):
    url = pg_server.create_database()
    migrate(str(tmp_path), url)
    filled.retire("other@tm.test")                            # retired after the first run
    filled.add("new@tm.test", "e" * 32, "token-new", 600)
    moved = migrate(str(tmp_path), url)
    assert (moved.addresses, moved.tombstones, moved.revoked) == (1, 1, 1)
    target = PostgresRegistry(url)
    try:
        assert target.lookup("other@tm.test") is None
        assert target.lookup("new@tm.test") is not None
        assert target.counts() == (2, 0, 2)
    finally:
        target.close()


def test_a_database_holding_another_registry_is_refused(filled, tmp_path, pg_server):
    url = pg_server.create_database()
    other = PostgresRegistry(url).init()
    other.add("someone@tm.test", "f" * 32, "t", 60)
    other.close()
    with pytest.raises(MigrationError, match="another registry"):
        migrate(str(tmp_path), url)


def test_no_registry_file_is_a_clear_error(tmp_path, pg_server):
    with pytest.raises(MigrationError, match="no registry file"):
        migrate(str(tmp_path / "empty"), pg_server.create_database())


def test_the_cli_migrates_and_refuses_a_wrong_url(app, runner, pg_server):
    service = app.extensions["tempmail"]
    issued = service.create(lifetime=600)
    url = pg_server.create_database()
    result = runner.invoke(args=["tempmail", "registry", "migrate", "--to", url])
    assert result.exit_code == 0, result.output
    assert "copied 1 addresses and 0 tombstones" in result.output
    assert issued.address not in result.output                # counts only
    target = PostgresRegistry(url)
    assert target.lookup(issued.address) is not None
    target.close()
    wrong = runner.invoke(args=["tempmail", "registry", "migrate", "--to", "mysql://x/y"])
    assert wrong.exit_code == 2 and "postgresql://" in wrong.output
