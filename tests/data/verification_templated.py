"""A blind set of templated verification, sign-in, invitation and notification mails.

Sixty mails written the way email builders and ESPs render them for SaaS products,
developer platforms, fintech apps, shops, streaming and gaming services, travel sites,
dating and social apps, newsletters and marketplaces: nested layout tables, Outlook
conditional comments and VML buttons, hidden preheaders, codes in styled boxes or one
character per cell, tracking redirects, copy-this-URL fallbacks, long footers and legal
lines full of numbers. All service names, people, addresses and domains are invented.

Written blind on 2026-11-30 by a writer who never saw tempmail/extract.py, links.py or
their rules, and committed before being scored. Same shape as the other sets: codes lists
the codes as a person would type them (first is the one needed, a second only for a
backup code), link is the one action URL as its href resolves, or None.

Read once, blind, at 8d3aa1d (after the regional set's tuning): codes P 0.941 R 0.941; links
P 0.786 R 0.611; every code listed P 0.972. Its misses (a backup code before the sign-in
code, a dash the mail says not to type, "yes"/"no" buttons of sign-in alerts in several
languages, accept and sign-in buttons in Latvian, Estonian, Slovenian and Polish, a footer
link judged by the sentence above it, a reservation link) then shaped extract.py and
links.py; it counts as seen since.
"""

