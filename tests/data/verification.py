"""Realistic verification mails with the answer a person expects from each.

Each case: lang, subject, text and/or html, the expected one-time codes (in
order of likelihood; [] when there is none) and the expected first link (the
one a person clicks to confirm or log in; None when there is none).
"""

import email.message

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
         text="G-739145 is your Google verification code.", codes=["739145"], link=None),
    dict(lang="en", subject="Zoom verification",
         text="Your verification code is: 4D7-2KQ. Meeting ID: 812 3456 7890", codes=["4D7-2KQ"],
         link=None),
    dict(lang="en", subject="You're invited to join Acme on Teamly",
         html='<p>Maria invited you.</p><a href="https://teamly.example/invite/accept?i=55">Accept '
              'invitation</a> <a href="https://teamly.example/settings/notifications">Manage '
              'notifications</a>', codes=[], link="https://teamly.example/invite/accept?i=55"),
]


# Four hold-out sets, written before the extractor saw them and scored blind
# (the first 23/32; the second 25/26; the third 9/12 on links; the fourth
# codes 1.00/1.00, links 1.00/0.83; each after the ones before were learnt
# from), then kept here so what they taught stays taught.
CASES += [
    dict(lang="it", subject="Codice di verifica", text="Ciao,\nil tuo codice di verifica è 482 913.\nScade tra 10 minuti.", codes=["482913"], link=None),
    dict(lang="pt", subject="Confirme seu e-mail", text="Olá! Use o código 583920 para confirmar seu endereço de e-mail.", codes=["583920"], link=None),
    dict(lang="nl", subject="Je verificatiecode", text="Je verificatiecode is 918273. Deel deze code met niemand.", codes=["918273"], link=None),
    dict(lang="pl", subject="Kod weryfikacyjny", text="Twój kod weryfikacyjny to 662190.", codes=["662190"], link=None),
    dict(lang="ru", subject="Код подтверждения", text="Ваш код подтверждения: 4821. Никому его не сообщайте.", codes=["4821"], link=None),
    dict(lang="tr", subject="Doğrulama kodu", text="Doğrulama kodunuz: 738291\nBu kodu kimseyle paylaşmayın.", codes=["738291"], link=None),
    dict(lang="sv", subject="Din verifieringskod", text="Din verifieringskod är 552901. Koden gäller i 10 minuter.", codes=["552901"], link=None),
    dict(lang="da", subject="Bekræft din e-mail", text="Din bekræftelseskode er 318204.", codes=["318204"], link=None),
    dict(lang="fi", subject="Vahvistuskoodi", text="Vahvistuskoodisi on 551203.", codes=["551203"], link=None),
    dict(lang="cs", subject="Ověřovací kód", text="Váš ověřovací kód je 771920.", codes=["771920"], link=None),
    dict(lang="el", subject="Κωδικός επαλήθευσης", text="Ο κωδικός επαλήθευσης είναι 551902.", codes=["551902"], link=None),
    dict(lang="zh", subject="验证码", text="您的验证码是：362514，5分钟内有效。", codes=["362514"], link=None),
    dict(lang="ko", subject="인증번호 안내", text="인증번호 [482910]를 입력해 주세요.", codes=["482910"], link=None),
    dict(lang="en", subject="Your Slack confirmation code", text="Enter 482913 in the app to continue.\n\nMade by Slack, 500 Howard St, San Francisco, CA 94105", codes=["482913"], link=None),
    dict(lang="en", subject="Amazon OTP", text="Your one-time password (OTP) is 482913. Do not share it with anyone.", codes=["482913"], link=None),
    dict(lang="en", subject="Your order confirmation", text="Thank you! Your order number is 4827193.\nWe will email you when it ships.", codes=[], link=None),
    dict(lang="en", subject="Booking confirmed", text="Your booking for 2 guests on 12 December 2026 is confirmed. Total paid: 318.40 EUR. Hotel phone: 030 1234567", codes=[], link=None),
    dict(lang="en", subject="Invoice 2026-1142", text="Please find attached invoice 2026-1142 for 49.00 USD, due 2026-12-01.", codes=[], link=None),
    dict(lang="en", subject="Verify your email", html='<div style="font-size:14px">Hi there,</div><div>Thanks for signing up for Trello! Please verify your email address.</div><table><tr><td><a href="https://trello.example/verify?key=ab12cd34" style="background:#0079bf">Verify your email</a></td></tr></table><p>Or paste this link: https://trello.example/verify?key=ab12cd34</p><p><a href="https://trello.example/settings/notifications">Notification settings</a></p>', codes=[], link="https://trello.example/verify?key=ab12cd34"),
    dict(lang="en", subject="Sign in to Linear", html='<p>Click the button below to log in to Linear. This link expires in 10 minutes.</p><a href="https://linear.example/auth/email/callback?token=aa11bb22">Log in to Linear</a><p>Or enter this temporary code: <strong>WXYZ-1234</strong></p><p><a href="https://linear.example/unsubscribe">Unsubscribe</a></p>', codes=["WXYZ-1234"], link="https://linear.example/auth/email/callback?token=aa11bb22"),
    dict(lang="en", subject="Your Microsoft account security code", text="Please use the following security code for the Microsoft account ja***@example.test.\n\nSecurity code: 4821\n\nIf you don't recognize the Microsoft account ja***@example.test, you can click https://account.example.com/ConfirmUnlink?token=x to remove your email address from that account.\n\nThanks,\nThe Microsoft account team", codes=["4821"], link=None),
    dict(lang="de", subject="Ihr Bestätigungscode", html='<h1>Fast geschafft!</h1><p>Geben Sie den folgenden Code ein, um Ihre E-Mail-Adresse zu bestätigen:</p><p style="font-size:32px;letter-spacing:8px"><b>730 912</b></p><p>Der Code ist 15 Minuten gültig. Fragen? Rufen Sie uns an: +49 30 1234567</p>', codes=["730912"], link=None),
    dict(lang="fr", subject="Confirmez votre inscription", html='<p>Bonjour,</p><p>Merci de votre inscription. Cliquez sur le bouton ci-dessous pour confirmer votre adresse e-mail.</p><a href="https://exemple.fr/inscription/confirmer/8f7a6b">Confirmer mon adresse</a><p><a href="https://exemple.fr/desinscription">Se désinscrire</a></p>', codes=[], link="https://exemple.fr/inscription/confirmer/8f7a6b"),
    dict(lang="es", subject="Activa tu cuenta", html='<p>¡Hola!</p><p>Para activar tu cuenta haz clic aquí:</p><a href="https://ejemplo.es/cuenta/activar?c=77aa">Activar cuenta</a><p>Si tienes problemas, escribe a soporte. <a href="https://ejemplo.es/baja">Darse de baja</a></p>', codes=[], link="https://ejemplo.es/cuenta/activar?c=77aa"),
    dict(lang="en", subject="Your Discord verification", text="Your Discord verification code is: 7XK2-9PLM", codes=["7XK2-9PLM"], link=None),
    dict(lang="en", subject="Shipping update", text="Your package with tracking number 1Z999AA10123456784 is out for delivery.\nTrack: https://ups.example/track?n=1Z999AA10123456784", codes=[], link=None),
    dict(lang="en", subject="Two-factor authentication", text="Here is your two-factor authentication code:\n\n    839 201\n\nThis code will expire in 5 minutes.", codes=["839201"], link=None),
    dict(lang="en", subject="Welcome to Figma", text="Welcome! Verify your email to get started: https://www.figma.example/verify_email?token=7Hk2\n\nFigma, 760 Market Street, Floor 10, San Francisco, CA 94102", codes=[], link="https://www.figma.example/verify_email?token=7Hk2"),
    dict(lang="ja", subject="【重要】認証コードのお知らせ", text="認証コード：５８３２０１\n有効期限は10分です。", codes=["583201"], link=None),
    dict(lang="en", subject="Steam Guard code", text="Here is the Steam Guard code you need to login to account jdoe:\n\nF7K2Q\n\nThis email was generated because of a login attempt.", codes=["F7K2Q"], link=None),
    dict(lang="en", subject="Confirm your subscription", html='<p>Please confirm your subscription to the Weekly Digest.</p><a href="https://list.example/subscribe/confirm?id=abc&amp;key=99">Yes, subscribe me to this list</a><p>If you did not request this, ignore it.</p><a href="https://list.example/about">About us</a>', codes=[], link="https://list.example/subscribe/confirm?id=abc&key=99"),
    dict(lang="en", subject="Your code", text="Your code is 5512. Meeting at 14:30 on 2026-12-02, room 4012.", codes=["5512"], link=None),
    dict(lang="en", subject="Your receipt from Acme", text="Receipt #2291-4410\nAmount paid: $24.00\nDate paid: Nov 24, 2026\nPayment method: Visa - 4242\n\nQuestions? Contact us at support@acme.example or call +1 415-555-0100.", codes=[], link=None),
    dict(lang="en", subject="Your account PIN was changed", text="Your PIN was changed on 11/24/2026 at 10:15 AM. If this wasn't you, call 1 (800) 555-0123.", codes=[], link=None),
    dict(lang="en", subject="Meeting invitation", text="Join Zoom Meeting\nhttps://zoom.example/j/81234567890?pwd=abc\n\nMeeting ID: 812 3456 7890\nPasscode: 482913", codes=["482913"], link="https://zoom.example/j/81234567890?pwd=abc"),
    dict(lang="en", subject="Action required: verify your identity", html='<p>We need to verify it is you. Your verification code is below:</p><table><tr><td style="font-size:36px;font-weight:bold;letter-spacing:6px">3 9 1 8 2 7</td></tr></table><p>This code expires in 10 minutes.</p><p>© 2026 Example Corp. 123 Example Rd, Austin, TX 78701</p>', codes=["391827"], link=None),
    dict(lang="en", subject="Password reset request", html='<p>Hi,</p><p>We received a request to reset the password for your account.</p><p><a href="https://u123.ct.sendgrid.example/ls/click?upn=AbCdEf">Reset password</a></p><p>This link will expire in 24 hours. If you didn\'t request a password reset, you can ignore this email.</p><p><a href="https://u123.ct.sendgrid.example/ls/click?upn=ZzZz">Unsubscribe</a></p>', codes=[], link="https://u123.ct.sendgrid.example/ls/click?upn=AbCdEf"),
    dict(lang="en", subject="Black Friday: 40% off everything", text="Use code BLACKFRIDAY40 at checkout. Ends 11/30. Shop now: https://store.example/sale", codes=[], link=None),
    dict(lang="en", subject="Your login code for Notion", text="Your login code: brave-otter-42\n\nOr sign in with this link: https://www.notion.example/loginwithemail?token=q9", codes=[], link="https://www.notion.example/loginwithemail?token=q9"),
    dict(lang="en", subject="Confirm your email", text="Confirm your email by entering this code in the app: 7Q4-ZP9\n\nHaving trouble? Visit https://help.app.example", codes=["7Q4-ZP9"], link=None),
    dict(lang="de", subject="Ihre Bestellung 30012345", text="Vielen Dank für Ihre Bestellung Nr. 30012345 vom 24.11.2026.\nGesamtbetrag: 59,90 €\nKundennummer: 7781234", codes=[], link=None),
    dict(lang="de", subject="Anmeldung bestätigen", html='<p>Hallo,</p><p>bitte bestätigen Sie Ihre Anmeldung mit einem Klick:</p><p><a href="https://beispiel.de/anmeldung/bestaetigen?k=55aa">Anmeldung bestätigen</a></p><p><a href="https://beispiel.de/impressum">Impressum</a> | <a href="https://beispiel.de/abmelden">Newsletter abbestellen</a></p>', codes=[], link="https://beispiel.de/anmeldung/bestaetigen?k=55aa"),
    dict(lang="fr", subject="Votre code de connexion", text="Bonjour,\nVoici votre code de connexion : 604 118\nIl expire dans 15 minutes.\nService client : 01 23 45 67 89", codes=["604118"], link=None),
    dict(lang="es", subject="Tu código de verificación", text="Tu código de verificación es: 918-273. No lo compartas con nadie.", codes=["918273"], link=None),
    dict(lang="pt", subject="Redefinição de senha", html='<p>Recebemos um pedido para redefinir sua senha.</p><a href="https://exemplo.com.br/senha/redefinir?t=ab9">Redefinir senha</a><p><a href="https://exemplo.com.br/cancelar-inscricao">Cancelar inscrição</a></p>', codes=[], link="https://exemplo.com.br/senha/redefinir?t=ab9"),
    dict(lang="it", subject="Conferma il tuo indirizzo email", html='<p>Grazie per esserti registrato!</p><a href="https://esempio.it/conferma-email?c=xy">Conferma email</a><p><a href="https://esempio.it/annulla-iscrizione">Annulla iscrizione</a></p>', codes=[], link="https://esempio.it/conferma-email?c=xy"),
    dict(lang="ru", subject="Подтвердите регистрацию", html='<p>Здравствуйте!</p><p>Чтобы завершить регистрацию, подтвердите адрес электронной почты:</p><a href="https://primer.ru/confirm?h=q1">Подтвердить адрес</a><p><a href="https://primer.ru/unsubscribe">Отписаться</a></p>', codes=[], link="https://primer.ru/confirm?h=q1"),
    dict(lang="uk", subject="Код підтвердження", text="Ваш код підтвердження: 550213", codes=["550213"], link=None),
    dict(lang="ja", subject="メールアドレスの確認", html='<p>以下のリンクをクリックして、メールアドレスを確認してください。</p><a href="https://rei.jp/verify?t=77">メールアドレスを確認する</a><p><a href="https://rei.jp/unsubscribe">配信停止</a></p>', codes=[], link="https://rei.jp/verify?t=77"),
    dict(lang="zh", subject="【淘宝】验证码", text="【淘宝】验证码 729104，用于身份验证，5分钟内有效，请勿泄露。", codes=["729104"], link=None),
    dict(lang="ko", subject="[카카오] 인증 코드", text="[카카오] 인증번호 382910 를 입력해 주세요.", codes=["382910"], link=None),
    dict(lang="ar", subject="رمز التحقق", text="رمز التحقق الخاص بك هو 482019. لا تشاركه مع أحد.", codes=["482019"], link=None),
    dict(lang="hi", subject="OTP", text="आपका ओटीपी 662901 है। इसे किसी के साथ साझा न करें।", codes=["662901"], link=None),
    dict(lang="vi", subject="Mã xác minh", text="Mã xác minh của bạn là 551902.", codes=["551902"], link=None),
    dict(lang="id", subject="Kode verifikasi", text="Kode verifikasi Anda adalah 449201. Jangan berikan kode ini kepada siapa pun.", codes=["449201"], link=None),
    dict(lang="en", subject="Your weekly report", text="You had 12345 visitors this week, up 12%. Your top page had 4821 views.\nSee the report: https://analytics.example/reports/week/47", codes=[], link=None),
    dict(lang="en", subject="Flight confirmation", text="Your flight is confirmed.\nConfirmation code: K7XQ2P\nFlight UA 1234 departs 08:45 on 12/03/2026 from SFO Gate 42.", codes=["K7XQ2P"], link=None),
    dict(lang="en", subject="Verify your device", text="Hi Sam,\n\nA sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.\n\nDevice: Firefox on Linux\nVerification code: 719354\n\nIf you did not attempt to sign in to your account, your password may be compromised.", codes=["719354"], link=None),
    dict(lang="en", subject="Please confirm your email", text="Thanks for signing up!\n\nClick the link below to confirm your email address:\nhttps://app.example/e/c/8GhT2k\n\nIf you didn't sign up, ignore this message.\nUnsubscribe: https://app.example/u/8GhT2k", codes=[], link="https://app.example/e/c/8GhT2k"),
    dict(lang="en", subject="Your magic link", html='<p>Here is your magic link. It can be used once and expires in 15 minutes.</p><p><a href="https://auth.example/m/Yx72Lq" style="display:inline-block;padding:12px">Continue to Acme</a></p><p>Not expecting this? <a href="https://auth.example/report/Yx72Lq">Let us know</a>.</p>', codes=[], link="https://auth.example/m/Yx72Lq"),
    dict(lang="en", subject="Invitation to join the Acme workspace", html='<p>Jane invited you to join Acme on Chatly.</p><a href="https://chatly.example/invite/accept/AA11">Join now</a><p><a href="https://chatly.example/email-settings">Email settings</a></p>', codes=[], link="https://chatly.example/invite/accept/AA11"),
    dict(lang="de", subject="E-Mail-Adresse bestätigen", text="Hallo,\n\nbitte klicken Sie auf folgenden Link, um Ihre E-Mail-Adresse zu bestätigen:\nhttps://konto.example.de/d/77ab\n\nViele Grüße", codes=[], link="https://konto.example.de/d/77ab"),
    dict(lang="fr", subject="Réinitialisation de votre mot de passe", html='<p>Pour choisir un nouveau mot de passe, cliquez ici :</p><a href="https://compte.exemple.fr/r/91kk">Choisir un nouveau mot de passe</a><p><a href="https://compte.exemple.fr/aide">Aide</a></p>', codes=[], link="https://compte.exemple.fr/r/91kk"),
    dict(lang="en", subject="New login from Chrome on Windows", html='<p>We noticed a new login to your account.</p><p>Time: Nov 24, 2026, 9:41 AM UTC<br>Location: Berlin, Germany</p><p><a href="https://secure.example/activity">Review activity</a></p>', codes=[], link=None),
    dict(lang="en", subject="Your code is 804 221", text="804 221\n\nThat's your code for signing in to Bluebird. It expires in 5 minutes.", codes=["804221"], link=None),
    dict(lang="en", subject="Complete your registration", text="Your registration code is\n\nQ7-MX2-8KD\n\nEnter it on the registration page.", codes=["Q7-MX2-8KD"], link=None),
    dict(lang="es", subject="Confirma tu correo electrónico", text="Hola:\nPara confirmar tu correo haz clic en el siguiente enlace:\nhttps://cuenta.ejemplo.mx/v/55xx\n\nEquipo Ejemplo, Av. Reforma 222, CDMX 06600", codes=[], link="https://cuenta.ejemplo.mx/v/55xx"),
    dict(lang="en", subject="Your statement is ready", text="Your November statement for account ending 4821 is ready. Balance: $1,204.55. Minimum payment due 12/15/2026.", codes=[], link=None),
    dict(lang="en", subject="Delivery scheduled", text="Your delivery is scheduled for Tuesday between 9:00 and 13:00. Reference 58392014. Driver: call 07700 900123.", codes=[], link=None),
    dict(lang="nl", subject="Bevestig je e-mailadres", html='<p>Bevestig je e-mailadres door op de knop te klikken.</p><a href="https://voorbeeld.nl/x/ab12">Bevestigen</a><p><a href="https://voorbeeld.nl/afmelden">Afmelden</a></p>', codes=[], link="https://voorbeeld.nl/x/ab12"),
    dict(lang="en", subject="Verify your new Acme account", html='<table width="100%"><tr><td><img src="https://acme.example/logo.png" alt="Acme"></td></tr><tr><td><h2>Verify your email</h2><p>Hi Alex, thanks for creating an Acme account. To finish, enter this code:</p></td></tr><tr><td style="background:#f4f4f4;font-size:28px;letter-spacing:4px;text-align:center">A7K-29Q</td></tr><tr><td><p>Code expires in 30 minutes.</p><p>Acme Inc · 55 Water St · Brooklyn, NY 11201</p><p><a href="https://acme.example/unsubscribe?e=1">Unsubscribe</a></p></td></tr></table>', codes=["A7K-29Q"], link=None),
    dict(lang="en", subject="Your temporary access code", text="Hello,\n\nYour temporary access code is 26091742. You can use it to log in once.\n\nThis is an automated message, please do not reply. Ref: 883412", codes=["26091742"], link=None),
    dict(lang="en", subject="Welcome aboard! Please confirm", html='<p>Hey there!</p><p>We just need to confirm your email address before you can start using Boardly.</p><p style="text-align:center"><a href="https://boardly.example/c/ZXk3" style="background:#5a2;color:#fff;padding:10px 20px">Yes, it\'s me</a></p><p>Or copy this URL into your browser: https://boardly.example/c/ZXk3</p><p>Follow us: <a href="https://twitter.example/boardly">Twitter</a></p>', codes=[], link="https://boardly.example/c/ZXk3"),
    dict(lang="de", subject="Dein Code für die Anmeldung", text="Hallo!\n\nDein Anmeldecode lautet: 55 21 90\n\nEr ist 10 Minuten gültig. Bei Fragen erreichst du uns unter 0800 123 4567.", codes=["552190"], link=None),
    dict(lang="fr", subject="Vérifiez votre adresse e-mail", html='<p>Bonjour,</p><p>Pour vérifier votre adresse e-mail, <a href="https://exemple.fr/v?t=a1">cliquez ici</a>.</p><p>À bientôt,<br>L\'équipe</p>', codes=[], link="https://exemple.fr/v?t=a1"),
    dict(lang="es", subject="Restablece tu contraseña", text="Hola,\nRecibimos una solicitud para restablecer tu contraseña. Usa este enlace:\nhttps://ejemplo.com/p/r/991\nSi no lo solicitaste, ignora este correo.", codes=[], link="https://ejemplo.com/p/r/991"),
    dict(lang="en", subject="Your PayPal code", text="PayPal: Your security code is 419032. Your code expires in 10 minutes. Don't share your code with anyone.", codes=["419032"], link=None),
    dict(lang="en", subject="Order shipped", html='<p>Good news! Order <b>#A-48213</b> is on its way.</p><p><a href="https://shop.example/orders/A-48213">View order</a></p><p>Need help? Call 1-888-555-0134</p>', codes=[], link=None),
    dict(lang="en", subject="Sign in to your account", text="Someone (hopefully you) requested a sign-in link for this email.\n\nSign in: https://app.example.io/auth/magic?t=Q2x9\n\nThis link expires in 15 minutes and can only be used once.", codes=[], link="https://app.example.io/auth/magic?t=Q2x9"),
    dict(lang="pt", subject="Seu código de acesso", text="Seu código de acesso é 7702. Ele expira em 5 minutos.", codes=["7702"], link=None),
    dict(lang="it", subject="Reimposta la password", html='<p>Ciao,</p><p>hai chiesto di reimpostare la password. <a href="https://esempio.it/pw/77">Reimposta la password</a></p><p><a href="https://esempio.it/privacy">Informativa privacy</a></p>', codes=[], link="https://esempio.it/pw/77"),
    dict(lang="en", subject="Your receipt #1932-8841", text="Thanks for your purchase!\nReceipt number: 1932-8841\nAmount: $9.99\nCard ending in 4821", codes=[], link=None),
    dict(lang="ja", subject="ログイン認証コード", text="ログインするには、次の認証コードを入力してください。\n\n  903 182\n\nこのコードの有効期限は10分です。", codes=["903182"], link=None),
    dict(lang="en", subject="You're invited to Acme on Teamly", html='<p>Sam has invited you to collaborate on <b>Acme</b>.</p><p><a href="https://teamly.example/i/aa9">Accept invitation</a></p><p><a href="https://teamly.example/settings">Notification settings</a></p>', codes=[], link="https://teamly.example/i/aa9"),
    dict(lang="en", subject="Security code", text="Your security code: 5 2 8 1 9 3", codes=["528193"], link=None),
]


