"""/healthz and /metrics for the operator: counts and checks only, never an address.

/healthz: 200 "ok"; 200 "degraded" when only the router socket does not answer
LHLO (mail waits in Exim's queue); 503 "failing" when the registry, the data
folder or the disk fails.

Both answer only to clients in OPS_ALLOW (CIDRs; loopback by default, empty for
everyone); the shipped nginx site also keeps them off the public side.
"""

import ipaddress
import os
import shutil
import threading
import time

from flask import Blueprint, Response, abort, current_app, jsonify, request

from tempmail import lmtp_probe, metrics
from tempmail.web import service

bp = Blueprint("ops", __name__)
STATS_TTL = 30.0
MIN_FREE_BYTES = 256 * 1024 * 1024
_stats = {"at": 0.0, "value": None}
_stats_lock = threading.Lock()


@bp.before_request
def only_for_the_operator():
    allowed = current_app.config["OPS_ALLOW"]
    if not allowed:
        return None
    try:
        client = ipaddress.ip_address(request.remote_addr or "")
    except ValueError:
        abort(404)
    if client.version == 6 and client.ipv4_mapped:
        client = client.ipv4_mapped
    if not any(client in ipaddress.ip_network(net, strict=False) for net in allowed):
        abort(404)
    return None


def _check(name, function):
    try:
        detail = function()
        return {"name": name, "ok": True, **({"detail": detail} if detail else {})}
    except Exception as exc:
        return {"name": name, "ok": False, "detail": type(exc).__name__}


def _registry():
    service().ensure_ready()
    service().registry.counts()
    return service().registry_backend


def _writable():
    probe = os.path.join(service().data_dir, f".healthz-{os.getpid()}-{threading.get_ident()}")
    with open(probe, "w") as handle:
        handle.write("ok")
    os.unlink(probe)


def _router():
    path = current_app.config.get("ROUTER_SOCKET") or \
        os.path.join(service().node_dir, "router", "lmtp.sock")
    lmtp_probe.check(path, timeout=2.0)


def _disk():
    usage = shutil.disk_usage(service().data_dir)
    if usage.free < MIN_FREE_BYTES:
        raise OSError("low disk space")
    return f"{usage.free // (1024 * 1024)} MiB free"


@bp.get("/healthz")
def healthz():
    checks = [_check("registry", _registry), _check("data_dir_writable", _writable),
              _check("disk_space", _disk)]
    router = _check("router", _router)
    healthy = all(check["ok"] for check in checks)
    # The site still serves while the router is down (Exim queues and retries the
    # mail), so a dead router degrades the answer without failing it.
    status = "failing" if not healthy else "ok" if router["ok"] else "degraded"
    response = jsonify({"status": status, "registry_backend": service().registry_backend,
                        "checks": checks + [router]})
    response.status_code = 200 if healthy else 503
    return response


def _stored():
    with _stats_lock:
        if _stats["value"] is None or time.monotonic() - _stats["at"] > STATS_TTL:
            _stats["value"], _stats["at"] = service().stats(), time.monotonic()
        return _stats["value"]


@bp.get("/metrics")
def prometheus():
    stored = _stored()
    counters = metrics.read(service().node_dir)
    lines = []

    def metric(name, kind, help_text, samples):
        lines.append(f"# HELP tempmail_{name} {help_text}")
        lines.append(f"# TYPE tempmail_{name} {kind}")
        for labels, value in samples:
            lines.append(f"tempmail_{name}{labels} {value}")

    metric("live_addresses", "gauge", "Addresses that receive mail now.",
           [("", stored["live_addresses"])])
    metric("messages_stored", "gauge", "Messages held by live addresses.",
           [("", stored["messages"])])
    metric("bytes_stored", "gauge", "Bytes of mail held by live addresses.",
           [("", stored["bytes"])])
    metric("expired_awaiting_purge", "gauge", "Expired addresses the next purge removes.",
           [("", stored["expired_awaiting_purge"])])
    metric("deliveries_total", "counter", "Messages the router stored (one per recipient).",
           [("", counters["accepted"])])
    metric("refusals_total", "counter", "Recipients Exim refused at RCPT.",
           [('{reason="unknown_or_expired"}', counters["refused_unknown"]),
            ('{reason="relay"}', counters["refused_relay"]),
            ('{reason="invalid"}', counters["refused_invalid"])])
    metric("deferrals_total", "counter", "Recipients deferred (4xx), by reason.",
           [('{reason="registry"}', counters["deferred_registry"]),
            ('{reason="disk"}', counters["deferred_disk"]),
            ('{reason="ratelimit"}', counters["deferred_ratelimit"]),
            ('{reason="storage"}', counters["deferred_storage"])])
    metric("purges_total", "counter", "Purge runs.", [("", counters["purge_runs"])])
    metric("purged_mailboxes_total", "counter", "Mailboxes purged.",
           [("", counters["purged_mailboxes"])])
    metric("purged_messages_total", "counter", "Messages purged.",
           [("", counters["purged_messages"])])
    _webhook_metrics(metric, counters)
    return Response("\n".join(lines) + "\n", mimetype="text/plain",
                    headers={"Cache-Control": "no-store"})


def _webhook_metrics(metric, counters):
    metric("webhook_attempts_total", "counter", "Webhook POSTs by outcome (sent: a 2xx answer).",
           [('{outcome="sent"}', counters["webhook_sent"]),
            ('{outcome="failed"}', counters["webhook_failed"]),
            ('{outcome="refused"}', counters["webhook_refused"])])
    metric("webhook_events_dropped_total", "counter",
           "Webhook events dropped unsent (inbox gone, webhook removed or turned off).",
           [("", counters["webhook_dropped"])])
    metric("webhook_events_queued", "gauge", "Webhook events waiting to be posted.",
           [("", service().webhook_queue_length())])
    metric("webhook_worker_up", "gauge", "1 if the webhook worker's heartbeat is fresh.",
           [("", int(service().webhook_worker_alive()))])
