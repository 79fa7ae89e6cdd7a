"""A sealed, blind set of 60 mails for one-time-code and action-link extraction.

Written blind on 2026-11-30 by a writer who never saw the extractor (tempmail/extract.py,
tempmail/links.py, bench/extract.py) nor the earlier sets' mails, and committed before
being scored; it is to be scored exactly once. All services, people, addresses and numbers
are invented; domains are example domains.

Roughly 36 mails carry a code, 14 only an action link and 10 neither (receipts, shipping
and reminder mails full of numbers that are not codes). Same shape as verification.CASES:
  dict(lang, subject, text and/or html, codes, link)
codes: what a person types, the one they need first (a second only for a real backup code);
link: the one URL that confirms, verifies, logs in, resets, accepts or approves, with HTML
entities decoded; None when there is none. In "was this you?" mails the action link is the
button that approves the sign-in ("yes, it was me"), never the "secure my account" one.

Read once, blind, at 2aa5cc5 (after the closing set's tuning): codes P 0.919 R 0.944; links
P 0.867 R 0.765; every code listed P 0.895. Its misses (a passcode taken for a promotion by
"checkout window", a postcode before a delivery PIN across a blank line, a school's centre
code, a model "V8", a phone "(8 5) 233 4455", invitation and sign-in buttons in Finnish,
Hungarian and Indonesian, a logo link under a "Join …" preheader) then shaped extract.py
and links.py; it counts as seen since.
"""

