"""Attachment and source downloads, shared by the site and the API: always a download."""

from urllib.parse import quote

from flask import Response

from tempmail.web import service

# Types a browser may show inline without running anything; everything else is octet-stream.
SAFE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf",
              "text/plain"}


def attachment_response(entry, message_id: str, index: int,
                        inline_image: bool = False) -> Response | None:
    """Return the download Response for part index of a message (streamed), or None."""
    found = service().attachment_stream(entry, message_id, index)
    if found is None:
        return None
    meta, chunks, size = found
    kind = meta["content_type"] if meta["content_type"] in SAFE_TYPES else \
        "application/octet-stream"
    response = Response(chunks, mimetype=kind)   # streamed: the worker never holds it whole
    if size is not None:
        response.headers["Content-Length"] = str(size)
    disposition = "inline" if inline_image and kind.startswith("image/") else "attachment"
    ascii_name = meta["filename"].encode("ascii", "replace").decode().replace('"', "_")
    response.headers["Content-Disposition"] = (
        f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(meta['filename'])}")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def source_response(entry, message_id: str) -> Response:
    """Return the message exactly as received, as a .eml download streamed from its file."""
    response = Response(service().raw_stream(entry, message_id), mimetype="message/rfc822")
    response.headers["Content-Disposition"] = 'attachment; filename="message.eml"'
    return response
