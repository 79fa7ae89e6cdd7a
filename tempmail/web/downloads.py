"""Attachment downloads, shared by the site and the API: always a download, never a page."""

from urllib.parse import quote

from flask import Response

from tempmail import messages, rendering

# Types a browser may show inline without running anything; everything else is octet-stream.
SAFE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf",
              "text/plain"}


def attachment_response(mailbox, message_id, index, inline_image=False):
    """Return the download Response for part index of a message, or None if there is none."""
    data = rendering.render(mailbox, message_id)
    meta = next((a for a in data["attachments"] if a["index"] == index), None)
    if meta is None:
        return None
    try:
        _, payload = messages.attachment(rendering.read(mailbox, message_id), index)
    except KeyError:  # no such part, or the message went meanwhile
        return None
    kind = meta["content_type"] if meta["content_type"] in SAFE_TYPES else \
        "application/octet-stream"
    response = Response(payload, mimetype=kind)
    disposition = "inline" if inline_image and kind.startswith("image/") else "attachment"
    ascii_name = meta["filename"].encode("ascii", "replace").decode().replace('"', "_")
    response.headers["Content-Disposition"] = (
        f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(meta['filename'])}")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def source_response(mailbox, message_id):
    """Return the message exactly as received, as a .eml download."""
    response = Response(rendering.read(mailbox, message_id), mimetype="message/rfc822")
    response.headers["Content-Disposition"] = 'attachment; filename="message.eml"'
    return response
