"""Blind evaluation set "tide": 80 hand-written e-mails of the kind a disposable inbox receives.

Written blind on 2026-11-30 by a writer who never saw the extractor, its rules, its history
or its scores, and committed before being scored. It is meant to be scored exactly once.

Each entry: lang (ISO 639-1), subject, text and/or html, codes (the one-time codes a person
types, in order; a second one only when a backup code is given), link (the one action link,
exactly as its href / text URL, or None).

Slant: small and mid-size services as they really write: terse SMS-style OTP mails, long
legal footers, codes in subjects, codes placed before their words, many other numbers
(orders, amounts, dates, times, phones, references), per-digit boxes, HTML-only table
layouts, plain-text mails with URLs on their own lines, approve/deny and yes/no buttons.

Counts: 80 mails, 34 languages; 40 with a code (3 of them also with an action link),
22 with an action link only, 18 with neither.
All services, people, addresses and numbers are invented; links use example domains.

Read once, blind, at d27b5cf, with the frost set (figures of both together there): codes
P 1.000 R 1.000; links P 1.000 R 1.000; every code listed P 0.976. It counts as seen since.
"""

TIDE = [
# 1 en-US terse OTP, code in subject
dict(lang="en", subject="482913 is your Parcelly code",
     text="""482913 is your Parcelly verification code. It expires in 10 min. Don't share it with anyone.

Parcelly Inc., 1180 Harbor Blvd Ste 210, Oakland, CA 94607
""",
     codes=["482913"], link=None),

# 2 en-GB magic link through click tracker
dict(lang="en", subject="Sign in to Hollowbrook Library",
     text="""Hi Imogen,

Someone (hopefully you) asked to sign in to your Hollowbrook Library account.

Sign in:
https://click.mail.hollowbrook.example/ls/click?upn=8fQ2xK9pLm-2BsT4vW7yZ1aB3cD5eF&u=4471

This link works once and expires at 14:35 (GMT) today, 30 November 2026.

If you didn't ask for this, you can ignore this email. Your account is safe.

Hollowbrook Library Services Ltd, Registered in England and Wales No. 09348812
3 Quayside Walk, Bristol BS1 4QA
Manage email preferences: https://hollowbrook.example/account/emails
""",
     html="""<!doctype html><html><head><meta charset="utf-8"><title>Sign in</title></head>
<body style="margin:0;background:#f3efe8;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0">
<tr><td style="padding:28px 32px"><img src="https://cdn.hollowbrook.example/logo.png" alt="Hollowbrook Library" width="160"></td></tr>
<tr><td style="padding:0 32px 12px;font-size:16px;color:#222">Hi Imogen,<br><br>Someone (hopefully you) asked to sign in to your Hollowbrook Library account.</td></tr>
<tr><td align="center" style="padding:16px 32px"><a href="https://click.mail.hollowbrook.example/ls/click?upn=8fQ2xK9pLm-2BsT4vW7yZ1aB3cD5eF&amp;u=4471" style="background:#2d4a3e;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px">Sign in to my account</a></td></tr>
<tr><td style="padding:12px 32px;font-size:13px;color:#666">This link works once and expires at 14:35 (GMT) today, 30 November 2026.<br>If you didn't ask for this, you can ignore this email.</td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#999;border-top:1px solid #eee">Hollowbrook Library Services Ltd, Registered in England and Wales No. 09348812<br>3 Quayside Walk, Bristol BS1 4QA<br><a href="https://click.mail.hollowbrook.example/ls/click?upn=prefs77Qa&amp;u=4471" style="color:#999">Manage email preferences</a></td></tr>
</table></td></tr></table></body></html>""",
     codes=[], link="https://click.mail.hollowbrook.example/ls/click?upn=8fQ2xK9pLm-2BsT4vW7yZ1aB3cD5eF&u=4471"),

# 3 en-IN OTP with order no, amount, hotline
dict(lang="en", subject="OTP for your order #OD4410928371 on KiranKart",
     text="""Dear Customer,

Your One Time Password (OTP) to confirm Cash on Delivery for order #OD4410928371 of Rs. 2,349.00 is 7731.

OTP is valid for 15 minutes. Please do not share this OTP with anyone, including KiranKart staff.

For any queries call our 24x7 helpline 1800-419-2277 or write to care@kirankart.example.

Regards,
Team KiranKart
KiranKart Retail Pvt. Ltd. | CIN: U52399KA2019PTC127734 | GSTIN: 29AAJCK4417M1Z8
No. 42, 3rd Cross, Koramangala 5th Block, Bengaluru 560095
""",
     codes=["7731"], link=None),

# 4 en-AU shipping notice, neither
dict(lang="en", subject="Your order's on its way - Koala Crate #KC-208841",
     html="""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;background:#fafafa">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px;background:#f7b32b;font-size:22px;font-weight:bold">Koala Crate</td></tr>
<tr><td style="padding:20px">G'day Lachlan,<br><br>Good news &ndash; order <b>#KC-208841</b> left our Alexandria warehouse on Mon 30 Nov at 11:42am.</td></tr>
<tr><td style="padding:0 20px"><table cellpadding="6" style="font-size:14px;border:1px solid #ddd">
<tr><td>Carrier</td><td>Southern Star Couriers</td></tr>
<tr><td>Tracking no.</td><td>SSC 3304 9981 27AU</td></tr>
<tr><td>Estimated delivery</td><td>Thu 3 Dec &ndash; Fri 4 Dec</td></tr>
<tr><td>Delivering to</td><td>Unit 4, 19 Banksia St, Marrickville NSW 2204</td></tr>
</table></td></tr>
<tr><td style="padding:20px" align="center"><a href="https://track.koalacrate.example/t/SSC3304998127AU" style="background:#333;color:#fff;padding:10px 22px;text-decoration:none">Track my parcel</a></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888">Koala Crate Pty Ltd ABN 61 604 228 193 &middot; Questions? 1300 562 204 &middot; <a href="https://koalacrate.example/unsubscribe?u=88123">Unsubscribe</a></td></tr>
</table></body></html>""",
     codes=[], link=None),

# 5 en-NG bank OTP
dict(lang="en", subject="Transaction OTP - Zenora Microfinance Bank",
     text="""Dear OLUWASEUN ADEBAYO,

You initiated a transfer of NGN 85,000.00 to CHIDI OKAFOR (0123984471) on 30-Nov-2026 at 19:04.

Your OTP is 30918476

This OTP expires in 5 minutes. Zenora MFB will NEVER call you to ask for your OTP, PIN or password.

Transaction Ref: ZMB/TRF/2611300198844
Available balance: NGN 212,455.60

If you did not initiate this transaction, call 0700-936-6722 immediately.

Zenora Microfinance Bank Ltd. Licensed by the Central Bank. RC 1584229.
12 Adeola Odeku Street, Victoria Island, Lagos.
""",
     codes=["30918476"], link=None),

# 6 en-US code + verify link
dict(lang="en", subject="Verify your email for Tallyho",
     text="""Welcome to Tallyho!

Enter this code in the app to verify your email:

    K7P-2QX

Or click the link below:
https://app.tallyho.example/verify-email?token=eyJ1aWQiOjU1MTAyLCJlIjoiZGFuQGluYm94LmV4YW1wbGUifQ.xY3k9

The code and link expire in 24 hours.

-- The Tallyho team
Tallyho Labs, 500 Congress Ave #1200, Austin, TX 78701
""",
     html="""<!doctype html><html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1c1c1c">
<div style="max-width:520px;margin:0 auto;padding:32px">
<h1 style="font-size:22px">Welcome to Tallyho!</h1>
<p>Enter this code in the app to verify your email:</p>
<p style="font-size:30px;font-family:monospace;letter-spacing:4px;background:#f1f3f5;padding:14px;text-align:center">K7P-2QX</p>
<p>Or just click the button:</p>
<p><a href="https://app.tallyho.example/verify-email?token=eyJ1aWQiOjU1MTAyLCJlIjoiZGFuQGluYm94LmV4YW1wbGUifQ.xY3k9" style="display:inline-block;background:#5b3df5;color:#fff;padding:11px 20px;border-radius:6px;text-decoration:none">Verify email</a></p>
<p style="color:#777;font-size:13px">The code and link expire in 24 hours.</p>
<p style="color:#aaa;font-size:11px">Tallyho Labs, 500 Congress Ave #1200, Austin, TX 78701</p>
</div></body></html>""",
     codes=["K7P-2QX"], link="https://app.tallyho.example/verify-email?token=eyJ1aWQiOjU1MTAyLCJlIjoiZGFuQGluYm94LmV4YW1wbGUifQ.xY3k9"),

# 7 en-US newsletter with promo code
dict(lang="en", subject="Cyber Monday: 30% off everything with code WARM30",
     html="""<html><body style="margin:0;background:#101820">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff">
<tr><td><a href="https://e.threadnest.example/c/aa91?r=hero"><img src="https://img.threadnest.example/cm26/hero.jpg" width="600" alt="Cyber Monday"></a></td></tr>
<tr><td style="padding:24px;font-family:Helvetica,Arial;text-align:center">
<p style="font-size:28px;font-weight:bold;margin:0">30% OFF EVERYTHING</p>
<p>Use code <span style="font-weight:bold;border:2px dashed #000;padding:4px 10px">WARM30</span> at checkout. Ends 11:59pm PT, Dec 1.</p>
<p><a href="https://e.threadnest.example/c/aa92?r=shop" style="background:#000;color:#fff;padding:12px 30px;text-decoration:none">SHOP NOW</a></p>
<p style="font-size:12px;color:#666">Free shipping on orders $75+. Excludes gift cards. Limit one per customer.</p>
</td></tr>
<tr><td style="padding:16px;font-size:10px;color:#999;font-family:Arial">ThreadNest, 2211 NW Flanders St, Portland, OR 97210. You're receiving this because you signed up at threadnest.example. <a href="https://e.threadnest.example/u/aa93">Unsubscribe</a> | <a href="https://threadnest.example/privacy">Privacy</a></td></tr>
</table></td></tr></table></body></html>""",
     codes=[], link=None),

# 8 en-GB approve / deny sign-in
dict(lang="en", subject="Was this you? New sign-in to Quillstone",
     html="""<!doctype html><html><body style="font-family:Arial,sans-serif;background:#eef1f4">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px">
<tr><td style="padding:24px 30px;font-size:20px;font-weight:bold;color:#1b365d">Quillstone</td></tr>
<tr><td style="padding:0 30px;font-size:15px;line-height:1.5">We spotted a sign-in attempt on your account from a device we don't recognise:</td></tr>
<tr><td style="padding:14px 30px"><table style="font-size:14px;background:#f7f7f7;width:100%" cellpadding="8">
<tr><td>Device</td><td>Chrome 131 on Windows 11</td></tr>
<tr><td>Location</td><td>Leeds, United Kingdom (approx.)</td></tr>
<tr><td>IP address</td><td>203.0.113.58</td></tr>
<tr><td>Time</td><td>30 Nov 2026, 19:52 GMT</td></tr></table></td></tr>
<tr><td style="padding:10px 30px 24px">
<table cellpadding="0" cellspacing="0"><tr>
<td style="background:#1f7a3a;border-radius:4px"><a href="https://quillstone.example/auth/approve?req=r_8KQ21vZt0Wm&amp;sig=4e1f09" style="display:block;color:#fff;padding:11px 22px;text-decoration:none">Yes, it was me</a></td>
<td width="12"></td>
<td style="background:#b3261e;border-radius:4px"><a href="https://quillstone.example/auth/deny?req=r_8KQ21vZt0Wm&amp;sig=4e1f09" style="display:block;color:#fff;padding:11px 22px;text-decoration:none">No, block it</a></td>
</tr></table></td></tr>
<tr><td style="padding:0 30px 24px;font-size:12px;color:#777">The request expires in 10 minutes. Need help? <a href="https://help.quillstone.example/signin">Visit our help centre</a>.<br>Quillstone Ltd &middot; Company No. 11827345 &middot; 88 Wellington St, Leeds LS1 4LT</td></tr>
</table></body></html>""",
     codes=[], link="https://quillstone.example/auth/approve?req=r_8KQ21vZt0Wm&sig=4e1f09"),

# 9 es-ES per-digit boxes
dict(lang="es", subject="Tu código de verificación de Lumbre",
     html="""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="background:#f5f5f5;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="540" style="background:#fff;border-radius:8px">
<tr><td style="padding:30px 36px 10px;font-size:22px;color:#e4572e;font-weight:bold">lumbre</td></tr>
<tr><td style="padding:0 36px;font-size:15px;color:#333">Hola Nuria:<br><br>Introduce el siguiente código para verificar tu cuenta. Caduca en 15 minutos.</td></tr>
<tr><td align="center" style="padding:26px 0">
<table role="presentation" cellspacing="6"><tr>
<td style="border:1px solid #ccc;width:42px;height:52px;text-align:center;font-size:26px;font-weight:bold">5</td>
<td style="border:1px solid #ccc;width:42px;height:52px;text-align:center;font-size:26px;font-weight:bold">0</td>
<td style="border:1px solid #ccc;width:42px;height:52px;text-align:center;font-size:26px;font-weight:bold">8</td>
<td style="border:1px solid #ccc;width:42px;height:52px;text-align:center;font-size:26px;font-weight:bold">2</td>
<td style="border:1px solid #ccc;width:42px;height:52px;text-align:center;font-size:26px;font-weight:bold">7</td>
<td style="border:1px solid #ccc;width:42px;height:52px;text-align:center;font-size:26px;font-weight:bold">6</td>
</tr></table></td></tr>
<tr><td style="padding:0 36px 24px;font-size:13px;color:#777">Si no has solicitado este código, ignora este mensaje. Nunca te pediremos este código por teléfono.</td></tr>
<tr><td style="padding:18px 36px;font-size:10px;color:#999;border-top:1px solid #eee">Lumbre Energía Compartida, S.L. &ndash; CIF B-87654321 &ndash; C/ de Alcalá 214, 3.º B, 28028 Madrid. Inscrita en el Registro Mercantil de Madrid, Tomo 38.412, Folio 120, Hoja M-682211. Conforme al RGPD (UE) 2016/679, puedes ejercer tus derechos escribiendo a privacidad@lumbre.example.</td></tr>
</table></td></tr></table></body></html>""",
     codes=["508276"], link=None),

# 10 es-MX confirm email
dict(lang="es", subject="Confirma tu correo electrónico",
     text="""¡Hola, Rodrigo!

Gracias por registrarte en Tianguis Digital. Para activar tu cuenta, confirma tu correo en el siguiente enlace:

https://tianguisdigital.example/cuenta/confirmar/7f3c2a91-44be-4d0e-9b1a-0c5e77d21f80

El enlace vence en 48 horas.

¿Dudas? Escríbenos por WhatsApp al 55 4120 8877 (lunes a sábado, 9:00 a 19:00 h).

Tianguis Digital S.A.P.I. de C.V. · RFC TDI190305KM2 · Av. Insurgentes Sur 1605, Piso 8, Col. San José Insurgentes, C.P. 03900, CDMX
Aviso de privacidad: https://tianguisdigital.example/privacidad
""",
     codes=[], link="https://tianguisdigital.example/cuenta/confirmar/7f3c2a91-44be-4d0e-9b1a-0c5e77d21f80"),

# 11 es-AR factura, neither
dict(lang="es", subject="Tu factura de noviembre ya está disponible - Cuenta N° 40018827",
     text="""Hola Martina,

Ya podés ver tu factura de Pampa Fibra correspondiente a noviembre 2026.

Número de cuenta: 40018827
Factura B N° 0004-00218874
Período: 01/11/2026 al 30/11/2026
Total a pagar: $ 18.749,90
Vencimiento: 12/12/2026
CAE: 76483920184455

Pagala desde Mi Cuenta: https://micuenta.pampafibra.example/facturas/0004-00218874
O con código de pago electrónico 5500400188270

Ante cualquier consulta, llamá al 0810-555-7262.

Pampa Fibra S.A. - CUIT 30-71234567-8 - Av. Corrientes 1847, C1045AAB, CABA
""",
     codes=[], link=None),

# 12 es-CO code before words
dict(lang="es", subject="Código de acceso",
     text="""731 804

Es tu código de acceso a Cafetal Pagos. Vence en 3 minutos.

Si no intentaste ingresar, comunícate con nosotros a la línea 601 744 9020 o desde celular #322.

Cafetal Pagos S.A.S. NIT 901.334.882-1 · Calle 93 # 11-27, Bogotá D.C.
""",
     codes=["731804"], link=None),

# 13 es-ES password reset
dict(lang="es", subject="Restablece tu contraseña",
     html="""<!doctype html><html><body style="font-family:Verdana,sans-serif;font-size:14px;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="20" style="border:1px solid #e2e2e2">
<tr><td><b style="font-size:18px">Bicinorte</b></td></tr>
<tr><td>Hola, Íñigo:<br><br>Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de Bicinorte (abonado n.º 0038812).<br><br>
Pulsa el botón para elegir una nueva contraseña:<br><br>
<a href="https://bicinorte.example/r/pw?t=Zk3Lq9Wm2Xa7Rt&amp;utm_source=email&amp;utm_medium=transaccional" style="background:#0a7d5a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Restablecer contraseña</a><br><br>
El enlace caduca en 1 hora. Si no lo has pedido tú, no hagas nada: tu contraseña actual seguirá funcionando.</td></tr>
<tr><td style="font-size:11px;color:#888">Atención al cliente: 944 123 450 &middot; <a href="https://bicinorte.example/ayuda">Centro de ayuda</a><br>Bicinorte Movilidad, S.A. &middot; A-95112233 &middot; Gran Vía 45, 48011 Bilbao</td></tr>
</table></td></tr></table></body></html>""",
     codes=[], link="https://bicinorte.example/r/pw?t=Zk3Lq9Wm2Xa7Rt&utm_source=email&utm_medium=transaccional"),

# 14 pt-BR code with Pix amount
dict(lang="pt", subject="Código de segurança para confirmar seu Pix",
     text="""Olá, Thiago!

Você está fazendo um Pix de R$ 1.250,00 para MERCADINHO BOA VISTA LTDA em 30/11/2026 às 17:22.

Seu código de segurança: 664 019

Digite o código no app para concluir. Ele vale por 2 minutos.

Não compartilhe este código. O Banco Jabuti nunca pede códigos por telefone, WhatsApp ou e-mail.

Central de atendimento: 4003-2281 (capitais) / 0800 725 4410 (demais localidades)
Ouvidoria: 0800 725 4411

Banco Jabuti S.A. - CNPJ 12.345.678/0001-90 - Av. Paulista, 1374, 12º andar, São Paulo/SP, CEP 01310-100
""",
     codes=["664019"], link=None),

# 15 pt-PT activate account
dict(lang="pt", subject="Ative a sua conta Mercearia do Bairro",
     text="""Olá Inês,

Obrigado por se registar na Mercearia do Bairro. Falta apenas um passo: ative a sua conta.

Ativar conta:
https://merceariadobairro.example/ativar?c=8a91f2&k=Hh71LpQz0w

Se o botão não funcionar, copie e cole a ligação acima no seu navegador.

Cumprimentos,
Equipa Mercearia do Bairro
Rua de Santa Catarina 312, 4000-443 Porto | NIF 514 882 309 | Apoio: 220 118 447 (chamada para a rede fixa nacional)
""",
     html="""<html><body style="font-family:Arial">
<table width="560" align="center" cellpadding="16"><tr><td>
<p>Olá Inês,</p>
<p>Obrigado por se registar na Mercearia do Bairro. Falta apenas um passo: ative a sua conta.</p>
<p align="center"><a href="https://merceariadobairro.example/ativar?c=8a91f2&amp;k=Hh71LpQz0w" style="background:#c0392b;color:#fff;padding:12px 24px;text-decoration:none">Ativar conta</a></p>
<p>Cumprimentos,<br>Equipa Mercearia do Bairro</p>
<p style="font-size:11px;color:#888">Rua de Santa Catarina 312, 4000-443 Porto | NIF 514 882 309 | Apoio: 220 118 447 (chamada para a rede fixa nacional)</p>
</td></tr></table></body></html>""",
     codes=[], link="https://merceariadobairro.example/ativar?c=8a91f2&k=Hh71LpQz0w"),

# 16 pt-BR order shipped
dict(lang="pt", subject="Seu pedido 1029384-01 foi enviado! 📦",
     text="""Oi, Larissa!

Seu pedido nº 1029384-01 saiu do nosso centro de distribuição em Extrema/MG e já está com a transportadora.

Código de rastreio: QB482019334BR
Previsão de entrega: até 07/12/2026
Valor total: R$ 389,70 (3x de R$ 129,90 sem juros no cartão final 4471)

Acompanhe a entrega:
https://loja.casacaju.example/pedidos/1029384-01/rastreio

Endereço: Rua das Palmeiras, 88, apto 42 - Jardim Botânico - Curitiba/PR - CEP 80210-170

Casa Caju Comércio Eletrônico Ltda. - CNPJ 33.221.908/0001-44
""",
     codes=[], link=None),

# 17 fr-FR code in subject + long legal footer
dict(lang="fr", subject="[Mutuelle Azur] 291 774 : votre code de connexion",
     text="""Bonjour Madame Lefèvre,

Votre code de connexion à votre espace adhérent est : 291774

Ce code est valable 10 minutes et ne peut être utilisé qu'une seule fois.
Pour votre sécurité, ne le communiquez jamais, même à un conseiller Mutuelle Azur.

N° adhérent : 7700 1834 22
Demande effectuée le 30/11/2026 à 20:01.

Cordialement,
Le service adhérents
09 70 82 44 10 (appel non surtaxé), du lundi au vendredi de 8h30 à 18h

--
Mutuelle Azur, mutuelle soumise aux dispositions du livre II du Code de la mutualité, immatriculée au répertoire SIRENE sous le n° 781 234 567. Siège social : 14 boulevard Gambetta, 06000 Nice. Conformément au Règlement général sur la protection des données et à la loi Informatique et Libertés du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et de portabilité de vos données, ainsi que d'un droit d'opposition, que vous pouvez exercer auprès de notre délégué à la protection des données : dpo@mutuelle-azur.example ou par courrier à l'adresse du siège. Vous pouvez également introduire une réclamation auprès de la CNIL. Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire.
""",
     codes=["291774"], link=None),

# 18 fr-CA team invitation
dict(lang="fr", subject="Geneviève vous invite à rejoindre l'équipe « Érablière Nord » sur Chantier+",
     html="""<!doctype html><html lang="fr-CA"><body style="font-family:Helvetica,Arial;background:#f4f6f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:28px 32px 8px;font-size:20px;font-weight:bold">Chantier+</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:1.55">Bonjour,<br><br><b>Geneviève Tremblay</b> (g.tremblay@erabliere-nord.example) vous invite à rejoindre l'équipe <b>Érablière Nord</b> sur Chantier+ pour suivre les bons de travail et les feuilles de temps.</td></tr>
<tr><td style="padding:20px 32px" align="left"><a href="https://go.chantierplus.example/t/inv?d=YWNjZXB0OjkxMjQ0OmE3ZjE&amp;m=55" style="background:#e8590c;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none;font-weight:bold">Accepter l'invitation</a></td></tr>
<tr><td style="padding:0 32px 20px;font-size:13px;color:#666">Cette invitation expire le 7 décembre 2026. Vous ne connaissez pas cette personne? Vous pouvez ignorer ce courriel.</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee">Chantier+ inc., 1250, boul. René-Lévesque O., bureau 2200, Montréal (Québec) H3B 4W8 &middot; 1 888 555-0142<br><a href="https://chantierplus.example/desabonnement?m=55" style="color:#999">Se désabonner</a></td></tr>
</table></td></tr></table></body></html>""",
     codes=[], link="https://go.chantierplus.example/t/inv?d=YWNjZXB0OjkxMjQ0OmE3ZjE&m=55"),

# 19 fr-BE invoice with VAT, neither
dict(lang="fr", subject="Votre facture n° 2026/11/004871",
     text="""Madame, Monsieur,

Veuillez trouver ci-joint votre facture n° 2026/11/004871 du 30/11/2026.

Client n° : 10442871
Montant HTVA : 82,64 EUR
TVA 21 % : 17,36 EUR
Total TVAC : 100,00 EUR
Échéance : 15/12/2026

Merci d'effectuer le paiement sur le compte BE71 0961 2345 6769 (BIC GKCCBEBB) avec la communication structurée +++104/4287/10053+++.

Pour toute question : 02 555 18 30 ou facturation@wallonet.example

WalloNet SRL – Rue de la Station 27, 5000 Namur – TVA BE 0712.345.678 – RPM Liège, division Namur
""",
     codes=[], link=None),

# 20 fr-FR 2FA alnum code with dash
dict(lang="fr", subject="Code de vérification en deux étapes",
     html="""<html><body style="font-family:Arial;background:#fff">
<div style="max-width:500px;margin:auto;padding:24px;border:1px solid #ddd">
<p style="font-size:13px;color:#888">Atelier Ruche &middot; Sécurité du compte</p>
<p>Bonjour Julien,</p>
<p>Voici votre code de vérification en deux étapes. Saisissez-le tel quel, tiret compris :</p>
<div style="font-family:Courier New,monospace;font-size:28px;letter-spacing:6px;text-align:center;padding:18px;background:#fff8e1;border:1px dashed #e0a800">HB4-7MZ9</div>
<p style="font-size:13px">Demandé le 30 novembre 2026 à 21:03 (heure de Paris) depuis Firefox, Lyon.</p>
<p style="font-size:13px">Ce n'était pas vous ? <a href="https://atelierruche.example/securite/pas-moi?e=8812">Sécurisez votre compte</a>.</p>
<p style="font-size:10px;color:#aaa">Atelier Ruche SAS au capital de 12 000 € &ndash; RCS Lyon 901 223 445 &ndash; 8 rue Mercière, 69002 Lyon</p>
</div></body></html>""",
     codes=["HB4-7MZ9"], link=None),

# 21 de-DE code with Impressum
dict(lang="de", subject="Ihr Bestätigungscode für Stadtwerk Kundenportal",
     text="""Guten Tag Herr Krüger,

Sie haben sich soeben im Kundenportal angemeldet. Bitte geben Sie zur Bestätigung folgenden Code ein:

Bestätigungscode: 83 07 41

Der Code ist 15 Minuten gültig.

Vertragskonto: 2100 4477 1893
Zählernummer: 1ESY1160712345

Sollten Sie diese Anmeldung nicht veranlasst haben, ändern Sie bitte umgehend Ihr Passwort.

Mit freundlichen Grüßen
Ihr Kundenservice
Telefon 0800 123 45 67 (kostenfrei)

--
Stadtwerk Lindenau GmbH · Bahnhofstraße 12 · 04179 Leipzig
Geschäftsführung: Dr. Petra Ohm, Markus Feld
Amtsgericht Leipzig HRB 31772 · USt-IdNr. DE 812 345 678
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
     codes=["830741"], link=None),

# 22 de-AT confirm email
dict(lang="de", subject="Bitte bestätige deine E-Mail-Adresse",
     html="""<!DOCTYPE html><html lang="de-AT"><body style="font-family:Arial;background:#f0f0f0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px 0">
<tr><td style="padding:24px 30px;background:#c8102e;color:#fff;font-size:20px;font-weight:bold">Beislfinder</td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:1.5">Servus Florian!<br><br>Schön, dass du dabei bist. Bitte bestätige noch kurz deine E-Mail-Adresse, damit wir dein Konto freischalten können.</td></tr>
<tr><td style="padding:0 30px 24px"><a href="https://beislfinder.example/u/bestaetigen?uid=30418&amp;h=9b1c7e2fa04d" style="display:inline-block;background:#222;color:#fff;padding:12px 24px;text-decoration:none">E-Mail-Adresse bestätigen</a></td></tr>
<tr><td style="padding:0 30px 20px;font-size:12px;color:#777">Funktioniert der Button nicht? Kopiere diesen Link in deinen Browser:<br>https://beislfinder.example/u/bestaetigen?uid=30418&amp;h=9b1c7e2fa04d</td></tr>
<tr><td style="padding:16px 30px;font-size:10px;color:#999;border-top:1px solid #ddd">Beislfinder e.U. · Neubaugasse 44/7 · 1070 Wien · FN 512345 x · Handelsgericht Wien · UID ATU71234567</td></tr>
</table></td></tr></table></body></html>""",
     codes=[], link="https://beislfinder.example/u/bestaetigen?uid=30418&h=9b1c7e2fa04d"),

# 23 de-CH invoice, neither
dict(lang="de", subject="Rechnung 2026-118842 – Alpenhost",
     text="""Grüezi Frau Baumann

Anbei erhalten Sie Ihre Rechnung für den Zeitraum 01.12.2026 – 30.11.2027.

Rechnungsnummer: 2026-118842
Kundennummer: 40871
Produkt: Webhosting Plus (Domain baumann-praxis.example)
Betrag: CHF 238.00 inkl. 8.1 % MWST (CHF 17.81)
Zahlbar bis: 30.12.2026

QR-Rechnung im Anhang. IBAN: CH44 3199 9123 0008 8901 2

Kundenportal:
https://my.alpenhost.example/rechnungen/2026-118842

Freundliche Grüsse
Alpenhost AG · Seestrasse 91 · 8002 Zürich · CHE-123.456.789 MWST · +41 44 555 21 90
""",
     codes=[], link=None),

# 24 de-DE code + magic link
dict(lang="de", subject="Dein Anmeldelink für Lernwerk",
     text="""Hallo Jana,

klicke auf den folgenden Link, um dich bei Lernwerk anzumelden:

https://lernwerk.example/login/magic?token=mL8tQ2vN7xR4pK1s

Du nutzt ein anderes Gerät? Dann gib dort einfach diesen Code ein:

QTR-884

Link und Code sind 20 Minuten gültig.

Viele Grüße
dein Lernwerk-Team
""",
     html="""<html><body style="font-family:Arial;color:#333">
<table width="520" align="center" cellpadding="14"><tr><td>
<p>Hallo Jana,</p>
<p>klicke auf den Button, um dich bei Lernwerk anzumelden:</p>
<p><a href="https://lernwerk.example/login/magic?token=mL8tQ2vN7xR4pK1s" style="background:#1565c0;color:#fff;padding:10px 20px;text-decoration:none;border-radius:20px">Jetzt anmelden</a></p>
<p>Du nutzt ein anderes Gerät? Dann gib dort einfach diesen Code ein:</p>
<p style="font-size:26px;font-weight:bold;letter-spacing:3px">QTR-884</p>
<p style="font-size:12px;color:#888">Link und Code sind 20 Minuten gültig.</p>
<p>Viele Grüße<br>dein Lernwerk-Team</p>
</td></tr></table></body></html>""",
     codes=["QTR-884"], link="https://lernwerk.example/login/magic?token=mL8tQ2vN7xR4pK1s"),

# 25 it code
dict(lang="it", subject="Codice OTP per l'accesso - Farmacia Sole",
     text="""Gentile cliente,

il tuo codice OTP per accedere all'area riservata è 40 82 17 .

Il codice scade tra 5 minuti. Non comunicarlo a nessuno.

Ordine in corso: n. FS-2026-77310 – Totale € 46,80 – Ritiro previsto il 02/12/2026 dalle 15:30

Per assistenza: 02 8734 1190 (lun-ven 9-18)

Farmacia Sole S.r.l. – Via Torino 58, 20123 Milano – P.IVA 09876543210 – REA MI-2101234
Questa e-mail è generata automaticamente, si prega di non rispondere.
""",
     codes=["408217"], link=None),

# 26 it reset link (plain)
dict(lang="it", subject="Reimpostazione password",
     text="""Ciao Federica,

abbiamo ricevuto una richiesta di reimpostazione della password per il tuo account Pastaio.

Per scegliere una nuova password apri questo link:
https://account.pastaio.example/password/nuova?rt=c2F0dXJuLTQ0MTg4LTIwMjY&exp=1796068800

Il link è valido per 60 minuti.

Se non hai richiesto tu la reimpostazione, ignora questa e-mail.

Il team Pastaio
Assistenza: https://pastaio.example/aiuto
""",
     codes=[], link="https://account.pastaio.example/password/nuova?rt=c2F0dXJuLTQ0MTg4LTIwMjY&exp=1796068800"),

# 27 nl code in big box far from words
dict(lang="nl", subject="Je inlogcode",
     html="""<!doctype html><html lang="nl"><body style="margin:0;background:#eaf2f8;font-family:Arial">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:22px 30px;font-size:19px;font-weight:bold;color:#00558c">Fietsdelen Utrecht</td></tr>
<tr><td style="padding:0 30px;font-size:15px">Hoi Sanne,<br><br>Je probeert in te loggen in de app. Gebruik de onderstaande code. De code is 10 minuten geldig.</td></tr>
<tr><td style="padding:14px 30px;font-size:13px;color:#666">Tijdstip: 30-11-2026 21:07<br>Apparaat: iPhone 15<br>Klantnummer: 3019-4472</td></tr>
<tr><td style="padding:8px 30px;font-size:13px;color:#666">Was jij dit niet? Bel ons op 030 220 48 90.</td></tr>
<tr><td align="center" style="padding:30px 0"><div style="display:inline-block;background:#00558c;color:#fff;font-size:34px;font-weight:bold;padding:18px 36px;letter-spacing:10px">9 1 4 0 5 3</div></td></tr>
<tr><td style="padding:16px 30px;font-size:10px;color:#999">Fietsdelen Utrecht B.V. · Vredenburg 40, 3511 BD Utrecht · KvK 81234567 · btw NL862345678B01</td></tr>
</table></td></tr></table></body></html>""",
     codes=["914053"], link=None),

# 28 nl order confirmation, neither
dict(lang="nl", subject="Bedankt voor je bestelling #NL-55102",
     text="""Hoi Daan,

Bedankt voor je bestelling bij Koffiekamer! We gaan direct voor je aan de slag.

Bestelnummer: NL-55102
Besteldatum: 30 november 2026, 18:44
2x Bonen Huismelange 1 kg à € 24,95
1x Filterpapier 102 (80 st.) € 3,49
Verzendkosten: € 0,00
Totaal: € 53,39 (incl. € 4,41 btw)
Betaald met iDEAL

Bezorgadres: Oudegracht 210-bis, 3511 NR Utrecht

Je bestelling bekijken:
https://koffiekamer.example/account/bestellingen/NL-55102

Koffiekamer V.O.F. · KvK 70011223 · klantenservice 085 303 77 10
""",
     codes=[], link=None),

# 29 pl code SMS-like with order details
dict(lang="pl", subject="Kod weryfikacyjny: 5521 0937",
     text="""Twój kod weryfikacyjny: 5521 0937

Wpisz go, aby potwierdzić zmianę numeru telefonu na +48 601 *** 218.

Kod ważny 10 minut. Nikomu go nie przekazuj.

Polkarta Sp. z o.o., ul. Prosta 68, 00-838 Warszawa, KRS 0000712345, NIP 527-28-11-902, kapitał zakładowy 50 000 zł.
""",
     codes=["55210937"], link=None),

# 30 pl activation link via tracker
dict(lang="pl", subject="Aktywuj swoje konto w Księgarni Wrzos",
     html="""<html><body style="font-family:Tahoma,Arial;background:#f7f4ef">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px;font-size:20px;color:#6a3d9a;font-weight:bold">Księgarnia Wrzos</td></tr>
<tr><td style="padding:0 24px 12px">Dzień dobry, Pani Agnieszko!<br><br>Dziękujemy za założenie konta. Kliknij poniższy przycisk, aby je aktywować. Link jest ważny przez 72 godziny.</td></tr>
<tr><td style="padding:12px 24px"><a href="https://trk.wrzos.example/c/3f9a1?url=https%3A%2F%2Fwrzos.example%2Faktywacja%3Fk%3Da81d7c2e&amp;cid=9921" style="background:#6a3d9a;color:#fff;padding:12px 26px;text-decoration:none">Aktywuj konto</a></td></tr>
<tr><td style="padding:12px 24px;font-size:13px">Na dobry początek mamy dla Pani rabat 10% z kodem <b>WITAJ10</b> (ważny do 31.12.2026).</td></tr>
<tr><td style="padding:16px 24px;font-size:10px;color:#999">Księgarnia Wrzos Sp. z o.o., ul. Floriańska 14, 31-021 Kraków, NIP 676-25-33-118, REGON 381234560. <a href="https://trk.wrzos.example/u/9921">Wypisz się</a></td></tr>
</table></body></html>""",
     codes=[], link="https://trk.wrzos.example/c/3f9a1?url=https%3A%2F%2Fwrzos.example%2Faktywacja%3Fk%3Da81d7c2e&cid=9921"),

# 31 sk code
dict(lang="sk", subject="Overovací kód pre prihlásenie",
     text="""Dobrý deň,

na prihlásenie do Moja Tatrapoisťovňa použite tento jednorazový kód:

  7 2 6 4 1 9

Platnosť kódu: 5 minút (do 20:17 hod.).

Číslo zmluvy: 4410228871
Ak ste sa neprihlasovali vy, kontaktujte nás na 0850 111 477.

Tatrapoisťovňa, a.s., Mlynské nivy 44, 821 09 Bratislava, IČO: 35 712 345, zapísaná v OR Mestského súdu Bratislava III, odd. Sa, vl. č. 1234/B
""",
     codes=["726419"], link=None),

# 32 sl confirm link
dict(lang="sl", subject="Potrdite svoj e-poštni naslov",
     text="""Pozdravljeni, Matej!

Hvala za registracijo v spletni trgovini Zelenjavček. Za dokončanje registracije potrdite svoj e-poštni naslov:

https://zelenjavcek.example/registracija/potrdi/ZV-8c21f7d940

Povezava velja 24 ur.

Lep pozdrav,
ekipa Zelenjavček
Zelenjavček d.o.o., Celovška cesta 150, 1000 Ljubljana, ID za DDV: SI12345678
""",
     codes=[], link="https://zelenjavcek.example/registracija/potrdi/ZV-8c21f7d940"),

# 33 hr code
dict(lang="hr", subject="Vaš jednokratni kod",
     html="""<html><body style="font-family:Arial;background:#fff">
<table width="540" align="center" cellpadding="12" style="border:1px solid #ccd">
<tr><td style="background:#0b3d91;color:#fff;font-weight:bold">Jadran eRačun</td></tr>
<tr><td>Poštovani,<br><br>za potvrdu plaćanja računa br. 2611-004418 u iznosu od 64,25 EUR unesite jednokratni kod:</td></tr>
<tr><td align="center"><span style="font-size:30px;font-weight:bold;letter-spacing:2px">38</span>&nbsp;<span style="font-size:30px;font-weight:bold;letter-spacing:2px">61</span>&nbsp;<span style="font-size:30px;font-weight:bold;letter-spacing:2px">05</span></td></tr>
<tr><td style="font-size:13px;color:#555">Kod vrijedi 3 minute. Nikome ga ne prosljeđujte.<br>Korisnička podrška: 01 6400 220</td></tr>
<tr><td style="font-size:10px;color:#999">Jadran eRačun d.o.o., Ilica 242, 10000 Zagreb, OIB: 12345678901, MBS: 081234567, upisano u sudski registar Trgovačkog suda u Zagrebu.</td></tr>
</table></body></html>""",
     codes=["386105"], link=None),

# 34 lt code
dict(lang="lt", subject="Jūsų patvirtinimo kodas – 6620",
     text="""Sveiki,

Jūsų patvirtinimo kodas: 6620

Įveskite jį programėlėje „Gintarinė kortelė", kad patvirtintumėte registraciją. Kodas galioja 30 minučių.

Jei registracijos neatlikote, šį laišką ignoruokite.

UAB „Gintarinė kortelė", Gedimino pr. 20, LT-01103 Vilnius, įmonės kodas 305123456, PVM kodas LT100012345611
Tel. +370 5 219 8844
""",
     codes=["6620"], link=None),

# 35 lv reset link
dict(lang="lv", subject="Paroles atjaunošana",
     html="""<html><body style="font-family:Arial">
<table width="560" align="center" cellpadding="14">
<tr><td style="font-size:20px;font-weight:bold;color:#9e1b32">Dzintarbode</td></tr>
<tr><td>Labdien, Elīna!<br><br>Saņēmām pieprasījumu atjaunot Jūsu paroli. Lai izveidotu jaunu paroli, spiediet uz pogas zemāk.</td></tr>
<tr><td><a href="https://dzintarbode.example/parole/atjaunot?t=Lq7Pz3Vw91&amp;lang=lv" style="background:#9e1b32;color:#fff;padding:11px 22px;text-decoration:none">Atjaunot paroli</a></td></tr>
<tr><td style="font-size:13px;color:#666">Saite ir derīga 2 stundas. Ja pieprasījumu neveicāt Jūs, vienkārši ignorējiet šo e-pastu.</td></tr>
<tr><td style="font-size:10px;color:#999">SIA „Dzintarbode", Brīvības iela 77, Rīga, LV-1001, reģ. Nr. 40103123456. Klientu atbalsts: +371 67 123 456</td></tr>
</table></body></html>""",
     codes=[], link="https://dzintarbode.example/parole/atjaunot?t=Lq7Pz3Vw91&lang=lv"),

# 36 et code
dict(lang="et", subject="Sinu kinnituskood on 174 552",
     text="""Tere!

Sinu kinnituskood on 174 552

Sisesta kood rakenduses Kilukaart. Kood kehtib 10 minutit.

Kui sa ei soovinud koodi, võid selle kirja lihtsalt eirata.

Kilukaart OÜ, Narva mnt 7, 10117 Tallinn, registrikood 14812345
""",
     codes=["174552"], link=None),

# 37 nb newsletter neither
dict(lang="nb", subject="Nytt i desember: julebord-menyer og åpningstider",
     html="""<html><body style="font-family:Georgia;background:#fdf8f2">
<table width="600" align="center" cellpadding="18" style="background:#fff">
<tr><td style="font-size:26px;text-align:center">Fjordkjøkkenet</td></tr>
<tr><td>Hei Ingrid!<br><br>Desember nærmer seg, og vi har satt sammen tre julebordmenyer fra kr 695,- per person. Bestill bord for grupper på 8 eller flere før 10. desember og få gratis aperitiff.</td></tr>
<tr><td><b>Åpningstider i jula</b><br>23.12: 12:00&ndash;22:00<br>24.12&ndash;26.12: Stengt<br>27.12&ndash;30.12: 16:00&ndash;23:00</td></tr>
<tr><td align="center"><a href="https://fjordkjokkenet.example/bestill?utm_campaign=des26" style="background:#2f4f4f;color:#fff;padding:12px 26px;text-decoration:none">Bestill bord</a></td></tr>
<tr><td style="font-size:11px;color:#888">Fjordkjøkkenet AS · Bryggen 14, 5003 Bergen · Org.nr. 923 456 789 MVA · Tlf. 55 30 12 40<br><a href="https://fjordkjokkenet.example/avmeld?e=ing">Meld deg av nyhetsbrevet</a></td></tr>
</table></body></html>""",
     codes=[], link=None),

# 38 is code
dict(lang="is", subject="Staðfestingarkóði",
     text="""Halló Sigríður,

Staðfestingarkóðinn þinn er: 8 4 3 0 2 7

Sláðu kóðann inn í appinu til að staðfesta netfangið þitt. Kóðinn gildir í 15 mínútur.

Ef þú baðst ekki um þennan kóða getur þú hunsað þennan póst.

Kveðja,
Hverfabúðin ehf.
Laugavegi 101, 101 Reykjavík · kt. 540312-0980 · VSK nr. 112233 · Sími 555 4120
""",
     codes=["843027"], link=None),

# 39 ka code
dict(lang="ka", subject="თქვენი ერთჯერადი კოდი",
     text="""გამარჯობა!

თქვენი ერთჯერადი კოდია: 2719

კოდი მოქმედებს 3 წუთის განმავლობაში. არავის გაუზიაროთ ეს კოდი.

ტრანზაქცია: 145.50 ₾, ბარათი ****3382, 30.11.2026 23:58

ცხელი ხაზი: *0505 ან +995 32 2 44 11 00

სს „ალაზანი ბანკი", თბილისი, ჭავჭავაძის გამზ. 33, ს/კ 204512345
""",
     codes=["2719"], link=None),

# 40 hy confirm link
dict(lang="hy", subject="Հաստատեք ձեր էլ. փոստի հասցեն",
     html="""<html><body style="font-family:Arial">
<table width="560" align="center" cellpadding="14" style="border:1px solid #ddd">
<tr><td style="font-size:20px;font-weight:bold;color:#d35400">Ծիրան Շոփ</td></tr>
<tr><td>Բարև Ձեզ, Արամ։<br><br>Շնորհակալություն գրանցվելու համար։ Հաշիվն ակտիվացնելու համար խնդրում ենք հաստատել Ձեր էլ. փոստի հասցեն՝ սեղմելով ստորև նշված կոճակը։</td></tr>
<tr><td><a href="https://tsiranshop.example/hy/confirm?u=77120&amp;c=0f8e1d2a9b" style="background:#d35400;color:#fff;padding:11px 22px;text-decoration:none">Հաստատել հասցեն</a></td></tr>
<tr><td style="font-size:12px;color:#777">Հղումը վավեր է 24 ժամ։ Եթե Դուք չեք գրանցվել, պարզապես անտեսեք այս նամակը։<br>Աջակցություն՝ +374 10 55 44 33</td></tr>
<tr><td style="font-size:10px;color:#aaa">«Ծիրան Շոփ» ՍՊԸ, Երևան, Աբովյան 18, ՀՎՀՀ 00123456</td></tr>
</table></body></html>""",
     codes=[], link="https://tsiranshop.example/hy/confirm?u=77120&c=0f8e1d2a9b"),

# 41 az code
dict(lang="az", subject="Təsdiq kodu: 90 41 68",
     text="""Hörmətli müştəri,

Kaspi Market hesabınıza daxil olmaq üçün təsdiq kodunuz: 904168

Kod 5 dəqiqə ərzində etibarlıdır. Bu kodu heç kimə verməyin.

Sifariş №: KM-2026-441087, məbləğ: 67,40 AZN
Çağrı mərkəzi: *1919 və ya +994 12 404 19 19

"Xəzər Ticarət" MMC, Bakı şəh., Nizami küç. 90, VÖEN 1401234561
""",
     codes=["904168"], link=None),

# 42 kk receipt, neither
dict(lang="kk", subject="Төлем туралы түбіртек № 00418823",
     text="""Құрметті Айгерім!

Сіздің төлеміңіз сәтті өтті.

Түбіртек №: 00418823
Күні: 30.11.2026, 14:22
Қызмет: Ұялы байланыс, нөмір +7 701 555 12 34
Сома: 3 500 ₸
Комиссия: 0 ₸
Карта: **** 9021

Түбіртекті жүктеп алу:
https://dalapay.example/kk/receipts/00418823

«Дала Пэй» ЖШС, Алматы қ., Абай даңғ. 52, БСН 190440012345
Қолдау қызметі: 7711
""",
     codes=[], link=None),

# 43 uz code (Latin)
dict(lang="uz", subject="Tasdiqlash kodi",
     text="""Assalomu alaykum!

Somsa Express ilovasida ro'yxatdan o'tish uchun tasdiqlash kodingiz:

3308

Kod 2 daqiqa amal qiladi. Kodni hech kimga bermang.

Buyurtma: #58812, jami 86 000 so'm, yetkazib berish 30.11.2026 soat 19:30 gacha.
Qo'llab-quvvatlash: +998 71 200 44 88

"Somsa Express" MChJ, Toshkent sh., Amir Temur ko'chasi 108, STIR 305123456
""",
     codes=["3308"], link=None),

# 44 ur code
dict(lang="ur", subject="آپ کا تصدیقی کوڈ",
     html="""<html dir="rtl" lang="ur"><body style="font-family:Tahoma,Arial;direction:rtl">
<table width="540" align="center" cellpadding="12" style="border:1px solid #cfd8dc">
<tr><td style="background:#006a4e;color:#fff;font-size:18px;font-weight:bold">سبز والٹ</td></tr>
<tr><td>محترم صارف،<br><br>آپ کے اکاؤنٹ میں لاگ اِن کے لیے تصدیقی کوڈ درج ذیل ہے:</td></tr>
<tr><td align="center"><span dir="ltr" style="font-size:30px;font-weight:bold;letter-spacing:6px;font-family:Arial">617244</span></td></tr>
<tr><td style="font-size:13px">یہ کوڈ 5 منٹ کے لیے کارآمد ہے۔ یہ کوڈ کسی کے ساتھ شیئر نہ کریں، سبز والٹ کا عملہ کبھی آپ سے کوڈ نہیں مانگتا۔<br>ہیلپ لائن: 111-724-924</td></tr>
<tr><td style="font-size:10px;color:#888">سبز والٹ (پرائیویٹ) لمیٹڈ، شاہراہِ فیصل، کراچی 75350</td></tr>
</table></body></html>""",
     codes=["617244"], link=None),

# 45 ta reset link
dict(lang="ta", subject="உங்கள் கடவுச்சொல்லை மீட்டமைக்கவும்",
     text="""வணக்கம் கார்த்திக்,

உங்கள் பனைமரம் கணக்கின் கடவுச்சொல்லை மீட்டமைக்க கோரிக்கை பெற்றோம்.

புதிய கடவுச்சொல்லை அமைக்க கீழே உள்ள இணைப்பைக் கிளிக் செய்யவும்:
https://panaimaram.example/ta/reset?key=Tn4Rk8Jq2Wc6

இந்த இணைப்பு 30 நிமிடங்களுக்கு மட்டுமே செல்லுபடியாகும்.

நீங்கள் இதைக் கோரவில்லை என்றால், இந்த மின்னஞ்சலைப் புறக்கணிக்கவும்.

பனைமரம் டிஜிட்டல் பிரைவேட் லிமிடெட், அண்ணா சாலை, சென்னை 600002
உதவி: 044-4890 2211
""",
     codes=[], link="https://panaimaram.example/ta/reset?key=Tn4Rk8Jq2Wc6"),

# 46 te code
dict(lang="te", subject="మీ OTP 5190 - రైతుబజార్",
     text="""ప్రియమైన వినియోగదారు,

మీ ఆర్డర్ #RB-10442 (₹ 1,180.00) డెలివరీని నిర్ధారించడానికి మీ OTP: 5190

దయచేసి ఈ OTPని డెలివరీ ఏజెంట్‌కు మాత్రమే చెప్పండి. ఇది 30/11/2026 రాత్రి 10 గంటల వరకు చెల్లుతుంది.

సహాయం కోసం: 040-2770 1188

రైతుబజార్ ఆన్‌లైన్ ప్రైవేట్ లిమిటెడ్, బంజారా హిల్స్, హైదరాబాద్ 500034
""",
     codes=["5190"], link=None),

# 47 mr newsletter, neither
dict(lang="mr", subject="या आठवड्यातील नवीन पुस्तके 📚",
     html="""<html><body style="font-family:Arial">
<table width="600" align="center" cellpadding="16" style="background:#fffaf0">
<tr><td style="font-size:24px;font-weight:bold;color:#8b4513">अक्षरवाडी</td></tr>
<tr><td>नमस्कार वाचकहो,<br><br>या आठवड्यात आमच्या संग्रहात १२ नवीन मराठी पुस्तके आली आहेत. डिसेंबर महिन्यात ₹४९९ पेक्षा जास्त खरेदीवर मोफत वितरण!</td></tr>
<tr><td>कूपन कोड <b>VACHAN15</b> वापरा आणि १५% सूट मिळवा (३१ डिसेंबर २०२६ पर्यंत).</td></tr>
<tr><td><a href="https://aksharwadi.example/nave?utm_source=newsletter" style="background:#8b4513;color:#fff;padding:10px 20px;text-decoration:none">आत्ताच खरेदी करा</a></td></tr>
<tr><td style="font-size:11px;color:#888">अक्षरवाडी बुक्स, ४५ शनिवार पेठ, पुणे ४११०३०. संपर्क: ०२०-२४४५ ११२२<br><a href="https://aksharwadi.example/unsubscribe?id=5521">सदस्यता रद्द करा</a></td></tr>
</table></body></html>""",
     codes=[], link=None),

# 48 ne code
dict(lang="ne", subject="तपाईंको प्रमाणीकरण कोड",
     text="""नमस्ते,

हिमाल पे मा लगइन गर्न तपाईंको प्रमाणीकरण कोड 448 217 हो।

यो कोड ५ मिनेटसम्म मात्र मान्य हुन्छ। कृपया यो कोड कसैलाई नदिनुहोस्।

ग्राहक सेवा: ०१-५९७०१२२

हिमाल पे प्रा. लि., दरबारमार्ग, काठमाडौं
""",
     codes=["448217"], link=None),

# 49 si activation link
dict(lang="si", subject="ඔබගේ ගිණුම සක්‍රිය කරන්න",
     text="""ආයුබෝවන් නිමල්,

ලංකා ලොජිස්ටික්ස් හි ලියාපදිංචි වීම ගැන ස්තූතියි. ඔබගේ ගිණුම සක්‍රිය කිරීමට පහත සබැඳිය ක්ලික් කරන්න:

https://lankalogistics.example/si/activate/u-55821/7e3f0a

මෙම සබැඳිය පැය 48ක් සඳහා වලංගු වේ.

සහාය: 011 2 345 678

ලංකා ලොජිස්ටික්ස් (පුද්) සමාගම, ගාලු පාර, කොළඹ 03
""",
     codes=[], link="https://lankalogistics.example/si/activate/u-55821/7e3f0a"),

# 50 km code
dict(lang="km", subject="លេខកូដផ្ទៀងផ្ទាត់របស់អ្នក",
     html="""<html><body style="font-family:Arial">
<table width="520" align="center" cellpadding="14" style="border:1px solid #ddd">
<tr><td style="background:#1a5276;color:#fff;font-weight:bold">អង្គរម៉ាត</td></tr>
<tr><td>សួស្តី,<br><br>លេខកូដផ្ទៀងផ្ទាត់របស់អ្នកសម្រាប់ចូលគណនីគឺ៖</td></tr>
<tr><td align="center"><table cellspacing="4"><tr>
<td style="border:1px solid #1a5276;padding:8px 12px;font-size:24px">2</td>
<td style="border:1px solid #1a5276;padding:8px 12px;font-size:24px">9</td>
<td style="border:1px solid #1a5276;padding:8px 12px;font-size:24px">6</td>
<td style="border:1px solid #1a5276;padding:8px 12px;font-size:24px">1</td>
<td style="border:1px solid #1a5276;padding:8px 12px;font-size:24px">0</td>
<td style="border:1px solid #1a5276;padding:8px 12px;font-size:24px">8</td>
</tr></table></td></tr>
<tr><td style="font-size:13px">លេខកូដនេះមានសុពលភាព ១០ នាទី។ សូមកុំចែករំលែកលេខកូដនេះជាមួយនរណាម្នាក់។<br>ទំនាក់ទំនង: 023 990 118</td></tr>
</table></body></html>""",
     codes=["296108"], link=None),

# 51 my shipping, neither
dict(lang="my", subject="သင်၏ အော်ဒါ ပို့ဆောင်နေပါပြီ",
     text="""မင်္ဂလာပါ ကိုအောင်၊

သင်၏ အော်ဒါ နံပါတ် YG-77214 ကို ပို့ဆောင်ရန် ထုတ်ပေးလိုက်ပါပြီ။

ခြေရာခံနံပါတ်: MMX 5520 1184
ကျသင့်ငွေ: ၄၅,၀၀၀ ကျပ် (ငွေသားဖြင့် ပေးချေရန်)
ခန့်မှန်း ရောက်ရှိမည့်ရက်: ၃.၁၂.၂၀၂၆

ခြေရာခံရန်:
https://shweparcel.example/track/MMX55201184

ဖုန်း: 09 450 112 233
ရွှေပါဆယ် ကုမ္ပဏီလီမိတက်၊ ရန်ကုန်
""",
     codes=[], link=None),

# 52 zh-TW code
dict(lang="zh", subject="【好鄰居超市】您的驗證碼",
     text="""親愛的會員您好：

您的驗證碼為 381 206，請於 10 分鐘內輸入完成手機號碼綁定。

為保障您的帳戶安全，請勿將驗證碼告知他人。本公司人員不會以任何形式向您索取驗證碼。

會員編號：M0028871302
客服專線：0800-212-388（週一至週五 09:00–18:00）

好鄰居超市股份有限公司　統一編號 24681357
台北市大安區復興南路一段 219 號 5 樓
本郵件由系統自動發送，請勿直接回覆。
""",
     codes=["381206"], link=None),

# 53 zh-TW email verification link
dict(lang="zh", subject="請驗證您的電子郵件地址",
     html="""<!doctype html><html lang="zh-Hant"><body style="font-family:'Microsoft JhengHei',Arial">
<table width="560" align="center" cellpadding="16" style="border:1px solid #e5e5e5">
<tr><td style="font-size:20px;font-weight:bold;color:#e67e22">茶語 TeaTalk</td></tr>
<tr><td>陳小姐您好：<br><br>感謝您註冊茶語會員。請點擊下方按鈕完成電子郵件驗證，驗證後即可獲得新會員 100 點購物金。</td></tr>
<tr><td align="center"><a href="https://lnk.teatalk.example/e/c?id=Tz9QpLx2&amp;dest=verify" style="background:#e67e22;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">驗證電子郵件</a></td></tr>
<tr><td style="font-size:12px;color:#888">此連結將於 24 小時後失效。如果您沒有註冊，請忽略此郵件。<br>客服信箱：service@teatalk.example</td></tr>
<tr><td style="font-size:10px;color:#aaa">茶語國際有限公司　統編 53124678　新北市板橋區文化路一段 188 號</td></tr>
</table></body></html>""",
     codes=[], link="https://lnk.teatalk.example/e/c?id=Tz9QpLx2&dest=verify"),

# 54 ja code
dict(lang="ja", subject="【ことり書房】ログイン用確認コードのお知らせ",
     text="""ことり書房をご利用いただきありがとうございます。

ログイン用の確認コードをお送りします。
以下のコードを画面に入力してください。

━━━━━━━━━━━━━━━
確認コード：730582
━━━━━━━━━━━━━━━

※コードの有効期限は発行から30分です（2026年11月30日 21:40まで）。
※本メールにお心当たりのない場合は、破棄してください。

────────────────
株式会社ことり書房
〒150-0002 東京都渋谷区渋谷2-14-8 ことりビル4F
お問い合わせ：03-5468-2210（平日10:00〜17:00）
https://kotori-shobo.example/contact
────────────────
""",
     codes=["730582"], link=None),

# 55 ja order receipt, neither
dict(lang="ja", subject="【ご注文確認】注文番号 KT-20261130-0418",
     text="""山田 花子 様

この度はやまびこ珈琲オンラインストアをご利用いただき、誠にありがとうございます。
以下の内容でご注文を承りました。

【注文番号】KT-20261130-0418
【注文日時】2026年11月30日 18:12
【商品】深煎りブレンド 200g × 2　￥2,760
　　　　ドリップバッグ 10個入 × 1　￥1,180
【送料】￥0
【合計】￥3,940（税込）
【お支払い方法】クレジットカード（末尾 5521）
【お届け予定】12月3日（木）午前中

ご注文履歴：
https://yamabiko-coffee.example/mypage/orders

株式会社やまびこ珈琲　〒460-0008 愛知県名古屋市中区栄3-5-12
TEL 052-251-8830
""",
     codes=[], link=None),

# 56 ko code
dict(lang="ko", subject="[마을장터] 인증번호 안내",
     html="""<html><body style="font-family:'Malgun Gothic',sans-serif">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="padding:20px;background:#03c75a;color:#fff;font-size:18px;font-weight:bold">마을장터</td></tr>
<tr><td style="padding:24px">안녕하세요, 고객님.<br><br>요청하신 인증번호를 안내해 드립니다.<br>아래 인증번호 6자리를 입력해 주세요.</td></tr>
<tr><td style="padding:0 24px 24px"><table width="100%" style="background:#f5f5f5"><tr><td style="padding:18px;font-size:13px;color:#666">인증번호</td><td style="padding:18px;font-size:28px;font-weight:bold;color:#03c75a;letter-spacing:4px">152 947</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;font-size:12px;color:#888">인증번호는 발송 시점부터 3분간 유효합니다.<br>본인이 요청하지 않은 경우 고객센터(1588-4421)로 문의해 주세요.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#aaa;border-top:1px solid #eee">(주)마을장터 | 대표 김민수 | 사업자등록번호 123-45-67890 | 통신판매업신고 2026-서울마포-1234 | 서울특별시 마포구 월드컵북로 58, 3층</td></tr>
</table></body></html>""",
     codes=["152947"], link=None),

# 57 ko invitation link
dict(lang="ko", subject="박지현님이 '디자인팀' 워크스페이스에 초대했습니다",
     text="""안녕하세요,

박지현님이 협업툴 '모아보드'의 '디자인팀' 워크스페이스에 회원님을 초대했습니다.

아래 링크를 눌러 초대를 수락하세요:
https://moaboard.example/invite/accept?code=ws_4471_Xk2p9Rf

초대는 7일 후 만료됩니다.

모아보드 | 고객센터 02-6010-7788 | https://moaboard.example/help
""",
     codes=[], link="https://moaboard.example/invite/accept?code=ws_4471_Xk2p9Rf"),

# 58 am code
dict(lang="am", subject="የማረጋገጫ ኮድዎ",
     text="""ውድ ደንበኛችን፣

ወደ አባይ ዋሌት መለያዎ ለመግባት የማረጋገጫ ኮድዎ፦ 8026

ይህ ኮድ ለ5 ደቂቃ ብቻ ያገለግላል። ኮዱን ለማንም አያጋሩ።

የደንበኞች አገልግሎት፦ 8844 ወይም +251 11 557 2020

አባይ ዋሌት ኃ.የተ.የግ.ማ.፣ ቦሌ ክፍለ ከተማ፣ አዲስ አበባ
""",
     codes=["8026"], link=None),

# 59 yo magic link
dict(lang="yo", subject="Wọlé sí àkọọ́lẹ̀ rẹ",
     html="""<html><body style="font-family:Arial">
<table width="540" align="center" cellpadding="14" style="border:1px solid #ddd">
<tr><td style="font-size:20px;font-weight:bold;color:#117a65">Ọjà Wa</td></tr>
<tr><td>Ẹ n lẹ́ o, Adéwálé,<br><br>Tẹ bọ́tìnnì tó wà nísàlẹ̀ láti wọlé sí àkọọ́lẹ̀ Ọjà Wa rẹ. Ìjápọ̀ yìí yóò parí láàárín ìṣẹ́jú 15.</td></tr>
<tr><td><a href="https://ojawa.example/wole?tk=Yb5mN2qR8sT1" style="background:#117a65;color:#fff;padding:11px 22px;text-decoration:none">Wọlé báyìí</a></td></tr>
<tr><td style="font-size:12px;color:#777">Tí kìí bá ṣe ìwọ ló béèrè fún èyí, jọ̀wọ́ kọ ìfiránṣẹ́ yìí sílẹ̀.<br>Ìrànlọ́wọ́: 0809 555 1122</td></tr>
<tr><td style="font-size:10px;color:#aaa">Ọjà Wa Ltd, 15 Ring Road, Ìbàdàn, Ọ̀yọ́ State. RC 1789034</td></tr>
</table></body></html>""",
     codes=[], link="https://ojawa.example/wole?tk=Yb5mN2qR8sT1"),

# 60 en-IN security notice, neither
dict(lang="en", subject="New login to your Chaiwala Rewards account",
     text="""Hi Priya,

We noticed a new login to your Chaiwala Rewards account.

Device: Redmi Note 13 (Android 14)
Location: Pune, Maharashtra, IN
Time: 30 Nov 2026, 10:41 PM IST

If this was you, no action is needed.

If you don't recognise this activity, secure your account now:
https://chaiwala.example/account/not-me?s=al_99281

Reward points balance: 1,240 | Member ID: CWR-0087412

Chaiwala Foods Pvt. Ltd., 7th Floor, Baner Road, Pune 411045. Helpline: +91 20 6748 1100
""",
     codes=[], link=None),

# 61 es-MX code in HTML near order number and amount
dict(lang="es", subject="Confirma tu compra en Abarrotes Lupita",
     html="""<!doctype html><html lang="es-MX"><body style="font-family:Arial;background:#fff3e0">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 26px;font-size:20px;font-weight:bold;color:#bf360c">Abarrotes Lupita &middot; en línea</td></tr>
<tr><td style="padding:0 26px 10px">Hola Valeria, para confirmar tu pedido ingresa el código de seguridad en la página de pago.</td></tr>
<tr><td style="padding:10px 26px"><table width="100%" cellpadding="6" style="font-size:14px;border:1px solid #eee">
<tr><td>Pedido</td><td align="right">#100482</td></tr>
<tr><td>Total</td><td align="right">$1,284.50 MXN</td></tr>
<tr><td>Tarjeta</td><td align="right">Débito terminación 7712</td></tr>
<tr><td>Fecha</td><td align="right">30/nov/2026 13:47 h</td></tr>
<tr><td><b>Código de seguridad</b></td><td align="right" style="font-size:22px;font-weight:bold;color:#bf360c">604 388</td></tr>
</table></td></tr>
<tr><td style="padding:14px 26px;font-size:12px;color:#777">El código vence en 10 minutos. Si no reconoces esta compra, llama al 800 112 5882.</td></tr>
<tr><td style="padding:14px 26px;font-size:10px;color:#aaa">Comercializadora Lupita S.A. de C.V. &middot; Av. Vallarta 2440, Col. Arcos Vallarta, C.P. 44130, Guadalajara, Jal.</td></tr>
</table></body></html>""",
     codes=["604388"], link=None),

# 62 pt-BR approve payment yes/no
dict(lang="pt", subject="Você reconhece esta compra de R$ 2.899,00?",
     html="""<html><body style="font-family:Arial;background:#f2f2f2">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:22px;background:#4b0082;color:#fff;font-size:18px">Cartão Ipê</td></tr>
<tr><td style="padding:22px">Olá, Renata.<br><br>Identificamos uma compra que precisa da sua confirmação:</td></tr>
<tr><td style="padding:0 22px"><table cellpadding="6" style="font-size:14px">
<tr><td>Estabelecimento:</td><td>ELETRO NORTE MANAUS</td></tr>
<tr><td>Valor:</td><td>R$ 2.899,00 em 10x</td></tr>
<tr><td>Cartão:</td><td>final 0934</td></tr>
<tr><td>Data:</td><td>30/11/2026 15:08</td></tr></table></td></tr>
<tr><td style="padding:22px"><table><tr>
<td><a href="https://cartaoipe.example/seg/compra/confirmar?id=TX-9918273&amp;r=sim" style="background:#2e7d32;color:#fff;padding:11px 22px;text-decoration:none;display:block">Sim, fui eu</a></td>
<td width="10"></td>
<td><a href="https://cartaoipe.example/seg/compra/contestar?id=TX-9918273&amp;r=nao" style="background:#c62828;color:#fff;padding:11px 22px;text-decoration:none;display:block">Não reconheço</a></td>
</tr></table></td></tr>
<tr><td style="padding:0 22px 22px;font-size:11px;color:#888">Central 24h: 3003 4455 (capitais) ou 0800 940 4455. Cartão Ipê Instituição de Pagamento S.A. - CNPJ 98.765.432/0001-10.</td></tr>
</table></body></html>""",
     codes=[], link="https://cartaoipe.example/seg/compra/confirmar?id=TX-9918273&r=sim"),

# 63 fr-CA code in subject, terse
dict(lang="fr", subject="Votre code Caisse Boréale : 552901",
     text="""552901 est votre code de vérification Caisse Boréale. Il expire dans 5 minutes. Ne le communiquez à personne. Nous ne vous le demanderons jamais par téléphone.

Caisse Boréale, 2600, boul. Laurier, Québec (Québec) G1V 4T3 · 1 800 555-0199
""",
     codes=["552901"], link=None),

# 64 de-DE invitation to shared household budget
dict(lang="de", subject="Einladung: Lukas möchte das Haushaltsbuch mit dir teilen",
     text="""Hallo,

Lukas Berger hat dich eingeladen, das Haushaltsbuch „WG Kastanienallee" in Kassenbuch+ gemeinsam zu nutzen.

Einladung annehmen:
https://kassenbuchplus.example/einladung/annehmen/8d2e-41f0-a9c3?src=mail

Die Einladung ist 14 Tage gültig (bis 14.12.2026).

Du möchtest keine Einladungen mehr erhalten?
https://kassenbuchplus.example/einstellungen/benachrichtigungen

Kassenbuch+ GmbH · Kastanienallee 71 · 10435 Berlin · Amtsgericht Charlottenburg HRB 219876 B
""",
     html="""<html><body style="font-family:Arial">
<table width="540" align="center" cellpadding="14"><tr><td>
<p>Hallo,</p>
<p><b>Lukas Berger</b> hat dich eingeladen, das Haushaltsbuch &bdquo;WG Kastanienallee&ldquo; in Kassenbuch+ gemeinsam zu nutzen.</p>
<p><a href="https://kassenbuchplus.example/einladung/annehmen/8d2e-41f0-a9c3?src=mail" style="background:#00897b;color:#fff;padding:10px 20px;text-decoration:none">Einladung annehmen</a></p>
<p style="font-size:12px;color:#777">Die Einladung ist 14 Tage gültig (bis 14.12.2026).</p>
<p style="font-size:10px;color:#999"><a href="https://kassenbuchplus.example/einstellungen/benachrichtigungen">Benachrichtigungen verwalten</a> &middot; Kassenbuch+ GmbH &middot; Kastanienallee 71 &middot; 10435 Berlin &middot; Amtsgericht Charlottenburg HRB 219876 B</p>
</td></tr></table></body></html>""",
     codes=[], link="https://kassenbuchplus.example/einladung/annehmen/8d2e-41f0-a9c3?src=mail"),

# 65 it shipping/pickup notice, neither
dict(lang="it", subject="Il tuo pacco è pronto per il ritiro",
     text="""Ciao Marco,

il tuo pacco n. 0088 7712 4410 (ordine ORD-IT-339102) è arrivato al punto di ritiro:

Tabaccheria Da Gino – Corso Vittorio Emanuele II 118, 10121 Torino
Orari: lun-sab 7:00-20:00

Mostra al negoziante il tuo documento e il numero di spedizione. Il pacco resterà in giacenza fino al 10/12/2026.

Dettagli spedizione:
https://consegnelampo.example/spedizioni/008877124410

Consegne Lampo S.p.A. – P.IVA 01234560019 – Numero verde 800 135 246
""",
     codes=[], link=None),

# 66 nl code + confirm link
dict(lang="nl", subject="Bevestig je e-mailadres bij Polderpost",
     text="""Hallo Joris,

Welkom bij Polderpost! Bevestig je e-mailadres met de knop hieronder, of vul de code in de app in.

Je code: 7405 1126

Bevestigen via de browser:
https://polderpost.example/bevestig?e=am9yaXNAaW5ib3guZXhhbXBsZQ&c=74051126

De code verloopt over 30 minuten.

Polderpost B.V., Stationsplein 12, 1012 AB Amsterdam, KvK 90123456
""",
     html="""<html><body style="font-family:Arial">
<table width="540" align="center" cellpadding="14"><tr><td>
<p>Hallo Joris,</p>
<p>Welkom bij Polderpost! Bevestig je e-mailadres met de knop hieronder, of vul de code in de app in.</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:5px">7405&nbsp;1126</p>
<p><a href="https://polderpost.example/bevestig?e=am9yaXNAaW5ib3guZXhhbXBsZQ&amp;c=74051126" style="background:#f57c00;color:#fff;padding:10px 22px;text-decoration:none">E-mailadres bevestigen</a></p>
<p style="font-size:12px;color:#777">De code verloopt over 30 minuten.</p>
<p style="font-size:10px;color:#999">Polderpost B.V., Stationsplein 12, 1012 AB Amsterdam, KvK 90123456</p>
</td></tr></table></body></html>""",
     codes=["74051126"], link="https://polderpost.example/bevestig?e=am9yaXNAaW5ib3guZXhhbXBsZQ&c=74051126"),

# 67 pl invoice, neither
dict(lang="pl", subject="Faktura VAT FV/2026/11/08841",
     text="""Szanowni Państwo,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/08841 z dnia 30.11.2026.

Kwota brutto: 1 476,00 zł (netto 1 200,00 zł + VAT 23% 276,00 zł)
Termin płatności: 14.12.2026
Numer rachunku: 61 1090 1014 0000 0712 1981 2874
Tytuł przelewu: FV/2026/11/08841

Numer klienta: K-004412

Z poważaniem
Dział Rozliczeń
Chmurnik Sp. z o.o., ul. Piotrkowska 120, 90-006 Łódź, NIP 725-23-45-678, KRS 0000876543
tel. 42 300 11 22
""",
     codes=[], link=None),

# 68 ja password reset link
dict(lang="ja", subject="【さくらノート】パスワード再設定のご案内",
     text="""さくらノートをご利用いただきありがとうございます。

パスワード再設定のリクエストを受け付けました。
以下のURLにアクセスし、新しいパスワードを設定してください。

https://sakuranote.example/password/reset/confirm?uid=MzQ1Njc&token=c7x-4e9b1a0f2d

※URLの有効期限は24時間です。
※お心当たりのない場合は、本メールを破棄してください。パスワードは変更されません。

━━━━━━━━━━━━━━━━━━
さくらノート運営事務局
株式会社ブロッサムワークス
〒530-0001 大阪府大阪市北区梅田1-2-3
━━━━━━━━━━━━━━━━━━
""",
     codes=[], link="https://sakuranote.example/password/reset/confirm?uid=MzQ1Njc&token=c7x-4e9b1a0f2d"),

# 69 ko promo newsletter with coupon, neither
dict(lang="ko", subject="[한입베이커리] 12월 회원 전용 쿠폰이 도착했어요 🎁",
     html="""<html><body style="font-family:'Malgun Gothic'">
<table width="600" align="center" cellpadding="16" style="background:#fff8f0">
<tr><td style="font-size:22px;font-weight:bold">한입베이커리</td></tr>
<tr><td>회원님을 위한 12월 전용 쿠폰!<br>쿠폰 코드 <b style="border:1px dashed #c00;padding:3px 8px">XMAS2026</b> 입력 시 케이크 20% 할인 (12월 1일 ~ 12월 25일)</td></tr>
<tr><td><a href="https://hanip.example/event/xmas?utm_source=mail" style="background:#c00;color:#fff;padding:10px 20px;text-decoration:none">지금 주문하기</a></td></tr>
<tr><td style="font-size:11px;color:#888">(주)한입베이커리 | 사업자등록번호 220-81-45678 | 서울 강남구 테헤란로 321 | 고객센터 1644-3030<br>본 메일은 수신 동의하신 회원님께 발송되었습니다. <a href="https://hanip.example/unsubscribe?m=8871">수신거부</a></td></tr>
</table></body></html>""",
     codes=[], link=None),

# 70 zh-TW 2FA code with letters
dict(lang="zh", subject="登入驗證碼 A7K9Q2",
     html="""<html><body style="font-family:Arial,'PingFang TC'">
<table width="520" align="center" cellpadding="14" style="border:1px solid #ddd">
<tr><td style="font-weight:bold;color:#34495e">雲朵記帳 CloudLedger</td></tr>
<tr><td>您好，<br><br>我們收到您的帳號登入請求（2026/11/30 22:15，裝置：Mac / Safari）。請輸入以下驗證碼（不區分大小寫）：</td></tr>
<tr><td align="center"><span style="font-size:30px;font-family:Menlo,monospace;letter-spacing:8px;background:#ecf0f1;padding:10px 20px">A7K9Q2</span></td></tr>
<tr><td style="font-size:12px;color:#888">驗證碼 5 分鐘內有效。若非本人操作，請立即變更密碼。<br>客服電話：(02) 2700-1688</td></tr>
</table></body></html>""",
     codes=["A7K9Q2"], link=None),

# 71 en-US 2FA code plus backup code
dict(lang="en", subject="Your Brightfold sign-in code",
     text="""Hi Marcus,

Here's the code to finish signing in to Brightfold:

  390 615

It expires in 10 minutes.

Can't use this code? Use your one-time backup code instead:

  wq7m-2hxd

(Once used, this backup code won't work again. You can generate new backup codes in Settings > Security.)

Sign-in attempt details:
Nov 30, 2026 at 3:22 PM EST · Firefox on Ubuntu · Columbus, OH

Not you? Reset your password right away: https://brightfold.example/security/not-me

Brightfold, Inc. · 41 S High St, Columbus, OH 43215 · (614) 555-0137
""",
     codes=["390615", "wq7m-2hxd"], link=None),

# 72 sk order shipped, neither
dict(lang="sk", subject="Vaša objednávka č. 2026118804 bola odoslaná",
     text="""Dobrý deň, pani Horváthová,

Vaša objednávka č. 2026118804 bola dnes 30. 11. 2026 odovzdaná prepravcovi.

Číslo zásielky: 10 4488 1209 33
Suma na dobierku: 59,90 €
Doručenie: 01. 12. 2026 – 02. 12. 2026

Sledovanie zásielky:
https://balikovo.example/sledovanie/104488120933

Ďakujeme za nákup!
Drogéria Levanduľa s.r.o., Hlavná 41, 040 01 Košice, IČO 50 123 456, DIČ 2120123456
""",
     codes=[], link=None),

# 73 hr confirm newsletter double opt-in? (activation of account)
dict(lang="hr", subject="Potvrdite registraciju",
     html="""<html><body style="font-family:Arial">
<table width="540" align="center" cellpadding="14" style="border:1px solid #e0e0e0">
<tr><td style="font-size:20px;font-weight:bold;color:#0277bd">Plavi Kutak</td></tr>
<tr><td>Pozdrav Ivana,<br><br>hvala što ste se registrirali. Kliknite na gumb ispod kako biste potvrdili svoju e-mail adresu i aktivirali račun.</td></tr>
<tr><td><a href="https://email.plavikutak.example/c/eJx1kM1OwzAQhN_FZ2r5L3bSG5ceeAAOqBXdxOvEUuJEtgNFVd-dTQu9cVnJo5lvZ-fE" style="background:#0277bd;color:#fff;padding:11px 22px;text-decoration:none">Potvrdi e-mail adresu</a></td></tr>
<tr><td style="font-size:12px;color:#777">Poveznica vrijedi 48 sati. Niste se vi registrirali? Zanemarite ovu poruku.</td></tr>
<tr><td style="font-size:10px;color:#aaa">Plavi Kutak j.d.o.o., Riva 16, 21000 Split, OIB 98765432109 &middot; <a href="https://email.plavikutak.example/u/eJx1kM1Ow">Odjava</a></td></tr>
</table></body></html>""",
     codes=[], link="https://email.plavikutak.example/c/eJx1kM1OwzAQhN_FZ2r5L3bSG5ceeAAOqBXdxOvEUuJEtgNFVd-dTQu9cVnJo5lvZ-fE"),

# 74 lt code alnum
dict(lang="lt", subject="Prisijungimo patvirtinimas",
     html="""<html><body style="font-family:Arial">
<table width="520" align="center" cellpadding="14">
<tr><td style="font-weight:bold;color:#2e7d32">Žalias Krepšelis</td></tr>
<tr><td>Sveiki, Tomai,<br><br>Norėdami prisijungti, įveskite šį patvirtinimo kodą:</td></tr>
<tr><td><b style="font-size:26px;letter-spacing:4px">R4T-8WX</b></td></tr>
<tr><td style="font-size:12px;color:#777">Kodas galioja 15 min. Užsakymas Nr. ZK-771204 laukia apmokėjimo (34,18 €).<br>UAB „Žalias Krepšelis", Savanorių pr. 178, LT-03154 Vilnius, tel. 8 700 55 100</td></tr>
</table></body></html>""",
     codes=["R4T-8WX"], link=None),

# 75 et newsletter/account summary, neither
dict(lang="et", subject="Sinu novembri kokkuvõte – Rattaring",
     text="""Tere, Kadri!

Novembris sõitsid Rattaringi ratastega 14 korda, kokku 62,4 km.
Kuutasu: 9,90 € (makstud 01.11.2026, kaart **** 2204)
Järgmine makse: 01.12.2026

Vaata kõiki sõite:
https://rattaring.example/minu/soidud

Detsembris kehtib sooduskood TALV5 – 5 € kuutasust maha.

Rattaring OÜ · Telliskivi 60a, 10412 Tallinn · reg. 16123456 · tel 600 1234
Loobu uudiskirjast: https://rattaring.example/loobu?u=4471
""",
     codes=[], link=None),

# 76 nb code
dict(lang="nb", subject="Engangskode: 48 22 19",
     text="""Hei!

Engangskoden din er 482219. Skriv den inn for å logge inn på Min side hos Nordlys Strøm.

Koden er gyldig i 10 minutter. Ikke del koden med noen.

Kundenummer: 600 18 443
Spørsmål? Ring oss på 22 10 44 80 (hverdager 08–16).

Nordlys Strøm AS · Storgata 5, 9008 Tromsø · Org.nr. 918 765 432
""",
     codes=["482219"], link=None),

# 77 is password reset link
dict(lang="is", subject="Endurstilla lykilorð",
     text="""Halló Gunnar,

Við fengum beiðni um að endurstilla lykilorðið á aðgangi þínum hjá Bókaormi.

Smelltu á hlekkinn hér fyrir neðan til að velja nýtt lykilorð:
https://bokaormur.example/lykilord/nytt?t=9QfLm2Zx7Kp

Hlekkurinn gildir í 1 klukkustund.

Ef þú baðst ekki um þetta geturðu hunsað þennan póst.

Bókaormur ehf. · Skólavörðustíg 22, 101 Reykjavík · kt. 620519-1230
""",
     codes=[], link="https://bokaormur.example/lykilord/nytt?t=9QfLm2Zx7Kp"),

# 78 hy code
dict(lang="hy", subject="Ձեր հաստատման կոդը",
     text="""Հարգելի հաճախորդ,

Ձեր հաստատման կոդն է՝ 71 58 34

Մուտքագրեք այն հավելվածում՝ վճարումը հաստատելու համար (25 000 AMD, պատվեր № 40021)։ Կոդը վավեր է 5 րոպե։

Ոչ մեկին մի հայտնեք այս կոդը։
Թեժ գիծ՝ +374 60 27 27 27

«Արարատ Փեյ» ՓԲԸ, Երևան, Տիգրան Մեծի 4
""",
     codes=["715834"], link=None),

# 79 kk code per-digit spans
dict(lang="kk", subject="Растау коды",
     html="""<html><body style="font-family:Arial">
<table width="520" align="center" cellpadding="14" style="border:1px solid #ddd">
<tr><td style="background:#00afca;color:#fff;font-weight:bold">Дәмді Жеткізу</td></tr>
<tr><td>Сәлеметсіз бе!<br><br>Тіркелуді аяқтау үшін төмендегі растау кодын енгізіңіз:</td></tr>
<tr><td align="center"><span style="display:inline-block;border:1px solid #00afca;padding:6px 10px;font-size:24px;margin:2px">6</span><span style="display:inline-block;border:1px solid #00afca;padding:6px 10px;font-size:24px;margin:2px">3</span><span style="display:inline-block;border:1px solid #00afca;padding:6px 10px;font-size:24px;margin:2px">9</span><span style="display:inline-block;border:1px solid #00afca;padding:6px 10px;font-size:24px;margin:2px">0</span></td></tr>
<tr><td style="font-size:12px;color:#777">Код 5 минут ішінде жарамды. Оны ешкімге айтпаңыз.<br>Қолдау: +7 727 355 00 11</td></tr>
<tr><td style="font-size:10px;color:#aaa">«Дәмді Жеткізу» ЖШС, Астана қ., Қабанбай батыр даңғ. 11, БСН 210540023456</td></tr>
</table></body></html>""",
     codes=["6390"], link=None),

# 80 en-AU terse code with phone numbers
dict(lang="en", subject="Wattle Energy: your verification code",
     text="""Your Wattle Energy code is 227 418. Valid for 10 mins.

Account 8801 2244 31 | NMI 4102 9981 772
Never share this code. We'll never ask for it.
Questions? 13 28 44 (Mon-Fri 8am-6pm AEST)

Wattle Energy Pty Ltd ABN 22 614 889 105, Level 9, 120 Collins St, Melbourne VIC 3000
""",
     codes=["227418"], link=None),
]
