"""A month4 blind set of 80 verification, login, invitation and everyday mails.

Written blind on 2026-11-30 by a writer who never saw the extractor, its rules, its
history or its earlier scores, and committed before being scored. It is meant to be
scored exactly once, later; after that its misses may be studied and it counts as seen.

The mails are what developers and QA testers find in throwaway inboxes while they try
sign-up and login flows, and what ordinary people get after signing up somewhere: codes,
magic links, resets, invitations, approvals, email changes and opt-ins, next to the
receipts, notices, onboarding series and newsletters that follow. Every service, person,
address and number is invented; links use example domains. Same shape as
verification.CASES: codes lists what a person would type (first the one needed, a second
only for a backup code), link the one action link as its href resolves, or None.

Read once, blind, at e1b7b6b, with its twin set (after the month1 and month2 tuning): codes P 0.949 R 0.925; links P 0.958 R 0.920;
every code listed P 0.950.
Both together (160 mails): codes P 0.949 R 0.938; links P 0.979 R 0.922. The last blind
reading of this session; its misses then shaped extract.py and links.py (an insurance group
number, "se terminant par", a code after a phone number, an old code "no longer works", the
Bengali danda, a peso coupon, a spaced letter code on its own line, help paths and words in
transliterated URLs, Italian, Czech, Vietnamese and Norwegian buttons); seen since.
"""

