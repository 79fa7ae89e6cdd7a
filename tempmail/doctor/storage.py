"""Storage: the data folder's owner and modes (the delivery user writes the Maildirs,
nobody else reads them), free space and inodes against the limits, the registry
file's integrity (through the service layer)."""

from collections.abc import Iterator
import grp
import os
import pwd
import stat

from tempmail import diskguard, eximctl
from tempmail.doctor.result import Context, Result, fail, ok, warn
from tempmail.inboxes import Inboxes, RegistryError

MAX_ENTRIES = 50_000      # folders and files looked at; the rest is sampled by the next run
MIN_FREE_INODES = 256     # one per message, four per new mailbox
WARN_INODE_SHARE = 0.05
MAILDIR_PARTS = ("tmp", "new", "cur")


class Account:
    """A user and its groups, to tell what it may do with a file."""

    def __init__(self, name: str):
        entry = pwd.getpwnam(name)
        self.name, self.uid = name, entry.pw_uid
        self.groups = {entry.pw_gid} | {g.gr_gid for g in grp.getgrall() if name in g.gr_mem}

    def may(self, info: os.stat_result, bits: int) -> bool:
        """Return whether this user has all of bits (as r=4, w=2, x=1) on info."""
        if self.uid == 0:
            return True
        if info.st_uid == self.uid:
            shift = 6
        elif info.st_gid in self.groups:
            shift = 3
        else:
            shift = 0
        return (stat.S_IMODE(info.st_mode) >> shift) & bits == bits


def checks(context: Context) -> Iterator[Result]:
    """Yield the data folder, Maildir, disk and registry results."""
    data_dir = context.settings["DATA_DIR"]
    try:
        info = os.stat(data_dir)
    except OSError as exc:
        yield fail("storage.data-dir", f"the data folder {data_dir} cannot be read "
                   f"({type(exc).__name__})", "create it as docs/deploy.md says "
                   "(install -d -o tempmail -g Debian-exim -m 2770 DATA_DIR)")
        return
    try:
        user = Account(eximctl.exim_identity()[0])
    except KeyError:
        yield fail("storage.data-dir", f"there is no user {eximctl.PRIVILEGED_USER} for Exim",
                   "apt-get install exim4-daemon-heavy (it creates the user)")
        return
    yield _data_dir(data_dir, info, user)
    yield _maildirs(os.path.join(data_dir, "mail"), user)
    yield from _disk(context)
    yield from _registry(context, user)


def _data_dir(data_dir: str, info: os.stat_result, user: Account) -> Result:
    mode = f"{stat.S_IMODE(info.st_mode):04o}"
    owner = _owner(info)
    try:
        eximctl.check_reachable(data_dir)
    except eximctl.Unreachable as exc:
        detail, _, fix = str(exc).partition(": ")
        return fail("storage.data-dir", detail, fix)
    if stat.S_IMODE(info.st_mode) & 0o007:
        return fail("storage.data-dir", f"{data_dir} ({owner}, mode {mode}) is open to other "
                    "users: it holds every inbox", f"chmod o-rwx {data_dir}")
    if not user.may(info, 0o3):
        return fail("storage.data-dir", f"{user.name} cannot write {data_dir} ({owner}, mode "
                    f"{mode}): Exim cannot read the registry in WAL mode",
                    f"chgrp {_group(user)} {data_dir} && chmod 2770 {data_dir}")
    return ok("storage.data-dir", f"{data_dir}: {owner}, mode {mode}")


def _maildirs(root: str, user: Account) -> Result:
    """Walk the mail folder without following links; count what the modes get wrong."""
    unwritable = open_to_others = folders = seen = 0
    try:
        top = os.lstat(root)
    except FileNotFoundError:
        return ok("storage.maildirs", "no mail folder yet (made with the first address)")
    except OSError as exc:
        return fail("storage.maildirs", f"cannot read {root} ({type(exc).__name__})",
                    "run the doctor as root or as the service user")
    stack = [(root, top, 0)]
    while stack and seen < MAX_ENTRIES:
        path, info, depth = stack.pop()
        seen += 1
        if stat.S_IMODE(info.st_mode) & 0o007:
            open_to_others += 1
        if not stat.S_ISDIR(info.st_mode):
            continue
        folders += 1
        # Deliveries write the mail folder, each Maildir and its tmp/new/cur; other
        # folders in a Maildir (the app's .cache) are the app's, and may be its alone.
        delivered = depth < 2 or (depth == 2 and os.path.basename(path) in MAILDIR_PARTS)
        if delivered and not user.may(info, 0o3):
            unwritable += 1
            continue
        try:
            names = os.listdir(path)
        except PermissionError:
            unwritable += delivered
            continue
        for name in names:
            child = os.path.join(path, name)
            try:
                child_info = os.lstat(child)
            except OSError:
                continue
            if not stat.S_ISLNK(child_info.st_mode):
                stack.append((child, child_info, depth + 1))
    scope = f"{folders} folders" + (" (the first ones)" if stack else "")
    if unwritable:
        return fail("storage.maildirs", f"{unwritable} of {scope} under {root} cannot be "
                    f"written by {user.name}: mail for them is deferred",
                    f"chgrp -R {_group(user)} {root} && chmod -R ug+rwX,o-rwx {root}")
    if open_to_others:
        return fail("storage.maildirs", f"{open_to_others} folders or files under {root} are "
                    "open to other users: anyone on this machine could read the mail",
                    f"chmod -R o-rwx {root}")
    return ok("storage.maildirs", f"{scope} under {root}: written by {user.name}, "
              "closed to other users")


