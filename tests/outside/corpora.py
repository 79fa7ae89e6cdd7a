"""Other projects' test mails, read where their Debian packages install them (never copied).

See tests/outside/README.md for each package, its licence and what it exercises.
A missing package is a failing test that names it, never a silent skip.
"""

import atexit
import email.message
import email.parser
import email.policy
import functools
import glob
import html
import os
import re
import shutil
import subprocess
import tempfile

GOCODE = "/usr/share/gocode/src/github.com"


NPM_PREFIX = "/usr/local/share/tempmail-outside"
"""Where `npm install --prefix` puts the npm packages read here (see README.md)."""


class Corpus:
    """One package's mails: where they land, which files are whole messages, which we take.

    A Debian package is named as it is; an npm one as "npm:name@version"."""

    def __init__(self, package, project, root, patterns, every=1):
        self.package, self.project, self.root = package, project, root
        self.patterns, self.every = patterns, every

    def problem(self) -> str | None:
        """Return why the corpus cannot be read, or None."""
        if self.package.startswith("npm:"):
            if not os.path.isdir(self.root):
                return (f"{self.package[4:]} is not installed: npm install --no-save "
                        f"--prefix {NPM_PREFIX} {self.package[4:]}")
            return None
        found = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", self.package],
                               capture_output=True, text=True)
        if "install ok installed" not in found.stdout or not os.path.isdir(self.root):
            return (f"{self.package} is not installed: apt-get install {self.package} "
                    f"(make test installs it with TEST_APT_PACKAGES)")
        return None

    def paths(self) -> list[str]:
        """Return the chosen message files, sorted, every n-th one."""
        names = sorted({path for pattern in self.patterns
                        for path in glob.glob(os.path.join(self.root, pattern))})
        return names[::self.every]


MJML_VERSION = "4.15.3"
MJML = f"{NPM_PREFIX}/mjml-{MJML_VERSION}/node_modules/.bin/mjml"
"""The MJML compiler, installed by `make test-deps` into a folder named for its version."""
MJML_SOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mjml")


class MjmlCorpus(Corpus):
    """Mails we wrote in MJML (tests/outside/mjml), compiled by the npm `mjml` at test time."""

    def problem(self) -> str | None:
        if not os.access(MJML, os.X_OK):
            return (f"mjml {MJML_VERSION} is not installed: npm install --no-save --prefix "
                    f"{NPM_PREFIX}/mjml-{MJML_VERSION} mjml@{MJML_VERSION} (make test-deps)")
        return None


@functools.lru_cache(maxsize=1)
def compiled_mjml() -> dict[str, str]:
    """Return {source path: HTML} of every MJML source, compiled once per process
    (strict validation: a source mjml refuses is an error, not a blank mail)."""
    sources = sorted(glob.glob(os.path.join(MJML_SOURCES, "*.mjml")))
    out = tempfile.mkdtemp(prefix="tempmail-mjml-")
    atexit.register(shutil.rmtree, out, True)
    subprocess.run([MJML, "--config.validationLevel=strict", "-o", out + "/", *sources],
                   check=True, capture_output=True, timeout=300)
    found = {}
    for source in sources:
        name = os.path.splitext(os.path.basename(source))[0] + ".html"
        with open(os.path.join(out, name), encoding="utf-8") as handle:
            found[source] = handle.read()
    return found


MJML_ANSWERS = {
    "signup-code-en": ("482913", ""), "signup-code-ja": ("508271", ""),
    "login-code-ru": ("713829", ""), "two-factor-tr": ("305918", ""),
    "password-reset-de": ("", "https://konto.fahrwerk.example/passwort/zuruecksetzen?token=f7Qx2LmP9"),
    "password-reset-fr": ("", "https://compte.librairie-vauban.example/mot-de-passe/nouveau?jeton=Yb31kQ"),
    "verify-email-ko": ("", "https://accounts.moabook.example/verify-email?code=kr9QpZ"),
    "welcome-it": ("", "https://club.bottegaclub.example/conferma-email?k=it31Xa"),
    "order-receipt-en": ("", ""), "order-receipt-es": ("", ""), "shipping-notice-nl": ("", ""),
    "shipping-notice-pt-BR": ("", ""), "invoice-pl": ("", ""), "newsletter-columns-en": ("", ""),
    "newsletter-ar": ("", ""), "newsletter-zh": ("", ""), "product-carousel-sv": ("", ""),
    "event-reminder-hi": ("", "https://seekhoghar.example/workshops/SG-44120/join"),
}
"""First code and first action link the API must show for each MJML mail ("" for none)."""


