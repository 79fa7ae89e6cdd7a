"""A blind set of verification, login, reset, order and shipping mails (issue 15).

Written, in our own words, to look like what real services send, and committed
before tempmail/extract.py and tempmail/links.py were tuned for issue 15. Nobody
tunes against it: bench/extract.py prints its precision and recall apart from the
seen set (tests/data/verification.py). Same shape as verification.CASES.

One label was changed on 2026-11-30: the reset link of a new-login alert ("If this wasn't
you, reset your password: …") was its action; every set written since (thirteen writers,
each told that "this wasn't me / secure my account" links are no action) labels such a
link None, and so does this one now.
"""

BLIND = [
    dict(lang="ja", subject="【Shoply】認証番号のお知らせ",
         text="Shoplyをご利用いただきありがとうございます。\n認証番号：604817\n"
              "有効期限：30分\nお問い合わせ：0120-123-456（平日9:00〜18:00）\n〒150-0002 東京都渋谷区渋谷2-21-1",
         codes=["604817"], link=None),
    dict(lang="ja", subject="ログイン確認",
         html='<p>ワンタイムパスワード</p><table><tr><td>7</td><td>2</td><td>9</td><td>0</td>'
              '<td>4</td><td>6</td></tr></table><p>注文番号 1234-5678-9012</p>',
         codes=["729046"], link=None),
    dict(lang="zh", subject="【云盘】短信验证码",
         text="尊敬的用户：您的校验码为：５７３９１２，请勿泄露。客服电话：400-820-8820。订单号：202611300012",
         codes=["573912"], link=None),
    dict(lang="zh-TW", subject="驗證您的電子郵件",
         html='<p>您的驗證碼：</p><p style="font-size:28px;letter-spacing:8px">'
              '<span>3</span><span>1</span><span>8</span><span>5</span><span>0</span><span>7</span></p>'
              '<p>統一編號 24536806 · 台北市信義區松仁路100號</p>',
         codes=["318507"], link=None),
    dict(lang="ko", subject="[Pay] 인증번호 안내",
         text="인증번호 [492037]를 입력해 주세요.\n사업자등록번호: 120-81-47521\n고객센터 1588-1234",
         codes=["492037"], link=None),
    dict(lang="en", subject="Your temporary login code",
         text="Here is your temporary login code:\n\nmaple-river-quiet-fox\n\n"
              "Or click the link below to log in:\nhttps://www.notelab.example/loginwithemail?token=a8f"
              "\n\nNotelab Labs, 2300 Harrison St, San Francisco, CA 94110",
         codes=["maple-river-quiet-fox"], link="https://www.notelab.example/loginwithemail?token=a8f"),
    dict(lang="en", subject="Your order #A-20931 is confirmed",
         text="Thanks! Order #A-20931 placed 30/11/2026.\nSubtotal $54.20, shipping $4.99.\n"
              "Delivery to 742 Evergreen Terrace, Springfield OR 97477.\nQuestions: +1 (503) 555-0148",
         codes=[], link=None),
    dict(lang="en", subject="Verify your identity",
         html='<p>Hi Alex,</p><p>Enter the following code to verify your identity:</p>'
              '<h2 style="letter-spacing:6px">481 092</h2><p>Case ID 70014432 · Ticket 88123</p>'
              '<p>© 2026 Vaultly Inc. 1200 Park Ave, New York, NY 10128</p>',
         codes=["481092"], link=None),
    dict(lang="en", subject="Reset your password",
         html='<p>We received a request to reset your password.</p>'
              '<a href="https://auth.tripo.example/reset/confirm?k=Z9xQ" style="background:#06c">'
              'Reset password</a><p>Not you? <a href="https://tripo.example/security">Secure your '
              'account</a></p><p><a href="https://tripo.example/email-prefs?u=7">Email preferences</a></p>',
         codes=[], link="https://auth.tripo.example/reset/confirm?k=Z9xQ"),
    dict(lang="en", subject="Your Steamy Guard code",
         html='<p>Login code for account jsmith_88:</p><div style="font-size:24px"><b>F7K2P</b></div>'
              '<p>Valve-like Corp, PO Box 1688, Bellevue WA 98009</p>',
         codes=["F7K2P"], link=None),
    dict(lang="en", subject="Your shipment is on its way",
         text="Tracking number: 1Z999AA10123456784\nEstimated delivery: Dec 3, 2026\n"
              "Track: https://ship.example/track?n=1Z999AA10123456784",
         codes=[], link=None),
    dict(lang="en", subject="Confirm your new account",
         html='<p>Your activation code is <strong>KX4-93R</strong>.</p>'
              '<p>Registered in England and Wales, company number 08123456. VAT GB 123 4567 89.</p>',
         codes=["KX4-93R"], link=None),
    dict(lang="de", subject="Ihr Anmeldecode",
         text="Hallo Jana,\n\nIhr Anmeldecode: 730 214\n\nFirmensitz: Musterstraße 12, 10115 Berlin\n"
              "Amtsgericht Charlottenburg HRB 187654 B · USt-IdNr. DE 312345678\nTel. +49 30 1234 5678",
         codes=["730214"], link=None),
    dict(lang="de", subject="Bestätigen Sie Ihre Bestellung 400-1183-22",
         html='<p>Bestellung 400-1183-22 vom 29.11.2026, Gesamtsumme 89,95 €.</p>'
              '<p><a href="https://shop.example.de/bestellung/bestaetigen?id=77">Bestellung bestätigen</a></p>'
              '<p><a href="https://shop.example.de/agb">AGB</a> · <a href="https://shop.example.de/impressum">Impressum</a></p>',
         codes=[], link="https://shop.example.de/bestellung/bestaetigen?id=77"),
    dict(lang="fr", subject="Votre code de connexion",
         text="Bonjour,\nVoici votre code de connexion : 58 20 41\nIl est valable 15 minutes.\n"
              "SAS au capital de 10 000 €, RCS Paris 812 345 678, SIRET 812 345 678 00015\n"
              "12 rue de Rivoli, 75004 Paris · 01 42 68 53 00",
         codes=["582041"], link=None),
    dict(lang="fr", subject="Réinitialisation du mot de passe",
         html='<p>Pour choisir un nouveau mot de passe, cliquez ci-dessous :</p>'
              '<a href="https://moncompte.example.fr/mdp/nouveau?jeton=pq81">Choisir un nouveau mot de passe</a>'
              '<p><a href="https://example.fr/aide">Aide</a> — <a href="https://example.fr/desabonnement">'
              'Se désabonner</a></p>',
         codes=[], link="https://moncompte.example.fr/mdp/nouveau?jeton=pq81"),
    dict(lang="es", subject="Código de acceso",
         text="Tu código de acceso es 913 552.\nNo lo compartas.\nCIF B-12345678 · C/ Gran Vía 28, "
              "28013 Madrid · Tel. 910 123 456",
         codes=["913552"], link=None),
    dict(lang="es-MX", subject="Confirma tu correo",
         html='<p>¡Hola!</p><p>Confirma tu correo para activar tu cuenta:</p>'
              '<a href="https://cuenta.tiendita.example.mx/activar?t=mx55">Activar cuenta</a>'
              '<p>RFC TIE190101AB1 · CP 06600, Ciudad de México</p>',
         codes=[], link="https://cuenta.tiendita.example.mx/activar?t=mx55"),
    dict(lang="it", subject="Codice di accesso",
         text="Il tuo codice di accesso è: 204 718\nP.IVA 01234567890 · Via Roma 10, 00184 Roma",
         codes=["204718"], link=None),
    dict(lang="pt-BR", subject="Seu código de verificação",
         text="Olá, seu código de verificação é 3 9 1 7 2 4.\nCNPJ 12.345.678/0001-95\n"
              "Av. Paulista, 1000 - CEP 01310-100 - São Paulo",
         codes=["391724"], link=None),
    dict(lang="nl", subject="Inlogcode",
         text="Je inlogcode is 667 130.\nKvK 12345678 · BTW NL001234567B01 · Postbus 1234, 1000 AB Amsterdam",
         codes=["667130"], link=None),
    dict(lang="pl", subject="Kod do logowania",
         text="Twój kod do logowania: 845 209\nNIP 525-000-00-00, KRS 0000123456, ul. Marszałkowska 1, 00-624 Warszawa",
         codes=["845209"], link=None),
    dict(lang="cs", subject="Potvrzovací kód",
         text="Váš potvrzovací kód: 216 904\nIČO 27082440 · Na Příkopě 33, 110 00 Praha 1",
         codes=["216904"], link=None),
    dict(lang="sv", subject="Din inloggningskod",
         text="Din inloggningskod är 492 610.\nOrg.nr 556123-4567 · Box 123, 111 22 Stockholm",
         codes=["492610"], link=None),
    dict(lang="no", subject="Engangskode",
         text="Engangskoden din er 183 746. Den gjelder i 10 minutter.\nOrg.nr. 987 654 321 MVA",
         codes=["183746"], link=None),
    dict(lang="tr", subject="Giriş doğrulama",
         text="Tek kullanımlık şifreniz: 305918\nMüşteri hizmetleri: 0850 123 45 67\nMersis No: 0123456789000015",
         codes=["305918"], link=None),
    dict(lang="ru", subject="Подтвердите вход",
         text="Код для входа: 71-38-29\nИНН 7701234567, ОГРН 1027700132195\nТелефон поддержки 8 800 555-35-35",
         codes=["713829"], link=None),
    dict(lang="uk", subject="Код підтвердження",
         text="Ваш код підтвердження: 640 285\nЄДРПОУ 12345678 · вул. Хрещатик, 22, Київ, 01001",
         codes=["640285"], link=None),
    dict(lang="el", subject="Κωδικός σύνδεσης",
         text="Ο κωδικός σύνδεσής σας είναι 917 402.\nΑΦΜ 099999999 · Τηλ. 210 1234567 · 10563 Αθήνα",
         codes=["917402"], link=None),
    dict(lang="ar", subject="رمز التحقق الخاص بك",
         text="رمز التحقق الخاص بك هو: 582914\nرقم الطلب: 100245\nخدمة العملاء: 920000000",
         codes=["582914"], link=None),
    dict(lang="he", subject="קוד אימות",
         text="קוד האימות שלך: 731 026\nח.פ. 514123456 · טלפון 03-1234567",
         codes=["731026"], link=None),
    dict(lang="hi", subject="आपका ओटीपी",
         text="आपका ओटीपी 462 918 है। इसे किसी के साथ साझा न करें।\nग्राहक सेवा: 1800-123-4567\nपिन कोड 110001",
         codes=["462918"], link=None),
    dict(lang="fa", subject="کد تایید",
         text="کد تایید شما: ۴۸۲۷۱۹\nشماره سفارش: ۹۸۷۶۵۴۳",
         codes=["482719"], link=None),
    dict(lang="th", subject="รหัส OTP ของคุณ",
         text="รหัส OTP ของคุณคือ 619 304 (Ref: KQ7P)\nโทร 02-123-4567",
         codes=["619304"], link=None),
    dict(lang="vi", subject="Mã xác minh",
         text="Mã xác minh của bạn là 846 120.\nHotline: 1900 1234 · MST 0312345678",
         codes=["846120"], link=None),
    dict(lang="id", subject="Kode verifikasi",
         text="Kode verifikasi Anda: 502 871\nJangan berikan kode ini kepada siapa pun.\nNPWP 01.234.567.8-901.000",
         codes=["502871"], link=None),
    dict(lang="ro", subject="Cod de confirmare",
         text="Codul tău de confirmare este 374 019.\nCUI RO12345678 · J40/1234/2020 · Tel. 021 123 4567",
         codes=["374019"], link=None),
    dict(lang="hu", subject="Belépési kód",
         text="Az egyszer használatos belépési kódod: 905 316\nAdószám: 12345678-2-42 · 1051 Budapest, Fő u. 1.",
         codes=["905316"], link=None),
    dict(lang="en", subject="Your receipt from Brewly",
         html='<p>Receipt #2041-8873</p><table><tr><td>Oat latte</td><td>$5.40</td></tr>'
              '<tr><td>Total</td><td>$5.40</td></tr></table><p>Card ending 4242 · Nov 30, 2026 08:12</p>'
              '<p><a href="https://brewly.example/receipts/2041-8873">View receipt</a></p>',
         codes=[], link=None),
    dict(lang="en", subject="Welcome aboard — confirm your email",
         html='<p>Thanks for signing up for Parcelo.</p><table><tr><td>'
              '<a href="https://links.parcelo.example/ls/click?upn=u001.Qx9">Confirm my email</a>'
              '</td></tr></table><p><a href="https://parcelo.example/app">Download the app</a> · '
              '<a href="https://links.parcelo.example/ls/click?upn=u001.unsub">Unsubscribe</a></p>',
         codes=[], link="https://links.parcelo.example/ls/click?upn=u001.Qx9"),
    dict(lang="en", subject="Your sign-in code is 38-1947",
         text="Your sign-in code is 38-1947.\nThis code expires in 15 minutes.",
         codes=["381947"], link=None),
    dict(lang="en", subject="Security code for your bank",
         html='<p>Your security code is</p><table><tr>'
              '<td style="border:1px solid #ccc">9</td><td style="border:1px solid #ccc">0</td>'
              '<td style="border:1px solid #ccc">3</td><td style="border:1px solid #ccc">5</td>'
              '<td style="border:1px solid #ccc">1</td><td style="border:1px solid #ccc">8</td>'
              '</tr></table><p>Sort code 20-00-00 · Account ending 6789 · FCA register number 123456</p>',
         codes=["903518"], link=None),
    dict(lang="en", subject="Device model verification",
         text="We detected a new device (model SM-G991B, serial R58N12ABCDE) on 30 Nov 2026.\n"
              "To approve it, enter code 270 554 in the app.\nHelpline 0800 123 4567",
         codes=["270554"], link=None),
    dict(lang="en", subject="Join the workspace",
         html='<p>Lee invited you to the <b>Design 2027</b> workspace.</p>'
              '<a href="https://app.boardly.example/join/ws_4f9a?invite=tok77">Join workspace</a>'
              '<p>Boardly Ltd, Unit 4, 15 Canal Rd, Leeds LS12 2PL</p>',
         codes=[], link="https://app.boardly.example/join/ws_4f9a?invite=tok77"),
    dict(lang="de", subject="Ihre Rechnung 2026-11-4471",
         text="Rechnung Nr. 2026-11-4471 vom 30.11.2026\nBetrag: 19,99 EUR\nKundennummer 5538201\n"
              "IBAN DE89 3704 0044 0532 0130 00", codes=[], link=None),
    dict(lang="ja", subject="パスワード再設定のご案内",
         html='<p>以下のリンクからパスワードを再設定してください。</p>'
              '<p><a href="https://id.example.jp/password/reset?token=jp42">パスワードを再設定する</a></p>'
              '<p><a href="https://example.jp/help">ヘルプ</a>｜<a href="https://example.jp/unsubscribe">配信停止</a></p>',
         codes=[], link="https://id.example.jp/password/reset?token=jp42"),
    dict(lang="ko", subject="이메일 인증을 완료해 주세요",
         html='<p>아래 버튼을 눌러 이메일 인증을 완료해 주세요.</p>'
              '<a href="https://member.example.kr/verify-email?code=kr9">이메일 인증하기</a>'
              '<p>대표전화 02-123-4567 · 서울특별시 강남구 테헤란로 123</p>',
         codes=[], link="https://member.example.kr/verify-email?code=kr9"),
    dict(lang="en", subject="Your code: river-ember-cactus",
         text="Use this one-time code to finish signing in: river-ember-cactus\nIt expires in 10 minutes.",
         codes=["river-ember-cactus"], link=None),
]


