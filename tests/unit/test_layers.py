"""Who may import whom (docs/architecture.md): checked on the source, so it stays true."""

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "tempmail"
FACES = sorted(PACKAGE.glob("web/*.py")) + [PACKAGE / "cli.py"]
BELOW_THE_SERVICE = {"maildir", "safedir", "atomicfile", "rendering", "rendercache", "registry",
                     "registry_sqlite", "delivery", "mimestream", "partdecode", "mailwatch",
                     "messages", "sanitize", "extract", "code_scan", "code_words", "code_checks", "links",
                     "htmlwalk", "sqlitefile",
                     "registry_pg", "registry_migrate", "pgwake", "crossnode",
                     "sealing", "sealedstore"}
BELOW_THE_SERVICE |= {"listentry", "hook_rows", "hook_record", "hook_queue", "hook_target",
                      "hook_send", "webhook_worker", "ratewindow"}
BELOW_THE_SERVICE |= {"authresults", "dmarc", "spamscore", "received_checks"}  # issue 20
BELOW_THE_SERVICE |= {"link_words", "link_lexicon"}  # the words of links
MAIL_PATH = ["router.py", "registry.py", "registry_sqlite.py", "registry_pg.py", "maildir.py",
             "safedir.py", "pgwake.py",
             "atomicfile.py", "delivery.py", "diskguard.py", "lmtp_service.py", "lmtp_handler.py",
             "lmtp_protocol.py", "lmtp_status.py", "texts.py",
             "addresses.py", "subdomains.py", "config.py", "memo.py", "sealing.py"]
MAIL_PATH += ["hook_rows.py", "hook_record.py", "hook_queue.py", "hook_target.py", "listentry.py"]


def imported(path: pathlib.Path) -> set[str]:
    """Return the dotted names a module imports (from x import y gives x and x.y)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("face", FACES, ids=lambda path: path.name)
def test_faces_reach_the_mail_only_through_the_service_layer(face):
    reached = {name.split(".")[1] for name in imported(face)
               if name.startswith("tempmail.") and name.count(".") >= 1}
    assert reached & BELOW_THE_SERVICE == set()


@pytest.mark.parametrize("name", MAIL_PATH)
def test_the_mail_path_never_imports_the_web_stack(name):
    path = PACKAGE / name
    if not path.exists():
        pytest.fail(f"{name} is gone: update MAIL_PATH")
    names = imported(path)
    assert not {n for n in names if n.split(".")[0] in ("flask", "werkzeug", "jinja2", "bleach")}
    assert not {n for n in names if n.startswith("tempmail.web") or n == "tempmail.inboxes"}


# The doctor (tempmail/doctor/) is an operator tool: like a face it reaches the registry
# and the Maildirs only through the service layer; like the mail path it never imports
# Flask or the web app, so `python -m tempmail.doctor` runs when the app cannot start.
DOCTOR = sorted(PACKAGE.glob("doctor/*.py"))


def test_the_doctor_is_there():
    assert {path.name for path in DOCTOR} >= {"__init__.py", "dns.py", "exim.py", "storage.py",
                                              "lifecycle.py", "web.py", "result.py"}


@pytest.mark.parametrize("module", DOCTOR, ids=lambda path: path.name)
def test_the_doctor_goes_through_the_service_layer_and_never_the_web(module):
    names = imported(module)
    reached = {name.split(".")[1] for name in names
               if name.startswith("tempmail.") and name.count(".") >= 1}
    assert reached & BELOW_THE_SERVICE == set()
    assert not {n for n in names if n.split(".")[0] in ("flask", "werkzeug", "jinja2", "bleach")}
    assert not {n for n in names if n.startswith("tempmail.web")}
ROUTER_SERVICE = {"lmtp_service", "lmtp_handler", "lmtp_protocol", "router"}


@pytest.mark.parametrize("face", FACES, ids=lambda path: path.name)
def test_faces_never_import_the_router_service(face):
    # web/streams.py and web/stream_server.py run in a process of their own, yet are faces too
    reached = {name.split(".")[1] for name in imported(face)
               if name.startswith("tempmail.") and name.count(".") >= 1}
    assert reached & ROUTER_SERVICE == set()


def test_the_stream_service_is_a_face():
    names = {path.name for path in FACES}
    assert {"streams.py", "stream_server.py", "sse.py", "devproxy.py"} <= names
