"""The container's entry point and health check, without a container (tests/container runs them
for real): wrong command lines and settings get one line and status 2, never a traceback."""

import importlib.util
import os

import pytest

import helpers

FOLDER = os.path.join(helpers.ROOT, "deploy", "container")


def load(name):
    spec = importlib.util.spec_from_file_location(f"container_{name}", os.path.join(FOLDER, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


entrypoint = load("entrypoint")
healthcheck = load("healthcheck")


@pytest.fixture(autouse=True)
def settings(monkeypatch, data_dir):
    for name in list(os.environ):
        if name.startswith("TEMPMAIL_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("TEMPMAIL_DATA_DIR", data_dir)
    monkeypatch.setenv("TEMPMAIL_DOMAINS", helpers.DOMAIN)


@pytest.mark.parametrize("argv", [["mial"], ["web", "extra"], ["mail", "--now"], ["purge", "--now"],
                                  ["purge", "--once", "again"]])
def test_a_wrong_command_line_gets_the_usage(argv, capsys):
    assert entrypoint.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("tempmail: ") and "usage: ROLE" in err


def test_no_role_is_a_usage_error_and_help_is_not(capsys):
    assert entrypoint.main([]) == 2
    assert entrypoint.main(["--help"]) == 0
    assert "purge --once" in capsys.readouterr().out


@pytest.mark.parametrize("name, value", [("TEMPMAIL_PURGE_INTERVAL", "soon"),
                                         ("TEMPMAIL_PURGE_INTERVAL", "0"),
                                         ("TEMPMAIL_DOMAINS", "not a domain!")])
def test_a_bad_setting_gets_one_line(monkeypatch, capsys, name, value):
    monkeypatch.setenv(name, value)
    assert entrypoint.main(["purge"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tempmail: configuration error: ") and err.count("\n") == 1
    assert name in err


def test_a_volume_it_cannot_prepare_is_named_in_one_line(monkeypatch, capsys, data_dir):
    def refuse(path):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(entrypoint.eximctl, "prepare", refuse)
    assert entrypoint.main(["web"]) == 2
    err = capsys.readouterr().err
    assert data_dir in err and "start the container as root" in err and err.count("\n") == 1


def zombie(pid):
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0] == "Z"


def test_reap_collects_exited_children_and_names_ours():
    ours = os.posix_spawnp("true", ["true"], os.environ)
    stray = os.posix_spawnp("true", ["true"], os.environ)
    children = {ours: "router"}
    for pid in (ours, stray):   # wait until both are zombies, then one reap collects both
        helpers.wait_for(lambda pid=pid: zombie(pid))
    ended = entrypoint.reap(children)
    assert ended == ["router"] and children == {}
    with pytest.raises(ChildProcessError):
        os.waitpid(stray, os.WNOHANG)   # reaped too: no zombie left behind


def test_healthcheck_usage_and_an_unanswered_router(monkeypatch, capsys, data_dir):
    assert healthcheck.main([]) == 2
    assert capsys.readouterr().err.startswith("usage: ")
    assert healthcheck.main(["mail"]) == 1
    assert capsys.readouterr().err.startswith("unhealthy: the router socket does not answer")
    monkeypatch.setenv("TEMPMAIL_BIND", f"127.0.0.1:{helpers.free_port()}")
    assert healthcheck.main(["web"]) == 1
    assert "does not answer" in capsys.readouterr().err
