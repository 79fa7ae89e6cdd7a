"""The site's languages: pick one per request, switch it by cookie, translate service texts.

The JSON API stays English: nothing under /api/ calls gettext.
"""

import functools
import os
from urllib.parse import urlsplit

from babel import Locale, negotiate_locale
from flask import Response, abort, g, redirect, request
from flask_babel import Babel, get_locale, get_translations, gettext
from markupsafe import Markup

from tempmail.texts import N_, Text

LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español",
             "pt": "Português", "ru": "Русский", "zh": "中文", "ar": "العربية"}
"""The site's languages, each named in itself; English is the default and the fallback."""
DEFAULT = "en"
COOKIE = "lang"
COOKIE_AGE = 365 * 86400
HTML_TAGS = {"zh": "zh-Hans"}
"""BCP 47 tags for <html lang> where the catalog's name is less precise than the text."""

FORM_ERRORS = (N_("Please answer the CAPTCHA."),
               N_("The CAPTCHA answer was not accepted; please try again."),
               N_("The CSRF token is missing."), N_("The CSRF session token is missing."),
               N_("The CSRF token has expired."), N_("The CSRF token is invalid."),
               N_("The CSRF tokens do not match."))
"""Texts flask-wtf and captcha.py flash on the create form, so the catalog holds them too."""


def select_locale() -> str:
    """Return the reader's language: the lang cookie, else the best Accept-Language match."""
    chosen = request.cookies.get(COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    preferred = [value.lower().replace("-", "_") for value, quality in request.accept_languages
                 if quality > 0]
    return negotiate_locale(preferred, list(LANGUAGES), aliases={}) or DEFAULT


def current() -> str:
    """Return the code of the language this response is in."""
    found = g.get("tempmail_language")
    if found is None:
        found = g.tempmail_language = str(get_locale() or DEFAULT)
    return found


def html_lang() -> str:
    """Return the BCP 47 tag for <html lang> naming the language shown."""
    code = current()
    return HTML_TAGS.get(code, code)


def text_direction() -> str:
    """Return 'rtl' or 'ltr' for the language shown."""
    return _direction(current())


@functools.lru_cache(maxsize=64)
def _direction(code: str) -> str:
    return Locale.parse(code).text_direction


def translate(message: str) -> str:
    """Return an English text from below the web layer in the reader's language."""
    if isinstance(message, Text):
        return gettext(message.msgid, **message.params)
    return gettext(str(message))


def bdi(text: str) -> Markup:
    """Return text escaped inside <bdi>, so an address keeps its order in a right-to-left line."""
    return Markup("<bdi>{}</bdi>").format(text)


def here() -> str:
    """Return this page's local path and query, for the switcher to come back to."""
    return request.full_path.rstrip("?") if request.method == "GET" else "/"


def local_path(target: str) -> str:
    """Return target if it is a path on this site, else '/' (never an open redirect)."""
    parts = urlsplit(target)
    if not target.startswith("/") or target.startswith("//") or "\\" in target \
            or parts.scheme or parts.netloc:
        return "/"
    return target


def switch(code: str, target: str) -> Response:
    """Remember code in the lang cookie and go back to target (a local path)."""
    if code not in LANGUAGES:
        abort(400)
    response = redirect(local_path(target))
    response.set_cookie(COOKIE, code, max_age=COOKIE_AGE, path="/", secure=request.is_secure,
                        httponly=True, samesite="Lax")
    return response


def _catalog():
    """Return this request's translations, looked up once per request."""
    found = g.get("tempmail_catalog")
    if found is None:
        found = g.tempmail_catalog = get_translations()
    return found


def init_app(app) -> None:
    """Bind Flask-Babel to the catalogs in tempmail/translations and give templates the helpers."""
    # One Babel per app: Flask-Babel caches loaded catalogs on the Babel object, so a shared
    # one would serve an app the catalogs another app (other BABEL_TRANSLATION_DIRECTORIES) loaded.
    Babel(app, locale_selector=select_locale, default_locale=DEFAULT,
          default_translation_directories="translations")
    folder = os.path.join(app.root_path, "translations")
    missing = [code for code in LANGUAGES if code != DEFAULT and not os.path.exists(
        os.path.join(folder, code, "LC_MESSAGES", "messages.mo"))]
    if missing:
        app.logger.warning("no compiled catalog for %s: the site shows English; run "
                           "`pybabel compile -d tempmail/translations`", ", ".join(missing))
    # Templates call gettext a few dozen times a page; Flask-Babel's callables look the
    # catalog up each time. Look it up once per request instead (the repeat-view target).
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: _catalog().ugettext(s),
        ngettext=lambda s, p, n: _catalog().ungettext(s, p, n),
        pgettext=lambda c, s: _catalog().upgettext(c, s),
        npgettext=lambda c, s, p, n: _catalog().unpgettext(c, s, p, n),
        newstyle=True)
    app.jinja_env.globals.update(languages=LANGUAGES, current_language=current,
                                 html_lang=html_lang, text_direction=text_direction, here=here,
                                 bdi=bdi)