MONTH4 = [
    # ----------------------------------------------------------------- English, codes
    dict(lang="en", subject="Your Quillbase verification code",
         text="Hi there,\n\n"
              "Thanks for creating a Quillbase account. To finish signing up, enter this code "
              "in the window you left open:\n\n"
              "    482 913\n\n"
              "The code works once and for 10 minutes. If you didn't try to sign up, you can "
              "ignore this message: nobody can use your address without the code.\n\n"
              "-- \n"
              "Quillbase Inc. | 2200 Harbor Blvd, Suite 410 | Oakridge, CA 94107\n"
              "You're getting this because someone typed this address at "
              "https://quillbase.example/signup on Nov 30, 2026.",
         codes=["482913"], link=None),
    dict(lang="en", subject="Confirm your email for Tidewell",
         html='<!doctype html><html><head><meta charset="utf-8"><title>Tidewell</title></head>'
              '<body style="margin:0;background:#f4f5f7">'
              '<div style="display:none;max-height:0;overflow:hidden">One more step and you are in.'
              '&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>'
              '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
              '<td align="center" style="padding:32px 0">'
              '<table role="presentation" width="600" style="background:#ffffff;border-radius:8px">'
              '<tr><td style="padding:24px 40px"><img src="https://cdn.tidewell.example/logo@2x.png" '
              'width="120" height="32" alt="Tidewell"></td></tr>'
              '<tr><td style="padding:0 40px;font-family:Helvetica,Arial,sans-serif;font-size:16px;'
              'color:#2b2f36">Welcome aboard! Copy the code below into Tidewell to confirm that this '
              'inbox belongs to you.</td></tr>'
              '<tr><td align="center" style="padding:28px 40px">'
              '<div style="font-family:Menlo,monospace;font-size:32px;letter-spacing:8px;'
              'background:#eef2ff;border-radius:6px;padding:14px 0;color:#1e2a78">730158</div>'
              '</td></tr>'
              '<tr><td style="padding:0 40px 24px;font-family:Helvetica,Arial,sans-serif;'
              'font-size:13px;color:#6b7280">This code expires in 20 minutes. Didn\'t ask for it? '
              'Just delete this email.</td></tr>'
              '<tr><td style="padding:20px 40px;border-top:1px solid #e5e7eb;font-size:11px;'
              'color:#9ca3af;font-family:Helvetica,Arial,sans-serif">&copy; 2026 Tidewell Labs Ltd '
              '&middot; Company no. 11823457 &middot; 71 Canal Street, Manchester M1 3HE<br>'
              '<a href="https://tidewell.example/privacy" style="color:#9ca3af">Privacy</a> &middot; '
              '<a href="https://tidewell.example/email-preferences?u=88213" style="color:#9ca3af">'
              'Email preferences</a></td></tr></table></td></tr></table></body></html>',
         codes=["730158"], link=None),
    dict(lang="en", subject="Sign in to Lumenpad",
         text="Sign in to Lumenpad\n\n"
              "Click the link below to sign in as qa+17@inbox.test:\n"
              "https://app.lumenpad.example/auth/magic?token=Zk3pQ9vX2aLm&email=qa%2B17%40inbox.test\n\n"
              "Or, if you're on another device, enter this code in the app: 618-204\n\n"
              "Both expire in 15 minutes. Requested from Chrome 131 on macOS, "
              "IP 198.51.100.23 (Lisbon, PT).\n\n"
              "Lumenpad, 500 Market St #220, San Francisco, CA 94105",
         html='<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
              '<table width="480" style="font-family:-apple-system,Segoe UI,sans-serif">'
              '<tr><td><h1 style="font-size:22px">Sign in to Lumenpad</h1>'
              '<p>Click the button below to sign in as <b>qa+17@inbox.test</b>.</p>'
              '<p><a href="https://app.lumenpad.example/auth/magic?token=Zk3pQ9vX2aLm&amp;'
              'email=qa%2B17%40inbox.test" style="display:inline-block;background:#111827;'
              'color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none">Sign in</a></p>'
              '<p>On another device? Enter this code instead:</p>'
              '<p style="font-size:28px;font-weight:700;letter-spacing:4px">618-204</p>'
              '<p style="color:#6b7280;font-size:12px">Both expire in 15 minutes. Requested from '
              'Chrome 131 on macOS, IP 198.51.100.23 (Lisbon, PT).</p>'
              '<p style="color:#9ca3af;font-size:11px">Lumenpad, 500 Market St #220, '
              'San Francisco, CA 94105</p></td></tr></table></td></tr></table>',
         codes=["618204"],
         link="https://app.lumenpad.example/auth/magic?token=Zk3pQ9vX2aLm&email=qa%2B17%40inbox.test"),
    dict(lang="en", subject="Security code for your Northbay payment",
         text="Northbay Bank\n\n"
              "You are paying GBP 1,249.00 to ARCLIGHT TRAVEL LTD with your debit card ending 4417.\n\n"
              "Your security code is 304857\n\n"
              "Enter it on the payment page to approve this purchase. Never share this code - "
              "Northbay staff will never ask you for it, not even by phone.\n\n"
              "Reference: TX-88120455 | 30/11/2026 09:41\n"
              "Not you? Call us on 0345 555 0199 (24/7).\n\n"
              "Northbay Bank plc. Registered in England and Wales no. 02458813. Authorised by the "
              "Prudential Regulation Authority, firm reference number 204771.",
         codes=["304857"], link=None),
    dict(lang="en", subject="Your Pixelforge login code",
         html='<div style="font-family:Arial,sans-serif;max-width:520px;margin:auto">'
              '<p>Hey Sam,</p><p>Here is the code to log in to Pixelforge:</p>'
              '<p style="font-size:30px;font-family:Courier New,monospace;font-weight:bold">'
              '<span>HQ7</span>&nbsp;<span>KM2</span></p>'
              '<p>Type it without the space. Letters are not case sensitive.</p>'
              '<p style="font-size:12px;color:#777">Asked for from Firefox on Windows 11. '
              'Valid until 18:05 (UTC+1).</p>'
              '<hr><p style="font-size:11px;color:#999">Pixelforge Oy &middot; Y-tunnus 3124558-6 '
              '&middot; <a href="https://pixelforge.example/help/login">Trouble logging in?</a></p>'
              '</div>',
         codes=["HQ7KM2"], link=None),
    dict(lang="en", subject="Reset your PIN - Bramble Wallet",
         text="Hello,\n\n"
              "We got a request to reset the PIN on Bramble wallet ID 100482277.\n\n"
              "Your reset code: 7731\n\n"
              "It expires at 14:35 UTC on 30 Nov 2026. If you didn't ask for this, your PIN is "
              "still safe and you don't need to do anything.\n\n"
              "Bramble Wallet Ltd, Level 3, 18 Quay Street, Auckland 1010. NZBN 9429048123456.",
         codes=["7731"], link=None),
    dict(lang="en", subject="Finish linking your Hearthbox speaker",
         text="Almost there!\n\n"
              "To finish pairing your Hearthbox HB-300 (serial HBX-2291-0047) with your account, "
              "type these three words in the Hearthbox app when it asks for the pairing phrase:\n\n"
              "    tulip-harbor-quiet\n\n"
              "The phrase stops working after 30 minutes. Firmware 4.12.0 or later is required.\n\n"
              "Hearthbox Audio GmbH, Schanzenstr. 7, 20357 Hamburg",
         codes=["tulip-harbor-quiet"], link=None),
    dict(lang="en", subject="[qa-env-3] Verify your phone number",
         text="*** STAGING - not a production message ***\n"
              "Environment: qa-env-3 | build 2026.11.28-rc4 | commit a91f3c2\n\n"
              "One-time code for +1 (555) 010-4477: 845120\n\n"
              "Valid for 300 seconds (attempts left: 5).\n\n"
              "Sent by notifier-worker v2.18.1, template sms_fallback_email v7, ticket QA-3381.",
         codes=["845120"], link=None),
    dict(lang="en", subject="Your Cobaltline access code",
         text="Your Cobaltline access code is 5820 3917. Use it within 15 minutes.\n"
              "Cobaltline Networks, 40 Wall Street, 28th floor, New York, NY 10005",
         html='<span style="display:none!important;color:transparent;opacity:0">Use it within 15 '
              'minutes</span><table width="100%"><tr><td style="font-family:Georgia,serif">'
              '<h2>Access code</h2><p>Enter the 8-digit code below on the Cobaltline sign-in '
              'screen.</p><p style="font-size:34px;letter-spacing:6px;font-family:monospace">'
              '5820&nbsp;3917</p><p style="font-size:12px;color:#888">Request ID '
              '7f3c-22a1-90de &middot; 30 Nov 2026, 08:12 EST</p>'
              '<p style="font-size:11px;color:#aaa">Cobaltline Networks, 40 Wall Street, 28th floor, '
              'New York, NY 10005</p></td></tr></table>',
         codes=["58203917"], link=None),
    dict(lang="en", subject="Verify your Orchardly account",
         html='<table align="center" width="560" style="font-family:Verdana,sans-serif;color:#333">'
              '<tr><td><p>G&apos;day Priya,</p><p>Pop this code into Orchardly to verify your '
              'account:</p></td></tr><tr><td><table cellspacing="6"><tr>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font-size:24px">2</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font-size:24px">6</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font-size:24px">9</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font-size:24px">4</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font-size:24px">0</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font-size:24px">1</td>'
              '</tr></table></td></tr><tr><td><p>It&rsquo;s good for 10 minutes.</p>'
              '<p style="font-size:11px;color:#999">Orchardly Pty Ltd &middot; ABN 51 824 753 556 '
              '&middot; 12 Smith St, Fitzroy VIC 3065 &middot; 1300 555 014</p></td></tr></table>',
         codes=["269401"], link=None),
    dict(lang="en", subject="Your new sign-in code for Ferrous",
         text="You asked for a new code, so the one we sent earlier (220471) no longer works.\n\n"
              "Use this one instead: 913385\n\n"
              "Ferrous will never ask for this code by phone or chat.\n"
              "Ferrous Cloud Inc. - 1 Ferry Building, Suite 255, San Francisco, CA 94111",
         codes=["913385"], link=None),
    dict(lang="en", subject="Kestrel ID: confirm it's you",
         text="Hi Jordan,\n\n"
              "Someone (hopefully you) is signing in to Kestrel ID on a new device: "
              "Pixel 9, Android 15.\n\n"
              "Verification code: 510733\n\n"
              "If that code doesn't arrive in time or is rejected, you can use this single-use "
              "backup code instead: 884206\n\n"
              "Once used, a backup code can't be used again. You have 7 backup codes left.\n\n"
              "Kestrel Identity AB | Org.nr 559123-4567 | Sveavägen 44, 111 34 Stockholm",
         codes=["510733", "884206"], link=None),
    # ------------------------------------------------------------ English, links only
    dict(lang="en", subject="Please verify your email - Saffron Notes",
         html='<table width="100%" bgcolor="#fff8ef"><tr><td align="center">'
              '<table width="600" style="font-family:Arial,sans-serif">'
              '<tr><td style="padding:20px"><a href="https://u8142.ct.mailer.example/ls/click?'
              'upn=Lg0-2Bhome&amp;d=saffron"><img src="https://img.saffronnotes.example/logo.png" '
              'alt="Saffron Notes" width="140"></a></td></tr>'
              '<tr><td style="padding:0 20px"><h1 style="font-size:24px">You&#39;re almost '
              'done!</h1><p>Tap the button to verify your email address and start writing.</p>'
              '</td></tr><tr><td align="center" style="padding:24px">'
              '<a href="https://u8142.ct.mailer.example/ls/click?upn=Xa9fR2k-2BmQp7&amp;'
              'd=vrfy_20261130" style="background:#e07a1f;color:#fff;padding:14px 30px;'
              'border-radius:24px;text-decoration:none;font-weight:bold">Verify email</a></td></tr>'
              '<tr><td style="padding:0 20px;font-size:12px;color:#888">This link is valid for '
              '48 hours.</td></tr>'
              '<tr><td style="padding:20px;font-size:11px;color:#aaa">Follow us '
              '<a href="https://social.example/@saffronnotes">@saffronnotes</a><br>'
              'Saffron Notes, 9 Brick Lane, London E1 6PU &middot; '
              '<a href="https://u8142.ct.mailer.example/wf/unsubscribe?upn=Qq71-2Fz">Unsubscribe</a>'
              '</td></tr></table></td></tr></table>'
              '<img src="https://u8142.ct.mailer.example/wf/open?upn=Qq71-2Fz" width="1" height="1" alt="">',
         codes=[],
         link="https://u8142.ct.mailer.example/ls/click?upn=Xa9fR2k-2BmQp7&d=vrfy_20261130"),
    dict(lang="en", subject="Your Driftyard login link",
         text="Need help? Visit https://driftyard.example/help or reply to this email.\n\n"
              "To log in to Driftyard, open this link on the same device you requested it from:\n\n"
              "https://driftyard.example/login/callback?t=eyJ1aWQiOjQ0MTB9.c2lnbg&next=%2Fboards\n\n"
              "The link expires in 10 minutes and can be used once.\n\n"
              "Driftyard - https://driftyard.example\n"
              "Manage notifications: https://driftyard.example/settings/notifications",
         codes=[],
         link="https://driftyard.example/login/callback?t=eyJ1aWQiOjQ0MTB9.c2lnbg&next=%2Fboards"),
    dict(lang="en", subject="Reset your Stonefern password",
         text="Reset your password\n\n"
              "We received a request to reset the password for the Stonefern account "
              "linked to this address. Open this link to choose a new one:\n"
              "https://accounts.stonefern.example/reset/7c1e9a44-0d5b-4b73-9e2f-3a6d1be0c812\n\n"
              "It expires in 1 hour. If you didn't request a reset, ignore this email.\n"
              "Stonefern Software Inc., 1500 Rue Sainte-Catherine O, Montreal QC H3G 1P5",
         html='<div style="font-family:Roboto,Arial,sans-serif;max-width:560px;margin:0 auto">'
              '<h2>Reset your password</h2><p>We received a request to reset the password for the '
              'Stonefern account linked to this address.</p>'
              '<p><a href="https://accounts.stonefern.example/reset/7c1e9a44-0d5b-4b73-9e2f-'
              '3a6d1be0c812" style="background:#2f855a;color:#fff;padding:10px 18px;'
              'text-decoration:none;border-radius:4px">Choose a new password</a></p>'
              '<p style="font-size:13px">Button not working? Paste this into your browser:<br>'
              '<span style="color:#2f855a">https://accounts.stonefern.example/reset/7c1e9a44-0d5b-'
              '4b73-9e2f-3a6d1be0c812</span></p><p style="font-size:12px;color:#777">It expires in '
              '1 hour. If you didn&#8217;t request a reset, ignore this email.</p>'
              '<p style="font-size:11px;color:#999">Stonefern Software Inc., 1500 Rue Sainte-Catherine '
              'O, Montreal QC H3G 1P5 &middot; <a href="https://stonefern.example/privacy">Privacy '
              'policy</a></p></div>',
         codes=[],
         link="https://accounts.stonefern.example/reset/7c1e9a44-0d5b-4b73-9e2f-3a6d1be0c812"),
    dict(lang="en", subject="Maya Ortiz invited you to Hollow Pine Studio on Taskbrook",
         html='<table width="100%" style="background:#f6f6f9"><tr><td align="center">'
              '<table width="520" style="background:#fff;font-family:Inter,Arial,sans-serif;'
              'padding:32px"><tr><td><img src="https://taskbrook.example/static/avatar/mo.png" '
              'width="48" alt=""><p><b>Maya Ortiz</b> (maya@hollowpine.example) invited you to '
              'collaborate in the <b>Hollow Pine Studio</b> workspace on Taskbrook.</p>'
              '<p>&ldquo;Hey! Adding you so you can see the Q1 launch board.&rdquo;</p>'
              '<p><a href="https://taskbrook.example/invites/accept?code=hp-4Rt8ZmW&amp;ws=31877" '
              'style="background:#5b5bd6;color:#fff;padding:12px 24px;border-radius:6px;'
              'text-decoration:none">Accept invitation</a></p>'
              '<p style="font-size:12px;color:#888">This invitation expires on December 7, 2026.</p>'
              '<p>Get the app: <a href="https://apps.example/store/taskbrook-ios">App Store</a> '
              '&middot; <a href="https://apps.example/play/com.taskbrook.android">Google Play</a></p>'
              '<p style="font-size:11px;color:#aaa">Taskbrook, Inc. &middot; 85 Broad St, New York, '
              'NY 10004 &middot; <a href="https://taskbrook.example/unsubscribe?e=invites">Don&#39;t '
              'want invites?</a></p></td></tr></table></td></tr></table>',
         codes=[],
         link="https://taskbrook.example/invites/accept?code=hp-4Rt8ZmW&ws=31877"),
    dict(lang="en", subject="Is this you signing in to Ledgerly?",
         html='<div style="font-family:Segoe UI,Arial,sans-serif;max-width:540px">'
              '<h2>New sign-in request</h2>'
              '<table style="font-size:14px"><tr><td>Device</td><td>Safari on iPhone 16</td></tr>'
              '<tr><td>Location</td><td>Toronto, ON, Canada (approx.)</td></tr>'
              '<tr><td>IP address</td><td>192.0.2.118</td></tr>'
              '<tr><td>Time</td><td>Nov 30, 2026 11:04 AM EST</td></tr></table>'
              '<p>If this was you, approve the sign-in. Otherwise, deny it and we&#39;ll lock the '
              'session.</p>'
              '<p><a href="https://secure.ledgerly.example/approve?req=ab41e2&amp;decision=yes" '
              'style="background:#0a7d4f;color:#fff;padding:10px 20px;text-decoration:none">'
              'Yes, approve sign-in</a>&nbsp;&nbsp;'
              '<a href="https://secure.ledgerly.example/approve?req=ab41e2&amp;decision=no" '
              'style="background:#b42318;color:#fff;padding:10px 20px;text-decoration:none">'
              'No, block it</a></p>'
              '<p style="font-size:12px;color:#888">The request expires in 5 minutes.</p></div>',
         codes=[],
         link="https://secure.ledgerly.example/approve?req=ab41e2&decision=yes"),
    dict(lang="en", subject="Confirm your new email address",
         text="Hi Alex,\n\n"
              "You asked to change the email on your Brightmoor Fitness membership (no. 20931477) "
              "from a.k***@mail.example to this address.\n\n"
              "Confirm the change here:\n"
              "https://members.brightmoor.example/email/confirm/3b8f02d1c7\n\n"
              "Until you confirm, we'll keep sending everything to your old address. "
              "The link is good for 24 hours.\n\n"
              "Brightmoor Fitness Clubs - 0800 555 0176 - https://brightmoor.example/contact",
         codes=[],
         link="https://members.brightmoor.example/email/confirm/3b8f02d1c7"),
    dict(lang="en", subject="One click to confirm: The Sunday Loaf",
         text="Hello!\n\n"
              "Someone (I hope it was you) asked to get The Sunday Loaf, my weekly letter about "
              "sourdough, rye and the occasional failure, at this address.\n\n"
              "If you'd like it, please confirm here:\n"
              "https://lists.sundayloaf.example/subscribe/confirm?l=3&s=9f2ab1e&h=77d0\n\n"
              "If not, just ignore this and you won't hear from me again.\n\n"
              "Warmly,\nNell\n\n"
              "The Sunday Loaf - PO Box 112, Hebden Bridge HX7 8AD, UK",
         codes=[],
         link="https://lists.sundayloaf.example/subscribe/confirm?l=3&s=9f2ab1e&h=77d0"),
    dict(lang="en", subject="You're one step away from Figbyte",
         text="Finish creating your Figbyte account\n\n"
              "You started signing up on Nov 29 but didn't finish. Pick up where you left off:\n"
              "https://figbyte.example/signup/continue?invite=fb_91LqZ&utm_source=email&utm_campaign=resume\n\n"
              "For your security this link expires 72 hours after it was sent.\n\n"
              "Privacy policy: https://figbyte.example/legal/privacy\n"
              "Unsubscribe from reminders: https://figbyte.example/u/fb_91LqZ\n"
              "Figbyte Ltd, 3 Grand Canal Quay, Dublin 2, D02 XY77, Ireland. CRO 712345.",
         codes=[],
         link="https://figbyte.example/signup/continue?invite=fb_91LqZ&utm_source=email&utm_campaign=resume"),
    # ------------------------------------------------------------ English, neither
    dict(lang="en", subject="Your Larkspur Goods order #48291-3307",
         html='<table width="600" align="center" style="font-family:Helvetica,sans-serif">'
              '<tr><td><h1 style="font-size:20px">Thanks for your order, Dana!</h1>'
              '<p>Order <b>#48291-3307</b> &middot; placed Nov 30, 2026</p></td></tr>'
              '<tr><td><table width="100%" style="font-size:14px">'
              '<tr><td>Linen apron, sage (SKU 204-118)</td><td>1 &times;</td><td>$38.00</td></tr>'
              '<tr><td>Beeswax wraps, set of 3 (SKU 310-042)</td><td>2 &times;</td><td>$24.00</td></tr>'
              '<tr><td>Shipping (USPS Ground)</td><td></td><td>$6.95</td></tr>'
              '<tr><td><b>Total</b></td><td></td><td><b>$92.95</b></td></tr></table></td></tr>'
              '<tr><td><p><a href="https://shop.larkspur.example/account/orders/48291-3307">View your '
              'order</a></p><p>Paid with Visa &bull;&bull;&bull;&bull; 5521. Ship to: 1408 Elm Ave, '
              'Apt 3, Portland, OR 97214.</p>'
              '<p style="font-size:11px;color:#999">Questions? '
              '<a href="https://larkspur.example/help">Help center</a> &middot; '
              '<a href="https://larkspur.example/shop">Keep shopping</a></p></td></tr></table>',
         codes=[], link=None),
    dict(lang="en", subject="Your parcel is on its way",
         text="Good news - your Copperleaf order 771024 has shipped!\n\n"
              "Carrier: ParcelRoute Express\n"
              "Tracking number: PR 4410 9927 3381 GB\n"
              "Track it: https://track.parcelroute.example/t/PR441099273381GB\n\n"
              "Estimated delivery: Wed 3 Dec, between 10:00 and 14:00.\n\n"
              "Copperleaf Home Ltd, Unit 4, Riverside Park, Leeds LS11 5QR. VAT GB 318 4422 07.",
         codes=[], link=None),
    dict(lang="en", subject="Winter's here: 25% off everything at Mossgrove",
         html='<div style="background:#0f2e24;color:#f1efe6;font-family:Georgia,serif;'
              'padding:30px;text-align:center"><h1>Cozy season is here</h1>'
              '<p>Take 25% off all blankets, mugs and candles until Dec 8.</p>'
              '<p style="font-size:26px;border:2px dashed #f1efe6;display:inline-block;'
              'padding:8px 20px">WINTER25</p><p>Use the code at checkout. Min. order $40.</p>'
              '<p><a href="https://mossgrove.example/shop/winter?utm_medium=email" '
              'style="background:#f1efe6;color:#0f2e24;padding:10px 24px;text-decoration:none">'
              'Shop the sale</a></p></div>'
              '<p style="font-size:11px;color:#777;text-align:center">You signed up at '
              'mossgrove.example. <a href="https://mossgrove.example/unsubscribe?id=55190">'
              'Unsubscribe</a> &middot; Mossgrove Co., 220 Pine St, Burlington, VT 05401</p>',
         codes=[], link=None),
    dict(lang="en", subject="New sign-in to your Harborview account",
         text="We noticed a new sign-in to your Harborview account.\n\n"
              "When: Sunday, November 30, 2026 at 7:52 PM (GMT)\n"
              "Device: Edge 131 on Windows 11\n"
              "Near: Bristol, United Kingdom\n"
              "IP address: 203.0.113.42\n\n"
              "If this was you, there's nothing else to do.\n"
              "If you don't recognise it, contact our support team: https://harborview.example/support\n\n"
              "Harborview Streaming Ltd, 10 Queen Square, Bristol BS1 4NT",
         codes=[], link=None),
    dict(lang="en", subject="Your Wrenly password was changed",
         text="Hi Chris,\n\n"
              "The password for your Wrenly account (chris.t@inbox.test) was changed on "
              "30 November 2026 at 16:20 AEDT.\n\n"
              "If you made this change, you can disregard this email.\n"
              "If you didn't, please contact us straight away at https://wrenly.example/help/contact "
              "or call 1800 555 312.\n\n"
              "The Wrenly team",
         codes=[], link=None),
    dict(lang="en", subject="Day 3: three tricks Quillbase power users love",
         html='<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif;color:#222">'
              '<h2>Three tricks to try this week</h2><ol>'
              '<li><b>Slash commands.</b> Type / in any note to insert tables, code and dates.</li>'
              '<li><b>Templates.</b> Save a page as a template and reuse it with one click.</li>'
              '<li><b>Shortcuts.</b> Press Ctrl + K to jump anywhere.</li></ol>'
              '<p><a href="https://quillbase.example/app?utm_campaign=onboarding_d3" '
              'style="background:#4338ca;color:#fff;padding:10px 18px;text-decoration:none">'
              'Open Quillbase</a></p><p>Reply to this email anytime &mdash; a real person reads '
              'every message.</p><p style="font-size:11px;color:#999">Quillbase Inc. &middot; 2200 '
              'Harbor Blvd, Suite 410 &middot; Oakridge, CA 94107 &middot; '
              '<a href="https://quillbase.example/email/unsubscribe?list=onboarding">Unsubscribe</a>'
              '</p></div>',
         codes=[], link=None),
    dict(lang="en", subject="You're registered: Scaling Postgres for Small Teams",
         text="You're registered!\n\n"
              "Scaling Postgres for Small Teams\n"
              "Thursday, December 11, 2026, 16:00-17:00 GMT\n\n"
              "Ticket no.: 7730-2215\n"
              "Registration ID: WBN-55418\n\n"
              "We'll email your personal join link one hour before we start.\n"
              "Add to calendar: https://events.vaultgrid.example/cal/55418.ics\n\n"
              "Vaultgrid Data Ltd, 14 Rose Street, Edinburgh EH2 2PR",
         codes=[], link=None),
    # -------------------------------------------------------- other languages, codes
    dict(lang="de", subject="Dein Bestätigungscode für Kiezkasse",
         text="Hallo,\n\n"
              "dein Bestätigungscode lautet: 592 047\n\n"
              "Gib ihn in der Kiezkasse-App ein, um deine E-Mail-Adresse zu bestätigen. Der Code "
              "ist 15 Minuten gültig.\n\n"
              "Kiezkasse GmbH · Torstraße 118, 10119 Berlin\n"
              "Amtsgericht Charlottenburg HRB 204518 B · USt-IdNr. DE318274650\n"
              "Geschäftsführung: Lena Brandt, Okan Yıldız",
         html='<div style="font-family:Arial,sans-serif;max-width:560px">'
              '<p>Hallo,</p><p>dein Bestätigungscode lautet:</p>'
              '<p style="font-size:30px;font-weight:bold;letter-spacing:5px">592 047</p>'
              '<p>Gib ihn in der Kiezkasse-App ein, um deine E-Mail-Adresse zu bestätigen. Der Code '
              'ist 15&nbsp;Minuten gültig.</p><hr><p style="font-size:11px;color:#888">'
              'Kiezkasse GmbH &middot; Torstraße 118, 10119 Berlin<br>Amtsgericht Charlottenburg '
              'HRB 204518 B &middot; USt-IdNr. DE318274650<br>Geschäftsführung: Lena Brandt, '
              'Okan Yıldız &middot; <a href="https://kiezkasse.example/impressum">Impressum</a> '
              '&middot; <a href="https://kiezkasse.example/datenschutz">Datenschutz</a></p></div>',
         codes=["592047"], link=None),
    dict(lang="fr", subject="Votre code de connexion Pâtisio",
         text="Bonjour Camille,\n\n"
              "Voici votre code à usage unique pour vous connecter à Pâtisio : 318 472\n\n"
              "Il expire dans 5 minutes. Ne le communiquez à personne, même pas à notre service "
              "client.\n\n"
              "Pâtisio SAS au capital de 10 000 € · RCS Lyon 912 345 678\n"
              "12 rue Mercière, 69002 Lyon · 04 78 55 01 23",
         codes=["318472"], link=None),
    dict(lang="es", subject="Código de verificación - Mercanto",
         html='<table width="100%" style="background:#fafafa"><tr><td align="center">'
              '<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
              '<tr><td style="padding:24px"><h2 style="color:#e63946">¡Hola, Lucía!</h2>'
              '<p>Usa el siguiente código para verificar tu cuenta de Mercanto:</p>'
              '<p style="font-size:28px;letter-spacing:10px;font-weight:700;text-align:center">'
              '7 4 0 2 1 6</p><p>El código caduca en 30 minutos.</p>'
              '<p>Si no has creado ninguna cuenta, ignora este correo.</p></td></tr>'
              '<tr><td style="padding:16px 24px;font-size:11px;color:#999">Mercanto Digital S.L. '
              '&middot; CIF B87654321 &middot; Calle de Alcalá 145, 28009 Madrid &middot; '
              'Tel. 910 555 238<br><a href="https://mercanto.example/privacidad">Política de '
              'privacidad</a></td></tr></table></td></tr></table>',
         codes=["740216"], link=None),
    dict(lang="it", subject="Banca Collina - codice per autorizzare il bonifico",
         text="Gentile cliente,\n\n"
              "stai disponendo un bonifico di 350,00 EUR verso IBAN IT60 X054 2811 1010 0000 0123 456 "
              "(beneficiario: Rossi Arredamenti).\n\n"
              "Codice OTP: 51029\n\n"
              "Il codice è valido 3 minuti. Banca Collina non ti chiederà mai questo codice "
              "al telefono.\n\n"
              "Banca Collina S.p.A. · P.IVA 01234567890 · ABI 05428 · Numero verde 800 555 640",
         codes=["51029"], link=None),
    dict(lang="pt", subject="Seu código Pagaí chegou",
         text="Olá, Rafael!\n\n"
              "Seu código de verificação do Pagaí é 284-591.\n"
              "Ele vale por 10 minutos. Não compartilhe com ninguém.\n\n"
              "Pagaí Instituição de Pagamento Ltda. · CNPJ 12.345.678/0001-90\n"
              "Av. Paulista, 1578 - São Paulo/SP - CEP 01310-200\n"
              "Central de atendimento: 0800 555 0123",
         codes=["284591"], link=None),
    dict(lang="nl", subject="Je verificatiecode voor Fietsdeel",
         text="Hoi,\n\n"
              "Gebruik deze code om je account bij Fietsdeel te bevestigen:\n\n"
              "40 71 93\n\n"
              "De code is 20 minuten geldig. Heb je niets aangevraagd? Dan kun je deze mail "
              "negeren.\n\n"
              "Fietsdeel B.V. · Postbus 1234, 3500 AB Utrecht · KvK 81234567 · BTW NL862345678B01",
         codes=["407193"], link=None),
    dict(lang="pl", subject="Potwierdź adres e-mail w Paczkomacie Plus",
         html='<div style="font-family:Tahoma,sans-serif;max-width:560px;margin:auto">'
              '<p>Cześć!</p><p>Twój kod weryfikacyjny to:</p>'
              '<p style="font-size:32px;font-weight:bold;color:#f2a900">903 118</p>'
              '<p>Możesz też po prostu kliknąć przycisk poniżej:</p>'
              '<p><a href="https://konto.paczkomatplus.example/weryfikacja?kod=903118&amp;'
              'uid=7712044" style="background:#f2a900;color:#000;padding:10px 22px;'
              'text-decoration:none">Potwierdź adres</a></p>'
              '<p style="font-size:12px;color:#777">Kod i link wygasają po 24 godzinach.</p>'
              '<p style="font-size:11px;color:#aaa">Paczkomat Plus sp. z o.o., ul. Marszałkowska 84, '
              '00-514 Warszawa · NIP 525-123-45-67 · KRS 0000765432 · kapitał zakładowy '
              '50 000 zł</p></div>',
         codes=["903118"],
         link="https://konto.paczkomatplus.example/weryfikacja?kod=903118&uid=7712044"),
    dict(lang="cs", subject="Ověřovací kód – Košíkov",
         text="Dobrý den,\n\n"
              "váš ověřovací kód pro přihlášení do Košíkova je 665 320.\n"
              "Platí 10 minut.\n\n"
              "Pokud jste o kód nežádali, někdo mohl zadat vaši e-mailovou adresu omylem.\n\n"
              "Košíkov s.r.o., Vinohradská 1511/230, 100 00 Praha 10, IČO 08312456, DIČ CZ08312456",
         codes=["665320"], link=None),
    dict(lang="hu", subject="Az ellenőrző kódod – Piacka",
         html='<table width="100%"><tr><td style="font-family:Arial,sans-serif;font-size:15px">'
              '<p>Szia!</p><p>Az ellenőrző kódod:</p>'
              '<p style="font-size:30px;font-weight:bold;letter-spacing:4px">381904</p>'
              '<p>A kód 15 percig érvényes. Ha nem te kérted, hagyd figyelmen kívül ezt a levelet.</p>'
              '<p style="font-size:11px;color:#888">Piacka Kft. · 1061 Budapest, Andrássy út 39. · '
              'Adószám: 28123456-2-42 · Cégjegyzékszám: 01-09-345678</p></td></tr></table>',
         codes=["381904"], link=None),
    dict(lang="ro", subject="Codul tău de confirmare Cumpărici",
         text="Bună, Andrei!\n\n"
              "Codul tău de confirmare este 729510.\n"
              "Introdu-l în aplicație în următoarele 10 minute.\n\n"
              "Comanda ta nr. 10045872 va fi procesată după confirmarea contului.\n\n"
              "Cumpărici SRL · CUI RO41234567 · Nr. Reg. Com. J40/1234/2019 · "
              "Str. Lipscani 55, București",
         codes=["729510"], link=None),
    dict(lang="ru", subject="Код подтверждения для входа в Самоварку",
         text="Здравствуйте!\n\n"
              "Код подтверждения: 4821\n\n"
              "Введите его на сайте, чтобы войти в личный кабинет. Никому не сообщайте код, даже "
              "сотрудникам службы поддержки.\n\n"
              "Ваш заказ № 120934 на сумму 2 490 ₽ ждёт оплаты.\n\n"
              "ООО «Самоварка», ИНН 7701234567, ОГРН 1027700132195\n"
              "125009, Москва, ул. Тверская, д. 9, тел. 8 800 555-35-35",
         codes=["4821"], link=None),
    dict(lang="uk", subject="Код для входу в Кавуник",
         text="Вітаємо!\n\n"
              "Ваш код для входу: 61 44 09\n\n"
              "Код діє 5 хвилин. Якщо ви не намагалися увійти, просто проігноруйте цей лист.\n\n"
              "ТОВ «Кавуник», код ЄДРПОУ 43123456, м. Київ, вул. Хрещатик, 22. "
              "Гаряча лінія 0 800 555 123.",
         codes=["614409"], link=None),
    dict(lang="tr", subject="Doğrulama kodunuz - Çarşıcım",
         html='<div style="font-family:Arial,sans-serif;max-width:560px">'
              '<p>Merhaba Elif,</p><p>Çarşıcım hesabınızı doğrulamak için aşağıdaki kodu kullanın:</p>'
              '<table cellpadding="0" cellspacing="0"><tr><td style="background:#fff3e0;'
              'padding:12px 24px;font-size:28px;letter-spacing:6px;font-weight:bold">250861</td>'
              '</tr></table><p>Bu kod 3 dakika geçerlidir.</p>'
              '<p style="font-size:11px;color:#888">Çarşıcım Elektronik Ticaret A.Ş. · Mersis No: '
              '0123456789012345 · Büyükdere Cad. No: 185, 34394 Şişli/İstanbul · Müşteri hizmetleri: '
              '0850 555 12 34</p></div>',
         codes=["250861"], link=None),
    dict(lang="ar", subject="رمز التحقق الخاص بك من سوق النخلة",
         html='<div dir="rtl" style="font-family:Tahoma,Arial,sans-serif;max-width:560px">'
              '<p>مرحباً،</p><p>استخدم رمز التحقق التالي لتأكيد رقم جوالك في سوق النخلة:</p>'
              '<p style="font-size:30px;font-weight:bold;letter-spacing:6px">٣٨٢٠٥١</p>'
              '<p>صالح لمدة ١٠ دقائق. لا تشارك هذا الرمز مع أي شخص.</p>'
              '<p style="font-size:11px;color:#888">شركة سوق النخلة للتجارة الإلكترونية · '
              'سجل تجاري 1010654321 · الرقم الضريبي 300123456700003 · الرياض 12244</p></div>',
         codes=["382051"], link=None),
    dict(lang="he", subject="קוד האימות שלך לגינה שלי",
         text="שלום,\n\n"
              "קוד האימות שלך: 806215\n\n"
              "הקוד בתוקף ל-10 דקות. אם לא ביקשת אותו, אפשר להתעלם מההודעה.\n\n"
              "הגינה שלי בע\"מ · ח.פ. 516234567 · דרך מנחם בגין 132, תל אביב · *5540",
         codes=["806215"], link=None),
    dict(lang="fa", subject="کد تأیید دیجی‌بازار",
         text="کاربر گرامی،\n\n"
              "کد تأیید شما: ۷۴۱۲۹۰\n\n"
              "این کد تا ۲ دقیقه معتبر است. آن را در اختیار هیچ‌کس قرار ندهید.\n\n"
              "دیجی‌بازار · تهران، خیابان ولیعصر، پلاک ۱۲۴۰ · تلفن پشتیبانی ۰۲۱-۹۱۰۰۵۵۰۰",
         codes=["741290"], link=None),
    dict(lang="hi", subject="आपका OTP - बाज़ारघर",
         text="नमस्ते,\n\n"
              "बाज़ारघर पर लॉग इन करने के लिए आपका OTP 928174 है। यह 10 मिनट तक मान्य है।\n\n"
              "आपका ऑर्डर #IN40021983 (₹1,299) भुगतान की प्रतीक्षा में है।\n\n"
              "कृपया यह OTP किसी के साथ साझा न करें। बाज़ारघर कभी भी फ़ोन पर OTP नहीं माँगता।\n\n"
              "बाज़ारघर प्राइवेट लिमिटेड · CIN U74999KA2021PTC145678 · GSTIN 29AABCB1234C1Z5",
         codes=["928174"], link=None),
    dict(lang="th", subject="รหัส OTP สำหรับยืนยันตัวตน",
         text="เรียน ลูกค้า ธนาคารเจ้าพระยา\n\n"
              "รหัส OTP ของคุณคือ 640271 (รหัสอ้างอิง: KXBT)\n"
              "สำหรับการโอนเงิน 2,500.00 บาท ไปยังบัญชี xxx-x-x4471-x\n"
              "รหัสนี้ใช้ได้ภายใน 5 นาที ห้ามเปิดเผยรหัสนี้แก่ผู้อื่น\n\n"
              "ธนาคารเจ้าพระยา จำกัด (มหาชน) · ศูนย์บริการลูกค้า 02 555 0777",
         codes=["640271"], link=None),
    dict(lang="vi", subject="Mã xác thực tài khoản Chợ Sen",
         html='<div style="font-family:Arial,sans-serif;max-width:560px">'
              '<p>Xin chào Minh,</p><p>Mã xác thực của bạn là:</p>'
              '<h1 style="letter-spacing:8px;color:#d7263d">197354</h1>'
              '<p>Hoặc bấm vào nút dưới đây để xác thực email ngay:</p>'
              '<p><a href="https://chosen.example/xac-thuc?ma=197354&amp;tk=u-559012" '
              'style="background:#d7263d;color:#fff;padding:10px 20px;text-decoration:none">'
              'Xác thực email</a></p><p>Mã có hiệu lực trong 15 phút.</p>'
              '<p style="font-size:11px;color:#888">Công ty TNHH Chợ Sen · MST 0312345678 · '
              '27 Lý Tự Trọng, Quận 1, TP. Hồ Chí Minh · Hotline 1900 555 012</p></div>',
         codes=["197354"],
         link="https://chosen.example/xac-thuc?ma=197354&tk=u-559012"),
    dict(lang="id", subject="Kode OTP Tokonusa",
         text="Kode OTP kamu: 8830\n\n"
              "JANGAN berikan kode ini ke siapa pun, termasuk pihak Tokonusa. Kode berlaku 5 menit.\n\n"
              "Butuh bantuan? Hubungi 1500-555 atau kunjungi https://tokonusa.example/bantuan\n"
              "PT Tokonusa Niaga Digital · Jl. Jend. Sudirman Kav. 52-53, Jakarta 12190",
         codes=["8830"], link=None),
    dict(lang="zh", subject="【鲸选】验证码通知",
         text="【鲸选】您的验证码为 462815，5分钟内有效。如非本人操作，请忽略本邮件。\n\n"
              "您的订单号 202611300012 已创建，请在30分钟内完成支付。\n"
              "客服电话：400-820-5566（9:00-21:00）\n"
              "上海鲸选网络科技有限公司 · 沪ICP备2021012345号",
         codes=["462815"], link=None),
    dict(lang="ja", subject="【ことのは書房】認証コードのお知らせ",
         text="ことのは書房をご利用いただきありがとうございます。\n\n"
              "以下の認証コードを画面に入力してください。\n\n"
              "認証コード：０３９１７４\n\n"
              "※コードの有効期限は発行から30分です。\n"
              "※お心当たりのない場合は、本メールを破棄してください。\n\n"
              "――――――――――――――――\n"
              "株式会社ことのは書房\n"
              "〒101-0051 東京都千代田区神田神保町1-105\n"
              "TEL 03-5555-0148（平日10:00〜18:00）\n"
              "――――――――――――――――",
         codes=["039174"], link=None),
    dict(lang="ko", subject="[하루마켓] 이메일 인증번호 안내",
         html='<table width="600" style="font-family:\'Malgun Gothic\',sans-serif;border:1px solid #eee">'
              '<tr><td style="padding:30px"><h2>이메일 인증번호</h2>'
              '<p>안녕하세요, 하루마켓입니다. 아래 인증번호 [285063]를 입력해 주세요.</p>'
              '<p style="font-size:26px;font-weight:bold;color:#3b5bdb">285063</p>'
              '<p>인증번호는 발송 후 3분 동안 유효합니다.</p></td></tr>'
              '<tr><td style="padding:16px 30px;background:#f8f9fa;font-size:11px;color:#868e96">'
              '(주)하루마켓 · 대표이사 김하늘 · 사업자등록번호 123-45-67890 · '
              '통신판매업신고 2021-서울강남-01234 · 고객센터 1588-5555</td></tr></table>',
         codes=["285063"], link=None),
    dict(lang="el", subject="Κωδικός επαλήθευσης Αγοράκι",
         text="Γεια σας,\n\n"
              "Ο κωδικός επαλήθευσης για τον λογαριασμό σας στο Αγοράκι είναι 714 602.\n"
              "Ισχύει για 10 λεπτά.\n\n"
              "Αγοράκι Μονοπρόσωπη Ι.Κ.Ε. · ΑΦΜ 099123456 · ΓΕΜΗ 158765401000 · "
              "Ερμού 44, 105 63 Αθήνα · 210 555 0190",
         codes=["714602"], link=None),
    dict(lang="fi", subject="Vahvistuskoodisi – Kirppu",
         text="Hei!\n\n"
              "Vahvistuskoodisi on 33 91 05\n\n"
              "Syötä koodi Kirppu-sovellukseen 15 minuutin kuluessa. Jos et pyytänyt koodia, voit "
              "jättää tämän viestin huomiotta.\n\n"
              "Kirppu Oy · Y-tunnus 3012345-8 · Mannerheimintie 12 B, 00100 Helsinki",
         codes=["339105"], link=None),
    dict(lang="ka", subject="დადასტურების კოდი – ბაზრობა",
         text="გამარჯობა!\n\n"
              "თქვენი ერთჯერადი კოდია: 4718\n\n"
              "კოდი მოქმედებს 5 წუთის განმავლობაში. არავის გაუზიაროთ.\n\n"
              "შპს ბაზრობა · ს/ნ 405123456 · თბილისი, რუსთაველის გამზ. 12 · ცხელი ხაზი 032 255 55 55",
         codes=["4718"], link=None),
    dict(lang="ms", subject="Kod TAC untuk pemindahan dana",
         text="Bank Seri Teluk\n\n"
              "Kod TAC anda ialah 771240 untuk pemindahan RM 1,500.00 ke akaun 5621 0091 4477.\n"
              "Sah selama 3 minit. Jangan kongsi kod ini dengan sesiapa.\n\n"
              "Jika anda tidak membuat transaksi ini, hubungi kami di 03-5555 8800 dengan segera.\n"
              "Bank Seri Teluk Berhad (198801001234)",
         codes=["771240"], link=None),
    dict(lang="sr", subject="Верификациони код – Пијаца",
         text="Поштовани,\n\n"
              "Ваш верификациони код је 540 318.\n"
              "Код важи 10 минута.\n\n"
              "Пијаца д.о.о. · ПИБ 101234567 · МБ 20123456 · Кнез Михаилова 30, 11000 Београд",
         codes=["540318"], link=None),
    # --------------------------------------------------- other languages, links only
    dict(lang="de", subject="Bitte bestätige deine Anmeldung zum Gartenbrief",
         html='<table width="100%" style="background:#eef4ea"><tr><td align="center">'
              '<table width="580" style="background:#fff;font-family:Georgia,serif;padding:28px">'
              '<tr><td><h1 style="font-size:22px">Fast geschafft!</h1>'
              '<p>Du hast dich für den Gartenbrief von Beetwerk angemeldet. Damit wir dir '
              'schreiben dürfen, bestätige bitte deine E-Mail-Adresse (Double-Opt-in):</p>'
              '<p style="text-align:center"><a href="https://news.beetwerk.example/doi/confirm?'
              'list=garten&amp;sub=44e0c9&amp;sig=b71f" style="background:#4a7c3a;color:#fff;'
              'padding:12px 26px;text-decoration:none;border-radius:3px">Anmeldung bestätigen</a>'
              '</p><p style="font-size:13px">Wenn du dich nicht angemeldet hast, ignoriere diese '
              'E-Mail einfach &ndash; ohne Bestätigung erhältst du nichts von uns.</p>'
              '<p style="font-size:11px;color:#888">Beetwerk UG (haftungsbeschränkt) &middot; '
              'Am Stadtgarten 3, 50672 Köln &middot; HRB 98765 &middot; '
              '<a href="https://beetwerk.example/datenschutz">Datenschutzerklärung</a></p>'
              '</td></tr></table></td></tr></table>',
         codes=[],
         link="https://news.beetwerk.example/doi/confirm?list=garten&sub=44e0c9&sig=b71f"),
    dict(lang="fr", subject="Réinitialisation de votre mot de passe Covoitéo",
         text="Bonjour,\n\n"
              "Vous avez demandé à réinitialiser votre mot de passe Covoitéo. Cliquez sur le lien "
              "ci-dessous pour en choisir un nouveau :\n\n"
              "https://www.covoiteo.example/mot-de-passe/nouveau?jeton=Qm9uam91cg-4471\n\n"
              "Ce lien est valable 2 heures. Si vous n'êtes pas à l'origine de cette demande, "
              "ignorez ce message : votre mot de passe actuel reste inchangé.\n\n"
              "L'équipe Covoitéo\n"
              "Covoitéo SAS · 8 boulevard Haussmann, 75009 Paris · RCS Paris 845 123 456",
         html='<div style="font-family:Arial,sans-serif;max-width:560px">'
              '<p>Bonjour,</p><p>Vous avez demandé à réinitialiser votre mot de passe Covoitéo.</p>'
              '<p><a href="https://www.covoiteo.example/mot-de-passe/nouveau?jeton=Qm9uam91cg-4471" '
              'style="background:#0055a4;color:#fff;padding:10px 20px;text-decoration:none">'
              'Choisir un nouveau mot de passe</a></p>'
              '<p>Ce lien est valable 2&nbsp;heures. Si vous n&rsquo;êtes pas à l&rsquo;origine de '
              'cette demande, ignorez ce message.</p>'
              '<p style="font-size:11px;color:#888">Covoitéo SAS &middot; 8 boulevard Haussmann, '
              '75009 Paris &middot; RCS Paris 845 123 456 &middot; '
              '<a href="https://www.covoiteo.example/aide">Centre d&#39;aide</a></p></div>',
         codes=[],
         link="https://www.covoiteo.example/mot-de-passe/nouveau?jeton=Qm9uam91cg-4471"),
    dict(lang="es", subject="Carmen te ha invitado a Tablero Sur",
         html='<div style="font-family:Helvetica,Arial,sans-serif;max-width:540px;margin:auto">'
              '<p><b>Carmen Vidal</b> te ha invitado a unirte al equipo <b>Reformas Vidal</b> en '
              'Tablero Sur.</p><p>Con Tablero Sur podéis organizar obras, presupuestos y '
              'proveedores en un solo sitio.</p>'
              '<p><a href="https://app.tablerosur.example/invitacion/aceptar/rv-8812-kq" '
              'style="background:#ff6b35;color:#fff;padding:12px 24px;text-decoration:none;'
              'border-radius:5px">Unirme al equipo</a></p>'
              '<p style="font-size:12px;color:#666">La invitación caduca en 7 días. '
              '¿Dudas? Visita nuestro <a href="https://tablerosur.example/ayuda">centro de ayuda</a>.'
              '</p><p style="font-size:11px;color:#aaa">Tablero Sur S.L. · Avda. de la Constitución '
              '21, 41004 Sevilla · <a href="https://tablerosur.example/privacidad">Privacidad</a></p>'
              '</div>',
         codes=[],
         link="https://app.tablerosur.example/invitacion/aceptar/rv-8812-kq"),
    dict(lang="pt", subject="Confirme o seu novo endereço de email",
         text="Olá Inês,\n\n"
              "Pediu para alterar o email da sua conta Mercearia Lusa para este endereço.\n"
              "Para concluir a alteração, abra a ligação seguinte:\n\n"
              "https://conta.mercearialusa.example/email/confirmar?t=5a1d7e&c=PT\n\n"
              "A ligação expira em 24 horas. Se não fez este pedido, contacte-nos pelo "
              "213 555 010.\n\n"
              "Mercearia Lusa, Lda. · NIPC 515123456 · Rua Augusta 120, 1100-053 Lisboa",
         codes=[],
         link="https://conta.mercearialusa.example/email/confirmar?t=5a1d7e&c=PT"),
    dict(lang="sv", subject="Bekräfta din e-postadress hos Loppis",
         text="Hej!\n\n"
              "Tack för att du skapat ett konto hos Loppis. Bekräfta din e-postadress genom att "
              "klicka på länken nedan:\n\n"
              "https://loppis.example/konto/bekrafta/9d2e61f0a4\n\n"
              "Länken gäller i 48 timmar.\n\n"
              "Har du frågor? Läs mer på https://loppis.example/hjalp\n\n"
              "Loppis AB · Org.nr 559234-5678 · Drottninggatan 71, 111 36 Stockholm",
         codes=[],
         link="https://loppis.example/konto/bekrafta/9d2e61f0a4"),
    dict(lang="da", subject="Nulstil din adgangskode til Cykelkassen",
         html='<div style="font-family:Verdana,sans-serif;max-width:560px">'
              '<p>Hej Mads,</p><p>Vi har modtaget en anmodning om at nulstille adgangskoden til '
              'din konto hos Cykelkassen.</p>'
              '<p><a href="https://www.cykelkassen.example/nulstil?token=dk-7f1a90&amp;'
              'utm_source=transactional" style="background:#c8102e;color:#fff;padding:10px 20px;'
              'text-decoration:none">Nulstil adgangskode</a></p>'
              '<p>Linket udløber om 60 minutter. Har du ikke bedt om det, kan du se bort fra denne '
              'mail.</p><p style="font-size:11px;color:#888">Cykelkassen ApS &middot; CVR 41234567 '
              '&middot; Vesterbrogade 42, 1620 København V &middot; '
              '<a href="https://www.cykelkassen.example/kundeservice">Kundeservice</a></p></div>',
         codes=[],
         link="https://www.cykelkassen.example/nulstil?token=dk-7f1a90&utm_source=transactional"),
    dict(lang="nb", subject="Du er invitert til Fjordkalender",
         text="Hei!\n\n"
              "Ingrid Haugen har invitert deg til å dele kalenderen «Hytta 2027» i Fjordkalender.\n\n"
              "Godta invitasjonen:\n"
              "https://fjordkalender.example/invitasjon/godta?id=HY27-5540&e=ZXg\n\n"
              "Invitasjonen utløper 14. desember 2026.\n\n"
              "Last ned appen: https://apps.example/store/fjordkalender\n"
              "Fjordkalender AS · Org.nr. 923 456 789 · Bryggen 15, 5003 Bergen",
         codes=[],
         link="https://fjordkalender.example/invitasjon/godta?id=HY27-5540&e=ZXg"),
    dict(lang="lt", subject="Patvirtinkite el. pašto adresą – Turgelis",
         html='<div style="font-family:Arial,sans-serif;max-width:560px">'
              '<p>Sveiki,</p><p>Ačiū, kad užsiregistravote Turgelyje. Paspauskite mygtuką, kad '
              'patvirtintumėte savo el. pašto adresą.</p>'
              '<p><a href="https://turgelis.example/lt/patvirtinti/0c7b3e9a" '
              'style="background:#006a44;color:#fff;padding:10px 20px;text-decoration:none">'
              'Patvirtinti</a></p>'
              '<p style="font-size:12px;color:#777">Nuoroda galioja 24 valandas.</p>'
              '<p style="font-size:11px;color:#aaa">UAB „Turgelis“ · Įmonės kodas 305123456 · '
              'Gedimino pr. 9, LT-01103 Vilnius</p></div>',
         codes=[],
         link="https://turgelis.example/lt/patvirtinti/0c7b3e9a"),
    dict(lang="ca", subject="Confirma la teva subscripció al butlletí de La Mola",
         text="Hola!\n\n"
              "Gràcies per voler rebre el butlletí setmanal de La Mola, la llibreria del barri.\n"
              "Confirma la subscripció aquí:\n"
              "https://butlleti.lamola.example/confirma?e=c2Fs&l=setmanal\n\n"
              "Si no t'hi has subscrit tu, no cal que facis res.\n\n"
              "Llibreria La Mola SCCL · NIF F65123456 · Carrer de Verdi 31, 08012 Barcelona",
         codes=[],
         link="https://butlleti.lamola.example/confirma?e=c2Fs&l=setmanal"),
    dict(lang="bn", subject="আপনার ইমেল যাচাই করুন – হাটবাজার",
         html='<div style="font-family:Arial,sans-serif;max-width:560px">'
              '<p>প্রিয় গ্রাহক,</p><p>হাটবাজারে নিবন্ধনের জন্য ধন্যবাদ। আপনার ইমেল ঠিকানা যাচাই '
              'করতে নিচের বোতামে ক্লিক করুন।</p>'
              '<p><a href="https://haatbazar.example/verify-email?uid=880412&amp;k=bd71" '
              'style="background:#00796b;color:#fff;padding:10px 20px;text-decoration:none">'
              'ইমেল যাচাই করুন</a></p><p>লিংকটি ২৪ ঘণ্টা পর্যন্ত কার্যকর থাকবে।</p>'
              '<p style="font-size:11px;color:#888">হাটবাজার লিমিটেড · বাড়ি ১২, রোড ৫, '
              'ধানমন্ডি, ঢাকা ১২০৫ · হটলাইন ১৬৫৫৫</p></div>',
         codes=[],
         link="https://haatbazar.example/verify-email?uid=880412&k=bd71"),
    dict(lang="zh", subject="您的登录链接 - 云笺",
         html='<div style="font-family:\'PingFang SC\',\'Microsoft YaHei\',sans-serif;max-width:560px">'
              '<p>您好，</p><p>点击下方按钮即可登录云笺，无需输入密码：</p>'
              '<p><a href="https://yunjian.example/auth/link?k=9QmZ2e7T&amp;r=%2Fdocs" '
              'style="background:#1677ff;color:#fff;padding:10px 24px;text-decoration:none;'
              'border-radius:4px">立即登录</a></p>'
              '<p style="font-size:12px;color:#999">链接15分钟内有效，仅可使用一次。如果不是您本人操作，'
              '请忽略此邮件。</p><p style="font-size:11px;color:#bbb">杭州云笺科技有限公司 · '
              '浙ICP备2020098765号 · 客服邮箱 help@yunjian.example</p></div>',
         codes=[],
         link="https://yunjian.example/auth/link?k=9QmZ2e7T&r=%2Fdocs"),
    dict(lang="ja", subject="【はなみち】本登録のご案内",
         text="はなみち会員 仮登録のお客様\n\n"
              "このたびは「はなみち」にご登録いただき、誠にありがとうございます。\n"
              "現在は仮登録の状態です。下記URLにアクセスして本登録を完了してください。\n\n"
              "▼本登録はこちら\n"
              "https://hanamichi.example/member/regist/complete?key=a8f3c91e0b\n\n"
              "※URLの有効期限は24時間です。\n"
              "※本メールは送信専用です。ご返信いただいてもお答えできません。\n\n"
              "■お問い合わせ\n"
              "https://hanamichi.example/contact\n"
              "株式会社はなみち 〒530-0001 大阪府大阪市北区梅田2-4-9",
         codes=[],
         link="https://hanamichi.example/member/regist/complete?key=a8f3c91e0b"),
    dict(lang="ko", subject="[모아책] 이메일 주소를 인증해 주세요",
         html='<table width="600" style="font-family:\'Apple SD Gothic Neo\',sans-serif">'
              '<tr><td style="padding:30px"><p>안녕하세요, 모아책 회원님.</p>'
              '<p>회원가입을 완료하려면 아래 버튼을 눌러 이메일 주소를 인증해 주세요.</p>'
              '<p><a href="https://moabook.example/member/email-auth?token=kr55ab12&amp;mid=30917" '
              'style="background:#20c997;color:#fff;padding:12px 28px;text-decoration:none">'
              '이메일 인증하기</a></p><p style="font-size:12px;color:#868e96">본 메일은 발신 '
              '전용입니다. 링크는 24시간 동안 유효합니다.</p></td></tr>'
              '<tr><td style="padding:16px 30px;font-size:11px;color:#adb5bd">(주)모아책 · '
              '사업자등록번호 214-88-12345 · 서울특별시 마포구 양화로 45 · 고객센터 1644-5555</td></tr>'
              '</table>',
         codes=[],
         link="https://moabook.example/member/email-auth?token=kr55ab12&mid=30917"),
    dict(lang="sk", subject="Potvrďte registráciu v Jarmoku",
         text="Dobrý deň,\n\n"
              "ďakujeme za registráciu v Jarmoku. Registráciu dokončíte kliknutím na tento odkaz:\n"
              "https://jarmok.example/registracia/potvrdit/sk-20931?h=6be1\n\n"
              "Odkaz je platný 3 dni.\n\n"
              "Jarmok s.r.o., Obchodná 12, 811 06 Bratislava, IČO 51234567, "
              "zapísaná v OR Mestského súdu Bratislava III, oddiel Sro, vložka č. 123456/B",
         codes=[],
         link="https://jarmok.example/registracia/potvrdit/sk-20931?h=6be1"),
    # ------------------------------------------------------ other languages, neither
    dict(lang="sw", subject="Risiti ya malipo - Duka Letu",
         text="Habari Amina,\n\n"
              "Asante kwa malipo yako. Tumepokea TSh 45,000.00 kwa agizo namba DL-558201.\n\n"
              "Namba ya muamala: QK7H2M9P4X\n"
              "Tarehe: 30/11/2026 saa 10:15\n"
              "Njia ya malipo: pesa kwa simu (0754 555 120)\n\n"
              "Angalia agizo lako: https://dukaletu.example/maagizo/DL-558201\n\n"
              "Duka Letu Ltd · S.L.P. 4412, Dar es Salaam · TIN 123-456-789",
         codes=[], link=None),
    dict(lang="lv", subject="Ziemas izpārdošana – tikai šonedēļ!",
         html='<div style="font-family:Arial,sans-serif;max-width:600px;margin:auto;'
              'text-align:center"><img src="https://cdn.tirgotava.example/ziema.jpg" width="600" '
              'alt="Ziemas izpārdošana"><h1>Līdz −30% visām jakām</h1>'
              '<p>Ievadi atlaides kodu <b>SNIEGS30</b> pirkuma noformēšanas laikā. '
              'Piedāvājums spēkā līdz 7. decembrim.</p>'
              '<p><a href="https://tirgotava.example/lv/izpardosana?utm_source=newsletter" '
              'style="background:#9e1b32;color:#fff;padding:12px 26px;text-decoration:none">'
              'Iepirkties tagad</a></p><p style="font-size:11px;color:#999">SIA „Tirgotava“, '
              'reģ. nr. 40103123456, Brīvības iela 58, Rīga, LV-1011. '
              '<a href="https://tirgotava.example/atrakstities?id=lv-7781">Atrakstīties</a></p></div>',
         codes=[], link=None),
    dict(lang="et", subject="Sinu pakk on teel",
         text="Tere!\n\n"
              "Sinu tellimus nr 300458 on välja saadetud.\n\n"
              "Pakiautomaat: Tartu Kaubamaja, Riia 1\n"
              "Saadetise kood: EE 8812 4409 5521\n"
              "Jälgi saadetist: https://pakk.example/jalgi/EE881244095521\n\n"
              "Paki saad kätte 7 päeva jooksul pärast saabumisteadet.\n\n"
              "Poeke OÜ · Registrikood 14123456 · KMKR EE102345678",
         codes=[], link=None),
    dict(lang="is", subject="Velkomin í Lundabók!",
         text="Hæ Sigrún,\n\n"
              "Velkomin í Lundabók! Aðgangurinn þinn er tilbúinn og þú getur byrjað að skrá "
              "bækurnar sem þú lest.\n\n"
              "Nokkur góð ráð:\n"
              "1. Bættu við fyrstu bókinni þinni.\n"
              "2. Fylgdu vinum þínum.\n"
              "3. Settu þér lestrarmarkmið fyrir 2027.\n\n"
              "Kveðja,\nLundabók-teymið\n\n"
              "Lundabók ehf. · Kt. 510123-4560 · Laugavegur 26, 101 Reykjavík",
         codes=[], link=None),
    dict(lang="hr", subject="Lozinka je promijenjena",
         text="Poštovani,\n\n"
              "lozinka za vaš račun na Tržnici (korisnik: marko.b) promijenjena je "
              "30. 11. 2026. u 18:42.\n\n"
              "Ako ste to bili vi, ne trebate ništa poduzimati.\n"
              "Ako niste, odmah se obratite našoj podršci na 01 5555 210 ili putem "
              "https://trznica.example/podrska\n\n"
              "Tržnica d.o.o. · OIB 12345678901 · Ilica 42, 10000 Zagreb",
         codes=[], link=None),
    dict(lang="sl", subject="Račun št. 2026-11-0457",
         html='<div style="font-family:Arial,sans-serif;max-width:600px">'
              '<p>Spoštovani,</p><p>v priponki vam pošiljamo račun za mesec november.</p>'
              '<table style="font-size:14px"><tr><td>Številka računa:</td><td>2026-11-0457</td></tr>'
              '<tr><td>Znesek:</td><td>24,90 EUR</td></tr>'
              '<tr><td>Rok plačila:</td><td>15. 12. 2026</td></tr>'
              '<tr><td>Sklic:</td><td>SI00 4410-0457</td></tr></table>'
              '<p><a href="https://moj.oblakec.example/racuni/2026-11-0457.pdf">Prenesi račun (PDF)</a>'
              '</p><p style="font-size:11px;color:#888">Oblakec d.o.o. · Davčna št. SI12345678 · '
              'Slovenska cesta 56, 1000 Ljubljana</p></div>',
         codes=[], link=None),
    dict(lang="bg", subject="Нов вход в профила ви",
         html='<div style="font-family:Arial,sans-serif;max-width:560px">'
              '<p>Здравейте,</p><p>Засякохме нов вход в профила ви в Пазарче.</p>'
              '<ul><li>Устройство: Chrome на Android 14</li><li>Място: Пловдив, България</li>'
              '<li>IP адрес: 198.51.100.77</li><li>Време: 30.11.2026 г., 21:08 ч.</li></ul>'
              '<p>Ако това сте вие, не е нужно да правите нищо. Ако не сте вие, свържете се с нас '
              'на 0700 55 123.</p><p style="font-size:11px;color:#888">Пазарче ЕООД · ЕИК 205123456 '
              '· гр. София, бул. Витоша 89 · <a href="https://pazarche.example/pomosht">Помощ</a>'
              '</p></div>',
         codes=[], link=None),
    dict(lang="hy", subject="Բարի գալուստ Նռնակ",
         text="Բարև, Անի։\n\n"
              "Շնորհակալություն Նռնակին միանալու համար։ Ձեր հաշիվը պատրաստ է։\n\n"
              "Ահա մի քանի քայլ սկսելու համար․\n"
              "1. Լրացրեք ձեր պրոֆիլը։\n"
              "2. Ավելացրեք առաջին ապրանքը ձեր ցանկում։\n"
              "3. Միացրեք ծանուցումները։\n\n"
              "Հարցերի դեպքում զանգահարեք +374 10 555 123։\n\n"
              "«Նռնակ» ՍՊԸ · ՀՎՀՀ 01234567 · Երևան, Աբովյան 10",
         codes=[], link=None),
    dict(lang="ta", subject="உங்கள் ஆர்டர் உறுதிசெய்யப்பட்டது - கடைவீதி",
         text="வணக்கம் கார்த்திக்,\n\n"
              "உங்கள் ஆர்டர் #KV-302781 உறுதிசெய்யப்பட்டது.\n\n"
              "பொருள்: பருத்தி வேட்டி (2) - ₹1,180\n"
              "டெலிவரி கட்டணம்: ₹40\n"
              "மொத்தம்: ₹1,220\n\n"
              "எதிர்பார்க்கப்படும் டெலிவரி: 4 டிசம்பர் 2026\n"
              "ஆர்டரைப் பார்க்க: https://kadaiveedhi.example/orders/KV-302781\n\n"
              "கடைவீதி பிரைவேட் லிமிடெட் · GSTIN 33AAKCK5678M1Z2 · சென்னை 600017",
         codes=[], link=None),
    dict(lang="ur", subject="آپ کی رکنیت کی تجدید ہو گئی ہے",
         text="محترم صارف،\n\n"
              "آپ کی کتاب گھر پریمیم رکنیت کامیابی سے تجدید ہو گئی ہے۔\n\n"
              "رقم: 1,499 روپے\n"
              "اگلی تجدید: 30 دسمبر 2026\n"
              "رسید نمبر: KG-2026-118843\n\n"
              "رکنیت منسوخ کرنے یا تفصیلات دیکھنے کے لیے: https://kitabghar.example/account/billing\n\n"
              "کتاب گھر (پرائیویٹ) لمیٹڈ · این ٹی این 1234567-8 · لاہور",
         codes=[], link=None),
    dict(lang="tl", subject="May regalo kami sa'yo ngayong Pasko!",
         html='<div style="font-family:Arial,sans-serif;max-width:600px;margin:auto">'
              '<h2>Maligayang Pasko mula sa Tindahan ni Aling Nena!</h2>'
              '<p>Bilang pasasalamat, may ₱200 OFF ka sa susunod mong order na ₱1,000 pataas. '
              'Gamitin lang ang code na <b>PASKO200</b> bago mag-Disyembre 25.</p>'
              '<p><a href="https://alingnena.example/shop?promo=PASKO200" '
              'style="background:#0038a8;color:#fff;padding:10px 22px;text-decoration:none">'
              'Mamili na</a></p><p>Sundan kami: <a href="https://social.example/alingnena">'
              'Facebook</a></p><p style="font-size:11px;color:#999">Tindahan ni Aling Nena Inc. · '
              '88 Kalye Mabini, Lungsod Quezon 1100 · <a href="https://alingnena.example/'
              'unsubscribe?u=ph-3312">Mag-unsubscribe</a></p></div>',
         codes=[], link=None),
]
