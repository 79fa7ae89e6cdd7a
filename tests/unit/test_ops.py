import io
import os
import socket

from tempmail import create_app, metrics, purge, router

import helpers


def make_app(data_dir, **config):
    values = {"DATA_DIR": data_dir, "DOMAINS": helpers.DOMAIN, "TESTING": True,
              "RATELIMIT_STORAGE_URI": "memory://"}
    values.update(config)
    return create_app(values)


def test_healthz_reports_checks(data_dir):
    client = make_app(data_dir).test_client()
    router = helpers.Router(data_dir)
    try:
        response = client.get("/healthz")
    finally:
        router.stop()
    assert response.status_code == 200 and response.json["status"] == "ok"
    assert {c["name"]: c["ok"] for c in response.json["checks"]} == {
        "registry": True, "data_dir_writable": True, "disk_space": True, "router": True}


def test_healthz_says_when_the_router_does_not_answer(data_dir):
    client = make_app(data_dir).test_client()
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json["status"] == "degraded"
    assert [c["ok"] for c in response.json["checks"] if c["name"] == "router"] == [False]
    os.makedirs(os.path.join(data_dir, "router"), exist_ok=True)
    with socket.socket(socket.AF_UNIX) as silent:  # listens, never greets
        silent.bind(os.path.join(data_dir, "router", "lmtp.sock"))
        silent.listen(1)
        response = client.get("/healthz")
    assert response.json["status"] == "degraded"


def test_healthz_fails_when_the_registry_is_broken(data_dir):
    app = make_app(data_dir)
    client = app.test_client()
    client.get("/healthz")
    app.extensions["tempmail"].registry.close()
    with open(os.path.join(data_dir, "registry.sqlite3"), "wb") as handle:
        handle.write(b"not a database" * 100)
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json["status"] == "failing"


def test_metrics_are_counts_only(data_dir):
    app = make_app(data_dir)
    client = app.test_client()
    service = app.extensions["tempmail"]
    issued = service.create(lifetime=3600)
    local_part, domain = issued.address.split("@")
    router.main(["--data-dir", data_dir], io.BytesIO(b"Subject: s\n\nbody text\n"),
                {"LOCAL_PART": local_part, "DOMAIN": domain})
    metrics.add(data_dir, {"accepted": 3, "refused_unknown": 7, "deferred_disk": 2})
    doomed = service.create(lifetime=0.001)
    purge.purge(service, now=doomed.expires_at + 1)
    text = client.get("/metrics").get_data(as_text=True)
    assert "tempmail_live_addresses 1" in text
    assert "tempmail_messages_stored 1" in text
    assert "tempmail_deliveries_total 3" in text
    assert 'tempmail_refusals_total{reason="unknown_or_expired"} 7' in text
    assert "tempmail_purges_total 1" in text and "tempmail_purged_mailboxes_total 1" in text
    assert local_part not in text and "body text" not in text
    assert "# TYPE tempmail_deliveries_total counter" in text
    assert 'tempmail_deferrals_total{reason="disk"} 2' in text


def test_ops_routes_are_restricted(data_dir):
    client = make_app(data_dir, OPS_ALLOW="10.1.0.0/16").test_client()
    for path in ("/healthz", "/metrics"):
        assert client.get(path).status_code == 404
        assert client.get(path, environ_base={"REMOTE_ADDR": "10.1.2.3"}).status_code == 200
    open_client = make_app(data_dir, OPS_ALLOW="").test_client()
    assert open_client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"}).status_code == 200
