"""Realistic verification mails with the answer a person expects from each.

Each case: lang, subject, text and/or html, the expected one-time codes (in
order of likelihood; [] when there is none) and the expected first link (the
one a person clicks to confirm or log in; None when there is none).
"""

CASES = [
    dict(lang="en", subject="Your verification code",
         text="Hi Sam,\n\nYour verification code is 482913.\nIt expires in 10 minutes.\n\n"
              "If you didn't ask for this, ignore this email.\nAcme Inc, 1 Main St, Springfield 62704",
         codes=["482913"], link=None),
    dict(lang="en", subject="482913 is your Acme code",
         text="Use 482913 to sign in. Never share this code.", codes=["482913"], link=None),
    dict(lang="en", subject="Confirm your email address",
         html='<p>Welcome to Widgetly!</p><p><a href="https://app.widgetly.example/confirm?t=9f8e7d">'
              'Confirm email</a></p><p><a href="https://widgetly.example/unsubscribe?u=1">'
              'Unsubscribe</a> · <a href="https://widgetly.example/privacy">Privacy</a></p>',
         codes=[], link="https://app.widgetly.example/confirm?t=9f8e7d"),
    dict(lang="en", subject="Your sign-in link",
         html='<table><tr><td><a href="https://click.mailer.example/ls/click?upn=abc123">'
              'Sign in to Notely</a></td></tr></table><img src="https://open.mailer.example/o/x.gif" '
              'width="1" height="1"><a href="https://notely.example/help">Help center</a>',
         codes=[], link="https://click.mailer.example/ls/click?upn=abc123"),
    dict(lang="en", subject="Order #784512 confirmed",
         text="Thanks for your order #784512 placed on 24.11.2026.\nTotal: $129.99\n"
              "Questions? Call 1-800-555-0199.\nTrack it: https://shop.example/track/784512",
         codes=[], link=None),
    dict(lang="en", subject="Security alert: new sign-in",
         text="We noticed a new sign-in to your account on Nov 24, 2026 at 09:41.\n"
              "If this was you, no action is needed.", codes=[], link=None),
    dict(lang="en", subject="Your one-time passcode",
         text="Your one-time passcode: 90 21 77\nValid for 5 minutes.", codes=["902177"],
         link=None),
    dict(lang="en", subject="Reset your password",
         text="Someone asked to reset your password.\nReset it here: "
              "https://accounts.example.com/reset?token=Zx81Qw\n\nManage your email preferences: "
              "https://accounts.example.com/preferences",
         codes=[], link="https://accounts.example.com/reset?token=Zx81Qw"),
    dict(lang="en", subject="Your GitHub launch code",
         text="Here is your GitHub launch code: 71826354\n\nThanks, The GitHub Team",
         codes=["71826354"], link=None),
    dict(lang="en", subject="Verify your account",
         html='<h1>Almost there</h1><p>Enter this code: <b>K7Q2-X9M4</b></p>'
              '<p>or <a href="https://id.example.org/verify/K7Q2X9M4">verify in one click</a></p>',
         codes=["K7Q2-X9M4"], link="https://id.example.org/verify/K7Q2X9M4"),
    dict(lang="de", subject="Ihr Bestätigungscode",
         text="Hallo,\n\nIhr Bestätigungscode lautet: 583 201\nEr ist 15 Minuten gültig.\n\n"
              "Bestellnummer 99887766 · Telefon 030 1234567",
         codes=["583201"], link=None),
    dict(lang="de", subject="Bitte bestätigen Sie Ihre E-Mail-Adresse",
         html='<p>Vielen Dank für Ihre Registrierung.</p><p><a href="https://konto.example.de/'
              'bestaetigen?k=77aa">E-Mail-Adresse bestätigen</a></p><p><a href="https://example.de/'
              'abmelden">Newsletter abbestellen</a> | <a href="https://example.de/datenschutz">'
              'Datenschutz</a></p>', codes=[], link="https://konto.example.de/bestaetigen?k=77aa"),
    dict(lang="de", subject="Anmeldung",
         text="Ihr Sicherheitscode: 4471\nRechnung Nr. 20261124 folgt per Post.", codes=["4471"],
         link=None),
    dict(lang="fr", subject="Votre code de vérification",
         text="Bonjour,\n\nVotre code de vérification est : 339021.\nCe code expire dans 10 minutes."
              "\nCommande n° 55667788 du 24/11/2026, montant 49,90 €",
         codes=["339021"], link=None),
    dict(lang="fr", subject="Confirmez votre adresse e-mail",
         html='<p>Bienvenue !</p><a href="https://compte.example.fr/confirmer?jeton=xyz">Confirmer '
              'mon adresse</a><br><a href="https://example.fr/desinscription">Se désinscrire</a>',
         codes=[], link="https://compte.example.fr/confirmer?jeton=xyz"),
    dict(lang="es", subject="Tu código de verificación",
         text="Hola,\n\nTu código de verificación es 771204.\nPedido 12345678 enviado el 24-11-2026.",
         codes=["771204"], link=None),
    dict(lang="es", subject="Confirma tu cuenta",
         html='<p>Gracias por registrarte.</p><p><a href="https://cuenta.example.es/verificar?c=1a2b">'
              'Verificar mi cuenta</a></p><p><a href="https://example.es/baja">Darse de baja</a></p>',
         codes=[], link="https://cuenta.example.es/verificar?c=1a2b"),
    dict(lang="it", subject="Il tuo codice",
         text="Il tuo codice di verifica è 6620 19", codes=["662019"], link=None),
    dict(lang="nl", subject="Je verificatiecode",
         text="Je verificatiecode is 905118. Bestelling 44556677 is onderweg.", codes=["905118"],
         link=None),
    dict(lang="pt", subject="Seu código de confirmação",
         text="Seu código de confirmação é: 218734", codes=["218734"], link=None),
    dict(lang="pl", subject="Kod weryfikacyjny",
         text="Twój kod weryfikacyjny to 640 112.", codes=["640112"], link=None),
    dict(lang="ru", subject="Код подтверждения",
         text="Ваш код подтверждения: 552801", codes=["552801"], link=None),
    dict(lang="ja", subject="認証コードのお知らせ",
         text="認証コード: 319475\n有効期限は10分です。", codes=["319475"], link=None),
    dict(lang="zh", subject="验证码",
         text="您的验证码是 846201，5分钟内有效。", codes=["846201"], link=None),
    dict(lang="en", subject="Welcome to the newsletter",
         html='<p>Issue 42 — 2026 in review</p><p>Prices from $19.99, call 555-0142</p>'
              '<a href="https://news.example.com/article/42">Read the article</a>'
              '<a href="https://news.example.com/unsubscribe">unsubscribe</a>',
         codes=[], link=None),
    dict(lang="en", subject="Your Slack confirmation code",
         html='<p>Your confirmation code is below — enter it in your open browser window.</p>'
              '<div style="font-size:30px">QLT-7HX</div><p>Slack Technologies, 500 Howard Street</p>',
         codes=["QLT-7HX"], link=None),
    dict(lang="en", subject="Magic link for Linear",
         html='<p><a href="https://linear.example/auth/magic?token=ml_9d8c">Log in to Linear</a></p>'
              '<p>This link expires in 10 minutes.</p>',
         codes=[], link="https://linear.example/auth/magic?token=ml_9d8c"),
    dict(lang="en", subject="Two-factor authentication",
         text="Your 2FA PIN is 8830. Account number 00441122 will not be asked for.",
         codes=["8830"], link=None),
    dict(lang="en", subject="Your login code",
         html='<tr><td>Your login code</td></tr><tr><td><strong>8 3 1 2 7 4</strong></td></tr>'
              '<p>Meeting ID: 812 3456 7890</p>', codes=["831274"], link=None),
    dict(lang="en", subject="Black Friday: 30% off everything",
         text="Use code SAVE30 at checkout. Offer ends 30.11.2026. Shop now: https://shop.example/bf",
         codes=[], link=None),
    dict(lang="en", subject="G-739145 is your Google verification code",
         text="G-739145 is your Google verification code.", codes=["G-739145"], link=None),
    dict(lang="en", subject="Zoom verification",
         text="Your verification code is: 4D7-2KQ. Meeting ID: 812 3456 7890", codes=["4D7-2KQ"],
         link=None),
    dict(lang="en", subject="You're invited to join Acme on Teamly",
         html='<p>Maria invited you.</p><a href="https://teamly.example/invite/accept?i=55">Accept '
              'invitation</a> <a href="https://teamly.example/settings/notifications">Manage '
              'notifications</a>', codes=[], link="https://teamly.example/invite/accept?i=55"),
]


def score(extract, cases=CASES):
    """Return ({"codes": (precision, recall), "links": (...)}, misses) of extract on cases.

    A case counts as found when the first code (or first action link) equals the
    expected one; a wrong first answer is a false positive, a missed one a false
    negative.
    """
    counts = {"codes": [0, 0, 0], "links": [0, 0, 0]}
    misses = []
    for case in cases:
        found = extract(case["subject"], case.get("text"), case.get("html"))
        got = {"codes": found["codes"][:1],
               "links": [link["url"] for link in found["links"] if link["kind"] == "action"][:1]}
        want = {"codes": case["codes"][:1], "links": [case["link"]] if case["link"] else []}
        for kind, tally in counts.items():
            if got[kind] and got[kind] == want[kind]:
                tally[0] += 1
            else:
                tally[1] += bool(got[kind])
                tally[2] += bool(want[kind])
                if got[kind] or want[kind]:
                    misses.append((case["lang"], case["subject"], kind, got[kind], want[kind]))
    rates = {kind: (tp / max(1, tp + fp), tp / max(1, tp + fn))
             for kind, (tp, fp, fn) in counts.items()}
    return rates, misses
