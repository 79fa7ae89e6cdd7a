"""A real DNS server on 127.0.0.1 for the doctor's tests (dnslib), answering from a dict."""

import dnslib
from dnslib.server import BaseResolver, DNSLogger, DNSServer


class Zone(BaseResolver):
    """Answer from records {name: [(type, value)]}; "*.base" names are wildcards."""

    def __init__(self, records):
        self.records = records

    def _owned(self, name):
        if name in self.records:
            return self.records[name]
        labels = name.split(".")
        for start in range(1, len(labels) - 1):
            wildcard = "*." + ".".join(labels[start:])
            if wildcard in self.records:
                return self.records[wildcard]
        return None

    def resolve(self, request, handler):
        reply = request.reply()
        name = str(request.q.qname).rstrip(".").lower()
        kind = dnslib.QTYPE[request.q.qtype]
        owned = self._owned(name)
        if owned is None:
            reply.header.rcode = dnslib.RCODE.NXDOMAIN
            return reply
        for record_kind, value in owned:
            if record_kind != kind:
                continue
            if kind == "MX":
                preference, host = value
                data = dnslib.MX(host, preference)
            else:
                data = getattr(dnslib, kind)(value)
            reply.add_answer(dnslib.RR(request.q.qname, request.q.qtype, rdata=data, ttl=60))
        return reply


class LocalDNS:
    """A UDP DNS server on a free 127.0.0.1 port; .records may be changed while it runs."""

    def __init__(self, records=None, address="127.0.0.1", port=0):
        self.zone = Zone(dict(records or {}))
        self.server = DNSServer(self.zone, address=address, port=port,
                                logger=DNSLogger(log="-request,-reply,-truncated,-error,-recv,-send,-data",
                                                 logf=lambda text: None))
        self.server.start_thread()
        self.port = self.server.server.server_address[1]
        self.address = f"{address}:{self.port}"

    @property
    def records(self):
        return self.zone.records

    def stop(self):
        self.server.stop()
        self.server.server.server_close()