# A second blind part, written after the first one's misses had been seen (they
# shaped the seen samples, so the first part's figure flatters); committed before
# it was ever scored.
BLIND += [
    dict(lang="en", subject="Your Fintly passcode",
         text="Fintly: your passcode is 662 049. We'll never call you to ask for it.\n"
              "Fintly Ltd is authorised by the FCA (FRN 900123). Registered office: 5 New St Sq, "
              "London EC4A 3TW. Company no. 11223344.", codes=["662049"], link=None),
    dict(lang="en", subject="Sign in to Crafto", html='<p>Hello,</p><p>Your one-time code:</p>'
         '<table role="presentation"><tr><td class="digit">2</td><td class="digit">9</td>'
         '<td class="digit">6</td><td class="digit">1</td><td class="digit">0</td>'
         '<td class="digit">4</td></tr></table><p>Crafto, Inc. · 101 Main Street, Suite 300, '
         'Austin, TX 78701 · (512) 555-0188</p>', codes=["296104"], link=None),
    dict(lang="en", subject="Confirm it's you", text="Your Playbox login code is\n\n"
         "velvet-comet-harbor\n\nPlaybox Entertainment, 2201 Ocean Ave, Santa Monica, CA 90405",
         codes=["velvet-comet-harbor"], link=None),
    dict(lang="en", subject="Your table is booked",
         text="Booking ref BK-4821 for 4 people on 05/12/2026 at 19:30.\nCall us: 020 7946 0958\n"
              "Manage booking: https://tables.example/b/BK-4821", codes=[], link=None),
    dict(lang="en", subject="Activate your Gridly account",
         html='<p>Welcome! One more step.</p><p><a href="https://gridly.example/activate/7f3c9a" '
              'class="btn">Activate account</a></p><p>Gridly GmbH · Torstraße 5 · 10119 Berlin · '
              '<a href="https://gridly.example/unsubscribe/7f3c">Unsubscribe</a></p>',
         codes=[], link="https://gridly.example/activate/7f3c9a"),
    dict(lang="de", subject="Ihr TAN-Code",
         text="Ihre TAN für die Überweisung von 250,00 EUR an DE44 5001 0517 5407 3249 31 lautet: 604 915\n"
              "Sparkasse Musterstadt · BLZ 500 105 17 · BIC INGDDEFFXXX", codes=["604915"], link=None),
    dict(lang="de", subject="Passwort zurücksetzen",
         html='<p>Sie haben ein neues Passwort angefordert.</p><p><a href="https://login.example.de/'
              'pw-reset?token=de77">Neues Passwort festlegen</a></p><p>Fragen? 0800 330 1000 · '
              '<a href="https://example.de/kontakt">Kontakt</a></p>',
         codes=[], link="https://login.example.de/pw-reset?token=de77"),
    dict(lang="fr", subject="Votre code à usage unique",
         html='<p>Code à usage unique :</p><p style="font-size:26px">'
              '<span>8</span><span>3</span><span>0</span><span>2</span><span>7</span><span>1</span></p>'
              '<p>Banque Exemple SA, 34 boulevard Haussmann, 75009 Paris – ORIAS 07 012 345</p>',
         codes=["830271"], link=None),
    dict(lang="es", subject="Verifica tu número", text="Código de WhatsBox: 418-907\n"
         "No compartas este código. Soporte: +34 911 23 45 67", codes=["418907"], link=None),
    dict(lang="it", subject="Conferma la tua email",
         html='<p>Grazie per esserti registrato!</p><a href="https://account.example.it/conferma?k=it31">'
              'Conferma email</a><p>Sede legale: Via Torino 2, 20123 Milano · P.IVA 12345678901</p>',
         codes=[], link="https://account.example.it/conferma?k=it31"),
    dict(lang="pt", subject="Código de segurança", text="O seu código de segurança é 57 03 86.\n"
         "NIF 501234567 · Rua Augusta 100, 1100-053 Lisboa", codes=["570386"], link=None),
    dict(lang="nl", subject="Bevestig je inlog", text="Gebruik code 730 551 om in te loggen.\n"
         "Klantnummer 99812 · Bestelnummer 2026-88120", codes=["730551"], link=None),
    dict(lang="sv", subject="Engångskod", text="Din engångskod: 480 216\nBankgiro 123-4567 · "
         "Org.nr 556677-8899 · 08-123 456 78", codes=["480216"], link=None),
    dict(lang="da", subject="Din kode", text="Din NemKode er 5519-20.\nCVR 12345678 · "
         "tlf. 70 12 34 56", codes=["551920"], link=None),
    dict(lang="fi", subject="Kirjautumiskoodi", text="Kirjautumiskoodisi on 318 460.\n"
         "Y-tunnus 1234567-8 · puh. 09 123 4567", codes=["318460"], link=None),
    dict(lang="pl", subject="Potwierdź zamówienie",
         html='<p>Zamówienie nr 2026/11/30/771 na kwotę 149,00 zł.</p>'
              '<a href="https://sklep.example.pl/zamowienie/potwierdz?id=771">Potwierdź zamówienie</a>',
         codes=[], link="https://sklep.example.pl/zamowienie/potwierdz?id=771"),
    dict(lang="ru", subject="Код подтверждения оплаты", text="Код подтверждения: 2957\n"
         "Покупка 1 490,00 ₽ в магазине SHOP-77. Карта *4417", codes=["2957"], link=None),
    dict(lang="tr", subject="E-posta doğrulama", text="Hesabınızı doğrulamak için kod: 862 031\n"
         "Sipariş No: 7001234 · 34000 İstanbul", codes=["862031"], link=None),
    dict(lang="ar", subject="تأكيد تسجيل الدخول", text="استخدم الرمز ٧٢٩٠٤٨ لتسجيل الدخول.\n"
         "الرقم الضريبي: 310123456700003 · ص.ب 12345 الرياض", codes=["729048"], link=None),
    dict(lang="he", subject="קוד חד-פעמי", text="הקוד החד-פעמי שלך: 391 705\nמספר הזמנה 552210",
         codes=["391705"], link=None),
    dict(lang="ja", subject="【重要】本人確認コード", html='<p>本人確認コード</p><table><tr>'
         '<td>9</td><td>4</td><td>0</td><td>2</td><td>8</td><td>7</td></tr></table>'
         '<p>株式会社エグザンプル　〒100-0005 東京都千代田区丸の内1-1 電話：03-1234-5678</p>',
         codes=["940287"], link=None),
    dict(lang="ja", subject="メールアドレスの確認", html='<p>以下のボタンからメールアドレスを確認してください。</p>'
         '<p><a href="https://members.example.jp/confirm?t=jp88">メールアドレスを確認する</a></p>'
         '<p><a href="https://example.jp/privacy">プライバシーポリシー</a></p>',
         codes=[], link="https://members.example.jp/confirm?t=jp88"),
    dict(lang="zh", subject="邮箱验证码", text="【星云】您的邮箱验证码：930 614（10分钟内有效）。"
         "如非本人操作请忽略。客服：95000", codes=["930614"], link=None),
    dict(lang="ko", subject="로그인 인증코드", text="로그인 인증코드: 8 1 0 3 6 9\n"
         "통신판매업신고 2026-서울강남-01234", codes=["810369"], link=None),
    dict(lang="hi", subject="लॉगिन ओटीपी", text="लॉगिन के लिए ओटीपी: 613 072\n"
         "ऑर्डर आईडी 40512 · हेल्पलाइन 1800 208 9898", codes=["613072"], link=None),
    dict(lang="id", subject="Kode OTP", text="JANGAN BERIKAN kode ini ke siapa pun. Kode OTP: 402 198.\n"
         "Call center 1500-888", codes=["402198"], link=None),
    dict(lang="en", subject="Your package is out for delivery",
         text="Order 113-4820193-5517742 will arrive today by 9pm.\nTrack package: "
              "https://parcel.example/track/TBA304918273000", codes=[], link=None),
    dict(lang="en", subject="New login to your account",
         text="New login from Chrome on Windows, IP 203.0.113.42, on Nov 30, 2026 11:02 UTC.\n"
              "If this wasn't you, reset your password: https://acct.example/security/reset?s=n1",
         codes=[], link=None),  # "if this wasn't you" secures an account: no action (see above)
    dict(lang="en", subject="Use this code to verify your email",
         html='<h1 style="letter-spacing:12px;font-size:36px">W7N-K2Q</h1><p>Enter the code above '
              'on the sign-up page. It is valid for 1 hour.</p><p>Order support: 1-888-555-0100</p>',
         codes=["W7N-K2Q"], link=None),
]
