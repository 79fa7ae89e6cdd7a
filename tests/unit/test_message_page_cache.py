"""A repeat view of a message is served from the kept page, with a fresh token and nonce."""

import io
import re

from tempmail import maildir
from tempmail.web import pages

import helpers


def test_a_repeat_view_carries_this_requests_nonce_and_a_working_token(data_dir):
    _, site, service, entry = helpers.site_with_inbox(data_dir)
    message_id = helpers.deliver(service.mailbox_path(entry),
                                 io.BytesIO(b"Subject: hi\n\nYour code is 482913\n"), entry)
    first, second = (site.get(f"/m/{message_id}") for _ in range(2))
    assert len(pages.PAGES.items) >= 1
    for response in (first, second):
        text = response.get_data(as_text=True)
        nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
        assert f'nonce="{nonce}"' in text and "482913" in text
        assert "tempmail-token-" not in text and "tempmail-nonce-" not in text
    assert first.headers["Content-Security-Policy"] != second.headers["Content-Security-Policy"]
    page = second.get_data(as_text=True)
    delete = re.search(r'action="(/m/[^"]+/delete)".*?name="csrf_token" type="hidden" value="([^"]+)"',
                       page, re.S)
    assert site.post(delete.group(1), data={"csrf_token": delete.group(2)}).status_code == 302
    assert maildir.list_ids(service.mailbox_path(entry)) == []
    assert site.get(f"/m/{message_id}").status_code == 404  # the kept page is not served
