"""A month of mails for measuring one-time-code and action-link extraction (month1).

Eighty mails of the kind a disposable-address service receives for its users over
about a month: sign-up, login and two-factor codes, magic links, password resets,
email changes, device and payment approvals, invitations, newsletter opt-ins and
deletion confirmations, and the mail that follows them (welcome notes, receipts,
shipping notices, invoices, renewals, security notices, newsletters and sales with
coupon codes), in many languages and scripts.

Written blind on 2026-11-30 by a writer who never saw the extractor, its rules or
its history; every service, person, address and number is invented, and all domains
are example or test domains. Committed before being scored, to be scored once.

Each dict: lang, subject, text and/or html, codes (what a person would type, first the
one they need, a second only for a backup code; [] for none) and link (the one URL
clicked to confirm, verify, sign in, reset, accept or approve, entities decoded; None
for none). Same shape as verification.CASES.

Read once, blind, at 44a0c9b, with its twin set (after the coda set's tuning): codes P 0.927 R 0.950; links P 1.000 R 0.840;
every code listed P 0.889.
Both sets together (160 mails): codes P 0.950 R 0.950; links P 0.977 R 0.840. Their misses
then shaped extract.py and links.py (confirm, activate and sign-in words in Hungarian,
Lithuanian, Tagalog, Serbian and Bulgarian; a word in a link's host; "G-482913" typed as its
digits; order, reference and auth-code numbers; a code after a full stop; a nine-digit
recovery code); it counts as seen since.
"""

