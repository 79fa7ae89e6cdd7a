"""The site's languages: negotiation, the switcher, complete catalogs, localized times, English API."""

import ast
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
import pytest

from tempmail import create_app
from tempmail.web import filters
from tempmail.web.i18n import LANGUAGES

import helpers

ROOT = pathlib.Path(helpers.ROOT)
CATALOGS = ROOT / "tempmail" / "translations"
TRANSLATED = sorted(code for code in LANGUAGES if code != "en")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
TAG = re.compile(r"</?\w+")
PYBABEL = os.path.join(os.path.dirname(sys.executable), "pybabel")


def po(code):
    with open(CATALOGS / code / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle, locale=code)


@pytest.fixture(scope="module", autouse=True)
def compiled():
    """The site reads compiled catalogs: the build (pybabel compile) must have made them."""
    for code in TRANSLATED:
        source = CATALOGS / code / "LC_MESSAGES" / "messages.po"
        built = source.with_suffix(".mo")
        assert built.exists() and built.stat().st_mtime >= source.stat().st_mtime, \
            f"{built} is missing or stale: run `pybabel compile -d tempmail/translations`"


def make_site(data_dir, **config):
    """A site on one domain, config overriding (the client fixture is `site`)."""
    return create_app(dict({"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
                            "RATELIMIT_STORAGE_URI": "memory://"}, **config))


@pytest.fixture
def site(client):
    return client


def page(client, path="/?again=1", language=None):
    headers = {"Accept-Language": language} if language else {}
    return client.get(path, headers=headers).get_data(as_text=True)


def html_tag(text):
    return re.search(r"<html[^>]*>", text).group(0)


def csrf(text):
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', text).group(1)


def create(client, language=None, **form):
    token = csrf(page(client, language=language))
    headers = {"Accept-Language": language} if language else {}
    return client.post("/new", data=dict({"csrf_token": token}, **form), headers=headers)


@pytest.mark.parametrize("header,code,tag,direction", [
    (None, "en", "en", "ltr"), ("de-CH,en;q=0.5", "de", "de", "ltr"),
    ("en-US,de;q=0.9", "en", "en", "ltr"), ("fr;q=0.1,ru;q=0.9", "ru", "ru", "ltr"),
    ("zh-CN,zh;q=0.9", "zh", "zh-Hans", "ltr"), ("pt-BR", "pt", "pt", "ltr"),
    ("es-419", "es", "es", "ltr"), ("ar-EG", "ar", "ar", "rtl"), ("xx, *", "en", "en", "ltr")])
def test_the_best_accept_language_match_names_the_page(site, header, code, tag, direction):
    text = page(site, language=header)
    assert html_tag(text) == f'<html lang="{tag}" dir="{direction}">'
    assert f'aria-current="true">{LANGUAGES[code]}</button>' in text


def test_the_switcher_works_without_javascript_and_beats_accept_language(site):
    text = page(site, "/api", language="de")
    names = re.findall(r'<button type="submit" name="lang" value="(\w+)"[^>]*>([^<]+)</button>', text)
    assert dict(names) == LANGUAGES
    assert ['Deutsch', 'Français', 'Español', 'Português', 'Русский', '中文', 'العربية', 'English'] \
        == [LANGUAGES[c] for c in ("de", "fr", "es", "pt", "ru", "zh", "ar", "en")]
    assert '<input type="hidden" name="next" value="/api">' in text
    response = site.post("/language", data={"lang": "ar", "next": "/api"},
                         headers={"Accept-Language": "de"})
    assert response.status_code == 302 and response.headers["Location"] == "/api"
    cookie = site.get_cookie("lang")
    assert cookie.value == "ar" and cookie.http_only and cookie.same_site == "Lax"
    assert html_tag(page(site, "/api", language="de")) == '<html lang="ar" dir="rtl">'


def test_the_switcher_refuses_strangers_and_goes_home_from_foreign_urls(site):
    cross_site = {"Sec-Fetch-Site": "cross-site"}
    assert site.post("/language", data={"lang": "de", "next": "/"}, headers=cross_site).status_code == 403
    assert site.post("/language", data={"lang": "xx"}).status_code == 400
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example", "evil", ""):
        response = site.post("/language", data={"lang": "fr", "next": target})
        assert response.headers["Location"] == "/", target