SEALED = [
    # ---------------------------------------------------------------- English
    dict(lang="en", subject="[Forgeline] Confirm a new command-line sign-in",
         text="Hi tamsin-dev,\n\n"
              "Someone (hopefully you) started signing in to Forgeline from a terminal.\n\n"
              "  Client:     forgeline-cli 4.12.0 (linux/amd64)\n"
              "  From:       203.0.113.48, near Rotterdam, NL\n"
              "  Requested:  30 Nov 2026, 09:14 UTC\n\n"
              "To finish, type this device code into the terminal when it asks:\n\n"
              "    WDJB-MJHT\n\n"
              "The code works once and runs out after 15 minutes. If you did not start this, "
              "ignore this mail; nothing gets connected to your account.\n\n"
              "Review your sessions: https://forgeline.example/settings/sessions\n"
              "Help: https://forgeline.example/help  Privacy: https://forgeline.example/privacy\n"
              "Forgeline, Inc. - 500 Harbor Way, Suite 1200 - Portland, OR 97209\n",
         codes=["WDJB-MJHT"], link=None),
    dict(lang="en", subject="Your Nimbusdeck login phrase",
         html='<div style="display:none;max-height:0;overflow:hidden">Four words stand '
              'between you and your boards.</div>'
              '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
              '<table width="560" style="font-family:Helvetica,Arial,sans-serif;color:#222">'
              '<tr><td><img src="https://cdn.nimbusdeck.example/logo-2x.png" width="140" '
              'alt="Nimbusdeck"></td></tr>'
              '<tr><td><h2>Finish logging in</h2>'
              '<p>We sent this because someone asked to log in to Nimbusdeck with this address '
              'from Chrome 131 on Windows 11 at 18:02 CET.</p>'
              '<p>Type these four words, dashes included, into the box on that screen:</p>'
              '<p style="font-family:Menlo,monospace;font-size:22px;background:#f3f0ff;'
              'padding:14px 18px;border-radius:6px"><b>amber-lantern-quiet-otter</b></p>'
              '<p>The phrase stops working in 10 minutes. Nobody at Nimbusdeck will ever ask '
              'you for it.</p></td></tr>'
              '<tr><td style="font-size:11px;color:#888">Nimbusdeck Ltd, 9 Tanner Row, York '
              'YO1 6JB, UK. Company no. 11873402. '
              '<a href="https://nimbusdeck.example/help">Help</a> · '
              '<a href="https://nimbusdeck.example/legal/privacy">Privacy</a></td></tr>'
              '</table></td></tr></table>',
         codes=["amber-lantern-quiet-otter"], link=None),
    dict(lang="en", subject="Approve your payment of $1,024.50",
         text="NORTHBANK CARD SERVICES\n\n"
              "A purchase on your card needs your approval.\n\n"
              "Merchant:  Pelican Outdoor Supply, Boise ID\n"
              "Amount:    USD 1,024.50\n"
              "Card:      Visa ending 4417\n"
              "Date:      11/30/2026 08:47 PM EST\n\n"
              "Your one-time passcode: 093517\n\n"
              "Enter it in the checkout window to complete the payment. Northbank will never "
              "phone you to ask for this passcode.\n\n"
              "Questions? 1-800-555-0142, any time. Reference TXN 7712-0094-3381.\n"
              "Northbank N.A. Member FDIC. NMLS ID 402117.\n",
         html='<div style="display:none">Approve USD 1,024.50 at Pelican Outdoor Supply</div>'
              '<table style="font-family:Georgia,serif;width:100%;max-width:520px">'
              '<tr><td colspan="2" style="background:#0b2e4f;color:#fff;padding:12px">'
              'NORTHBANK CARD SERVICES</td></tr>'
              '<tr><td colspan="2"><p>A purchase on your card needs your approval.</p></td></tr>'
              '<tr><td>Merchant</td><td>Pelican Outdoor Supply, Boise ID</td></tr>'
              '<tr><td>Amount</td><td>USD 1,024.50</td></tr>'
              '<tr><td>Card</td><td>Visa ending 4417</td></tr>'
              '<tr><td>Date</td><td>11/30/2026 08:47 PM EST</td></tr>'
              '<tr><td>One-time passcode</td><td style="font-size:24px;font-weight:bold">'
              '093517</td></tr>'
              '<tr><td colspan="2"><p>Enter it in the checkout window to complete the payment. '
              'Northbank will never phone you to ask for this passcode.</p>'
              '<p style="font-size:11px">Questions? 1-800-555-0142, any time. Reference TXN '
              '7712-0094-3381. Northbank N.A. Member FDIC. NMLS ID 402117.</p></td></tr></table>',
         codes=["093517"], link=None),
    dict(lang="en", subject="Your Quillstack sign-in code",
         text="Hello Ravi,\n\n"
              "Your sign-in code is 408117. It expires in 10 minutes.\n\n"
              "You turned on email backup codes, so here is a fresh single-use backup code too. "
              "Keep it somewhere safe and type it exactly as shown, dash included, if you ever "
              "lose access to this inbox:\n\n"
              "    7Q4-ZP9\n\n"
              "It replaces your previous backup code (the one ending in K2), which no longer "
              "works.\n\n"
              "Signed in from: Firefox 133 on macOS 15.1, IP 198.51.100.9\n"
              "Time: Monday 30 November 2026, 16:05 GMT\n\n"
              "-- Quillstack security team\n"
              "Quillstack Software Pty Ltd, ABN 51 824 753 556, Level 3, 88 Pitt St, Sydney NSW "
              "2000\n",
         codes=["408117", "7Q4-ZP9"], link=None),
    dict(lang="en", subject="One more step: confirm your subscription to The Tidewater Letter",
         text="Hello,\n\n"
              "Thanks for signing up for The Tidewater Letter, a weekly note about gardening "
              "on windy coasts. Issue 212 goes out this Thursday.\n\n"
              "Before we send you anything, please confirm that this address is yours by "
              "opening the link below:\n\n"
              "https://click.mailrelay.example/ls/click?upn=tw-8f31c2a9&u=https%3A%2F%2F"
              "tidewater.example%2Fsubscribe%2Fconfirm%3Ft%3Dq7Lm2Rx\n\n"
              "If you didn't ask for this, do nothing and you won't hear from us again.\n\n"
              "-- Odile, editor\n\n"
              "Read past issues: https://tidewater.example/archive\n"
              "Privacy: https://tidewater.example/privacy\n"
              "Not interested? https://click.mailrelay.example/ls/unsub?upn=tw-8f31c2a9\n"
              "The Tidewater Letter - PO Box 4410 - Halifax, NS B3K 5X2 - Canada\n",
         codes=[],
         link="https://click.mailrelay.example/ls/click?upn=tw-8f31c2a9&u=https%3A%2F%2F"
              "tidewater.example%2Fsubscribe%2Fconfirm%3Ft%3Dq7Lm2Rx"),
    dict(lang="en", subject="Order #114-2039475-881 confirmed",
         html='<div style="display:none">Arriving Friday, Dec 4 - 2 items - $86.37</div>'
              '<table style="font-family:Arial,sans-serif;width:600px">'
              '<tr><td><h1 style="font-size:20px">Thanks, Dana! Your order is in.</h1>'
              '<p>Order <b>#114-2039475-881</b> placed on November 30, 2026</p></td></tr>'
              '<tr><td><table width="100%">'
              '<tr><td>Brightwick LED desk lamp, model DL-4500 (SKU 889120)</td><td>1</td>'
              '<td>$49.99</td></tr>'
              '<tr><td>USB-C cable 2 m, 240 W</td><td>2</td><td>$25.98</td></tr>'
              '<tr><td colspan="2">Tax (8.875%)</td><td>$6.91</td></tr>'
              '<tr><td colspan="2">Shipping</td><td>$3.49</td></tr>'
              '<tr><td colspan="2"><b>Total</b></td><td><b>$86.37</b></td></tr>'
              '</table></td></tr>'
              '<tr><td><p>Arriving Friday, December 4, between 9 AM and 9 PM</p>'
              '<p>Ship to: Dana Whitfield, 417 Larchmont Ave Apt 3R, Brooklyn, NY 11226</p>'
              '<p>Paid with Mastercard ending 0552</p>'
              '<p><a href="https://shop.mercato.example/orders/114-2039475-881" '
              'style="background:#ffb400;padding:10px 16px">View your order</a> '
              '<a href="https://shop.mercato.example/track?o=114-2039475-881">Track package</a>'
              '</p></td></tr>'
              '<tr><td style="font-size:11px;color:#777">Questions? Call 1-888-555-0199. '
              '<a href="https://shop.mercato.example/help">Help center</a> · '
              '<a href="https://shop.mercato.example/prefs/email">Email preferences</a> · '
              '<a href="https://apps.example/mercato">Get the app</a><br>'
              'Mercato Marketplace LLC, 1200 Commerce Blvd, Reno, NV 89502</td></tr></table>',
         codes=[], link=None),
    dict(lang="en", subject="Log in to Parcelwise",
         html='<span style="display:none!important;opacity:0;color:transparent;height:0;'
              'width:0">Your code is 662 049, or just tap the button.</span>'
              '<table role="presentation" width="100%" style="background:#f6f7f9">'
              '<tr><td align="center"><table role="presentation" width="480" '
              'style="background:#fff;font-family:system-ui,sans-serif">'
              '<tr><td style="padding:24px"><a href="https://parcelwise.example/">'
              '<img src="https://parcelwise.example/img/logo.png" alt="Parcelwise"></a></td></tr>'
              '<tr><td style="padding:0 24px"><p>Hi there,</p>'
              '<p>Tap the button below to log in to Parcelwise on this device. The link can be '
              'used once and expires in 15 minutes.</p>'
              '<p><a href="https://app.parcelwise.example/auth/magic?token=pw_m1_Zr8qXc2Lk0'
              '&amp;redirect=%2Fdashboard" style="display:inline-block;background:#1a73e8;'
              'color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">'
              'Log in to Parcelwise</a></p>'
              '<p>Logging in on a different device? Type this code there instead:</p>'
              '<p style="font-size:30px;letter-spacing:4px;font-weight:600">662049</p>'
              '</td></tr>'
              '<tr><td style="padding:24px;font-size:12px;color:#666">Parcelwise ships 2.4 '
              'million parcels a year from 38 hubs. '
              '<a href="https://parcelwise.example/help">Help</a> · '
              '<a href="https://parcelwise.example/unsubscribe?u=8812">Unsubscribe</a><br>'
              'Parcelwise Inc., 77 Dock St, Boston, MA 02109</td></tr>'
              '</table></td></tr></table>',
         codes=["662049"],
         link="https://app.parcelwise.example/auth/magic?token=pw_m1_Zr8qXc2Lk0"
              "&redirect=%2Fdashboard"),
    dict(lang="en", subject="Priya Raman invited you to the Lumenfold workspace \u201cGrowth Ops\u201d",
         html='<div style="display:none">Join 14 teammates already in Growth Ops.</div>'
              '<table width="100%" style="font-family:Inter,Arial,sans-serif">'
              '<tr><td><a href="https://lnk.lumenfold.example/c/aa01?u=https%3A%2F%2F'
              'lumenfold.example%2F"><img src="https://lumenfold.example/logo.png" '
              'alt="Lumenfold"></a></td></tr>'
              '<tr><td><p><a href="https://lnk.lumenfold.example/c/aa02?u=https%3A%2F%2F'
              'lumenfold.example%2Fu%2Fpriya.raman">Priya Raman</a> (priya@orchardline.example) '
              'invited you to join <b>Growth Ops</b> on Lumenfold, where the team plans '
              'campaigns, tracks Q1 2027 goals and shares docs.</p>'
              '<p><a href="https://lnk.lumenfold.example/c/aa03?u=https%3A%2F%2Flumenfold.example'
              '%2Finvite%2Faccept%3Fcode%3Dinv_6TqR2wPz%26ws%3D40918" style="background:#5b3df5;'
              'color:#fff;padding:12px 22px;border-radius:6px">Accept invitation</a></p>'
              '<p>This invitation expires on December 7, 2026.</p>'
              '<p>New to Lumenfold? <a href="https://lnk.lumenfold.example/c/aa04?u=https%3A%2F'
              '%2Flumenfold.example%2Ftour">Take the 2-minute tour</a> or '
              '<a href="https://lnk.lumenfold.example/c/aa05?u=https%3A%2F%2Flumenfold.example'
              '%2Fpricing">see plans</a>.</p></td></tr>'
              '<tr><td style="font-size:12px;color:#888">'
              '<a href="https://apps.example/lumenfold-ios">App Store</a> · '
              '<a href="https://apps.example/lumenfold-android">Google Play</a> · '
              '<a href="https://social.example/lumenfold">Follow us</a> · '
              '<a href="https://lumenfold.example/email/unsubscribe?t=fe81">Unsubscribe</a><br>'
              'Lumenfold, Inc., 350 Mission St, Floor 9, San Francisco, CA 94105</td></tr>'
              '</table>',
         codes=[],
         link="https://lnk.lumenfold.example/c/aa03?u=https%3A%2F%2Flumenfold.example"
              "%2Finvite%2Faccept%3Fcode%3Dinv_6TqR2wPz%26ws%3D40918"),
    # ---------------------------------------------------------------- German
    dict(lang="de", subject="Ihre Freigabe für eine Kartenzahlung",
         text="Guten Tag Frau Albrecht,\n\n"
              "für die folgende Zahlung benötigen wir Ihre Bestätigung:\n\n"
              "Händler:    Bergwerk Sport GmbH, Leipzig\n"
              "Betrag:     1.249,90 EUR\n"
              "Karte:      Mastercard **** 4821\n"
              "Zeitpunkt:  30.11.2026, 14:32 Uhr\n\n"
              "Ihre mobileTAN lautet: 738 215\n\n"
              "Die TAN gilt 5 Minuten. Geben Sie sie nur im Bezahlfenster des Händlers ein und "
              "niemals am Telefon.\n\n"
              "Sperr-Notruf: 116 116 · Kundenservice: 0800 123 4567 (Mo-Fr 8-20 Uhr)\n"
              "Elbtal Sparbank eG · BIC ELBADE21XXX · Genossenschaftsregister Dresden GnR 512\n",
         codes=["738215"], link=None),
    dict(lang="de", subject="Passwort zurücksetzen",
         html='<div style="font-family:Arial,sans-serif;font-size:15px;color:#333">'
              '<p>Hallo Jonas,</p>'
              '<p>wir haben eine Anfrage erhalten, das Passwort für dein Kiesel-Konto '
              '(jonas.b@mailbox.example) zurückzusetzen. Klicke auf den Button, um ein neues '
              'Passwort festzulegen:</p>'
              '<p><a href="https://t.kiesel.example/r/?id=h4a9c1,7f2e&amp;url=https%3A%2F%2F'
              'kiesel.example%2Fpasswort%2Fneu%3Fk%3DZx81pQ" style="background:#2e7d32;'
              'color:#fff;padding:11px 20px;text-decoration:none">Neues Passwort festlegen</a></p>'
              '<p>Der Link ist 60 Minuten gültig. Falls du das nicht warst, kannst du diese '
              'E-Mail ignorieren - dein bisheriges Passwort bleibt bestehen.</p>'
              '<hr><p style="font-size:11px;color:#999">Kiesel Apps GmbH · Schwanthalerstr. 106 '
              '· 80339 München · Amtsgericht München HRB 245117 · USt-IdNr. DE 318 442 907<br>'
              '<a href="https://kiesel.example/hilfe">Hilfe</a> · '
              '<a href="https://kiesel.example/datenschutz">Datenschutz</a> · '
              '<a href="https://kiesel.example/impressum">Impressum</a></p></div>',
         codes=[],
         link="https://t.kiesel.example/r/?id=h4a9c1,7f2e&url=https%3A%2F%2F"
              "kiesel.example%2Fpasswort%2Fneu%3Fk%3DZx81pQ"),
    dict(lang="de", subject="Ihre Rechnung für November 2026",
         text="Hallo Herr Yilmaz,\n\n"
              "Ihre Mobilfunkrechnung für November 2026 ist da.\n\n"
              "Kundennummer:      4711 0815 22\n"
              "Rechnungsnummer:   R-2026-11-0093314\n"
              "Rufnummer:         0176 55512345\n"
              "Rechnungsbetrag:   39,99 € (inkl. 19 % USt.)\n"
              "Abbuchung am:      05.12.2026\n"
              "Konto:             IBAN DE89 **** **** **** 3000\n"
              "Mandatsreferenz:   FN-77102394\n\n"
              "Die Rechnung als PDF: https://mein.funknetz.example/rechnungen/R-2026-11-0093314\n"
              "Tarif ändern: https://mein.funknetz.example/tarif\n\n"
              "Freundliche Grüße\nIhr Funknetz-Team\n\n"
              "Funknetz Deutschland GmbH · Am Seestern 4 · 40547 Düsseldorf\n"
              "HRB 81930 · USt-IdNr. DE 812 345 678 · Hotline 0800 330 2200\n",
         codes=[], link=None),
    # ---------------------------------------------------------------- French
    dict(lang="fr", subject="Code de vérification – réservation K7XQ2M",
         text="Bonjour M. Lefèvre,\n\n"
              "Vous avez demandé à modifier votre réservation K7XQ2M :\n"
              "vol LZ 1482 Paris-CDG → Lisbonne, le 14/12/2026 à 07h45, siège 14C, "
              "billet n° 617 2401998374.\n\n"
              "Pour confirmer qu'il s'agit bien de vous, saisissez le code suivant : 902 114\n\n"
              "Ce code expire dans 20 minutes. Ne le communiquez à personne, même à un agent "
              "Azurlane.\n\n"
              "Service client : +33 1 70 00 12 34 (7j/7, 6h-23h)\n"
              "Azurlane Airways SA · 3 rue de la Paix, 75002 Paris · RCS Paris 812 345 678\n",
         codes=["902114"], link=None),
    dict(lang="fr", subject="Activez votre espace patient Santélien",
         html='<table style="font-family:Verdana,sans-serif;font-size:14px;max-width:560px">'
              '<tr><td><img src="https://santelien.example/img/logo.png" alt="Santélien">'
              '</td></tr><tr><td>'
              '<p>Madame Ndiaye,</p>'
              '<p>La Clinique des Tilleuls a ouvert pour vous un espace patient sur Santélien. '
              'Vous y retrouverez vos comptes rendus, vos ordonnances et vos rendez-vous.</p>'
              '<p>Numéro de dossier : 2026-004512<br>Prochain rendez-vous : mercredi '
              '09/12/2026 à 10h30, Dr Martin, cabinet 3</p>'
              '<p style="text-align:center"><a href="https://santelien.example/activation?'
              'jeton=Sa7fK2pQ9w&amp;etab=CDT-69" style="background:#00796b;color:#fff;'
              'padding:12px 28px;border-radius:24px;text-decoration:none">Activer mon espace</a>'
              '</p><p>Ce lien est valable 72 heures.</p></td></tr>'
              '<tr><td style="font-size:11px;color:#777">'
              '<a href="https://santelien.example/aide">Aide</a> · '
              '<a href="https://santelien.example/cgu">Conditions d\'utilisation</a> · '
              '<a href="https://santelien.example/confidentialite">Données personnelles</a><br>'
              'Santélien SAS, 18 quai Perrache, 69002 Lyon · Hébergeur agréé HDS · '
              'SIRET 901 234 567 00018</td></tr></table>',
         codes=[],
         link="https://santelien.example/activation?jeton=Sa7fK2pQ9w&etab=CDT-69"),
    # ---------------------------------------------------------------- Spanish
    dict(lang="es", subject="Tu pedido llega hoy: ten a mano tu PIN de entrega",
         text="¡Hola, Marta!\n\n"
              "Tu pedido n.º 883401 de Mercado Brisa sale hoy en reparto.\n\n"
              "Franja de entrega: entre las 16:00 y las 18:00\n"
              "Número de seguimiento: BR2026ES0048813\n"
              "Dirección: Calle del Olmo 14, 3.º B, 28012 Madrid\n"
              "Importe: 62,40 € (pagado)\n\n"
              "PIN de entrega: 4719\n\n"
              "Díselo al repartidor solo cuando tengas el paquete en la mano. Sin el PIN no "
              "podrá marcar el pedido como entregado.\n\n"
              "Seguir el envío: https://brisa.example/seguimiento/BR2026ES0048813\n"
              "Ayuda: https://brisa.example/ayuda\n"
              "Mercado Brisa S.L. · CIF B12345678 · Tel. 910 123 456\n",
         codes=["4719"], link=None),
    dict(lang="es", subject="Tu paquete ya está en camino",
         html='<div style="font-family:Arial;max-width:600px">'
              '<h2>¡Buenas noticias, Javier!</h2>'
              '<p>Hemos enviado tu pedido <b>#ES-2026-771045</b>. Llegará el jueves 3 de '
              'diciembre.</p>'
              '<table cellpadding="6"><tr><td>Transportista</td><td>Rápido Norte</td></tr>'
              '<tr><td>N.º de seguimiento</td><td>RN 4407 1193 8820 5</td></tr>'
              '<tr><td>Bultos</td><td>2 (3,4 kg)</td></tr>'
              '<tr><td>Total</td><td>54,90 €</td></tr>'
              '<tr><td>Dirección</td><td>Avda. de la Constitución 22, 41001 Sevilla</td></tr>'
              '</table>'
              '<p><a href="https://envios.rapidonorte.example/t/RN4407119388205" '
              'style="background:#e53935;color:#fff;padding:10px 18px">Seguir mi paquete</a></p>'
              '<p style="font-size:11px">Tienda Alba S.A. · NIF A87654321 · '
              '<a href="https://tiendaalba.example/baja">Darse de baja</a> · '
              '<a href="https://tiendaalba.example/privacidad">Privacidad</a></p></div>',
         codes=[], link=None),
    dict(lang="es", subject="Código de acceso a Aula Viva",
         text="Estimada familia:\n\n"
              "Alguien ha solicitado entrar en Aula Viva con la cuenta del alumno "
              "Hugo Pérez Sanz (n.º de expediente 20231147, 3.º ESO B, curso 2026/27).\n\n"
              "Código de acceso: 918 244\n\n"
              "Escríbalo en la pantalla de inicio de sesión. Caduca a las 19:40 de hoy.\n\n"
              "Secretaría del IES Río Tajo · Tel. 925 22 33 44 · Código de centro 45004811\n"
              "Aula Viva es la plataforma educativa de la Consejería. Aviso legal: "
              "https://aulaviva.example/aviso-legal\n",
         codes=["918244"], link=None),
    # ---------------------------------------------------------------- Italian
    dict(lang="it", subject="Codice di verifica per l'accesso al Portale Tributi",
         html='<div style="font-family:\'Titillium Web\',Arial,sans-serif;color:#17324d">'
              '<p>Gentile contribuente,</p>'
              '<p>per completare l\'accesso al Portale Tributi del Comune di Valdora inserisca '
              'il codice qui sotto nella pagina da cui ha avviato l\'accesso.</p>'
              '<p style="text-align:center;font-size:28px;font-family:monospace">'
              '<span style="letter-spacing:14px">5</span><span style="letter-spacing:14px">1'
              '</span><span style="letter-spacing:14px">8</span>'
              '<span style="letter-spacing:14px">8</span><span style="letter-spacing:14px">2'
              '</span><span style="letter-spacing:14px">0</span></p>'
              '<p>Il codice scade alle 11:45 del 30/11/2026. Scadenza prossima rata IMU: '
              '16/12/2026.</p>'
              '<p style="font-size:12px;color:#5c6f82">Comune di Valdora – Piazza Garibaldi 1, '
              '12040 Valdora (CN) – C.F. 80012345678 – P.IVA 01234567890 – tel. 0171 123456'
              '</p></div>',
         codes=["518820"], link=None),
    dict(lang="it", subject="La password del tuo account Fiordo è stata modificata",
         text="Ciao Giulia,\n\n"
              "ti confermiamo che la password del tuo account Fiordo è stata cambiata "
              "il 30/11/2026 alle 17:22 (ora italiana).\n\n"
              "Dispositivo: Xiaomi 14T, Android 15, app Fiordo 6.3.1\n"
              "Posizione approssimativa: Bologna, IP 192.0.2.201\n\n"
              "Se sei stata tu, non devi fare nulla. In caso contrario scrivi subito al nostro "
              "supporto: https://fiordo.example/supporto\n\n"
              "Fiordo S.r.l. – Via dell'Indipendenza 8, 40121 Bologna – P.IVA 03456789012 – "
              "REA BO-512345\n",
         codes=[], link=None),
    # ---------------------------------------------------------------- Portuguese
    dict(lang="pt", subject="492817 é o seu código Vitrine",
         text="Olá,\n\n"
              "Use o código que aparece no assunto deste e-mail para entrar na sua conta "
              "Vitrine. Ele vale por 10 minutos e só pode ser usado uma vez.\n\n"
              "Se não foi você, ignore esta mensagem - sua senha continua segura.\n\n"
              "Vitrine Comércio Digital Ltda. · CNPJ 12.345.678/0001-90\n"
              "Av. Paulista, 1500 - 12º andar - São Paulo/SP - CEP 01310-200\n"
              "SAC 0800 777 1234\n",
         codes=["492817"], link=None),
    # ---------------------------------------------------------------- Dutch
    dict(lang="nl", subject="Nieuw apparaat wil toegang tot je Sleutelhof-kluis",
         html='<div style="font-family:Segoe UI,Arial,sans-serif;max-width:540px">'
              '<h2>Was jij dit?</h2>'
              '<p>Een nieuw apparaat probeert je Sleutelhof-kluis te openen:</p>'
              '<ul><li>Apparaat: MacBook Air (M3), Safari 18.2</li>'
              '<li>Locatie: Utrecht, Nederland (IP 198.51.100.23)</li>'
              '<li>Tijd: 30-11-2026 om 15:47</li></ul>'
              '<p>Vergelijk de vingerafdrukzin op dat apparaat: <i>rode-vos-klimt</i>. Klopt die, '
              'keur het apparaat dan goed.</p>'
              '<p><a href="https://vault.sleutelhof.example/devices/approve?req=dv_51c8e0'
              '&amp;sig=Qm9x" style="background:#0a7d4f;color:#fff;padding:10px 18px">'
              'Apparaat goedkeuren</a>&nbsp;&nbsp;'
              '<a href="https://vault.sleutelhof.example/devices/deny?req=dv_51c8e0&amp;sig=Qm9x"'
              ' style="background:#b00020;color:#fff;padding:10px 18px">Dit was ik niet</a></p>'
              '<p style="font-size:11px;color:#888">Sleutelhof B.V. · KvK 81234567 · '
              'Oudegracht 210, 3511 NR Utrecht · '
              '<a href="https://sleutelhof.example/help">Helpcentrum</a></p></div>',
         codes=[],
         link="https://vault.sleutelhof.example/devices/approve?req=dv_51c8e0&sig=Qm9x"),
    # ---------------------------------------------------------------- Polish
    dict(lang="pl", subject="Potwierdź wypłatę 0,25 BTC",
         text="Cześć Tomek,\n\n"
              "zleciłeś wypłatę z konta Kryptal:\n\n"
              "Kwota:   0,25000000 BTC (ok. 61 420,17 zł)\n"
              "Adres:   bc1q8w4e3kz0n7m5ydh2slp9c6g4r0tj5x8vq2nfa3\n"
              "Sieć:    Bitcoin\n"
              "Opłata:  0,00012 BTC\n"
              "Zlecenie: WD-88213, 30.11.2026 16:58\n\n"
              "Kod potwierdzenia wypłaty: 604 912\n\n"
              "Zamiast wpisywać kod, możesz też potwierdzić wypłatę tym linkiem:\n"
              "https://kryptal.example/wyplaty/potwierdz?id=WD-88213&sig=9f0c1e\n\n"
              "To nie Ty? Natychmiast zablokuj konto: https://kryptal.example/blokada\n\n"
              "Kryptal sp. z o.o. · ul. Prosta 51, 00-838 Warszawa · NIP 527-123-45-67 · "
              "KRS 0000912345\n"
              "Pomoc: https://kryptal.example/pomoc\n",
         codes=["604912"],
         link="https://kryptal.example/wyplaty/potwierdz?id=WD-88213&sig=9f0c1e"),
    # ---------------------------------------------------------------- Czech
    dict(lang="cs", subject="Zpráva od Modrá Síť",
         text="Modra Sit: Vas overovaci kod pro prihlaseni do aplikace Moje Modra je 3841, "
              "plati 5 minut. Kod nikomu nesdelujte, ani nasim operatorum. Cislo smlouvy "
              "1234567890, zakaznicka linka 800 123 456, odeslano 30.11.2026 v 10:42.",
         codes=["3841"], link=None),
    # ---------------------------------------------------------------- Swedish
    dict(lang="sv", subject="Din inloggningslänk till Vårdportalen Norr",
         html='<table style="font-family:Arial,sans-serif;max-width:560px"><tr><td>'
              '<p>Hej!</p>'
              '<p>Du bad om att logga in på Vårdportalen Norr med e-post. Klicka på knappen för '
              'att logga in. Länken gäller i 15 minuter och kan bara användas en gång.</p>'
              '<p><a href="https://e.vardnorr.example/c/v2/AbX91?u=https%3A%2F%2F'
              'vardnorr.example%2Flogga-in%2Flank%3Ft%3Dk3Jq8P&amp;s=mail-login" '
              'style="background:#005fa3;color:#fff;padding:12px 24px">Logga in</a></p>'
              '<p>Inte du? Då kan du bortse från det här mejlet.</p>'
              '<p>Snabblänkar: <a href="https://e.vardnorr.example/c/v2/AbX92?u=https%3A%2F%2F'
              'vardnorr.example%2Fboka">Boka tid</a> · '
              '<a href="https://e.vardnorr.example/c/v2/AbX93?u=https%3A%2F%2Fvardnorr.example'
              '%2Fmottagningar">Hitta mottagning</a></p>'
              '<p style="font-size:11px;color:#666">Region Norrbotten-Västerbotten vårdförbund '
              '· Org.nr 232100-0123 · Växel 0920-28 30 00</p></td></tr></table>',
         codes=[],
         link="https://e.vardnorr.example/c/v2/AbX91?u=https%3A%2F%2F"
              "vardnorr.example%2Flogga-in%2Flank%3Ft%3Dk3Jq8P&s=mail-login"),
    # ---------------------------------------------------------------- Finnish
    dict(lang="fi", subject="Kutsu huoltajaksi Reppu-palveluun",
         html='<div style="font-family:Arial,sans-serif">'
              '<p><a href="https://reppu.example/"><img src="https://reppu.example/logo.svg" '
              'alt="Reppu"></a></p>'
              '<p>Hei,</p>'
              '<p>Kuusikon koulu on kutsunut sinut huoltajaksi oppilaalle Aino V. (luokka 4B). '
              'Huoltajana näet lukujärjestyksen, poissaolot ja opettajien viestit.</p>'
              '<p><a href="https://reppu.example/kutsu/hyvaksy?k=hk_72LmQ0a" '
              'style="background:#ff7a00;color:#fff;padding:10px 20px">Hyväksy kutsu</a></p>'
              '<p>Kutsu on voimassa 14 päivää, 14.12.2026 asti.</p>'
              '<p>Lataa sovellus: <a href="https://apps.example/reppu-ios">App Store</a> | '
              '<a href="https://apps.example/reppu-android">Google Play</a></p>'
              '<p style="font-size:11px"><a href="https://reppu.example/ohjeet">Ohjeet</a> | '
              '<a href="https://reppu.example/tietosuoja">Tietosuoja</a><br>'
              'Reppu Oy, Hämeenkatu 9, 33100 Tampere, Y-tunnus 2912345-6</p></div>',
         codes=[], link="https://reppu.example/kutsu/hyvaksy?k=hk_72LmQ0a"),
    # ---------------------------------------------------------------- Danish
    dict(lang="da", subject="Bekræft din tilmelding til nyhedsbrevet",
         html='<div style="font-family:Georgia,serif;max-width:600px">'
              '<p style="font-size:11px"><a href="https://nyt.havbrug.example/web/88213">'
              'Se nyhedsbrevet i din browser</a></p>'
              '<h1>Næsten færdig!</h1>'
              '<p>Tak for din interesse i Havbrug &amp; Have. Bekræft din tilmelding, så sender '
              'vi dig ugens bedste opskrifter hver fredag kl. 7.00.</p>'
              '<p><a href="https://nyt.havbrug.example/optin/bekraeft?id=88213&amp;h=c01f9e" '
              'style="background:#2d6a4f;color:#fff;padding:12px 26px">Bekræft tilmelding</a></p>'
              '<p>Har du ikke bedt om dette, kan du blot slette mailen.</p>'
              '<p><a href="https://social.example/havbrug-fb">Facebook</a> · '
              '<a href="https://social.example/havbrug-ig">Instagram</a></p>'
              '<p style="font-size:11px">Havbrug &amp; Have ApS · Vestergade 12, 8000 Aarhus C · '
              'CVR 12 34 56 78 · <a href="https://nyt.havbrug.example/afmeld?id=88213">Afmeld</a>'
              '</p></div>',
         codes=[], link="https://nyt.havbrug.example/optin/bekraeft?id=88213&h=c01f9e"),
    # ---------------------------------------------------------------- Norwegian
    dict(lang="nb", subject="Kvittering for turen din 30. november",
         text="Takk for turen med Fjordtaxi, Ingrid!\n\n"
              "Fra:        Storgata 12, 0184 Oslo (kl. 05:41)\n"
              "Til:        Oslo lufthavn, 2060 Gardermoen (kl. 06:23)\n"
              "Distanse:   47,3 km\n"
              "Varighet:   42 min\n\n"
              "Grunnpris          kr 79,00\n"
              "Tur                kr 676,00\n"
              "Bomavgift          kr 34,00\n"
              "Totalt             kr 789,00\n"
              "Herav mva 12 %     kr 84,54\n\n"
              "Betalt med Visa •••• 2210\n"
              "Kvitteringsnr. 2026-118-44702\n"
              "Sjåfør: Amir, løyve 3188, bil EL 48213\n\n"
              "Se turen i appen: https://fjordtaxi.example/turer/44702\n"
              "Hjelp: https://fjordtaxi.example/hjelp\n"
              "Fjordtaxi AS · Org.nr. 998 877 665 MVA\n",
         codes=[], link=None),
    # ---------------------------------------------------------------- Turkish
    dict(lang="tr", subject="Çarşım giriş doğrulaması",
         text="Merhaba Elif Hanım,\n\n"
              "Hesabınıza yeni bir cihazdan giriş yapılmak isteniyor (iPhone 15, iOS 18.1, "
              "İzmir).\n\n"
              "Doğrulama kodunuz: 281 704\n\n"
              "Bu kodu 3 dakika içinde girin. Kodu kimseyle paylaşmayın; Çarşım çalışanları "
              "sizden asla kod istemez.\n\n"
              "Son siparişiniz: #TR-55810392 - 1.349,00 TL\n"
              "Müşteri hizmetleri: 0850 222 33 44\n"
              "Çarşım Elektronik Ticaret A.Ş. · Mersis No: 0123456789012345\n",
         codes=["281704"], link=None),
    # ---------------------------------------------------------------- Russian
    dict(lang="ru", subject="Код подтверждения операции",
         html='<table style="font-family:Arial,sans-serif;max-width:520px"><tr><td>'
              '<p>Здравствуйте, Андрей Викторович!</p>'
              '<p>Для подтверждения перевода 15 000,00 ₽ на карту •• 9034 '
              '(получатель Ирина С.) введите код:</p>'
              '<table cellspacing="6" style="margin:12px auto"><tr>'
              '<td style="border:1px solid #ccc;width:36px;height:44px;text-align:center;'
              'font-size:26px">7</td>'
              '<td style="border:1px solid #ccc;width:36px;height:44px;text-align:center;'
              'font-size:26px">0</td>'
              '<td style="border:1px solid #ccc;width:36px;height:44px;text-align:center;'
              'font-size:26px">2</td>'
              '<td style="border:1px solid #ccc;width:36px;height:44px;text-align:center;'
              'font-size:26px">9</td>'
              '<td style="border:1px solid #ccc;width:36px;height:44px;text-align:center;'
              'font-size:26px">5</td>'
              '<td style="border:1px solid #ccc;width:36px;height:44px;text-align:center;'
              'font-size:26px">3</td>'
              '</tr></table>'
              '<p>Код действует 300 секунд. Сотрудники банка никогда не спрашивают коды.</p>'
              '<p style="font-size:11px;color:#777">АО «Северный Кедр Банк», ИНН 7701234567, '
              'ОГРН 1027700123456, лицензия № 3412. Телефон: 8 800 700-12-34. '
              '125009, Москва, ул. Тверская, д. 9.</p></td></tr></table>',
         codes=["702953"], link=None),
    # ---------------------------------------------------------------- Ukrainian
    dict(lang="uk", subject="Підтвердіть нову адресу електронної пошти",
         text="Вітаємо, Олено!\n\n"
              "У кабінеті «Е-Громада» змінено адресу електронної пошти з "
              "o.koval@poshta.example на olena.koval@novyi.example.\n\n"
              "Щоб завершити зміну, відкрийте це посилання (дійсне 24 години):\n"
              "https://e-hromada.example/profil/email/pidtverdyty?addr=olena.koval%40"
              "novyi.example&token=Ue7Rk2Wq\n\n"
              "Доки ви не підтвердите нову адресу, листи надходитимуть на стару.\n\n"
              "Служба підтримки: 0 800 50 12 34\n"
              "Питання та відповіді: https://e-hromada.example/dopomoga\n"
              "Політика конфіденційності: https://e-hromada.example/konfidentsiinist\n",
         codes=[],
         link="https://e-hromada.example/profil/email/pidtverdyty?addr=olena.koval%40"
              "novyi.example&token=Ue7Rk2Wq"),
    # ---------------------------------------------------------------- Greek
    dict(lang="el", subject="Κωδικός Vortex Guard για τον λογαριασμό σου",
         text="Γεια σου, Nikos_88!\n\n"
              "Κάποιος προσπαθεί να συνδεθεί στον λογαριασμό σου από υπολογιστή με "
              "Vortex Launcher 2.7.3.\n"
              "Περιοχή: Θεσσαλονίκη, Ελλάδα · IP 192.0.2.77\n\n"
              "Κωδικός Vortex Guard:\n\n"
              "    F7K2Q\n\n"
              "Πληκτρολόγησε τον κωδικό στο παράθυρο του launcher. Αν δεν ήσουν εσύ, άλλαξε "
              "αμέσως τον κωδικό πρόσβασης.\n\n"
              "Η ομάδα του Vortex\n"
              "Vortex Interactive Ltd · Λεωφόρος Νίκης 44, 546 22 Θεσσαλονίκη\n"
              "https://vortex.example/support\n",
         codes=["F7K2Q"], link=None),
    # ---------------------------------------------------------------- Arabic
    dict(lang="ar", subject="طلبك في الطريق – رمز الاستلام",
         text="مرحبًا نورة،\n\n"
              "طلبك رقم ٤٨٢٠٣٣ من «سلة الحي» مع المندوب الآن ويصل خلال ٢٥ دقيقة تقريبًا.\n"
              "المبلغ: ١٢٥٫٥٠ ر.س (مدفوع)\n"
              "العنوان: حي الياسمين، شارع ١٤، الرياض ١٣٣٢٥\n\n"
              "رمز الاستلام: ٧٣٩١\n\n"
              "أعطِ هذا الرمز للمندوب عند استلام الطلب فقط، ولا ترسله في أي رسالة.\n\n"
              "للمساعدة: ٨٠٠١٢٤٤٥٥٦\n"
              "سلة الحي للتجارة · سجل تجاري ١٠١٠٧٦٥٤٣٢\n",
         codes=["7391"], link=None),
    # ---------------------------------------------------------------- Persian
    dict(lang="fa", subject="کد تأیید ورود به کاروان‌یار",
         text="کاربر گرامی،\n\n"
              "کد تأیید شما برای ورود به کاروان‌یار: ۸۴۰۲۹۱\n"
              "این کد تا ۲ دقیقه معتبر است. آن را در اختیار هیچ‌کس قرار ندهید.\n\n"
              "آخرین سفر شما: تهران ← مشهد، ۱۴۰۵/۰۹/۰۹، شماره بلیت ۷۷۱۰۴۵\n\n"
              "پشتیبانی: ۰۲۱-۸۸۷۷۶۶۵۵\n"
              "تهران، خیابان ولیعصر، پلاک ۱۲۳۴، کد پستی ۱۹۶۷۹۱۳۴۵۶\n",
         codes=["840291"], link=None),
    # ---------------------------------------------------------------- Hebrew
    dict(lang="he", subject="התחברות חדשה לארנקון – האם זה היית את/ה?",
         html='<div dir="rtl" style="font-family:Arial,sans-serif;max-width:520px">'
              '<p>שלום דנה,</p>'
              '<p>זיהינו התחברות לחשבון שלך מהתקן שלא ראינו קודם:</p>'
              '<p>מכשיר: Samsung Galaxy S24, Android 15<br>'
              'מיקום משוער: תל אביב-יפו (IP 198.51.100.140)<br>'
              'זמן: 30.11.2026, 18:09</p>'
              '<p><a href="https://arnakon.example/security/signin/confirm?e=ok&amp;'
              'sid=ss_90d1f4" style="background:#1e88e5;color:#fff;padding:10px 18px">'
              'כן, זה הייתי אני</a></p>'
              '<p><a href="https://arnakon.example/security/signin/confirm?e=lock&amp;'
              'sid=ss_90d1f4" style="color:#c62828">לא אני – אבטחת החשבון</a></p>'
              '<p style="font-size:11px;color:#777">ארנקון בע"מ · ח.פ. 516789012 · '
              'רחוב הברזל 30, תל אביב · מוקד 03-7654321</p></div>',
         codes=[],
         link="https://arnakon.example/security/signin/confirm?e=ok&sid=ss_90d1f4"),
    # ---------------------------------------------------------------- Hindi
    dict(lang="hi", subject="आपका ओटीपी – टिकट भुगतान",
         text="प्रिय यात्री, PNR 4521836790 (ट्रेन 12951, यात्रा तिथि 14-12-2026) के लिए "
              "₹1,499.00 के भुगतान की पुष्टि हेतु आपका ओटीपी ५७३९०२ है। यह १० मिनट तक मान्य "
              "है। इसे किसी के साथ साझा न करें। सहायता: 1800-123-4567 - सफ़रसाथी",
         codes=["573902"], link=None),
    # ---------------------------------------------------------------- Bengali
    dict(lang="bn", subject="আপনার যাচাইকরণ কোড",
         html='<div style="font-family:\'Noto Sans Bengali\',sans-serif">'
              '<p>প্রিয় গ্রাহক,</p>'
              '<p>টাকাপথ অ্যাপে ৳২,৫০০ পাঠানোর অনুরোধ পাওয়া গেছে (প্রাপক: ০১৭১১-২২৩৩৪৪)।</p>'
              '<p>আপনার যাচাইকরণ কোড: <strong style="font-size:22px">৩৮৬১৫২</strong></p>'
              '<p>কোডটি ৩ মিনিটের জন্য বৈধ। কাউকে এই কোড জানাবেন না।</p>'
              '<p style="font-size:11px">টাকাপথ লিমিটেড, বাড়ি ১২, রোড ৭, ধানমন্ডি, ঢাকা ১২০৫ · '
              'হেল্পলাইন ১৬২৪৭</p></div>',
         codes=["386152"], link=None),
    # ---------------------------------------------------------------- Thai
    dict(lang="th", subject="รหัส OTP สำหรับยืนยันการโอนเงิน",
         text="รหัส OTP ของคุณคือ ๖๒๘๔๐๑ (รหัสอ้างอิง: XQPL) สำหรับโอนเงิน ๕,๐๐๐.๐๐ บาท "
              "ไปยังบัญชี xxx-x-x4521-x รหัสมีอายุ ๕ นาที ห้ามเปิดเผยรหัสนี้แก่ผู้อื่น "
              "สอบถามโทร ๐๒-๖๘๘-๑๒๓๔ ธนาคารนาคราช",
         codes=["628401"], link=None),
    # ---------------------------------------------------------------- Chinese
    dict(lang="zh", subject="【云栈】邮箱验证码",
         html='<div style="font-family:\'Microsoft YaHei\',sans-serif">'
              '<p>尊敬的用户：</p>'
              '<p>您正在为账号绑定邮箱，本次验证码为：<b style="color:#e4393c">５２８３９１</b>，'
              '１５分钟内有效，请勿泄露给他人。</p>'
              '<p>您最近的订单号：２０２６１１３０８８４１２，金额 ¥３９９.００。</p>'
              '<p style="font-size:12px;color:#999">云栈科技有限公司 · 客服热线 400-800-1234 · '
              '京ICP备12345678号</p></div>',
         codes=["528391"], link=None),
    # ---------------------------------------------------------------- Japanese
    dict(lang="ja", subject="【ミナモ】アカウント削除の確認",
         html='<div style="font-family:\'Hiragino Sans\',Meiryo,sans-serif">'
              '<p>ミナモ会員の皆様</p>'
              '<p>会員番号 10048823 のアカウント削除のお申し込みを受け付けました。'
              '下のボタンを押すと削除が確定し、保有ポイント（1,240pt）とご注文履歴は'
              '復元できなくなります。</p>'
              '<p><a href="https://minamo.example/account/delete/confirm?t=dl_Hq82nX&amp;'
              'm=10048823" style="background:#c0392b;color:#fff;padding:10px 22px">'
              'アカウントを削除する</a></p>'
              '<p>お心当たりがない場合は、このメールを破棄してください。</p>'
              '<p style="font-size:11px">株式会社ミナモ　〒150-0002 東京都渋谷区渋谷2-21-1　'
              '<a href="https://minamo.example/contact">お問い合わせ</a>　'
              '<a href="https://minamo.example/privacy">プライバシーポリシー</a></p></div>',
         codes=[],
         link="https://minamo.example/account/delete/confirm?t=dl_Hq82nX&m=10048823"),
    dict(lang="ja", subject="【はやぶさ書店】確認コードのお知らせ",
         text="はやぶさ書店をご利用いただきありがとうございます。\n\n"
              "ご注文番号：HB-20261130-0457 のお支払い方法の変更を受け付けました。\n"
              "変更を完了するには、次の確認コードを画面に入力してください。\n\n"
              "確認コード：374102\n\n"
              "有効期限：2026年11月30日 21:15まで\n\n"
              "株式会社はやぶさ書店　〒530-0001 大阪府大阪市北区梅田3-1-1\n"
              "TEL 06-1234-5678（平日10:00〜18:00）\n",
         html='<p>はやぶさ書店をご利用いただきありがとうございます。</p>'
              '<p>ご注文番号：HB-20261130-0457 のお支払い方法の変更を受け付けました。'
              '変更を完了するには、次の確認コードを画面に入力してください。</p>'
              '<div style="border:2px solid #333;padding:12px;font-size:24px;'
              'text-align:center">374102</div>'
              '<p>有効期限：2026年11月30日 21:15まで</p>'
              '<p style="font-size:11px">株式会社はやぶさ書店　〒530-0001 大阪府大阪市北区梅田3-1-1'
              '　TEL 06-1234-5678</p>',
         codes=["374102"], link=None),
    # ---------------------------------------------------------------- Korean
    dict(lang="ko", subject="[솔방울마켓] 이메일 인증번호 안내",
         html='<div style="display:none;font-size:1px;line-height:1px;max-height:0">'
              '인증번호 839201을 입력해 주세요.</div>'
              '<table style="font-family:\'Malgun Gothic\',sans-serif;max-width:560px">'
              '<tr><td><p>안녕하세요, 솔방울마켓입니다.</p>'
              '<p>회원가입을 완료하려면 아래 인증번호를 3분 안에 입력해 주세요.</p>'
              '<div style="background:#f5f5f5;padding:16px;font-size:28px;font-weight:bold;'
              'text-align:center">839201</div>'
              '<p>본인이 요청하지 않았다면 이 메일을 무시하셔도 됩니다.</p></td></tr>'
              '<tr><td style="font-size:11px;color:#888">(주)솔방울마켓 · 사업자등록번호 '
              '123-45-67890 · 통신판매업신고 제2026-서울강남-01234호 · 서울특별시 강남구 테헤란로 '
              '152 · 고객센터 1588-0000</td></tr></table>',
         codes=["839201"], link=None),
    # ---------------------------------------------------------------- Vietnamese
    dict(lang="vi", subject="Biên nhận chuyến đi của bạn",
         html='<div style="font-family:Arial,sans-serif;max-width:560px">'
              '<h2>Cảm ơn bạn đã đi cùng XeNhanh</h2>'
              '<p>Thứ Hai, 30/11/2026 · 19:05 - 19:38</p>'
              '<table cellpadding="4">'
              '<tr><td>Điểm đón</td><td>123 Nguyễn Huệ, Quận 1, TP.HCM</td></tr>'
              '<tr><td>Điểm đến</td><td>Sân bay Tân Sơn Nhất, Ga quốc nội</td></tr>'
              '<tr><td>Quãng đường</td><td>8,6 km</td></tr>'
              '<tr><td>Cước phí</td><td>118.000₫</td></tr>'
              '<tr><td>Phí sân bay</td><td>10.000₫</td></tr>'
              '<tr><td>Khuyến mãi</td><td>-3.000₫</td></tr>'
              '<tr><td><b>Tổng cộng</b></td><td><b>125.000₫</b></td></tr></table>'
              '<p>Tài xế: Trần Văn Minh · Biển số 51F-123.45 · Mã chuyến XN-2611-30-7781</p>'
              '<p><a href="https://xenhanh.example/chuyen-di/7781">Xem chi tiết</a> · '
              '<a href="https://xenhanh.example/tro-giup">Trợ giúp</a></p>'
              '<p style="font-size:11px">Công ty TNHH XeNhanh · MST 0312345678 · '
              'Hotline 1900 6868</p></div>',
         codes=[], link=None),
    # ---------------------------------------------------------------- Indonesian
    dict(lang="id", subject="Masuk ke akun Kedaiku",
         text="Halo Budi,\n\n"
              "Klik tautan ini untuk masuk ke Kedaiku:\n"
              "https://kedaiku.example/masuk/tautan?t=kd_4Fm92Lx&perangkat=web\n\n"
              "Atau masukkan kode ini di aplikasi: 731 905\n\n"
              "Tautan dan kode berlaku 15 menit. Jangan berikan kode kepada siapa pun, "
              "termasuk pihak yang mengaku dari Kedaiku.\n\n"
              "PT Kedaiku Digital Nusantara · Jl. Sudirman Kav. 52-53, Jakarta 12190 · "
              "NPWP 01.234.567.8-012.000\n"
              "Bantuan: https://kedaiku.example/bantuan\n",
         html='<p>Halo Budi,</p>'
              '<p><a href="https://kedaiku.example/masuk/tautan?t=kd_4Fm92Lx&amp;perangkat=web" '
              'style="background:#f57c00;color:#fff;padding:10px 24px">Masuk</a></p>'
              '<p>Atau masukkan kode ini di aplikasi:</p>'
              '<p style="font-size:26px;letter-spacing:6px"><b>731 905</b></p>'
              '<p>Tautan dan kode berlaku 15 menit. Jangan berikan kode kepada siapa pun, '
              'termasuk pihak yang mengaku dari Kedaiku.</p>'
              '<p style="font-size:11px">PT Kedaiku Digital Nusantara · Jl. Sudirman Kav. 52-53, '
              'Jakarta 12190 · NPWP 01.234.567.8-012.000 · '
              '<a href="https://kedaiku.example/bantuan">Bantuan</a></p>',
         codes=["731905"],
         link="https://kedaiku.example/masuk/tautan?t=kd_4Fm92Lx&perangkat=web"),
    # ---------------------------------------------------------------- Malay
    dict(lang="ms", subject="Resit tambah nilai prabayar",
         text="Terima kasih kerana menambah nilai dengan TalianKu.\n\n"
              "Nombor telefon:   012-345 6789\n"
              "Jumlah:           RM30.00\n"
              "Baki baharu:      RM41.50\n"
              "Tempoh sah:       hingga 30/12/2026\n"
              "No. rujukan:      TK2611300093412\n"
              "Tarikh & masa:    30/11/2026 20:14\n"
              "Kaedah bayaran:   FPX - Bank Seri Mas\n\n"
              "Lihat sejarah transaksi: https://talianku.example/akaun/sejarah\n"
              "TalianKu Sdn. Bhd. (201901023456 / 1334455-X) · Jalan Ampang, 50450 Kuala "
              "Lumpur · Talian bantuan 1300 88 2255\n",
         codes=[], link=None),
    # ---------------------------------------------------------------- Hungarian
    dict(lang="hu", subject="Meghívó a Tervtár „Ügyfélszolgálat 2027” munkaterületére",
         html='<div style="font-family:Arial,sans-serif;max-width:580px">'
              '<p><a href="https://tervtar.example/?ref=invite"><img '
              'src="https://tervtar.example/logo.png" alt="Tervtár"></a></p>'
              '<p>Szia!</p>'
              '<p>Kovács Réka meghívott a Tervtár <b>Ügyfélszolgálat 2027</b> munkaterületére. '
              'Itt a csapat 23 tagja közösen vezeti a jegyeket és a heti terveket.</p>'
              '<p><a href="https://tervtar.example/blog/uj-funkciok-2026">Újdonságok '
              'novemberben</a></p>'
              '<p><a href="https://tervtar.example/meghivo/elfogad?m=mt_55Kc0e&amp;w=2027-usz" '
              'style="background:#3949ab;color:#fff;padding:11px 22px">Meghívás elfogadása</a>'
              '</p>'
              '<p><a href="https://tervtar.example/meghivo/elutasit?m=mt_55Kc0e">Elutasítom</a> · '
              '<a href="https://tervtar.example/sugo">Súgó</a> · '
              '<a href="https://tervtar.example/arak">Árak</a></p>'
              '<p style="font-size:11px">Tervtár Kft. · 1062 Budapest, Andrássy út 66. · '
              'Cégjegyzékszám 01-09-123456 · '
              '<a href="https://tervtar.example/leiratkozas">Leiratkozás</a></p></div>',
         codes=[], link="https://tervtar.example/meghivo/elfogad?m=mt_55Kc0e&w=2027-usz"),
    # ---------------------------------------------------------------- Romanian
    dict(lang="ro", subject="Comanda ta nr. 10029384 a fost plasată",
         text="Bună, Andrei!\n\n"
              "Îți mulțumim pentru comanda nr. 10029384 din 30.11.2026.\n\n"
              "1 x Aspirator vertical Turbo V8 (cod produs 556120)     1.099,99 lei\n"
              "1 x Set filtre de schimb                                  149,00 lei\n"
              "Livrare                                                    0,00 lei\n"
              "Total (TVA 19% inclus)                                  1.248,99 lei\n\n"
              "Livrare estimată: 2-3 decembrie, la Str. Lalelelor 7, bl. B2, ap. 14, "
              "Cluj-Napoca 400123.\n"
              "Plată: card Visa care se termină în 6610.\n\n"
              "Vezi comanda: https://magazinul-meu.example/comenzi/10029384\n"
              "Magazinul Meu SRL · CUI RO12345678 · Nr. Reg. Com. J40/1234/2019 · "
              "Tel. 031 405 9900\n",
         codes=[], link=None),
    # ---------------------------------------------------------------- Bulgarian
    dict(lang="bg", subject="Смяна на паролата за Клубна карта",
         text="Здравейте, Мария,\n\n"
              "Получихме заявка за смяна на паролата за профила Ви в „Клубна карта“.\n"
              "Задайте нова парола от този адрес (валиден 30 минути):\n\n"
              "https://klubnakarta.example/parola/nova?z=kk_8Rw3Tn&u=220417\n\n"
              "Ако не сте поискали смяната, не правете нищо.\n\n"
              "Точки в профила: 2 340 · Номер на карта: 2200 4417 0093\n\n"
              "Помощ: https://klubnakarta.example/pomosht\n"
              "Условия: https://klubnakarta.example/usloviya\n"
              "„Клубна карта“ ЕООД · ЕИК 204123456 · София 1000, ул. „Граф Игнатиев“ 15\n",
         codes=[], link="https://klubnakarta.example/parola/nova?z=kk_8Rw3Tn&u=220417"),
    # ---------------------------------------------------------------- Serbian
    dict(lang="sr", subject="Важно обавештење о вашем налогу",
         html='<div style="font-family:Arial,sans-serif;max-width:600px;color:#333">'
              '<p>Поштовани кориснику,</p>'
              '<p>Од 1. јануара 2027. године примењују се нови Општи услови коришћења услуге '
              'Е-Каса. Измене се односе на начин чувања података о плаћањима, рокове за '
              'рекламације (сада 30 дана уместо 15) и накнаде за међународне уплате, које '
              'износе 1,5% износа, а најмање 120,00 РСД. Детаљан преглед измена налази се у '
              'прилогу и на нашој интернет страници. Ако се са изменама не слажете, уговор '
              'можете раскинути без накнаде до 31. децембра 2026. године. Уколико до тада не '
              'добијемо ваше обавештење, сматраће се да сте измене прихватили.</p>'
              '<p>Ради ваше безбедности, приликом прве пријаве после ове промене тражимо '
              'додатну потврду идентитета. Пријава је покренута 30.11.2026. у 12:04 са '
              'уређаја iPad (10. генерација).</p>'
              '<p>Унесите следећи код у апликацију:</p>'
              '<div style="margin:24px auto;width:220px;border:2px dashed #1565c0;'
              'padding:16px;text-align:center;font-size:26px;font-weight:bold;'
              'letter-spacing:3px">447 190</div>'
              '<p style="font-size:11px;color:#888">Е-Каса д.о.о. Београд · ПИБ 101234567 · '
              'Матични број 07012345 · Кнез Михаилова 10, 11000 Београд · 011 3030 300</p>'
              '</div>',
         codes=["447190"], link=None),
    # ---------------------------------------------------------------- Georgian
    dict(lang="ka", subject="ერთჯერადი კოდი გადახდისთვის",
         text="გამარჯობა,\n\n"
              "ბარათით ****3390 გადახდა 250.00 ₾ მაღაზიაში „ბათუმი მარკეტი“ "
              "30.11.2026 21:17.\n\n"
              "თქვენი ერთჯერადი კოდია: 482915\n\n"
              "კოდი მოქმედებს 5 წუთის განმავლობაში. არავის გაუმხილოთ.\n\n"
              "ცხელი ხაზი: *2525 ან +995 32 2 00 11 22\n"
              "სს „ქართული ვაზის ბანკი“ · ს/კ 204512345\n",
         codes=["482915"], link=None),
    # ---------------------------------------------------------------- Armenian
    dict(lang="hy", subject="Ձեր առաքումը ճանապարհին է",
         text="Բարև, Արամ։\n\n"
              "Ձեր պատվերը (№ 77120495) հանձնվել է առաքիչին։\n\n"
              "Հետևման համար՝ AMP 3301 8842 77AM\n"
              "Ակնկալվող առաքում՝ 02.12.2026, 10:00-14:00\n"
              "Հասցե՝ Երևան 0010, Աբովյան փողոց 21, բն. 8\n"
              "Գումար՝ 18 500 ֏ (վճարված)\n\n"
              "Հետևել առաքմանը՝ https://araq.example/track/AMP3301884277AM\n"
              "Հարցերի դեպքում՝ +374 10 55 66 77\n"
              "«Արագ Առաքում» ՍՊԸ · ՀՎՀՀ 02612345\n",
         codes=[], link=None),
    # ---------------------------------------------------------------- Tamil
    dict(lang="ta", subject="உங்கள் OTP – கணக்கு சரிபார்ப்பு",
         text="அன்புள்ள வாடிக்கையாளரே,\n\n"
              "கணக்கு XXXX7781 இலிருந்து ₹12,000.00 பரிமாற்றத்தை உறுதிப்படுத்த உங்கள் OTP: "
              "639 027\n\n"
              "இந்த OTP 5 நிமிடங்களுக்கு மட்டுமே செல்லும். வங்கி ஊழியர்கள் உட்பட யாருடனும் "
              "பகிர வேண்டாம்.\n\n"
              "வாடிக்கையாளர் சேவை: 1800 425 1234\n"
              "காவிரி கூட்டுறவு வங்கி, 45 அண்ணா சாலை, சென்னை 600002\n",
         codes=["639027"], link=None),
    # ---------------------------------------------------------------- Urdu
    dict(lang="ur", subject="آپ کا تصدیقی کوڈ",
         text="محترم صارف،\n\n"
              "آپ کے کارڈ نمبر ****7781 سے Rs. 12,500 کی ادائیگی (دراز مارٹ، لاہور) کی تصدیق "
              "کے لیے آپ کا تصدیقی کوڈ 250416 ہے۔\n"
              "یہ کوڈ 3 منٹ تک کارآمد ہے۔ کسی کو مت بتائیں۔\n\n"
              "ہیلپ لائن: 111-225-225\n"
              "سبز ہلال بینک لمیٹڈ، 14 مال روڈ، لاہور 54000\n",
         codes=["250416"], link=None),
    # ---------------------------------------------------------------- Swahili
    dict(lang="sw", subject="Thibitisha muamala wako wa PesaPoa",
         text="Habari Juma,\n\n"
              "Umeomba kutuma TSh 150,000 kwenda kwa Amina H. (+255 754 000 123) tarehe "
              "30/11/2026 saa 15:20.\n\n"
              "Nambari yako ya uthibitisho ni: 58 31 04\n\n"
              "Iweke kwenye programu ndani ya dakika 5. Usimpe mtu yeyote nambari hii.\n\n"
              "Kitambulisho cha muamala: PP7K2Q0X91\n"
              "Huduma kwa wateja: 0800 110 300\n"
              "PesaPoa Ltd, Mtaa wa Samora, Dar es Salaam\n",
         codes=["583104"], link=None),
    # ---------------------------------------------------------------- Filipino
    dict(lang="tl", subject="I-verify ang iyong email para sa Tagpuan",
         html='<div style="font-family:Arial,sans-serif;max-width:520px">'
              '<h2>Halos tapos ka na, Carlo!</h2>'
              '<p>Para makita ang iyong mga match at makapagpadala ng mensahe, i-verify muna '
              'ang email address mo.</p>'
              '<p><a href="https://go.tagpuan.example/e/v1/9Qx?dest=https%3A%2F%2Ftagpuan.example'
              '%2Fverify%2Femail%3Fk%3Dtg_0pL3mZ" style="background:#e91e63;color:#fff;'
              'padding:12px 24px;border-radius:22px">I-verify ang email</a></p>'
              '<p>May 12 taong nag-like sa profile mo ngayong linggo!</p>'
              '<p><a href="https://go.tagpuan.example/e/v1/9Qy?dest=https%3A%2F%2Ftagpuan.example'
              '%2Fsafety">Mga tip sa kaligtasan</a> · '
              '<a href="https://apps.example/tagpuan">I-download ang app</a></p>'
              '<p style="font-size:11px">Tagpuan Inc. · 6750 Ayala Ave, Makati City 1226 · '
              '<a href="https://tagpuan.example/unsubscribe?u=55120">Mag-unsubscribe</a></p>'
              '</div>',
         codes=[],
         link="https://go.tagpuan.example/e/v1/9Qx?dest=https%3A%2F%2Ftagpuan.example"
              "%2Fverify%2Femail%3Fk%3Dtg_0pL3mZ"),
    # ---------------------------------------------------------------- Lithuanian
    dict(lang="lt", subject="Priminimas apie vizitą pas gydytoją",
         text="Laba diena, Rūta,\n\n"
              "primename, kad esate užsiregistravusi vizitui:\n\n"
              "Data ir laikas:  2026-12-03, 08:40\n"
              "Gydytojas:       šeimos gydytoja dr. Jurgita Petrauskienė\n"
              "Kabinetas:       214, II aukštas\n"
              "Adresas:         Savanorių pr. 132, LT-03150 Vilnius\n"
              "Registracijos nr.: V-2026-118734\n\n"
              "Jei negalite atvykti, praneškite bent prieš 24 val. tel. (8 5) 233 4455.\n\n"
              "Sveikatos centras „Liepa“ · Įmonės kodas 302123456\n"
              "https://liepa.example/registracija\n",
         codes=[], link=None),
    # ---------------------------------------------------------------- Estonian
    dict(lang="et", subject="Sinu sisselogimiskood Kooliraamatusse",
         text="Tere, Kristjan!\n\n"
              "Keegi soovib logida sisse Kooliraamatusse sinu kontoga (7.b klass, "
              "õppeaasta 2026/2027).\n\n"
              "Sisselogimiskood: 284719\n\n"
              "Kood kehtib 10 minutit. Kui see polnud sina, anna sellest teada oma "
              "klassijuhatajale.\n\n"
              "Tallinna Männiku Kool · registrikood 75012345 · tel 650 1234\n"
              "Kooliraamat: https://kooliraamat.example/abi\n",
         codes=["284719"], link=None),
    # ---------------------------------------------------------------- Latvian
    dict(lang="lv", subject="Jūsu verifikācijas kods",
         html='<div style="font-family:Arial,sans-serif;max-width:520px">'
              '<p>Labdien!</p>'
              '<p>Lai pieslēgtos pašapkalpošanās portālam Mans Vilnis, ievadiet kodu:</p>'
              '<div style="text-align:center">'
              '<div style="display:inline-block;width:34px;border-bottom:2px solid #333;'
              'font-size:26px">6</div> '
              '<div style="display:inline-block;width:34px;border-bottom:2px solid #333;'
              'font-size:26px">1</div> '
              '<div style="display:inline-block;width:34px;border-bottom:2px solid #333;'
              'font-size:26px">5</div> '
              '<div style="display:inline-block;width:34px;border-bottom:2px solid #333;'
              'font-size:26px">0</div> '
              '<div style="display:inline-block;width:34px;border-bottom:2px solid #333;'
              'font-size:26px">3</div> '
              '<div style="display:inline-block;width:34px;border-bottom:2px solid #333;'
              'font-size:26px">8</div></div>'
              '<p>Kods derīgs 10 minūtes.</p>'
              '<p style="font-size:11px">Līguma Nr. LV-2026-44810 · SIA „Vilnis Telekom”, '
              'PVN reģ. Nr. LV40003123456, Brīvības iela 99, Rīga, LV-1001 · '
              'Tālr. 8000 7070</p></div>',
         codes=["615038"], link=None),
    # ---------------------------------------------------------------- Slovak
    dict(lang="sk", subject="Overovací kód pre Zdravotný portál",
         text="Dobrý deň, pán Horváth,\n\n"
              "pre prístup k výsledkom vyšetrenia z 12.11.2026 (ambulancia č. 214, "
              "MUDr. Kováčová) zadajte overovací kód:\n\n"
              "90-26-61\n\n"
              "Kód platí do 30.11.2026 22:00. Kontrolná prehliadka je naplánovaná na "
              "12.12.2026 o 08:20.\n\n"
              "Nemocnica Podtatranská, a.s. · IČO 36 123 456 · Nám. SNP 5, 058 01 Poprad\n"
              "Informácie: 052 771 2345\n",
         codes=["902661"], link=None),
    # ---------------------------------------------------------------- Catalan
    dict(lang="ca", subject="Codi de validació per a la Seu electrònica",
         text="Benvolgut/uda,\n\n"
              "Heu iniciat un tràmit a la Seu electrònica de l'Ajuntament de Sant Oriol "
              "(registre d'entrada 2026/E/004512).\n\n"
              "Codi de validació: 382715\n\n"
              "Introduïu-lo abans de 15 minuts per signar la sol·licitud.\n\n"
              "Ajuntament de Sant Oriol · Plaça de la Vila 1, 08740 Sant Oriol · "
              "NIF P0812345J · Tel. 93 771 00 00\n",
         html='<div style="display:none">Codi de validació: 382715</div>'
              '<p>Benvolgut/uda,</p>'
              '<p>Heu iniciat un tràmit a la Seu electrònica de l\'Ajuntament de Sant Oriol '
              '(registre d\'entrada 2026/E/004512).</p>'
              '<p>Codi de validació:</p><h2 style="letter-spacing:5px">382715</h2>'
              '<p>Introduïu-lo abans de 15 minuts per signar la sol·licitud.</p>'
              '<p style="font-size:11px">Ajuntament de Sant Oriol · Plaça de la Vila 1, '
              '08740 Sant Oriol · NIF P0812345J · Tel. 93 771 00 00</p>',
         codes=["382715"], link=None),
    # ---------------------------------------------------------------- Croatian
    dict(lang="hr", subject="Potvrdi svoj broj u aplikaciji Spoji",
         text="Bok Lucija,\n\n"
              "dobrodošla u Spoji! Profil ti je gotovo spreman: 6 fotografija, 28 godina, "
              "Zagreb.\n\n"
              "Tvoj kod za potvrdu je 730418 - upiši ga u aplikaciju da bi tvoj profil "
              "dobio plavu kvačicu.\n\n"
              "Kod vrijedi 30 minuta.\n\n"
              "Spoji d.o.o. · Ilica 242, 10000 Zagreb · OIB 12345678901\n"
              "Sigurnost na spojevima: https://spoji.example/sigurnost\n"
              "Odjava od obavijesti: https://spoji.example/odjava\n",
         codes=["730418"], link=None),
    # ---------------------------------------------------------------- Nepali
    dict(lang="ne", subject="तपाईंको OTP कोड",
         text="प्रिय ग्राहक,\n\n"
              "रु. १५,००० को भुक्तानी (बिल नं. ४४८१२, मिति २०८३/०८/१४) पुष्टि गर्न तपाईंको "
              "OTP कोड ६०४८१७ हो।\n"
              "यो कोड ५ मिनेटसम्म मात्र मान्य हुन्छ। कसैलाई नदिनुहोला।\n\n"
              "हिमाल डिजिटल वालेट प्रा. लि. · दरबारमार्ग, काठमाडौं · फोन ०१-४२२३३४४\n",
         codes=["604817"], link=None),
]