def _disk(context: Context) -> Iterator[Result]:
    settings = context.settings
    data_dir = settings["DATA_DIR"]
    mail = os.path.join(data_dir, "mail")
    usage = os.statvfs(mail if os.path.isdir(mail) else data_dir)  # where deliveries write
    free = usage.f_bavail * usage.f_frsize
    reserve = settings["DISK_RESERVE"]
    need = reserve + settings["MAX_MESSAGE_SIZE"]
    flag = os.path.join(data_dir, "router", diskguard.FLAG_NAME)
    detail = f"{_size(free)} free where mail is written; the reserve (TEMPMAIL_DISK_RESERVE) " \
             f"is {_size(reserve)}"
    fix = "free space on that disk, or move DATA_DIR to a larger one (mail is refused below " \
          "the reserve plus one largest message)"
    if free < need or os.path.exists(flag):
        yield fail("storage.disk", detail + ": new mail is refused (452)", fix)
    elif free < need + settings["MAILBOX_MAX_BYTES"]:
        yield warn("storage.disk", detail + ": room for less than one full mailbox", fix)
    else:
        yield ok("storage.disk", detail)
    if not usage.f_files:
        yield ok("storage.inodes", "this file system does not count inodes")
        return
    detail = f"{usage.f_favail} of {usage.f_files} inodes free (one per message)"
    fix = "remove files on that disk or move DATA_DIR to a file system with more inodes"
    if usage.f_favail < MIN_FREE_INODES:
        yield fail("storage.inodes", detail + ": deliveries fail", fix)
    elif usage.f_favail < usage.f_files * WARN_INODE_SHARE:
        yield warn("storage.inodes", detail + ": running out", fix)
    else:
        yield ok("storage.inodes", detail)


def _registry(context: Context, user: Account) -> Iterator[Result]:
    inboxes = Inboxes(context.settings)
    path = inboxes.registry_file
    if path is None:     # the registry is a PostgreSQL database (TEMPMAIL_REGISTRY_URL)
        try:
            problems = inboxes.registry_problems()
        except RegistryError as exc:
            problems = [str(exc)]
        if problems:
            yield fail("storage.registry", f"the registry database: {problems[0][:160]}",
                       "check TEMPMAIL_REGISTRY_URL and that PostgreSQL runs (docs/scale-out.md)")
        else:
            yield ok("storage.registry", "the registry database answers and has its tables")
        return
    try:
        info = os.stat(path)
    except FileNotFoundError:
        yield fail("storage.registry", f"no registry file at {path}: Exim defers every recipient",
                   "start the web app (or run flask tempmail stats once): either creates it")
        return
    mode = f"{stat.S_IMODE(info.st_mode):04o}"
    if stat.S_IMODE(info.st_mode) & 0o007:
        yield fail("storage.registry", f"{path} (mode {mode}) is open to other users: it "
                   "lists every address", f"chmod 0660 {path}")
        return
    if not user.may(info, 0o6):
        yield fail("storage.registry", f"{user.name} cannot read and write {path} "
                   f"({_owner(info)}, mode {mode})", f"chgrp {_group(user)} {path} && "
                   f"chmod 0660 {path}")
        return
    try:
        problems = inboxes.registry_problems()
    except RegistryError as exc:
        problems = [str(exc)]
    if problems:
        yield fail("storage.registry", f"{path} is damaged: {problems[0][:160]}",
                   "stop the services, move the file aside (addresses then start afresh) "
                   "or repair it with sqlite3 .recover")
    else:
        yield ok("storage.registry", f"{path}: integrity check passed ({_owner(info)}, mode {mode})")


def _owner(info: os.stat_result) -> str:
    try:
        user = pwd.getpwuid(info.st_uid).pw_name
    except KeyError:
        user = str(info.st_uid)
    try:
        group = grp.getgrgid(info.st_gid).gr_name
    except KeyError:
        group = str(info.st_gid)
    return f"{user}:{group}"


def _group(user: Account) -> str:
    return grp.getgrgid(pwd.getpwnam(user.name).pw_gid).gr_name


def _size(count: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if count < 1024:
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} TiB"
