import pytest

from tempmail import sanitize

XSS = [
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<body onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>', '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>', '<a href=" javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<iframe src="https://evil.example"></iframe>', '<object data="x.swf"></object>',
    '<embed src="x.swf">', '<svg><script>alert(1)</script></svg>',
    '<svg onload=alert(1)><circle r=5/></svg>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<base href="https://evil.example/">', '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<form action="https://evil.example"><input name=p><button>go</button></form>',
    '<link rel=stylesheet href="https://evil.example/x.css">',
    '<div style="background:url(https://evil.example/t.png)">x</div>',
    '<div style="background-image:url(https://evil.example/t.png)">x</div>',
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</div>',
    '<div style="width:expression(alert(1))">x</div>', '<div style="behavior:url(x.htc)">x</div>',
    '<div style="list-style-image:url(https://evil.example/t.png)">x</div>',
    '<div style="cursor:url(https://evil.example/c.cur),auto">x</div>',
    '<div style="b\\61ckground:u\\72l(https://evil.example/t.png)">x</div>',
    '<style>@import url(https://evil.example/x.css); p{color:red}</style><p>x</p>',
    '<style>body{background:url(https://evil.example/t.png)}</style>',
    '<style>*{position:fixed!important}</style>',
    '<img src="https://evil.example/track.gif" width=1 height=1>',
    '<table background="https://evil.example/bg.png"><tr><td>x</td></tr></table>',
    '<video poster="https://evil.example/p.png"></video>', '<audio src="x.mp3"></audio>',
    '<img srcset="https://evil.example/a.png 1x">', '<a href="vbscript:msgbox(1)">x</a>',
    '<x onclick=alert(1)>x</x>', '<template><img src=x onerror=alert(1)></template>',
    '<img src="//evil.example/t.png">', '<img src="/relative.png">',
]
BAD = ["<script", "onerror", "onload", "onclick", "javascript:", "vbscript:", "evil.example",
       "expression", "position", "<iframe", "<object", "<embed", "<base", "<meta", "<form",
       "<link", "url(", "@import", "behavior", "srcset", "<svg", "<math", "relative.png"]


@pytest.mark.parametrize("payload", XSS)
def test_hostile_html_comes_out_inert(payload):
    html = sanitize.sanitize(payload).html.lower()
    for needle in BAD:
        assert needle not in html, (payload, html)


def test_remote_images_only_when_asked():
    payload = '<img src="https://img.example.org/a.png" alt="a">'
    blocked = sanitize.sanitize(payload)
    assert "img.example.org" not in blocked.html and blocked.blocked == 1
    allowed = sanitize.sanitize(payload, allow_remote=True)
    assert 'src="https://img.example.org/a.png"' in allowed.html and allowed.blocked == 0


def test_cid_images_point_at_the_message():
    html = sanitize.sanitize('<img src="cid:logo@x"><img src="cid:unknown">',
                             cid_url=lambda cid: "/part/1" if cid == "logo@x" else None).html
    assert 'src="/part/1"' in html and "unknown" not in html


def test_links_open_safely():
    html = sanitize.sanitize('<a href="https://example.org/confirm">go</a>').html
    assert 'rel="noopener noreferrer nofollow"' in html and 'target="_blank"' in html


def test_safe_css_and_style_blocks_survive():
    html = sanitize.sanitize('<style>p { color: red; margin: 0 } @media (max-width: 600px) '
                             '{ td { font-size: 12px } }</style>'
                             '<p style="color:#333;font-weight:bold;padding:4px">x</p>').html
    assert "color: #333" in html and "font-weight: bold" in html
    assert "p { color: red; margin: 0 }" in html and "@media (max-width: 600px)" in html


def test_layout_html_survives():
    html = sanitize.sanitize('<table width="100%" cellpadding="4"><tr><td align="center">'
                             '<h2>Hi</h2><b>bold</b></td></tr></table>').html
    assert '<table width="100%" cellpadding="4">' in html and "<h2>Hi</h2>" in html


def test_the_text_marks_cannot_be_forged_by_the_sender():
    payload = ('<p title="\ue0000\ue001">\ue0001\ue001 &lt;b&gt;</p><p>&lt;script&gt;x</p>'
               '<p>\ue000</p>')
    result = sanitize.sanitize(payload)
    assert "\ue000" not in result.html and "\ue001" not in result.html
    assert "<script" not in result.html and "&lt;script&gt;x" in result.html
    assert result.html.count("&lt;b&gt;") == 1


def test_a_head_left_open_hides_only_the_head():
    result = sanitize.sanitize("<html><head><title>T</title><meta charset=utf-8>"
                               "<style>p{color:red}</style><p>Body text</p>")
    assert "Body text" in result.html and "Body text" == result.text
    assert "color: red" in result.html and ">T<" not in result.html


def test_entities_in_attributes_are_kept_until_their_total():
    many = "".join(f'<a href="https://x.example/?a=1&amp;b={i}">l</a>' for i in range(3))
    assert sanitize.sanitize(many).html.count("&amp;b=") == 3
    heavy = '<p title="' + "&amp;" * 20000 + '">x</p><p title="a&amp;b">y</p>'
    html = sanitize.sanitize(heavy).html
    assert "title" not in html.split("x</p>")[0] and 'title="a&amp;b"' in html


@pytest.mark.parametrize("payload", [
    "<style>" + "{" * 100000 + "</style><p>kept</p>",
    "<style>" + "@media x{" * 20000 + "</style><p>kept</p>",
    '<p style="color:' + "calc(" * 50000 + '">kept</p>',
])
def test_css_nested_thousands_deep_is_dropped_and_the_rest_shown(payload):
    result = sanitize.sanitize(payload)
    assert "kept" in result.html and "calc" not in result.html and "{{" not in result.html