def test_pages_carry_no_session_for_the_switcher(site):
    response = site.get("/api")
    assert "csrf_token" not in response.get_data(as_text=True)
    assert not [c for c in response.headers.getlist("Set-Cookie") if c.startswith("tempmail=")]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_catalog_is_complete_with_the_same_placeholders(code):
    with open(CATALOGS / "messages.pot", "rb") as handle:
        wanted = {message.id for message in read_po(handle) if message.id}
    catalog = po(code)
    assert str(catalog.locale) == code
    found = {message.id: message for message in catalog if message.id}
    assert set(found) == wanted
    for msgid, message in found.items():
        assert message.string.strip(), f"{code}: empty msgstr for {msgid!r}"
        assert not message.fuzzy, f"{code}: fuzzy {msgid!r}"
        assert sorted(PLACEHOLDER.findall(message.string)) == sorted(PLACEHOLDER.findall(msgid)), \
            f"{code}: placeholders differ in {msgid!r}"
        assert sorted(TAG.findall(message.string)) == sorted(TAG.findall(msgid)), msgid
        assert message.string.count("%") == msgid.count("%"), msgid
    assert not catalog.check() or all(not errors for _, errors in catalog.check())


def test_the_template_holds_every_string_the_code_marks(tmp_path):
    fresh = tmp_path / "fresh.pot"
    subprocess.run([PYBABEL, "extract", "-F", "babel.cfg", "-o", str(fresh), "."],
                   cwd=ROOT, check=True, capture_output=True)
    with open(fresh, "rb") as handle:
        marked = {message.id for message in read_po(handle) if message.id}
    with open(CATALOGS / "messages.pot", "rb") as handle:
        kept = {message.id for message in read_po(handle) if message.id}
    assert marked == kept, "run pybabel extract and update (README: Translations)"
    assert "Get an address" in marked and "the name %(name)s is reserved" in marked


def test_a_missing_translation_falls_back_to_english_not_to_a_key(data_dir, tmp_path):
    catalog = po("de")
    catalog["Get an address"].string = ""
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with open(folder / "messages.mo", "wb") as handle:
        write_mo(handle, catalog)
    client = make_site(data_dir, BABEL_TRANSLATION_DIRECTORIES=str(tmp_path)).test_client()
    text = page(client, language="de")
    assert '<button type="submit" class="primary">Get an address</button>' in text
    assert "Eine frische E-Mail-Adresse, so lange Sie sie brauchen" in text
    shutil.rmtree(folder)
    text = page(make_site(data_dir, BABEL_TRANSLATION_DIRECTORIES=str(tmp_path)).test_client(),
                language="de")
    assert html_tag(text) == '<html lang="de" dir="ltr">'
    assert "A fresh email address, for as long as you need it" in text


def inbox_with_mail(client, data_dir, language):
    assert create(client, language=language).status_code == 302
    text = page(client, "/", language=language)
    address = re.search(r'<output id="address" class="address-text">([^<]+)</output>', text).group(1)
    service = client.application.extensions["tempmail"]
    raw = (f"From: Shop <shop@example.test>\r\nTo: {address}\r\nSubject: Your code\r\n"
           "Date: Tue, 05 Mar 2024 14:07:00 +0000\r\n\r\nYour code is 604132.\r\n").encode()
    entry = service.find(address)
    helpers.deliver(service.mailbox_path(entry), raw, entry)
    return address


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_english_left_on_the_translated_pages(data_dir, code):
    client = make_site(data_dir).test_client()
    inbox_with_mail(client, data_dir, code)
    message_id = re.search(r'href="/m/([^"]+)"', page(client, "/", language=code)).group(1)
    shown = "".join(page(client, path, language=code)
                    for path in ("/", "/?again=1", f"/m/{message_id}", "/api", "/nope"))
    # code samples and the message's own header names are not the site's words
    shown = re.sub(r'<(pre|code)[^>]*>.*?</\1>|<details class="headers">.*?</details>', "", shown,
                   flags=re.S)
    shown = html.unescape(shown)
    catalog = po(code)
    left = [m.id for m in catalog if m.id and m.string != m.id and len(m.id) > 3
            and "%" not in m.id and re.search(r"(?<![\w-])" + re.escape(m.id) + r"(?![\w-])", shown)]
    assert left == []


