"""Build stage only: remove from the virtualenv what no role of the image ever reads.

    python slim.py

Faker ships names, addresses, phone formats and more for about 90 languages (about
25 MB with its bytecode); tempmail reads only the person lists of the languages in
tempmail.address_styles.NAME_LOCALES and the English lorem word list, from the
modules address_styles imports. Those modules and the ones they import in turn are kept,
with what a plain faker.Faker() (English) imports, so the package still works as such;
every other language folder goes. The name and word lists are compared before and after:
if they differ in the least, the build fails.
"""

import os
import shutil
import subprocess
import sys

# Run in a fresh interpreter: the lists the address styles read, and the faker modules
# that reading imports.
PROBE = """
import hashlib, sys
import faker
from tempmail import address_styles as styles
faker.Faker().name()
lists = repr((styles.name_lists(), styles.word_list())).encode()
used = sorted(name for name in sys.modules if name.startswith("faker.providers."))
print(hashlib.sha256(lists).hexdigest(), len(styles.name_lists()), len(styles.word_list()), *used)
"""

def probe() -> tuple[str, int, int, set[str]]:
    """Return the lists' digest, their sizes and the faker modules they needed."""
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True).stdout.split()
    return out[0], int(out[1]), int(out[2]), set(out[3:])


def main() -> int:
    import faker
    digest, locales, words, used = probe()
    if not locales or not words:
        sys.stderr.write("slim.py: the address styles found no name or word lists\n")
        return 1
    root = os.path.join(os.path.dirname(faker.__file__), "providers")
    removed = 0
    for provider in sorted(os.listdir(root)):
        folder = os.path.join(root, provider)
        if not os.path.isdir(folder) or provider == "__pycache__":
            continue
        for language in sorted(os.listdir(folder)):
            path = os.path.join(folder, language)
            module = f"faker.providers.{provider}.{language}"
            if os.path.isdir(path) and language != "__pycache__" and module not in used:
                shutil.rmtree(path)
                removed += 1
    after = probe()[:3]
    if after != (digest, locales, words):
        sys.stderr.write(f"slim.py: the address styles' lists changed: {after} != "
                         f"{(digest, locales, words)}\n")
        return 1
    print(f"slim.py: removed {removed} Faker language folders; kept {locales} name lists "
          f"and {words} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
