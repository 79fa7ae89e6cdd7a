"""Per-client limits, spool space and the disk reserve, with a real Exim and router."""

import os
import smtplib
import subprocess

import pytest

from tempmail import maildir, metrics

import helpers

pytestmark = pytest.mark.integration


@pytest.fixture
def make_exim():
    started = []

    def make(**options):
        path = helpers.make_data_dir()
        started.append(helpers.Exim(path, **options))
        return started[-1]
    yield make
    for daemon in started:
        daemon.stop()
        helpers.remove_tree(daemon.data_dir)


def rcpt_codes(exim, addresses):
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=30) as conn:
        conn.ehlo("client.test")
        conn.mail("s@example.org")
        return [conn.rcpt(address)[0] for address in addresses]


def spool_files(exim):
    folder = os.path.join(exim.data_dir, "exim", "spool", "db")
    return [os.path.join(folder, name) for name in os.listdir(folder)]


def test_a_client_over_its_rate_gets_450_and_exim_keeps_only_a_hash(make_exim):
    exim = make_exim(TM_RATE_LIMIT="5 / 1m")
    issued = exim.inboxes.create(domain=helpers.DOMAIN)
    assert rcpt_codes(exim, [issued.address] * 8) == [250] * 5 + [450] * 3
    assert metrics.read(exim.data_dir)["deferred_ratelimit"] == 3
    hints = [name for name in spool_files(exim) if "ratelimit" in name]
    assert hints
    for name in spool_files(exim):
        with open(name, "rb") as handle:
            data = handle.read()
        assert b"127.0.0.1" not in data and b"7f000001" not in data.lower()


def test_connections_over_the_per_host_limit_get_421(make_exim):
    exim = make_exim(TM_PER_HOST_MAX=2)
    held = [helpers.wait_for(lambda: _connect(exim.port), timeout=10) for _ in range(2)]
    try:
        with pytest.raises(smtplib.SMTPConnectError) as refused:
            smtplib.SMTP("127.0.0.1", exim.port, timeout=30)
        assert refused.value.smtp_code == 421
    finally:
        for conn in held:
            conn.quit()
    helpers.wait_for(lambda: _connect(exim.port), timeout=10).quit()


def _connect(port):
    """Return an open SMTP connection, or None while Exim still counts an earlier one."""
    try:
        return smtplib.SMTP("127.0.0.1", port, timeout=5)
    except smtplib.SMTPConnectError:
        return None


def test_too_little_spool_space_gets_452_at_mail(make_exim):
    exim = make_exim(TM_SPOOL_RESERVE="1000000G")
    with smtplib.SMTP("127.0.0.1", exim.port, timeout=30) as conn:
        conn.ehlo("client.test")
        code, _ = conn.mail("s@example.org")
    assert code == 452


@pytest.fixture
def small_disk():
    """A data folder whose mail/ is a 16 MiB tmpfs (mounting needs root)."""
    path = helpers.make_data_dir()
    mail = maildir.root_in(path)
    if os.geteuid() != 0:
        helpers.remove_tree(path)
        pytest.skip("mounting a tmpfs needs root; this run is not root, so the full-disk "
                    "tests did not run")
    stat = os.stat(mail)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m,mode=2770", "tmpfs", mail],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        helpers.remove_tree(path)
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()}); the full-disk "
                    f"tests did not run")
    os.chown(mail, -1, stat.st_gid)
    os.chmod(mail, 0o2770)
    yield path
    subprocess.run(["umount", mail], check=True)
    helpers.remove_tree(path)


def fill(folder, leave):
    """Write a filler file until at most leave bytes stay free; return its path."""
    path = os.path.join(folder, "filler")
    with open(path, "wb") as handle:
        try:
            while os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize > leave:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return path


def _start(path, reserve):
    return helpers.Exim(path, router_settings={"DISK_RESERVE": reserve})


def test_a_full_disk_defers_and_every_accepted_message_arrives_later(small_disk):
    exim = _start(small_disk, 0)
    try:
        issued = exim.inboxes.create(domain=helpers.DOMAIN)
        box = exim.inboxes.mailbox_path(issued.entry)
        filler = fill(maildir.root_in(small_disk), 0)
        with smtplib.SMTP("127.0.0.1", exim.port, timeout=30) as conn:
            for number in range(5):
                conn.sendmail("s@example.org", [issued.address],
                              b"Subject: %d\r\n\r\n" % number + b"x" * 20000 + b"\r\n")
        helpers.wait_for(lambda: b"insufficient storage" in exim.mainlog_bytes(), timeout=20)
        assert maildir.list_ids(box) == []
        os.unlink(filler)
        helpers.wait_for(lambda: len(maildir.list_ids(box)) >= 5, timeout=60)
        subjects = sorted(exim.inboxes.raw(issued.entry, m).split(b"Subject: ")[1][:1]
                          for m in maildir.list_ids(box))
        assert subjects == [b"0", b"1", b"2", b"3", b"4"]
    finally:
        exim.stop()


def test_below_the_disk_reserve_exim_answers_452_at_rcpt(small_disk):
    reserve = 4 * 1024 * 1024
    exim = _start(small_disk, reserve)
    try:
        issued = exim.inboxes.create(domain=helpers.DOMAIN)
        flag = os.path.join(small_disk, "router", "disk-low")
        filler = fill(maildir.root_in(small_disk), reserve // 2)
        helpers.wait_for(lambda: os.path.exists(flag), timeout=5)
        assert rcpt_codes(exim, [issued.address]) == [452]
        assert metrics.read(small_disk)["deferred_disk"] >= 1
        os.unlink(filler)
        helpers.wait_for(lambda: not os.path.exists(flag), timeout=5)
        assert rcpt_codes(exim, [issued.address]) == [250]
    finally:
        exim.stop()