# Issue 15, the part we tune against: samples written to look like real services'
# mails, with the traps they carry (per-digit cells, full-width colons, word codes,
# codes beside order, register, phone and postcode numbers, dates and prices).
# Its blind sibling is tests/data/verification_blind.py.
CASES += [
    dict(lang="ja", subject="【ポイントモール】確認番号", text="ご本人確認のため、以下の確認番号を入力してください。\n確認番号：318 244\n〒530-0001 大阪府大阪市北区梅田1-1-1\nTEL 06-6345-6789", codes=["318244"], link=None),
    dict(lang="ja", subject="ワンタイムパスワードのお知らせ", html='<p>ワンタイムパスワード</p><table><tr><td>5</td><td>0</td><td>8</td><td>3</td><td>1</td><td>6</td></tr></table><p>お問い合わせ番号 2026-1130-77</p>', codes=["508316"], link=None),
    dict(lang="ja", subject="パスコード", text="ログイン用パスコード：７４１９０２\n有効期限：2026年11月30日 18:00", codes=["741902"], link=None),
    dict(lang="zh", subject="登录验证", html='<p>您的登录验证码：</p><div><span>6</span><span>2</span><span>0</span><span>9</span><span>4</span><span>1</span></div><p>客服热线 400-123-4567</p>', codes=["620941"], link=None),
    dict(lang="ko", subject="본인확인 인증번호", text="인증번호：５８２０１３\n주문번호 20261130-0042 · 고객센터 1544-0000", codes=["582013"], link=None),
    dict(lang="en", subject="Your login code for Pagewise", text="Your login code is:\n\nsilver-lantern-brave-otter\n\nOr log in with this link: https://pagewise.example/login/magic?t=pw1\nPagewise Inc., 548 Market St, San Francisco, CA 94104", codes=["silver-lantern-brave-otter"], link="https://pagewise.example/login/magic?t=pw1"),
    dict(lang="en", subject="Finish signing in", html='<p>Copy this temporary code:</p><p style="font-family:monospace">amber-pine-tidal</p><p>Didn\'t request it? Ignore this email.</p>', codes=["amber-pine-tidal"], link=None),
    dict(lang="en", subject="Your verification code", html='<p>Your verification code is</p><table><tr><td>4</td><td>1</td><td>7</td><td>7</td><td>0</td><td>2</td></tr></table><p>Account ending 5521 · Sort code 40-11-62</p>', codes=["417702"], link=None),
    dict(lang="en", subject="Approve this sign-in", text="A sign-in attempt needs approval. Enter code 319 870 on the device.\nDevice: model iPhone15,3, serial F2LZK0ABCD, IMEI 356938035643809\nCard ending 1881", codes=["319870"], link=None),
    dict(lang="en", subject="Your security code", text="Security code: 84-2051\nIssued 12-03-2026 at 14:22. Company no. 09876543, VAT reg. GB 987 6543 21", codes=["842051"], link=None),
    dict(lang="en", subject="Order 55-1029 shipped", text="Your order 55-1029 shipped on 11/29/2026.\nCarrier ref 92612999 · Parcel weight 2.4 kg\nDeliver to 1600 Amphitheatre Pkwy, Mountain View, CA 94043", codes=[], link=None),
    dict(lang="de", subject="Ihr Sicherheitscode", text="Ihr Sicherheitscode lautet 615 302.\nSitz: Hamburg, Registergericht Hamburg HRB 123456, USt-IdNr. DE 987654321\nHotline 0800 123 4567 · Postfach 10 20 30, 20095 Hamburg", codes=["615302"], link=None),
    dict(lang="de", subject="Neues Gerät bestätigen", html='<p>Bitte bestätigen Sie die Anmeldung mit diesem Code:</p><table><tr><td>2</td><td>8</td><td>4</td><td>6</td></tr></table><p>Kundennummer 400231 · IBAN DE02 1203 0000 0000 2020 51</p>', codes=["2846"], link=None),
    dict(lang="fr", subject="Code de sécurité", text="Votre code de sécurité : 44 90 17\nRCS Lyon 412 345 678 · SIREN 412345678 · 69002 Lyon · Tél. 04 72 00 00 00", codes=["449017"], link=None),
    dict(lang="es", subject="Clave de un solo uso", text="Tu clave de un solo uso: 730 482\nNIF B87654321 · Paseo de la Castellana 100, 28046 Madrid · 900 100 200", codes=["730482"], link=None),
    dict(lang="it", subject="Codice OTP", text="Codice OTP: 55 21 90\nCodice fiscale e P.IVA 09876543210 · REA MI-1234567 · CAP 20121 Milano", codes=["552190"], link=None),
    dict(lang="pt-BR", subject="Código de acesso", html='<p>Seu código de acesso:</p><p><span>7</span> <span>0</span> <span>4</span> <span>1</span> <span>9</span> <span>3</span></p><p>CNPJ 98.765.432/0001-10 · CEP 04538-133</p>', codes=["704193"], link=None),
    dict(lang="nl", subject="Verificatiecode", text="Je verificatiecode: 290 551\nKvK-nummer 87654321 · BTW-nummer NL123456789B01 · 3011 AB Rotterdam", codes=["290551"], link=None),
    dict(lang="pl", subject="Kod SMS", text="Kod jednorazowy: 118 406\nREGON 012345678, NIP 123-456-32-18, 31-000 Kraków", codes=["118406"], link=None),
    dict(lang="tr", subject="Tek kullanımlık şifre", text="Tek kullanımlık şifreniz 640 192'dir.\nVergi No: 1234567890 · Tel: 0212 123 45 67", codes=["640192"], link=None),
    dict(lang="ru", subject="Код для входа", text="Ваш код для входа: 48-09-71\nИНН 7812345678 · КПП 781201001 · тел. 8 (812) 123-45-67", codes=["480971"], link=None),
    dict(lang="uk", subject="Одноразовий код", text="Ваш одноразовий код: 55-73-02\nРахунок № 2026/114 від 30.11.2026", codes=["557302"], link=None),
    dict(lang="ar", subject="رمز الدخول", text="رمز الدخول لمرة واحدة: ٣٩٤٨٢٠\nالرقم الضريبي 300012345600003", codes=["394820"], link=None),
    dict(lang="he", subject="קוד כניסה", text="קוד הכניסה שלך הוא 802 114\nעוסק מורשה 512345678", codes=["802114"], link=None),
    dict(lang="th", subject="รหัสยืนยัน", text="รหัสยืนยันของคุณคือ 530 917 (Ref: ZT4M) ห้ามเปิดเผย\nเลขประจำตัวผู้เสียภาษี 0105551234567", codes=["530917"], link=None),
    dict(lang="vi", subject="Mã OTP", text="Mã OTP của bạn: 771 205\nMã số thuế 0101234567 · Tổng đài 1800 5678", codes=["771205"], link=None),
    dict(lang="hi", subject="सत्यापन कोड", text="आपका सत्यापन कोड 208 364 है।\nजीएसटी 27AAAAA0000A1Z5 · पिन 400001", codes=["208364"], link=None),
    dict(lang="en", subject="Your invoice INV-20261130", html='<p>Invoice INV-20261130</p><p>Amount due: £42.00 by 14 Dec 2026</p><p>Registered office: 10 Downing Row, London SW1A 2AA. Company number 01234567.</p><p><a href="https://billing.example.co.uk/inv/20261130">View invoice</a></p>', codes=[], link=None),
    dict(lang="en", subject="Verify your email for Cartwell", html='<p>Hi!</p><p>Tap the button to verify your email.</p><a href="https://email.cartwell.example/c/eJx9kMtO?verify=1">Verify email</a><p><a href="https://cartwell.example/help">Help</a> · <a href="https://email.cartwell.example/unsub/eJx9">Unsubscribe</a></p>', codes=[], link="https://email.cartwell.example/c/eJx9kMtO?verify=1"),
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


def listed_precision(extract, cases=CASES):
    """Return the share of every code listed (not just the first) that the case expects."""
    listed = right = 0
    for case in cases:
        found = extract(case["subject"], case.get("text"), case.get("html"))["codes"]
        listed += len(found)
        right += sum(code in case["codes"] for code in found)
    return right / max(1, listed)


def as_message(case: dict) -> email.message.EmailMessage:
    """Return a case as the mail a service would send: text, HTML, or both as alternatives."""
    message = email.message.EmailMessage()
    message["From"] = "Sender <noreply@service.example>"
    message["To"] = "someone@tm.test"
    message["Subject"] = case["subject"]
    if case.get("text"):
        message.set_content(case["text"])
    if case.get("html"):
        if case.get("text"):
            message.add_alternative(case["html"], subtype="html")
        else:
            message.set_content(case["html"], subtype="html")
    return message
