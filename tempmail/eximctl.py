"""Start the project's Exim for development and tests. Standard library only.

``prepare(data_dir)`` makes the data folder usable by the Exim user,
``command(...)`` returns the argv that runs the daemon with exim/exim.conf.
"""

import grp
import os
import pwd
import shutil

APP_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG = os.path.join(APP_DIR, "exim", "exim.conf")
PRIVILEGED_USER = "Debian-exim"


def exim_binary():
    """Return the path of the Exim binary; raise FileNotFoundError if none is installed."""
    for name in ("exim4", "exim"):
        found = shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")
        if found:
            return found
    raise FileNotFoundError("Exim is not installed (apt-get install exim4-daemon-heavy)")


def exim_identity():
    """Return (user, group) Exim runs as: Debian-exim when we are root, else ourselves."""
    if os.geteuid() == 0:
        return PRIVILEGED_USER, grp.getgrgid(pwd.getpwnam(PRIVILEGED_USER).pw_gid).gr_name
    return pwd.getpwuid(os.geteuid()).pw_name, grp.getgrgid(os.getegid()).gr_name


def prepare(data_dir):
    """Create data_dir and Exim's spool and log folders with the right owners."""
    user, group = exim_identity()
    gid = grp.getgrnam(group).gr_gid
    uid = pwd.getpwnam(user).pw_uid
    os.makedirs(data_dir, exist_ok=True)
    for path in (data_dir, os.path.join(data_dir, "mail")):
        os.makedirs(path, exist_ok=True)
        if os.geteuid() == 0:
            os.chown(path, -1, gid)
        os.chmod(path, 0o2770)
    for sub in ("exim", "exim/spool", "exim/log"):
        path = os.path.join(data_dir, sub)
        os.makedirs(path, exist_ok=True)
        if os.geteuid() == 0:
            os.chown(path, uid, gid)
        os.chmod(path, 0o2770)


MAX_MACROS = 10  # Exim refuses more -D options than this


def macros(data_dir, domains, app_dir=APP_DIR, logs=True, **extra):
    """Return the -D macro values for a development or test Exim.

    logs: write Exim's main and panic logs under data_dir/exim/log (they name
    addresses and client IPs, so the shipped default is no logs).
    """
    values = {
        "TM_DATA_DIR": os.path.abspath(data_dir),
        "TM_APP_DIR": app_dir,
        "TM_DOMAIN_LIST": " : ".join(domains),
        "TM_STATE_DIR": os.path.join(os.path.abspath(data_dir), "exim"),
        "TM_EXIM_USER": exim_identity()[0],
        "TM_EXIM_GROUP": exim_identity()[1],
    }
    if logs:
        values["TM_EXIM_LOG"] = os.path.join(os.path.abspath(data_dir), "exim", "log", "%slog")
    values.update({key: str(value) for key, value in extra.items()})
    if len(values) > MAX_MACROS:
        raise ValueError(f"Exim takes at most {MAX_MACROS} -D options, not {len(values)}")
    return values


def command(data_dir, port, domains, queue_interval="5s", listen="127.0.0.1", config=CONFIG,
            **extra):
    """Return the argv that runs Exim's daemon in the foreground for data_dir."""
    argv = [exim_binary(), "-C", config]
    for name, value in macros(data_dir, domains, **extra).items():
        argv.append(f"-D{name}={value}")
    return argv + ["-bdf", f"-q{queue_interval}", "-oX", f"{listen}.{port}"]


ROUTER_FILES = ("exim/router", "tempmail/__init__.py", "tempmail/router.py",
                "tempmail/registry.py", "tempmail/maildir.py", "tempmail/safedir.py",
                "tempmail/atomicfile.py", "tempmail/memo.py")


def stage_router(data_dir):
    """Return the app folder Exim's pipe should run the router from.

    Run as ourselves, that is this checkout. Run as root, Exim delivers as
    Debian-exim, which may not be able to enter the checkout (a clone under
    /root, say) nor write its __pycache__: copy the few files the router needs
    under the data folder and compile them there, readable by Exim's group.
    """
    import compileall
    if os.geteuid() != 0:
        compileall.compile_dir(os.path.join(APP_DIR, "tempmail"), quiet=1)
        return APP_DIR
    target = os.path.join(os.path.abspath(data_dir), "exim", "app")
    for relative in ROUTER_FILES:
        destination = os.path.join(target, relative)
        os.makedirs(os.path.dirname(destination), mode=0o755, exist_ok=True)
        shutil.copyfile(os.path.join(APP_DIR, relative), destination)
        os.chmod(destination, 0o644)
    compileall.compile_dir(os.path.join(target, "tempmail"), quiet=1)
    for folder, dirs, files in os.walk(target):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    return target
