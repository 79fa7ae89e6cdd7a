"""The site's create form: a chosen or random name, a domain from the offered ones."""

import html
import re

from tempmail import create_app

import helpers

BOTH = f"{helpers.DOMAIN},{helpers.OTHER_DOMAIN}"


def make_site(data_dir, **config):
    values = {"DATA_DIR": data_dir, "DOMAINS": BOTH, "TESTING": True,
              "RATELIMIT_STORAGE_URI": "memory://"}
    values.update(config)
    return create_app(values).test_client()


def csrf(page):
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def create(client, **form):
    page = client.get("/?again=1").get_data(as_text=True)
    return client.post("/new", data=dict({"csrf_token": csrf(page)}, **form))


def shown_address(client):
    page = client.get("/").get_data(as_text=True)
    return re.search(r'<output id="address" class="address-text">([^<]+)</output>', page).group(1)


def test_the_form_offers_the_offered_domains_with_one_preselected(data_dir):
    page = make_site(data_dir).get("/").get_data(as_text=True)
    options = re.findall(r'<option value="([^"]+)"\s*(selected)?>[^<]*</option>', page.split(
        'id="domain"')[1].split("</select>")[0])
    assert [value for value, _ in options] == [helpers.DOMAIN, helpers.OTHER_DOMAIN]
    assert sum(1 for _, selected in options if selected) == 1
    assert 'name="name"' in page and 'placeholder="random name"' in page
    retired = make_site(data_dir, OFFERED_DOMAINS=helpers.OTHER_DOMAIN).get("/").get_data(
        as_text=True)
    assert 'id="domain"' not in retired and helpers.DOMAIN not in retired


def test_a_chosen_name_and_domain_are_issued(data_dir):
    client = make_site(data_dir)
    assert create(client, name="Jane.Doe", domain=helpers.OTHER_DOMAIN).status_code == 302
    assert shown_address(client) == f"jane.doe@{helpers.OTHER_DOMAIN}"


def test_an_empty_name_is_random_in_one_click(data_dir):
    client = make_site(data_dir)
    assert create(client, name="", domain=helpers.DOMAIN).status_code == 302
    local_part, domain = shown_address(client).split("@")
    assert domain == helpers.DOMAIN and re.fullmatch(r"[a-z0-9]{16}", local_part)


def test_refused_names_say_why_and_keep_what_was_typed(data_dir):
    client = make_site(data_dir)
    assert create(client, name="taken", domain=helpers.DOMAIN).status_code == 302
    other = make_site(data_dir)
    for name, reason in [("taken", "never issued twice"), ("mailer_daemon", "reserved"),
                         ("bad name!", "may hold only")]:
        response = create(other, name=name, domain=helpers.DOMAIN)
        assert response.status_code == 302 and "again=1" in response.headers["Location"]
        page = other.get(response.headers["Location"]).get_data(as_text=True)
        assert reason in page.replace("&#39;", "'"), name
        assert f'name="name" type="text" value="{html.escape(name)}"' in page
    assert create(other, name="x", domain="elsewhere.test").status_code == 302
    assert "not offered" in other.get("/?again=1").get_data(as_text=True)


def test_a_retired_domain_cannot_be_chosen_on_the_site(data_dir):
    client = make_site(data_dir, OFFERED_DOMAINS=helpers.OTHER_DOMAIN)
    create(client, name="someone", domain=helpers.DOMAIN)
    assert "not offered" in client.get("/?again=1").get_data(as_text=True)
    create(client, name="someone")
    assert shown_address(client) == f"someone@{helpers.OTHER_DOMAIN}"
