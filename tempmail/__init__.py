"""tempmail: disposable email addresses.

Kept empty of imports: the router service (tempmail.lmtp_service) imports this
package and must not load Flask. The app factory lives in tempmail.app.
"""


def create_app(test_config=None, clock=None):
    """Create the Flask app (see tempmail.app.create_app)."""
    from tempmail.app import create_app as factory  # noqa: PLC0415 (the router must not load Flask)
    return factory(test_config, clock=clock)
