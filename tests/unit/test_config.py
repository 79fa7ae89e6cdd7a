import pytest

from tempmail import config


def test_defaults():
    settings = config.load({})
    assert settings["LIFETIME"] == 3600
    assert settings["MAILBOX_MAX_MESSAGES"] == 100
    assert settings["MAILBOX_MAX_BYTES"] == 50 * 1024 * 1024
    assert settings["DISK_RESERVE"] == 1024 ** 3
    assert settings["DOMAINS"] == ("tempmail.localhost",)
    assert settings["DATA_DIR"].startswith("/")


def test_environment_overrides_defaults_and_is_typed():
    settings = config.load({"TEMPMAIL_LIFETIME": "120", "TEMPMAIL_DOMAINS": "A.test, b.test",
                            "TEMPMAIL_CAPTCHA": "yes", "TEMPMAIL_DATA_DIR": "/srv/tm"})
    assert settings["LIFETIME"] == 120
    assert settings["DOMAINS"] == ("a.test", "b.test")
    assert settings["CAPTCHA"] is True
    assert settings["DATA_DIR"] == "/srv/tm"


@pytest.mark.parametrize("env,message", [
    ({"TEMPMAIL_LIFETIME": "soon"}, "must be a number"),
    ({"TEMPMAIL_DOMAINS": " , "}, "at least one domain"),
    ({"TEMPMAIL_DOMAINS": "bad_domain.test"}, "not a valid domain"),
    ({"TEMPMAIL_LIFETIME": "999999"}, "MAX_LIFETIME"),
    ({"TEMPMAIL_MAILBOX_MAX_MESSAGES": "0"}, "at least 1"),
    ({"TEMPMAIL_INACTIVITY": "-1"}, "negative"),
    ({"TEMPMAIL_MAILBOX_MAX_BYTES": "1000"}, "at least TEMPMAIL_MAX_MESSAGE_SIZE"),
    ({"TEMPMAIL_DISK_RESERVE": "lots"}, "must be a number"),
    ({"TEMPMAIL_SECRET_KEY": "replace-with-64-hex-characters"}, "placeholder"),
    ({"TEMPMAIL_SECRET_KEY": "short"}, "placeholder or shorter"),
])
def test_bad_settings_are_named(env, message):
    with pytest.raises(config.ConfigError, match=message):
        config.load(env)


def test_the_shipped_env_file_does_not_start_the_app(tmp_path):
    import os
    shipped = os.path.join(os.path.dirname(__file__), "..", "..", "deploy", "tempmail.env")
    environ = {}
    with open(shipped, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    for line in lines:
        name, eq, value = line.strip().partition("=")
        if eq and not name.startswith("#"):
            environ[name] = value.strip('"')
    environ["TEMPMAIL_DATA_DIR"] = str(tmp_path)
    with pytest.raises(config.ConfigError, match="SECRET_KEY"):
        config.load(environ)
    from tempmail import create_app
    with pytest.raises(config.ConfigError, match="SECRET_KEY"):
        create_app({"SECRET_KEY": environ["TEMPMAIL_SECRET_KEY"], "DATA_DIR": str(tmp_path)})


def test_the_registry_url_is_postgresql_or_nothing():
    assert config.load({}, {"REGISTRY_URL": ""})["REGISTRY_URL"] == ""
    url = "postgresql://tm@127.0.0.1:5432/tempmail"
    assert config.load({"TEMPMAIL_REGISTRY_URL": f" {url} "})["REGISTRY_URL"] == url
    with pytest.raises(config.ConfigError, match="postgresql://"):
        config.load({"TEMPMAIL_REGISTRY_URL": "sqlite:///x.db"})
