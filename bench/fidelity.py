"""Rendering fidelity: the original HTML of a mail against our sanitized frame, as pixels.

    python bench/fidelity.py [--limit 80] [--out /tmp/tempmail-fidelity] [--remote]

Each HTML mail (Foundation for Emails' templates, tests/data, then the outside corpora
where installed) is rendered twice
by headless Chromium at the same width, remote loads blocked in both (every host name
resolves to nothing) and scripts off (a CSP in both pages): once as the sender wrote it, once as our frame
shows it (sanitize.sanitize, remote content blocked, the default). The two screenshots
are compared with SSIM (scikit-image's structural_similarity, on grey levels). Prints
the distribution and writes the worst five side by side (original left) to OUT.
With --remote, "show remote images" is on: the mail's http(s) images load in both pages,
from a stand-in server on 127.0.0.1 (every host name resolves to it, https is read as
http, so nothing ever leaves the machine). Each URL gets its own picture, the same one
in both pages; anything but an image (a linked stylesheet, a font) is a 404, as a sender's
server that is gone would answer.
Needs Debian's chromium and `pip install scikit-image pillow`.

Measured 2026-11-30 on 64 mails (11 Foundation templates, 18 MJML mails, 35 from tests/data
and the Debian corpora): remote blocked, median 1.000, min 0.784, 3 under 0.9, 1 under 0.8;
remote images shown, median 1.000, min 0.791, 1 under 0.9, 1 under 0.8. The one under 0.8
(jwz ham 0208, a 2002 newsletter) carries a subscribe <form> with text, radio and checkbox
inputs and a submit button: forms post to a sender's server and inputs are active content,
so the allowlist drops them, and the sidebar they widened narrows. Next lowest, blocked
only: Foundation's newsletter templates (0.83, 0.89) link to "#", a placeholder that
leads nowhere from our frame, so those anchors lose their href and their link colour.
MJML's accordion and carousel open flat (their checkbox and radio inputs go the same way);
everything in them stays readable.
"""

import argparse
import glob
import hashlib
import http.server
import io
import os
import statistics
import subprocess
import sys
import tempfile
import threading

from tempmail import messages, sanitize

from common import ROOT

sys.path.insert(0, os.path.join(ROOT, "tests", "outside"))
import corpora  # noqa: E402

WIDTH, HEIGHT = 800, 1400
# The frame's own page around the sanitized body (tempmail/web/pages.py, frame()); the
# original gets the same, so only what sanitizing changed can differ.
PAGE = ('<!doctype html><html><head><meta charset="utf-8"><meta http-equiv='
        '"Content-Security-Policy" content="script-src \'none\'"><style>body{{margin:0;padding:16px;'
        'font-family:system-ui,sans-serif;background:#fff;color:#111;overflow-wrap:anywhere}}'
        'img{{max-width:100%;height:auto}}</style></head><body>{}</body></html>')
MJML = "mjml"
"""In SOURCES: our MJML mails (tests/outside/mjml), compiled as the tests compile them."""
SOURCES = ["/usr/local/share/tempmail-outside/node_modules/foundation-emails/.download/templates/"
           "*.html", MJML,
           os.path.join(ROOT, "tests", "data", "*.eml"),
           "/usr/share/gocode/src/github.com/jhillyerd/enmime/testdata/*/*.raw",
           "/usr/share/gocode/src/github.com/gatherstars-com/jwz/test/testdata/ham/*.eml"]
CHROMIUM = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            f"--window-size={WIDTH},{HEIGHT}", "--default-background-color=ffffffff"]
BLOCKED = "MAP * ~NOTFOUND"
"""Host resolver rule of the default mode: no name resolves, nothing remote loads."""