MONTH1 = [
    # ---- English ---------------------------------------------------------------
    dict(lang="en", subject="Confirm your Fernwood Books account",
         text="Hi there,\n\n"
              "Thanks for signing up for Fernwood Books. To finish creating your account, "
              "enter this verification code on the sign-up page:\n\n"
              "    739204\n\n"
              "The code expires in 15 minutes. If you didn't try to create an account, "
              "you can safely ignore this email.\n\n"
              "Happy reading,\nThe Fernwood team\n\n"
              "Fernwood Books Ltd · 14 Quarry Lane, Leeds LS2 7EW · Company no. 09812345\n"
              "https://fernwoodbooks.example/help",
         codes=["739204"], link=None),
    dict(lang="en", subject="Your Pebblepost login code",
         html='<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
              '<tr><td align="center" style="padding:24px 0">'
              '<a href="https://pebblepost.example/"><img src="https://cdn.pebblepost.example/'
              'mail/logo@2x.png" width="140" alt="Pebblepost"></a></td></tr>'
              '<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#222">'
              '<h1 style="font-size:22px">Your login code</h1>'
              '<p>Use this code to log in to Pebblepost. It is valid for 10 minutes and can '
              'only be used once.</p>'
              '<div style="font-size:34px;font-weight:700;letter-spacing:8px;background:#f3f4f6;'
              'padding:16px;text-align:center">418 276</div>'
              '<p style="color:#666">Requested from Chrome on macOS at 09:26 (GMT-8).</p>'
              '</td></tr>'
              '<tr><td style="font-size:12px;color:#999;padding-top:32px">'
              'Pebblepost Inc., 2200 Mission St, Suite 400, San Francisco, CA 94110<br>'
              '<a href="https://pebblepost.example/privacy">Privacy</a> · '
              '<a href="https://help.pebblepost.example/">Help center</a> · © 2026 Pebblepost'
              '</td></tr></table>',
         codes=["418276"], link=None),
    dict(lang="en", subject="Kestrel security code",
         text="K-553817 is your Kestrel security code. Don't share it with anyone. "
              "Kestrel staff will never ask you for this code.\n\n"
              "@kestrel.example #553817",
         codes=["553817"], link=None),
    dict(lang="en", subject="Sign in to Driftboard",
         html='<div style="max-width:560px;margin:0 auto;font-family:Inter,Arial,sans-serif">'
              '<a href="https://driftboard.example/?ref=mail-logo"><img alt="Driftboard" '
              'src="https://driftboard.example/static/mail-logo.png" height="28"></a>'
              '<h2>Your sign-in link</h2>'
              '<p>Click the button below to sign in to Driftboard as <b>user@mailbox.test</b>. '
              'This link expires in 20 minutes and can only be used once.</p>'
              '<p><a href="https://app.driftboard.example/auth/magic?token=q8Zt2LmV0xR7pW4nK1sE'
              '&amp;email=user%40mailbox.test&amp;next=%2Fboards" style="display:inline-block;'
              'background:#4f46e5;color:#fff;padding:12px 22px;border-radius:6px;'
              'text-decoration:none">Sign in to Driftboard</a></p>'
              '<p style="font-size:13px;color:#666">If you didn\'t request this email, there\'s '
              'nothing to worry about — you can safely ignore it.</p>'
              '<hr><p style="font-size:12px;color:#999">Driftboard, Inc. · 548 Market St #90210, '
              'San Francisco, CA 94104 · <a href="https://driftboard.example/legal/privacy">'
              'Privacy policy</a></p></div>',
         codes=[], link="https://app.driftboard.example/auth/magic?token=q8Zt2LmV0xR7pW4nK1sE"
                        "&email=user%40mailbox.test&next=%2Fboards"),
    dict(lang="en", subject="Reset your Hollis & Vane password",
         text="Hello,\n\n"
              "We received a request to reset the password for the Hollis & Vane account "
              "linked to this email address.\n\n"
              "Reset your password:\n"
              "https://account.hollisvane.example/reset/7f3c9a21-4be0-4d8e-9a1c-52e6b0d4c8f1\n\n"
              "This link works for 60 minutes. If you didn't ask for a reset, no changes have "
              "been made and you can delete this email.\n\n"
              "Need help? https://help.hollisvane.example/articles/password\n"
              "Shop new arrivals: https://hollisvane.example/new?utm_source=email"
              "&utm_medium=transactional\n\n"
              "Hollis & Vane, 80 Canal Street, Manchester M1 3HE. Registered in England "
              "No. 11204583. VAT GB 284 1937 20.",
         codes=[], link="https://account.hollisvane.example/reset/"
                        "7f3c9a21-4be0-4d8e-9a1c-52e6b0d4c8f1"),
    dict(lang="en", subject="Your Lumen Grocer order #LG-204817 is confirmed",
         html='<table width="100%" style="font-family:Georgia,serif">'
              '<tr><td><h1>Thanks for your order, Sam!</h1>'
              '<p>Order <b>#LG-204817</b> · Placed Nov 28, 2026 · Delivery window Sat 10:00–12:00'
              '</p></td></tr>'
              '<tr><td><table width="100%">'
              '<tr><td>Oat milk, 1 L × 3</td><td align="right">$8.97</td></tr>'
              '<tr><td>Sourdough loaf</td><td align="right">$6.50</td></tr>'
              '<tr><td>Free-range eggs, dozen</td><td align="right">$5.49</td></tr>'
              '<tr><td>Coffee beans 340 g</td><td align="right">$14.99</td></tr>'
              '<tr><td>Assorted produce (12 items)</td><td align="right">$42.35</td></tr>'
              '<tr><td>Delivery</td><td align="right">$3.99</td></tr>'
              '<tr><td>Tax</td><td align="right">$4.11</td></tr>'
              '<tr><td><b>Total charged</b></td><td align="right"><b>$86.40</b></td></tr>'
              '</table>'
              '<p>Paid with Mastercard ending in 4417. Auth code 0A71C3.</p>'
              '<p><a href="https://lumengrocer.example/orders/LG-204817">View order</a> · '
              '<a href="https://lumengrocer.example/orders/LG-204817/receipt.pdf">Download '
              'receipt</a></p></td></tr>'
              '<tr><td style="font-size:11px;color:#888">Lumen Grocer LLC, 301 W 2nd St, Austin, '
              'TX 78701 · (512) 555-0176 · <a href="https://lumengrocer.example/unsubscribe?'
              'u=55120">Email preferences</a></td></tr></table>',
         codes=[], link=None),
    dict(lang="en", subject="Your package is on its way",
         text="Good news — your order has shipped!\n\n"
              "Order number: 3049-77120-118\n"
              "Carrier: Northline Freight\n"
              "Tracking number: NL4829W03588172\n"
              "Estimated delivery: Thursday, December 3\n\n"
              "Track your package:\n"
              "https://track.northline.example/t/NL4829W03588172\n\n"
              "Items in this shipment:\n"
              "  1 x Trailhead 2-Person Tent (SKU 88-4102)\n"
              "  2 x Merino Hiking Socks, size M (SKU 31-0095)\n\n"
              "Questions? Reply to this email or call 1-888-555-0142.\n\n"
              "Ridgeline Outfitters · 1200 Pine St, Boulder, CO 80302",
         codes=[], link=None),
    dict(lang="en", subject="25% off everything — this weekend only",
         html='<div style="background:#fbeee0;padding:24px;font-family:Futura,Arial">'
              '<a href="https://saltandsage.example/?utm_campaign=wknd25"><img alt="Salt &amp; '
              'Sage" src="https://saltandsage.example/img/logo.png"></a>'
              '<h1 style="font-size:40px">25% OFF<br>EVERYTHING</h1>'
              '<p>Our cosiest sale of the year is here. Use code <b>COSY25</b> at checkout — '
              'ends Sunday at midnight PT.</p>'
              '<p><a href="https://saltandsage.example/sale?utm_campaign=wknd25" '
              'style="background:#222;color:#fff;padding:14px 28px">Shop the sale</a></p>'
              '<p style="font-size:11px">Excludes gift cards. Cannot be combined with other '
              'offers. Free shipping on orders over $75.</p>'
              '<p style="font-size:11px"><a href="https://instagram.example/saltandsage">'
              'Instagram</a> · <a href="https://saltandsage.example/unsubscribe?e=7fa1c9">'
              'Unsubscribe</a> · <a href="https://saltandsage.example/privacy">Privacy</a><br>'
              'Salt &amp; Sage Home, 77 Harbor Rd, Portland, ME 04101</p></div>',
         codes=[], link=None),
    dict(lang="en", subject="Priya Natarajan invited you to Orbitron Labs on Tallyhub",
         html='<table width="100%"><tr><td style="font-family:Arial,sans-serif">'
              '<p><img src="https://tallyhub.example/avatars/pn.png" width="48" alt=""></p>'
              '<p><b>Priya Natarajan</b> (priya@orbitronlabs.example) has invited you to join '
              'the <b>Orbitron Labs</b> workspace on Tallyhub.</p>'
              '<p>Tallyhub is where the team tracks budgets, approvals and spend.</p>'
              '<p><a href="https://tallyhub.example/invite/accept?code=Hn3kWq92Lx&amp;'
              'ws=orbitron-labs" style="background:#0f766e;color:#fff;padding:12px 20px;'
              'border-radius:4px">Accept invitation</a></p>'
              '<p style="color:#777">This invitation expires in 7 days. '
              '<a href="https://tallyhub.example/product">Learn more about Tallyhub</a></p>'
              '</td></tr><tr><td style="font-size:11px;color:#aaa">Tallyhub Ltd · 5 Dock Road, '
              'London E16 1AG</td></tr></table>',
         codes=[], link="https://tallyhub.example/invite/accept?code=Hn3kWq92Lx&ws=orbitron-labs"),
    dict(lang="en", subject="Confirm your new email address",
         text="Hi Jordan,\n\n"
              "You asked to change the email address on your Quillmark account from "
              "j***n@mailbox.test to this address.\n\n"
              "Enter this code in the Quillmark app: 906 351\n\n"
              "Or confirm the change in your browser:\n"
              "https://quillmark.example/account/email/confirm?t=Zk29fLq0&uid=884120\n\n"
              "Both expire in 30 minutes. Until you confirm, we'll keep sending mail to "
              "your old address.\n\n— Quillmark Support",
         html='<p>Hi Jordan,</p><p>You asked to change the email address on your Quillmark '
              'account from j***n@mailbox.test to this address.</p>'
              '<p>Enter this code in the Quillmark app:</p>'
              '<p style="font-size:28px;letter-spacing:5px"><b>906 351</b></p>'
              '<p>Or <a href="https://quillmark.example/account/email/confirm?t=Zk29fLq0&amp;'
              'uid=884120">confirm the change in your browser</a>.</p>'
              '<p>Both expire in 30 minutes. Until you confirm, we\'ll keep sending mail to your '
              'old address.</p><p>— Quillmark Support</p>',
         codes=["906351"],
         link="https://quillmark.example/account/email/confirm?t=Zk29fLq0&uid=884120"),
    dict(lang="en", subject="Was this you? New sign-in to Copperleaf",
         html='<div style="font-family:Segoe UI,Arial;max-width:600px">'
              '<h2>New sign-in attempt</h2>'
              '<p>We noticed an attempt to sign in to your Copperleaf account from a device we '
              'don\'t recognise:</p>'
              '<ul><li>Device: Firefox 133 on Ubuntu 24.04</li>'
              '<li>Location: near Lyon, France</li><li>IP address: 203.0.113.42</li>'
              '<li>Time: 29 Nov 2026, 21:14 UTC</li></ul>'
              '<p>If this was you, approve the sign-in. The request expires in 10 minutes.</p>'
              '<p><a href="https://copperleaf.example/security/approve/c9a1e0f7-55b2" '
              'style="background:#16a34a;color:#fff;padding:10px 18px">Yes, it was me</a>'
              '&nbsp;&nbsp;<a href="https://copperleaf.example/security/deny/c9a1e0f7-55b2" '
              'style="background:#dc2626;color:#fff;padding:10px 18px">No, block it</a></p>'
              '<p style="font-size:12px;color:#888"><a href="https://help.copperleaf.example/'
              'sign-in-alerts">Why am I getting this?</a></p></div>',
         codes=[], link="https://copperleaf.example/security/approve/c9a1e0f7-55b2"),
    dict(lang="en", subject="Approve your online payment",
         text="Harbor Union Bank\n\n"
              "A payment of USD 312.58 to SKYLINE TICKETS on 11/30/2026 at 11:42 ET using your "
              "debit card ending 7730 needs your approval.\n\n"
              "Your one-time passcode is 40718265\n\n"
              "Enter it on the merchant's checkout page within 5 minutes. Never share this "
              "code with anyone — not even a Harbor Union employee.\n\n"
              "Didn't make this purchase? Call us at 1-800-555-0119 (24/7).\n\n"
              "Harbor Union Bank, N.A. · Member FDIC · NMLS #402117",
         codes=["40718265"], link=None),
    dict(lang="en", subject="Your Nimbus Notes sign-in code",
         html='<div style="font-family:system-ui,sans-serif;padding:20px">'
              '<p>Enter this code in the browser window where you started signing in:</p>'
              '<p><strong style="font-family:Menlo,monospace;font-size:30px;letter-spacing:4px">'
              'H7QK2M</strong></p>'
              '<p>Codes are not case-sensitive and expire after 15 minutes.</p>'
              '<p style="color:#888;font-size:12px">You\'re receiving this because someone '
              'tried to sign in with this email. Nimbus Notes, 100 King St W, Toronto ON '
              'M5X 1A9.</p></div>',
         codes=["H7QK2M"], link=None),
    dict(lang="en", subject="Your Vaultly verification code",
         text="Your sign-in code is 602915\n\n"
              "Type it on the verification screen to continue. It is valid for 10 minutes.\n\n"
              "If it has expired by the time you enter it, use this backup code instead: "
              "88231407 (single use, valid for 24 hours).\n\n"
              "Sign-in attempt: Windows 11 · Edge · 198.51.100.23 · Nov 30, 2026 14:03 UTC\n\n"
              "Vaultly never asks for your codes by phone or chat.\n"
              "Vaultly Security, 9 Crown Court, Dublin 2, D02 X285, Ireland",
         codes=["602915", "88231407"], link=None),
    dict(lang="en", subject="Welcome to Sproutly 🌱",
         html='<div style="font-family:Nunito,Arial"><h1>Welcome to Sproutly, Alex!</h1>'
              '<p>Your account is ready. Here are three things to try first:</p>'
              '<ol><li><a href="https://sproutly.example/guide/first-garden">Plan your first '
              'bed</a></li><li><a href="https://sproutly.example/guide/reminders">Set watering '
              'reminders</a></li><li><a href="https://community.sproutly.example/">Say hi in '
              'the community</a></li></ol>'
              '<p>Plan: Free · Account ID 7731-2290-4418</p>'
              '<p>Get the app: <a href="https://apps.example/sproutly">App Store</a> · '
              '<a href="https://play.example/store/apps/sproutly">Google Play</a></p>'
              '<p style="font-size:11px;color:#999">Sproutly GmbH, Torstraße 140, 10119 Berlin · '
              '<a href="https://sproutly.example/settings/email">Email settings</a></p></div>',
         codes=[], link=None),
    dict(lang="en", subject="Your Brightline Pro subscription renews on December 14",
         text="Hi Morgan,\n\n"
              "This is a reminder that your Brightline Pro (annual) subscription will renew "
              "automatically on 14 December 2026.\n\n"
              "Amount: $119.88 (plus applicable tax)\n"
              "Payment method: Visa ending in 0921\n"
              "Subscription ID: BRP-00382716\n\n"
              "No action is needed to keep your subscription. To change plans or turn off "
              "auto-renew, visit https://brightline.example/account/billing\n\n"
              "Thanks for being with us,\nBrightline",
         codes=[], link=None),
    dict(lang="en", subject="Your Pinecrest password was changed",
         text="Hello,\n\n"
              "The password for your Pinecrest account was changed on 30 November 2026 at "
              "08:12 GMT.\n\n"
              "Device: Safari on iPhone\n"
              "IP address: 198.51.100.7 (Edinburgh, United Kingdom)\n\n"
              "If you made this change, you don't need to do anything.\n"
              "If you did not, contact us right away at "
              "https://support.pinecrest.example/contact or call 0800 046 1122.\n\n"
              "Pinecrest Energy Ltd, registered in Scotland SC612345",
         codes=[], link=None),
    dict(lang="en", subject="Please confirm your subscription to The Tidewater Dispatch",
         html='<table width="100%" style="font-family:Georgia,serif;background:#f7f5ef">'
              '<tr><td style="padding:30px"><h1>One more step</h1>'
              '<p>Thanks for signing up for <i>The Tidewater Dispatch</i>, our weekly letter on '
              'coastal towns, tides and the people who live by them.</p>'
              '<p>Please confirm that you want to receive it:</p>'
              '<p><a href="https://tidewater.example/subscribe/confirm/2b7f0c1e9d?list=weekly" '
              'style="background:#234;color:#fff;padding:12px 24px">Yes, subscribe me</a></p>'
              '<p>If you didn\'t sign up, just ignore this email and you won\'t hear from us '
              'again.</p>'
              '<p style="font-size:11px">Tidewater Press, PO Box 311, Beaufort, NC 28516 · '
              '<a href="https://tidewater.example/privacy">Privacy policy</a></p>'
              '</td></tr></table>',
         codes=[], link="https://tidewater.example/subscribe/confirm/2b7f0c1e9d?list=weekly"),
    dict(lang="en", subject="Confirm deleting your Kitecraft account",
         text="Hi,\n\n"
              "We got a request to permanently delete the Kitecraft account user4821 and all "
              "of its designs (37 projects, 1.2 GB).\n\n"
              "Before you go, you can download a copy of your data:\n"
              "https://kitecraft.example/account/export\n\n"
              "To confirm deletion, open this link within 48 hours:\n"
              "https://kitecraft.example/account/delete/confirm/9d1e2f77ab4c3c\n\n"
              "Once confirmed, this can't be undone. If you changed your mind, do nothing and "
              "your account stays as it is.\n\n"
              "Kitecraft · 42 Lantern Way, Wellington 6011, New Zealand",
         codes=[], link="https://kitecraft.example/account/delete/confirm/9d1e2f77ab4c3c"),
    dict(lang="en", subject="Your Marrowfield account has been closed",
         text="Hello,\n\n"
              "As requested, your Marrowfield account has now been closed and your personal "
              "data will be erased within 30 days, except where we must keep records by law "
              "(for example, invoices for 7 years).\n\n"
              "Reference: DEL-55120-8\n"
              "Closed on: 29/11/2026\n\n"
              "We're sorry to see you go. If you have questions about this, write to "
              "privacy@marrowfield.example.\n\n"
              "Marrowfield Pty Ltd · ABN 51 824 753 556 · Level 3, 20 Bond St, Sydney NSW 2000",
         codes=[], link=None),
    dict(lang="en", subject="Your Cobaltvault recovery code",
         text="Hello,\n\n"
              "You asked to recover access to your Cobaltvault account. Your recovery code is:\n\n"
              "    RX4T-9KLM-P2QW\n\n"
              "Type it exactly as shown, including the dashes, on the recovery page. "
              "It expires in 1 hour.\n\n"
              "Request ID: 7f21-0b9c · Requested from 192.0.2.77\n\n"
              "If you did not start a recovery, change your password now.\n"
              "Cobaltvault AB, Box 4411, 102 69 Stockholm",
         codes=["RX4T-9KLM-P2QW"], link=None),
    dict(lang="en", subject="384021 is your Loomly code",
         text="384021 is your Loomly code\n\n"
              "Enter it in the app to continue. It expires in 5 minutes.\n\n"
              "Loomly Studio Inc. · 230 Ferry St, Brooklyn, NY 11201",
         codes=["384021"], link=None),
    dict(lang="en", subject="Verify your email for Gridwise",
         html='<table cellpadding="0" cellspacing="0" style="font-family:Arial">'
              '<tr><td colspan="6"><p>Hi! Enter this code to verify your email for Gridwise:</p>'
              '</td></tr><tr>'
              '<td style="border:1px solid #ccc;font-size:28px;padding:8px 12px">5</td>'
              '<td style="border:1px solid #ccc;font-size:28px;padding:8px 12px">0</td>'
              '<td style="border:1px solid #ccc;font-size:28px;padding:8px 12px">9</td>'
              '<td style="border:1px solid #ccc;font-size:28px;padding:8px 12px">1</td>'
              '<td style="border:1px solid #ccc;font-size:28px;padding:8px 12px">7</td>'
              '<td style="border:1px solid #ccc;font-size:28px;padding:8px 12px">3</td>'
              '</tr><tr><td colspan="6"><p>This code expires in 10 minutes.</p>'
              '<p style="font-size:11px;color:#999">Gridwise Energy Analytics, 1400 Blake St, '
              'Denver, CO 80202 · 303-555-0188</p></td></tr></table>',
         codes=["509173"], link=None),
    dict(lang="en", subject="Ferrymate: verify your phone booking",
         text="Ferrymate booking FM-118204\n"
              "Route: Portsmouth → Cherbourg, sailing 07 Dec 2026 08:15\n"
              "Passengers: 2 adults, 1 car (reg. not provided)\n\n"
              "To confirm it's you, read this PIN to the agent or type it on the booking page: "
              "8043\n\n"
              "Contact number on file: +44 (0)20 7946 0143\n"
              "Customer services: 0330 555 0199, open 8am–8pm\n\n"
              "Ferrymate Travel Ltd · ATOL 11482 · Company 10394857",
         codes=["8043"], link=None),
    dict(lang="en", subject="Activate your Brindle account",
         text="Welcome to Brindle!\n\n"
              "Please activate your account by visiting the link below:\n"
              "https://click.mail.brindle.example/ls/click?upn=aX9kLm2Qz-7Rt4vB0&u=118204\n\n"
              "The link is valid for 3 days.\n\n"
              "Brindle Pet Care · 88 Elm Row, Edinburgh EH7 4AQ\n"
              "Unsubscribe: https://click.mail.brindle.example/unsub?u=118204",
         html='<p>Welcome to Brindle!</p><p>Please activate your account:</p>'
              '<p><a href="https://click.mail.brindle.example/ls/click?upn=aX9kLm2Qz-7Rt4vB0'
              '&amp;u=118204" style="background:#c2410c;color:#fff;padding:12px 20px">'
              'Activate account</a></p><p>The link is valid for 3 days.</p>'
              '<p style="font-size:11px">Brindle Pet Care · 88 Elm Row, Edinburgh EH7 4AQ · '
              '<a href="https://click.mail.brindle.example/unsub?u=118204">Unsubscribe</a></p>',
         codes=[], link="https://click.mail.brindle.example/ls/click?upn=aX9kLm2Qz-7Rt4vB0"
                        "&u=118204"),
    dict(lang="en", subject="Invoice INV-2026-11-0457 from Ledgerline",
         html='<div style="font-family:Arial"><p>Hello Oakridge Studio,</p>'
              '<p>Here is your invoice for November 2026.</p>'
              '<table border="0" cellpadding="4"><tr><td>Invoice number</td>'
              '<td>INV-2026-11-0457</td></tr><tr><td>Amount due</td><td>€240.00</td></tr>'
              '<tr><td>Due date</td><td>14 December 2026</td></tr>'
              '<tr><td>IBAN</td><td>IE29 AIBK 9311 5212 3456 78</td></tr>'
              '<tr><td>Reference</td><td>LL-0457</td></tr></table>'
              '<p><a href="https://pay.ledgerline.example/i/INV-2026-11-0457">View and pay '
              'invoice</a></p><p>Thank you for your business!</p>'
              '<p style="font-size:11px;color:#888">Ledgerline Ltd · VAT IE 3312456RH · '
              '<a href="https://ledgerline.example/help">Help</a></p></div>',
         codes=[], link=None),
    dict(lang="en", subject="Your sign-in link for Mossgate",
         html='<div style="font-family:Arial;max-width:520px">'
              '<p>Hi there,</p><p>Click the button to sign in to Mossgate on this device:</p>'
              '<p><a href="https://mossgate.example/login/verify?token=mg_7Hq2xVp9LtR0'
              '&amp;device=web" style="background:#166534;color:#fff;padding:12px 20px">'
              'Sign in</a></p>'
              '<p>Signing in on another device? Enter this code instead:</p>'
              '<p style="font-size:26px;font-weight:bold">551 093</p>'
              '<p style="color:#777">Link and code expire in 15 minutes.</p>'
              '<p style="font-size:11px;color:#aaa">Mossgate Labs, 19 Rue Oberkampf, 75011 '
              'Paris · SIREN 912 345 678</p></div>',
         codes=["551093"],
         link="https://mossgate.example/login/verify?token=mg_7Hq2xVp9LtR0&device=web"),
    # ---- other languages, with a code -------------------------------------------
    dict(lang="de", subject="Ihr Bestätigungscode für Hafenblick",
         html='<div style="font-family:Arial,sans-serif;color:#1f2937">'
              '<p>Hallo,</p><p>bitte geben Sie den folgenden Code ein, um Ihre '
              'E-Mail-Adresse zu bestätigen:</p>'
              '<p style="font-size:28px;font-weight:bold;letter-spacing:6px">58 31 07</p>'
              '<p>Der Code ist 30 Minuten gültig.</p>'
              '<p>Sie haben kein Konto angelegt? Dann können Sie diese E-Mail ignorieren.</p>'
              '<hr><p style="font-size:11px;color:#888">Hafenblick Reisen GmbH · '
              'Speicherstraße 12 · 20457 Hamburg<br>Amtsgericht Hamburg HRB 214563 · '
              'USt-IdNr. DE312456789<br>Geschäftsführung: Jana Köhler, Malte Brandt · '
              'Tel. +49 40 1234 5670</p></div>',
         codes=["583107"], link=None),
    dict(lang="fr", subject="Validation de votre paiement",
         text="Bonjour,\n\n"
              "Vous effectuez un paiement de 249,90 EUR auprès de MAISON LUMIERE le 30/11/2026 "
              "à 14:07 avec votre carte n° **** **** **** 4821.\n\n"
              "Pour valider ce paiement, saisissez le code suivant : 904118\n\n"
              "Ce code est valable 5 minutes. Ne le communiquez jamais, même à un conseiller "
              "de la banque.\n\n"
              "Banque Coralis — SA au capital de 12 500 000 € — RCS Nantes 812 345 678 — "
              "ORIAS 07 012 345\n"
              "Service client : 09 70 80 90 00 (appel non surtaxé)",
         codes=["904118"], link=None),
    dict(lang="es", subject="Código de verificación",
         text="Tu código de Tramo es 2749. Caduca en 10 minutos. Si no lo has pedido tú, "
              "ignora este mensaje.\n\n"
              "Tramo Movilidad S.L. · CIF B87654321 · C/ de Alcalá 120, 28009 Madrid",
         codes=["2749"], link=None),
    dict(lang="it", subject="Codice OTP per l'accesso all'Area Clienti",
         html="<p>Gentile cliente,</p>"
              "<p>per completare l'accesso all'Area Clienti di Luce Serena Energia inserisci "
              "il seguente codice OTP:</p>"
              "<p style='font-size:24px'><b>61820394</b></p>"
              "<p>Il codice scade tra 3 minuti. Numero pratica: 2026/118734.</p>"
              "<p>Se non hai richiesto tu l'accesso, contatta il Servizio Clienti al "
              "numero verde 800 123 456.</p>"
              "<p style='font-size:10px;color:#777'>Luce Serena Energia S.p.A. – Via Torino 45, "
              "20123 Milano – P. IVA 01234567890 – Capitale sociale € 2.000.000 i.v.</p>",
         codes=["61820394"], link=None),
    dict(lang="pt", subject="Seu código de acesso Cajuí",
         text="Olá, Marina!\n\n"
              "Recebemos um pedido de acesso à sua conta Cajuí. Use o código abaixo:\n\n"
              "305-672\n\n"
              "Ele vale por 10 minutos. Se não foi você, altere sua senha no app.\n\n"
              "Cajuí Pagamentos Ltda. · CNPJ 12.345.678/0001-90 · Av. Paulista, 1000, "
              "São Paulo - SP, 01310-100\n"
              "Ouvidoria: 0800 123 4567",
         codes=["305672"], link=None),
    dict(lang="nl", subject="Je verificatiecode voor Polderpost",
         html='<p>Hoi,</p><p>Gebruik deze code om je e-mailadres te bevestigen:</p>'
              '<div style="font-size:30px;font-family:monospace">'
              '<span>7</span><span>7</span><span>1</span> '
              '<span>4</span><span>0</span><span>2</span></div>'
              '<p>De code verloopt over 15 minuten.</p>'
              '<p style="color:#999;font-size:11px">Polderpost B.V. · Keizersgracht 221, '
              '1016 DV Amsterdam · KvK 81234567 · btw NL862345678B01</p>',
         codes=["771402"], link=None),
    dict(lang="pl", subject="Kod weryfikacyjny Wisłomarket",
         text="Dzień dobry,\n\n"
              "Twój jednorazowy kod weryfikacyjny to: 4F8K2Q\n\n"
              "Wpisz go w oknie logowania. Kod jest ważny przez 10 minut.\n\n"
              "Wisłomarket sp. z o.o., ul. Marszałkowska 84/92, 00-514 Warszawa\n"
              "NIP 525-000-12-34, REGON 012345678, KRS 0000123456",
         codes=["4F8K2Q"], link=None),
    dict(lang="cs", subject="Ověření přihlášení",
         text="Dobrý den,\n\n"
              "pro dokončení přihlášení do aplikace Vltavka zadejte ověřovací kód 920 451.\n\n"
              "Platnost kódu vyprší za 10 minut. Pokud jste se nepřihlašovali, doporučujeme "
              "změnit heslo.\n\n"
              "Vltavka s.r.o., Na Příkopě 15, 110 00 Praha 1, IČO 27082440, DIČ CZ27082440",
         codes=["920451"], link=None),
    dict(lang="hu", subject="Erősítsd meg a regisztrációdat",
         html='<p>Kedves Felhasználó!</p>'
              '<p>Köszönjük, hogy regisztráltál a Tiszapark Jegyiroda oldalán. A fiókod '
              'aktiválásához kattints az alábbi gombra:</p>'
              '<p><a href="https://tiszapark.example/regisztracio/megerosit?k=HU7x2Q9w&amp;'
              'lang=hu" style="background:#b91c1c;color:#fff;padding:10px 18px">'
              'Regisztráció megerősítése</a></p>'
              '<p>Vagy add meg ezt a kódot az alkalmazásban: <strong>638194</strong></p>'
              '<p>A link és a kód 24 óráig érvényes.</p>'
              '<p style="font-size:11px">Tiszapark Kft. · 1051 Budapest, Nádor utca 8. · '
              'Cégjegyzékszám: 01-09-123456 · Adószám: 12345678-2-41</p>',
         codes=["638194"],
         link="https://tiszapark.example/regisztracio/megerosit?k=HU7x2Q9w&lang=hu"),
    dict(lang="ro", subject="Codul tău de verificare",
         text="Salut,\n\n"
              "Codul tău de verificare pentru contul Carpatix este: 113 580\n\n"
              "Codul expiră în 15 minute. Nu îl împărtăși cu nimeni.\n\n"
              "Carpatix SRL, Str. Lipscani 21, București, sector 3 · CUI RO12345678 · "
              "Nr. Reg. Com. J40/1234/2019",
         codes=["113580"], link=None),
    dict(lang="ru", subject="Код подтверждения входа",
         html='<table width="100%"><tr><td><img src="https://static.sibirmarket.example/'
              'logo.png" alt="СибирьМаркет"></td></tr>'
              '<tr><td><p>Здравствуйте!</p><p>Ваш код для входа в личный кабинет:</p>'
              '<p style="font-size:26px"><b>482 019</b></p>'
              '<p>Код действует 5 минут. Никому его не сообщайте — сотрудники магазина '
              'никогда не запрашивают коды.</p></td></tr>'
              '<tr><td style="font-size:11px;color:#888">ООО «СибирьМаркет», 630099, '
              'г. Новосибирск, ул. Ленина, д. 12. ИНН 5406123456, ОГРН 1025402456789. '
              'Телефон: 8 800 200-14-71</td></tr></table>',
         codes=["482019"], link=None),
    dict(lang="uk", subject="Код підтвердження",
         text="Ваш код підтвердження: 7305\n\n"
              "Не повідомляйте код нікому, навіть працівникам служби підтримки.\n"
              "Код дійсний 3 хвилини.\n\n"
              "ТОВ «Дніпролінк», м. Київ, вул. Хрещатик, 22, код ЄДРПОУ 43123456",
         codes=["7305"], link=None),
    dict(lang="el", subject="Επιβεβαίωση email",
         html='<p>Γεια σας,</p>'
              '<p>Για να ολοκληρώσετε την εγγραφή σας στο Αιγαίο Travel, πληκτρολογήστε τον '
              'παρακάτω κωδικό:</p><h2 style="letter-spacing:3px">558201</h2>'
              '<p>Ο κωδικός λήγει σε 20 λεπτά.</p>'
              '<p style="font-size:11px">Αιγαίο Travel Μ.Ι.Κ.Ε. · Λεωφ. Συγγρού 140, 176 71 '
              'Αθήνα · ΑΦΜ 801234567 · ΓΕΜΗ 123456701000</p>',
         codes=["558201"], link=None),
    dict(lang="tr", subject="Doğrulama kodunuz",
         text="Sayın müşterimiz,\n\n"
              "30.11.2026 tarihli 1.249,90 TL tutarındaki işleminiz için doğrulama kodunuz: "
              "204 781\n\n"
              "İşlem referans no: TRX-88120394\n"
              "Bu kodu kimseyle paylaşmayın.\n\n"
              "Boğaziçi Ödeme Hizmetleri A.Ş. · Mersis No: 0123456789000017 · "
              "Büyükdere Cad. No:100 Şişli/İstanbul",
         codes=["204781"], link=None),
    dict(lang="ar", subject="رمز التحقق الخاص بك",
         text="مرحباً،\n\n"
              "رقم الطلب: ٧٨٢١٤٥\n"
              "رمز التحقق لحسابك في متجر الواحة هو: ٣٩٤٠٢٧\n\n"
              "صالح لمدة ١٠ دقائق. لا تشارك هذا الرمز مع أي شخص.\n\n"
              "متجر الواحة — السجل التجاري ٤٠٣٠١٢٣٤٥٦ — جدة ٢١٤٤٢",
         codes=["394027"], link=None),
    dict(lang="he", subject="קוד אימות לכניסה",
         html='<div dir="rtl" style="font-family:Arial"><p>שלום,</p>'
              '<p>קוד האימות שלך לכניסה לאתר גלבוע ביטוח הוא:</p>'
              '<p style="font-size:24px"><b>819 332</b></p>'
              '<p>הקוד בתוקף ל-10 דקות. אין למסור אותו לאף אחד.</p>'
              '<p style="font-size:11px">גלבוע סוכנות לביטוח בע"מ · ח.פ. 514123456 · '
              'רחוב הרצל 15, תל אביב 6578901 · טלפון: 03-5551234</p></div>',
         codes=["819332"], link=None),
    dict(lang="fa", subject="کد تأیید",
         text="کاربر گرامی،\n"
              "کد تأیید شما در فروشگاه آفتاب: ۷۲۰۴۵۸\n"
              "این کد تا ۲ دقیقه معتبر است. آن را در اختیار دیگران قرار ندهید.\n"
              "شماره پشتیبانی: ۰۲۱-۹۱۰۰۴۵۶۷",
         codes=["720458"], link=None),
    dict(lang="hi", subject="आपका OTP",
         text="प्रिय ग्राहक,\n\n"
              "आपके खाते XX1234 से ₹1,499.00 के भुगतान के लिए OTP 462093 है। यह 10 मिनट तक "
              "मान्य है।\n"
              "कृपया यह OTP किसी के साथ साझा न करें। बैंक कभी भी OTP नहीं माँगता।\n\n"
              "गंगा सहकारी बैंक · ग्राहक सेवा: 1800 123 4567",
         codes=["462093"], link=None),
    dict(lang="bn", subject="আপনার যাচাইকরণ কোড",
         text="প্রিয় গ্রাহক,\n"
              "আপনার নদীপথ অ্যাকাউন্টের ওটিপি: ৫৮২৯১০\n"
              "কোডটি ৫ মিনিটের জন্য বৈধ। কারও সাথে শেয়ার করবেন না।\n"
              "হেল্পলাইন: ০৯৬১২-৩৪৫৬৭৮",
         codes=["582910"], link=None),
    dict(lang="th", subject="รหัส OTP สำหรับยืนยันตัวตน",
         text="รหัส OTP ของคุณคือ 804216 (รหัสอ้างอิง: KXQT) ใช้ได้ภายใน 5 นาที "
              "ห้ามเปิดเผยรหัสนี้แก่ผู้อื่น\n\n"
              "บริษัท เจ้าพระยา ดิจิทัล จำกัด เลขประจำตัวผู้เสียภาษี 0105561234567",
         codes=["804216"], link=None),
    dict(lang="vi", subject="Mã xác thực giao dịch",
         html="<p>Kính gửi Quý khách,</p>"
              "<p>Quý khách đang thực hiện giao dịch chuyển tiền 1.250.000 VND đến tài khoản "
              "0123456789 tại Ngân hàng Sông Hồng.</p>"
              "<p>Mã xác thực (OTP): <b>367 201</b></p>"
              "<p>Mã có hiệu lực trong 120 giây. Tuyệt đối không cung cấp mã cho bất kỳ ai.</p>"
              "<p>Tổng đài: 1900 1234</p>",
         codes=["367201"], link=None),
    dict(lang="id", subject="Kode OTP Kiriman",
         text="JANGAN BERIKAN KODE INI KE SIAPA PUN, TERMASUK PIHAK KIRIMAN.\n\n"
              "Kode OTP Anda: 9142\n\n"
              "Berlaku 5 menit untuk masuk ke aplikasi Kiriman.\n\n"
              "PT Kiriman Nusantara Digital · Jl. Jend. Sudirman Kav. 52-53, Jakarta 12190 · "
              "NPWP 01.234.567.8-012.000",
         codes=["9142"], link=None),
    dict(lang="zh", subject="【青禾云】验证码",
         text="【青禾云】您的验证码为：620318，5分钟内有效。为保障账户安全，请勿将验证码告知他人。"
              "如非本人操作，请忽略本邮件。\n\n"
              "客服热线：400-820-1234\n"
              "青禾云计算（杭州）有限公司 浙ICP备12345678号",
         codes=["620318"], link=None),
    dict(lang="ja", subject="【さくら便】認証コードのお知らせ",
         text="さくら便をご利用いただきありがとうございます。\n\n"
              "以下の認証コードを入力して、ログインを完了してください。\n\n"
              "認証コード：４８２９１７\n\n"
              "※有効期限は発行から３０分です。\n"
              "※お心当たりのない場合は、本メールを破棄してください。\n\n"
              "────────────\n"
              "株式会社さくら便\n"
              "〒150-0002 東京都渋谷区渋谷2-21-1\n"
              "TEL：03-1234-5678（平日10:00〜18:00）\n"
              "────────────",
         codes=["482917"], link=None),
    dict(lang="ko", subject="[한빛마켓] 인증번호 안내",
         text="[한빛마켓] 인증번호 [739205]를 입력해주세요.\n\n"
              "인증번호는 3분간 유효합니다.\n"
              "본인이 요청하지 않았다면 고객센터(1588-1234)로 문의해 주세요.\n\n"
              "(주)한빛마켓 | 대표 김서연 | 사업자등록번호 123-45-67890 | "
              "통신판매업신고 제2026-서울강남-01234호",
         codes=["739205"], link=None),
    dict(lang="sv", subject="Din engångskod till Fjällbo",
         html='<p>Hej!</p><p>Här är din engångskod för att logga in på Fjällbo:</p>'
              '<p style="font-size:28px;letter-spacing:4px">41 92 70</p>'
              '<p>Koden gäller i 10 minuter. Dela aldrig koden med någon.</p>'
              '<p style="font-size:11px">Fjällbo AB · Sveavägen 44, 111 34 Stockholm · '
              'Org.nr 556123-4567</p>',
         codes=["419270"], link=None),
    dict(lang="da", subject="Din bekræftelseskode",
         text="Hej,\n\n"
              "Din kode til at logge ind på Havnestrøm er: 284 617\n\n"
              "Hvis koden udløber, før du når at bruge den, kan du i stedet bruge reservekoden "
              "9035-1842. Reservekoden virker én gang inden for 24 timer.\n\n"
              "Havnestrøm ApS · Nyhavn 17, 1051 København K · CVR 12345678",
         codes=["284617", "90351842"], link=None),
    dict(lang="ka", subject="დადასტურების კოდი",
         text="გამარჯობა,\n\n"
              "თქვენი დადასტურების კოდია: 2841\n\n"
              "კოდი მოქმედებს 5 წუთის განმავლობაში. არავის გაუზიაროთ.\n\n"
              "შპს „მთაწმინდა პეი“ · ს/კ 405123456 · თბილისი, რუსთაველის გამზ. 12",
         codes=["2841"], link=None),
    # ---- other languages, with only an action link ------------------------------
    dict(lang="es", subject="Confirma tu dirección de correo",
         html='<div style="font-family:Helvetica,Arial;max-width:600px">'
              '<a href="https://www.olivaresmoda.example/?utm_source=alta&amp;utm_medium=email">'
              '<img src="https://www.olivaresmoda.example/img/logo-mail.png" alt="Olivares Moda">'
              '</a><h1>¡Ya casi está!</h1>'
              '<p>Gracias por crear tu cuenta en Olivares Moda. Confirma tu dirección de correo '
              'para empezar a comprar:</p>'
              '<p><a href="https://www.olivaresmoda.example/cuenta/confirmar?token=Es84kQ1zR9'
              '&amp;origen=registro" style="background:#111;color:#fff;padding:12px 26px">'
              'Confirmar mi correo</a></p>'
              '<p>El enlace caduca en 24 horas.</p>'
              '<p style="font-size:11px;color:#888">Olivares Moda S.L. · CIF B12345674 · '
              'Calle Sierpes 30, 41004 Sevilla · <a href="https://www.olivaresmoda.example/'
              'privacidad">Política de privacidad</a></p></div>',
         codes=[], link="https://www.olivaresmoda.example/cuenta/confirmar?token=Es84kQ1zR9"
                        "&origen=registro"),
    dict(lang="fr", subject="Réinitialisation de votre mot de passe",
         text="Bonjour,\n\n"
              "Vous avez demandé la réinitialisation du mot de passe de votre compte Bellerive.\n"
              "Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe :\n"
              "https://compte.bellerive.example/mot-de-passe/nouveau?jeton=f83Kd0aQ2m\n\n"
              "Ce lien expire dans 1 heure.\n"
              "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot "
              "de passe actuel reste valable.\n\n"
              "Bellerive SAS · 18 rue de la République, 69002 Lyon · RCS Lyon 901 234 567",
         html="<p>Bonjour,</p>"
              "<p>Vous avez demandé la réinitialisation du mot de passe de votre compte "
              "Bellerive.</p>"
              "<p><a href='https://compte.bellerive.example/mot-de-passe/nouveau?jeton="
              "f83Kd0aQ2m'>Choisir un nouveau mot de passe</a></p>"
              "<p>Ce lien expire dans 1 heure.</p>"
              "<p>Si vous n&#39;êtes pas à l&#39;origine de cette demande, ignorez ce message : "
              "votre mot de passe actuel reste valable.</p>"
              "<p style='font-size:11px'>Bellerive SAS · 18 rue de la République, 69002 Lyon · "
              "RCS Lyon 901 234 567</p>",
         codes=[], link="https://compte.bellerive.example/mot-de-passe/nouveau?jeton=f83Kd0aQ2m"),
    dict(lang="de", subject="Bitte bestätigen Sie Ihre Newsletter-Anmeldung",
         html='<p>Guten Tag,</p>'
              '<p>vielen Dank für Ihr Interesse am Newsletter von Gartenzauber. Bitte bestätigen '
              'Sie Ihre Anmeldung mit einem Klick:</p>'
              '<p><a href="https://news.gartenzauber.example/optin/confirm?id=5e1c9a&amp;'
              'h=9f02bd77">Anmeldung bestätigen</a></p>'
              '<p>Wenn Sie sich nicht angemeldet haben, müssen Sie nichts tun – ohne '
              'Bestätigung erhalten Sie keine E-Mails von uns.</p>'
              '<p><a href="https://www.gartenzauber.example/datenschutz">Datenschutzerklärung</a>'
              ' · <a href="https://www.gartenzauber.example/impressum">Impressum</a></p>'
              '<p style="font-size:11px">Gartenzauber GmbH, Lindenallee 3, 50667 Köln, '
              'HRB 98765, Amtsgericht Köln</p>',
         codes=[], link="https://news.gartenzauber.example/optin/confirm?id=5e1c9a&h=9f02bd77"),
    dict(lang="it", subject="Sei stato invitato su Cantiere",
         html='<p>Ciao,</p>'
              '<p>Giulia Ferri ti ha invitato a unirti al progetto «Ristrutturazione Via Po 18» '
              'su Cantiere.</p>'
              '<p><a href="https://app.cantiere.example/inviti/accetta/3f9b2c71e4" '
              'style="background:#ea580c;color:#fff;padding:10px 20px">Accetta l&#39;invito</a>'
              '</p><p>L&#39;invito scade il 7 dicembre 2026.</p>'
              '<p><a href="https://cantiere.example/guida">Cos&#39;è Cantiere?</a></p>'
              '<p style="font-size:11px">Cantiere S.r.l. – P. IVA 09876543210</p>',
         codes=[], link="https://app.cantiere.example/inviti/accetta/3f9b2c71e4"),
    dict(lang="tl", subject="Kumpirmahin ang iyong bagong email",
         text="Magandang araw!\n\n"
              "Humiling ka na palitan ang email ng iyong Bayanihan Pay account. Para "
              "kumpirmahin, i-click ang link na ito:\n"
              "https://bayanihanpay.example/email/kumpirmahin?t=Ph55xR2k\n\n"
              "Mawawalan ng bisa ang link pagkalipas ng 30 minuto. Kung hindi ikaw ang "
              "gumawa nito, huwag pansinin ang email na ito at tawagan kami sa (02) 8123 4567.\n\n"
              "Bayanihan Pay Inc. · 25th Floor, Ayala Ave., Makati City 1226",
         codes=[], link="https://bayanihanpay.example/email/kumpirmahin?t=Ph55xR2k"),
    dict(lang="pl", subject="Zresetuj hasło",
         html='<p>Cześć,</p><p>otrzymaliśmy prośbę o zmianę hasła do konta w serwisie '
              'Bursztyn.</p>'
              '<p><a href="https://bursztyn.example/haslo/reset/0c8e7a11b2d44f">Ustaw nowe '
              'hasło</a></p>'
              '<p>Link jest ważny przez 2 godziny. Jeśli to nie Ty, zignoruj tę wiadomość – '
              'Twoje hasło pozostanie bez zmian.</p>'
              '<p><a href="https://bursztyn.example/pomoc">Centrum pomocy</a></p>'
              '<p style="font-size:11px">Bursztyn sp. z o.o., ul. Długa 5, 80-827 Gdańsk · '
              'NIP 583-123-45-67</p>',
         codes=[], link="https://bursztyn.example/haslo/reset/0c8e7a11b2d44f"),
    dict(lang="sr", subject="Потврдите регистрацију",
         text="Поштовани,\n\n"
              "хвала што сте се регистровали на портал Дунавска берза. Да бисте активирали "
              "налог, кликните на линк:\n\n"
              "https://dunavskaberza.example/aktivacija?kod=RS61f0b2a9&korisnik=775120\n\n"
              "Линк важи 48 сати.\n\n"
              "Дунавска берза д.о.о. · Кнез Михаилова 10, 11000 Београд · ПИБ 101234567 · "
              "МБ 07654321",
         codes=[], link="https://dunavskaberza.example/aktivacija?kod=RS61f0b2a9&korisnik=775120"),
    dict(lang="ja", subject="【まちかど図書】会員本登録のご案内",
         text="このたびは、まちかど図書にご登録いただき、誠にありがとうございます。\n"
              "現在は仮登録の状態です。\n\n"
              "下記URLにアクセスして、本登録を完了してください。\n"
              "https://machikado-tosho.example/register/complete?key=a8f2c91d7e3b\n\n"
              "※URLの有効期限は24時間です。\n"
              "※本メールにお心当たりのない場合は、お手数ですが破棄してください。\n\n"
              "まちかど図書 カスタマーサポート\n"
              "https://machikado-tosho.example/support\n"
              "〒530-0001 大阪府大阪市北区梅田1-1-3",
         codes=[], link="https://machikado-tosho.example/register/complete?key=a8f2c91d7e3b"),
    dict(lang="lt", subject="Patvirtinkite el. pašto adresą",
         html='<p>Sveiki,</p><p>norėdami baigti registraciją „Gintaro knygyno“ svetainėje, '
              'patvirtinkite savo el. pašto adresą.</p>'
              '<p><a href="https://gintaroknygynas.example/patvirtinti/LT2b8e4c">Patvirtinti '
              'el. paštą</a></p><p>Nuoroda galioja 3 dienas.</p>'
              '<p style="font-size:11px">UAB „Gintaro knygynas“, Gedimino pr. 9, LT-01103 '
              'Vilnius, įmonės kodas 301234567</p>',
         codes=[], link="https://gintaroknygynas.example/patvirtinti/LT2b8e4c"),
    dict(lang="ko", subject="[누리책방] 비밀번호 재설정 안내",
         html='<p>안녕하세요, 누리책방입니다.</p>'
              '<p>비밀번호 재설정을 요청하셨습니다. 아래 버튼을 눌러 새 비밀번호를 설정해 주세요.</p>'
              '<p><a href="https://www.nuribook.example/member/password/reset?token=KR9aX2mP0q'
              '&amp;t=1764489600" style="background:#2563eb;color:#fff;padding:12px 24px">'
              '비밀번호 재설정하기</a></p>'
              '<p>본 링크는 발송 후 1시간 동안 유효합니다.</p>'
              '<p style="font-size:11px">(주)누리책방 | 서울특별시 마포구 월드컵북로 400 | '
              '사업자등록번호 234-56-78901 | 고객센터 1644-0000</p>',
         codes=[], link="https://www.nuribook.example/member/password/reset?token=KR9aX2mP0q"
                        "&t=1764489600"),
    dict(lang="nb", subject="Godkjenn ny pålogging",
         text="Hei,\n\n"
              "Noen prøver å logge inn på Fjordkassen-kontoen din fra en ny enhet:\n"
              "Enhet: iPhone 15, Safari\n"
              "Sted: Bergen, Norge\n"
              "Tid: 30.11.2026 kl. 09:41\n\n"
              "Var dette deg? Godkjenn påloggingen her:\n"
              "https://fjordkassen.example/sikkerhet/godkjenn?req=NO4418c2e0\n\n"
              "Hvis det ikke var deg, trenger du ikke gjøre noe – påloggingen blir avvist "
              "automatisk etter 15 minutter.\n\n"
              "Fjordkassen AS · Org.nr. 923 456 789",
         html='<p>Hei,</p><p>Noen prøver å logge inn på Fjordkassen-kontoen din fra en ny '
              'enhet:</p><p>Enhet: iPhone 15, Safari<br>Sted: Bergen, Norge<br>'
              'Tid: 30.11.2026 kl. 09:41</p><p>Var dette deg?</p>'
              '<p><a href="https://fjordkassen.example/sikkerhet/godkjenn?req=NO4418c2e0">'
              'Ja, godkjenn påloggingen</a></p>'
              '<p>Hvis det ikke var deg, trenger du ikke gjøre noe – påloggingen blir avvist '
              'automatisk etter 15 minutter.</p><p style="font-size:11px">Fjordkassen AS · '
              'Org.nr. 923 456 789</p>',
         codes=[], link="https://fjordkassen.example/sikkerhet/godkjenn?req=NO4418c2e0"),
    dict(lang="sk", subject="Pozvánka do tímu",
         html='<p>Dobrý deň,</p><p>Peter Horváth vás pozval do tímu <b>Tatry Dizajn</b> '
              'v aplikácii Plánovač.</p>'
              '<p><a href="https://planovac.example/pozvanky/prijat?id=SK93c1d0&amp;'
              'tim=tatry-dizajn">Prijať pozvánku</a></p>'
              '<p>Ak pozvánku neprijmete do 14 dní, jej platnosť vyprší.</p>'
              '<p style="font-size:11px">Plánovač s.r.o., Obchodná 2, 811 06 Bratislava, '
              'IČO 51234567</p>',
         codes=[], link="https://planovac.example/pozvanky/prijat?id=SK93c1d0&tim=tatry-dizajn"),
    dict(lang="hr", subject="Potvrdite pretplatu na newsletter",
         text="Pozdrav!\n\n"
              "Prijavili ste se na newsletter Jadranske kuhinje. Da bismo vam mogli slati "
              "recepte i ponude, potvrdite pretplatu klikom na poveznicu:\n\n"
              "https://jadranskakuhinja.example/newsletter/potvrda?e=HR7c20f1&lista=recepti\n\n"
              "Ako se niste prijavili, zanemarite ovu poruku.\n\n"
              "Politika privatnosti: https://jadranskakuhinja.example/privatnost\n"
              "Jadranska kuhinja d.o.o., Riva 8, 21000 Split, OIB 12345678901",
         codes=[],
         link="https://jadranskakuhinja.example/newsletter/potvrda?e=HR7c20f1&lista=recepti"),
    dict(lang="fi", subject="Vahvista sähköpostiosoitteesi",
         html='<p>Hei!</p><p>Kiitos rekisteröitymisestä Revontuli-palveluun. Vahvista '
              'sähköpostiosoitteesi alla olevasta painikkeesta.</p>'
              '<table role="presentation"><tr><td style="background:#059669;padding:12px 20px">'
              '<a href="https://revontuli.example/vahvista?tunnus=FI0e77b3a1" '
              'style="color:#fff">Vahvista sähköposti</a></td></tr></table>'
              '<p>Jos painike ei toimi, kopioi tämä osoite selaimeesi: '
              'https://revontuli.example/vahvista?tunnus=FI0e77b3a1</p>'
              '<p style="font-size:11px">Revontuli Oy · Y-tunnus 1234567-8 · '
              'Mannerheimintie 10, 00100 Helsinki</p>',
         codes=[], link="https://revontuli.example/vahvista?tunnus=FI0e77b3a1"),
    dict(lang="sw", subject="Thibitisha akaunti yako",
         text="Habari,\n\n"
              "Asante kwa kujisajili na Safari Soko. Bofya kiungo kilicho hapa chini ili "
              "kuthibitisha barua pepe yako na kuwezesha akaunti yako:\n\n"
              "https://safarisoko.example/akaunti/thibitisha/KE5d91aa02\n\n"
              "Kiungo hiki kitaisha baada ya saa 24.\n\n"
              "Safari Soko Ltd · S.L.P. 12345-00100 Nairobi · Simu: +254 20 123 4567",
         codes=[], link="https://safarisoko.example/akaunti/thibitisha/KE5d91aa02"),
    # ---- other languages, with neither ------------------------------------------
    dict(lang="sl", subject="Vaše naročilo je bilo odposlano",
         text="Pozdravljeni,\n\n"
              "vaše naročilo št. 100482731 je na poti.\n"
              "Številka pošiljke: SI 4829 1037 5520\n"
              "Predviden datum dostave: 3. 12. 2026\n\n"
              "Sledenje pošiljki: https://sledenje.triglavdostava.example/?st=SI482910375520\n\n"
              "Hvala za nakup!\n"
              "Triglav Trgovina d.o.o., Slovenska cesta 55, 1000 Ljubljana, ID za DDV SI12345678",
         codes=[], link=None),
    dict(lang="fr", subject="Votre facture n° F-2026-11-08812",
         html='<p>Bonjour,</p><p>Votre facture du mois de novembre est disponible.</p>'
              '<table cellpadding="4"><tr><td>Numéro de facture</td><td>F-2026-11-08812</td></tr>'
              '<tr><td>Montant TTC</td><td>39,99 €</td></tr>'
              '<tr><td>Prélèvement le</td><td>05/12/2026</td></tr>'
              '<tr><td>Référence client</td><td>7710 4429</td></tr></table>'
              '<p><a href="https://espace-client.fibrazur.example/factures/F-2026-11-08812">'
              'Voir ma facture</a></p>'
              '<p style="font-size:11px">Fibrazur SAS · TVA FR 40 123456789 · 12 avenue Jean '
              'Médecin, 06000 Nice · <a href="https://fibrazur.example/confidentialite">'
              'Confidentialité</a></p>',
         codes=[], link=None),
    dict(lang="lv", subject="Ziemas izpārdošana: -30% visam",
         html='<h1>Ziemas izpārdošana ir klāt!</h1>'
              '<p>Tikai līdz 7. decembrim – 30% atlaide visām jakām. Izmanto atlaides kodu '
              '<b>ZIEMA30</b> pirkuma noformēšanā.</p>'
              '<p><a href="https://www.daugavastils.example/akcija?utm_campaign=ziema">'
              'Iepirkties tagad</a></p>'
              '<p style="font-size:11px">Lai atteiktos no jaunumiem, <a href="https://'
              'www.daugavastils.example/atteikties?u=88120">spied šeit</a>.<br>'
              'SIA Daugavas Stils, Brīvības iela 40, Rīga, LV-1050, reģ. nr. 40103123456</p>',
         codes=[], link=None),
    dict(lang="et", subject="Tellimus nr 55821 on teel",
         text="Tere!\n\n"
              "Teie tellimus nr 55821 on üle antud kullerfirmale.\n"
              "Saadetise number: EE928374650\n"
              "Eeldatav kohaletoimetamine: 2.–3. detsember 2026\n\n"
              "Jälgi saadetist: https://peipsipood.example/jalgi/EE928374650\n\n"
              "Tellitud tooted:\n"
              "1 × Villased sokid, suurus 39–42 — 14,90 €\n"
              "2 × Kaneelitee 100 g — 7,80 €\n"
              "Kokku koos käibemaksuga: 22,70 €\n\n"
              "Peipsi Pood OÜ · registrikood 12345678 · KMKR EE101234567",
         codes=[], link=None),
    dict(lang="ta", subject="உங்கள் ஆர்டர் உறுதிசெய்யப்பட்டது",
         text="வணக்கம்,\n\n"
              "உங்கள் ஆர்டர் #KV-730215 வெற்றிகரமாகப் பெறப்பட்டது.\n"
              "மொத்தத் தொகை: ₹2,340.00\n"
              "பணம் செலுத்திய முறை: UPI\n"
              "டெலிவரி: டிசம்பர் 4, 2026க்குள்\n\n"
              "ஆர்டரைப் பார்க்க: https://kaveri-kadai.example/orders/KV-730215\n\n"
              "காவேரி கடை பிரைவேட் லிமிடெட் · GSTIN 33ABCDE1234F1Z5 · சென்னை 600017",
         codes=[], link=None),
    dict(lang="pt", subject="Seu boleto da mensalidade de dezembro está disponível",
         text="Olá, Rafael!\n\n"
              "O boleto da sua mensalidade da Academia Ipê já está disponível.\n\n"
              "Valor: R$ 129,90\n"
              "Vencimento: 10/12/2026\n"
              "Linha digitável:\n"
              "23793.38128 60000.123456 78000.063305 1 98760000012990\n\n"
              "Você também pode pagar com Pix usando a chave financeiro@academiaipe.example.\n\n"
              "Ver boleto em PDF: https://academiaipe.example/financeiro/boleto/"
              "2026-12-44817.pdf\n\n"
              "Academia Ipê Ltda. · CNPJ 98.765.432/0001-10 · Rua das Flores, 250, "
              "Curitiba - PR",
         codes=[], link=None),
    dict(lang="bg", subject="Абонаментът ви ще бъде подновен",
         html='<p>Здравейте,</p><p>Напомняме ви, че абонаментът ви за Витоша Стрийм '
              '(план „Семеен“) ще бъде подновен автоматично на 15.12.2026 г.</p>'
              '<p>Сума: 19,99 лв. с ДДС<br>Карта: Visa, завършваща на 3382</p>'
              '<p><a href="https://vitoshastream.example/account/subscription">Управление на '
              'абонамента</a></p>'
              '<p style="font-size:11px">Витоша Стрийм ЕООД · ЕИК 205123456 · '
              'бул. „Витоша“ 50, 1000 София</p>',
         codes=[], link=None),
    dict(lang="it", subject="Benvenuto in Pastaio!",
         html="<h1>Benvenuto, Luca!</h1>"
              "<p>Il tuo account Pastaio è attivo. Da oggi puoi ordinare pasta fresca dai "
              "laboratori della tua città.</p>"
              "<p>Il tuo codice cliente è 00417829: tienilo a portata di mano se contatti "
              "l'assistenza.</p>"
              "<p><a href='https://pastaio.example/menu'>Scopri il menu</a></p>"
              "<p>Scarica l'app: <a href='https://apps.example/pastaio-ios'>App Store</a> · "
              "<a href='https://play.example/store/apps/pastaio'>Google Play</a></p>"
              "<p style='font-size:11px'>Pastaio S.r.l. · P. IVA 11223344556 · Via Emilia 12, "
              "40121 Bologna</p>",
         codes=[], link=None),
    dict(lang="pl", subject="Nowe logowanie na Twoje konto",
         text="Cześć Anna,\n\n"
              "zauważyliśmy nowe logowanie na Twoje konto Zielona Karta:\n\n"
              "Data: 30.11.2026, 07:58\n"
              "Urządzenie: Chrome na Windows 11\n"
              "Lokalizacja (przybliżona): Kraków, Polska\n"
              "Adres IP: 192.0.2.181\n\n"
              "Jeśli to Ty, nie musisz nic robić.\n"
              "Jeśli nie rozpoznajesz tego logowania, skontaktuj się z nami: "
              "pomoc@zielonakarta.example lub +48 22 123 45 67.\n\n"
              "Zespół Zielonej Karty",
         codes=[], link=None),
    dict(lang="ms", subject="Jualan 12.12: Diskaun sehingga 50%!",
         html='<p>Hai!</p><p>Jualan 12.12 Kedai Pandan bermula sekarang. Guna kod promo '
              '<b>PANDAN12</b> untuk potongan tambahan RM12 bagi belanja melebihi RM80.</p>'
              '<p><a href="https://kedaipandan.example/jualan-1212?utm_source=emel">Beli '
              'sekarang</a></p>'
              '<p>Tamat 12 Disember 2026, 11:59 malam. Tertakluk kepada terma dan syarat.</p>'
              '<p style="font-size:11px"><a href="https://kedaipandan.example/henti-langgan?'
              'id=MY20455">Berhenti melanggan</a> · Kedai Pandan Sdn. Bhd. (202001012345) · '
              'Kuala Lumpur</p>',
         codes=[], link=None),
]
