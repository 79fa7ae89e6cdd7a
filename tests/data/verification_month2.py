"""A month-2 blind set of one-time-code and action-link mails (80 mails).

What real throwaway inboxes receive while sign-up and login flows are tested, and what
ordinary users get after signing up somewhere: codes, magic links, resets, invitations,
approvals, address changes, opt-ins, and the receipts, notices, onboarding mails and
newsletters that follow. Many languages and scripts, plain-text and designed HTML.

Written blind on 2026-11-30 by a writer who never saw the extractor (its code, its tests,
its rules or its history), in the writer's own words, with invented services and example
domains. Committed before being scored; it is to be scored exactly once.

Each mail: lang, subject, text and/or html, codes (as a person would type them, the one
needed first; [] when there is none) and link (the one action link, as its href resolves,
or None).

Read once, blind, at 44a0c9b, with its twin set (after the coda set's tuning): codes P 0.974 R 0.950; links P 0.955 R 0.840;
every code listed P 0.974.
Both sets together (160 mails): codes P 0.950 R 0.950; links P 0.977 R 0.840. Their misses
then shaped extract.py and links.py (confirm, activate and sign-in words in Hungarian,
Lithuanian, Tagalog, Serbian and Bulgarian; a word in a link's host; "G-482913" typed as its
digits; order, reference and auth-code numbers; a code after a full stop; a nine-digit
recovery code); it counts as seen since.
"""