def plain(text):
    """CLDR formats use no-break spaces (U+00A0, U+202F); compare them as spaces."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def test_dates_durations_and_sizes_follow_the_reader(app):
    moment = "2024-03-05T14:07:00Z"
    expected = {"en": ("6 hours", "1 day", "10 minutes", "Mar 5, 2024, 2:07 PM UTC", "300 bytes"),
                "de": ("6 Stunden", "1 Tag", "10 Minuten", "05.03.2024, 14:07 UTC", "300 Byte"),
                "fr": ("6 heures", "1 jour", "10 minutes", "5 mars 2024, 14:07 UTC", "300 octets"),
                "ru": ("6 часов", "1 день", "10 минут", "5 мар. 2024 г., 14:07 UTC", "300 байт")}
    for code, (hours, day, minutes, when, size) in expected.items():
        with app.test_request_context(headers={"Accept-Language": code}):
            assert (plain(filters.duration(6 * 3600)), plain(filters.duration(86400)),
                    plain(filters.duration(600))) == (hours, day, minutes)
            assert plain(filters.clock(moment)) == when
            assert plain(filters.size(300)) == size
    with app.test_request_context(headers={"Accept-Language": "de"}):
        assert plain(filters.left(time.time() + 3690)) == "1 Std. 1 Min."
        assert plain(filters.size(5 * 1024 * 1024)) == "5 MB"
        today = filters.clock(int(time.time()))
        assert re.fullmatch(r"\d\d:\d\d UTC", today)
    with app.test_request_context(headers={"Accept-Language": "ar"}):
        assert filters.duration(6 * 3600) == "6 ساعات"
        assert filters.clock(moment).endswith("بالتوقيت العالمي")


def test_a_refusal_is_translated_on_the_site_while_the_api_stays_english(site):
    response = create(site, language="de", name="admin")
    assert response.status_code == 302
    text = html.unescape(page(site, response.headers["Location"], language="de"))
    assert "der Name 'admin' ist reserviert" in text and "is reserved" not in text
    answer = site.post("/api/v1/inboxes", json={"name": "admin"},
                       headers={"Accept-Language": "de"})
    assert answer.status_code == 400 and answer.get_json()["detail"] == "the name 'admin' is reserved"
    assert "Content-Language" not in answer.headers
    missing = site.get("/api/v1/inbox/messages/nope", headers={"Accept-Language": "fr",
                                                               "Authorization": "Bearer x"})
    assert missing.status_code == 401 and not re.search(r"[àâçéèêëîïôûù]", missing.get_data(True))
    assert "Il n’y a rien ici." in page(site, "/nope", language="fr")


def test_the_scripts_get_their_words_from_the_page(site, data_dir):
    inbox_with_mail(site, data_dir, "ru")
    text = page(site, "/", language="ru")
    island = re.search(r'<script type="application/json" id="site-texts" nonce="[^"]+">(.*?)</script>',
                       text).group(1)
    assert json.loads(island) == {
        "copied": "Скопировано", "left": "(осталось {time})", "new_mail": "Новое письмо",
        "notify_on": "Уведомлять о новых письмах", "notify_off": "Отключить уведомления",
        "notify_blocked": "Уведомления для этого сайта запрещены в настройках вашего браузера."}
    assert "(осталось 59 мин)" in text or "(осталось 1 ч)" in text


def test_the_inbox_list_fragment_is_cached_per_language(site, data_dir):
    inbox_with_mail(site, data_dir, None)
    german = page(site, "/inbox/messages", language="de")
    french = page(site, "/inbox/messages", language="fr")
    assert "Kopieren" in german and "Copier" in french and "Kopieren" not in french


def test_the_marker_module_stays_free_of_the_web_stack():
    from tempmail import addresses
    from tempmail.texts import Text
    tree = ast.parse((ROOT / "tempmail" / "texts.py").read_text(encoding="utf-8"))
    assert not [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]
    with pytest.raises(addresses.AddressError) as caught:
        addresses.check_local_part("x" * 65)
    message = caught.value.args[0]
    assert isinstance(message, Text) and str(caught.value) == "the name is longer than 64 characters"
    assert message.msgid == "the name is longer than %(limit)d characters"
    assert message.params == {"limit": 64}


def test_an_uncompiled_catalog_is_logged_at_start(data_dir, monkeypatch, caplog):
    from tempmail.web import i18n
    real = os.path.exists
    russian = os.path.join("ru", "LC_MESSAGES", "messages.mo")
    monkeypatch.setattr(i18n.os.path, "exists",
                        lambda path: not path.endswith(russian) and real(path))
    make_site(data_dir)
    assert "no compiled catalog for ru: the site shows English" in caplog.text
