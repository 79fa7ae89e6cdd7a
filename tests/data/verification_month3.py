"""A month's worth of mail for a temp-mail inbox, to measure code and action-link extraction.

MONTH3 is a blind set: 80 mails written on 2026-11-30 by a writer who never saw the
extractor, its rules or its history, and committed before being scored. Every service,
person, address and number in it is invented; domains are *.example or *.test.

The mix is what a disposable-address service receives for its users over about a month:
sign-up, login, two-step, reset, email-change, payment and device approvals, invitations,
opt-ins and deletions, and the mail around them (welcomes, receipts, shipping, invoices,
renewals, security notices, newsletters and sales with coupon codes), in many languages
and scripts, as plain text, HTML or both.

Each dict: lang, subject, text and/or html, codes (the one-time codes a person types, as
typed; the first is the one needed, a second only for a backup code; [] when none, and a
coupon is not a one-time code) and link (the one confirm/verify/log-in/reset/accept/approve
URL as its href resolves, or None).

Read once, blind, at e1b7b6b, with its twin set (after the month1 and month2 tuning): codes P 0.950 R 0.950; links P 1.000 R 0.923;
every code listed P 0.929.
Both together (160 mails): codes P 0.949 R 0.938; links P 0.979 R 0.922. The last blind
reading of this session; its misses then shaped extract.py and links.py (an insurance group
number, "se terminant par", a code after a phone number, an old code "no longer works", the
Bengali danda, a peso coupon, a spaced letter code on its own line, help paths and words in
transliterated URLs, Italian, Czech, Vietnamese and Norwegian buttons); seen since.
"""

