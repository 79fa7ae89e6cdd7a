"""The signed-cookie session: over HTTPS it is Secure and named with the __Host- prefix.

A __Host- cookie is refused by browsers unless it is Secure, has Path=/ and no
Domain, so a sibling subdomain (another site under the same registrable
domain) cannot plant a session on ours.
"""

from flask import request
from flask.sessions import SecureCookieSessionInterface

HOST_PREFIX = "__Host-"


class SessionInterface(SecureCookieSessionInterface):
    def get_cookie_secure(self, app) -> bool:
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or request.is_secure

    def get_cookie_name(self, app) -> str:
        name = super().get_cookie_name(app)
        return HOST_PREFIX + name if self.get_cookie_secure(app) else name

    def get_cookie_domain(self, app) -> None:
        return None  # __Host- forbids a Domain; no other cookie of ours needs one

    def get_cookie_path(self, app) -> str:
        return "/"
