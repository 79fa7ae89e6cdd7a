"""The shipped nginx site (deploy/nginx/tempmail.conf) on the host, in front of the compose
stack's published ports, its two upstreams changed as docs/deploy.md ("With containers")
says: tempmail_app to the web port, tempmail_streams to the streams port."""

import os
import shutil
import subprocess

import helpers

NGINX = os.path.join(helpers.ROOT, "deploy", "nginx")


class NginxInFront:
    """nginx with TLS (a self-signed certificate) on a free 127.0.0.1 port, as root."""

    def __init__(self, folder, http_port, stream_port):
        self.folder, self.port = str(folder), helpers.free_port()
        self.cert, key = os.path.join(self.folder, "cert.pem"), os.path.join(self.folder, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", self.cert], check=True, capture_output=True)
        proxy_conf = os.path.join(self.folder, "tempmail-proxy.conf")
        shutil.copy(os.path.join(NGINX, "tempmail-proxy.conf"), proxy_conf)
        with open(os.path.join(NGINX, "tempmail.conf")) as handle:
            site = handle.read()
        for old, new in (  # the documented change first, then what a test on 127.0.0.1 needs
                ("server unix:/run/tempmail/gunicorn.sock", f"server 127.0.0.1:{http_port}"),
                ("server unix:/run/tempmail-stream/stream.sock", f"server 127.0.0.1:{stream_port}"),
                ("listen 443 ssl http2;", f"listen 127.0.0.1:{self.port} ssl http2;"),
                ("listen 80;", f"listen 127.0.0.1:{helpers.free_port()};"),
                ("listen [::]:443 ssl http2;", ""), ("listen [::]:80;", ""),
                ("/etc/letsencrypt/live/tmp.example.org/fullchain.pem", self.cert),
                ("/etc/letsencrypt/live/tmp.example.org/privkey.pem", key),
                ("/var/log/nginx/tempmail.error.log", os.path.join(self.folder, "error.log")),
                ("/etc/nginx/tempmail-proxy.conf", proxy_conf)):
            assert old in site, f"the shipped nginx site no longer has {old!r}"
            site = site.replace(old, new)
        main = os.path.join(self.folder, "nginx.conf")
        with open(main, "w") as handle:
            handle.write(f"user root;\nworker_processes 1;\npid {self.folder}/nginx.pid;\n"
                         f"error_log {self.folder}/main-error.log warn;\n"
                         f"events {{ worker_connections 64; }}\nhttp {{\n"
                         f"access_log off;\n{site}\n}}\n")
        with open(os.path.join(self.folder, "stderr.log"), "wb") as log:
            self.process = subprocess.Popen(["nginx", "-c", main, "-p", self.folder,
                                             "-g", "daemon off;"], stdout=log, stderr=log)
        if not helpers.port_open(self.port, self.process):
            self.stop()
            with open(os.path.join(self.folder, "stderr.log")) as log:
                raise RuntimeError(f"nginx did not start: {log.read()}")

    def stop(self):
        helpers.stop_process(self.process, timeout=10)
