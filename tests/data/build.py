"""Write the hostile and real-world-looking messages in tests/data/*.eml.

    python tests/data/build.py

Deterministic: run it again and nothing changes. Each file is a message a
mail service meets in the wild; tests/unit/test_messages.py says what each
must render as.
"""

import base64
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = b"\r\n"


def head(subject=b"Test", extra=b"", content_type=b"text/plain; charset=utf-8"):
    return (b"From: Sender <sender@example.org>\r\nTo: someone@tm.test\r\n"
            b"Date: Tue, 24 Nov 2026 09:30:00 +0100\r\nMessage-ID: <x@example.org>\r\n"
            b"MIME-Version: 1.0\r\nSubject: " + subject + b"\r\n" + extra +
            b"Content-Type: " + content_type + b"\r\n")


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as handle:
        handle.write(data)


def newsletter_html(size=53 * 1024):
    block = (b'<table role="presentation" width="100%" style="background:#f4f4f4;padding:12px">'
             b'<tr><td style="font-family:Arial,sans-serif;color:#333;font-size:15px">'
             b'<h2 style="color:#0a58ca;margin:0 0 8px">This week in widgets</h2>'
             b'<p>Lorem ipsum dolor sit amet, <a href="https://example.org/track?id=1&u=2">read'
             b' more</a> consectetur adipiscing elit. <b>Sed</b> do <i>eiusmod</i> tempor.</p>'
             b'<img src="https://img.example.org/banner.png" width="600" alt="banner">'
             b'</td></tr></table>\r\n')
    body = b"<!doctype html><html><head><style>p{margin:0}</style></head><body>"
    while len(body) < size:
        body += block
    return body + b"</body></html>\r\n"


def build():
    write("latin1.eml", head(b"=?iso-8859-1?Q?Caf=E9_cr=E8me?=",
                             content_type=b"text/plain; charset=iso-8859-1") +
          b"Content-Transfer-Encoding: 8bit\r\n\r\nCaf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise\r\n")
    write("cp1252.eml", head(b"Smart quotes", content_type=b"text/plain; charset=windows-1252") +
          b"\r\n\x93Quoted\x94 \x96 dash \x85 and \x80 euro\r\n")
    write("cp1252-as-latin1.eml", head(b"Mislabelled", content_type=b'text/plain; charset="iso-8859-1"')
          + b"\r\nIt\x92s \x93mislabelled\x94\r\n")
    write("shift-jis.eml", head(b"=?shift_jis?B?" + base64.b64encode("確認コード".encode("shift_jis")) +
                                b"?=", content_type=b"text/plain; charset=Shift_JIS") +
          b"\r\n" + "認証コードは 482913 です。".encode("shift_jis") + CRLF)
    write("utf7.eml", head(b"UTF-7 body", content_type=b"text/plain; charset=utf-7") +
          b"\r\n" + "Grüße aus Köln – 7 ☃".encode("utf-7") + CRLF)
    write("unknown-charset.eml", head(b"Unknown charset", content_type=b"text/plain; charset=x-klingon-9")
          + b"\r\nplain ascii and \xc3\xa9 utf-8\r\n")
    write("encoded-words.eml", head(
        b"=?UTF-8?B?8J+OiSBXZWxjb21lIQ==?= =?utf-8?q?to_the_=C3=BCber?= =?bogus?x?broken?= plain")
          + b"\r\nbody\r\n")
    write("broken-boundary.eml", head(b"Broken boundary",
                                      content_type=b'multipart/alternative; boundary="AAA"') +
          b"\r\n--AAA\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n--BBB\r\n"
          b"Content-Type: text/html\r\n\r\n<p>never closed\r\n")
    write("bad-base64.eml", head(b"Bad base64") + b"Content-Transfer-Encoding: base64\r\n\r\n"
          b"SGVsbG8gd29ybGQh!!!@@@not*base64===\r\nV2h5\r\n")
    write("nested.eml", head(b"Nested", content_type=b'multipart/mixed; boundary="m1"') + b"\r\n"
          b"--m1\r\nContent-Type: multipart/alternative; boundary=\"a1\"\r\n\r\n"
          b"--a1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain version, code 771204\r\n"
          b"--a1\r\nContent-Type: multipart/related; boundary=\"r1\"\r\n\r\n"
          b"--r1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
          b"<p>HTML version <img src=\"cid:logo@x\"></p>\r\n"
          b"--r1\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\n"
          b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(PNG) + b"\r\n--r1--\r\n"
          b"--a1--\r\n--m1\r\nContent-Type: application/pdf; name=\"report.pdf\"\r\n"
          b"Content-Disposition: attachment; filename*=UTF-8''r%C3%A9sum%C3%A9%20%2F..%2F.pdf\r\n"
          b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(b"%PDF-1.4 fake") +
          b"\r\n--m1--\r\n")
    write("winmail.eml", head(b"Outlook", content_type=b'multipart/mixed; boundary="w"') + b"\r\n"
          b"--w\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--w\r\n"
          b"Content-Type: application/ms-tnef; name=\"winmail.dat\"\r\n"
          b"Content-Disposition: attachment; filename=\"winmail.dat\"\r\n"
          b"Content-Transfer-Encoding: base64\r\n\r\n" +
          base64.b64encode(b"\x78\x9f\x3e\x22" + bytes(range(256)) * 4) + b"\r\n--w--\r\n")
    parts = b"".join(b"--p\r\nContent-Type: text/plain; name=\"part%d.txt\"\r\n"
                     b"Content-Disposition: attachment\r\n\r\npart %d\r\n" % (i, i)
                     for i in range(1000))
    write("thousand-parts.eml", head(b"1000 parts", content_type=b'multipart/mixed; boundary="p"') +
          b"\r\n" + parts + b"--p--\r\n")
    write("semicolons.eml", head(b"Semicolons", content_type=b"text/plain; charset=utf-8" +
                                 b";" * 20000 + b' name="x"') + b"\r\nsemicolon body\r\n")
    nested = b"deep text\r\n"
    for depth in range(1000):
        nested = (b"Content-Type: multipart/mixed; boundary=\"d%d\"\r\n\r\n--d%d\r\n" % (depth, depth)
                  + nested + b"\r\n--d%d--\r\n" % depth)
    write("deep-nesting.eml", head(b"Deep")[:-len(b"Content-Type: text/plain; charset=utf-8\r\n")]
          + nested)
    write("long-header.eml", head(b"x" * 200000) + b"X-Long: " + b"y " * 100000 + b"\r\n\r\nbody\r\n")
    write("garbage.eml", bytes(range(256)) * 20)
    write("no-headers.eml", b"\r\njust a body, no headers at all\r\n")
    write("newsletter.eml", head(b"Widgets weekly", content_type=b"text/html; charset=utf-8") +
          b"\r\n" + newsletter_html())


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

if __name__ == "__main__":
    build()