MONTH3 = [
    # ------------------------------------------------------------------ English
    dict(lang="en", subject="Your Parcelwise sign-up code",
         text="Hi there,\n\nThanks for starting your Parcelwise account. Enter this code on the "
              "sign-up page to continue:\n\n    604 117\n\nThe code expires in 15 minutes. If you "
              "didn't try to create an account, you can ignore this email.\n\n"
              "Parcelwise Ltd · 41 Harbour Row, Leeds LS1 4DT · Company no. 09874521\n",
         codes=["604117"], link=None),
    dict(lang="en", subject="Sign in to Loomcraft",
         html='<table role="presentation" width="100%"><tr><td style="padding:24px;'
              'font-family:Arial,sans-serif"><h1 style="font-size:20px">Your login code</h1>'
              '<p>Use the code below to sign in to Loomcraft. It works once and expires at '
              '14:35 UTC.</p><p style="font-size:32px;letter-spacing:8px;font-weight:bold">'
              '739104</p><p>Requested from Chrome on Windows, near Denver, CO, US '
              '(IP 203.0.113.58).</p><p style="color:#888;font-size:12px">Loomcraft Inc., '
              '1200 Larimer St, Suite 300, Denver, CO 80204 · '
              '<a href="https://loomcraft.example/help">Help</a> · '
              '<a href="https://loomcraft.example/privacy">Privacy</a></p></td></tr></table>',
         codes=["739104"], link=None),
    dict(lang="en", subject="Your sign-in link for Notewell",
         html='<div style="max-width:520px;margin:0 auto;font-family:Helvetica,Arial">'
              '<p>Hi,</p><p>Click the button below to sign in to Notewell. This link can only '
              'be used once and expires in 20 minutes.</p><p style="text-align:center">'
              '<a href="https://app.notewell.example/auth/magic?token=q8Zr2LmV0xPpT4&amp;'
              'email=user%40mailbox.test&amp;next=%2Finbox" style="background:#4f46e5;'
              'color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">'
              'Sign in to Notewell</a></p><p>If you didn\'t request this, you can safely ignore '
              'it.</p><hr><p style="font-size:11px;color:#777">'
              '<a href="https://notewell.example/unsubscribe?u=88213">Unsubscribe</a> · '
              'Notewell, 500 Market St, San Francisco, CA 94105</p></div>',
         codes=[], link="https://app.notewell.example/auth/magic?token=q8Zr2LmV0xPpT4"
                        "&email=user%40mailbox.test&next=%2Finbox"),
    dict(lang="en", subject="Reset your Brightpath password",
         text="Hello,\n\nWe received a request to reset the password for the Brightpath account "
              "linked to this address.\n\nTo choose a new password, open this link:\n"
              "https://accounts.brightpath.example/reset/7f3c9a1e-52d4-4b8e-9a60-2c1d7e8f0b13\n\n"
              "The link is valid for 60 minutes. If you didn't ask for a reset, no action is "
              "needed; your password stays the same.\n\n"
              "Need help? https://help.brightpath.example/articles/360012\n\n"
              "Brightpath Learning · PO Box 2231, Austin, TX 78768\n"
              "Manage email preferences: https://brightpath.example/prefs?id=5521\n",
         codes=[],
         link="https://accounts.brightpath.example/reset/7f3c9a1e-52d4-4b8e-9a60-2c1d7e8f0b13"),
    dict(lang="en", subject="Security code for Quillstack",
         text="Your Quillstack security code is H4TZ9Q\n\nEnter it in the window where you're "
              "signing in. Codes are not case-sensitive and expire after 5 minutes.\n\n"
              "Request ID: REQ-20261107-88412\n"
              "Quillstack Software GmbH, Große Elbstraße 14, 22767 Hamburg, Germany\n",
         codes=["H4TZ9Q"], link=None),
    dict(lang="en", subject="Your receipt from Crumb & Kettle Bakery",
         text="Thanks for your order!\n\nOrder #CK-448120\nDate: 12 Nov 2026, 08:41\n\n"
              "2 x Sourdough loaf        £9.00\n1 x Cardamom bun         £3.20\n"
              "Subtotal                £12.20\nVAT (0%)                 £0.00\n"
              "Total paid              £12.20\n"
              "Visa ending 4417 · Auth code 082613\n\n"
              "View your order: https://crumbandkettle.example/orders/448120\n\n"
              "Crumb & Kettle Bakery Ltd, 9 Mill Lane, Bristol BS1 5TR · VAT GB 312 4471 80\n",
         codes=[], link=None),
    dict(lang="en", subject="Your Fernhollow order has shipped",
         html='<h2 style="font-family:Georgia">Good news — order 70031588 has shipped</h2>'
              '<p>Carrier: Swiftline Parcel<br>Tracking number: SP 4481 2290 6613</p>'
              '<p><a href="https://track.swiftline.example/t/SP448122906613" '
              'style="background:#2d6a4f;color:#fff;padding:10px 16px">Track your parcel</a></p>'
              '<p>Estimated delivery: Thursday, 19 November, between 10:00 and 14:00.</p>'
              '<p>Shipping to: J. Doe, 77 Elm Street, Springfield, IL 62704</p>'
              '<p><a href="https://shop.fernhollow.example/account/orders/70031588">View order</a>'
              ' · <a href="https://fernhollow.example/returns">Returns</a> · '
              '<a href="https://fernhollow.example/help">Help centre</a></p>',
         codes=[], link=None),
    dict(lang="en", subject="48 hours only: 25% off everything",
         html='<div style="text-align:center"><h1>Black Friday starts now</h1>'
              '<p>Use code <strong style="font-size:22px">FRIDAY25</strong> at checkout for 25% '
              'off sitewide. Ends 30 Nov at 23:59 PT.</p>'
              '<a href="https://trailnest.example/sale?utm_source=email&amp;utm_campaign=bf2026">'
              'Shop the sale</a><p>Free shipping on orders over $75. Exclusions apply; see '
              '<a href="https://trailnest.example/terms">terms</a>.</p>'
              '<p style="font-size:11px"><a href="https://trailnest.example/unsub?e=9d2f">'
              'Unsubscribe</a> | Trailnest Outfitters, 18 Pine Ave, Boulder CO 80302</p></div>',
         codes=[], link=None),
    dict(lang="en", subject="Dana Whitfield invited you to join Orbit Design on Tasklane",
         text="Dana Whitfield (dana@orbitdesign.example) has invited you to collaborate in the "
              "Orbit Design workspace on Tasklane.\n\nAccept the invitation:\n"
              "https://tasklane.example/invite/accept?code=inv_6Gq2Xh81&ws=orbit-design\n\n"
              "This invitation expires in 7 days.\n\n— The Tasklane team\n",
         html='<p><strong>Dana Whitfield</strong> has invited you to collaborate in the '
              '<strong>Orbit Design</strong> workspace on Tasklane.</p>'
              '<p><a href="https://tasklane.example/invite/accept?code=inv_6Gq2Xh81&amp;'
              'ws=orbit-design">Accept invitation</a></p><p>This invitation expires in 7 days. '
              '<a href="https://tasklane.example/about">What is Tasklane?</a></p>',
         codes=[], link="https://tasklane.example/invite/accept?code=inv_6Gq2Xh81&ws=orbit-design"),
    dict(lang="en", subject="Approve sign-in from a new device",
         html='<p>Someone is trying to sign in to your Keystone Wallet account from a new '
              'device:</p><ul><li>Device: Pixel 8 (Android 15)</li><li>Location: Lisbon, '
              'Portugal</li><li>Time: 2026-11-14 21:07 WET</li></ul>'
              '<p>If this was you, approve the sign-in:</p>'
              '<p><a href="https://keystone-wallet.example/devices/approve/dv_93kLmq0Z">'
              'Yes, it was me</a></p><p>If this wasn\'t you, do not approve it. Change your '
              'password and read <a href="https://keystone-wallet.example/help/account-safety">'
              'how to keep your account safe</a>.</p>',
         codes=[], link="https://keystone-wallet.example/devices/approve/dv_93kLmq0Z"),
    dict(lang="en", subject="Confirm your new email address",
         text="You asked to change the email address on your Fieldnote account from "
              "m***@mailbox.test to this address.\n\nConfirm the change by entering code "
              "318 442 in the app, or by opening:\n"
              "https://fieldnote.example/email/confirm?t=Zm9vYmFy9921\n\n"
              "If you didn't request this, contact support at support@fieldnote.example.\n"
              "Fieldnote, 2 Kings Parade, Cambridge CB2 1TN\n",
         codes=["318442"], link="https://fieldnote.example/email/confirm?t=Zm9vYmFy9921"),
    dict(lang="en", subject="Approve your online payment",
         text="Northbridge Bank\n\nYou're paying GBP 249.99 to SKYMARKET ONLINE with your debit "
              "card ending 7723.\n\nYour one-time passcode is 80417365\n\n"
              "Never share this passcode. We will never call you to ask for it.\n"
              "Transaction reference 0039921455 · 16/11/2026 19:22\n\n"
              "Northbridge Bank plc. Registered in England No. 2065187. Authorised by the "
              "Prudential Regulation Authority.\n",
         codes=["80417365"], link=None),
    dict(lang="en", subject="Confirm account deletion",
         html='<p>Hi Sam,</p><p>We got a request to permanently delete your Pixelhive account '
              'and all 1,284 photos stored in it. This can\'t be undone.</p>'
              '<p><a href="https://pixelhive.example/account/delete/confirm?rid=del-55c1f09e" '
              'style="color:#c00">Delete my account</a></p><p>If you changed your mind, just '
              'ignore this email and nothing will be deleted. Download a copy of your photos '
              'first at <a href="https://pixelhive.example/export">pixelhive.example/export</a>.'
              '</p>',
         codes=[], link="https://pixelhive.example/account/delete/confirm?rid=del-55c1f09e"),
    dict(lang="en", subject="New sign-in to your Harborline account",
         text="We noticed a new sign-in to your Harborline account.\n\n"
              "When: November 18, 2026 at 7:42 AM EST\nDevice: Safari on macOS 15\n"
              "Near: Toronto, ON, Canada\n\nIf this was you, there's nothing else to do.\n"
              "If not, reset your password from the app under Settings > Security and turn on "
              "two-step verification.\n\n"
              "Harborline Ferries Inc. · 1 Front St W, Toronto ON M5J 2X5 · 1-800-555-0142\n",
         codes=[], link=None),
    dict(lang="en", subject="Invoice INV-2026-00871 from Cloudmesa",
         html='<p>Hello Acme Test Co,</p><p>Your invoice for November 2026 is ready.</p>'
              '<table cellpadding="6"><tr><td>Invoice number</td><td>INV-2026-00871</td></tr>'
              '<tr><td>Amount due</td><td>$1,420.00</td></tr><tr><td>Due date</td>'
              '<td>December 15, 2026</td></tr><tr><td>Account ID</td><td>740233</td></tr>'
              '</table><p><a href="https://billing.cloudmesa.example/invoices/INV-2026-00871">'
              'View invoice</a> · <a href="https://billing.cloudmesa.example/invoices/'
              'INV-2026-00871.pdf">Download PDF</a></p><p>Payment will be charged '
              'automatically to the card on file ending 3390.</p>',
         codes=[], link=None),
    dict(lang="en", subject="Pixelforge Guard: your login code",
         text="Hello playerOne_88,\n\nHere is the Pixelforge Guard code you need to log in "
              "from a new computer:\n\n    R7K2M\n\nCan't use the code above? Use the backup "
              "code 9QXT4 instead. Each backup code works only once.\n\n"
              "Login attempt from: Warsaw, PL (IP 198.51.100.23)\n"
              "If you did not try to log in, change your password now. Pixelforge staff will "
              "never ask you for this code.\n\nPixelforge Support\n",
         codes=["R7K2M", "9QXT4"], link=None),
    dict(lang="en", subject="Please confirm your subscription to The Tidepool Weekly",
         text="One more step!\n\nConfirm that you want The Tidepool Weekly, our Sunday letter "
              "about coastal science:\nhttps://tidepool.example/subscribe/confirm/ab19-77f0-c3d2"
              "\n\nIf you didn't sign up, ignore this message and you won't hear from us again.\n",
         html='<h2>One more step!</h2><p>Confirm that you want <em>The Tidepool Weekly</em>, '
              'our Sunday letter about coastal science.</p><p><a '
              'href="https://tidepool.example/subscribe/confirm/ab19-77f0-c3d2">Yes, subscribe '
              'me</a></p><p>If you didn\'t sign up, ignore this message and you won\'t hear '
              'from us again.</p><p style="font-size:11px">Tidepool Media, 80 Wharf St, '
              'Monterey, CA 93940</p>',
         codes=[], link="https://tidepool.example/subscribe/confirm/ab19-77f0-c3d2"),
    dict(lang="en", subject="Welcome to Sprout Finance 🌱",
         html='<h1>Welcome aboard, Priya!</h1><p>Your Sprout Finance account is ready. '
              'Here are three things to try first:</p><ol><li>Link a bank account</li>'
              '<li>Set a monthly savings goal</li><li>Turn on round-ups</li></ol>'
              '<p><a href="https://help.sproutfinance.example/getting-started">Read the getting '
              'started guide</a></p><p><a href="https://apps.apple.example/app/sprout/id1500400">'
              'App Store</a> · <a href="https://play.example/store/apps/details?id=com.sprout">'
              'Google Play</a></p><p style="font-size:11px">Sprout Finance is not a bank. '
              'Banking services provided by Riverbend Bank, N.A., Member FDIC. NMLS ID 2211845.'
              '</p>',
         codes=[], link=None),
    dict(lang="en", subject="Your Vaultbox Plus plan renews on December 3",
         text="Hi Alex,\n\nJust a heads-up: your Vaultbox Plus plan (2 TB) will renew "
              "automatically on December 3, 2026 for $99.00/year, charged to the Mastercard "
              "ending 0291.\n\nNo action is needed if you'd like to keep your plan. To change or "
              "cancel it, visit https://vaultbox.example/account/subscription\n\n"
              "Order reference: VB-PLUS-5518820\nVaultbox Inc., 100 Congress Ave, Austin, TX 78701\n",
         codes=[], link=None),
    dict(lang="en", subject="Verify your email for Gridlane",
         text="Welcome to Gridlane!\n\nTo verify your email, click the link below:\n"
              "https://gridlane.example/verify?uid=40913&token=d81fa3c0e2\n\n"
              "Or enter this code on the verification screen: 552-918\n\n"
              "The code and link expire in 24 hours.\n"
              "Gridlane Networks, 3000 Ocean Blvd, Long Beach, CA 90802\n",
         codes=["552918"], link="https://gridlane.example/verify?uid=40913&token=d81fa3c0e2"),
    dict(lang="en", subject="Your Mintora code",
         html='<p>Enter this code to finish setting up Mintora:</p><table><tr>'
              '<td style="border:1px solid #ddd;padding:8px 12px;font-size:24px">2</td>'
              '<td style="border:1px solid #ddd;padding:8px 12px;font-size:24px">8</td>'
              '<td style="border:1px solid #ddd;padding:8px 12px;font-size:24px">0</td>'
              '<td style="border:1px solid #ddd;padding:8px 12px;font-size:24px">5</td>'
              '<td style="border:1px solid #ddd;padding:8px 12px;font-size:24px">6</td>'
              '<td style="border:1px solid #ddd;padding:8px 12px;font-size:24px">1</td>'
              '</tr></table><p>This code expires in 10 minutes.</p><p style="font-size:11px">'
              'Mintora Labs Pty Ltd · ABN 51 824 753 556 · Level 4, 12 Pitt St, Sydney NSW 2000'
              '</p>',
         codes=["280561"], link=None),
    dict(lang="en", subject="Your Lantern TV pairing code",
         text="To link your TV to your Lantern account, type this code on the TV screen "
              "exactly as shown, dashes included:\n\n    CEDAR-RIVER-41\n\n"
              "The code works for 30 minutes. Model LT-55Q9, serial 7H2K00913.\n\nLantern Streaming\n",
         codes=["CEDAR-RIVER-41"], link=None),
    dict(lang="en", subject="Your Thursday evening trip with Zoomly",
         text="Thanks for riding with Zoomly, Chris.\n\nThu, Nov 20 · 6:14 PM\n"
              "From: 233 King St, Brooklyn, NY 11231\nTo: 48 Wall St, New York, NY 10005\n"
              "Distance 5.8 mi · 24 min\n\nTrip fare     $21.40\nBooking fee    $2.75\n"
              "Tip            $4.00\nTotal         $28.15\nPaid with Visa •••• 6104\n\n"
              "Trip ID 7e21c9b0 · Driver: Marcus, Toyota Camry, plate KXT 4821\n"
              "Lost something? https://help.zoomly.example/lost-item\n",
         codes=[], link=None),
    dict(lang="en", subject="842 615 is your Chirpnest login code",
         text="Hi,\n\n842 615 is your Chirpnest login code. Don't share it with anyone.\n\n"
              "We also sent it by text to +1 (415) 555-0199.\n\n"
              "Chirpnest, Inc. · 650 Castro St #120, Mountain View, CA 94041\n",
         codes=["842615"], link=None),
    dict(lang="en", subject="Password reset requested",
         html='<p>Use this code to reset your Ridgeway Health member portal password:</p>'
              '<h2 style="letter-spacing:4px">047 381</h2>'
              '<p>Member ID: RH-0088213 · Group 44710</p><p>The code expires in 10 minutes. '
              'If you didn\'t request a reset, call Member Services at 1-888-555-0123 '
              '(TTY 711), 8 a.m. to 8 p.m., 7 days a week.</p><p style="font-size:10px">'
              'Ridgeway Health Plans, Inc. complies with applicable federal civil rights laws. '
              'Y0123_RH2027_M</p>',
         codes=["047381"], link=None),
    dict(lang="en", subject="You're invited to the Maple Grove Elementary parent portal",
         text="Hello,\n\nMaple Grove Elementary uses SchoolBridge to share grades, attendance "
              "and news with families.\n\nYour child: Ava R., Grade 3, Room 114\n\n"
              "Accept your invitation and set up your parent account:\n"
              "https://portal.schoolbridge.example/join/MGE-3f9a22c1\n\n"
              "Questions? Call the front office at (503) 555-0176.\n"
              "Maple Grove Elementary · 4100 SW Maple Ave, Portland, OR 97219\n",
         codes=[], link="https://portal.schoolbridge.example/join/MGE-3f9a22c1"),
    dict(lang="en", subject="Verify your email to activate your CareNest account",
         html='<table width="100%"><tr><td align="center"><img src="https://cdn.carenest.example/'
              'logo.png" alt="CareNest" width="120"><h1>Almost there</h1><p>Please verify your '
              'email address to activate your CareNest account.</p><a href="https://click.mail.'
              'carenest.example/ls/click?upn=u001.Kx9fR2vLQ8mZ-2BtY7pW0aH3n&amp;d=4417" '
              'style="background:#0b7285;color:#fff;padding:14px 28px;border-radius:4px">'
              'Verify email</a><p>This link expires in 48 hours.</p><p style="font-size:11px">'
              'CareNest Home Care, 77 Summer St, Boston, MA 02110 · <a href="https://click.mail.'
              'carenest.example/ls/click?upn=u001.Qa71mB0xWz-2FpLe3&amp;d=4418">Unsubscribe</a>'
              ' · <a href="https://click.mail.carenest.example/ls/click?upn=u001.Pr44zV8&amp;'
              'd=4419">Privacy</a></p></td></tr></table>',
         codes=[], link="https://click.mail.carenest.example/ls/click?upn=u001.Kx9fR2vLQ8mZ-2BtY7pW0aH3n"
                        "&d=4417"),
    # ------------------------------------------------------------------ German
    dict(lang="de", subject="Ihr Anmeldecode für Wolkenlager",
         text="Hallo,\n\nIhr Anmeldecode lautet:\n\n    5 8 1 2 0 7\n\nDer Code ist 10 Minuten "
              "gültig. Geben Sie ihn niemals an Dritte weiter – auch nicht an unseren Support.\n\n"
              "Wolkenlager GmbH · Hafenstraße 12 · 20457 Hamburg\n"
              "Amtsgericht Hamburg HRB 176543 · USt-IdNr. DE298765432\nGeschäftsführer: Jonas Beck\n",
         codes=["581207"], link=None),
    dict(lang="de", subject="Passwort zurücksetzen",
         html='<p>Guten Tag Frau Keller,</p><p>Sie haben angefordert, das Passwort für Ihr '
              'Kundenkonto bei Fahrradwerk24 zurückzusetzen. Klicken Sie auf die folgende '
              'Schaltfläche, um ein neues Passwort zu vergeben:</p><p><a href="https://www.'
              'fahrradwerk24.example/kundenkonto/passwort-neu?hash=9b2e7d41c0a8f6&amp;kd=1008813"'
              ' style="background:#e85d04;color:#fff;padding:10px 18px">Neues Passwort '
              'festlegen</a></p><p>Der Link ist 24 Stunden gültig. Falls Sie keine Änderung '
              'angefordert haben, können Sie diese E-Mail ignorieren.</p><p>Bei Fragen erreichen '
              'Sie uns unter 0800 555 0123 (Mo–Fr 8–18 Uhr).</p><p style="font-size:11px">'
              '<a href="https://www.fahrradwerk24.example/impressum">Impressum</a> · '
              '<a href="https://www.fahrradwerk24.example/datenschutz">Datenschutz</a> · '
              'Fahrradwerk24 GmbH, Industriestr. 8, 70565 Stuttgart</p>',
         codes=[], link="https://www.fahrradwerk24.example/kundenkonto/passwort-neu"
                        "?hash=9b2e7d41c0a8f6&kd=1008813"),
    # ------------------------------------------------------------------ French
    dict(lang="fr", subject="Validation de votre paiement",
         text="Banque Lumière\n\nPour valider votre paiement de 87,40 EUR chez "
              "MAISONDECO.EXAMPLE avec votre carte se terminant par 5108, le code de sécurité à "
              "saisir sur la page de paiement, valable pendant 5 minutes seulement, est : 661039"
              "\n\nSi vous n'êtes pas à l'origine de cette opération, contactez-nous au "
              "09 69 32 00 00 (appel non surtaxé).\n"
              "Banque Lumière SA – RCS Lyon 552 120 222 – ORIAS 07 023 456\n",
         codes=["661039"], link=None),
    dict(lang="fr", subject="-30 % sur les manteaux ce week-end ❄️",
         html='<h1>L\'hiver arrive, vos manteaux aussi</h1><p>Du vendredi 21 au dimanche '
              '23 novembre, profitez de -30 % sur toute la collection manteaux avec le code '
              '<b>HIVER30</b>.</p><p><a href="https://boutique.laineetcie.example/manteaux?'
              'utm_medium=email">Je découvre</a></p><p style="font-size:10px">Offre valable '
              'une seule fois par client, hors articles déjà soldés. Laine &amp; Cie SAS, '
              '14 rue des Tisserands, 59000 Lille – SIRET 812 345 678 00019. '
              '<a href="https://laineetcie.example/desinscription?id=77a1">Se désinscrire</a>'
              '</p>',
         codes=[], link=None),
    # ------------------------------------------------------------------ Spanish
    dict(lang="es", subject="Confirma tu cuenta de Viajalia",
         html='<p>¡Hola!</p><p>Gracias por registrarte en Viajalia. Introduce este código '
              'para confirmar tu cuenta:</p><p style="font-size:28px"><b>4 7 3 0 9 2</b></p>'
              '<p>O confirma directamente desde este enlace: <a href="https://viajalia.example/'
              'es/confirmar?c=473092&amp;u=77120">Confirmar mi cuenta</a></p><p>El código '
              'caduca en 30 minutos.</p><p style="font-size:11px">Viajalia Viajes S.L. · '
              'CIF B87654321 · C/ Alcalá 120, 28009 Madrid · Título-licencia CICMA 3345</p>',
         codes=["473092"], link="https://viajalia.example/es/confirmar?c=473092&u=77120"),
    dict(lang="es", subject="Tu pedido 4008-7712 está en camino",
         text="¡Hola, Lucía!\n\nTu pedido 4008-7712 ya salió de nuestro almacén.\n\n"
              "Transportista: Rápido Express\nNúmero de seguimiento: CX123456789ES\n"
              "Entrega estimada: 21/11/2026\n\nSigue tu envío aquí: "
              "https://envios.rapidoexpress.example/seguimiento/CX123456789ES\n\n"
              "Artículos: 1 x Auriculares inalámbricos NB-300 (59,90 €)\n\n"
              "Tienda Sonora S.A. · Av. Diagonal 500, 08006 Barcelona · NIF A12345678\n",
         codes=[], link=None),
    # ------------------------------------------------------------------ Italian
    dict(lang="it", subject="Accedi a Ricettario",
         text="Ciao,\n\nclicca sul link qui sotto per accedere al tuo account Ricettario. Il link "
              "è valido per 15 minuti e può essere usato una sola volta.\n\n"
              "https://ricettario.example/accesso/link/eyJ1aWQiOjQ0MTJ9.Xk7vQp\n\n"
              "Se non hai richiesto tu l'accesso, ignora questa email.\n\n"
              "Ricettario S.r.l. – P.IVA 12345678901 – Via Roma 10, 20121 Milano\n",
         codes=[], link="https://ricettario.example/accesso/link/eyJ1aWQiOjQ0MTJ9.Xk7vQp"),
    dict(lang="it", subject="Codice di verifica per l'accesso",
         html="<p>Gentile cliente,</p><p>il codice di verifica per completare l'accesso "
              "all'Home Banking di Banca Colli Verdi è <strong>90 21 47</strong>.</p>"
              "<p>Il codice scade tra 3 minuti. Non comunicarlo a nessuno: la banca non te lo "
              "chiederà mai per telefono.</p><p style='font-size:10px'>Banca Colli Verdi S.p.A. "
              "– Capitale sociale € 50.000.000 – ABI 03456 – Iscritta all'Albo delle Banche "
              "n. 5678</p>",
         codes=["902147"], link=None),
    # ------------------------------------------------------------------ Portuguese
    dict(lang="pt", subject="Seu código de verificação Pagafácil",
         text="Olá, Marina!\n\nSeu código de verificação é 218 774.\n\nUse-o para confirmar seu "
              "cadastro no app Pagafácil. Ele vale por 3 minutos.\n\nNunca informe este código "
              "por telefone ou WhatsApp.\n\n"
              "Pagafácil Instituição de Pagamento S.A. – CNPJ 12.345.678/0001-90\n"
              "Av. Paulista, 1000 – São Paulo/SP – CEP 01310-100\nOuvidoria: 0800 555 0199\n",
         codes=["218774"], link=None),
    dict(lang="pt", subject="Convite para partilhar a pasta «Orçamentos 2027»",
         html='<p>Olá,</p><p>O Rui Matos convidou-o para editar a pasta <b>Orçamentos 2027</b> '
              'no Arquivo Nuvem.</p><p><a href="https://arquivonuvem.example/partilha/aceitar/'
              'f3K9pQ2r?lang=pt-PT">Aceitar convite</a></p><p>O convite expira a 7 de dezembro '
              'de 2026.</p><p style="font-size:11px">Arquivo Nuvem, Lda. · NIPC 509 876 543 · '
              'Rua Augusta 200, 1100-053 Lisboa · <a href="https://arquivonuvem.example/'
              'privacidade">Privacidade</a></p>',
         codes=[], link="https://arquivonuvem.example/partilha/aceitar/f3K9pQ2r?lang=pt-PT"),
    # ------------------------------------------------------------------ Dutch
    dict(lang="nl", subject="Bevestig je inschrijving",
         html='<p>Bedankt voor je aanmelding voor de nieuwsbrief van Tuincentrum De Linde!</p>'
              '<p>Klik op de knop om je inschrijving te bevestigen:</p><p><a href="https://'
              'nieuwsbrief.delinde.example/optin?id=a7f2c91&amp;list=3">Ja, ik wil de '
              'nieuwsbrief</a></p><p>Heb je je niet aangemeld? Dan hoef je niets te doen.</p>'
              '<p style="font-size:11px">Tuincentrum De Linde B.V. · KvK 12345678 · '
              'Dorpsstraat 4, 3512 AB Utrecht</p>',
         codes=[], link="https://nieuwsbrief.delinde.example/optin?id=a7f2c91&list=3"),
    dict(lang="nl", subject="Je inlogcode voor Mijn Energiewijs",
         text="Beste klant,\n\nJe inlogcode voor Mijn Energiewijs is: 730518\n\n"
              "Deze code is 10 minuten geldig.\nKlantnummer: 2004417\n\n"
              "Heb je niet geprobeerd in te loggen? Bel ons op 088 555 0100.\n\n"
              "Energiewijs B.V. · Postbus 1200, 3000 BE Rotterdam\n",
         codes=["730518"], link=None),
    # ------------------------------------------------------------------ Polish
    dict(lang="pl", subject="Kod autoryzacyjny transakcji",
         text="Bank Wisła\n\nKod do autoryzacji płatności kartą *8812 na kwotę 359,00 PLN w "
              "sklepie SPORTOWO.EXAMPLE: 44918263\n\nData: 23.11.2026 14:05. Nie podawaj kodu "
              "nikomu.\n\nBank Wisła S.A., ul. Marszałkowska 100, 00-026 Warszawa, "
              "KRS 0000123456, NIP 525-000-12-34\n",
         codes=["44918263"], link=None),
    dict(lang="pl", subject="Faktura VAT nr FV/2026/11/0453",
         text="Dzień dobry,\n\nw załączniku przesyłamy fakturę VAT nr FV/2026/11/0453 za "
              "usługę hostingu za okres 01.11.2026–30.11.2026.\n\nKwota do zapłaty: 123,00 zł "
              "brutto\nTermin płatności: 14.12.2026\nNr rachunku: 12 1090 1014 0000 0712 1981 "
              "2874\n\nFakturę możesz też pobrać z panelu: "
              "https://panel.serwerownia.example/faktury/0453\n\n"
              "Serwerownia Sp. z o.o., NIP 123-456-32-18, ul. Długa 5, 80-827 Gdańsk\n",
         codes=[], link=None),
    # ------------------------------------------------------------------ Czech / Slovak
    dict(lang="cs", subject="Dokončete registraci",
         html='<p>Dobrý den,</p><p>děkujeme za registraci na portálu Jízdenky.example. Pro '
              'dokončení registrace zadejte ověřovací kód:</p><p style="font-size:24px">'
              '<b>619304</b></p><p>Nebo klikněte na <a href="https://jizdenky.example/registrace/'
              'overit?k=619304&amp;e=43a1">tento odkaz</a>.</p><p>Kód platí 20 minut.</p>'
              '<p style="font-size:11px">Jízdenky s.r.o., IČO 12345678, Na Příkopě 15, '
              '110 00 Praha 1</p>',
         codes=["619304"], link="https://jizdenky.example/registrace/overit?k=619304&e=43a1"),
    dict(lang="sk", subject="Obnovenie hesla",
         text="Dobrý deň,\n\npožiadali ste o obnovenie hesla k účtu v e-shope Drevárik.\n"
              "Nové heslo si nastavíte na tejto adrese:\n\n"
              "https://www.drevarik.example/obnova-hesla?t=c81d2e9f44&id=5530\n\n"
              "Odkaz je platný 2 hodiny. Ak ste o obnovenie nežiadali, tento e-mail ignorujte.\n\n"
              "Drevárik s.r.o., Hlavná 22, 040 01 Košice, IČO 45678912\n",
         codes=[], link="https://www.drevarik.example/obnova-hesla?t=c81d2e9f44&id=5530"),
    # ------------------------------------------------------------------ Nordic
    dict(lang="sv", subject="Din inloggningskod till Bokhyllan",
         text="Hej!\n\nHär är din engångskod för att logga in på Bokhyllan:\n\n551 209\n\n"
              "Koden gäller i 15 minuter. Om det inte var du som försökte logga in kan du "
              "bortse från det här mejlet.\n\n"
              "Bokhyllan AB · Org.nr 556677-8899 · Box 1234, 111 22 Stockholm\n",
         codes=["551209"], link=None),
    dict(lang="da", subject="Bekræft din nye e-mailadresse",
         html='<p>Hej Mette,</p><p>Du har bedt om at ændre e-mailadressen på din konto hos '
              'Cykelbørsen. Bekræft ændringen ved at klikke herunder:</p><p><a href="https://'
              'cykelborsen.example/konto/email/bekraeft/7b1e90aa">Bekræft e-mailadresse</a></p>'
              '<p>Linket udløber om 24 timer. Har du ikke bedt om ændringen, så kontakt os på '
              '70 20 30 40.</p><p style="font-size:11px">Cykelbørsen ApS · CVR 12345678 · '
              'Vesterbrogade 10, 1620 København V</p>',
         codes=[], link="https://cykelborsen.example/konto/email/bekraeft/7b1e90aa"),
    dict(lang="nb", subject="Engangskode fra Fjordbank",
         text="Hei,\n\nEngangskoden din er 284 016. Den er gyldig i 5 minutter.\n\n"
              "Fjordbank ber deg aldri oppgi koder på telefon.\n\n"
              "Hilsen Fjordbank\nOrg.nr. 987 654 321 · Strandkaien 3, 5013 Bergen\n",
         codes=["284016"], link=None),
    dict(lang="fi", subject="Pakettisi on noudettavissa",
         text="Hei!\n\nPakettisi (lähetystunnus JJFI64012300012345678) on saapunut "
              "noutopisteeseen:\n\nK-Market Keskusta\nHämeenkatu 5, 33100 Tampere\n"
              "Avoinna ma–la 7–22, su 10–21\n\nPaketti on noudettavissa 28.11.2026 asti. "
              "Ota mukaan henkilöllisyystodistus.\n\nSeuraa lähetystä: "
              "https://seuranta.pakettipiste.example/JJFI64012300012345678\n\n"
              "Pakettipiste Oy · Y-tunnus 1234567-8\n",
         codes=[], link=None),
    # ------------------------------------------------------------------ Hungarian / Romanian
    dict(lang="hu", subject="Ellenőrző kód",
         text="Kedves Ügyfelünk!\n\nAz Ön ellenőrző kódja: 370 662\n\nA kódot a regisztráció "
              "befejezéséhez adja meg a Jegyláda oldalán. A kód 15 percig érvényes.\n\n"
              "Üdvözlettel:\nJegyláda Kft.\nAdószám: 12345678-2-42 · 1052 Budapest, Váci utca 12.\n",
         codes=["370662"], link=None),
    dict(lang="ro", subject="Activează-ți contul Cartier",
         html='<p>Bună, Andrei!</p><p>Mulțumim că te-ai înregistrat pe Cartier, platforma '
              'vecinilor din orașul tău. Apasă pe butonul de mai jos pentru a-ți activa contul:'
              '</p><p><a href="https://cartier.example/activare?cod=R0-88f1c2d7" style="'
              'background:#1d3557;color:#fff;padding:10px 20px">Activează contul</a></p>'
              '<p>Dacă nu ai creat tu acest cont, ignoră acest mesaj.</p><p style="font-size:'
              '11px">Cartier Digital SRL · CUI RO12345678 · J40/1234/2020 · Str. Lipscani 20, '
              'București</p>',
         codes=[], link="https://cartier.example/activare?cod=R0-88f1c2d7"),
    # ------------------------------------------------------------------ Greek
    dict(lang="el", subject="Κωδικός επαλήθευσης Ταξιδόραμα",
         text="Γεια σας,\n\nΟ κωδικός επαλήθευσης για το Ταξιδόραμα είναι 815 240. "
              "Ισχύει για 10 λεπτά.\n\nΜην τον κοινοποιήσετε σε κανέναν.\n\n"
              "Ταξιδόραμα Α.Ε. · ΑΦΜ 099887766 · ΓΕΜΗ 123456701000 · Ερμού 25, 105 63 Αθήνα\n",
         codes=["815240"], link=None),
    # ------------------------------------------------------------------ Cyrillic
    dict(lang="ru", subject="Код для входа",
         text="Здравствуйте!\n\nКод для входа в «Книжную полку»: 2759\n\nНикому не сообщайте "
              "этот код. Если вы не запрашивали вход, позвоните нам: 8 800 555-35-35.\n\n"
              "ООО «Книжная полка», ИНН 7701234567, ОГРН 1157746012345\n"
              "125009, Москва, ул. Тверская, д. 7\n",
         codes=["2759"], link=None),
    dict(lang="ru", subject="Кассовый чек № 1204",
         text="Спасибо за покупку в «Пекарне на углу»!\n\nКассовый чек № 1204, приход\n"
              "24.11.2026 09:12\n\nКруассан × 2 — 260,00 ₽\nКапучино × 1 — 190,00 ₽\n"
              "ИТОГО: 450,00 ₽\nБезналичными: 450,00 ₽\n\n"
              "ФН 9960440300123456 · ФД 48211 · ФПД 3021876544\nРН ККТ 0004123456789012\n"
              "ИНН 7812345678 · Сайт ФНС: nalog.example\n",
         codes=[], link=None),
    dict(lang="uk", subject="Підтвердіть електронну пошту",
         html='<p>Вітаємо!</p><p>Ви зареєструвалися в сервісі «Квиток-UA». Щоб підтвердити '
              'адресу електронної пошти, натисніть кнопку:</p><p><a href="https://kvytok-ua.'
              'example/uk/confirm-email?key=5f0e12ab9c&amp;uid=31077">Підтвердити пошту</a></p>'
              '<p>Посилання дійсне 72 години.</p><p style="font-size:11px">ТОВ «Квиток-UA», '
              'код ЄДРПОУ 41234567, м. Київ, вул. Хрещатик, 22</p>',
         codes=[], link="https://kvytok-ua.example/uk/confirm-email?key=5f0e12ab9c&uid=31077"),
    dict(lang="bg", subject="Код за потвърждение",
         text="Здравейте,\n\nВашият код за потвърждение в „Пазарче.бг“ е 640 128.\n\n"
              "Кодът е валиден 10 минути. Ако не сте поискали код, игнорирайте този имейл.\n\n"
              "Пазарче ЕООД · ЕИК 203456789 · бул. „Витоша“ 45, 1000 София\n",
         codes=["640128"], link=None),
    dict(lang="sr", subject="Верификациони код",
         text="Поштовани,\n\nВаш верификациони код за е-Шалтер је: 93 71 05\n\n"
              "Код важи 5 минута. Не делите га ни са ким.\n\n"
              "е-Шалтер д.о.о. · ПИБ 100123456 · МБ 07654321 · Кнез Михаилова 10, 11000 Београд\n",
         codes=["937105"], link=None),
    dict(lang="hr", subject="Dobrodošli u Mreža+",
         html='<h1>Dobrodošli, Ivana!</h1><p>Vaš korisnički račun u Mreža+ uspješno je '
              'aktiviran. Vaš tarifni paket: <b>Mreža+ 100</b> (100 Mbit/s), 24,99 € mjesečno.'
              '</p><p>Broj korisnika: 2201457 · Ugovor br. MP-2026-33810</p>'
              '<p><a href="https://mrezaplus.example/pomoc/prvi-koraci">Prvi koraci</a> · '
              '<a href="https://mrezaplus.example/aplikacija">Preuzmite aplikaciju</a></p>'
              '<p style="font-size:11px">Mreža Plus d.o.o., OIB 12345678901, Ilica 1, '
              '10000 Zagreb</p>',
         codes=[], link=None),
    # ------------------------------------------------------------------ Turkish
    dict(lang="tr", subject="Doğrulama kodunuz",
         text="Sayın müşterimiz, Kargonet üyeliğinizi tamamlamak için doğrulama kodunuz: "
              "108 452\n\nBu kodu kimseyle paylaşmayın. Kargonet çalışanları sizden asla kod "
              "istemez.\n\nKargonet Lojistik A.Ş. · Mersis No: 0123456789000015 · "
              "Çağrı merkezi 0850 555 12 34\n",
         codes=["108452"], link=None),
    dict(lang="tr", subject="Şifre sıfırlama talebi",
         html='<p>Merhaba,</p><p>Kitapçım hesabınız için şifre sıfırlama talebi aldık. Yeni '
              'şifrenizi belirlemek için aşağıdaki bağlantıya tıklayın:</p><p><a href="https://'
              'kitapcim.example/sifre/yenile?token=8e41a0cc7d&amp;ref=mail">Şifremi '
              'sıfırla</a></p><p>Bu bağlantı 1 saat geçerlidir.</p><p style="font-size:11px">'
              'Kitapçım E-Ticaret A.Ş. · Vergi No 1234567890 · İstiklal Cad. No: 50, '
              '34433 Beyoğlu/İstanbul · <a href="https://kitapcim.example/kvkk">KVKK</a></p>',
         codes=[], link="https://kitapcim.example/sifre/yenile?token=8e41a0cc7d&ref=mail"),
    # ------------------------------------------------------------------ Right-to-left
    dict(lang="ar", subject="رمز التحقق من سوق الواحة",
         text="مرحباً،\n\nرمز التحقق الخاص بحسابك في «سوق الواحة» هو: ٧٢٤٠٥١\n"
              "صالح لمدة ١٠ دقائق. لا تشارك هذا الرمز مع أي شخص.\n\n"
              "رقم الطلب: 100482731\nالرقم الضريبي 300123456700003\n",
         codes=["724051"], link=None),
    dict(lang="he", subject="הוזמנת להצטרף לקבוצה „ועד הבית”",
         html='<div dir="rtl"><p>שלום,</p><p>יעל כהן הזמינה אותך להצטרף לקבוצה '
              '<b>ועד הבית – רחוב הגפן 12</b> באפליקציית שכנים.</p><p><a href="https://'
              'shchenim.example/he/invite/accept/9aQ2w7Lx">הצטרפות לקבוצה</a></p>'
              '<p>ההזמנה בתוקף ל-14 יום.</p><p style="font-size:11px">שכנים בע״מ · ח.פ. '
              '516789012 · <a href="https://shchenim.example/he/privacy">מדיניות פרטיות</a>'
              '</p></div>',
         codes=[], link="https://shchenim.example/he/invite/accept/9aQ2w7Lx"),
    dict(lang="fa", subject="کد تایید کتابخانه نور",
         text="کاربر گرامی،\nکد تایید شما در «کتابخانه نور»: ۵۳۸۱۹۲\n"
              "این کد تا ۲ دقیقه معتبر است.\n\nپشتیبانی: ۰۲۱-۹۱۰۰۵۵۵۵\nلغو ۱۱\n",
         codes=["538192"], link=None),
    # ------------------------------------------------------------------ South Asia
    dict(lang="hi", subject="आपका बाज़ारघर OTP",
         text="प्रिय ग्राहक,\n\nआपके बाज़ारघर खाते में लॉगिन के लिए OTP 604 931 है। यह 10 मिनट तक "
              "मान्य है। इसे किसी के साथ साझा न करें।\n\nऑर्डर संख्या 4029981177 के बारे में "
              "जानकारी के लिए 1800-555-0134 पर कॉल करें।\n\nबाज़ारघर प्रा. लि., "
              "GSTIN 27AABCB1234C1Z5, मुंबई 400001\n",
         codes=["604931"], link=None),
    dict(lang="bn", subject="আপনার যাচাইকরণ কোড",
         text="প্রিয় গ্রাহক,\n\nআপনার দোকানি অ্যাকাউন্টের যাচাইকরণ কোড: ৪৮২৯১৬\n"
              "কোডটি ৫ মিনিটের জন্য বৈধ। কাউকে এই কোড দেবেন না।\n\n"
              "হেল্পলাইন: ১৬৫৫৫ · দোকানি লিমিটেড, ঢাকা ১২১২\n",
         codes=["482916"], link=None),
    dict(lang="ta", subject="உங்கள் மின்னஞ்சலை உறுதிப்படுத்தவும்",
         html='<p>வணக்கம்,</p><p>பாடசாலை இணையத்தில் பதிவு செய்ததற்கு நன்றி. உங்கள் மின்னஞ்சல் '
              'முகவரியை உறுதிப்படுத்த கீழே உள்ள இணைப்பைக் கிளிக் செய்யவும்:</p><p><a href="https://'
              'paadasaalai.example/ta/verify?k=tm-40c7e1f2">மின்னஞ்சலை உறுதிப்படுத்து</a></p>'
              '<p>இந்த இணைப்பு 24 மணி நேரம் செல்லுபடியாகும்.</p><p style="font-size:11px">'
              'பாடசாலை கல்வி நிறுவனம், அண்ணா சாலை 120, சென்னை 600002</p>',
         codes=[], link="https://paadasaalai.example/ta/verify?k=tm-40c7e1f2"),
    # ------------------------------------------------------------------ Southeast Asia
    dict(lang="th", subject="รหัส OTP ของคุณ",
         text="รหัส OTP ของคุณคือ 739 502 (รหัสอ้างอิง: QWHX)\nใช้ได้ภายใน 5 นาที "
              "ห้ามบอกรหัสนี้แก่ผู้อื่น\n\nบริษัท ตลาดดี จำกัด เลขประจำตัวผู้เสียภาษี "
              "0105561234567 โทร 02-555-0123\n",
         codes=["739502"], link=None),
    dict(lang="vi", subject="Mã xác thực OTP",
         text="Kính gửi Quý khách,\n\nMã OTP của Quý khách là 184627. Mã có hiệu lực trong "
              "3 phút. Tuyệt đối không cung cấp mã này cho bất kỳ ai, kể cả nhân viên ngân "
              "hàng.\n\nGiao dịch: chuyển khoản 2.500.000 VND đến tài khoản 0071000123456.\n"
              "Hotline 1900 5555 88 · Ngân hàng Sông Hồng\n",
         codes=["184627"], link=None),
    dict(lang="id", subject="Kode verifikasi Belanjaku",
         text="JANGAN BERIKAN KODE INI KE SIAPA PUN, TERMASUK PIHAK BELANJAKU.\n\n"
              "Kode verifikasi Belanjaku Anda: 8305\nBerlaku 5 menit.\n\n"
              "PT Belanjaku Nusantara · Jl. Sudirman Kav. 52, Jakarta 12190\n",
         codes=["8305"], link=None),
    dict(lang="id", subject="Flash Sale 12.12 — diskon hingga 70%!",
         html='<h1>Flash Sale 12.12 🔥</h1><p>Mulai pukul 00.00 WIB, nikmati diskon hingga 70% '
              'plus gratis ongkir. Pakai kode voucher <b>GAJIAN1212</b> untuk potongan '
              'tambahan Rp50.000 (min. belanja Rp250.000).</p><p><a href="https://belanjaku.'
              'example/promo/1212?src=email">Belanja sekarang</a></p><p style="font-size:10px">'
              'S&amp;K berlaku. <a href="https://belanjaku.example/berhenti-langganan?u=553">'
              'Berhenti berlangganan</a></p>',
         codes=[], link=None),
    dict(lang="ms", subject="Sahkan alamat e-mel anda",
         text="Salam sejahtera,\n\nTerima kasih kerana mendaftar dengan KedaiKopi Rewards. "
              "Sila sahkan alamat e-mel anda melalui pautan di bawah:\n\n"
              "https://rewards.kedaikopi.example/sahkan?e=ms-91d0&k=4b7c2a\n\n"
              "Pautan ini sah selama 48 jam.\n\nKedaiKopi Sdn. Bhd. (201901012345) · "
              "Jalan Ampang, 50450 Kuala Lumpur\n",
         codes=[], link="https://rewards.kedaikopi.example/sahkan?e=ms-91d0&k=4b7c2a"),
    dict(lang="tl", subject="Ang iyong verification code",
         text="Ang iyong verification code para sa PadalaKo ay 462 913. Huwag itong ibahagi "
              "kahit kanino, pati sa aming staff.\n\nMag-e-expire ito sa loob ng 5 minuto.\n\n"
              "PadalaKo Inc. · Ayala Ave, Makati City 1226 · Hotline (02) 8555 0199\n",
         codes=["462913"], link=None),
    # ------------------------------------------------------------------ East Asia
    dict(lang="ja", subject="【ポチモール】認証コードのお知らせ",
         html='<p>ポチモールをご利用いただきありがとうございます。</p><p>以下の認証コードを'
              '画面に入力してください。</p><p style="font-size:24px">認証コード：３９０８１７</p>'
              '<p>有効期限：30分</p><p>お問い合わせ番号：20261124-0042</p><p style="font-size:'
              '11px">株式会社ポチモール 〒150-0002 東京都渋谷区渋谷2-21-1</p>',
         codes=["390817"], link=None),
    dict(lang="ja", subject="商品を発送しました（注文番号：250-8812203-1147）",
         text="山田 太郎 様\n\nご注文の商品を発送いたしました。\n\n注文番号：250-8812203-1147\n"
              "配送業者：はやぶさ運輸\nお問い合わせ伝票番号：4412-8890-3321\n"
              "お届け予定日：11月27日（木）\n\n配送状況の確認：\n"
              "https://tracking.hayabusa-unyu.example/?no=441288903321\n\n"
              "文具の森 株式会社\n〒530-0001 大阪府大阪市北区梅田1-1-1\n",
         codes=[], link=None),
    dict(lang="zh", subject="【云笺】验证码",
         text="您的验证码为 517349，5分钟内有效。请勿泄露给他人。如非本人操作，请忽略本邮件。\n\n"
              "云笺科技有限公司 客服电话 400-820-1234\n",
         codes=["517349"], link=None),
    dict(lang="zh", subject="帳戶安全通知",
         text="親愛的會員您好：\n\n您的好讀書城帳戶於 2026/11/25 22:18 在新的裝置上登入。\n"
              "裝置：iPhone 15，地點：台中市\n\n若是您本人操作，請忽略此通知。若非本人操作，"
              "請儘速至「會員中心 > 帳戶安全」變更密碼。\n\n好讀書城股份有限公司 統一編號 12345678\n"
              "客服專線 (02) 2555-0123\n",
         codes=[], link=None),
    dict(lang="ko", subject="[마루마켓] 인증번호 안내",
         text="안녕하세요, 마루마켓입니다.\n\n요청하신 인증번호는 [827314] 입니다.\n"
              "3분 이내에 입력해 주세요.\n\n(주)마루마켓 | 사업자등록번호 123-45-67890 | "
              "통신판매업신고 2026-서울강남-01234\n고객센터 1588-0000\n",
         codes=["827314"], link=None),
    # ------------------------------------------------------------------ Caucasus
    dict(lang="ka", subject="დაადასტურეთ ელფოსტა",
         html='<p>გამარჯობა,</p><p>გმადლობთ, რომ დარეგისტრირდით „ბილეთებში“. ელფოსტის '
              'დასადასტურებლად დააჭირეთ ღილაკს:</p><p><a href="https://biletebi.example/ka/'
              'confirm/GE-7710a4b2">ელფოსტის დადასტურება</a></p><p>ბმული მოქმედებს 24 საათის '
              'განმავლობაში.</p><p style="font-size:11px">შპს ბილეთები, ს/კ 404123456, '
              'თბილისი, რუსთაველის გამზ. 12</p>',
         codes=[], link="https://biletebi.example/ka/confirm/GE-7710a4b2"),
    dict(lang="hy", subject="Նոյեմբերի նորությունները",
         html='<h1>Նոյեմբերի նորությունները</h1><p>Բարև, սիրելի ընթերցող։ Այս ամիս մեր գրադարանում '
              'ավելացել է 120 նոր գիրք։ Դեկտեմբերի 5-ին կկայանա հանդիպում հեղինակների հետ։</p>'
              '<p><a href="https://grqer.example/hy/events/2026-12-05">Մանրամասներ</a></p>'
              '<p style="font-size:11px">Գրքեր ՍՊԸ, Երևան, Աբովյան 8 · '
              '<a href="https://grqer.example/hy/unsubscribe?id=310">Չեղարկել բաժանորդագրությունը</a>'
              '</p>',
         codes=[], link=None),
    # ------------------------------------------------------------------ Africa / Baltics
    dict(lang="sw", subject="Nambari yako ya uthibitisho",
         text="Habari,\n\nNambari yako ya uthibitisho ya Pesaharaka ni 3 9 4 1 0 2\n"
              "Itumie ndani ya dakika 5. Usimpe mtu yeyote nambari hii.\n\n"
              "Muamala ID: QK71HX902 · Salio: KSh 1,250.00\nPesaharaka Ltd, Nairobi\n",
         codes=["394102"], link=None),
    dict(lang="lt", subject="Patvirtinkite prisijungimą naujame įrenginyje",
         html='<p>Sveiki,</p><p>Kažkas bando prisijungti prie jūsų „Skaitykla“ paskyros '
              'naujame įrenginyje:</p><ul><li>Įrenginys: Firefox, Windows 11</li><li>Vieta: '
              'Kaunas, Lietuva</li><li>Laikas: 2026-11-26 18:03</li></ul><p>Jei tai jūs, '
              'patvirtinkite:</p><p><a href="https://skaitykla.example/lt/irenginiai/patvirtinti'
              '?d=LT4491&amp;s=b07f3e">Taip, tai aš</a></p><p>Jei tai ne jūs, nieko nedarykite '
              'ir pasikeiskite slaptažodį.</p><p style="font-size:11px">UAB „Skaitykla“, '
              'įm. k. 304123456, Gedimino pr. 9, LT-01103 Vilnius</p>',
         codes=[], link="https://skaitykla.example/lt/irenginiai/patvirtinti?d=LT4491&s=b07f3e"),
    dict(lang="et", subject="Sinu sisselogimiskood",
         text="Tere!\n\nSinu sisselogimiskood on 640-719.\n\nKood kehtib 10 minutit. Kui sa ei "
              "proovinud sisse logida, võid selle kirja tähelepanuta jätta.\n\n"
              "Piletikassa OÜ · Registrikood 12345678 · Narva mnt 7, 10117 Tallinn\n",
         codes=["640719"], link=None),
]