class StandIns(http.server.BaseHTTPRequestHandler):
    """Answer every image request with a picture made from its URL; anything else 404."""

    sizes = [(600, 300), (120, 40), (560, 220), (64, 64), (300, 200), (200, 60)]

    def do_GET(self):  # noqa: N802 (http.server's name)
        if "image/" not in self.headers.get("Accept", ""):
            self.send_error(404)
            return
        body = self.picture(self.headers.get("Host", "") + self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        self.wfile.write(body)

    @classmethod
    def picture(cls, url):
        from PIL import Image, ImageDraw
        seed = hashlib.sha1(url.encode()).digest()
        width, height = cls.sizes[seed[0] % len(cls.sizes)]
        image = Image.new("RGB", (width, height), tuple(seed[1:4]))
        draw = ImageDraw.Draw(image)
        for x in range(-height, width, 24):  # stripes: structure SSIM can see
            draw.line([(x, height), (x + height, 0)], fill=tuple(seed[4:7]), width=8)
        out = io.BytesIO()
        image.save(out, "PNG")
        return out.getvalue()

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # Chromium hangs up once its screenshot is taken; nothing to report


def stand_in_server():
    """Start the stand-in image server on a free port of 127.0.0.1; return it."""
    server = QuietServer(("127.0.0.1", 0), StandIns)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def over_http(html):
    """Read https image URLs as http: the stand-in server speaks no TLS."""
    return html.replace("https://", "http://").replace("HTTPS://", "http://")


def html_mails(limit):
    """Yield (name, original HTML) of the first limit mails that have an HTML body."""
    count = 0
    for pattern in SOURCES:
        if pattern == MJML:
            if corpora.MjmlCorpus("", "", "", ()).problem() is None:
                for path, html in corpora.compiled_mjml().items():
                    yield os.path.relpath(path, ROOT), html
                    count += 1
            continue
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


def screenshot(html, folder, name, hosts=BLOCKED):
    """Render html in headless Chromium and return the PNG's path."""
    page, image = os.path.join(folder, name + ".html"), os.path.join(folder, name + ".png")
    with open(page, "w", encoding="utf-8") as handle:
        handle.write(html)
    subprocess.run([*CHROMIUM, f"--host-resolver-rules={hosts}", f"--screenshot={image}",
                    "file://" + page], check=True, capture_output=True, timeout=60)
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
    parser.add_argument("--remote", action="store_true",
                        help='"show remote images" on, images from a stand-in on 127.0.0.1')
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    scores = []
    server = stand_in_server() if args.remote else None
    hosts = f"MAP * 127.0.0.1:{server.server_port}" if server else BLOCKED
    with tempfile.TemporaryDirectory(prefix="fidelity-") as folder:
        for number, (name, original) in enumerate(html_mails(args.limit)):
            if server:
                original = over_http(original)
            safe = sanitize.sanitize(original, allow_remote=bool(server)).html
            before = screenshot(PAGE.format(original), folder, f"{number}-original", hosts)
            after = screenshot(PAGE.format(safe), folder, f"{number}-sanitized", hosts)
            scores.append((similarity(before, after), name, before, after))
        scores.sort()
        for rank, (_, _, before, after) in enumerate(scores[:5], 1):
            side_by_side(before, after, os.path.join(args.out, f"worst-{rank}.png"))
    values = [score for score, *_ in scores]
    mode = "remote images shown (stand-ins on 127.0.0.1)" if server else "remote content blocked"
    print(f"{len(values)} HTML mails, SSIM original vs sanitized frame ({WIDTH}x{HEIGHT}), {mode}")
    print(f"median {statistics.median(values):.3f}  min {min(values):.3f}  "
          f"under 0.9: {sum(v < 0.9 for v in values)}  under 0.8: {sum(v < 0.8 for v in values)}"
          f"  under 0.7: {sum(v < 0.7 for v in values)}")
    for score, name, *_ in scores[:10]:
        print(f"  {score:.3f}  {name}")
    print(f"worst five side by side (original left): {args.out}/worst-*.png")


if __name__ == "__main__":
    main()
