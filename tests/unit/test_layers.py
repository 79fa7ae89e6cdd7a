"""Who may import whom (docs/architecture.md): checked on the source, so it stays true."""

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "tempmail"
FACES = sorted(PACKAGE.glob("web/*.py")) + [PACKAGE / "cli.py"]
BELOW_THE_SERVICE = {"maildir", "safedir", "atomicfile", "rendering", "rendercache", "registry",
                     "registry_sqlite", "delivery", "mimestream", "partdecode", "mailwatch",
                     "messages", "sanitize", "extract", "links", "htmlwalk", "sqlitefile",
                     "sealing", "sealedstore"}
MAIL_PATH = ["router.py", "registry.py", "registry_sqlite.py", "maildir.py", "safedir.py",
             "atomicfile.py", "delivery.py", "diskguard.py", "lmtp_service.py", "lmtp_handler.py",
             "lmtp_protocol.py", "lmtp_status.py", "texts.py",
             "addresses.py", "config.py", "memo.py", "sealing.py"]


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
