"""Properties of parse, sanitize and extract over generated hostile input (hypothesis).

The long coverage-guided run is bench/fuzz.py; what it finds comes back here as examples.
"""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
import invariants

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TAGS = ["p", "a", "img", "script", "style", "table", "tr", "td", "div", "span", "svg", "math",
        "iframe", "form", "base", "meta", "noscript", "template", "textarea", "title", "b",
        "!--", "![CDATA[", "?xml", "x"]
ATTRIBUTES = ['href="javascript:alert(1)"', "onclick=x()", 'src="https://t.example/p.gif"',
              'style="background:url(https://t.example/x)"', 'style="color:red"',
              'href="https://ok.example/v?c=1"', "srcset=a.png", 'src="cid:part1"', "id=x",
              'style="position:fixed"', "href=\"&#106;avascript:x\"", "background=x.png"]
PIECES = st.one_of(
    st.builds(lambda tag, attrs: f"<{tag} {' '.join(attrs)}>", st.sampled_from(TAGS),
              st.lists(st.sampled_from(ATTRIBUTES), max_size=3)),
    st.builds(lambda tag: f"</{tag}>", st.sampled_from(TAGS)),
    st.sampled_from(["Your code is 482913", "認証番号：６０４８１７", "&amp;", "&#0;", "&lt;",
                     "-->", "]]>", "<", ">", '"', "'", "\x00", "\ufeff", "{}", "@import x;",
                     "p{color:red;background:url(x)}", "</style>", "</script>"]),
    st.text(max_size=20))
MARKUP = st.lists(PIECES, max_size=60).map("".join)

HEADERS = st.sampled_from([
    b"Subject: ", b"From: ", b"To: ", b"Content-Type: ", b"Content-Transfer-Encoding: ",
    b"Content-Disposition: ", b"MIME-Version: ", b" ", b"\t"])
HEADER_VALUES = st.one_of(
    st.binary(max_size=40),
    st.sampled_from([b"multipart/mixed; boundary=b", b"text/html; charset=utf-8",
                     b"text/plain; charset=\"x-unknown\"", b"base64", b"quoted-printable",
                     b"=?utf-8?b?w7xiZXI?=", b"=?iso-8859-1?q?caf=E9?=", b"J\xc3\xbcrgen",
                     b"Forma\xe7\xe3o \x99", b"attachment; filename*=utf-8''a%FF.pdf"]))
BODY = st.one_of(st.binary(max_size=300), MARKUP.map(lambda s: s.encode("utf-8", "replace")),
                 st.sampled_from([b"--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--",
                                  b"PGgxPg==", b"=3D=E9=\r\n"]))
MESSAGES = st.builds(
    lambda headers, body: b"".join(name + value + b"\r\n" for name, value in headers) +
    b"\r\n" + body, st.lists(st.tuples(HEADERS, HEADER_VALUES), max_size=12), BODY)


@SETTINGS
@given(MARKUP)
@example('<a href="https://x.example/v">Verify</a><style>p{color:red}</style>')
@example("<table><tr><td>4</td><td>8</td></table><p title='</p><script>x</script>'>")
@example('<div><img src="https://t.example/banner.png" alt="banner" width="600"></div>')  # fuzz
@example('<img data-blocked="x" src="https://t.example/a.png"><img data-blocked="y">')
@example('<td style="font-family: Arias&lt">read more</td>')  # fuzz: &amp;lt, then &amp;amp
@example('<p style="font-family:&quot;Calibri&quot;,sans-serif;color:red">Outlook</p>')
@example("<h2><table><h2>Week in review")  # fuzz: foster parenting nests an h2 in an h2
@example('<font><p><font color="navy"><font color="navy"><font color="navy">'
         '<font color="navy">four alike')   # fuzz: the adoption agency keeps three alike
@example('<td style="font-size: 1x, if it isn\'t &quot;so\n\n\nbad">t</td>')  # fuzz: bad string
@example('<body style="color:red">' + "<div><table><td>" * 16 + "<a>")  # fuzz: the body
# box is one more level, so a tag at the walk's depth limit fell off when cleaned again
@example('<body style="background:#2e7d32 url(https://t.example/h.jpg) center / cover">'
         '<td style="background: url(https://t.example/a.png), url(//t/b) blue">x</td>')
def test_sanitizer_output_is_inert_and_a_fixed_point(markup):
    invariants.check_html(markup)


@SETTINGS
@given(MESSAGES)
@example(b"Subject: \xff\xfe\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\n\xc1")
@example(b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" * 3)
@example(b"From: a@b.example\r\n" + b"".join(  # fuzz: a thousand nested boundaries, each
    b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)  # line read
    for i in range(1000)))  # against every open one (the stdlib's feedparser): CPU, bounded
def test_any_message_parses_sanitizes_and_extracts_within_budget(raw):
    invariants.check_message(raw)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_at_all(raw):
    invariants.check_message(raw)


def test_the_inspector_sees_active_content():
    assert invariants.active_content('<a href="javascript:x">') and \
        invariants.active_content("<img onerror=x>") and \
        invariants.active_content("<style>p{background:url(x)}</style>") and \
        not invariants.active_content('<a href="https://x.example" rel="noopener">x</a>')