MONTH2 = [
    # ---------------------------------------------------------------- English
    dict(lang="en", subject="Your Larkspur Pay sign-in code",
         text="Hi Dana,\n\n"
              "Someone (hopefully you) is trying to sign in to Larkspur Pay from a new device.\n\n"
              "Your sign-in code: 731 406\n\n"
              "It expires in 10 minutes (14:32 UTC, 30 Nov 2026). Never share it. Our staff will "
              "never ask for it, not even when calling from 1-800-555-0142.\n\n"
              "Device: Firefox 133 on Ubuntu 24.04\n"
              "Approximate location: Denver, CO 80202\n\n"
              "Larkspur Pay Inc. · NMLS ID 2203917 · 1450 Wynkoop St, Suite 300, Denver, CO 80202\n",
         codes=["731406"], link=None),
    dict(lang="en", subject="Confirm your email for Brindlewood",
         html='<div style="display:none;max-height:0;overflow:hidden">One quick step and your '
              'notebook is ready.</div>'
              '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
              '<tr><td align="center" style="padding:32px 0">'
              '<a href="https://brindlewood.example/?utm_source=email"><img src="https://cdn.brindlewood.example/logo@2x.png" width="140" alt="Brindlewood"></a>'
              '</td></tr>'
              '<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#333">'
              '<h1 style="font-size:22px">Welcome aboard, Priya</h1>'
              '<p>Enter this code in the app to confirm your email address:</p>'
              '<p style="font-size:32px;letter-spacing:8px;font-weight:700;background:#f4f1ea;'
              'padding:16px;text-align:center">582914</p>'
              '<p>Or confirm with one click:</p>'
              '<p><a href="https://app.brindlewood.example/verify-email?token=Zk3q9LmP2x&amp;uid=88124" '
              'style="background:#2d6a4f;color:#fff;padding:12px 24px;border-radius:6px;'
              'text-decoration:none">Confirm email</a></p>'
              '<p style="color:#888;font-size:13px">The code and the button work for 24 hours.</p>'
              '</td></tr>'
              '<tr><td style="font-size:12px;color:#999;padding-top:24px">'
              'Brindlewood Labs, 88 Market Lane, Portland, OR 97204 · '
              '<a href="https://brindlewood.example/privacy">Privacy</a> · '
              '<a href="https://brindlewood.example/email-prefs?u=88124">Email preferences</a>'
              '</td></tr></table>',
         text="Welcome aboard, Priya\n\n"
              "Enter this code in the app to confirm your email address: 582914\n\n"
              "Or confirm with one click:\n"
              "https://app.brindlewood.example/verify-email?token=Zk3q9LmP2x&uid=88124\n\n"
              "The code and the link work for 24 hours.\n\n"
              "Brindlewood Labs, 88 Market Lane, Portland, OR 97204\n"
              "Privacy: https://brindlewood.example/privacy\n"
              "Email preferences: https://brindlewood.example/email-prefs?u=88124\n",
         codes=["582914"],
         link="https://app.brindlewood.example/verify-email?token=Zk3q9LmP2x&uid=88124"),
    dict(lang="en", subject="Your magic link for Quillstack",
         text="Sign in to Quillstack\n\n"
              "Click the link below to sign in as tester+qa17@mailbox.test. It expires in 15 "
              "minutes and can only be used once.\n\n"
              "https://quillstack.example/auth/magic?token=mq_7Hs02kPqL4nX9vB3&redirect=%2Fdashboard\n\n"
              "If you didn't request this, you can safely ignore this email.\n\n"
              "Need help? https://quillstack.example/help\n"
              "Quillstack, 500 Howard St, San Francisco, CA 94105\n",
         html='<table width="100%"><tr><td>'
              '<a href="https://quillstack.example"><img alt="Quillstack" src="https://quillstack.example/img/mark.png"></a>'
              '<h2>Sign in to Quillstack</h2>'
              '<p>Click the button below to sign in as <b>tester+qa17@mailbox.test</b>. It expires in '
              '15 minutes and can only be used once.</p>'
              '<a href="https://quillstack.example/auth/magic?token=mq_7Hs02kPqL4nX9vB3&amp;redirect=%2Fdashboard" '
              'style="display:inline-block;padding:10px 18px;background:#5b4bdb;color:#fff">Sign in to Quillstack</a>'
              '<p>If you didn\'t request this, you can safely ignore this email.</p>'
              '<p style="font-size:11px"><a href="https://quillstack.example/help">Help</a> · '
              'Quillstack, 500 Howard St, San Francisco, CA 94105</p>'
              '</td></tr></table>',
         codes=[], link="https://quillstack.example/auth/magic?token=mq_7Hs02kPqL4nX9vB3&redirect=%2Fdashboard"),
    dict(lang="en", subject="Reset your Ferncastle password",
         text="Hello,\n\n"
              "We received a request to reset the password for the Ferncastle account linked to "
              "this address. To choose a new password, open this link:\n\n"
              "<https://accounts.ferncastle.test/reset/4a1f9c2e-77b0-4d3e-9e51-0c2b8f6d1a90>\n\n"
              "The link is valid for 60 minutes. If you did not ask for a reset, no action is "
              "needed; your password stays the same.\n\n"
              "Read how we keep accounts safe: https://ferncastle.test/security\n"
              "Privacy notice: https://ferncastle.test/privacy\n\n"
              "— Ferncastle Support, ticket-free since 2019\n",
         codes=[], link="https://accounts.ferncastle.test/reset/4a1f9c2e-77b0-4d3e-9e51-0c2b8f6d1a90"),
    dict(lang="en", subject="Order #104-7733912 confirmed",
         html='<h1>Thanks for your order!</h1>'
              '<p>Order number: <b>104-7733912</b><br>Placed on: November 29, 2026</p>'
              '<table cellpadding="6" border="0">'
              '<tr><td>Merino crew socks (3-pack), size 9-11</td><td>1</td><td>$24.00</td></tr>'
              '<tr><td>Trail runner laces 120 cm</td><td>2</td><td>$9.98</td></tr>'
              '<tr><td>Shipping (standard, 3-5 days)</td><td></td><td>$0.00</td></tr>'
              '<tr><td>Sales tax (WA 10.25%)</td><td></td><td>$3.48</td></tr>'
              '<tr><td><b>Total</b></td><td></td><td><b>$37.46</b></td></tr></table>'
              '<p>Ship to: 2217 NW Market St, Seattle, WA 98107</p>'
              '<p><a href="https://shop.pinegroveoutfitters.example/orders/104-7733912">View order</a> · '
              '<a href="https://shop.pinegroveoutfitters.example/returns">Returns within 60 days</a></p>'
              '<p style="font-size:11px">Pinegrove Outfitters · Customer care 206-555-0188 · '
              '<a href="https://shop.pinegroveoutfitters.example/unsubscribe?e=c2hvcHBlcg">Unsubscribe</a></p>',
         codes=[], link=None),
    dict(lang="en", subject="The Tuesday Ledger #212: what a bond ladder is, really",
         html='<div class="post"><p>Hi friends,</p>'
              '<p>This week: why short ladders beat long ones when rates wobble, a reader question '
              'about 529 plans, and three charts I keep coming back to.</p>'
              '<h3>1. The ladder, rung by rung</h3>'
              '<p>Suppose you split $10,000 across five maturities of 1 to 5 years...</p>'
              '<p><a href="https://tuesdayledger.example/p/bond-ladders?utm_medium=email">Read the full post</a></p>'
              '<p>Share this issue: <a href="https://social.example/share?u=tuesdayledger.example/p/212">Share</a></p>'
              '<hr><p style="font-size:12px">You are receiving this because you subscribed at '
              'tuesdayledger.example. 1200 Lake Shore Dr #4B, Chicago, IL 60610.<br>'
              '<a href="https://tuesdayledger.example/unsubscribe?s=5512&amp;k=a8f">Unsubscribe</a></p></div>',
         codes=[], link=None),
    dict(lang="en", subject="[Codehaven] Please verify your device",
         text="Hey @marlow-qa!\n\n"
              "A sign-in attempt requires further verification because we did not recognize your "
              "device. To complete the sign-in, enter the verification code on the unrecognized device.\n\n"
              "Device: Chrome on macOS 15.1\n"
              "Verification code: 84127709\n\n"
              "If you did not attempt to sign in to your account, your password may be compromised. "
              "Visit https://codehaven.example/settings/security to create a new, strong password.\n\n"
              "Thanks,\nThe Codehaven Team\n",
         codes=["84127709"], link=None),
    dict(lang="en", subject="Mira invited you to join Orbital Robotics on Tandemly",
         html='<table align="center" width="600"><tr><td>'
              '<img src="https://tandemly.example/avatars/mira.png" width="48" alt="">'
              '<p><b>Mira Okafor</b> (mira@orbital-robotics.example) has invited you to join the '
              '<b>Orbital Robotics</b> workspace on Tandemly.</p>'
              '<p>Tandemly is where the team plans sprints, shares specs and chats about builds.</p>'
              '<table><tr><td bgcolor="#1264a3" style="border-radius:4px">'
              '<a href="https://orbital-robotics.tandemly.example/x-invite/3381-9f2c7b?t=eyJpIjo0NH0" '
              'style="color:#fff;padding:12px 20px;display:block">Join now</a></td></tr></table>'
              '<p>This invite expires in 30 days.</p>'
              '<p style="color:#777">Download the app: '
              '<a href="https://apps.example/store/tandemly-ios">iOS</a> | '
              '<a href="https://apps.example/play/tandemly-android">Android</a></p>'
              '<p style="font-size:11px">Tandemly Technologies, 1 Dock Rd, Dublin D02 X285, Ireland</p>'
              '</td></tr></table>',
         text="Mira Okafor (mira@orbital-robotics.example) has invited you to join the Orbital "
              "Robotics workspace on Tandemly.\n\n"
              "Join now: https://orbital-robotics.tandemly.example/x-invite/3381-9f2c7b?t=eyJpIjo0NH0\n\n"
              "This invite expires in 30 days.\n\n"
              "Get the app: https://apps.example/store/tandemly-ios\n"
              "Tandemly Technologies, 1 Dock Rd, Dublin D02 X285, Ireland\n",
         codes=[], link="https://orbital-robotics.tandemly.example/x-invite/3381-9f2c7b?t=eyJpIjo0NH0"),
    dict(lang="en", subject="Recovering your Hollowpine account",
         text="We received a request to recover access to your Hollowpine account "
              "(ends in ...ah@mailbox.test).\n\n"
              "Recovery code: 403 918 552\n\n"
              "If the first code fails because your session timed out, use this backup code "
              "instead: 771 026 384\n\n"
              "Each code works once, for 30 minutes. Case #HP-2026-118044 has been opened for "
              "this request; reply to this email to reach our trust team.\n\n"
              "Hollowpine Games AB, Org.nr 559188-2210, Stockholm\n",
         codes=["403918552", "771026384"], link=None),
    dict(lang="en", subject="Day 3: connect your first data source",
         html='<h2>You\'re 2 steps away from your first dashboard</h2>'
              '<p>Hi Sam, on day 3 most teams connect a data source. It takes about 4 minutes.</p>'
              '<ol><li>Open <b>Sources</b> and pick Postgres, BigQuery or a CSV upload.</li>'
              '<li>Paste the read-only credentials (we never write to your database).</li>'
              '<li>Pick up to 20 tables to sync every 15 minutes.</li></ol>'
              '<p><a href="https://app.tallyloom.example/sources/new?utm_campaign=onboard_d3">Connect a source</a></p>'
              '<p>Prefer a walkthrough? <a href="https://tallyloom.example/webinars/2026-12-03">Join our live session on Dec 3</a>.</p>'
              '<p style="font-size:11px">Tallyloom · 30 Hudson Yards, New York, NY 10001 · '
              '<a href="https://tallyloom.example/unsub?id=77a1">Stop onboarding emails</a></p>',
         codes=[], link=None),
    dict(lang="en", subject="Is this you signing in?",
         html='<p>Hi Jordan,</p>'
              '<p>We noticed a sign-in attempt to your Meadowbank account:</p>'
              '<table><tr><td>When</td><td>30 Nov 2026, 09:14 GMT</td></tr>'
              '<tr><td>Device</td><td>Safari, iPhone 15</td></tr>'
              '<tr><td>Near</td><td>Leeds, LS1 4DY</td></tr>'
              '<tr><td>IP</td><td>203.0.113.57</td></tr></table>'
              '<p>To let this sign-in continue, approve it:</p>'
              '<p><a href="https://secure.meadowbank.example/approve?req=ar_55190&amp;d=ios">Yes, approve sign-in</a>'
              '&nbsp;&nbsp;<a href="https://secure.meadowbank.example/deny?req=ar_55190">No, it wasn\'t me</a></p>'
              '<p>Meadowbank Building Society is authorised by the Prudential Regulation Authority. '
              'FRN 100421. Registered office: 3 Wellington Pl, Leeds LS1 4AP.</p>',
         codes=[], link="https://secure.meadowbank.example/approve?req=ar_55190&d=ios"),
    dict(lang="en", subject="G-482913 is your Glimmer verification code",
         text="G-482913 is your Glimmer verification code.\n\n"
              "Don't share this code with anyone. Glimmer will never call you to ask for it.\n\n"
              "@glimmer.example #482913\n",
         codes=["482913"], link=None),
    dict(lang="en", subject="Your Vaultline Guard code",
         text="Dear ravenhollow_92,\n\n"
              "Here is the Vaultline Guard code you need to log in to account ravenhollow_92:\n\n"
              "    H7K2P\n\n"
              "This email was generated because of a login attempt from a web or mobile device "
              "located at 198.51.100.23 (DE).\n\n"
              "If you are not attempting to log in, please change your Vaultline password, and "
              "consider changing your email password as well.\n\n"
              "Cheers,\nThe Vaultline Team\n"
              "https://help.vaultline.example\n",
         codes=["H7K2P"], link=None),
    dict(lang="en", subject="Confirm your new email address",
         text="Hi Alex,\n\n"
              "You asked to change the email on your Kettleburn account from a***@oldmail.test to "
              "this address. Please confirm the change:\n\n"
              "Confirm new address: https://kettleburn.example/account/email/confirm?code=ec_93kd2P0x&acct=661029.\n\n"
              "Until you confirm, we'll keep sending mail to your old address. The link expires "
              "on 2 December 2026.\n\n"
              "Kettleburn Ltd, Company No. 11839204, 40 Temple St, Bristol BS1 6EN\n",
         codes=[], link="https://kettleburn.example/account/email/confirm?code=ec_93kd2P0x&acct=661029"),
    dict(lang="en", subject="New sign-in to your Harbourline account",
         text="Hi Chen,\n\n"
              "Your Harbourline account was just signed in to from a new device.\n\n"
              "  Windows 11 · Edge 131\n"
              "  Melbourne VIC 3000, Australia\n"
              "  30 November 2026 at 7:42 pm AEDT\n\n"
              "If this was you, there's nothing to do. If you don't recognise this activity, go "
              "to Settings > Security in the app and sign out all devices.\n\n"
              "Harbourline Pty Ltd ABN 51 824 753 556\n"
              "Help centre: https://help.harbourline.example\n",
         codes=[], link=None),
    dict(lang="en", subject="Your secure message code",
         text="Patient portal: Cedar Valley Health\n\n"
              "To view your secure message from Dr. A. Romero, enter this one-time code on the "
              "portal:\n\n"
              "20519847\n\n"
              "MRN: 0045-88213   Date of birth on file: **/**/1987\n"
              "The code is valid for 20 minutes. For urgent care call 911; for appointments call "
              "(555) 210-4400, Mon-Fri 8am-5pm.\n\n"
              "Cedar Valley Health, 1200 Orchard Ave, Fresno, CA 93721. This message is "
              "confidential and intended only for the account holder (HIPAA notice 2026-04).\n",
         codes=["20519847"], link=None),
    dict(lang="en", subject="Please confirm your subscription",
         html='<table width="100%" bgcolor="#f7f7f7"><tr><td align="center">'
              '<table width="560" bgcolor="#ffffff"><tr><td style="padding:30px">'
              '<h1 style="font-size:20px">The Allotment Almanac</h1>'
              '<p>Thanks for signing up. To start receiving our monthly gardening notes, please '
              'confirm your subscription:</p>'
              '<p><a class="mcnButton" href="https://allotmentalmanac.list-manage.example/subscribe/confirm?u=a61f0c&amp;id=3d92e1&amp;e=7b44" '
              'style="background:#6a994e;color:#fff;padding:14px 28px">Yes, subscribe me to this list.</a></p>'
              '<p>If you received this email by mistake, simply delete it. You won\'t be subscribed '
              'if you don\'t click the confirmation link above.</p>'
              '<p style="font-size:11px;color:#999">Allotment Almanac · 14 Kiln Lane · Norwich NR3 1HQ · UK</p>'
              '</td></tr></table></td></tr></table>',
         codes=[],
         link="https://allotmentalmanac.list-manage.example/subscribe/confirm?u=a61f0c&id=3d92e1&e=7b44"),
    dict(lang="en", subject="Your package is on its way",
         text="Good news! Your order 7729-0031 has shipped.\n\n"
              "Carrier: Swiftparcel Ground\n"
              "Tracking number: 1Z 9F4 2W0 03 8812 7745\n"
              "Estimated delivery: Thu, Dec 3, 2026 by 8 pm\n\n"
              "Track your package: https://track.swiftparcel.example/?n=1Z9F42W00388127745\n\n"
              "Items: 1 x Ceramic pour-over set (SKU CPS-220)\n\n"
              "Questions? Reply to this email or call 1-888-555-0107.\n"
              "Oakhollow Home Goods, 77 Mill St, Burlington, VT 05401\n",
         codes=[], link=None),
    dict(lang="en", subject="Enter this code to finish signing up",
         html='<table role="presentation" align="center"><tr><td>'
              '<p style="font:15px Arial">Use the code below to finish creating your Sprocketry account.</p>'
              '<table role="presentation" cellspacing="6"><tr>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font:700 24px monospace">9</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font:700 24px monospace">0</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font:700 24px monospace">3</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font:700 24px monospace">6</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font:700 24px monospace">1</td>'
              '<td style="border:1px solid #ccc;padding:10px 14px;font:700 24px monospace">5</td>'
              '</tr></table>'
              '<p style="font:13px Arial;color:#666">Expires in 15 minutes. Sprocketry Inc., '
              '2500 Sand Hill Rd, Menlo Park, CA 94025 · &copy; 2026</p>'
              '</td></tr></table>',
         codes=["903615"], link=None),
    dict(lang="en", subject="Sophie shared \"Q1 launch plan\" with you",
         text="Sophie Lindqvist has invited you to edit the following document:\n\n"
              "Q1 launch plan\n\n"
              "\"Can you fill in the budget table by Friday? Thanks!\"\n\n"
              "Open the document: https://docs.paperlantern.example/d/1xQe7RrT9_LmA/edit?invite=inv_4471&usp=sharing_eil\n\n"
              "You received this email because sophie@nordkite.example shared a document with you "
              "from Paper Lantern Docs.\n"
              "Paper Lantern, 1 Ferry Building, San Francisco, CA 94111\n",
         codes=[],
         link="https://docs.paperlantern.example/d/1xQe7RrT9_LmA/edit?invite=inv_4471&usp=sharing_eil"),
    dict(lang="en", subject="Your receipt from Cloudmeadow [#2291-4471]",
         html='<h2>Receipt</h2>'
              '<p>Amount paid: <b>$48.00</b><br>Date paid: Nov 30, 2026<br>'
              'Payment method: Visa ending in 4242</p>'
              '<p>Invoice number: 7F3A19C0-0012<br>Receipt number: 2291-4471</p>'
              '<table><tr><td>Team plan (4 seats) · Nov 30 - Dec 30, 2026</td><td>$48.00</td></tr></table>'
              '<p><a href="https://pay.cloudmeadow.example/invoices/7F3A19C0-0012/pdf">Download invoice</a> · '
              '<a href="https://cloudmeadow.example/billing">Manage billing</a></p>'
              '<p>Questions? Contact us at billing@cloudmeadow.example or +1 415-555-0162.</p>',
         codes=[], link=None),
    dict(lang="en", subject="Northgate security code",
         text="Security code: 7429\n\n"
              "Use this code to verify the Northgate account n****e@mailbox.test.\n\n"
              "If you didn't request a code, you can safely ignore this email. Someone else "
              "might have typed your email address by mistake.\n\n"
              "Thanks,\nThe Northgate account team\n"
              "Privacy statement: https://northgate.example/privacy\n"
              "Northgate Corporation, One Northgate Way, Redmond, WA 98052\n",
         codes=["7429"], link=None),
    dict(lang="en", subject="Verify your Pebblework account",
         html='<p>Hi there,</p>'
              '<p>Thanks for creating a Pebblework account. Please verify your email address so we '
              'know it\'s really you.</p>'
              '<p><a href="https://u8812345.ct.mailrelay.example/ls/click?upn=u001.K9nq-2BzT0yLw8vPp4-3D-3D&amp;t=Qm2"'
              ' style="background:#ff6b35;color:#fff;padding:12px 30px">Verify email address</a></p>'
              '<p>If the button doesn\'t work, check that you opened the most recent email from us.</p>'
              '<img src="https://u8812345.ct.mailrelay.example/wf/open?upn=u001.OpEn" width="1" height="1" alt="">'
              '<p style="font-size:11px"><a href="https://u8812345.ct.mailrelay.example/ls/click?upn=u001.UnSub-3D">Unsubscribe</a></p>',
         text="Hi there,\n\nThanks for creating a Pebblework account. Please verify your email "
              "address:\n\n"
              "https://u8812345.ct.mailrelay.example/ls/click?upn=u001.K9nq-2BzT0yLw8vPp4-3D-3D&t=Qm2\n\n"
              "Unsubscribe: https://u8812345.ct.mailrelay.example/ls/click?upn=u001.UnSub-3D\n",
         codes=[], link="https://u8812345.ct.mailrelay.example/ls/click?upn=u001.K9nq-2BzT0yLw8vPp4-3D-3D&t=Qm2"),
    dict(lang="en", subject="Your code is 301774",
         html='<span style="display:none!important;opacity:0;color:transparent">Your code is '
              '301774. It expires in 10 minutes.</span>'
              '<div style="max-width:480px;margin:auto;font-family:system-ui">'
              '<h2>Finish logging in to Tidewell</h2>'
              '<p>Copy the code below into the Tidewell app:</p>'
              '<div style="font-size:30px;font-weight:bold;letter-spacing:4px">301&nbsp;774</div>'
              '<p>Requested from 192.0.2.140 at 11:05 (UTC+1).</p>'
              '<p style="color:#999;font-size:12px">Tidewell B.V. · Herengracht 182, 1016 BR Amsterdam · KvK 80416382</p></div>',
         codes=["301774"], link=None),
    dict(lang="en", subject="Black Friday is extended: 25% off everything",
         html='<h1 style="text-align:center">Extended through Monday</h1>'
              '<p style="text-align:center">Use code <b>THANKS25</b> at checkout for 25% off '
              'everything, plus free shipping on orders over $50.</p>'
              '<p style="text-align:center"><a href="https://lumenandloom.example/sale?c=THANKS25">Shop the sale</a></p>'
              '<p style="font-size:10px">Offer valid 11/27/2026 12:00 AM ET through 11/30/2026 11:59 PM ET. '
              'Not valid on gift cards. Limit one code per order. Lumen &amp; Loom, PO Box 2219, Austin, TX 78768. '
              '<a href="https://lumenandloom.example/unsubscribe">Unsubscribe</a> | '
              '<a href="https://lumenandloom.example/privacy">Privacy</a></p>',
         codes=[], link=None),
    dict(lang="en", subject="OTP for your transaction",
         text="Dear Customer,\n\n"
              "Your One Time Password (OTP) for the transaction of INR 4,999.00 at BLUEKITE RETAIL "
              "on card XX7021 is 839201. Valid for 5 minutes.\n\n"
              "Do not share your OTP with anyone. Bank officials will never ask for it.\n"
              "If you did not initiate this transaction, call 1800-123-4567 immediately.\n\n"
              "Ref No: 633402119874\n"
              "Saffron Coast Bank Ltd. CIN L65190MH2004PLC148821\n",
         codes=["839201"], link=None),
    dict(lang="en", subject="Activate your myCouncil account",
         text="Thanks for registering for myCouncil services.\n\n"
              "Before you can lodge requests, pay rates or book bins, please activate your "
              "account by selecting the link below within 72 hours:\n\n"
              "https://my.riverbendcouncil.example/activate?k=RB-7f31d0a9e2&ref=reg\n\n"
              "Your customer number is 100-448-291. Keep it handy when you call us on "
              "(07) 5555 0199.\n\n"
              "Riverbend Regional Council ABN 72 614 390 001\n",
         codes=[], link="https://my.riverbendcouncil.example/activate?k=RB-7f31d0a9e2&ref=reg"),
    # ---------------------------------------------------------------- codes, other languages
    dict(lang="de", subject="Ihr Bestätigungscode für das Online-Banking",
         text="Guten Tag Frau Albers,\n\n"
              "für die Anmeldung im Online-Banking der Sparhafen Bank benötigen Sie folgenden "
              "Bestätigungscode:\n\n"
              "Bestätigungscode: 738 204\n\n"
              "Der Code ist 5 Minuten gültig. Geben Sie ihn niemals telefonisch weiter.\n"
              "Konto: DE89 3704 0044 **** **** 00\n\n"
              "Mit freundlichen Grüßen\nIhre Sparhafen Bank AG\n"
              "Hafenstraße 12, 20457 Hamburg · Amtsgericht Hamburg HRB 118492 · "
              "BIC SPHBDEHHXXX · Service 040 555 123 40\n",
         codes=["738204"], link=None),
    dict(lang="fr", subject="Votre code de vérification Colibrio",
         html='<table width="100%" style="font-family:Arial"><tr><td>'
              '<p>Bonjour Camille,</p>'
              '<p>Voici votre code de vérification pour finaliser la création de votre compte '
              'Colibrio :</p>'
              '<p style="font-size:28px;font-weight:bold;color:#0a3d62">592&nbsp;018</p>'
              '<p>Ce code expire dans 10&nbsp;minutes. Si vous n\'êtes pas à l\'origine de cette '
              'demande, ignorez ce message.</p>'
              '<p style="font-size:11px;color:#888">Colibrio SAS au capital de 40 000 €, '
              'RCS Lyon 912 604 337, SIRET 912 604 337 00018 – 27 rue Mercière, 69002 Lyon. '
              '<a href="https://colibrio.example/confidentialite">Confidentialité</a></p>'
              '</td></tr></table>',
         codes=["592018"], link=None),
    dict(lang="es", subject="4821 es tu código de Rumbo Bici",
         text="¡Hola!\n\n"
              "Tu código de verificación de Rumbo Bici es 4821.\n"
              "Introdúcelo en la app para desbloquear la bici n.º 0734 de la estación Atocha (28012).\n\n"
              "Caduca en 3 minutos. No lo compartas con nadie.\n\n"
              "Rumbo Movilidad S.L. · CIF B-87654321 · C/ de Alcalá 120, 28009 Madrid\n",
         codes=["4821"], link=None),
    dict(lang="it", subject="Codice OTP per l'accesso",
         text="Gentile cliente,\n\n"
              "il codice OTP per accedere all'area riservata di Lucerna Energia è: 30917284\n\n"
              "Il codice è valido 10 minuti. Numero cliente: 7004213386 – POD IT001E55512345.\n"
              "Per assistenza chiama il numero verde 800 555 010 (lun-ven 8-20).\n\n"
              "Lucerna Energia S.p.A. – Via Roma 44, 20121 Milano – P.IVA 12345670961\n",
         codes=["30917284"], link=None),
    dict(lang="pt", subject="Seu código de acesso Cajuí",
         html='<div style="font-family:Roboto,Arial;max-width:520px">'
              '<img src="https://static.cajui.example/logo.png" alt="Cajuí" width="90">'
              '<p>Olá, Beatriz!</p>'
              '<p>Use o código abaixo para entrar na sua conta Cajuí:</p>'
              '<p style="font-size:30px;letter-spacing:6px"><strong>618-204</strong></p>'
              '<p>Ou toque no botão para entrar direto pelo celular:</p>'
              '<p><a href="https://cajui.example/entrar?c=618204&amp;s=f8a1e2" style="background:#f39c12;color:#fff;padding:12px 22px">Entrar agora</a></p>'
              '<p>O código vale por 15 minutos.</p>'
              '<p style="font-size:11px;color:#999">Cajuí Pagamentos Ltda. · CNPJ 12.345.678/0001-90 · '
              'Av. Paulista, 1578 – São Paulo/SP – CEP 01310-200</p></div>',
         codes=["618204"], link="https://cajui.example/entrar?c=618204&s=f8a1e2"),
    dict(lang="nl", subject="Je verificatiecode voor Fietsmaatje",
         html='<table align="center" width="100%"><tr><td style="font-family:Verdana">'
              '<p>Hoi Daan,</p><p>Vul deze code in om je e-mailadres te bevestigen:</p>'
              '<table><tr>'
              '<td style="border:2px solid #e67e22;padding:8px 12px;font-size:22px">4</td>'
              '<td style="border:2px solid #e67e22;padding:8px 12px;font-size:22px">7</td>'
              '<td style="border:2px solid #e67e22;padding:8px 12px;font-size:22px">0</td>'
              '<td style="border:2px solid #e67e22;padding:8px 12px;font-size:22px">2</td>'
              '<td style="border:2px solid #e67e22;padding:8px 12px;font-size:22px">9</td>'
              '<td style="border:2px solid #e67e22;padding:8px 12px;font-size:22px">1</td>'
              '</tr></table>'
              '<p>De code is 30 minuten geldig.</p>'
              '<p style="font-size:11px">Fietsmaatje B.V. · Oudegracht 210, 3511 NR Utrecht · '
              'KvK 81234567 · BTW NL862345678B01</p></td></tr></table>',
         codes=["470291"], link=None),
    dict(lang="pl", subject="Kod weryfikacyjny – Poczta Zgrabna",
         text="Dzień dobry,\n\n"
              "Twój kod weryfikacyjny to: 914 552\n\n"
              "Wpisz go w formularzu rejestracji. Kod jest ważny przez 15 minut.\n"
              "Zgłoszenie nr 2026/11/30/0457.\n\n"
              "Zgrabna Sp. z o.o., ul. Marszałkowska 84/92, 00-514 Warszawa\n"
              "NIP 5252874411, KRS 0000912345, kapitał zakładowy 50 000 zł\n",
         codes=["914552"], link=None),
    dict(lang="ru", subject="Код подтверждения",
         text="Здравствуйте!\n\n"
              "Код подтверждения для входа в личный кабинет «Полка»: 2847\n\n"
              "Никому не сообщайте этот код, даже сотрудникам службы поддержки.\n"
              "Код действует 5 минут.\n\n"
              "ООО «Полка», ИНН 7701234567, ОГРН 1187746123456\n"
              "125009, Москва, ул. Тверская, д. 7, тел. 8 800 555-35-35\n",
         codes=["2847"], link=None),
    dict(lang="uk", subject="Ваш код для входу в Кошик",
         text="Вітаємо!\n\n"
              "Ваш одноразовий код: 703915\n"
              "Введіть його на сторінці входу протягом 10 хвилин.\n\n"
              "Якщо ви не намагалися увійти, просто проігноруйте цей лист.\n\n"
              "ТОВ «Кошик Онлайн», ЄДРПОУ 43219876, 01001, м. Київ, вул. Хрещатик, 22\n"
              "Гаряча лінія: 0 800 30 12 12\n",
         codes=["703915"], link=None),
    dict(lang="tr", subject="Doğrulama kodunuz",
         html='<p>Merhaba,</p>'
              '<p>Pazaryolu hesabınızı doğrulamak için aşağıdaki kodu kullanın:</p>'
              '<h2 style="letter-spacing:5px">581903</h2>'
              '<p>Bu kod 3 dakika geçerlidir. Kodu kimseyle paylaşmayın.</p>'
              '<p>Sipariş takibi için müşteri numaranız: 40018822</p>'
              '<p style="font-size:11px">Pazaryolu Elektronik Ticaret A.Ş. · Mersis No: 0123456789000015 · '
              'Büyükdere Cad. No:185, 34394 Şişli/İstanbul · '
              '<a href="https://pazaryolu.example/kvkk">KVKK Aydınlatma Metni</a></p>',
         codes=["581903"], link=None),
    dict(lang="ar", subject="رمز التحقق من حسابك",
         html='<div dir="rtl" style="font-family:Tahoma">'
              '<p>مرحباً أحمد،</p>'
              '<p>استخدم رمز التحقق التالي لتأكيد بريدك الإلكتروني في تطبيق «سوق النخلة»:</p>'
              '<p style="font-size:26px;font-weight:bold">٣٨٤٩٢١</p>'
              '<p>صلاحية الرمز ١٠ دقائق. لا تشارك هذا الرمز مع أي شخص.</p>'
              '<p style="font-size:11px">شركة سوق النخلة للتجارة · س.ت ٤٠٣٠٢٥٨٨٤١ · '
              'جدة ٢٣٤٣٢ · الرقم الموحد ٩٢٠٠٠٤٤٤٤</p></div>',
         codes=["384921"], link=None),
    dict(lang="he", subject="קוד אימות לכניסה",
         text="שלום,\n\n"
              "קוד האימות שלך לכניסה לאזור האישי של \"גל ביטוח\" הוא: 615 307\n\n"
              "הקוד תקף ל-5 דקות. אין למסור את הקוד לאף אחד.\n"
              "מספר פוליסה: 88-442119-7\n\n"
              "גל ביטוח בע\"מ · ח.פ. 520012345 · מוקד שירות *5544\n",
         codes=["615307"], link=None),
    dict(lang="fa", subject="کد تأیید ورود",
         text="کاربر گرامی،\n"
              "کد تأیید شما برای ورود به «دیجی‌باغ»: ۷۲۹۱۵۰\n"
              "این کد تا ۲ دقیقه معتبر است. آن را در اختیار دیگران قرار ندهید.\n"
              "پشتیبانی: ۰۲۱-۹۱۰۰۰۱۲۳\n",
         codes=["729150"], link=None),
    dict(lang="hi", subject="आपका लॉगिन OTP",
         text="प्रिय ग्राहक,\n\n"
              "मेलाघर ऐप में लॉगिन करने के लिए आपका OTP 482193 है। यह 10 मिनट तक मान्य है।\n"
              "कृपया यह OTP किसी के साथ साझा न करें।\n\n"
              "ऑर्डर संख्या: 4055-2231-09\n"
              "ग्राहक सेवा: 1800 425 0011\n"
              "मेलाघर रिटेल प्रा. लि., बेंगलुरु 560001\n",
         codes=["482193"], link=None),
    dict(lang="bn", subject="আপনার যাচাইকরণ কোড",
         text="প্রিয় গ্রাহক,\n\n"
              "আপনার নদীপথ অ্যাকাউন্ট যাচাই করার কোড: ৫৮২৯১৩\n"
              "কোডটি ৫ মিনিটের জন্য বৈধ। কারও সাথে শেয়ার করবেন না।\n\n"
              "হেল্পলাইন: ১৬২৪৭\n"
              "নদীপথ লিমিটেড, গুলশান-২, ঢাকা ১২১২\n",
         codes=["582913"], link=None),
    dict(lang="th", subject="รหัส OTP สำหรับยืนยันตัวตน",
         text="รหัส OTP ของคุณคือ 739102 (รหัสอ้างอิง: KXBT)\n"
              "ใช้สำหรับยืนยันการสมัครสมาชิก ช้างน้อยช้อป ภายใน 5 นาที\n"
              "ห้ามเปิดเผยรหัสนี้แก่ผู้อื่น\n\n"
              "บริษัท ช้างน้อยช้อป จำกัด เลขประจำตัวผู้เสียภาษี 0105562012345\n"
              "โทร 02-555-1234\n",
         codes=["739102"], link=None),
    dict(lang="vi", subject="Mã xác thực tài khoản Sen Vàng",
         html='<p>Xin chào Minh,</p>'
              '<p>Mã xác thực của bạn là:</p>'
              '<p style="font-size:26px;font-weight:bold;color:#c0392b">620481</p>'
              '<p>Mã có hiệu lực trong 5 phút. Vui lòng không chia sẻ mã này cho bất kỳ ai, kể cả '
              'nhân viên Sen Vàng.</p>'
              '<p style="font-size:11px">Công ty TNHH Sen Vàng · MST 0312345678 · '
              '123 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh · Hotline 1900 6868</p>',
         codes=["620481"], link=None),
    dict(lang="id", subject="Kode OTP Kopikita",
         text="JANGAN BERIKAN KODE INI KEPADA SIAPA PUN, TERMASUK PIHAK KOPIKITA.\n\n"
              "Kode OTP Anda: 8492\n"
              "Berlaku 5 menit untuk masuk ke akun Kopikita.\n\n"
              "Poin Anda saat ini: 12.500 · Member ID 0812-0045-7789\n"
              "PT Kopikita Nusantara, Jl. Sudirman Kav. 52-53, Jakarta 12190\n",
         codes=["8492"], link=None),
    dict(lang="zh", subject="【云杉笔记】验证码",
         text="【云杉笔记】您的验证码为：572913，5分钟内有效。为保障账户安全，请勿将验证码告知他人。"
              "如非本人操作，请忽略本邮件。\n\n"
              "客服电话：400-820-1234\n"
              "云杉科技（杭州）有限公司 · 浙ICP备2026012345号\n",
         codes=["572913"], link=None),
    dict(lang="ja", subject="【さくら家計簿】認証コードのお知らせ",
         text="さくら家計簿をご利用いただきありがとうございます。\n\n"
              "ログインに必要な認証コードは以下のとおりです。\n\n"
              "認証コード：４０８２１７\n\n"
              "有効期限は発行から30分です（2026年11月30日 15:20まで）。\n"
              "お心当たりのない場合は、本メールを破棄してください。\n\n"
              "――――――――――――――――\n"
              "株式会社さくらソフト\n"
              "〒150-0002 東京都渋谷区渋谷2-21-1\n"
              "お問い合わせ：0120-555-018（平日10:00〜18:00）\n",
         codes=["408217"], link=None),
    dict(lang="ko", subject="[하늘마켓] 이메일 인증번호 안내",
         html='<table width="100%" style="font-family:\'Malgun Gothic\'"><tr><td>'
              '<p>안녕하세요, 하늘마켓입니다.</p>'
              '<p>아래 인증번호를 입력하여 회원가입을 완료해 주세요.</p>'
              '<p style="font-size:24px;font-weight:bold">인증번호 [619384]</p>'
              '<p>인증번호는 발송 후 3분간 유효합니다.</p>'
              '<p><a href="https://www.haneulmarket.example/join/verify?key=hm9924a&amp;step=2">인증 페이지로 이동</a></p>'
              '<p style="font-size:11px;color:#999">(주)하늘마켓 | 대표이사 김하늘 | 사업자등록번호 123-45-67890 | '
              '통신판매업신고 2026-서울강남-01234 | 서울특별시 강남구 테헤란로 152 | 고객센터 1588-0000</p>'
              '</td></tr></table>',
         codes=["619384"], link="https://www.haneulmarket.example/join/verify?key=hm9924a&step=2"),
    dict(lang="el", subject="Κωδικός επαλήθευσης",
         text="Γεια σας,\n\n"
              "Ο κωδικός επαλήθευσης για τον λογαριασμό σας στο Ελιά Market είναι: 240 716\n\n"
              "Ισχύει για 10 λεπτά. Μην τον κοινοποιήσετε σε κανέναν.\n\n"
              "Ελιά Market Μ.Α.Ε. · ΑΦΜ 801234567 · ΓΕΜΗ 123456701000 · "
              "Λεωφ. Κηφισίας 44, 151 25 Μαρούσι · τηλ. 210 555 0100\n",
         codes=["240716"], link=None),
    dict(lang="cs", subject="Ověřovací kód pro přihlášení",
         text="Dobrý den,\n\n"
              "pro dokončení přihlášení do aplikace Vlaštovka zadejte tento ověřovací kód:\n\n"
              "  36 18 52\n\n"
              "Kód platí 10 minut. Pokud jste se nepřihlašovali, doporučujeme změnit heslo.\n\n"
              "Vlaštovka s.r.o., IČO 08712345, DIČ CZ08712345\n"
              "Na Příkopě 15, 110 00 Praha 1\n",
         codes=["361852"], link=None),
    dict(lang="hu", subject="Egyszer használatos kód",
         html='<p>Kedves Ügyfelünk!</p>'
              '<p>A Tulipán Bank internetbankjába történő belépéshez szükséges egyszer használatos '
              'kódja:</p>'
              '<p style="font-size:24px"><b>55037819</b></p>'
              '<p>A kód 3 percig érvényes. Tranzakció azonosító: 2026113000451.</p>'
              '<p style="font-size:11px">Tulipán Bank Zrt. · 1051 Budapest, Nádor u. 16. · '
              'Cg. 01-10-041234 · Telefon: +36 1 555 8800</p>',
         codes=["55037819"], link=None),
    dict(lang="ro", subject="Codul tău de confirmare",
         text="Salut,\n\n"
              "Codul de confirmare pentru contul tău Brădet este 847 120.\n"
              "Introdu-l în aplicație în următoarele 15 minute.\n\n"
              "Dacă nu ai cerut acest cod, ignoră acest mesaj.\n\n"
              "Brădet Digital SRL · CUI RO41234567 · J40/12345/2019 · "
              "Str. Victoriei 25, București 010063\n",
         codes=["847120"], link=None),
    dict(lang="sv", subject="Din engångskod från Hemlåda",
         text="Hej!\n\n"
              "Här är din engångskod för att logga in på Hemlåda:\n\n"
              "K4M9TX\n\n"
              "Koden gäller i 10 minuter. Dela den aldrig med någon.\n\n"
              "Ordernummer i din senaste beställning: 300-55812.\n"
              "Hemlåda AB, org.nr 559012-3456, Box 1234, 111 22 Stockholm\n",
         codes=["K4M9TX"], link=None),
    dict(lang="fi", subject="Vahvistuskoodisi",
         text="Hei,\n\n"
              "vahvistuskoodisi Kuusikko-palveluun on 271 834.\n\n"
              "Koodi on voimassa 15 minuuttia. Jos et pyytänyt koodia, voit jättää tämän viestin "
              "huomiotta.\n\n"
              "Kuusikko Oy · Y-tunnus 3123456-7 · Mannerheimintie 12, 00100 Helsinki\n",
         codes=["271834"], link=None),
    dict(lang="ka", subject="დადასტურების კოდი",
         text="გამარჯობა,\n\n"
              "თქვენი დადასტურების კოდია: 906342\n"
              "კოდი მოქმედებს 5 წუთის განმავლობაში. არავის გაუზიაროთ.\n\n"
              "შპს „ვაზი ონლაინ“, ს/კ 405123456, თბილისი 0108, რუსთაველის გამზ. 12\n",
         codes=["906342"], link=None),
    dict(lang="sw", subject="Nambari yako ya uthibitisho",
         text="Habari,\n\n"
              "Nambari yako ya uthibitisho ya Mkoba Pesa ni 551 408. Itumie ndani ya dakika 10.\n"
              "Usimpe mtu yeyote nambari hii, hata wafanyakazi wetu.\n\n"
              "Salio lako: KSh 2,350.00 · Akaunti 0722 555 019\n"
              "Mkoba Pesa Ltd, Nairobi 00100, Kenya\n",
         codes=["551408"], link=None),
    # ---------------------------------------------------------------- links only, other languages
    dict(lang="de", subject="Bitte bestätigen Sie Ihre Newsletter-Anmeldung",
         html='<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
              '<table width="600"><tr><td style="font-family:Georgia;padding:24px">'
              '<p>Hallo,</p>'
              '<p>vielen Dank für Ihr Interesse am Newsletter der Gärtnerei Lindenhof. Damit wir '
              'Ihnen künftig Pflanztipps und Angebote schicken dürfen, bestätigen Sie bitte Ihre '
              'Anmeldung (Double-Opt-In):</p>'
              '<p><a href="https://news.lindenhof-gaertnerei.example/doi/confirm?id=5521&amp;h=9c1e7fa0&amp;l=de" '
              'style="background:#3a5a40;color:#fff;padding:12px 26px;text-decoration:none">Anmeldung bestätigen</a></p>'
              '<p>Falls Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail bitte. Ohne '
              'Bestätigung erhalten Sie keine weiteren Nachrichten.</p>'
              '<p style="font-size:11px;color:#777">Gärtnerei Lindenhof GmbH · Am Lindenhof 3 · 79098 Freiburg<br>'
              'Geschäftsführer: Jonas Weber · Amtsgericht Freiburg HRB 704512 · USt-IdNr. DE287654321<br>'
              '<a href="https://lindenhof-gaertnerei.example/impressum">Impressum</a> · '
              '<a href="https://lindenhof-gaertnerei.example/datenschutz">Datenschutz</a></p>'
              '</td></tr></table></td></tr></table>',
         codes=[], link="https://news.lindenhof-gaertnerei.example/doi/confirm?id=5521&h=9c1e7fa0&l=de"),
    dict(lang="fr", subject="Réinitialisation de votre mot de passe",
         text="Bonjour,\n\n"
              "Vous avez demandé la réinitialisation du mot de passe de votre compte Boulangerie "
              "Pivoine (client n° 40-22871).\n\n"
              "Pour définir un nouveau mot de passe, cliquez sur le lien ci-dessous (valable "
              "24 heures) :\n"
              "https://compte.pivoine.example/mot-de-passe/nouveau?jeton=Pv_20261130_q8Zr3Kd\n\n"
              "Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce message.\n\n"
              "L'équipe Pivoine\n"
              "Mentions légales : https://pivoine.example/mentions-legales\n"
              "Pivoine SARL – 8 place du Marché, 33000 Bordeaux – SIREN 834 201 556\n",
         codes=[], link="https://compte.pivoine.example/mot-de-passe/nouveau?jeton=Pv_20261130_q8Zr3Kd"),
    dict(lang="hy", subject="Հաստատեք ձեր էլ. հասցեն",
         html='<p>Բարև Ձեզ,</p>'
              '<p>Շնորհակալություն «Արարատ Գրքեր» կայքում գրանցվելու համար։ Խնդրում ենք հաստատել '
              'ձեր էլ. հասցեն՝ սեղմելով ստորև կոճակը։</p>'
              '<p><a href="https://ararat-books.example/hy/account/confirm/8f2a61c0d3">Հաստատել հասցեն</a></p>'
              '<p>Հղումը գործում է 48 ժամ։</p>'
              '<p style="font-size:11px">«Արարատ Գրքեր» ՍՊԸ, Երևան 0010, Աբովյան 21 · ՀՎՀՀ 02612345</p>',
         codes=[], link="https://ararat-books.example/hy/account/confirm/8f2a61c0d3"),
    dict(lang="ja", subject="【ことり旅】会員仮登録完了のお知らせ",
         text="この度は「ことり旅」にご登録いただき、誠にありがとうございます。\n"
              "現在、仮登録の状態です。\n\n"
              "下記のURLにアクセスして、本登録を完了してください。\n"
              "（URLの有効期限は24時間です）\n\n"
              "▼本登録はこちら\n"
              "https://www.kotoritabi.example/member/activate?key=a83kd92LmQ0e\n\n"
              "※本メールは送信専用です。ご返信いただいてもお答えできません。\n"
              "※お心当たりのない方は、お手数ですが本メールを削除してください。\n\n"
              "━━━━━━━━━━━━━━━━━━\n"
              "ことり旅 カスタマーサポート\n"
              "https://www.kotoritabi.example/support/\n"
              "株式会社ことりトラベル　観光庁長官登録旅行業第2099号\n"
              "━━━━━━━━━━━━━━━━━━\n",
         codes=[], link="https://www.kotoritabi.example/member/activate?key=a83kd92LmQ0e"),
    dict(lang="sr", subject="Потврдите налог на сајту Кошница",
         text="Поштовани,\n\n"
              "Да бисте активирали налог на сајту Кошница, отворите следећи линк:\n"
              "https://kosnica.example/sr/nalog/aktivacija?t=kx71Pq02\n\n"
              "Линк важи 3 дана. Ако нисте ви направили налог, занемарите ову поруку.\n\n"
              "Кошница д.о.о., Кнез Михаилова 10, 11000 Београд, ПИБ 109876543, МБ 21234567\n",
         codes=[], link="https://kosnica.example/sr/nalog/aktivacija?t=kx71Pq02"),
    dict(lang="zh-TW", subject="重設您的密碼",
         html='<div style="font-family:\'Microsoft JhengHei\',sans-serif">'
              '<p>親愛的會員您好：</p>'
              '<p>我們收到了您在「青山書店」重設密碼的申請。請點擊下方按鈕設定新密碼，此連結將於 '
              '2026/12/01 23:59 失效。</p>'
              '<p><a href="https://member.qingshan-books.example/password/reset?token=QS-88a1c7f0e2&amp;lang=zh-TW" '
              'style="background:#1b4332;color:#fff;padding:10px 20px">重設密碼</a></p>'
              '<p>若您並未提出此申請，請忽略本信件，您的密碼不會變更。</p>'
              '<p style="font-size:11px;color:#888">青山書店股份有限公司　統一編號 24681357　'
              '台北市大安區復興南路一段 390 號　客服專線 (02) 2755-0123</p></div>',
         text="親愛的會員您好：\n\n"
              "我們收到了您在「青山書店」重設密碼的申請。請開啟以下連結設定新密碼（2026/12/01 23:59 失效）：\n"
              "https://member.qingshan-books.example/password/reset?token=QS-88a1c7f0e2&lang=zh-TW\n\n"
              "若您並未提出此申請，請忽略本信件。\n"
              "青山書店股份有限公司　客服專線 (02) 2755-0123\n",
         codes=[], link="https://member.qingshan-books.example/password/reset?token=QS-88a1c7f0e2&lang=zh-TW"),
    dict(lang="pt", subject="Confirme o seu endereço de e-mail",
         text="Olá Inês,\n\n"
              "Obrigado por se registar na Sardinha Viagens. Para ativar a sua conta, confirme o "
              "seu endereço de e-mail através da ligação seguinte:\n\n"
              "https://conta.sardinhaviagens.example/confirmar-email?c=SV-4419-dk2&utm_source=transacional\n\n"
              "A ligação expira em 48 horas.\n\n"
              "Sardinha Viagens, Lda. · NIPC 514 123 456 · RNAVT 8812 · "
              "Rua Augusta 100, 1100-053 Lisboa\n"
              "Livro de Reclamações: https://livroreclamacoes.example\n",
         codes=[], link="https://conta.sardinhaviagens.example/confirmar-email?c=SV-4419-dk2&utm_source=transacional"),
    dict(lang="ur", subject="اپنا ای میل تصدیق کریں",
         html='<div dir="rtl">'
              '<p>محترم صارف،</p>'
              '<p>چمن مارٹ پر اکاؤنٹ بنانے کا شکریہ۔ براہ کرم نیچے دیے گئے بٹن پر کلک کر کے اپنے ای میل کی تصدیق کریں۔</p>'
              '<p><a href="https://chamanmart.example/ur/verify?u=55120&amp;sig=c3b9a1">ای میل کی تصدیق کریں</a></p>'
              '<p>یہ لنک 24 گھنٹے کے لیے کارآمد ہے۔</p>'
              '<p style="font-size:11px">چمن مارٹ (پرائیویٹ) لمیٹڈ، لاہور 54000 · NTN 4412345-6 · '
              '<a href="https://chamanmart.example/ur/privacy">رازداری کی پالیسی</a></p></div>',
         codes=[], link="https://chamanmart.example/ur/verify?u=55120&sig=c3b9a1"),
    dict(lang="da", subject="Du er inviteret til Fjordhus-teamet",
         html='<p>Hej,</p>'
              '<p>Mette Holm har inviteret dig til at blive medlem af teamet <b>Fjordhus Udlejning</b> '
              'i Planbord.</p>'
              '<p><a href="https://planbord.example/invitationer/accepter?id=fj-20931&amp;k=7d0e">Accepter invitationen</a></p>'
              '<p>Invitationen udløber om 7 dage. Har du spørgsmål, så svar blot på denne mail.</p>'
              '<p style="font-size:11px">Planbord ApS · CVR 41234567 · Vestergade 8, 8000 Aarhus C · '
              '<a href="https://planbord.example/privatliv">Privatlivspolitik</a></p>',
         codes=[], link="https://planbord.example/invitationer/accepter?id=fj-20931&k=7d0e"),
    dict(lang="nb", subject="Godkjenn ny e-postadresse",
         text="Hei Ola,\n\n"
              "Du har bedt om å endre e-postadressen på kontoen din hos Nordlys Strøm "
              "(kundenummer 70 44 12 9).\n\n"
              "Godkjenn den nye adressen her:\n"
              "https://minside.nordlysstrom.example/epost/godkjenn/NL-c81f0a2b\n\n"
              "Hvis du ikke har bedt om dette, ring oss på 22 55 50 00.\n\n"
              "Nordlys Strøm AS · Org.nr. 923 456 789 MVA · Postboks 120, 0102 Oslo\n",
         codes=[], link="https://minside.nordlysstrom.example/epost/godkjenn/NL-c81f0a2b"),
    dict(lang="ms", subject="Sahkan akaun anda",
         html='<p>Hai Aisyah,</p>'
              '<p>Terima kasih kerana mendaftar dengan Kedai Pandan. Sila sahkan alamat e-mel anda '
              'untuk mula membeli-belah.</p>'
              '<p><a href="https://www.kedaipandan.example/ms/sahkan?kod=kp8812xa&amp;e=aisyah%40mailbox.test">Sahkan e-mel</a></p>'
              '<p>Pautan ini sah selama 24 jam.</p>'
              '<p>Muat turun aplikasi kami: <a href="https://apps.example/store/kedaipandan">App Store</a> · '
              '<a href="https://apps.example/play/kedaipandan">Google Play</a></p>'
              '<p style="font-size:11px">Kedai Pandan Sdn. Bhd. (201901023456) · Jalan Ampang, 50450 Kuala Lumpur</p>',
         codes=[], link="https://www.kedaipandan.example/ms/sahkan?kod=kp8812xa&e=aisyah%40mailbox.test"),
    dict(lang="bg", subject="Вход в профила ви",
         text="Здравейте,\n\n"
              "Получихме заявка за вход в профила ви в „Розова долина“ без парола.\n"
              "Влезте с едно кликване (линкът е валиден 20 минути):\n\n"
              "https://rozova-dolina.example/vhod/link?t=RD.9a7c1e.20261130\n\n"
              "Ако не сте поискали вход, игнорирайте този имейл.\n\n"
              "„Розова долина“ ЕООД, ЕИК 204123456, гр. Казанлък 6100, ул. „Искра“ 7\n",
         codes=[], link="https://rozova-dolina.example/vhod/link?t=RD.9a7c1e.20261130"),
    dict(lang="ta", subject="உங்கள் கணக்கை உறுதிப்படுத்தவும்",
         html='<p>வணக்கம்,</p>'
              '<p>தேன்கூடு கற்றல் தளத்தில் பதிவு செய்ததற்கு நன்றி. உங்கள் மின்னஞ்சலை உறுதிப்படுத்த '
              'கீழே உள்ள பொத்தானை அழுத்தவும்.</p>'
              '<p><a href="https://thenkoodu.example/ta/confirm?id=TK-30917&amp;s=ab12">மின்னஞ்சலை உறுதிப்படுத்து</a></p>'
              '<p>இந்த இணைப்பு 2 நாட்களுக்கு மட்டுமே செல்லுபடியாகும்.</p>'
              '<p style="font-size:11px">தேன்கூடு எட்டெக் பிரைவேட் லிமிடெட், சென்னை 600017 · '
              '<a href="https://thenkoodu.example/ta/unsubscribe">குழுவிலகு</a></p>',
         codes=[], link="https://thenkoodu.example/ta/confirm?id=TK-30917&s=ab12"),
    # ---------------------------------------------------------------- neither, other languages
    dict(lang="de", subject="Ihre Bestellung Nr. 4022-118-7731 ist eingegangen",
         text="Hallo Herr Schröder,\n\n"
              "vielen Dank für Ihre Bestellung bei Kaffeemühle24.\n\n"
              "Bestellnummer: 4022-118-7731\n"
              "Bestelldatum: 30.11.2026\n\n"
              "1 × Handmühle Edelstahl, Art.-Nr. 802113 ........ 59,90 €\n"
              "2 × Espressobohnen 500 g, Art.-Nr. 110452 ...... 25,80 €\n"
              "Versand (DHL) ................................... 4,90 €\n"
              "Gesamtsumme inkl. 19 % MwSt. ................... 90,60 €\n\n"
              "Sie erhalten eine weitere E-Mail, sobald Ihre Ware versandt wurde.\n"
              "Ihre Bestellung ansehen: https://www.kaffeemuehle24.example/konto/bestellungen/4022-118-7731\n\n"
              "Widerrufsbelehrung: https://www.kaffeemuehle24.example/widerruf\n"
              "Kaffeemühle24 GmbH · Röstereiweg 4 · 28195 Bremen · HRB 33219 HB\n",
         codes=[], link=None),
    dict(lang="fr", subject="La Gazette du Potager – décembre 2026",
         html='<h1>La Gazette du Potager</h1>'
              '<p>Chers jardiniers,</p>'
              '<p>Décembre arrive : c\'est le moment de protéger vos artichauts et de planifier les '
              'semis de février. Au sommaire ce mois-ci :</p>'
              '<ul><li>Paillage : 5 erreurs à éviter</li><li>Recette : velouté de potimarron</li>'
              '<li>Agenda : foire aux graines le 12 décembre à Nantes (44000)</li></ul>'
              '<p><a href="https://gazette-potager.example/2026/12?utm_source=newsletter">Lire la Gazette en ligne</a></p>'
              '<p style="font-size:11px">Vous recevez cette lettre car vous êtes inscrit·e sur gazette-potager.example. '
              '<a href="https://gazette-potager.example/desinscription?u=9812">Se désinscrire</a></p>',
         codes=[], link=None),
    dict(lang="es", subject="¡Bienvenida a Mercadillo Verde!",
         html='<p>¡Hola, Lucía!</p>'
              '<p>Ya formas parte de Mercadillo Verde, la comunidad para comprar y vender ropa de '
              'segunda mano en Argentina.</p>'
              '<p>Tres consejos para empezar:</p>'
              '<ol><li>Completá tu perfil con una foto.</li>'
              '<li>Subí tu primera prenda: ¡publicar es gratis!</li>'
              '<li>Activá las alertas de talle para no perderte nada.</li></ol>'
              '<p><a href="https://mercadilloverde.example/explorar?utm_campaign=bienvenida">Explorar prendas</a></p>'
              '<p style="font-size:11px">Mercadillo Verde S.R.L. · CUIT 30-71234567-8 · '
              'Av. Corrientes 1234, C1043 CABA · '
              '<a href="https://mercadilloverde.example/baja">Darme de baja</a></p>',
         codes=[], link=None),
    dict(lang="et", subject="Teie arve nr 2026-11-0457",
         text="Tere!\n\n"
              "Saadame Teile novembri arve.\n\n"
              "Arve number: 2026-11-0457\n"
              "Viitenumber: 7700451238\n"
              "Summa: 18,40 € (sh KM 22%)\n"
              "Maksetähtaeg: 14.12.2026\n\n"
              "Arve PDF: https://minu.pilvepesa.example/arved/2026-11-0457.pdf\n\n"
              "Pilvepesa OÜ · Registrikood 16123456 · Narva mnt 5, 10117 Tallinn\n",
         codes=[], link=None),
    dict(lang="lv", subject="Jūsu sūtījums ir ceļā",
         html='<p>Labdien!</p>'
              '<p>Jūsu pasūtījums Nr. 88120-LV ir nodots kurjeram.</p>'
              '<p>Sūtījuma numurs: <b>LV4402918837</b><br>Paredzamā piegāde: 02.12.2026.</p>'
              '<p><a href="https://izseko.dzintarkurjers.example/?id=LV4402918837">Izsekot sūtījumu</a></p>'
              '<p style="font-size:11px">SIA "Dzintara Veikals", reģ. nr. 40203123456, Brīvības iela 50, Rīga, LV-1011</p>',
         codes=[], link=None),
    dict(lang="ja", subject="【もみじ堂】商品発送のお知らせ（注文番号：MJ-20261128-0042）",
         text="山田 花子 様\n\n"
              "もみじ堂オンラインショップをご利用いただき、ありがとうございます。\n"
              "ご注文の商品を本日発送いたしました。\n\n"
              "■ご注文番号：MJ-20261128-0042\n"
              "■配送業者：ツバメ運輸\n"
              "■お問い合わせ番号：4412-8830-2217\n"
              "■お届け予定日：2026年12月2日（水）\n\n"
              "配送状況は下記よりご確認いただけます。\n"
              "https://tsubame-unyu.example/track?no=441288302217\n\n"
              "商品代金合計：¥5,280（税込）\n\n"
              "もみじ堂　〒604-8005 京都府京都市中京区三条通河原町東入 1-2\n"
              "TEL 075-555-0123\n",
         codes=[], link=None),
    dict(lang="zh", subject="双十二提前购！领券满300减50",
         html='<div style="text-align:center">'
              '<h2>双十二提前购</h2>'
              '<p>亲爱的会员，专属优惠券已发放到您的账户：满300减50，券码 <b>SH12GO50</b>。</p>'
              '<p>活动时间：2026年12月1日 00:00 至 12月12日 23:59</p>'
              '<p><a href="https://mall.lanhua.example/promo/1212?from=edm">立即抢购</a></p>'
              '<p style="font-size:11px;color:#999">兰花优选 · 客服热线 400-900-8888 · '
              '<a href="https://mall.lanhua.example/unsubscribe?uid=330912">退订</a></p></div>',
         codes=[], link=None),
    dict(lang="tl", subject="Salamat sa iyong bayad",
         text="Kumusta Joy,\n\n"
              "Natanggap namin ang iyong bayad para sa Bill No. 2026-1130-8841.\n\n"
              "Halaga: ₱1,299.00\n"
              "Paraan ng pagbayad: e-wallet (0917 *** 4412)\n"
              "Reference No.: 7730 1942 0015\n"
              "Petsa: Nobyembre 30, 2026, 3:14 PM\n\n"
              "Itago ang email na ito bilang patunay ng bayad.\n\n"
              "Bahaghari Fiber Inc., Ortigas Center, Pasig City 1605 · Hotline (02) 8555 0123\n",
         codes=[], link=None),
    dict(lang="am", subject="እንኳን ደህና መጡ ወደ ቡና ቤት ክለብ",
         text="ሰላም ሰላማዊት፣\n\n"
              "በቡና ቤት ክለብ ስለተመዘገቡ እናመሰግናለን። አሁን ከ1,200 በላይ የቡና ቤቶችን ማሰስ ይችላሉ።\n\n"
              "በየሳምንቱ አዳዲስ ቅናሾችን እንልክልዎታለን።\n"
              "ድረ-ገጻችን፦ https://bunabet-club.example/am\n\n"
              "ቡና ቤት ክለብ፣ አዲስ አበባ፣ ቦሌ ክ/ከ ወረዳ 03 · ስልክ +251 11 555 0101\n",
         codes=[], link=None),
    dict(lang="sk", subject="Vaše heslo bolo zmenené",
         text="Dobrý deň,\n\n"
              "oznamujeme Vám, že heslo k Vášmu účtu v aplikácii Lesík bolo dňa 30. 11. 2026 o "
              "10:42 úspešne zmenené.\n\n"
              "Ak ste zmenu vykonali Vy, nemusíte nič robiť. Ak nie, kontaktujte nás na "
              "+421 2 5555 0123.\n\n"
              "Lesík s.r.o., IČO 52123456, Mýtna 2, 811 07 Bratislava\n",
         codes=[], link=None),
    dict(lang="hr", subject="Uvjeti korištenja se mijenjaju od 1. siječnja 2027.",
         html='<p>Poštovani korisniče,</p>'
              '<p>obavještavamo Vas da od 1. 1. 2027. na snagu stupaju novi Uvjeti korištenja '
              'usluge Jadranski Oblak. Glavne izmjene odnose se na čuvanje podataka (čl. 7.) i '
              'rokove otkaza (čl. 12.).</p>'
              '<p>Nastavkom korištenja usluge nakon tog datuma prihvaćate nove uvjete.</p>'
              '<p><a href="https://jadranskioblak.example/hr/uvjeti-2027">Pročitajte nove uvjete</a></p>'
              '<p style="font-size:11px">Jadranski Oblak d.o.o., OIB 12345678901, Ilica 1, 10000 Zagreb</p>',
         codes=[], link=None),
]
