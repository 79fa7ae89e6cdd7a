"""Subdomain addressing and address styles: rules, service, API, CLI and form (#16)."""

import json
import re

import pytest

from tempmail import address_styles, addresses, config, create_app, subdomains
from tempmail.inboxes import AddressUnavailable, InboxError, Inboxes
from tempmail.web.create_shape import create_form_shape

import helpers

BASE = "mx.tm.test"


@pytest.fixture
def service(data_dir):
    return Inboxes(helpers.settings(data_dir, SUBDOMAIN_DOMAINS=f"{BASE},{helpers.DOMAIN}"))


@pytest.fixture
def sub_app(data_dir):
    return create_app({"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
                       "SUBDOMAIN_DOMAINS": BASE, "ADDRESS_STYLE": "name",
                       "RATELIMIT_STORAGE_URI": "memory://"})


# --- settings

def test_settings_parse_bases_length_and_style():
    settings = config.load({"TEMPMAIL_SUBDOMAIN_DOMAINS": "MX.Example.NET., b.example.org",
                            "TEMPMAIL_ADDRESS_STYLE": "Words", "TEMPMAIL_SUBDOMAIN_LENGTH": "12"})
    assert settings["SUBDOMAIN_DOMAINS"] == ("mx.example.net", "b.example.org")
    assert settings["ADDRESS_STYLE"] == "words" and settings["SUBDOMAIN_LENGTH"] == 12
    assert config.load({})["SUBDOMAIN_DOMAINS"] == ()
    assert config.load({})["ADDRESS_STYLE"] == "random"


@pytest.mark.parametrize("environ, words", [
    ({"TEMPMAIL_ADDRESS_STYLE": "fancy"}, "ADDRESS_STYLE"),
    ({"TEMPMAIL_SUBDOMAIN_DOMAINS": "not_a domain!"}, "SUBDOMAIN_DOMAINS"),
    ({"TEMPMAIL_SUBDOMAIN_LENGTH": "2"}, "SUBDOMAIN_LENGTH"),
    ({"TEMPMAIL_SUBDOMAIN_LENGTH": "64"}, "SUBDOMAIN_LENGTH"),
])
def test_bad_settings_are_refused_by_name(environ, words):
    with pytest.raises(config.ConfigError, match=words):
        config.load(environ)


# --- labels

@pytest.mark.parametrize("label, expected", [
    ("Shop", "shop"), ("a", "a"), ("x-7", "x-7"), ("9lives", "9lives"), ("a" * 63, "a" * 63),
    ("shop.", "shop"),
])
def test_chosen_labels_are_normalized(label, expected):
    assert subdomains.check_label(label) == expected


@pytest.mark.parametrize("label", [
    "", "-a", "a-", "a" * 64, "a.b", "a_b", "ä", "a b", "www", "MX", "mx2", "mail", "smtp01",
    "_dmarc", "_domainkey", "autodiscover", "autoconfig", "imap", "pop3", "ns1", "mta-sts",
])
def test_bad_and_infrastructure_labels_are_refused(label):
    with pytest.raises(addresses.AddressError):
        subdomains.check_label(label)


def test_random_labels_are_ldh_of_the_configured_length():
    labels = {subdomains.random_label(8) for _ in range(2000)}
    assert len(labels) == 2000
    assert all(re.fullmatch(r"[a-z0-9]{8}", label) for label in labels)
    assert all(subdomains.check_label(label) == label for label in labels)
    assert len(subdomains.random_label(20)) == 20


def test_split_domain_takes_exactly_one_label_under_a_base():
    bases = ("mx.example.net",)
    assert subdomains.split_domain("A.MX.example.net.", bases) == ("a", "mx.example.net")
    assert subdomains.split_domain("a.b.mx.example.net", bases) is None
    assert subdomains.split_domain("mx.example.net", bases) is None
    assert subdomains.split_domain("a.example.net", bases) is None


# --- service

def test_create_random_and_chosen_subdomains(service):
    random_one = service.create(domain=BASE, subdomain="random")
    assert re.fullmatch(r"[a-z0-9]{16}@[a-z0-9]{8}\.mx\.tm\.test", random_one.address)
    chosen = service.create(domain=BASE.upper() + ".", subdomain=" Shop ", name="Lena")
    assert chosen.address == "lena@shop.mx.tm.test"
    typed = service.create(domain="deals.mx.tm.test", name="lena")
    assert typed.address == "lena@deals.mx.tm.test"
    assert service.create(subdomain="random").address.split("@")[1].count(".") >= 2
    plain = service.create(domain=helpers.DOMAIN)  # a base that is also plain stays plain
    assert plain.address.endswith("@" + helpers.DOMAIN)


