"""tempmail: disposable email addresses.

Kept empty of imports: Exim's router imports tempmail.router once per message
under ``python3 -I -S``, and must not pay for Flask. The app factory lives in
tempmail.app.
"""


def create_app(test_config=None, clock=None):
    """Create the Flask app (see tempmail.app.create_app)."""
    from tempmail.app import create_app as factory
    return factory(test_config, clock=clock)
