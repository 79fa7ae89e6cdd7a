"""Rendering fidelity: the original HTML of a mail against our sanitized frame, as pixels.

    python bench/fidelity.py [--limit 80] [--out /tmp/tempmail-fidelity]

Each HTML mail (Foundation for Emails' templates, tests/data, then the outside corpora
where installed) is rendered twice
by headless Chromium at the same width, remote loads blocked in both (every host name
resolves to nothing) and scripts off (a CSP in both pages): once as the sender wrote it, once as our frame
shows it (sanitize.sanitize, remote content blocked, the default). The two screenshots
are compared with SSIM (scikit-image's structural_similarity, on grey levels). Prints
the distribution and writes the worst five side by side (original left) to OUT.
Needs Debian's chromium and `pip install scikit-image pillow`.
"""

import argparse
import glob
import os
import statistics
import subprocess
import tempfile

from tempmail import messages, sanitize

from common import ROOT

WIDTH, HEIGHT = 800, 1400
# The frame's own page around the sanitized body (tempmail/web/pages.py, frame()); the
# original gets the same, so only what sanitizing changed can differ.
PAGE = ('<!doctype html><html><head><meta charset="utf-8"><meta http-equiv='
        '"Content-Security-Policy" content="script-src \'none\'"><style>body{{margin:0;padding:16px;'
        'font-family:system-ui,sans-serif;background:#fff;color:#111;overflow-wrap:anywhere}}'
        'img{{max-width:100%;height:auto}}</style></head><body>{}</body></html>')
SOURCES = ["/usr/local/share/tempmail-outside/node_modules/foundation-emails/.download/templates/"
           "*.html",
           os.path.join(ROOT, "tests", "data", "*.eml"),
           "/usr/share/gocode/src/github.com/jhillyerd/enmime/testdata/*/*.raw",
           "/usr/share/gocode/src/github.com/gatherstars-com/jwz/test/testdata/ham/*.eml"]
CHROMIUM = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--window-size={WIDTH},{HEIGHT}", "--default-background-color=ffffffff"]


def html_mails(limit):
    """Yield (name, original HTML) of the first limit mails that have an HTML body."""
    count = 0
    for pattern in SOURCES:
        for path in sorted(glob.glob(pattern)):
            with open(path, "rb") as handle:
                data = handle.read()
            if path.endswith(".html"):  # a template as its package ships it
                html = data.decode("utf-8", "replace")
            else:
                view = messages.parse(data)
                html = view.html if view.ok else None
            if html and html.strip():
                yield os.path.relpath(path, ROOT) if path.startswith(ROOT) else path, html
                count += 1
                if count >= limit:
                    return


def screenshot(html, folder, name):
    """Render html in headless Chromium and return the PNG's path."""
    page, image = os.path.join(folder, name + ".html"), os.path.join(folder, name + ".png")
    with open(page, "w", encoding="utf-8") as handle:
        handle.write(html)
    subprocess.run([*CHROMIUM, f"--screenshot={image}", "file://" + page], check=True,
                   capture_output=True, timeout=60)
    return image


def similarity(left, right):
    """Return the SSIM of two screenshots on grey levels."""
    import numpy
    from PIL import Image
    from skimage.metrics import structural_similarity
    a = numpy.asarray(Image.open(left).convert("L"))
    b = numpy.asarray(Image.open(right).convert("L"))
    return float(structural_similarity(a, b, data_range=255))


def side_by_side(left, right, target):
    from PIL import Image
    a, b = Image.open(left), Image.open(right)
    both = Image.new("RGB", (a.width + b.width + 8, max(a.height, b.height)), "red")
    both.paste(a, (0, 0))
    both.paste(b, (a.width + 8, 0))
    both.save(target)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument("--out", default="/tmp/tempmail-fidelity")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    scores = []
    with tempfile.TemporaryDirectory(prefix="fidelity-") as folder:
        for number, (name, original) in enumerate(html_mails(args.limit)):
            safe = sanitize.sanitize(original).html
            before = screenshot(PAGE.format(original), folder, f"{number}-original")
            after = screenshot(PAGE.format(safe), folder, f"{number}-sanitized")
            scores.append((similarity(before, after), name, before, after))
        scores.sort()
        for rank, (_, _, before, after) in enumerate(scores[:5], 1):
            side_by_side(before, after, os.path.join(args.out, f"worst-{rank}.png"))
    values = [score for score, *_ in scores]
    print(f"{len(values)} HTML mails, SSIM original vs sanitized frame ({WIDTH}x{HEIGHT})")
    print(f"median {statistics.median(values):.3f}  min {min(values):.3f}  "
          f"under 0.9: {sum(v < 0.9 for v in values)}  under 0.8: {sum(v < 0.8 for v in values)}"
          f"  under 0.7: {sum(v < 0.7 for v in values)}")
    for score, name, *_ in scores[:10]:
        print(f"  {score:.3f}  {name}")
    print(f"worst five side by side (original left): {args.out}/worst-*.png")


if __name__ == "__main__":
    main()
