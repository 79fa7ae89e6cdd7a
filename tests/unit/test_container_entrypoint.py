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


@pytest.mark.parametrize("role, module", [("web", "gunicorn"), ("webhooks", "tempmail.webhook_worker"),
                                          ("streams", "tempmail.web.stream_server")])
def test_the_app_roles_exec_their_program_as_the_app_user(monkeypatch, role, module):
    calls = []
    monkeypatch.setattr(entrypoint, "prepare", lambda settings: calls.append(("prepare",)))
    monkeypatch.setattr(entrypoint, "drop_to", lambda user: calls.append(("drop_to", user)))
    monkeypatch.setattr(entrypoint.os, "chdir", lambda path: calls.append(("chdir", path)))

    def execv(path, argv):
        calls.append(("execv", argv))
        raise SystemExit(0)
    monkeypatch.setattr(entrypoint.os, "execv", execv)
    with pytest.raises(SystemExit):
        entrypoint.main([role])
    assert calls[:3] == [("prepare",), ("drop_to", "tempmail"), ("chdir", entrypoint.APP_DIR)]
    argv = calls[3][1]
    assert argv[1:3] == ["-m", module] and argv[0].endswith("/bin/python")


@pytest.mark.parametrize("argv", [["webhooks", "--data-dir", "/x"], ["streams", "now"]])
def test_the_new_roles_take_no_arguments(argv, capsys):
    assert entrypoint.main(argv) == 2
    assert "usage: ROLE" in capsys.readouterr().err


def test_the_usage_names_every_role(capsys):
    assert entrypoint.main(["--help"]) == 0
    out = capsys.readouterr().out
    for role in ("mail", "web", "webhooks", "streams", "purge", "flask"):
        assert f"\n  {role} " in out, role


def test_healthcheck_webhooks_reads_the_heartbeat(capsys, data_dir):
    assert healthcheck.main(["webhooks"]) == 1
    assert capsys.readouterr().err.startswith("unhealthy: no heartbeat from the webhook worker")
    path = healthcheck.hook_queue.alive_path(data_dir)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").close()
    assert healthcheck.main(["webhooks"]) == 0
    old = os.stat(path).st_mtime - 31
    os.utime(path, (old, old))
    assert healthcheck.main(["webhooks"]) == 1
    assert "last heartbeat is 31 s old" in capsys.readouterr().err


class Answer:
    """A one-thread HTTP server on 127.0.0.1 that answers every GET with one status."""

    def __init__(self, status):
        import http.server
        import threading

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.server.paths.append(self.path)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.server.paths = []
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("status, healthy", [(401, True), (503, False), (200, False), (404, False)])
def test_healthcheck_streams_wants_a_401_for_a_stream_without_a_token(monkeypatch, capsys,
                                                                     status, healthy):
    server = Answer(status)
    try:
        monkeypatch.setenv("TEMPMAIL_STREAM_BIND", f"0.0.0.0:{server.port}")
        assert healthcheck.main(["streams"]) == (0 if healthy else 1)
        assert server.server.paths == ["/api/v1/inbox/events"]
        if not healthy:
            assert f"answered {status}, not 401" in capsys.readouterr().err
    finally:
        server.close()


def test_healthcheck_streams_unanswered_and_on_a_unix_socket(monkeypatch, capsys):
    monkeypatch.setenv("TEMPMAIL_STREAM_BIND", f"127.0.0.1:{helpers.free_port()}")
    assert healthcheck.main(["streams"]) == 1
    assert "does not answer" in capsys.readouterr().err
    monkeypatch.setenv("TEMPMAIL_STREAM_BIND", "unix:/run/tempmail-stream/stream.sock")
    assert healthcheck.main(["streams"]) == 1
    assert "is a unix socket" in capsys.readouterr().err