CORPORA = [
    Corpus("golang-github-jhillyerd-enmime-dev", "enmime",
           f"{GOCODE}/jhillyerd/enmime/testdata", ("mail/*.raw", "low-quality/*.raw",
                                                  "parts/*.raw")),
    # 2,404 ham mails (SpamAssassin's public corpus, as jwz ships it): every 20th.
    Corpus("golang-github-gatherstars-com-jwz-dev", "jwz",
           f"{GOCODE}/gatherstars-com/jwz/test/testdata/ham", ("*.eml",), every=20),
    # Foundation for Emails' templates as its build inlines them into tables: sent as HTML.
    Corpus("npm:foundation-emails@2.5.1", "foundation-emails",
           f"{NPM_PREFIX}/node_modules/foundation-emails/.download/templates", ("*.html",)),
    # Transactional mails and newsletters we wrote in MJML, compiled as a sender would.
    MjmlCorpus(f"npm:mjml@{MJML_VERSION}", "mjml", MJML_SOURCES, ("*.mjml",)),
]


def cases() -> list[tuple[Corpus, str | None]]:
    """Return (corpus, path) for every chosen message; (corpus, None) for a missing one."""
    found = []
    for corpus in CORPORA:
        if corpus.problem():
            found.append((corpus, None))
        else:
            found.extend((corpus, path) for path in corpus.paths())
    return found


def read_message(path: str) -> bytes:
    """Return the message in path as it would travel: an mbox `From ` line dropped, an
    HTML template wrapped as the newsletter a sender would make of it."""
    with open(path, "rb") as handle:
        raw = handle.read()
    if path.endswith(".mjml"):
        return _wrapped_mjml(path)
    if path.endswith(".html"):
        message = email.message.EmailMessage()
        message["From"] = "Newsletter <news@sender.example>"
        message["Subject"] = "Template " + os.path.basename(path)
        message.set_content(raw.decode("utf-8"), subtype="html")
        return message.as_bytes()
    if raw.startswith(b"From "):
        raw = raw.split(b"\n", 1)[1] if b"\n" in raw else b""
    return raw


def _wrapped_mjml(path: str) -> bytes:
    """Return an MJML source compiled and sent as its sender would: the HTML in UTF-8,
    quoted-printable, the subject its <title>, a brand's no-reply address."""
    page = compiled_mjml()[path]
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    stem = os.path.splitext(os.path.basename(path))[0]
    message = email.message.EmailMessage()
    message["From"] = f"{stem} <no-reply@{stem.lower()}.example>"
    message["Subject"] = html.unescape(title.group(1)).strip() if title else stem
    message["Message-ID"] = f"<{stem}.mjml@sender.example>"
    message.set_content(page, subtype="html", cte="quoted-printable")
    return message.as_bytes()


def as_wire(raw: bytes) -> bytes:
    """Return raw with CRLF line ends, as SMTP carries it (smtplib sends bytes unchanged)."""
    return re.sub(rb"\r\n|\r|\n", b"\r\n", raw)


# Exim's main options return_path_remove, envelope_to_remove and delivery_date_remove
# (all true by default; RFC 5321 s4.4: the delivering MTA writes its own Return-Path).
_REMOVED_AT_DELIVERY = (b"return-path:", b"envelope-to:", b"delivery-date:",
                        # a sender's own verdicts: Exim drops them (exim.conf, acl_check_mail)
                        b"authentication-results:", b"x-tempmail-spam-")


_FIELD = re.compile(rb"[!-9;-~]+[ \t]*:")


def as_stored(raw: bytes) -> bytes:
    """Return raw as Exim delivers it after SMTP: LF line ends, one final line end, a
    blank line where the header section ends, its own Return-Path and alike taken out,
    and the verdict headers a sender may not write (Authentication-Results, ours) gone."""
    text = re.sub(rb"\r\n|\r|\n", b"\n", raw)
    lines = (text if text.endswith(b"\n") else text + b"\n").splitlines(keepends=True)
    kept, dropping, position = [], False, 0
    for position, line in enumerate(lines):
        if line[:1] in (b" ", b"\t") and position > 0:
            pass  # a folded continuation of the field before
        elif _FIELD.match(line):
            dropping = line.lower().startswith(_REMOVED_AT_DELIVERY)
        else:
            break
        if not dropping:
            kept.append(line)
    else:
        position = len(lines)
    rest = lines[position:]
    return b"".join(kept + ([] if rest[:1] == [b"\n"] else [b"\n"]) + rest)


def declares_clean_text(raw: bytes) -> bool:
    """Tell whether every text part declares a charset its bytes really are in (no U+FFFD)."""
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
    parts = [part for part in message.walk() if part.get_content_maintype() == "text"]
    if not parts:
        return False
    for part in parts:
        charset = part.get_param("charset")
        payload = part.get_payload(decode=True)
        if not isinstance(charset, str) or payload is None:
            return False
        try:
            if "\ufffd" in payload.decode(charset.strip('"').lower()):
                return False
        except (LookupError, UnicodeDecodeError, ValueError):
            return False
    return True
