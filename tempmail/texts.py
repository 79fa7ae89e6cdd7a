"""English texts a face may show translated: marked here, translated there. Standard library only.

The service layer (addresses.py, inboxes.py) must not import Flask, so it cannot translate.
It raises with ``N_("the name %(name)s ...", name=...)``: a ``Text`` is the English sentence
(``str(exc)`` stays English, as the API and the CLI want), and it keeps its msgid and
arguments so the website can look the msgid up in the reader's catalog. ``pybabel extract``
finds the msgids through the ``N_`` keyword.
"""


class Text(str):
    """An English message that remembers its msgid and arguments."""

    msgid: str
    params: dict

    def __new__(cls, msgid: str, **params: object) -> "Text":
        text = super().__new__(cls, msgid % params if params else msgid)
        text.msgid = msgid
        text.params = params
        return text


def N_(msgid: str, **params: object) -> Text:
    """Mark msgid for translation and return it formatted in English."""
    return Text(msgid, **params)