TEMPLATED = [
    # 1 developer platform, code in subject and preheader, boxed code with letter-spacing
    dict(lang="en", subject="739204 is your Forgebench sign-in code",
         html='<!DOCTYPE html><html><head><meta charset="utf-8"><title>Forgebench</title>'
              '<!--[if mso]><style>td,a,span{font-family:Arial,sans-serif!important}</style><![endif]-->'
              '</head><body style="margin:0;background:#f3f4f6">'
              '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">'
              'Your code is 739204. It expires in 10 minutes.&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>'
              '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
              '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff">'
              '<tr><td style="padding:24px 32px"><img src="https://cdn.forgebench.example/mail/logo@2x.png" '
              'width="132" height="28" alt="Forgebench"></td></tr>'
              '<tr><td style="padding:0 32px;font:16px/24px Helvetica,Arial,sans-serif;color:#111827">'
              '<h1 style="font-size:22px;margin:0 0 12px">Confirm it is you</h1>'
              '<p>Someone is signing in to Forgebench with your account from the CLI '
              '(forgebench-cli 3.14.2, Linux x86_64) at IP 203.0.113.48, near Leeds, GB.</p>'
              '<p>Enter this code in your terminal to finish:</p></td></tr>'
              '<tr><td align="center" style="padding:8px 32px 24px">'
              '<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
              '<td style="background:#eef2ff;border:1px solid #c7d2fe;border-radius:8px;padding:14px 28px;'
              'font:700 32px/36px Menlo,Consolas,monospace;letter-spacing:10px;color:#1e1b4b">739204</td>'
              '</tr></table></td></tr>'
              '<tr><td style="padding:0 32px 24px;font:13px/20px Helvetica,Arial,sans-serif;color:#6b7280">'
              'Request ID 5f1c-88a2-0931 &middot; 30 Nov 2026, 14:07 UTC<br>'
              'If you did not try to sign in, you can ignore this email; nobody can get in without the code.'
              '</td></tr></table>'
              '<table role="presentation" width="560" cellpadding="0" cellspacing="0"><tr>'
              '<td style="padding:20px 32px;font:12px/18px Helvetica,Arial,sans-serif;color:#9ca3af">'
              '<a href="https://docs.forgebench.example/" style="color:#6b7280">Docs</a> &middot; '
              '<a href="https://status.forgebench.example/" style="color:#6b7280">Status</a> &middot; '
              '<a href="https://forgebench.example/support" style="color:#6b7280">Support</a> &middot; '
              '<a href="https://forgebench.example/legal/privacy" style="color:#6b7280">Privacy</a><br>'
              'Forgebench Labs Ltd &middot; Company no. 11482736 &middot; 20 Ropemaker Yard, London EC2A 4NE'
              '</td></tr></table></td></tr></table></body></html>',
         text="Confirm it is you\n\n"
              "Someone is signing in to Forgebench from the CLI (forgebench-cli 3.14.2, Linux x86_64)\n"
              "at IP 203.0.113.48, near Leeds, GB.\n\n"
              "Your code: 739204\n\n"
              "Request ID 5f1c-88a2-0931 - 30 Nov 2026, 14:07 UTC\n"
              "Didn't try to sign in? Ignore this email.\n\n"
              "Forgebench Labs Ltd, Company no. 11482736, 20 Ropemaker Yard, London EC2A 4NE",
         codes=["739204"], link=None),

    # 2 fintech transfer approval, one digit per cell, amount and IBAN fragments around it
    dict(lang="de", subject="Freigabe Ihrer Überweisung",
         html='<html><body style="margin:0;padding:0;background:#eceff1">'
              '<div style="display:none;font-size:1px;line-height:1px;max-height:0;opacity:0;overflow:hidden">'
              'Bitte bestätigen Sie Ihre Überweisung über 1.249,00 EUR.</div>'
              '<center><table width="600" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff"><tr><td>'
              '<table width="100%" cellpadding="0" cellspacing="0"><tr>'
              '<td style="padding:20px 30px;background:#0b3d2e"><img src="https://static.nordkonto.example/m/nk-white.png" '
              'alt="Nordkonto" width="120"></td></tr></table>'
              '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:30px;font-family:Arial,sans-serif;'
              'font-size:15px;line-height:22px;color:#222">'
              '<p>Guten Tag Frau Albrecht,</p>'
              '<p>für folgenden Auftrag ist Ihre Freigabe erforderlich:</p>'
              '<table cellpadding="4" cellspacing="0" style="font-size:14px">'
              '<tr><td>Empfänger:</td><td>Hausverwaltung Kranich KG</td></tr>'
              '<tr><td>IBAN:</td><td>DE89 3704 **** **** **13 00</td></tr>'
              '<tr><td>Betrag:</td><td><b>1.249,00 EUR</b></td></tr>'
              '<tr><td>Auftragsnummer:</td><td>2026113000417</td></tr></table>'
              '<p>Ihr Freigabecode:</p>'
              '<table cellpadding="0" cellspacing="6"><tr>'
              '<td style="width:40px;height:48px;border:1px solid #0b3d2e;text-align:center;font-size:26px;font-weight:bold">5</td>'
              '<td style="width:40px;height:48px;border:1px solid #0b3d2e;text-align:center;font-size:26px;font-weight:bold">8</td>'
              '<td style="width:40px;height:48px;border:1px solid #0b3d2e;text-align:center;font-size:26px;font-weight:bold">1</td>'
              '<td style="width:40px;height:48px;border:1px solid #0b3d2e;text-align:center;font-size:26px;font-weight:bold">0</td>'
              '<td style="width:40px;height:48px;border:1px solid #0b3d2e;text-align:center;font-size:26px;font-weight:bold">7</td>'
              '<td style="width:40px;height:48px;border:1px solid #0b3d2e;text-align:center;font-size:26px;font-weight:bold">3</td>'
              '</tr></table>'
              '<p>Der Code gilt bis 14:32 Uhr und nur für diesen Auftrag. Nordkonto fragt Sie niemals '
              'telefonisch nach Codes.</p></td></tr></table>'
              '<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f5f5f5"><tr>'
              '<td style="padding:20px 30px;font-family:Arial,sans-serif;font-size:11px;color:#777">'
              'Nordkonto GmbH &middot; Hafenstraße 12 &middot; 20457 Hamburg<br>'
              'Amtsgericht Hamburg HRB 164532 &middot; USt-IdNr. DE318274659 &middot; BLZ 200 411 55<br>'
              '<a href="https://www.nordkonto.example/impressum" style="color:#777">Impressum</a> | '
              '<a href="https://www.nordkonto.example/datenschutz" style="color:#777">Datenschutz</a> | '
              '<a href="https://hilfe.nordkonto.example/" style="color:#777">Hilfe</a>'
              '</td></tr></table></td></tr></table></center></body></html>',
         codes=["581073"], link=None),

    # 3 shop address verification: button through a click tracker plus a code in spans
    dict(lang="fr", subject="Vérifiez votre adresse e-mail",
         html='<html><body><div style="display:none!important;mso-hide:all">Plus qu’une étape avant '
              'votre première commande&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>'
              '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" bgcolor="#faf7f2">'
              '<table width="580" cellpadding="0" cellspacing="0" role="presentation">'
              '<tr><td align="center" style="padding:28px 0"><a href="https://clk.petrel-mail.example/c/h7Jq?u=https%3A%2F%2Fwww.maison-petrel.example%2F&amp;e=m1">'
              '<img src="https://img.maison-petrel.example/logo.png" alt="Maison Pétrel" width="160" border="0"></a></td></tr>'
              '<tr><td bgcolor="#ffffff" style="padding:36px 40px;font-family:Georgia,serif;font-size:16px;line-height:25px;color:#2b2b2b">'
              '<p>Bonjour Camille,</p><p>Merci d’avoir créé votre compte. Confirmez votre adresse pour '
              'suivre vos commandes et profiter de la livraison offerte dès 60&nbsp;€.</p>'
              '<table cellpadding="0" cellspacing="0" align="center" role="presentation"><tr><td align="center">'
              '<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="urn:schemas-microsoft-com:office:word" '
              'href="https://clk.petrel-mail.example/c/k2Rw?u=https%3A%2F%2Fwww.maison-petrel.example%2Fcompte%2Fverifier%3Ft%3D9f3Kq2LzX0&amp;e=m1" '
              'style="height:46px;v-text-anchor:middle;width:260px" arcsize="0%" stroke="f" fillcolor="#1f3b34">'
              '<w:anchorlock/><center style="color:#ffffff;font-family:Arial;font-size:15px">Vérifier mon adresse</center>'
              '</v:roundrect><![endif]--><!--[if !mso]><!-- -->'
              '<a href="https://clk.petrel-mail.example/c/k2Rw?u=https%3A%2F%2Fwww.maison-petrel.example%2Fcompte%2Fverifier%3Ft%3D9f3Kq2LzX0&amp;e=m1" '
              'style="background:#1f3b34;color:#ffffff;display:inline-block;padding:13px 36px;text-decoration:none;'
              'font-family:Arial,sans-serif;font-size:15px">Vérifier mon adresse</a><!--<![endif]-->'
              '</td></tr></table>'
              '<p style="margin-top:28px">Vous êtes sur l’application&nbsp;? Saisissez plutôt ce code&nbsp;:</p>'
              '<p style="text-align:center;font-family:Arial,sans-serif;font-size:28px;font-weight:bold;letter-spacing:6px">'
              '<span>2</span><span>6</span><span>0</span><span>9</span><span>4</span><span>7</span></p>'
              '<p style="font-size:13px;color:#777">Ce lien et ce code expirent dans 24&nbsp;heures.</p></td></tr>'
              '<tr><td align="center" style="padding:24px;font-family:Arial,sans-serif;font-size:11px;line-height:17px;color:#8a8a8a">'
              '<a href="https://clk.petrel-mail.example/c/s01?u=https%3A%2F%2Finstagram.example%2Fmaisonpetrel"><img src="https://img.maison-petrel.example/ig.png" alt="Instagram" width="20"></a> '
              '<a href="https://clk.petrel-mail.example/c/s02?u=https%3A%2F%2Fpinterest.example%2Fmaisonpetrel"><img src="https://img.maison-petrel.example/pin.png" alt="Pinterest" width="20"></a><br>'
              '<a href="https://www.maison-petrel.example/aide" style="color:#8a8a8a">Aide</a> · '
              '<a href="https://www.maison-petrel.example/cgv" style="color:#8a8a8a">CGV</a> · '
              '<a href="https://www.maison-petrel.example/confidentialite" style="color:#8a8a8a">Confidentialité</a><br>'
              'Maison Pétrel SAS au capital de 50&nbsp;000&nbsp;€ · RCS Lyon 842&nbsp;117&nbsp;905 · TVA FR47842117905<br>'
              '12 rue des Tanneurs, 69002 Lyon</td></tr></table></td></tr></table></body></html>',
         text="Bonjour Camille,\n\nMerci d'avoir créé votre compte Maison Pétrel.\n"
              "Confirmez votre adresse ici :\n"
              "https://clk.petrel-mail.example/c/k2Rw?u=https%3A%2F%2Fwww.maison-petrel.example%2Fcompte%2Fverifier%3Ft%3D9f3Kq2LzX0&e=m1\n\n"
              "Sur l'application, saisissez le code 260947.\n"
              "Lien et code valables 24 heures.\n\n"
              "Maison Pétrel SAS - RCS Lyon 842 117 905 - 12 rue des Tanneurs, 69002 Lyon",
         codes=["260947"],
         link="https://clk.petrel-mail.example/c/k2Rw?u=https%3A%2F%2Fwww.maison-petrel.example%2Fcompte%2Fverifier%3Ft%3D9f3Kq2LzX0&e=m1"),

    # 4 streaming, plain text only, four-digit code beside device and time
    dict(lang="es", subject="Tu código de acceso temporal",
         text="Cineola\n"
              "========\n\n"
              "Hola, Lucía:\n\n"
              "Alguien ha pedido un código para entrar en tu cuenta desde:\n"
              "  Dispositivo: Smart TV Salón (Android TV 12, app 8.41.0)\n"
              "  Fecha: 30/11/2026, 21:48 (hora peninsular)\n"
              "  Ubicación aproximada: Zaragoza, ES\n\n"
              "Introduce este código en la pantalla del televisor:\n\n"
              "    8406\n\n"
              "Caduca en 15 minutos. Si no has sido tú, no compartas el código con nadie.\n"
              "¿Dudas? https://ayuda.cineola.example/acceso\n\n"
              "--\n"
              "Cineola Streaming S.L. · CIF B87654321 · C/ Alcalá 200, 28028 Madrid\n"
              "Privacidad: https://cineola.example/privacidad",
         codes=["8406"], link=None),

    # 5 travel, booking reference and flight number next to the code
    dict(lang="it", subject="Accedi alla tua prenotazione",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#e8f1f8"><tr><td align="center">'
              '<!--[if mso]><table width="600" align="center"><tr><td><![endif]-->'
              '<div style="max-width:600px;margin:0 auto;background:#ffffff">'
              '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 28px;border-bottom:3px solid #ff7a00">'
              '<img src="https://cdn.viaggiora.example/mail/logo.png" alt="Viaggiora" height="30"></td></tr>'
              '<tr><td style="padding:28px;font-family:Verdana,sans-serif;font-size:14px;line-height:21px;color:#333">'
              '<p>Ciao Marco,</p>'
              '<p>hai chiesto di gestire la prenotazione <b>VG-58120437</b> (codice PNR QX7L2M), volo AZ 1783 '
              'Milano Linate &rarr; Catania del 14/12/2026, partenza 07:55.</p>'
              '<p>Per motivi di sicurezza inserisci il codice di verifica qui sotto:</p>'
              '<div style="margin:18px auto;width:220px;padding:14px 0;text-align:center;background:#fff4e8;'
              'border:2px dashed #ff7a00;font-size:30px;font-weight:bold;letter-spacing:5px;color:#1a1a1a">317&nbsp;564</div>'
              '<p>Il codice scade tra 20 minuti. Passeggeri: 2 adulti &middot; Totale pagato 286,40&nbsp;&euro;</p>'
              '</td></tr>'
              '<tr><td style="padding:18px 28px;background:#f4f4f4;font-family:Verdana,sans-serif;font-size:10px;color:#888">'
              '<a href="https://www.viaggiora.example/assistenza" style="color:#888">Assistenza</a> &bull; '
              '<a href="https://www.viaggiora.example/privacy" style="color:#888">Privacy</a> &bull; '
              '<a href="https://apps.example/store/viaggiora"><img src="https://cdn.viaggiora.example/mail/appstore.png" alt="Scarica su App Store" height="24"></a><br>'
              'Viaggiora S.r.l. &middot; Via Tortona 31, 20144 Milano &middot; P.IVA 09876543210 &middot; REA MI-2109876'
              '</td></tr></table></div>'
              '<!--[if mso]></td></tr></table><![endif]--></td></tr></table>',
         codes=["317564"], link=None),

    # 6 payments app, Pix authorisation with masked CPF and company CNPJ
    dict(lang="pt", subject="Código para autorizar seu Pix",
         text="Pagueleve\n\n"
              "Olá, Rafael!\n\n"
              "Use o código 902 415 para autorizar o Pix de R$ 1.350,00 para M*** S*** "
              "(CPF ***.482.917-**), agendado para 01/12/2026.\n\n"
              "O código vale por 5 minutos. Nunca informe esse código por telefone ou WhatsApp.\n\n"
              "Central de ajuda: https://ajuda.pagueleve.example\n"
              "Pagueleve Instituição de Pagamento S.A. - CNPJ 12.345.678/0001-90\n"
              "Av. Paulista, 1500, 12º andar - São Paulo/SP - CEP 01310-200",
         html='<div style="background:#f0f4f3;padding:24px 0"><table align="center" width="520" cellpadding="0" cellspacing="0" '
              'style="background:#fff;border-radius:12px;font-family:Helvetica,Arial,sans-serif">'
              '<tr><td style="padding:28px 32px 8px"><img src="https://cdn.pagueleve.example/e/logo.png" alt="Pagueleve" width="110"></td></tr>'
              '<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;color:#1c2b2a">'
              '<p>Olá, Rafael!</p><p>Para autorizar o Pix de <b>R$&nbsp;1.350,00</b> para M*** S*** '
              '(CPF ***.482.917-**), agendado para 01/12/2026, use o código:</p></td></tr>'
              '<tr><td align="center" style="padding:6px 32px 18px"><span style="display:inline-block;padding:12px 22px;'
              'background:#00a884;color:#fff;border-radius:8px;font-size:28px;font-weight:700;letter-spacing:4px">902 415</span></td></tr>'
              '<tr><td style="padding:0 32px 28px;font-size:13px;color:#5f6f6e">Válido por 5 minutos. Nunca informe esse código '
              'por telefone ou WhatsApp.</td></tr>'
              '<tr><td style="padding:18px 32px;border-top:1px solid #e3e9e8;font-size:11px;color:#8b9998">'
              '<a href="https://ajuda.pagueleve.example" style="color:#8b9998">Central de ajuda</a> · '
              '<a href="https://pagueleve.example/termos" style="color:#8b9998">Termos</a><br>'
              'Pagueleve Instituição de Pagamento S.A. · CNPJ 12.345.678/0001-90 · Av. Paulista, 1500, 12º andar · '
              'São Paulo/SP · CEP 01310-200</td></tr></table></div>',
         codes=["902415"], link=None),

    # 7 gaming, alphanumeric code typed with its dash, one character per span
    dict(lang="nl", subject="Je Pixelhaven-beveiligingscode",
         html='<body style="background:#14121f;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
              '<table width="600" cellpadding="0" cellspacing="0" style="background:#1f1b33;color:#e6e1ff;font-family:Arial,sans-serif">'
              '<tr><td style="padding:24px"><img src="https://media.pixelhaven.example/em/hdr.png" alt="PIXELHAVEN" width="180"></td></tr>'
              '<tr><td style="padding:0 32px 10px;font-size:15px;line-height:23px">'
              '<p>Hé NachtUil_88,</p><p>We zagen een aanmelding bij je Pixelhaven-account vanaf een nieuwe pc '
              '(Windows 11, launcher build 2.7.118, sessie-ID 88A1-F0C2). Voer deze code in, inclusief het streepje:</p></td></tr>'
              '<tr><td align="center" style="padding:10px 0 22px"><div style="font-family:Courier New,monospace;font-size:34px;font-weight:bold;color:#b9f26b">'
              '<span style="padding:0 3px">K</span><span style="padding:0 3px">7</span><span style="padding:0 3px">P</span>'
              '<span style="padding:0 3px">-</span>'
              '<span style="padding:0 3px">4</span><span style="padding:0 3px">Q</span><span style="padding:0 3px">X</span></div></td></tr>'
              '<tr><td style="padding:0 32px 24px;font-size:13px;color:#a59fc7">Deze code verloopt over 30 minuten. '
              'Medewerkers van Pixelhaven vragen nooit om je code.</td></tr>'
              '<tr><td style="padding:18px 32px;background:#17142a;font-size:11px;color:#7d77a3">'
              '<a href="https://pixelhaven.example/support" style="color:#7d77a3">Support</a> | '
              '<a href="https://pixelhaven.example/privacy" style="color:#7d77a3">Privacy</a> | '
              '<a href="https://discord.example/pixelhaven" style="color:#7d77a3">Discord</a><br>'
              'Pixelhaven B.V., Stationsplein 45, 3013 AK Rotterdam &middot; KvK 81234567 &middot; btw NL862345678B01'
              '</td></tr></table></td></tr></table></body>',
         text="Hé NachtUil_88,\n\nNieuwe aanmelding vanaf Windows 11 (launcher build 2.7.118).\n"
              "Je code (met streepje invoeren): K7P-4QX\n\nVerloopt over 30 minuten.\n"
              "Pixelhaven B.V. - KvK 81234567",
         codes=["K7P-4QX"], link=None),

    # 8 marketplace, code written in pairs with dashes, Polish company numbers in the footer
    dict(lang="pl", subject="Potwierdź logowanie do Targowiska",
         html='<table width="100%" bgcolor="#f6f6f6" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">'
              '<table width="600" bgcolor="#ffffff" cellpadding="0" cellspacing="0" style="font-family:Tahoma,Arial,sans-serif">'
              '<tr><td style="padding:18px 30px;background:#ffd400"><img src="https://s.targowisko.example/m/logo.png" alt="Targowisko.pl" width="150"></td></tr>'
              '<tr><td style="padding:30px;font-size:15px;line-height:22px;color:#242424">'
              '<p>Cześć Kasia,</p><p>logujesz się z nowej przeglądarki (Chrome 131 na macOS 15.1). '
              'Ostatnie zamówienie na tym koncie: nr 2026/11/30/77812, kwota 219,99&nbsp;zł.</p>'
              '<p>Twój kod jednorazowy:</p>'
              '<p style="font-size:30px;font-weight:bold;letter-spacing:3px;text-align:center;margin:18px 0">48-19-75</p>'
              '<p style="font-size:13px;color:#666">Kod jest ważny 10 minut. Nie podawaj go nikomu, także sprzedającym.</p>'
              '</td></tr>'
              '<tr><td style="padding:20px 30px;border-top:1px solid #eee;font-size:11px;line-height:16px;color:#999">'
              '<a href="https://targowisko.example/pomoc" style="color:#999">Centrum pomocy</a> · '
              '<a href="https://targowisko.example/regulamin" style="color:#999">Regulamin</a> · '
              '<a href="https://targowisko.example/prywatnosc" style="color:#999">Prywatność</a><br>'
              'Targowisko Sp. z o.o., ul. Prosta 68, 00-838 Warszawa · NIP 525-123-45-67 · REGON 146789012 · '
              'KRS 0000678123 · kapitał zakładowy 50&nbsp;000&nbsp;zł</td></tr></table></td></tr></table>',
         text="Cześć Kasia,\n\nlogujesz się z nowej przeglądarki (Chrome 131, macOS 15.1).\n"
              "Kod jednorazowy: 48-19-75 (ważny 10 minut).\n\n"
              "Targowisko Sp. z o.o. · NIP 525-123-45-67 · KRS 0000678123",
         codes=["481975"], link=None),

    # 9 dating app, four-digit code with a masked phone number and org number
    dict(lang="sv", subject="Din verifieringskod från Hjärtklapp",
         html='<div style="background:#fff0f3;padding:30px 0"><table role="presentation" align="center" width="480" '
              'cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:16px;font-family:Avenir,Helvetica,sans-serif">'
              '<tr><td align="center" style="padding:28px 0 0"><img src="https://bilder.hjartklapp.example/mejl/hjarta.png" alt="" width="48"></td></tr>'
              '<tr><td align="center" style="padding:12px 36px;font-size:16px;line-height:24px;color:#3a1f27">'
              'Hej! Du håller på att koppla numret +46 70 *** ** 67 till ditt Hjärtklapp-konto. Skriv in koden i appen:</td></tr>'
              '<tr><td align="center" style="padding:12px 0 20px"><table cellpadding="0" cellspacing="8"><tr>'
              '<td style="background:#ff4d6d;color:#fff;font-size:30px;font-weight:700;width:46px;height:56px;text-align:center;border-radius:10px">6</td>'
              '<td style="background:#ff4d6d;color:#fff;font-size:30px;font-weight:700;width:46px;height:56px;text-align:center;border-radius:10px">0</td>'
              '<td style="background:#ff4d6d;color:#fff;font-size:30px;font-weight:700;width:46px;height:56px;text-align:center;border-radius:10px">9</td>'
              '<td style="background:#ff4d6d;color:#fff;font-size:30px;font-weight:700;width:46px;height:56px;text-align:center;border-radius:10px">3</td>'
              '</tr></table></td></tr>'
              '<tr><td align="center" style="padding:0 36px 28px;font-size:13px;color:#8c6a74">Koden gäller i 10 minuter. '
              'Fick du det här utan att göra något? Då kan du lugnt ignorera mejlet.</td></tr>'
              '<tr><td align="center" style="padding:16px 36px;font-size:11px;color:#b39aa1">'
              '<a href="https://hjartklapp.example/hjalp" style="color:#b39aa1">Hjälp</a> · '
              '<a href="https://hjartklapp.example/integritet" style="color:#b39aa1">Integritet</a> · '
              '<a href="https://apps.example/hjartklapp/android"><img src="https://bilder.hjartklapp.example/mejl/gplay.png" alt="Hämta på Google Play" height="22"></a><br>'
              'Hjärtklapp AB · Org.nr 559123-4567 · Götgatan 22, 118 46 Stockholm</td></tr></table></div>',
         codes=["6093"], link=None),

    # 10 notes app, magic link button (VML + normal) with a fallback code
    dict(lang="da", subject="Dit login-link til Skyskriver",
         html='<!doctype html><html xmlns:v="urn:schemas-microsoft-com:vml"><body style="margin:0;background:#f7f7f5">'
              '<span style="display:none;color:transparent;height:0;max-height:0;width:0;opacity:0;overflow:hidden">'
              'Klik for at logge ind &ndash; linket virker i 15 minutter.</span>'
              '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">'
              '<table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e7e5df">'
              '<tr><td style="padding:32px 40px 8px;font-family:-apple-system,Segoe UI,Helvetica,sans-serif;font-size:15px;line-height:23px;color:#2d2a26">'
              '<img src="https://assets.skyskriver.example/mail/mark.png" alt="Skyskriver" width="36"><br><br>'
              'Hej Jonas,<br><br>Tryk på knappen for at logge ind på Skyskriver i denne browser.</td></tr>'
              '<tr><td align="left" style="padding:16px 40px">'
              '<!--[if mso]><v:roundrect href="https://app.skyskriver.example/auth/magic?token=Zx81-qPL0vRm2a&amp;redirect=%2Fnotes" '
              'style="height:42px;v-text-anchor:middle;width:180px" arcsize="12%" strokecolor="#2d2a26" fillcolor="#2d2a26">'
              '<center style="color:#ffffff;font-family:sans-serif;font-size:15px;font-weight:bold">Log ind</center></v:roundrect><![endif]-->'
              '<!--[if !mso]><!--><a href="https://app.skyskriver.example/auth/magic?token=Zx81-qPL0vRm2a&amp;redirect=%2Fnotes" '
              'style="display:inline-block;background:#2d2a26;color:#fff;border-radius:5px;padding:11px 34px;font-family:sans-serif;'
              'font-size:15px;font-weight:bold;text-decoration:none">Log ind</a><!--<![endif]--></td></tr>'
              '<tr><td style="padding:8px 40px 28px;font-family:-apple-system,Segoe UI,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#5c5852">'
              'Logger du ind på en anden enhed? Skriv i stedet denne kode: <b style="font-size:18px;letter-spacing:2px;color:#2d2a26">51 84 30</b><br>'
              'Anmodet kl. 09:12 fra Safari 18.1 på iPadOS, IP 198.51.100.23.</td></tr>'
              '<tr><td style="padding:18px 40px;border-top:1px solid #efede8;font-family:Helvetica,sans-serif;font-size:11px;color:#a39e95">'
              'Skyskriver ApS · Vesterbrogade 149, 1620 København V · CVR 41234567<br>'
              '<a href="https://skyskriver.example/hjaelp" style="color:#a39e95">Hjælp</a> · '
              '<a href="https://skyskriver.example/privatliv" style="color:#a39e95">Privatlivspolitik</a></td></tr>'
              '</table></td></tr></table></body></html>',
         text="Hej Jonas,\n\nLog ind på Skyskriver:\n"
              "https://app.skyskriver.example/auth/magic?token=Zx81-qPL0vRm2a&redirect=%2Fnotes\n\n"
              "Eller skriv koden 51 84 30 på den anden enhed. Linket virker i 15 minutter.\n\n"
              "Skyskriver ApS, CVR 41234567",
         codes=["518430"],
         link="https://app.skyskriver.example/auth/magic?token=Zx81-qPL0vRm2a&redirect=%2Fnotes"),

    # 11 bank, eight-digit code in two groups, org number spaced like a code
    dict(lang="nb", subject="Engangskode fra Fjordkassa",
         text="Fjordkassa Nettbank\n\n"
              "Hei Ingrid,\n\n"
              "Du har bedt om å logge inn i nettbanken med engangskode.\n\n"
              "Engangskode: 2741 9036\n\n"
              "Koden er gyldig i 3 minutter og kan bare brukes én gang.\n"
              "Innlogging startet 30.11.2026 kl. 08:41 fra Edge 131 (Windows 10).\n\n"
              "Fjordkassa vil aldri be deg oppgi koden på telefon.\n"
              "Kundeservice: 915 00 123 (hverdager 08-20)\n\n"
              "Fjordkassa ASA, Bryggen 7, 5003 Bergen\n"
              "Org.nr. 912 345 678 MVA\n"
              "Personvern: https://fjordkassa.example/personvern",
         codes=["27419036"], link=None),

    # 12 game launcher, code in the subject and in a cell, business ID and build numbers
    dict(lang="fi", subject="Koodisi: 830512 – Revontuli ID",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#0d1b2a"><tr><td align="center" style="padding:24px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" style="background:#1b263b;font-family:Trebuchet MS,Arial,sans-serif;color:#e0e1dd">'
              '<tr><td style="padding:26px 34px"><img src="https://cdn.revontuli.example/mail/rid.png" alt="Revontuli ID" width="140"></td></tr>'
              '<tr><td style="padding:0 34px;font-size:15px;line-height:22px">Hei SaunaBotti,<br><br>'
              'kirjaudut Revontuli-käynnistimeen (versio 5.2.0.1183) uudella laitteella. Syötä vahvistuskoodi:</td></tr>'
              '<tr><td style="padding:20px 34px"><table cellpadding="0" cellspacing="0"><tr>'
              '<td style="border-left:4px solid #7ae582;padding:8px 18px;font-size:32px;font-weight:bold;letter-spacing:8px;color:#ffffff">830512</td>'
              '</tr></table></td></tr>'
              '<tr><td style="padding:0 34px 26px;font-size:13px;line-height:19px;color:#a9b4c2">Koodi vanhenee 15 minuutissa. '
              'Jos et yrittänyt kirjautua, vaihda salasanasi asetuksista.</td></tr>'
              '<tr><td style="padding:16px 34px;background:#15202f;font-size:11px;color:#778da9">'
              'Revontuli Games Oy · Y-tunnus 3123456-7 · Hämeenkatu 9, 33100 Tampere<br>'
              '<a href="https://revontuli.example/tuki" style="color:#778da9">Tuki</a> · '
              '<a href="https://revontuli.example/tietosuoja" style="color:#778da9">Tietosuoja</a></td></tr>'
              '</table></td></tr></table>',
         codes=["830512"], link=None),

    # 13 shop, e-mail change confirmed by code, Czech company numbers
    dict(lang="cs", subject="Potvrďte změnu e-mailové adresy",
         html='<table width="100%" cellspacing="0" cellpadding="0" bgcolor="#f2f5f0"><tr><td align="center">'
              '<table width="600" cellspacing="0" cellpadding="0" bgcolor="#ffffff">'
              '<tr><td style="padding:22px 30px;border-bottom:1px solid #e0e6dc"><img src="https://obr.kvetomat.example/logo.png" alt="Květomat.cz" width="140"></td></tr>'
              '<tr><td style="padding:28px 30px;font-family:Arial,sans-serif;font-size:15px;line-height:23px;color:#2e3a28">'
              '<p>Dobrý den,</p><p>požádali jste o změnu přihlašovacího e-mailu z <b>j***a@example.com</b> na '
              '<b>jana.novotna@posta.example.test</b>. Změnu dokončíte zadáním kódu do formuláře v účtu:</p>'
              '<table cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#e9f5e1;padding:12px 26px;'
              'font-size:28px;font-weight:bold;letter-spacing:4px;color:#2e3a28">705&thinsp;218</td></tr></table>'
              '<p style="font-size:13px;color:#6c7866">Kód platí 30 minut. Pokud jste o změnu nežádali, kontaktujte nás '
              'na tel. +420 222 333 444.</p></td></tr>'
              '<tr><td style="padding:18px 30px;font-family:Arial,sans-serif;font-size:11px;color:#98a392">'
              'Květomat s.r.o., Korunní 2569/108, 101 00 Praha 10 · IČO 12345678 · DIČ CZ12345678<br>'
              'Spisová značka C 234567 vedená u Městského soudu v Praze<br>'
              '<a href="https://kvetomat.example/obchodni-podminky" style="color:#98a392">Obchodní podmínky</a> · '
              '<a href="https://kvetomat.example/kontakt" style="color:#98a392">Kontakt</a></td></tr>'
              '</table></td></tr></table>',
         codes=["705218"], link=None),

    # 14 job portal, password reset by code in pairs, ticket number and Slovak IDs
    dict(lang="sk", subject="Kód na obnovenie hesla",
         text="Prácenka.sk\n\n"
              "Dobrý deň, Peter,\n\n"
              "dostali sme žiadosť o obnovenie hesla k vášmu účtu (požiadavka č. 2026-11-30-4411).\n\n"
              "Kód na obnovenie hesla: 94 27 61\n\n"
              "Zadajte ho na stránke, kde ste o obnovenie požiadali. Kód je platný 60 minút.\n"
              "Ak ste o zmenu hesla nežiadali, tento e-mail ignorujte - vaše heslo zostáva nezmenené.\n\n"
              "S pozdravom\ntím Prácenka.sk\n\n"
              "Prácenka s.r.o., Mlynské nivy 5, 821 09 Bratislava\n"
              "IČO: 51 234 567, IČ DPH: SK2120123456\n"
              "Pomoc: https://pracenka.example/pomoc",
         codes=["942761"], link=None),

    # 15 social app, one digit per span inside a styled box, Hungarian tax and registry numbers
    dict(lang="hu", subject="Erősítsd meg a Csevej-fiókodat",
         html='<div style="display:none;max-height:0;overflow:hidden">Már csak egy lépés, és indulhat a csevegés!</div>'
              '<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef3ff"><tr><td align="center" style="padding:28px 0">'
              '<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px;font-family:Arial,sans-serif">'
              '<tr><td style="padding:26px 34px 6px;font-size:22px;font-weight:bold;color:#2446a8">Csevej</td></tr>'
              '<tr><td style="padding:6px 34px;font-size:15px;line-height:23px;color:#333">Szia Bence!<br>'
              'Köszönjük a regisztrációt. Add meg az alábbi megerősítő kódot az alkalmazásban (Csevej 4.9.2, Android):</td></tr>'
              '<tr><td align="center" style="padding:18px 34px"><div style="display:inline-block;background:#f3f6ff;border-radius:8px;padding:10px 18px">'
              '<span style="font-size:30px;font-weight:bold;color:#2446a8;margin:0 6px">6</span>'
              '<span style="font-size:30px;font-weight:bold;color:#2446a8;margin:0 6px">5</span>'
              '<span style="font-size:30px;font-weight:bold;color:#2446a8;margin:0 6px">7</span>'
              '<span style="font-size:30px;font-weight:bold;color:#2446a8;margin:0 6px">0</span>'
              '<span style="font-size:30px;font-weight:bold;color:#2446a8;margin:0 6px">3</span>'
              '<span style="font-size:30px;font-weight:bold;color:#2446a8;margin:0 6px">1</span></div></td></tr>'
              '<tr><td style="padding:4px 34px 24px;font-size:12px;color:#888">A kód 2026.11.30. 18:15-ig érvényes.</td></tr>'
              '<tr><td style="padding:16px 34px;background:#f8f9fc;font-size:11px;line-height:16px;color:#999">'
              'Csevej Kft. · 1061 Budapest, Andrássy út 12. · Adószám: 12345678-2-41 · Cg. 01-09-123456<br>'
              '<a href="https://csevej.example/adatvedelem" style="color:#999">Adatvédelem</a> · '
              '<a href="https://csevej.example/aszf" style="color:#999">ÁSZF</a> · '
              '<a href="https://facebook.example/csevej" style="color:#999">Facebook</a></td></tr>'
              '</table></td></tr></table>',
         text="Szia Bence!\n\nA megerősítő kódod: 657031\nÉrvényes: 2026.11.30. 18:15-ig.\n\n"
              "Csevej Kft. · Adószám: 12345678-2-41",
         codes=["657031"], link=None),

    # 16 shop sign-in code, order number and Romanian company identifiers
    dict(lang="ro", subject="Codul tău de autentificare: 219846",
         html='<table width="100%" bgcolor="#f4f1ee" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0">'
              '<table width="600" bgcolor="#ffffff" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif">'
              '<tr><td style="padding:20px 28px;background:#1d4e3f"><a href="https://magazinulbrad.example/?utm_source=tranz">'
              '<img src="https://cdn.magazinulbrad.example/mail/logo-alb.png" alt="Magazinul Brad" width="150" border="0"></a></td></tr>'
              '<tr><td style="padding:28px;font-size:15px;line-height:22px;color:#333">'
              '<p>Bună, Andrei!</p><p>Folosește codul de mai jos pentru a intra în cont. Comanda ta recentă '
              'nr. MB-1045623 (348,50 lei) te așteaptă în secțiunea Comenzile mele.</p>'
              '<table cellpadding="0" cellspacing="0" align="center"><tr>'
              '<td style="border:2px solid #1d4e3f;border-radius:6px;padding:10px 30px;font-size:30px;font-weight:bold;'
              'letter-spacing:7px;color:#1d4e3f">219846</td></tr></table>'
              '<p style="font-size:12px;color:#777">Codul expiră în 10 minute. Dacă nu ai cerut tu codul, ignoră acest mesaj.</p>'
              '</td></tr>'
              '<tr><td style="padding:18px 28px;background:#faf8f6;font-size:11px;line-height:16px;color:#999">'
              '<a href="https://magazinulbrad.example/contul-meu/notificari" style="color:#999">Preferințe e-mail</a> | '
              '<a href="https://magazinulbrad.example/ajutor" style="color:#999">Ajutor</a> | '
              '<a href="https://anpc.example/" style="color:#999">ANPC</a><br>'
              'Brad Retail S.R.L. · CUI RO31234567 · Nr. Reg. Com. J40/12345/2019 · Str. Lipscani 18, București 030031'
              '</td></tr></table></td></tr></table>',
         codes=["219846"], link=None),

    # 17 food delivery, four-digit code, Greek tax and registry numbers
    dict(lang="el", subject="Ο κωδικός επαλήθευσης σου",
         html='<div style="background:#fff8ec;padding:20px 0"><table align="center" width="520" cellpadding="0" cellspacing="0" '
              'style="background:#ffffff;font-family:Arial,sans-serif;border-top:5px solid #f29f05">'
              '<tr><td style="padding:24px 30px"><img src="https://img.gefsiko.example/mail/logo.png" alt="Γευστικό" width="120"></td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:23px;color:#2b2b2b">Γεια σου Νίκο,<br>'
              'για να ολοκληρώσεις τη σύνδεση στο Γευστικό, πληκτρολόγησε τον παρακάτω κωδικό:</td></tr>'
              '<tr><td align="center" style="padding:18px 30px"><span style="font-size:34px;font-weight:bold;letter-spacing:12px;'
              'color:#f29f05">7315</span></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:13px;color:#777">Ισχύει για 5 λεπτά. Η παραγγελία #GF-20931 '
              '(23,40 €) θα εμφανιστεί μόλις συνδεθείς.</td></tr>'
              '<tr><td style="padding:14px 30px;background:#fafafa;font-size:11px;color:#999">'
              'Γευστικό Μ.Ι.Κ.Ε. · Λεωφ. Συγγρού 120, 117 45 Αθήνα · ΑΦΜ 801234567 · ΓΕΜΗ 123456701000<br>'
              '<a href="https://gefsiko.example/voitheia" style="color:#999">Βοήθεια</a> · '
              '<a href="https://gefsiko.example/aporrito" style="color:#999">Απόρρητο</a></td></tr></table></div>',
         codes=["7315"], link=None),

    # 18 developer platform, 2FA code plus a one-time backup code
    dict(lang="ru", subject="Код для входа в Кодоворот",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f6f8"><tr><td align="center" style="padding:26px 0">'
              '<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e1e4e8;font-family:Segoe UI,Arial,sans-serif">'
              '<tr><td style="padding:24px 32px 8px"><img src="https://static.kodovorot.example/e/logo.png" alt="Кодоворот" width="130"></td></tr>'
              '<tr><td style="padding:8px 32px;font-size:15px;line-height:23px;color:#24292f">'
              '<p>Здравствуйте, devnull42!</p><p>Выполняется вход в аккаунт с устройства <b>Firefox 133 / Ubuntu 24.04</b>, '
              'IP 192.0.2.117. Введите код подтверждения:</p></td></tr>'
              '<tr><td align="center" style="padding:6px 32px 16px"><div style="display:inline-block;border:1px solid #d0d7de;'
              'background:#f6f8fa;border-radius:6px;padding:12px 24px;font-family:Consolas,monospace;font-size:30px;letter-spacing:6px">603&nbsp;991</div></td></tr>'
              '<tr><td style="padding:0 32px 12px;font-size:14px;line-height:21px;color:#57606a">'
              'Нет доступа к почте на телефоне? Можно один раз войти по резервному коду: '
              '<b style="font-family:Consolas,monospace;color:#24292f">8314-0729</b>. После использования он станет недействительным.</td></tr>'
              '<tr><td style="padding:0 32px 24px;font-size:13px;color:#57606a">Код действует 10 минут. '
              'Запрос № 7731902 от 30.11.2026 23:04 МСК.</td></tr>'
              '<tr><td style="padding:16px 32px;border-top:1px solid #e1e4e8;font-size:11px;line-height:16px;color:#8c959f">'
              'ООО «Кодоворот», 123112, г. Москва, Пресненская наб., д. 10 · ИНН 7701234567 · ОГРН 1027700123456<br>'
              '<a href="https://kodovorot.example/docs" style="color:#8c959f">Документация</a> · '
              '<a href="https://kodovorot.example/status" style="color:#8c959f">Статус</a> · '
              '<a href="https://kodovorot.example/privacy" style="color:#8c959f">Конфиденциальность</a></td></tr>'
              '</table></td></tr></table>',
         text="Здравствуйте, devnull42!\n\nВход с устройства Firefox 133 / Ubuntu 24.04, IP 192.0.2.117.\n"
              "Код подтверждения: 603 991\n"
              "Резервный код (одноразовый): 8314-0729\n\n"
              "Запрос № 7731902 от 30.11.2026 23:04 МСК.\n"
              "ООО «Кодоворот», ИНН 7701234567",
         codes=["603991", "83140729"], link=None),

    # 19 fintech card payment confirmation, masked card and amount
    dict(lang="uk", subject="Підтвердження платежу карткою",
         text="Гривенька\n\n"
              "Ви здійснюєте оплату в інтернет-магазині «ТехноСвіт» на суму 2 499,00 грн\n"
              "карткою •••• 4821, 30.11.2026 о 19:26.\n\n"
              "Код підтвердження: 274615\n\n"
              "Нікому не повідомляйте цей код, навіть працівникам банку.\n"
              "Якщо ви не здійснювали цю оплату, зателефонуйте 0 800 500 123.\n\n"
              "ТОВ «Гривенька Фінанс», код ЄДРПОУ 43123456\n"
              "вул. Хрещатик, 25, м. Київ, 01001",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#eef6ff"><tr><td align="center" style="padding:20px 0">'
              '<table width="520" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;border-radius:12px">'
              '<tr><td style="padding:22px 30px;font-size:20px;font-weight:bold;color:#005bbb">Гривенька</td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:22px;color:#222">'
              'Оплата в «ТехноСвіт» на суму <b>2&nbsp;499,00&nbsp;грн</b> карткою •••• 4821<br>30.11.2026 о 19:26</td></tr>'
              '<tr><td style="padding:18px 30px"><div style="background:#ffd500;border-radius:8px;text-align:center;padding:14px;'
              'font-size:32px;font-weight:bold;letter-spacing:6px;color:#111">274615</div></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:13px;color:#666">Нікому не повідомляйте цей код. '
              'Гаряча лінія: 0&nbsp;800&nbsp;500&nbsp;123</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f7f9fc;font-size:11px;color:#999">'
              'ТОВ «Гривенька Фінанс» · ЄДРПОУ 43123456 · вул. Хрещатик, 25, м. Київ, 01001</td></tr>'
              '</table></td></tr></table>',
         codes=["274615"], link=None),

    # 20 bookshop, code beside image alt texts and a Bulgarian company ID
    dict(lang="bg", subject="Потвърдете регистрацията си в Лавка",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3efe6"><tr><td align="center">'
              '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">'
              '<tr><td align="center" style="padding:26px"><img src="https://lavka.example/img/mail-banner-2026.jpg" '
              'alt="Лавка – книги от 1998 г." width="548" style="display:block;width:100%;max-width:548px"></td></tr>'
              '<tr><td style="padding:0 34px;font-size:16px;line-height:25px;color:#3b3024">Здравейте, Мария,<br>'
              'благодарим ви, че се регистрирахте в Лавка. За да активирате профила си, въведете кода за потвърждение:</td></tr>'
              '<tr><td align="center" style="padding:22px"><table cellpadding="0" cellspacing="0"><tr>'
              '<td style="background:#3b3024;color:#f3efe6;font-family:Courier,monospace;font-size:32px;padding:10px 26px;'
              'letter-spacing:10px">5091</td></tr></table></td></tr>'
              '<tr><td style="padding:0 34px 24px;font-size:13px;line-height:20px;color:#7a6d5d">Кодът е валиден 20 минути. '
              'Подарък при първа поръчка над 40 лв.</td></tr>'
              '<tr><td align="center" style="padding:16px 34px;background:#faf7f1;font-family:Arial,sans-serif;font-size:11px;color:#a2978a">'
              '<a href="https://facebook.example/lavka"><img src="https://lavka.example/img/fb.png" alt="Facebook" width="22"></a> '
              '<a href="https://instagram.example/lavka"><img src="https://lavka.example/img/ig.png" alt="Instagram" width="22"></a><br>'
              '„Лавка“ ЕООД · ЕИК 205123456 · ул. „Граф Игнатиев“ 15, 1000 София<br>'
              '<a href="https://lavka.example/uslovia" style="color:#a2978a">Общи условия</a> · '
              '<a href="https://lavka.example/poveritelnost" style="color:#a2978a">Поверителност</a></td></tr>'
              '</table></td></tr></table>',
         codes=["5091"], link=None),

    # 21 points programme, code in subject, one digit per cell, invoice registration number
    dict(lang="ja", subject="【ミナトポイント】認証コード：381094",
         html='<div style="display:none">認証コードをお送りします。有効期限は30分です。</div>'
              '<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f5f5f5"><tr><td align="center" style="padding:20px 0">'
              '<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Hiragino Sans,Meiryo,sans-serif">'
              '<tr><td style="padding:20px 30px;border-bottom:2px solid #0070c0"><img src="https://minato-pt.example/mail/logo.png" alt="ミナトポイント" width="160"></td></tr>'
              '<tr><td style="padding:26px 30px;font-size:14px;line-height:24px;color:#333">'
              '佐藤 花子 様<br><br>ミナトポイントをご利用いただきありがとうございます。<br>'
              'ログイン画面に以下の認証コードを入力してください。</td></tr>'
              '<tr><td align="center" style="padding:0 30px 20px"><table cellpadding="0" cellspacing="4"><tr>'
              '<td style="border:1px solid #0070c0;width:38px;height:46px;text-align:center;font-size:24px;font-weight:bold">3</td>'
              '<td style="border:1px solid #0070c0;width:38px;height:46px;text-align:center;font-size:24px;font-weight:bold">8</td>'
              '<td style="border:1px solid #0070c0;width:38px;height:46px;text-align:center;font-size:24px;font-weight:bold">1</td>'
              '<td style="border:1px solid #0070c0;width:38px;height:46px;text-align:center;font-size:24px;font-weight:bold">0</td>'
              '<td style="border:1px solid #0070c0;width:38px;height:46px;text-align:center;font-size:24px;font-weight:bold">9</td>'
              '<td style="border:1px solid #0070c0;width:38px;height:46px;text-align:center;font-size:24px;font-weight:bold">4</td>'
              '</tr></table></td></tr>'
              '<tr><td style="padding:0 30px 24px;font-size:12px;line-height:20px;color:#666">'
              '※有効期限：2026年11月30日 22:45まで<br>※本メールは送信専用です。お心当たりのない場合は破棄してください。</td></tr>'
              '<tr><td style="padding:16px 30px;background:#f0f4f8;font-size:11px;line-height:18px;color:#888">'
              '株式会社ミナトポイント 〒150-0002 東京都渋谷区渋谷2-1-1<br>'
              'お問い合わせ：03-1234-5678（平日10:00〜18:00）／適格請求書発行事業者登録番号 T1234567890123<br>'
              '<a href="https://minato-pt.example/faq" style="color:#888">よくあるご質問</a>｜'
              '<a href="https://minato-pt.example/privacy" style="color:#888">個人情報保護方針</a></td></tr>'
              '</table></td></tr></table>',
         text="佐藤 花子 様\n\nログイン画面に以下の認証コードを入力してください。\n\n"
              "認証コード：381094\n有効期限：2026年11月30日 22:45まで\n\n"
              "株式会社ミナトポイント 〒150-0002 東京都渋谷区渋谷2-1-1 TEL 03-1234-5678",
         codes=["381094"], link=None),

    # 22 marketplace, bracketed code in subject and body, Korean business numbers
    dict(lang="ko", subject="[하루마켓] 인증번호 [720458]를 입력해 주세요",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#f6f6f6"><tr><td align="center" style="padding:24px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Apple SD Gothic Neo,Malgun Gothic,sans-serif">'
              '<tr><td style="padding:24px 30px"><img src="https://img.harumarket.example/mail/logo.png" alt="하루마켓" width="110"></td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:24px;color:#222">안녕하세요, 김민준 님.<br>'
              '본인 확인을 위한 인증번호를 안내해 드립니다. 아래 번호를 앱 화면에 입력해 주세요.</td></tr>'
              '<tr><td style="padding:20px 30px"><table width="100%" cellpadding="0" cellspacing="0"><tr>'
              '<td style="background:#fff3e0;padding:16px;text-align:center;font-size:14px;color:#555">인증번호<br>'
              '<strong style="font-size:30px;letter-spacing:6px;color:#ff6f0f">720458</strong></td></tr></table></td></tr>'
              '<tr><td style="padding:0 30px 24px;font-size:13px;line-height:20px;color:#888">인증번호는 발송 후 3분간 유효합니다.<br>'
              '요청 일시: 2026-11-30 20:17 / 요청 기기: iPhone 15 (iOS 18.1)</td></tr>'
              '<tr><td style="padding:16px 30px;background:#fafafa;font-size:11px;line-height:17px;color:#aaa">'
              '(주)하루마켓 | 대표 이하루 | 서울특별시 강남구 테헤란로 123, 4층 (06134)<br>'
              '사업자등록번호 123-45-67890 | 통신판매업신고 제2026-서울강남-01234호 | 고객센터 1588-0000<br>'
              '<a href="https://harumarket.example/terms" style="color:#aaa">이용약관</a> | '
              '<a href="https://harumarket.example/privacy" style="color:#aaa">개인정보처리방침</a></td></tr>'
              '</table></td></tr></table>',
         codes=["720458"], link=None),

    # 23 cloud console, code in a sentence with hotline and ICP licence numbers
    dict(lang="zh", subject="云栈控制台登录验证",
         html='<div style="background:#f2f3f5;padding:24px 0"><table align="center" width="600" cellpadding="0" cellspacing="0" '
              'style="background:#fff;font-family:PingFang SC,Microsoft YaHei,sans-serif">'
              '<tr><td style="padding:22px 32px;background:#165dff"><img src="https://static.yunzhan.example/mail/logo-w.png" alt="云栈" width="90"></td></tr>'
              '<tr><td style="padding:28px 32px;font-size:14px;line-height:24px;color:#1d2129">'
              '<p>尊敬的用户 yz_8827310：</p>'
              '<p>您正在登录云栈控制台（账号ID 1029384756），登录IP 198.51.100.201（浙江 杭州）。</p>'
              '<p>您的验证码为 <span style="font-size:22px;font-weight:bold;color:#165dff;letter-spacing:3px">864209</span>，'
              '10分钟内有效，请勿泄露给他人。</p>'
              '<p style="color:#86909c;font-size:12px">如非本人操作，请忽略本邮件。订单号 202611301742 的续费已于今日完成。</p></td></tr>'
              '<tr><td style="padding:16px 32px;border-top:1px solid #e5e6eb;font-size:11px;line-height:18px;color:#a9aeb8">'
              '云栈科技（杭州）有限公司 · 客服热线 400-820-1234 · 浙ICP备20261130号-1<br>'
              '<a href="https://yunzhan.example/help" style="color:#a9aeb8">帮助中心</a> | '
              '<a href="https://yunzhan.example/privacy" style="color:#a9aeb8">隐私政策</a></td></tr></table></div>',
         text="尊敬的用户 yz_8827310：\n您正在登录云栈控制台，验证码：864209（10分钟内有效）。\n"
              "登录IP 198.51.100.201。客服热线 400-820-1234",
         codes=["864209"], link=None),

    # 24 marketplace, Arabic-Indic digits one per span in a right-to-left layout
    dict(lang="ar", subject="رمز التحقق من سوق النخيل",
         html='<html dir="rtl"><body style="margin:0;background:#f4f1ea">'
              '<div style="display:none;max-height:0;overflow:hidden">أكمل تسجيل الدخول إلى حسابك</div>'
              '<table width="100%" cellpadding="0" cellspacing="0" dir="rtl"><tr><td align="center" style="padding:22px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Tahoma,Arial,sans-serif">'
              '<tr><td style="padding:22px 30px;background:#2f5d50"><img src="https://cdn.soq-nakheel.example/m/logo.png" alt="سوق النخيل" width="130"></td></tr>'
              '<tr><td style="padding:26px 30px 8px;font-size:15px;line-height:26px;color:#222">مرحباً خالد،<br>'
              'استخدم رمز التحقق التالي لتسجيل الدخول إلى حسابك. طلبك رقم ٤٨٢١٠٣ بقيمة ٣٢٠٫٥٠ ر.س قيد التجهيز.</td></tr>'
              '<tr><td align="center" style="padding:14px 30px"><div style="direction:ltr;font-size:30px;font-weight:bold;color:#2f5d50">'
              '<span style="margin:0 5px">٣</span><span style="margin:0 5px">٩</span><span style="margin:0 5px">٠</span>'
              '<span style="margin:0 5px">٨</span><span style="margin:0 5px">٢</span><span style="margin:0 5px">٥</span></div></td></tr>'
              '<tr><td style="padding:8px 30px 24px;font-size:13px;color:#777">ينتهي الرمز خلال ١٠ دقائق. لا تشاركه مع أي شخص.</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f8f8f8;font-size:11px;line-height:18px;color:#999">'
              'شركة سوق النخيل للتجارة الإلكترونية · السجل التجاري ١٠١٠٢٣٤٥٦٧ · الرقم الضريبي 300123456700003<br>'
              '<a href="https://soq-nakheel.example/help" style="color:#999">المساعدة</a> · '
              '<a href="https://soq-nakheel.example/privacy" style="color:#999">الخصوصية</a></td></tr>'
              '</table></td></tr></table></body></html>',
         codes=["390825"], link=None),

    # 25 ride-hailing app, plain text with Israeli company number and phone
    dict(lang="he", subject="קוד האימות שלך לתורנית",
         text="תורנית\n\n"
              "שלום דנה,\n\n"
              "קוד האימות שלך הוא: 418 027\n\n"
              "הקוד תקף ל-5 דקות. אין למסור אותו לאף אחד, גם לא לנציגי שירות.\n"
              "הבקשה נשלחה ב-30.11.2026 בשעה 16:52 ממכשיר Galaxy S24 (גרסת אפליקציה 7.3.0).\n\n"
              "תורנית בע\"מ, ח.פ. 516123456, דרך מנחם בגין 132, תל אביב 6701101\n"
              "מוקד שירות: 03-7654321\n"
              "מדיניות פרטיות: https://toranit.example/privacy",
         codes=["418027"], link=None),

    # 26 payments app, OTP with amount, masked mobile and GSTIN
    dict(lang="hi", subject="आपका बचतपे OTP",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f1f4ff"><tr><td align="center" style="padding:20px 0">'
              '<table width="540" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Mukta,Arial,sans-serif">'
              '<tr><td style="padding:22px 30px"><img src="https://cdn.bachatpay.example/m/logo.png" alt="बचतपे" width="120"></td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:24px;color:#222">नमस्ते अमित,<br>'
              '₹2,450.00 के भुगतान (व्यापारी: शर्मा इलेक्ट्रॉनिक्स, लेनदेन आईडी TXN7782019345) को पूरा करने के लिए '
              'नीचे दिया गया OTP दर्ज करें। यह OTP आपके मोबाइल XXXXXX4821 पर भी भेजा गया है।</td></tr>'
              '<tr><td align="center" style="padding:20px 30px"><span style="display:inline-block;border:2px solid #5b3cc4;'
              'border-radius:8px;padding:10px 24px;font-size:30px;font-weight:bold;letter-spacing:8px;color:#5b3cc4">305718</span></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:13px;color:#777">यह OTP 3 मिनट तक मान्य है। बचतपे कभी भी OTP नहीं माँगता।</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f8f8fb;font-size:11px;line-height:17px;color:#999">'
              'बचतपे पेमेंट्स प्रा. लि. · GSTIN 27AABCB9603R1ZM · CIN U67190MH2019PTC123456<br>'
              'बांद्रा कुर्ला कॉम्प्लेक्स, मुंबई 400051 · '
              '<a href="https://bachatpay.example/help" style="color:#999">सहायता</a></td></tr>'
              '</table></td></tr></table>',
         text="नमस्ते अमित,\n₹2,450.00 के भुगतान के लिए आपका OTP 305718 है (3 मिनट तक मान्य)।\n"
              "लेनदेन आईडी TXN7782019345 · मोबाइल XXXXXX4821",
         codes=["305718"], link=None),

    # 27 parcel lockers, code with MERSIS and tax numbers
    dict(lang="tr", subject="Kargomat doğrulama kodunuz",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f7f7"><tr><td align="center" style="padding:22px 0">'
              '<!--[if mso]><table width="600"><tr><td><![endif]-->'
              '<table width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#fff;font-family:Arial,sans-serif">'
              '<tr><td style="padding:20px 28px;background:#e30a17"><img src="https://cdn.kargomat.example/e/logo-beyaz.png" alt="Kargomat" width="130"></td></tr>'
              '<tr><td style="padding:26px 28px;font-size:15px;line-height:23px;color:#222">Merhaba Elif Hanım,<br><br>'
              'Telefon numaranızı güncellemek için doğrulama kodunuz:<br>'
              '<p style="font-size:30px;font-weight:bold;letter-spacing:5px;color:#e30a17;margin:16px 0">716 240</p>'
              'Kod 180 saniye geçerlidir. 3 adet gönderiniz (takip no 7700123456789 dahil) dolapta sizi bekliyor.</td></tr>'
              '<tr><td style="padding:16px 28px;background:#fafafa;font-size:11px;line-height:17px;color:#999">'
              'Kargomat Lojistik A.Ş. · Büyükdere Cad. No: 185, 34394 Şişli/İstanbul<br>'
              'Mersis No: 0123456789000015 · Vergi No: 1234567890 · Zincirlikuyu V.D.<br>'
              '<a href="https://kargomat.example/yardim" style="color:#999">Yardım</a> · '
              '<a href="https://kargomat.example/kvkk" style="color:#999">KVKK Aydınlatma Metni</a></td></tr>'
              '</table><!--[if mso]></td></tr></table><![endif]--></td></tr></table>',
         codes=["716240"], link=None),

    # 28 shop, OTP with a reference word beside it (the reference is not typed)
    dict(lang="th", subject="รหัส OTP สำหรับยืนยันตัวตน",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f5f5f5"><tr><td align="center" style="padding:20px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Sarabun,Tahoma,sans-serif">'
              '<tr><td style="padding:22px 30px"><img src="https://img.taladdee.example/mail/logo.png" alt="ตลาดดี" width="120"></td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:25px;color:#222">เรียน คุณสมชาย<br>'
              'กรุณานำรหัส OTP ด้านล่างไปกรอกเพื่อยืนยันการเข้าสู่ระบบ</td></tr>'
              '<tr><td align="center" style="padding:18px 30px"><table cellpadding="0" cellspacing="0"><tr>'
              '<td style="background:#fff5e6;border:1px solid #ffb84d;padding:12px 26px;text-align:center">'
              '<span style="font-size:30px;font-weight:bold;letter-spacing:5px;color:#e67e00">552190</span><br>'
              '<span style="font-size:13px;color:#999">(Ref: KQPX)</span></td></tr></table></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:13px;color:#777">รหัสนี้มีอายุ 5 นาที กรุณาอย่าเปิดเผยรหัสนี้แก่ผู้อื่น</td></tr>'
              '<tr><td style="padding:14px 30px;background:#fafafa;font-size:11px;line-height:17px;color:#aaa">'
              'บริษัท ตลาดดี จำกัด · เลขประจำตัวผู้เสียภาษี 0105561234567 · ถนนสุขุมวิท กรุงเทพฯ 10110 · โทร 02-123-4567</td></tr>'
              '</table></td></tr></table>',
         text="เรียน คุณสมชาย\nรหัส OTP: 552190 (Ref: KQPX)\nมีอายุ 5 นาที\nบริษัท ตลาดดี จำกัด",
         codes=["552190"], link=None),

    # 29 shop, code with a leading zero, Vietnamese tax number and hotline
    dict(lang="vi", subject="Mã xác thực ViMua của bạn",
         text="ViMua\n\n"
              "Xin chào Nguyễn Thu Hà,\n\n"
              "Mã xác thực (OTP) của bạn là: 089341\n\n"
              "Mã có hiệu lực trong 5 phút. Tuyệt đối không chia sẻ mã này cho bất kỳ ai.\n"
              "Đơn hàng #VM2611309921 (459.000đ) sẽ được xác nhận sau khi bạn đăng nhập.\n\n"
              "Hotline: 1900 6868\n"
              "Công ty TNHH ViMua Việt Nam - MST 0312345678\n"
              "Tầng 12, 72 Lê Thánh Tôn, Quận 1, TP. Hồ Chí Minh",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#fff1f0"><tr><td align="center" style="padding:20px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:20px 28px;background:#ee4d2d;color:#fff;font-size:22px;font-weight:bold">ViMua</td></tr>'
              '<tr><td style="padding:24px 28px;font-size:15px;line-height:23px;color:#222">Xin chào Nguyễn Thu Hà,<br>'
              'Mã xác thực (OTP) của bạn là:<div style="font-size:32px;font-weight:bold;letter-spacing:8px;color:#ee4d2d;margin:14px 0">089341</div>'
              'Mã có hiệu lực trong 5 phút. Đơn hàng #VM2611309921 (459.000đ) sẽ được xác nhận sau khi bạn đăng nhập.</td></tr>'
              '<tr><td style="padding:14px 28px;background:#fafafa;font-size:11px;color:#999">Hotline 1900 6868 · '
              'Công ty TNHH ViMua Việt Nam · MST 0312345678</td></tr></table></td></tr></table>',
         codes=["089341"], link=None),

    # 30 marketplace, four-digit code with NPWP and an order total nearby
    dict(lang="id", subject="Kode verifikasi Belanjaku",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#eef7ee"><tr><td align="center" style="padding:22px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:22px 30px"><img src="https://cdn.belanjaku.example/mail/logo.png" alt="Belanjaku" width="130"></td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:23px;color:#222">Hai Putri,<br>'
              'Masukkan kode verifikasi berikut untuk menyelesaikan pembayaran pesanan INV/20261130/MPL/3918274 '
              'senilai Rp 1.249.000.</td></tr>'
              '<tr><td align="center" style="padding:18px 30px"><table cellpadding="0" cellspacing="6"><tr>'
              '<td style="background:#03ac0e;color:#fff;font-size:28px;font-weight:bold;width:44px;height:52px;text-align:center">4</td>'
              '<td style="background:#03ac0e;color:#fff;font-size:28px;font-weight:bold;width:44px;height:52px;text-align:center">4</td>'
              '<td style="background:#03ac0e;color:#fff;font-size:28px;font-weight:bold;width:44px;height:52px;text-align:center">7</td>'
              '<td style="background:#03ac0e;color:#fff;font-size:28px;font-weight:bold;width:44px;height:52px;text-align:center">1</td>'
              '</tr></table></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:13px;color:#777">Kode berlaku 5 menit. JANGAN berikan kode ini kepada siapa pun, '
              'termasuk pihak yang mengaku dari Belanjaku.</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f9f9f9;font-size:11px;line-height:17px;color:#999">'
              'PT Belanjaku Digital Nusantara · NPWP 01.234.567.8-901.000 · Jl. Jend. Sudirman Kav. 52-53, Jakarta 12190<br>'
              '<a href="https://belanjaku.example/bantuan" style="color:#999">Pusat Bantuan</a> · '
              '<a href="https://apps.example/belanjaku/ios"><img src="https://cdn.belanjaku.example/mail/appstore.png" alt="Download di App Store" height="22"></a> '
              '<a href="https://apps.example/belanjaku/android"><img src="https://cdn.belanjaku.example/mail/gplay.png" alt="Dapatkan di Google Play" height="22"></a></td></tr>'
              '</table></td></tr></table>',
         codes=["4471"], link=None),

    # 31 streaming TV activation, the dash is shown but not typed
    dict(lang="en", subject="Finish setting up Skylark+ on your TV",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#0a0a0f"><tr><td align="center" style="padding:30px 0">'
              '<table width="600" cellpadding="0" cellspacing="0" style="background:#15151f;font-family:Helvetica,Arial,sans-serif;color:#f1f1f6">'
              '<tr><td style="padding:28px 36px"><img src="https://img.skylarkplus.example/email/wordmark.png" alt="Skylark+" width="140"></td></tr>'
              '<tr><td style="padding:0 36px;font-size:16px;line-height:25px">You asked to sign in on a new TV '
              '(LG webOS 23, Skylark+ app 11.4.0). On the TV screen, enter the code below. You don’t need to type the dash.</td></tr>'
              '<tr><td align="center" style="padding:24px 36px"><div style="font-size:40px;font-weight:700;letter-spacing:8px;'
              'font-family:Courier New,monospace;color:#ffcf4a">HXRT-9KQP</div></td></tr>'
              '<tr><td style="padding:0 36px 28px;font-size:13px;line-height:20px;color:#9a9aae">This code works once and expires in '
              '30 minutes. Your plan: Premium 4K, renews 12 Dec 2026 at $17.99.</td></tr>'
              '<tr><td style="padding:18px 36px;background:#101018;font-size:11px;line-height:17px;color:#6f6f84">'
              '<a href="https://help.skylarkplus.example/" style="color:#6f6f84">Help Center</a> | '
              '<a href="https://skylarkplus.example/privacy" style="color:#6f6f84">Privacy</a> | '
              '<a href="https://skylarkplus.example/terms" style="color:#6f6f84">Terms</a><br>'
              'Skylark Media Inc., 400 Harbor Point Dr, Suite 9, Oakland, CA 94607</td></tr>'
              '</table></td></tr></table>',
         text="You asked to sign in on a new TV (LG webOS 23, Skylark+ app 11.4.0).\n"
              "Enter this code on the TV (no need to type the dash): HXRT-9KQP\n"
              "Works once, expires in 30 minutes.\n\nSkylark Media Inc., Oakland, CA 94607",
         codes=["HXRT9KQP"], link=None),

    # 32 SaaS, sign-in code and a backup code for when the phone is unavailable
    dict(lang="de", subject="Dein Wolkenwerk-Anmeldecode",
         text="Hallo Tobias,\n\n"
              "dein Anmeldecode für Wolkenwerk lautet: 604 118\n\n"
              "Er gilt 10 Minuten für die Anmeldung von Chrome 131 unter Windows 11 (IP 192.0.2.54).\n\n"
              "Kein Zugriff auf dein Telefon? Du kannst dich einmalig mit diesem Ersatzcode anmelden:\n"
              "9302-7751\n"
              "Danach wird er ungültig; neue Ersatzcodes findest du unter Einstellungen > Sicherheit.\n\n"
              "Viele Grüße\nDein Wolkenwerk-Team\n\n"
              "Wolkenwerk GmbH · Torstraße 140 · 10119 Berlin\n"
              "HRB 201234 B, Amtsgericht Charlottenburg · USt-IdNr. DE327654321\n"
              "Hilfe: https://hilfe.wolkenwerk.example",
         codes=["604118", "93027751"], link=None),

    # 33 rentals marketplace, alphanumeric code beside an alphanumeric tax ID
    dict(lang="es", subject="Tu código de verificación de Rentilla",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f7f7"><tr><td align="center" style="padding:24px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px;font-family:Arial,sans-serif">'
              '<tr><td style="padding:24px 30px"><img src="https://cdn.rentilla.example/m/logo.png" alt="Rentilla" width="120"></td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:23px;color:#223">¡Hola, Diego!<br>'
              'Para confirmar tu solicitud de renta del departamento #RT-55810 (Roma Norte, $14,500 MXN/mes), '
              'escribe este código en la app:</td></tr>'
              '<tr><td align="center" style="padding:18px 30px"><span style="font-family:Menlo,monospace;font-size:30px;'
              'font-weight:bold;letter-spacing:6px;background:#e0f2f1;padding:10px 22px;border-radius:6px;color:#00695c">7GQ2XK</span></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:13px;color:#778">Vence en 15 minutos.</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f8fafa;font-size:11px;line-height:17px;color:#99a">'
              'Rentilla México S.A. de C.V. · RFC RME190412K38 · Av. Insurgentes Sur 1602, CDMX, C.P. 03940<br>'
              '<a href="https://rentilla.example/ayuda" style="color:#99a">Ayuda</a> · '
              '<a href="https://rentilla.example/aviso-de-privacidad" style="color:#99a">Aviso de privacidad</a></td></tr>'
              '</table></td></tr></table>',
         text="¡Hola, Diego!\nTu código de verificación: 7GQ2XK (vence en 15 minutos).\n"
              "Departamento #RT-55810. Rentilla México S.A. de C.V. · RFC RME190412K38",
         codes=["7GQ2XK"], link=None),

    # 34 game, five-character code in the subject, French SIREN/SIRET
    dict(lang="fr", subject="Code de sécurité Dragonnerie : 4T8WQ",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#1a0f0a"><tr><td align="center" style="padding:26px 0">'
              '<table width="580" cellpadding="0" cellspacing="0" style="background:#2a1a12;font-family:Georgia,serif;color:#f5e6d3">'
              '<tr><td align="center" style="padding:26px"><img src="https://cdn.dragonnerie.example/mail/blason.png" alt="Dragonnerie" width="96"></td></tr>'
              '<tr><td style="padding:0 36px;font-size:16px;line-height:25px">Salutations, Ombrelune&nbsp;!<br>'
              'Une connexion à votre compte a été demandée depuis le client 1.22.4 (serveur Europe-Ouest 3). '
              'Saisissez ce code de sécurité pour continuer&nbsp;:</td></tr>'
              '<tr><td align="center" style="padding:20px"><table cellpadding="0" cellspacing="5"><tr>'
              '<td style="border:1px solid #c9a227;color:#f2c94c;font-size:28px;width:40px;height:50px;text-align:center">4</td>'
              '<td style="border:1px solid #c9a227;color:#f2c94c;font-size:28px;width:40px;height:50px;text-align:center">T</td>'
              '<td style="border:1px solid #c9a227;color:#f2c94c;font-size:28px;width:40px;height:50px;text-align:center">8</td>'
              '<td style="border:1px solid #c9a227;color:#f2c94c;font-size:28px;width:40px;height:50px;text-align:center">W</td>'
              '<td style="border:1px solid #c9a227;color:#f2c94c;font-size:28px;width:40px;height:50px;text-align:center">Q</td>'
              '</tr></table></td></tr>'
              '<tr><td style="padding:0 36px 24px;font-size:13px;color:#bfa78f">Ce code expire dans 15 minutes. '
              'Nos maîtres de jeu ne vous le demanderont jamais.</td></tr>'
              '<tr><td style="padding:16px 36px;background:#22140d;font-family:Arial,sans-serif;font-size:11px;line-height:17px;color:#8f7a66">'
              'Dragonnerie Studio SAS · 7 quai de la Fosse, 44000 Nantes · SIREN 912&nbsp;345&nbsp;678 · SIRET 912&nbsp;345&nbsp;678&nbsp;00021<br>'
              '<a href="https://support.dragonnerie.example" style="color:#8f7a66">Support</a> · '
              '<a href="https://dragonnerie.example/confidentialite" style="color:#8f7a66">Confidentialité</a> · '
              '<a href="https://twitch.example/dragonnerie" style="color:#8f7a66">Twitch</a></td></tr>'
              '</table></td></tr></table>',
         codes=["4T8WQ"], link=None),

    # 35 team invitation, VML and HTML button through a click tracker, same URL in the fallback
    dict(lang="en", subject="Priya Natarajan invited you to the Northwind Ops workspace",
         html='<!DOCTYPE html><html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
              '<head><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch>'
              '</o:OfficeDocumentSettings></xml><![endif]--></head><body style="margin:0;background:#f4f5f7">'
              '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Join 14 teammates on Tallyboard.&#8199;&#65279;&#847;&#8199;&#65279;&#847;</div>'
              '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 10px">'
              '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">'
              '<tr><td style="padding:30px 40px 0"><img src="https://em.tallyboard.example/img/logo-64.png" width="32" height="32" alt="Tallyboard"></td></tr>'
              '<tr><td style="padding:20px 40px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:24px;color:#172b4d">'
              '<p style="font-size:20px;font-weight:bold;margin:0 0 14px">You’ve been invited to Northwind Ops</p>'
              '<p><b>Priya Natarajan</b> (priya@northwind.example) has invited you to collaborate on 6 boards, '
              'including “Q1 2027 rollout” and “Incident review”. Your role will be <b>Member</b>.</p></td></tr>'
              '<tr><td style="padding:12px 40px 24px">'
              '<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="urn:schemas-microsoft-com:office:word" '
              'href="https://click.mail.tallyboard.example/ls/click?upn=u001.Qm9hcmQ&amp;u=https%3A%2F%2Fapp.tallyboard.example%2Finvite%2Faccept%3Fid%3Dinv_7Hq2LpX9%26ws%3Dnorthwind-ops" '
              'style="height:44px;v-text-anchor:middle;width:200px" arcsize="9%" stroke="f" fillcolor="#0c66e4"><w:anchorlock/>'
              '<center style="color:#ffffff;font-family:Arial,sans-serif;font-size:15px;font-weight:bold">Join workspace</center>'
              '</v:roundrect><![endif]--><a href="https://click.mail.tallyboard.example/ls/click?upn=u001.Qm9hcmQ&amp;u=https%3A%2F%2Fapp.tallyboard.example%2Finvite%2Faccept%3Fid%3Dinv_7Hq2LpX9%26ws%3Dnorthwind-ops" '
              'style="background:#0c66e4;border-radius:4px;color:#ffffff;display:inline-block;font-family:Arial,sans-serif;font-size:15px;'
              'font-weight:bold;line-height:44px;text-align:center;text-decoration:none;width:200px;-webkit-text-size-adjust:none;mso-hide:all">Join workspace</a>'
              '</td></tr>'
              '<tr><td style="padding:0 40px 28px;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:20px;color:#5e6c84">'
              'Button not working? Copy and paste this link into your browser:<br>'
              '<a href="https://click.mail.tallyboard.example/ls/click?upn=u001.Qm9hcmQ&amp;u=https%3A%2F%2Fapp.tallyboard.example%2Finvite%2Faccept%3Fid%3Dinv_7Hq2LpX9%26ws%3Dnorthwind-ops" '
              'style="color:#0c66e4;word-break:break-all">https://click.mail.tallyboard.example/ls/click?upn=u001.Qm9hcmQ&amp;u=https%3A%2F%2Fapp.tallyboard.example%2Finvite%2Faccept%3Fid%3Dinv_7Hq2LpX9%26ws%3Dnorthwind-ops</a><br>'
              'This invitation expires on 14 December 2026.</td></tr></table>'
              '<table role="presentation" width="560" cellpadding="0" cellspacing="0"><tr>'
              '<td align="center" style="padding:20px 40px;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:17px;color:#8993a4">'
              '<a href="https://click.mail.tallyboard.example/ls/click?upn=u001.Zm9vdA&amp;u=https%3A%2F%2Ftallyboard.example%2Fhelp" style="color:#8993a4">Help</a> · '
              '<a href="https://click.mail.tallyboard.example/ls/click?upn=u001.cHJpdg&amp;u=https%3A%2F%2Ftallyboard.example%2Fprivacy" style="color:#8993a4">Privacy</a> · '
              '<a href="https://click.mail.tallyboard.example/ls/click?upn=u001.cHJlZg&amp;u=https%3A%2F%2Fapp.tallyboard.example%2Fsettings%2Femail" style="color:#8993a4">Email preferences</a><br>'
              'Tallyboard Pty Ltd · ABN 51 824 753 556 · Level 5, 88 Fictional St, Sydney NSW 2000</td></tr></table>'
              '</td></tr></table></body></html>',
         codes=[],
         link="https://click.mail.tallyboard.example/ls/click?upn=u001.Qm9hcmQ&u=https%3A%2F%2Fapp.tallyboard.example%2Finvite%2Faccept%3Fid%3Dinv_7Hq2LpX9%26ws%3Dnorthwind-ops"),

    # 36 newsletter double opt-in from an ESP, view-in-browser and legal links around it
    dict(lang="de", subject="Bitte bestätigen Sie Ihre Anmeldung zur Kaffeepost",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#efe9e1"><tr><td align="center">'
              '<table width="600" cellpadding="0" cellspacing="0"><tr><td align="right" style="padding:10px 20px;font-family:Arial,sans-serif;font-size:11px">'
              '<a href="https://web.kaffeepost-news.example/m/web?c=8812&amp;s=a81f" style="color:#7b6a58">Im Browser ansehen</a></td></tr></table>'
              '<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff">'
              '<tr><td align="center" style="padding:30px"><img src="https://web.kaffeepost-news.example/img/kaffeepost-logo.png" alt="Kaffeepost – Rösterei Brenner" width="220"></td></tr>'
              '<tr><td style="padding:0 40px;font-family:Georgia,serif;font-size:16px;line-height:26px;color:#3d2f22">'
              'Hallo,<br><br>schön, dass Sie unseren Newsletter lesen möchten! Einmal im Monat gibt es neue Röstungen, '
              'Brühtipps und 10&nbsp;% Rabatt für Abonnenten.<br><br>Damit wir sicher sind, dass die Adresse '
              'Ihnen gehört, bestätigen Sie die Anmeldung bitte mit einem Klick:</td></tr>'
              '<tr><td align="center" style="padding:26px 40px"><table cellpadding="0" cellspacing="0"><tr>'
              '<td bgcolor="#8b5a2b" style="border-radius:3px"><a href="https://web.kaffeepost-news.example/optin/confirm?list=7&amp;sub=a81f29c0&amp;h=6b0e55d1" '
              'style="display:inline-block;padding:14px 32px;font-family:Arial,sans-serif;font-size:15px;color:#ffffff;text-decoration:none">Ja, Anmeldung bestätigen</a></td>'
              '</tr></table></td></tr>'
              '<tr><td style="padding:0 40px 30px;font-family:Georgia,serif;font-size:13px;line-height:20px;color:#7b6a58">'
              'Sie haben sich nicht angemeldet? Dann ignorieren Sie diese E-Mail einfach; ohne Bestätigung erhalten Sie nichts von uns.<br>'
              'Anmeldung am 30.11.2026 um 10:03 Uhr von IP 203.0.113.9 über das Formular auf roesterei-brenner.example/newsletter.</td></tr>'
              '</table>'
              '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 40px;font-family:Arial,sans-serif;font-size:11px;line-height:17px;color:#7b6a58">'
              'Rösterei Brenner GmbH &amp; Co. KG · Kaiserstraße 41 · 76133 Karlsruhe · Amtsgericht Mannheim HRA 712345 · '
              'USt-IdNr. DE298765432<br>'
              '<a href="https://roesterei-brenner.example/impressum" style="color:#7b6a58">Impressum</a> · '
              '<a href="https://roesterei-brenner.example/datenschutz" style="color:#7b6a58">Datenschutz</a></td></tr></table>'
              '</td></tr></table>',
         text="Hallo,\n\nbitte bestätigen Sie Ihre Anmeldung zur Kaffeepost:\n"
              "https://web.kaffeepost-news.example/optin/confirm?list=7&sub=a81f29c0&h=6b0e55d1\n\n"
              "Nicht angemeldet? Dann ignorieren Sie diese E-Mail.\n\n"
              "Rösterei Brenner GmbH & Co. KG · Kaiserstraße 41 · 76133 Karlsruhe",
         codes=[],
         link="https://web.kaffeepost-news.example/optin/confirm?list=7&sub=a81f29c0&h=6b0e55d1"),

    # 37 invoicing SaaS, password reset with copy-paste fallback
    dict(lang="fr", subject="Réinitialisation de votre mot de passe Factoria",
         html='<div style="background:#f4f6fb;padding:30px 0">'
              '<table role="presentation" align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e4e8f1;font-family:Arial,sans-serif">'
              '<tr><td style="padding:28px 36px 0"><img src="https://static.factoria.example/mail/factoria.png" alt="Factoria" width="118"></td></tr>'
              '<tr><td style="padding:22px 36px 0;font-size:15px;line-height:24px;color:#1f2a44">Bonjour Hélène,<br><br>'
              'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Factoria '
              '(entreprise «&nbsp;Atelier Lumen&nbsp;», 3 utilisateurs). Cliquez sur le bouton ci-dessous pour en choisir un nouveau.</td></tr>'
              '<tr><td style="padding:24px 36px">'
              '<a href="https://app.factoria.example/reset-password/3c9e1d27b4f84a0c9d2e?lang=fr" style="background:#4f46e5;color:#fff;'
              'padding:12px 28px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block">Choisir un nouveau mot de passe</a></td></tr>'
              '<tr><td style="padding:0 36px 26px;font-size:13px;line-height:20px;color:#5a6478">'
              'Si le bouton ne fonctionne pas, copiez et collez cette adresse dans votre navigateur&nbsp;:<br>'
              '<span style="color:#4f46e5;word-break:break-all">https://app.factoria.example/reset-password/3c9e1d27b4f84a0c9d2e?lang=fr</span><br><br>'
              'Ce lien est valable 60&nbsp;minutes. Demande effectuée le 30/11/2026 à 11:26 depuis 198.51.100.77. '
              'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.</td></tr>'
              '<tr><td style="padding:16px 36px;background:#f9fafc;font-size:11px;line-height:17px;color:#98a0b3">'
              'Factoria SAS · 54 boulevard Haussmann, 75009 Paris · RCS Paris 901&nbsp;234&nbsp;567 · TVA FR12901234567<br>'
              '<a href="https://aide.factoria.example" style="color:#98a0b3">Centre d’aide</a> · '
              '<a href="https://factoria.example/mentions-legales" style="color:#98a0b3">Mentions légales</a></td></tr>'
              '</table></div>',
         text="Bonjour Hélène,\n\nPour choisir un nouveau mot de passe Factoria, ouvrez ce lien :\n"
              "https://app.factoria.example/reset-password/3c9e1d27b4f84a0c9d2e?lang=fr\n\n"
              "Valable 60 minutes. Demande du 30/11/2026 à 11:26 (198.51.100.77).\n"
              "Factoria SAS, RCS Paris 901 234 567",
         codes=[],
         link="https://app.factoria.example/reset-password/3c9e1d27b4f84a0c9d2e?lang=fr"),

    # 38 social app, account deletion: confirm button next to a keep-my-account link
    dict(lang="es", subject="Confirma la eliminación de tu cuenta de Charlamos",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f7fa"><tr><td align="center" style="padding:26px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
              '<tr><td style="padding:26px 34px"><img src="https://cdn.charlamos.example/mail/logo.png" alt="Charlamos" width="120"></td></tr>'
              '<tr><td style="padding:0 34px;font-size:15px;line-height:24px;color:#222">Hola, @pablo.rvz:<br><br>'
              'Hemos recibido tu solicitud para eliminar tu cuenta. Se borrarán tus 1.284 publicaciones, 312 fotos y todos tus chats. '
              'Esta acción no se puede deshacer una vez pasados 30 días.</td></tr>'
              '<tr><td style="padding:24px 34px"><table cellpadding="0" cellspacing="0"><tr>'
              '<td style="background:#d93025;border-radius:22px"><a href="https://charlamos.example/cuenta/eliminar/confirmar?rid=del_92KxQ07&amp;sig=f81ac2" '
              'style="display:inline-block;padding:12px 28px;color:#fff;font-weight:bold;text-decoration:none">Sí, eliminar mi cuenta</a></td>'
              '<td width="16"></td>'
              '<td><a href="https://charlamos.example/cuenta/eliminar/cancelar?rid=del_92KxQ07" style="color:#555;font-size:14px">Mantener mi cuenta</a></td>'
              '</tr></table></td></tr>'
              '<tr><td style="padding:0 34px 24px;font-size:13px;line-height:20px;color:#777">Antes de irte, puedes '
              '<a href="https://charlamos.example/ajustes/descargar-datos" style="color:#777">descargar una copia de tus datos</a>.</td></tr>'
              '<tr><td style="padding:16px 34px;background:#fafafa;font-size:11px;line-height:17px;color:#aaa">'
              'Charlamos Social S.L. · NIF B19876543 · Paseo de Gracia 21, 08007 Barcelona<br>'
              '<a href="https://charlamos.example/privacidad" style="color:#aaa">Privacidad</a> · '
              '<a href="https://charlamos.example/ayuda" style="color:#aaa">Ayuda</a></td></tr></table></td></tr></table>',
         codes=[],
         link="https://charlamos.example/cuenta/eliminar/confirmar?rid=del_92KxQ07&sig=f81ac2"),

    # 39 security alert: approve ("it was me") next to "secure account"
    dict(lang="it", subject="Nuovo accesso al tuo account Bancolino",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f1f3f6"><tr><td align="center" style="padding:24px 0">'
              '<table width="580" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:22px 30px;border-bottom:1px solid #e6e9ee"><img src="https://img.bancolino.example/m/logo.png" alt="Bancolino" width="130"></td></tr>'
              '<tr><td style="padding:26px 30px 8px;font-size:15px;line-height:23px;color:#222">Ciao Giulia,<br>'
              'abbiamo rilevato un accesso al tuo account da un dispositivo che non riconosciamo. '
              'L’accesso resterà in sospeso finché non lo confermi.</td></tr>'
              '<tr><td style="padding:8px 30px"><table width="100%" cellpadding="6" cellspacing="0" style="background:#f7f8fa;font-size:13px;color:#444">'
              '<tr><td width="120">Dispositivo</td><td>Samsung Galaxy A54, Android 14</td></tr>'
              '<tr><td>Posizione</td><td>Bologna, Italia (IP 203.0.113.201)</td></tr>'
              '<tr><td>Data</td><td>30/11/2026 alle 07:58</td></tr></table></td></tr>'
              '<tr><td style="padding:22px 30px"><table cellpadding="0" cellspacing="0"><tr>'
              '<td bgcolor="#0a7d4f" style="border-radius:4px"><a href="https://trk.bancolino.example/r/AbC91?url=https%3A%2F%2Fwww.bancolino.example%2Fsicurezza%2Fapprova%3Fevt%3Dlg_55120934" '
              'style="display:inline-block;padding:12px 24px;color:#fff;font-weight:bold;text-decoration:none">Sì, sono stato io</a></td>'
              '<td width="12"></td>'
              '<td style="border:1px solid #b00020;border-radius:4px"><a href="https://trk.bancolino.example/r/AbC92?url=https%3A%2F%2Fwww.bancolino.example%2Fsicurezza%2Fblocca%3Fevt%3Dlg_55120934" '
              'style="display:inline-block;padding:11px 22px;color:#b00020;font-weight:bold;text-decoration:none">No, proteggi il mio account</a></td>'
              '</tr></table></td></tr>'
              '<tr><td style="padding:0 30px 24px;font-size:12px;color:#888">Bancolino non ti chiederà mai password o codici via e-mail.</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f7f8fa;font-size:10px;line-height:15px;color:#999">'
              'Bancolino S.p.A. · Corso Vittorio Emanuele II 15, 10123 Torino · P.IVA 11223344556 · Iscritta all’Albo delle Banche n. 5678 · '
              'Capitale sociale 12.000.000 € i.v.<br><a href="https://www.bancolino.example/privacy" style="color:#999">Privacy</a> · '
              '<a href="https://www.bancolino.example/assistenza" style="color:#999">Assistenza</a></td></tr>'
              '</table></td></tr></table>',
         codes=[],
         link="https://trk.bancolino.example/r/AbC91?url=https%3A%2F%2Fwww.bancolino.example%2Fsicurezza%2Fapprova%3Fevt%3Dlg_55120934"),

    # 40 bike sharing, e-mail change confirmation link (text and HTML)
    dict(lang="nl", subject="Bevestig je nieuwe e-mailadres",
         text="Hoi Sanne,\n\n"
              "Je hebt gevraagd om het e-mailadres van je Trapfiets-account te wijzigen naar\n"
              "sanne.devries@mail.example.test.\n\n"
              "Bevestig de wijziging via deze link:\n"
              "https://account.trapfiets.example/email/bevestigen/e2c7a0f9-4b51-4d0e-9a61-7f3d2c118a40\n\n"
              "De link werkt 48 uur. Tot je bevestigt, blijven we je oude adres gebruiken.\n\n"
              "Groet,\nTeam Trapfiets\n\n"
              "Trapfiets B.V. | Oudegracht 180, 3511 NP Utrecht | KvK 76543210\n"
              "Hulp nodig? https://trapfiets.example/hulp",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#e9f6ef"><tr><td align="center" style="padding:24px 0">'
              '<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Verdana,sans-serif">'
              '<tr><td style="padding:22px 30px;font-size:20px;font-weight:bold;color:#00875a">Trapfiets</td></tr>'
              '<tr><td style="padding:0 30px;font-size:14px;line-height:22px;color:#222">Hoi Sanne,<br><br>'
              'Je wilt je e-mailadres wijzigen naar <b>sanne.devries@mail.example.test</b>. Klopt dat?</td></tr>'
              '<tr><td style="padding:22px 30px"><a href="https://account.trapfiets.example/email/bevestigen/e2c7a0f9-4b51-4d0e-9a61-7f3d2c118a40" '
              'style="background:#00875a;color:#fff;padding:12px 26px;border-radius:24px;text-decoration:none;display:inline-block">Ja, bevestig mijn nieuwe adres</a></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:12px;color:#777">De link werkt 48 uur. Je hebt nog 2 ritten tegoed op je 10-rittenkaart.</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f6f6f6;font-size:11px;color:#999">Trapfiets B.V. · Oudegracht 180, 3511 NP Utrecht · KvK 76543210 · '
              '<a href="https://trapfiets.example/hulp" style="color:#999">Hulp</a> · '
              '<a href="https://trapfiets.example/voorwaarden" style="color:#999">Voorwaarden</a></td></tr>'
              '</table></td></tr></table>',
         codes=[],
         link="https://account.trapfiets.example/email/bevestigen/e2c7a0f9-4b51-4d0e-9a61-7f3d2c118a40"),

    # 41 marketplace magic login link, plain text with several other links
    dict(lang="pl", subject="Twój link do logowania w Zakupniku",
         text="Zakupnik\n"
              "Zobacz w przeglądarce: https://zakupnik.example/mail/view/551902\n\n"
              "Cześć Tomek,\n\n"
              "kliknij poniższy link, aby zalogować się bez hasła:\n"
              "https://zakupnik.example/l/8KQ2vPz0tW?src=email&t=1764497712\n\n"
              "Link działa przez 20 minut i tylko na tym urządzeniu (Firefox 133, Windows 11).\n"
              "Nie prosiłeś o logowanie? Zignoruj tę wiadomość.\n\n"
              "Twoje obserwowane aukcje: https://zakupnik.example/obserwowane\n"
              "Pomoc: https://zakupnik.example/pomoc\n"
              "Ustawienia powiadomień: https://zakupnik.example/ustawienia/powiadomienia\n\n"
              "Zakupnik S.A., ul. Grunwaldzka 182, 60-166 Poznań\n"
              "NIP 779-234-56-78, KRS 0000912345, kapitał zakładowy 1 200 000 zł",
         codes=[],
         link="https://zakupnik.example/l/8KQ2vPz0tW?src=email&t=1764497712"),

    # 42 travel site, anchor text shows the destination while the href is a tracker
    dict(lang="pt", subject="Confirme o seu e-mail na Rotalinda",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#eaf4fb"><tr><td align="center" style="padding:26px 0">'
              '<table width="580" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:24px 32px"><img src="https://img.rotalinda.example/m/rotalinda.png" alt="Rotalinda – viagens" width="150"></td></tr>'
              '<tr><td style="padding:0 32px;font-size:15px;line-height:24px;color:#203040">Olá, Inês!<br><br>'
              'Falta só confirmar o seu e-mail para receber os bilhetes da sua reserva (Lisboa &rarr; Porto, 06/12/2026, '
              'Alfa Pendular 131, lugar 47, carruagem 3).</td></tr>'
              '<tr><td style="padding:24px 32px"><!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" '
              'href="https://ct.rotalinda-mail.example/ls/click?upn=RL-3345.x9&amp;dest=https%3A%2F%2Fwww.rotalinda.example%2Fconta%2Fconfirmar%3Fc%3Dq8W2mZ" '
              'style="height:44px;width:220px;v-text-anchor:middle" arcsize="50%" stroke="f" fillcolor="#0077c8"><center style="color:#fff;font-family:Arial;font-size:15px">Confirmar e-mail</center></v:roundrect><![endif]-->'
              '<!--[if !mso]><!--><a href="https://ct.rotalinda-mail.example/ls/click?upn=RL-3345.x9&amp;dest=https%3A%2F%2Fwww.rotalinda.example%2Fconta%2Fconfirmar%3Fc%3Dq8W2mZ" '
              'style="background:#0077c8;border-radius:22px;color:#fff;display:inline-block;padding:12px 34px;text-decoration:none;font-weight:bold">Confirmar e-mail</a><!--<![endif]--></td></tr>'
              '<tr><td style="padding:0 32px 24px;font-size:13px;line-height:20px;color:#667">Ou abra: '
              '<a href="https://ct.rotalinda-mail.example/ls/click?upn=RL-3345.x9&amp;dest=https%3A%2F%2Fwww.rotalinda.example%2Fconta%2Fconfirmar%3Fc%3Dq8W2mZ" style="color:#0077c8">'
              'https://www.rotalinda.example/conta/confirmar?c=q8W2mZ</a><br>Referência da reserva: RL-7F3K9Q · Total pago 54,20&nbsp;€</td></tr>'
              '<tr><td style="padding:16px 32px;background:#f5f8fa;font-size:11px;line-height:17px;color:#99a">'
              '<a href="https://ct.rotalinda-mail.example/ls/click?upn=RL-3345.f1&amp;dest=https%3A%2F%2Fwww.rotalinda.example%2Fajuda" style="color:#99a">Ajuda</a> · '
              '<a href="https://ct.rotalinda-mail.example/ls/click?upn=RL-3345.f2&amp;dest=https%3A%2F%2Fwww.rotalinda.example%2Fprivacidade" style="color:#99a">Privacidade</a> · '
              '<a href="https://ct.rotalinda-mail.example/ls/click?upn=RL-3345.f3&amp;dest=https%3A%2F%2Fwww.rotalinda.example%2Fpreferencias" style="color:#99a">Gerir preferências</a><br>'
              'Rotalinda Viagens, Lda. · NIPC 515 987 654 · Rua Augusta 100, 1100-053 Lisboa · RNAVT n.º 9876</td></tr>'
              '</table></td></tr></table>',
         codes=[],
         link="https://ct.rotalinda-mail.example/ls/click?upn=RL-3345.x9&dest=https%3A%2F%2Fwww.rotalinda.example%2Fconta%2Fconfirmar%3Fc%3Dq8W2mZ"),

    # 43 news digest, double opt-in in Lithuanian with unsubscribe and social links
    dict(lang="lt", subject="Patvirtinkite prenumeratą – Žinių pupa",
         html='<div style="display:none">Vienas paspaudimas ir kiekvieną rytą gausite naujienų santrauką.</div>'
              '<table width="100%" cellpadding="0" cellspacing="0" style="background:#fdf6e3"><tr><td align="center" style="padding:24px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
              '<tr><td style="padding:22px 30px;font-size:22px;font-weight:bold;color:#6b8e23">Žinių pupa</td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:24px;color:#333">Sveiki,<br>'
              'gavome prašymą užsakyti mūsų rytinį naujienlaiškį adresu rasa.k@example.lt. Patvirtinkite, kad tai jūs:</td></tr>'
              '<tr><td align="center" style="padding:24px 30px"><a href="https://list.zinipupa.example/subscribe/confirm/1f9c0e7a2b?l=rytas" '
              'style="background:#6b8e23;color:#fff;padding:13px 30px;text-decoration:none;border-radius:4px;display:inline-block">Patvirtinti prenumeratą</a></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:12px;line-height:19px;color:#888">Jei neužsisakėte, nieko daryti nereikia. '
              'Naujienlaiškis išeina darbo dienomis 7:00 val.</td></tr>'
              '<tr><td align="center" style="padding:14px 30px;background:#f7f7f2;font-size:11px;line-height:17px;color:#999">'
              '<a href="https://facebook.example/zinipupa"><img src="https://list.zinipupa.example/i/fb.png" alt="Facebook" width="20"></a> '
              '<a href="https://linkedin.example/company/zinipupa"><img src="https://list.zinipupa.example/i/in.png" alt="LinkedIn" width="20"></a><br>'
              'UAB „Žinių pupa“, Gedimino pr. 9, LT-01103 Vilnius · Įmonės kodas 305123456 · PVM LT100012345610<br>'
              '<a href="https://list.zinipupa.example/unsubscribe/1f9c0e7a2b" style="color:#999">Atsisakyti</a> · '
              '<a href="https://zinipupa.example/privatumas" style="color:#999">Privatumo politika</a></td></tr>'
              '</table></td></tr></table>',
         codes=[],
         link="https://list.zinipupa.example/subscribe/confirm/1f9c0e7a2b?l=rytas"),

    # 44 property portal, password reset in Latvian
    dict(lang="lv", subject="Paroles atiestatīšana – Mājoklis.lv",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f0f2f5"><tr><td align="center" style="padding:22px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:22px 30px;background:#9e3039"><img src="https://majoklis.example/e/logo-white.png" alt="Mājoklis.lv" width="140"></td></tr>'
              '<tr><td style="padding:26px 30px;font-size:15px;line-height:23px;color:#222">Labdien, Jānis!<br><br>'
              'Saņēmām pieprasījumu atiestatīt jūsu konta paroli. Jūsu sludinājumi (3 aktīvi, t.sk. Nr. 2847-119) paliks nemainīgi.</td></tr>'
              '<tr><td style="padding:0 30px 20px"><a href="https://majoklis.example/parole/jauna?k=Yw7Tz2Qa81mN&amp;u=448120" '
              'style="background:#9e3039;color:#fff;padding:12px 26px;text-decoration:none;display:inline-block;font-weight:bold">Iestatīt jaunu paroli</a></td></tr>'
              '<tr><td style="padding:0 30px 24px;font-size:13px;line-height:20px;color:#777">Ja poga nedarbojas, iekopējiet šo saiti pārlūkā:<br>'
              'https://majoklis.example/parole/jauna?k=Yw7Tz2Qa81mN&amp;u=448120<br>Saite derīga 1 stundu.</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f7f7f7;font-size:11px;color:#999">SIA „Mājoklis“ · Brīvības iela 88, Rīga, LV-1001 · '
              'Reģ. Nr. 40203123456 · PVN LV40203123456</td></tr>'
              '</table></td></tr></table>',
         codes=[],
         link="https://majoklis.example/parole/jauna?k=Yw7Tz2Qa81mN&u=448120"),

    # 45 project tool, team invitation in Estonian, text and HTML
    dict(lang="et", subject="Kutse liituda meeskonnaga „Tartu arendus“",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f6"><tr><td align="center" style="padding:26px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;font-family:Arial,sans-serif">'
              '<tr><td style="padding:24px 32px"><img src="https://cdn.tiimipilv.example/mail/logo.png" alt="Tiimipilv" width="110"></td></tr>'
              '<tr><td style="padding:0 32px;font-size:15px;line-height:24px;color:#1c2430">Tere!<br><br>'
              '<b>Karl Tamm</b> kutsus teid liituma meeskonnaga „Tartu arendus“ (12 liiget, 4 projekti). '
              'Teie roll: toimetaja.</td></tr>'
              '<tr><td style="padding:22px 32px"><table cellpadding="0" cellspacing="0"><tr><td style="background:#2563eb;border-radius:6px">'
              '<a href="https://email.tiimipilv.example/c/eyJ1IjoiaW52In0?redirect=https%3A%2F%2Fapp.tiimipilv.example%2Fkutse%2F5b21c9d7e0&amp;sig=Q1w2E3" '
              'style="display:inline-block;padding:12px 26px;color:#fff;text-decoration:none;font-weight:bold">Võta kutse vastu</a></td></tr></table></td></tr>'
              '<tr><td style="padding:0 32px 24px;font-size:12px;line-height:19px;color:#6b7280">Kutse kehtib 7 päeva. '
              'Kui te Karli ei tunne, võite selle kirja kustutada.</td></tr>'
              '<tr><td style="padding:14px 32px;background:#f8fafc;font-size:11px;line-height:17px;color:#9ca3af">'
              'Tiimipilv OÜ · Rüütli 11, 51007 Tartu · registrikood 16123456 · KMKR EE102345678<br>'
              '<a href="https://tiimipilv.example/abi" style="color:#9ca3af">Abikeskus</a> · '
              '<a href="https://tiimipilv.example/privaatsus" style="color:#9ca3af">Privaatsus</a></td></tr>'
              '</table></td></tr></table>',
         text="Tere!\n\nKarl Tamm kutsus teid liituma meeskonnaga „Tartu arendus“.\n"
              "Võta kutse vastu:\n"
              "https://email.tiimipilv.example/c/eyJ1IjoiaW52In0?redirect=https%3A%2F%2Fapp.tiimipilv.example%2Fkutse%2F5b21c9d7e0&sig=Q1w2E3\n\n"
              "Kutse kehtib 7 päeva.\nTiimipilv OÜ, registrikood 16123456",
         codes=[],
         link="https://email.tiimipilv.example/c/eyJ1IjoiaW52In0?redirect=https%3A%2F%2Fapp.tiimipilv.example%2Fkutse%2F5b21c9d7e0&sig=Q1w2E3"),

    # 46 sign-in approval in Croatian: "yes, it was me" listed after the "it wasn't me" link
    dict(lang="hr", subject="Pokušaj prijave – potvrdite da ste to vi",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f4f6"><tr><td align="center" style="padding:24px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:22px 30px;font-size:20px;font-weight:bold;color:#c2185b">Kupujmo.hr</td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:23px;color:#222">Pozdrav Ivana,<br><br>'
              'netko se pokušava prijaviti u vaš račun:<br>'
              '<span style="font-size:13px;color:#555">Preglednik: Safari 18 na macOS 15 · IP 198.51.100.14 · Split, HR · 30.11.2026. u 22:09</span><br><br>'
              'Ako to niste bili vi, <a href="https://kupujmo.example/sigurnost/odbij?zahtjev=pr_881245" style="color:#c2185b">odbijte prijavu i promijenite lozinku</a>. '
              'Ako jeste, odobrite prijavu:</td></tr>'
              '<tr><td style="padding:22px 30px"><a href="https://kupujmo.example/sigurnost/odobri?zahtjev=pr_881245&amp;h=77a0c3" '
              'style="background:#c2185b;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;display:inline-block">Da, to sam bila ja</a></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:12px;color:#888">Zahtjev vrijedi 15 minuta.</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f8f8f8;font-size:11px;line-height:17px;color:#999">'
              'Kupujmo d.o.o. · Ilica 242, 10000 Zagreb · OIB 12345678901 · MBS 081234567 · temeljni kapital 20.000,00 EUR uplaćen u cijelosti<br>'
              '<a href="https://kupujmo.example/pomoc" style="color:#999">Pomoć</a> · '
              '<a href="https://kupujmo.example/privatnost" style="color:#999">Privatnost</a></td></tr>'
              '</table></td></tr></table>',
         codes=[],
         link="https://kupujmo.example/sigurnost/odobri?zahtjev=pr_881245&h=77a0c3"),

    # 47 shop, e-mail verification in Slovenian with a click tracker and app badges
    dict(lang="sl", subject="Potrdite svoj e-poštni naslov",
         html='<table width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f2"><tr><td align="center" style="padding:24px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
              '<tr><td style="padding:22px 30px"><img src="https://slike.kosarica.example/mail/logo.png" alt="Košarica.si" width="130"></td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:23px;color:#222">Pozdravljeni, Luka!<br><br>'
              'Hvala za registracijo. Prosimo, potrdite svoj e-poštni naslov, da bomo lahko pošiljali potrdila naročil.</td></tr>'
              '<tr><td align="center" style="padding:24px 30px"><a href="https://sl.mailrelay.example/track/click?id=88213&amp;url=https%3A%2F%2Fkosarica.example%2Fpotrdi%3Fkljuc%3DhT5nW0x" '
              'style="background:#2e7d32;color:#fff;padding:13px 32px;text-decoration:none;display:inline-block;border-radius:3px">Potrdi e-poštni naslov</a></td></tr>'
              '<tr><td style="padding:0 30px 20px;font-size:12px;color:#888">Povezava je veljavna 72 ur.</td></tr>'
              '<tr><td align="center" style="padding:14px 30px;background:#f7f7f7;font-size:11px;line-height:17px;color:#999">'
              '<a href="https://sl.mailrelay.example/track/click?id=88214&amp;url=https%3A%2F%2Fapps.example%2Fkosarica%2Fios">'
              '<img src="https://slike.kosarica.example/mail/app-store.png" alt="Prenesi v App Store" height="24"></a> '
              '<a href="https://sl.mailrelay.example/track/click?id=88215&amp;url=https%3A%2F%2Fapps.example%2Fkosarica%2Fandroid">'
              '<img src="https://slike.kosarica.example/mail/google-play.png" alt="Na voljo v Google Play" height="24"></a><br>'
              'Košarica d.o.o. · Dunajska cesta 156, 1000 Ljubljana · ID za DDV SI12345678 · matična št. 8123456000<br>'
              '<a href="https://sl.mailrelay.example/track/click?id=88216&amp;url=https%3A%2F%2Fkosarica.example%2Fzasebnost" style="color:#999">Zasebnost</a></td></tr>'
              '</table></td></tr></table>',
         codes=[],
         link="https://sl.mailrelay.example/track/click?id=88213&url=https%3A%2F%2Fkosarica.example%2Fpotrdi%3Fkljuc%3DhT5nW0x"),

    # 48 Japanese password reset, text only with several URLs
    dict(lang="ja", subject="【ハナレ宿】パスワード再設定のご案内",
         text="山田 太郎 様\n\n"
              "ハナレ宿をご利用いただき、誠にありがとうございます。\n"
              "パスワード再設定のリクエストを受け付けました。\n\n"
              "下記URLにアクセスし、新しいパスワードを設定してください。\n"
              "https://www.hanareyado.example/member/password/reset?key=b7Ke92Lm0QzR&lang=ja\n\n"
              "※URLの有効期限は発行から24時間です（2026年12月1日 09:30まで）。\n"
              "※お心当たりのない場合は、本メールを破棄してください。\n\n"
              "ご予約番号：HY-20261224-0318（12月24日 1泊 2名様）\n"
              "ご予約の確認：https://www.hanareyado.example/member/reservations\n\n"
              "────────────────\n"
              "株式会社ハナレ宿\n〒604-8005 京都府京都市中京区三条通河原町東入ル 12番地\n"
              "TEL 075-123-4567（9:00〜18:00）\n"
              "よくあるご質問：https://www.hanareyado.example/faq\n"
              "────────────────",
         codes=[],
         link="https://www.hanareyado.example/member/password/reset?key=b7Ke92Lm0QzR&lang=ja"),

    # 49 Korean e-mail verification button
    dict(lang="ko", subject="[모아북] 이메일 주소를 인증해 주세요",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f6f8"><tr><td align="center" style="padding:26px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Malgun Gothic,sans-serif">'
              '<tr><td style="padding:26px 32px"><img src="https://img.moabook.example/mail/logo.png" alt="모아북" width="100"></td></tr>'
              '<tr><td style="padding:0 32px;font-size:15px;line-height:25px;color:#222">안녕하세요, 박서연 님.<br>'
              '모아북 회원가입을 환영합니다! 아래 버튼을 눌러 이메일 인증을 완료해 주세요. 인증 후 전자책 3권 무료 대여 쿠폰이 지급됩니다.</td></tr>'
              '<tr><td align="center" style="padding:24px 32px"><a href="https://moabook.example/auth/email/verify?token=mb_4f8Q0xZ2&amp;uid=2026113055" '
              'style="background:#3c6cf0;color:#fff;padding:14px 40px;text-decoration:none;border-radius:6px;display:inline-block;font-weight:bold">이메일 인증하기</a></td></tr>'
              '<tr><td style="padding:0 32px 24px;font-size:12px;line-height:19px;color:#888">인증 링크는 24시간 동안 유효합니다.</td></tr>'
              '<tr><td style="padding:16px 32px;background:#fafafa;font-size:11px;line-height:17px;color:#aaa">'
              '(주)모아북 | 서울특별시 마포구 월드컵북로 400 (03925) | 사업자등록번호 214-88-12345<br>'
              '<a href="https://moabook.example/privacy" style="color:#aaa">개인정보처리방침</a> | '
              '<a href="https://moabook.example/help" style="color:#aaa">고객센터</a> | '
              '<a href="https://moabook.example/settings/mail?unsubscribe=1" style="color:#aaa">수신거부</a></td></tr>'
              '</table></td></tr></table>',
         codes=[],
         link="https://moabook.example/auth/email/verify?token=mb_4f8Q0xZ2&uid=2026113055"),

    # 50 Turkish invitation to a shared budget
    dict(lang="tr", subject="Ayşe sizi \"Ev bütçesi\" cüzdanına davet etti",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f0ff"><tr><td align="center" style="padding:24px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:22px 30px;font-size:20px;font-weight:bold;color:#5b21b6">Kumbarapp</td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:23px;color:#222">Merhaba,<br><br>'
              '<b>Ayşe Demir</b>, ortak harcamalarınızı birlikte takip etmek için sizi “Ev bütçesi” cüzdanına davet etti. '
              'Cüzdanda şu an 4.250,00 TL bakiye ve 37 işlem var.</td></tr>'
              '<tr><td style="padding:22px 30px"><!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="https://kumbarapp.example/davet/kabul/ZC-71k2Pq" '
              'style="height:42px;width:200px;v-text-anchor:middle" arcsize="20%" fillcolor="#5b21b6" stroke="f">'
              '<center style="color:#fff;font-family:Arial;font-size:15px">Daveti kabul et</center></v:roundrect><![endif]-->'
              '<!--[if !mso]><!--><a href="https://kumbarapp.example/davet/kabul/ZC-71k2Pq" style="background:#5b21b6;color:#fff;padding:12px 30px;'
              'border-radius:8px;text-decoration:none;display:inline-block">Daveti kabul et</a><!--<![endif]--></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:12px;color:#888">Davet 3 gün geçerlidir.</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f8f8f8;font-size:11px;line-height:17px;color:#999">'
              'Kumbarapp Teknoloji A.Ş. · Maslak Mah. Eski Büyükdere Cad. No: 1, 34485 Sarıyer/İstanbul · Mersis No: 0987654321000012<br>'
              '<a href="https://kumbarapp.example/yardim" style="color:#999">Yardım</a> · '
              '<a href="https://kumbarapp.example/gizlilik" style="color:#999">Gizlilik</a> · '
              '<a href="https://kumbarapp.example/bildirimler" style="color:#999">Bildirim tercihleri</a></td></tr>'
              '</table></td></tr></table>',
         text="Merhaba,\n\nAyşe Demir sizi \"Ev bütçesi\" cüzdanına davet etti.\n"
              "Daveti kabul etmek için: https://kumbarapp.example/davet/kabul/ZC-71k2Pq\n\n"
              "Davet 3 gün geçerlidir.\nKumbarapp Teknoloji A.Ş.",
         codes=[],
         link="https://kumbarapp.example/davet/kabul/ZC-71k2Pq"),

    # 51 shop receipt: order number, amounts, view-order and invoice links, no action
    dict(lang="en", subject="Your Oakridge Supply order #300418 is confirmed",
         html='<div style="display:none;max-height:0;overflow:hidden">Thanks, Jordan! We’re packing 3 items now.</div>'
              '<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f6f4ef"><tr><td align="center" style="padding:24px 0">'
              '<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif">'
              '<tr><td style="padding:24px 32px"><img src="https://cdn.oakridge.example/e/logo.png" alt="Oakridge Supply Co." width="150"></td></tr>'
              '<tr><td style="padding:0 32px;font-size:15px;line-height:23px;color:#2a2a2a">Hi Jordan,<br>'
              'Thanks for your order. Here’s your receipt.</td></tr>'
              '<tr><td style="padding:18px 32px"><table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;border-top:1px solid #eee">'
              '<tr><td>Order</td><td align="right">#300418</td></tr>'
              '<tr><td>Placed</td><td align="right">30 Nov 2026, 3:41 PM</td></tr>'
              '<tr><td>Canvas tote, olive &times; 1</td><td align="right">$38.00</td></tr>'
              '<tr><td>Enamel mug 12 oz &times; 2</td><td align="right">$44.00</td></tr>'
              '<tr><td>Shipping (Ground, 3&ndash;5 days)</td><td align="right">$6.95</td></tr>'
              '<tr><td>Tax</td><td align="right">$7.34</td></tr>'
              '<tr><td><b>Total charged to Visa &bull;&bull;&bull;&bull; 1187</b></td><td align="right"><b>$96.29</b></td></tr>'
              '</table></td></tr>'
              '<tr><td style="padding:8px 32px 24px"><a href="https://click.oakridge.example/t/v2?u=https%3A%2F%2Foakridge.example%2Faccount%2Forders%2F300418&amp;m=77102" '
              'style="background:#3f5d3a;color:#fff;padding:12px 24px;text-decoration:none;display:inline-block">View order</a> '
              '<a href="https://oakridge.example/account/orders/300418/invoice.pdf" style="color:#3f5d3a;font-size:14px;margin-left:12px">Download invoice</a></td></tr>'
              '<tr><td style="padding:0 32px 22px;font-size:13px;line-height:20px;color:#666">Ship to: Jordan Reyes, 1450 Alder Ln, Apt 2B, Portland, OR 97214</td></tr>'
              '<tr><td align="center" style="padding:16px 32px;background:#faf9f6;font-size:11px;line-height:17px;color:#999">'
              '<a href="https://oakridge.example/returns" style="color:#999">Returns</a> · '
              '<a href="https://oakridge.example/help" style="color:#999">Help</a> · '
              '<a href="https://oakridge.example/email-preferences" style="color:#999">Manage preferences</a> · '
              '<a href="https://oakridge.example/unsubscribe?e=jr%40example.com" style="color:#999">Unsubscribe</a><br>'
              'Oakridge Supply Co., 220 SE Water Ave, Portland, OR 97214 · EIN 93-1234567</td></tr>'
              '</table></td></tr></table>',
         text="Hi Jordan,\n\nOrder #300418 placed 30 Nov 2026, 3:41 PM\n"
              "Canvas tote, olive x1 $38.00\nEnamel mug 12 oz x2 $44.00\nShipping $6.95\nTax $7.34\n"
              "Total $96.29 (Visa ending 1187)\n\n"
              "View order: https://oakridge.example/account/orders/300418\n\n"
              "Oakridge Supply Co., Portland, OR 97214",
         codes=[], link=None),

    # 52 shipping notification with a tracking number and tracking link
    dict(lang="de", subject="Ihr Paket ist unterwegs – Sendung 00340434161094027318",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:22px 0">'
              '<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:20px 30px;background:#222"><img src="https://img.fahrradkeller.example/mail/logo.png" alt="Fahrradkeller" width="150"></td></tr>'
              '<tr><td style="padding:26px 30px;font-size:15px;line-height:23px;color:#222">Hallo Herr Yilmaz,<br><br>'
              'gute Nachrichten: Ihre Bestellung <b>FK-2026-118204</b> vom 28.11.2026 hat unser Lager in 04159 Leipzig verlassen.</td></tr>'
              '<tr><td style="padding:0 30px"><table width="100%" cellpadding="6" cellspacing="0" style="background:#f7f7f7;font-size:14px">'
              '<tr><td>Versanddienstleister</td><td>Paketblitz</td></tr>'
              '<tr><td>Sendungsnummer</td><td>00340434161094027318</td></tr>'
              '<tr><td>Voraussichtliche Zustellung</td><td>Mi., 02.12.2026, 10:00–14:00 Uhr</td></tr>'
              '<tr><td>Inhalt</td><td>Fahrradschloss „Bollwerk 900“, Lichtset LX-40</td></tr></table></td></tr>'
              '<tr><td style="padding:22px 30px"><a href="https://paketblitz.example/verfolgen?nr=00340434161094027318&amp;plz=50667" '
              'style="background:#f5a623;color:#222;padding:12px 26px;text-decoration:none;display:inline-block;font-weight:bold">Sendung verfolgen</a></td></tr>'
              '<tr><td style="padding:0 30px 22px;font-size:13px;color:#666">Lieferadresse: Hohenzollernring 55, 50672 Köln</td></tr>'
              '<tr><td style="padding:14px 30px;background:#fafafa;font-size:11px;line-height:17px;color:#999">'
              'Fahrradkeller GmbH · Am Alten Flughafen 3 · 04159 Leipzig · HRB 34567, AG Leipzig · USt-IdNr. DE301234567<br>'
              '<a href="https://fahrradkeller.example/konto/bestellungen/FK-2026-118204" style="color:#999">Bestellung ansehen</a> · '
              '<a href="https://fahrradkeller.example/widerruf" style="color:#999">Widerruf</a> · '
              '<a href="https://fahrradkeller.example/agb" style="color:#999">AGB</a></td></tr>'
              '</table></td></tr></table>',
         codes=[], link=None),

    # 53 SaaS invoice available, invoice number, VAT and a download link
    dict(lang="fr", subject="Votre facture n° F-2026-11-04872 est disponible",
         text="Bonjour,\n\n"
              "La facture de votre abonnement Planifio Équipe (5 sièges) pour la période du 01/11/2026 au 30/11/2026 "
              "est disponible.\n\n"
              "  Numéro de facture : F-2026-11-04872\n"
              "  Montant HT : 95,00 €\n"
              "  TVA (20 %) : 19,00 €\n"
              "  Total TTC : 114,00 €\n"
              "  Prélèvement le 03/12/2026 sur le compte FR76 **** **** **** **** ***4 021\n\n"
              "Télécharger la facture (PDF) : https://app.planifio.example/facturation/factures/F-2026-11-04872.pdf\n"
              "Gérer votre abonnement : https://app.planifio.example/facturation\n\n"
              "Une question sur votre facture ? https://aide.planifio.example/facturation\n\n"
              "Planifio SAS - 8 rue de la Paix, 33000 Bordeaux\n"
              "SIREN 923 456 781 - TVA intracommunautaire FR38923456781",
         codes=[], link=None),

    # 54 streaming subscription renewal notice
    dict(lang="sv", subject="Ditt abonnemang förnyas den 7 december",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#101418"><tr><td align="center" style="padding:26px 0">'
              '<table width="580" cellpadding="0" cellspacing="0" bgcolor="#1a2027" style="font-family:Helvetica,Arial,sans-serif;color:#e8edf2">'
              '<tr><td style="padding:26px 34px"><img src="https://bild.ljudvag.example/mejl/logo.png" alt="Ljudvåg" width="120"></td></tr>'
              '<tr><td style="padding:0 34px;font-size:15px;line-height:24px">Hej Elsa!<br><br>'
              'Ditt abonnemang <b>Ljudvåg Familj</b> (6 konton) förnyas automatiskt den 7 december 2026. '
              'Vi drar 229 kr från ditt Mastercard som slutar på 5530. Priset är oförändrat.</td></tr>'
              '<tr><td style="padding:20px 34px;font-size:14px;line-height:22px;color:#aab6c2">'
              'Kundnummer: 4410927 · Period: 2026-12-07 – 2027-01-06 · Moms 25 % ingår (45,80 kr)</td></tr>'
              '<tr><td style="padding:0 34px 26px"><a href="https://ljudvag.example/konto/abonnemang" style="color:#4fd1c5">Hantera abonnemang</a> · '
              '<a href="https://ljudvag.example/konto/kvitton" style="color:#4fd1c5">Se tidigare kvitton</a></td></tr>'
              '<tr><td style="padding:16px 34px;background:#141a20;font-size:11px;line-height:17px;color:#6f7d8b">'
              'Ljudvåg AB · Org.nr 556789-0123 · Regeringsgatan 65, 111 56 Stockholm<br>'
              '<a href="https://ljudvag.example/hjalp" style="color:#6f7d8b">Hjälp</a> · '
              '<a href="https://ljudvag.example/villkor" style="color:#6f7d8b">Villkor</a> · '
              '<a href="https://ljudvag.example/integritet" style="color:#6f7d8b">Integritetspolicy</a></td></tr>'
              '</table></td></tr></table>',
         codes=[], link=None),

    # 55 Chinese newsletter with product links, prices and unsubscribe
    dict(lang="zh", subject="本周精选：冬季好物低至5折",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f7f3ee"><tr><td align="center">'
              '<table width="600" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:10px;font-size:11px;font-family:sans-serif">'
              '<a href="https://edm.linli.example/view?c=20261130&amp;u=58812" style="color:#999">邮件显示异常？点此在浏览器中查看</a></td></tr></table>'
              '<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:PingFang SC,Microsoft YaHei,sans-serif">'
              '<tr><td><a href="https://edm.linli.example/c?u=https%3A%2F%2Flinli.example%2Fwinter"><img src="https://img.linli.example/edm/1130/banner.jpg" '
              'alt="邻里良品 冬季特惠 11.30-12.06" width="600" style="display:block"></a></td></tr>'
              '<tr><td style="padding:24px 30px;font-size:14px;line-height:24px;color:#333">亲爱的会员：<br>'
              '寒潮来袭，为您精选了以下好物，活动时间 2026年11月30日 10:00 至 12月6日 23:59。</td></tr>'
              '<tr><td style="padding:0 30px"><table width="100%" cellpadding="8" cellspacing="0"><tr>'
              '<td width="50%" align="center"><img src="https://img.linli.example/edm/1130/p1.jpg" alt="羊毛围巾" width="240"><br>羊毛围巾 ¥129 <s>¥259</s><br>'
              '<a href="https://edm.linli.example/c?u=https%3A%2F%2Flinli.example%2Fitem%2F100482" style="color:#c0392b">立即查看</a></td>'
              '<td width="50%" align="center"><img src="https://img.linli.example/edm/1130/p2.jpg" alt="暖手宝" width="240"><br>充电暖手宝 ¥69 <s>¥99</s><br>'
              '<a href="https://edm.linli.example/c?u=https%3A%2F%2Flinli.example%2Fitem%2F100917" style="color:#c0392b">立即查看</a></td>'
              '</tr></table></td></tr>'
              '<tr><td style="padding:20px 30px;font-size:12px;line-height:20px;color:#999">会员积分 3,280 分，可抵扣 ¥32.80。'
              '客服热线 400-600-7788（9:00-21:00）</td></tr>'
              '<tr><td align="center" style="padding:16px 30px;background:#f5f5f5;font-size:11px;line-height:18px;color:#aaa">'
              '邻里良品（上海）电子商务有限公司 · 上海市徐汇区漕溪北路 88 号 · 沪ICP备20260088号<br>'
              '<a href="https://edm.linli.example/unsub?u=58812" style="color:#aaa">退订</a> | '
              '<a href="https://linli.example/privacy" style="color:#aaa">隐私政策</a></td></tr>'
              '</table></td></tr></table>',
         codes=[], link=None),

    # 56 Arabic security notice, new sign-in, only a help link
    dict(lang="ar", subject="تسجيل دخول جديد إلى حسابك في رحلاتي",
         html='<div dir="rtl" style="background:#f2f5f8;padding:24px 0;font-family:Tahoma,Arial,sans-serif">'
              '<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff">'
              '<tr><td style="padding:22px 30px"><img src="https://img.rihlati.example/m/logo.png" alt="رحلاتي" width="110"></td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:26px;color:#222">مرحباً سارة،<br>'
              'تم تسجيل الدخول إلى حسابك من جهاز جديد:<br>'
              '<span style="font-size:13px;color:#555">الجهاز: iPhone 14 ‏(iOS 18.1) · عنوان IP: ‏203.0.113.66 · دبي، الإمارات · 30/11/2026 الساعة 13:20</span><br><br>'
              'إذا كنت أنت، فلا داعي لأي إجراء. وإن لم تكن أنت، فتواصل مع فريق الدعم على الرقم 800-7445 '
              'أو من خلال <a href="https://rihlati.example/help/security" style="color:#0a66c2">مركز المساعدة</a>.</td></tr>'
              '<tr><td style="padding:20px 30px;font-size:12px;color:#888">رقم الحجز الأخير: RH-4471820 · رحلة EK 2113</td></tr>'
              '<tr><td style="padding:14px 30px;background:#f8f8f8;font-size:11px;line-height:18px;color:#999">'
              'رحلاتي للسفر والسياحة ذ.م.م · رخصة تجارية رقم 1098765 · ص.ب 12345 دبي<br>'
              '<a href="https://rihlati.example/privacy" style="color:#999">سياسة الخصوصية</a></td></tr>'
              '</table></div>',
         codes=[], link=None),

    # 57 Russian password-changed notice, plain text
    dict(lang="ru", subject="Пароль от аккаунта изменён",
         text="Здравствуйте, Анна!\n\n"
              "Пароль от вашего аккаунта в сервисе «Читалка» был изменён 30.11.2026 в 12:47 (МСК).\n\n"
              "Устройство: Chrome 131, Windows 10\n"
              "IP-адрес: 198.51.100.190 (Казань, Россия)\n\n"
              "Если это были вы, ничего делать не нужно.\n"
              "Если вы не меняли пароль, сразу напишите в поддержку: support@chitalka.example "
              "или позвоните 8 800 700-12-34 (бесплатно по России).\n\n"
              "Ваша подписка «Читалка Плюс» активна до 15.01.2027.\n\n"
              "--\n"
              "ООО «Читалка», ИНН 7812345678, КПП 781201001\n"
              "191025, Санкт-Петербург, Невский пр., д. 90\n"
              "Справка: https://help.chitalka.example",
         codes=[], link=None),

    # 58 Hindi shipping update with AWB number, amount and a tracking link
    dict(lang="hi", subject="आपका ऑर्डर भेज दिया गया है",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#fff8ef"><tr><td align="center" style="padding:22px 0">'
              '<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:22px 30px;background:#ff7a00;color:#fff;font-size:20px;font-weight:bold">घरबाज़ार</td></tr>'
              '<tr><td style="padding:24px 30px;font-size:15px;line-height:24px;color:#222">नमस्ते प्रिया,<br>'
              'आपका ऑर्डर <b>GB-405-7712094</b> (₹1,899.00) भेज दिया गया है और 3 दिसंबर 2026 तक पहुँच जाएगा।</td></tr>'
              '<tr><td style="padding:0 30px"><table width="100%" cellpadding="6" cellspacing="0" style="background:#f9f9f9;font-size:14px">'
              '<tr><td>कूरियर</td><td>तेज़डाक एक्सप्रेस</td></tr>'
              '<tr><td>AWB नंबर</td><td>784512903366</td></tr>'
              '<tr><td>पता</td><td>फ्लैट 12, सेक्टर 21, नोएडा 201301</td></tr></table></td></tr>'
              '<tr><td style="padding:22px 30px"><a href="https://ghar-bazaar.example/orders/GB-405-7712094/track" '
              'style="background:#ff7a00;color:#fff;padding:11px 24px;text-decoration:none;display:inline-block">ऑर्डर ट्रैक करें</a></td></tr>'
              '<tr><td style="padding:14px 30px;background:#fafafa;font-size:11px;line-height:17px;color:#999">'
              'घरबाज़ार रिटेल प्रा. लि. · GSTIN 09AAICG1234K1Z5 · '
              '<a href="https://ghar-bazaar.example/help" style="color:#999">सहायता</a> · '
              '<a href="https://ghar-bazaar.example/unsubscribe" style="color:#999">सदस्यता समाप्त करें</a></td></tr>'
              '</table></td></tr></table>',
         codes=[], link=None),

    # 59 Indonesian top-up receipt with transaction ID, phone and serial numbers
    dict(lang="id", subject="Pembayaran berhasil – Isi ulang pulsa Rp 100.000",
         text="Halo Budi,\n\n"
              "Terima kasih, pembayaranmu berhasil.\n\n"
              "Produk       : Pulsa Rp 100.000\n"
              "Nomor tujuan : 0812-3456-7890\n"
              "Harga        : Rp 101.500\n"
              "Metode bayar : Saldo DompetKita\n"
              "ID transaksi : DK2611302231457788\n"
              "Waktu        : 30 Nov 2026, 22:31 WIB\n"
              "Nomor seri   : 8810 2233 4455 6677\n\n"
              "Lihat detail transaksi: https://dompetkita.example/riwayat/DK2611302231457788\n"
              "Butuh bantuan? https://dompetkita.example/bantuan\n\n"
              "PT DompetKita Teknologi Indonesia\n"
              "Gedung Menara Satu Lt. 18, Jl. M.H. Thamrin No. 1, Jakarta 10310\n"
              "Berizin dan diawasi oleh Bank Indonesia",
         codes=[], link=None),

    # 60 Greek marketplace newsletter with unsubscribe, preferences and social links
    dict(lang="el", subject="Νέες αγγελίες κοντά σου αυτή την εβδομάδα",
         html='<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#eef2f5"><tr><td align="center">'
              '<table width="600" cellpadding="0" cellspacing="0"><tr><td align="right" style="padding:8px 16px;font-family:Arial,sans-serif;font-size:11px">'
              '<a href="https://news.agorazo.example/v/883019" style="color:#888">Προβολή στον browser</a></td></tr></table>'
              '<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:22px 30px"><img src="https://img.agorazo.example/n/logo.png" alt="Αγοράζω.gr" width="140"></td></tr>'
              '<tr><td style="padding:0 30px;font-size:15px;line-height:23px;color:#222">Γεια σου Ελένη,<br>'
              'βρήκαμε 24 νέες αγγελίες στη Θεσσαλονίκη που ταιριάζουν στις αναζητήσεις σου.</td></tr>'
              '<tr><td style="padding:16px 30px"><table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px">'
              '<tr><td><a href="https://news.agorazo.example/c?d=https%3A%2F%2Fagorazo.example%2Fangelia%2F5512093" style="color:#1565c0">Ποδήλατο πόλης 28″</a></td><td align="right">180 €</td></tr>'
              '<tr><td><a href="https://news.agorazo.example/c?d=https%3A%2F%2Fagorazo.example%2Fangelia%2F5512877" style="color:#1565c0">Καναπές τριθέσιος</a></td><td align="right">350 €</td></tr>'
              '<tr><td><a href="https://news.agorazo.example/c?d=https%3A%2F%2Fagorazo.example%2Fangelia%2F5513140" style="color:#1565c0">Κονσόλα με 2 χειριστήρια</a></td><td align="right">260 €</td></tr>'
              '</table></td></tr>'
              '<tr><td style="padding:10px 30px 24px"><a href="https://news.agorazo.example/c?d=https%3A%2F%2Fagorazo.example%2Fanazitiseis" '
              'style="background:#1565c0;color:#fff;padding:11px 24px;text-decoration:none;display:inline-block">Δες όλες τις αγγελίες</a></td></tr>'
              '<tr><td align="center" style="padding:16px 30px;background:#f7f7f7;font-size:11px;line-height:17px;color:#999">'
              '<a href="https://facebook.example/agorazo"><img src="https://img.agorazo.example/n/fb.png" alt="Facebook" width="20"></a> '
              '<a href="https://instagram.example/agorazo"><img src="https://img.agorazo.example/n/ig.png" alt="Instagram" width="20"></a><br>'
              'Αγοράζω Α.Ε. · Τσιμισκή 45, 546 23 Θεσσαλονίκη · ΑΦΜ 800123456 · ΓΕΜΗ 145678906000<br>'
              '<a href="https://news.agorazo.example/prefs/883019" style="color:#999">Ρυθμίσεις email</a> · '
              '<a href="https://news.agorazo.example/unsub/883019" style="color:#999">Διαγραφή από τη λίστα</a> · '
              '<a href="https://agorazo.example/aporrito" style="color:#999">Απόρρητο</a></td></tr>'
              '</table></td></tr></table>',
         codes=[], link=None),
]
