"""What the frame keeps of a mail's look (bench/fidelity.py measures it in pixels)."""

import pytest

from tempmail import sanitize


def test_the_body_style_survives_as_a_box():
    html = '<HTML><BODY STYLE="font:10pt verdana; border:none;"><p>Hello</p></BODY></HTML>'
    assert sanitize.sanitize(html).html == \
        '<div style="font: 10pt verdana; border: none"><p>Hello</p></div>'


def test_body_colours_become_css():
    html = '<body bgcolor="#eeeeee" text="#333333"><p>Hi</p></body>'
    assert sanitize.sanitize(html).html == \
        '<div style="background-color: #eeeeee; color: #333333"><p>Hi</p></div>'


@pytest.mark.parametrize("body", [
    '<body style="background:url(https://t.example/x.png)">', "<body onload=alert(1)>",
    '<body style="position:fixed;top:0">', '<body style="x:1" background="https://t.example/b">',
])
def test_nothing_active_or_remote_comes_from_the_body(body):
    safe = sanitize.sanitize(body + "<p>Hi</p>").html
    assert "url(" not in safe and "onload" not in safe and "position" not in safe
    assert "t.example" not in safe and "<p>Hi</p>" in safe