def test_the_label_length_follows_the_setting(data_dir):
    service = Inboxes(helpers.settings(data_dir, SUBDOMAIN_DOMAINS=BASE, SUBDOMAIN_LENGTH=12))
    label = service.create(domain=BASE, subdomain="random").address.split("@")[1].split(".")[0]
    assert len(label) == 12


@pytest.mark.parametrize("request_kwargs, words", [
    ({"domain": BASE}, "only subdomain"),
    ({"domain": helpers.OTHER_DOMAIN, "subdomain": "random"}, "does not take subdomains"),
    ({"domain": BASE, "subdomain": "www"}, "reserved"),
    ({"domain": BASE, "subdomain": "bad_label"}, "may hold only"),
    ({"domain": BASE, "subdomain": ""}, "empty"),
    ({"domain": "a.b.mx.tm.test"}, "not offered"),
    ({"style": "fancy"}, "not an address style"),
])
def test_refusals_say_why(service, request_kwargs, words):
    with pytest.raises(InboxError) as caught:
        service.create(**request_kwargs)
    assert words in str(caught.value)


def test_without_bases_subdomains_are_refused(data_dir):
    service = Inboxes(helpers.settings(data_dir))
    with pytest.raises(InboxError, match="not offered"):
        service.create(subdomain="random")


def test_uniqueness_is_per_address_and_a_chosen_one_is_never_reissued(service):
    first = service.create(domain=BASE, subdomain="team", name="ann")
    assert service.create(domain=BASE, subdomain="team", name="bob").address == \
        "bob@team.mx.tm.test"
    with pytest.raises(AddressUnavailable):
        service.create(domain=BASE, subdomain="team", name="ann")
    service.delete(first.entry)
    with pytest.raises(AddressUnavailable):
        service.create(domain=BASE, subdomain="team", name="ann")


# --- styles

@pytest.mark.parametrize("style, shape", [
    ("random", r"[a-z0-9]{16}"),
    ("name", r"[a-z]{2,20}\.([a-z]{2,20}[0-9]{2}|[a-z][0-9]{3})"),
    ("words", r"[a-z]{3,10}(\.[a-z]{3,10}){1,2}[0-9]{2}"),
])
def test_every_style_passes_hand_typed_validation(style, shape):
    for _ in range(3000):
        local_part = address_styles.local_part(style)
        assert re.fullmatch(shape, local_part), local_part
        assert addresses.check_local_part(local_part) == local_part


def test_name_lists_are_several_languages_filtered_to_what_validation_takes():
    lists = address_styles.name_lists()
    assert len(lists) >= 10 and {"en_US", "de_DE", "fr_FR", "es_ES"} <= set(lists)
    for firsts, lasts in lists.values():
        for name in firsts + lasts:
            assert re.fullmatch(r"[a-z]{2,20}", name) and not addresses.is_reserved(name)
    assert address_styles.fold("Müller") == "muller" and address_styles.fold("Ørsted") == "orsted"
    assert address_styles.fold("Anna-Lena") == "" and address_styles.fold("Straße") == "strasse"
    assert len(address_styles.word_list()) > 500


def test_entropy_per_style_is_computed_as_documented():
    bits = {style: address_styles.entropy_bits(style) for style in addresses.STYLES}
    assert bits["random"] == pytest.approx(82.7, abs=0.05)
    assert 20 < bits["name"] < bits["words"] < 40
    with open(helpers.ROOT + "/docs/addresses.md", encoding="utf-8") as handle:
        documented = handle.read()
    for style, value in bits.items():
        assert f"| `{style}` | {value:.1f} bits" in documented, style


def test_ten_thousand_name_creations_never_reissue(service):
    retired = [service.create(style="name") for _ in range(300)]
    for issued in retired:
        service.delete(issued.entry)
    retired_addresses = {issued.address for issued in retired}
    made = [service.create(style="name", domain=helpers.DOMAIN).address
            for _ in range(10_000)]
    assert len(set(made)) == len(made)
    assert not set(made) & retired_addresses
    assert not any(addresses.is_reserved(address.split("@")[0]) for address in made)


def test_a_collision_is_drawn_again_and_a_tombstone_never_reissued(service, monkeypatch):
    pool = ["lena.hoffmann91", "lena.hoffmann92", "lena.hoffmann93"]
    drawn = iter(pool * 20)
    monkeypatch.setitem(address_styles._MAKERS, "name", lambda: next(drawn))
    first = service.create(style="name", domain=helpers.DOMAIN)
    service.delete(first.entry)
    made = {service.create(style="name", domain=helpers.DOMAIN).address for _ in range(2)}
    assert first.address not in made and len(made) == 2
    with pytest.raises(InboxError, match="could not find a free address"):
        service.create(style="name", domain=helpers.DOMAIN)


