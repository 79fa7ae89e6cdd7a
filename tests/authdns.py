"""DNS for the mail-authentication tests: a real DNS server Exim's resolver asks.

Exim (and libspf2 inside it) has no option naming a resolver: it reads
/etc/resolv.conf, which names servers on port 53. So the test server listens on
port 53 of a random loopback address (127.x.y.z: every one reaches lo on Linux,
so parallel runs do not collide), and Exim runs in its own mount namespace where
a resolv.conf naming that address is bind-mounted over /etc/resolv.conf.
"""

import base64
import json
import os
import secrets
import shutil
import subprocess
import tempfile

import dkim

from dnsserver import LocalDNS

_KEY_BITS = 1024  # a 1024-bit key's TXT record fits one UDP answer; Exim's minimum


def namespace_problem() -> str | None:
    """Return one sentence saying why Exim cannot get its own resolv.conf here, or None."""
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed, so Exim cannot be given its own resolv.conf"
    if os.geteuid() != 0:
        return ("the DKIM/SPF tests must run as root: Exim reads /etc/resolv.conf and only "
                "root can bind-mount a test one over it in a mount namespace (unshare --mount)")
    probe = subprocess.run(["unshare", "--mount", "--", "sh", "-c",
                            "mount --bind /dev/null /etc/hostname 2>&1 || mount --bind "
                            "/dev/null /etc/resolv.conf 2>&1"],
                           capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        return ("this machine refuses a mount namespace (unshare --mount + mount --bind: "
                f"{(probe.stdout + probe.stderr).strip()[:200]}), so Exim cannot be pointed "
                "at the test DNS server")
    return None


def _loopback() -> str:
    """Return a random 127.x.y.z address (not 127.0.0.1, which may have a resolver)."""
    return f"127.{secrets.randbelow(200) + 50}.{secrets.randbelow(250) + 1}.{secrets.randbelow(250) + 1}"


class ResolverDNS:
    """A LocalDNS on port 53 of a random loopback address, and a resolv.conf naming it."""

    def __init__(self, records=None):
        for _ in range(20):
            address = _loopback()
            try:
                self.dns = LocalDNS(records, address=address, port=53)
                break
            except OSError:
                continue
        else:
            raise RuntimeError("no free loopback address for the test DNS server on port 53")
        self.address = address
        handle, self.resolv_conf = tempfile.mkstemp(prefix="tm-resolv-", suffix=".conf")
        with os.fdopen(handle, "w") as out:
            out.write(f"nameserver {address}\noptions timeout:1 attempts:1\n")
        os.chmod(self.resolv_conf, 0o644)

    @property
    def records(self):
        return self.dns.records

    def txt(self, name: str, text: str) -> None:
        """Serve text as name's TXT record (split into 255-byte strings)."""
        chunks = [text[i:i + 255] for i in range(0, len(text), 255)] or [""]
        self.records.setdefault(name.lower(), []).append(("TXT", chunks))

    def argv_prefix(self) -> list[str]:
        """Return the argv prefix that runs a command with this resolv.conf as /etc/resolv.conf."""
        return ["unshare", "--mount", "--", "sh", "-c",
                'mount --bind "$0" /etc/resolv.conf && exec "$@"', self.resolv_conf]

    def stop(self) -> None:
        self.dns.stop()
        os.unlink(self.resolv_conf)


class DkimKey:
    """An RSA key made for one test: sign with it, publish its public half as TXT."""

    def __init__(self, domain: str, selector: str = "test"):
        self.domain, self.selector = domain, selector
        folder = tempfile.mkdtemp(prefix="tm-dkim-")
        try:
            private = os.path.join(folder, "key")
            subprocess.run(["openssl", "genrsa", "-out", private, str(_KEY_BITS)],
                           check=True, capture_output=True)
            der = subprocess.run(["openssl", "rsa", "-in", private, "-pubout", "-outform", "DER"],
                                 check=True, capture_output=True).stdout
            with open(private, "rb") as handle:
                self.private = handle.read()
        finally:
            shutil.rmtree(folder)
        self.record = "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()

    @property
    def name(self) -> str:
        return f"{self.selector}._domainkey.{self.domain}"

    def sign(self, message: bytes) -> bytes:
        """Return message with a DKIM-Signature header (relaxed/relaxed, rsa-sha256) prepended."""
        header = dkim.sign(message, self.selector.encode(), self.domain.encode(), self.private,
                           canonicalize=(b"relaxed", b"relaxed"),
                           include_headers=[b"from", b"to", b"subject", b"date", b"message-id"])
        return header + message


def outside_address():
    """Return a non-loopback IPv4 address of this machine to send from, or None.

    libspf2 passes every 127.0.0.0/8 client whatever the record says, so an SPF verdict
    is only tested from another address of the machine.
    """
    shown = subprocess.run(["ip", "-j", "-4", "addr"], capture_output=True, text=True, check=False)
    for link in json.loads(shown.stdout or "[]"):
        for info in link.get("addr_info", []):
            if not info.get("local", "").startswith("127."):
                return info["local"]
    return None