# --- faces

def test_api_creates_with_subdomain_and_style_and_lists_bases(sub_app):
    client = sub_app.test_client()
    domains = client.get("/api/v1/domains").get_json()
    assert domains == {"domains": [helpers.DOMAIN], "subdomain_domains": [BASE],
                       "styles": ["random", "name", "words"], "default_style": "name"}
    response = client.post("/api/v1/inboxes", json={"domain": BASE, "subdomain": "random",
                                                    "style": "words"})
    assert response.status_code == 201
    assert re.fullmatch(r"[a-z.]+[0-9]{2}@[a-z0-9]{8}\.mx\.tm\.test", response.get_json()["address"])
    response = client.post("/api/v1/inboxes", json={})
    assert re.fullmatch(r"[a-z]+\.[a-z0-9]+@tm\.test", response.get_json()["address"])
    response = client.post("/api/v1/inboxes", json={"domain": BASE, "subdomain": "mail"})
    assert response.status_code == 400 and "reserved" in response.get_json()["detail"]
    response = client.post("/api/v1/inboxes", json={"subdomain": 7})
    assert response.status_code == 400
    response = client.post("/api/v1/inboxes", json={"domain": BASE, "subdomain": "x",
                                                    "name": "z"})
    assert client.post("/api/v1/inboxes", json={"domain": BASE, "subdomain": "x",
                                                "name": "z"}).status_code == 409


def test_cli_create_takes_subdomain_and_style(sub_app):
    runner = sub_app.test_cli_runner()
    result = runner.invoke(args=["tempmail", "create", "--domain", BASE, "--subdomain", "Home",
                                 "--style", "words"])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"[a-z.]+[0-9]{2}@home\.mx\.tm\.test",
                        json.loads(result.output)["address"])
    result = runner.invoke(args=["tempmail", "create", "--style", "fancy"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    result = runner.invoke(args=["tempmail", "create", "--domain", BASE, "--subdomain", "www"])
    assert result.exit_code == 1 and "reserved" in result.output


def test_the_form_maps_choices_to_create_keywords():
    assert create_form_shape({}) == {"subdomain": None, "style": None}
    assert create_form_shape({"subdomain": "random", "subdomain_label": "x"})["subdomain"] \
        == "random"
    assert create_form_shape({"subdomain": "custom", "subdomain_label": ""})["subdomain"] == ""
    assert create_form_shape({"subdomain": "", "subdomain_label": "shop"})["subdomain"] == "shop"
    assert create_form_shape({"style": "name"})["style"] == "name"


def test_the_site_form_offers_styles_and_subdomains_and_keeps_a_refused_choice(sub_app):
    sub_app.config["WTF_CSRF_ENABLED"] = False
    client = sub_app.test_client()
    page = client.get("/").get_data(as_text=True)
    assert 'name="subdomain"' in page and 'name="subdomain_label"' in page
    assert '<option value="name" selected>' in page
    assert f'<option value="{BASE}"' in page
    response = client.post("/new", data={"domain": BASE, "subdomain": "custom",
                                         "subdomain_label": "smtp", "style": "words"},
                           follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "reserved" in page and 'value="smtp"' in page
    assert '<option value="custom" selected>' in page
    assert '<option value="words" selected>' in page
    client.post("/new", data={"domain": BASE, "subdomain": "random", "style": "words"})
    page = client.get("/").get_data(as_text=True)
    assert re.search(r"[a-z.]+[0-9]{2}@[a-z0-9]{8}\.mx\.tm\.test", page)


def test_domains_keeps_its_first_shape_without_bases(client):
    assert set(client.get("/api/v1/domains").get_json()) == {"domains"}


def test_a_trailing_dot_finds_the_same_inbox(service):
    issued = service.create(domain=BASE, subdomain="dot", name="eve")
    found = service.find("EVE@Dot.MX.tm.test.")
    assert (found.address, found.mailbox_id) == (issued.entry.address, issued.entry.mailbox_id)


def test_the_lists_come_from_an_installed_package_with_its_licence():
    import importlib.metadata
    dist = importlib.metadata.distribution("faker")
    licences = [f for f in dist.files or () if f.name.upper().startswith("LICENSE")]
    assert licences and "Permission is hereby granted" in licences[0].read_text()
    assert not set(address_styles.word_list()) & address_styles.UNWANTED_WORDS
