"""Two more sets of verification, login, reset, order and shipping mails (issue 15).

Written in our own words to look like what real services send, in many languages and
scripts, with the numbers that stand beside codes in real mail (order, register, tax,
phone and postcode numbers, dates, prices, years, models and serials).

FIRST was committed before the extractor ever read it and scored once, blind; its misses
then shaped tempmail/extract.py and links.py, so from then on it counts as seen.
CONFIRM was written after that tuning and committed before it was scored: it is the
blind figure. bench/extract.py prints both. Same shape as verification.CASES.
"""

FIRST = [
    dict(lang="ar", subject="رمز تسجيل الدخول",
         text="الرمز الخاص بك لتسجيل الدخول هو 483920. لا تشاركه مع أحد.\n"
              "السجل التجاري 1010123456 · هاتف 920012345",
         codes=["483920"], link=None),
    dict(lang="ar", subject="أكمل التسجيل",
         html='<p>أدخل رمزك التالي لإكمال التسجيل:</p><div><span>٥</span><span>١</span>'
              '<span>٨</span><span>٣</span><span>٠</span><span>٢</span></div>'
              '<p>شارع الملك فهد، الرياض 12271</p>',
         codes=["518302"], link=None),
    dict(lang="ar", subject="تأكيد البريد الإلكتروني",
         text="للتحقق من بريدك، استخدم الرمز: 661 204\nرقم الطلب #55012 · المبلغ 149٫00 ر.س",
         codes=["661204"], link=None),
    dict(lang="he", subject="כניסה לחשבון",
         text="הקוד שלך לכניסה: 574 201\nלשירות לקוחות: 2700* · ח.פ 515123456",
         codes=["574201"], link=None),
    dict(lang="he", subject="השלמת הרשמה",
         html='<p>השתמשו בקוד 290 416 כדי להשלים את ההרשמה.</p>'
              '<p>רחוב הרצל 12, תל אביב 6120101</p>',
         codes=["290416"], link=None),
    dict(lang="de", subject="Ihre mTAN",
         text="Ihre mTAN lautet 739 104.\nAuftrag: Überweisung 1.250,00 EUR an Max Mustermann.\n"
              "Gültig bis 14:32 Uhr.",
         codes=["739104"], link=None),
    dict(lang="de", subject="Freigabe erforderlich",
         text="Bitte geben Sie die folgende TAN ein: 48293017\n"
              "Referenz 2026113000451 · BLZ 100 500 00",
         codes=["48293017"], link=None),
    dict(lang="de", subject="Bestätigungscode für Ihre Bestellung",
         html='<p>Ihr Bestätigungscode:</p><table><tr><td>3</td><td>0</td><td>9</td><td>6</td>'
              '<td>1</td><td>5</td></tr></table><p>Bestellnummer 302-4471190-2208 · '
              'Lieferung an Hauptstraße 5, 80331 München</p>',
         codes=["309615"], link=None),
    dict(lang="fa", subject="ورود به حساب",
         text="کد ورود شما: ۷۳۰۹۱۵\nشماره پشتیبانی: ۰۲۱-۹۱۰۰۰۰۰۰",
         codes=["730915"], link=None),
    dict(lang="ur", subject="تصدیقی کوڈ",
         text="آپ کا تصدیقی کوڈ 402 917 ہے۔ یہ کوڈ کسی کو نہ بتائیں۔\nہیلپ لائن 111-222-333",
         codes=["402917"], link=None),
    dict(lang="bn", subject="যাচাইকরণ কোড",
         text="আপনার যাচাইকরণ কোড হল 618 204। এটি ১০ মিনিটের জন্য বৈধ।",
         codes=["618204"], link=None),
    dict(lang="ms", subject="Kod pengesahan",
         text="Kod pengesahan anda ialah 550 912. Jangan kongsi kod ini.\n"
              "No. Syarikat 201901012345 (1234567-X)",
         codes=["550912"], link=None),
    dict(lang="tl", subject="Verification code",
         text="Ang iyong verification code ay 774 031. Huwag itong ibahagi kaninuman.",
         codes=["774031"], link=None),
    dict(lang="sw", subject="Msimbo wa uthibitisho",
         text="Msimbo wako wa uthibitisho ni 392018. Usimpe mtu yeyote.",
         codes=["392018"], link=None),
    dict(lang="hr", subject="Jednokratni kod",
         text="Vaš jednokratni kod je 605 128.\nOIB 12345678901 · Ilica 1, 10000 Zagreb",
         codes=["605128"], link=None),
    dict(lang="sk", subject="Overovací kód",
         text="Váš overovací kód: 913 402\nIČO 35 123 456 · Hlavná 1, 811 01 Bratislava",
         codes=["913402"], link=None),
    dict(lang="sl", subject="Koda za prijavo",
         text="Vaša koda za prijavo je 226 819.\nDavčna številka SI12345678",
         codes=["226819"], link=None),
    dict(lang="lt", subject="Patvirtinimo kodas",
         text="Jūsų patvirtinimo kodas: 447 120\nĮmonės kodas 123456789 · Gedimino pr. 1, "
              "LT-01103 Vilnius",
         codes=["447120"], link=None),
    dict(lang="lv", subject="Verifikācijas kods",
         text="Jūsu verifikācijas kods ir 380 641.\nReģ. Nr. 40003012345 · Rīga, LV-1050",
         codes=["380641"], link=None),
    dict(lang="et", subject="Kinnituskood",
         text="Sinu kinnituskood on 915 730.\nRegistrikood 12345678 · Tallinn 10111",
         codes=["915730"], link=None),
    dict(lang="bg", subject="Код за потвърждение",
         text="Вашият код за потвърждение е 204 883.\nЕИК 123456789 · тел. 02 123 4567",
         codes=["204883"], link=None),
    dict(lang="ca", subject="Codi de verificació",
         text="El teu codi de verificació és 118 095. Caduca en 10 minuts.\n"
              "NIF B12345678 · 08001 Barcelona",
         codes=["118095"], link=None),
    dict(lang="el", subject="Επαλήθευση",
         html='<p>Ο κωδικός επαλήθευσης:</p><table><tr><td>5</td><td>0</td><td>9</td><td>2</td>'
              '<td>7</td><td>1</td></tr></table><p>Τ.Κ. 10431 Αθήνα · ΑΦΜ 094012345</p>',
         codes=["509271"], link=None),
    dict(lang="zh-TW", subject="一次性密碼",
         text="您的一次性密碼為 482 019，請於5分鐘內輸入。\n客服專線 0800-000-123",
         codes=["482019"], link=None),
    dict(lang="zh", subject="登录提醒",
         text="您的动态密码：３９１０４２，5分钟内有效。\n订单编号 DD20261130884422",
         codes=["391042"], link=None),
    dict(lang="ja", subject="セキュリティコードのお知らせ",
         text="セキュリティコード：５１９３０２\nご注文番号：250-1234567-8901234\nカード末尾 1234",
         codes=["519302"], link=None),
    dict(lang="ja", subject="認証コード",
         text="認証コード【402318】をアプリに入力してください。\n受付番号 20261130-0001",
         codes=["402318"], link=None),
    dict(lang="ko", subject="[Web발신]",
         text="[Web발신] 인증번호[538201]를 입력해주세요. 타인 노출 금지",
         codes=["538201"], link=None),
    dict(lang="th", subject="OTP เข้าสู่ระบบ",
         text="OTP สำหรับเข้าสู่ระบบคือ 720 119 (รหัสอ้างอิง: XK9Q) ใช้ได้ภายใน 5 นาที",
         codes=["720119"], link=None),
    dict(lang="vi", subject="Mã xác thực",
         text="Mã xác thực của bạn là 661 920. Mã có hiệu lực trong 3 phút.\n"
              "Số đơn hàng: 2611300045",
         codes=["661920"], link=None),
    dict(lang="id", subject="Kode verifikasi Tokoku",
         text="Kode verifikasi Tokoku kamu 7 3 9 1 0 2. Jangan berikan ke siapa pun "
              "termasuk pihak Tokoku.",
         codes=["739102"], link=None),
    dict(lang="en", subject="Your Notely login code",
         html='<p>Your login code is</p><p><code>cobalt-harbor-sleepy-tiger</code></p>'
              '<p><a href="https://www.notely.example/loginwithemail?token=n0t3&email=a%40b.example">'
              'Click here to log in with this magic link</a></p>'
              '<p>Notely Labs Inc., 2300 Harrison St, San Francisco, CA 94110</p>',
         codes=["cobalt-harbor-sleepy-tiger"],
         link="https://www.notely.example/loginwithemail?token=n0t3&email=a%40b.example"),
    dict(lang="en", subject="Your one-time passcode",
         html='<p>Your one-time passcode is</p><table><tr>'
              '<td><table><tr><td><div>8</div></td></tr></table></td>'
              '<td><table><tr><td><div>1</div></td></tr></table></td>'
              '<td><table><tr><td><div>4</div></td></tr></table></td>'
              '<td><table><tr><td><div>0</div></td></tr></table></td>'
              '<td><table><tr><td><div>6</div></td></tr></table></td>'
              '<td><table><tr><td><div>2</div></td></tr></table></td>'
              '</tr></table><p>Sort code 04-00-04 · Account ending 3310</p>',
         codes=["814062"], link=None),
    dict(lang="en", subject="Your parcel is ready to collect",
         text="Order #112-3345 is waiting at locker 17, 22 Station Road.\n"
              "Enter collection PIN 4821 at the locker screen. Open until 22:00.",
         codes=["4821"], link=None),
    dict(lang="en", subject="Your Steamy account: access from new device",
         text="Dear jdoe1987,\nHere is the Steam Guard code you need to login to account jdoe1987:\n\n"
              "4GK7T\n\nThis email was generated because of a login attempt from a web or mobile "
              "device located at Berlin, DE.",
         codes=["4GK7T"], link=None),
    dict(lang="en", subject="Microsoft-ish account security code",
         text="Please use the following security code for the Microsoft-ish account jo*****@example.com.\n\n"
              "Security code: 3920\n\nThanks,\nThe account team\n"
              "Microsoft-ish Corporation, One Way, Redmond, WA 98052",
         codes=["3920"], link=None),
    dict(lang="en", subject="Verify your new account",
         text="To verify your identity, use the following code:\n\n480913\n\n"
              "We'll never email you and ask you to disclose your password.\n"
              "Shopzon.example, 410 Terry Ave. N., Seattle, WA 98109-5210",
         codes=["480913"], link=None),
    dict(lang="en", subject="Your laptop has shipped",
         text="Tracking ID: 9400 1118 9922 3344 5566 77\nModel: XPS 13 9340, Serial: 7H2KL93\n"
              "Warranty until 2029. Questions? 1-800-624-9897\n"
              "Track your package: https://ship.example/track/940011189922",
         codes=[], link=None),
    dict(lang="en", subject="Invoice 2026-0042 from Lumen Studio",
         html='<p>Invoice 2026-0042</p><p>PO 4500012345 · Due 12/15/2026</p>'
              '<table><tr><td>Design retainer</td><td>$1,299.00</td></tr></table>'
              '<p>VAT ID GB123456789 · Lumen Studio Ltd, 8 Old St, London EC1V 9AZ</p>'
              '<p><a href="https://pay.lumen.example/i/2026-0042">View invoice</a></p>',
         codes=[], link=None),
    dict(lang="en", subject="Reset your password",
         html='<p><a href="https://mail.example/view?id=1">View in browser</a></p>'
              '<p>Someone asked to reset the password of your Hikr account.</p>'
              '<p><a href="https://click.hikr.example/ls/click?upn=abc123">Reset password</a></p>'
              '<p><a href="https://click.hikr.example/ls/click?upn=unsub9">Unsubscribe</a></p>',
         codes=[], link="https://click.hikr.example/ls/click?upn=abc123"),
    dict(lang="en", subject="Sign in to Quill",
         text="Click the link below to sign in to Quill:\n\n"
              "https://quill.example/auth/email/callback?token=eyJhbGci\n\n"
              "If you didn't request this, you can ignore this email.\nhttps://quill.example/help",
         codes=[], link="https://quill.example/auth/email/callback?token=eyJhbGci"),
    dict(lang="es-MX", subject="Tu código de Rappido",
         text="Tu código de verificación de Rappido es: 8841\n"
              "Pedido #99120 · Av. Insurgentes Sur 1602, CDMX, C.P. 03940",
         codes=["8841"], link=None),
    dict(lang="pt-BR", subject="Confirme seu e-mail",
         html='<p>Olá! Falta pouco.</p><p><a href="https://conta.lojinha.example.com.br/confirmar?t=br7">'
              'Confirmar e-mail</a></p><p>Lojinha Ltda · CNPJ 12.345.678/0001-90 · '
              'Rua das Flores, 250 – São Paulo/SP – CEP 01001-000</p>',
         codes=[], link="https://conta.lojinha.example.com.br/confirmar?t=br7"),
    dict(lang="fr", subject="Code de validation",
         text="Votre code de validation\u00a0: 741\u202f029\nN° TVA FR 12 345678901 · "
              "Service client 09 69 32 15 15",
         codes=["741029"], link=None),
    dict(lang="it", subject="Codice di verifica",
         text="Il codice di verifica è 208517. Non condividerlo.\n"
              "Numero verde 800 123 456 · Partita IVA 01234567890",
         codes=["208517"], link=None),
    dict(lang="nl", subject="Je verificatiecode",
         text="Je verificatiecode is: 5521\nPostcode 1012 AB Amsterdam · KvK 33445566 · "
              "IBAN NL91 ABNA 0417 1643 00",
         codes=["5521"], link=None),
    dict(lang="pl", subject="Aktywuj konto",
         html='<p>Dziękujemy za rejestrację.</p><p><a href="https://konto.example.pl/aktywacja?k=pl5">'
              'Aktywuj konto</a></p><p>NIP 526-104-08-28 · ul. Prosta 51, 00-838 Warszawa</p>',
         codes=[], link="https://konto.example.pl/aktywacja?k=pl5"),
    dict(lang="tr", subject="Doğrulama kodu",
         text="Doğrulama kodunuz: 492 017\nFatura No: GIB2026000001234 · Mersis: 0123456789012345",
         codes=["492017"], link=None),
    dict(lang="ru", subject="Восстановление пароля",
         html='<p>Вы запросили восстановление пароля.</p>'
              '<p><a href="https://id.example.ru/recovery?key=ru44">Сбросить пароль</a></p>'
              '<p>Если это были не вы, позвоните: 8-800-100-00-00</p>',
         codes=[], link="https://id.example.ru/recovery?key=ru44"),
    dict(lang="uk", subject="Код для входу",
         text="Код для входу в застосунок: 40-29-17. Нікому не повідомляйте.",
         codes=["402917"], link=None),
    dict(lang="sv", subject="Verifieringskod",
         text="Din verifieringskod är 61 48 20\nKundtjänst 0771-123 456",
         codes=["614820"], link=None),
    dict(lang="da", subject="Bekræftelseskode",
         text="Din bekræftelseskode: 300 914\nCVR-nr. 12 34 56 78",
         codes=["300914"], link=None),
    dict(lang="no", subject="Bekreftelseskode",
         text="Bekreftelseskoden din er 772 018.\nKundeservice 22 12 34 56",
         codes=["772018"], link=None),
    dict(lang="fi", subject="Vahvistuskoodi",
         text="Vahvistuskoodi: 509 318\nTilausnumero 100234567",
         codes=["509318"], link=None),
    dict(lang="hu", subject="Megerősítő kód",
         text="A megerősítő kódod: 184 092\nÜgyfélszolgálat: +36 1 234 5678",
         codes=["184092"], link=None),
    dict(lang="ro", subject="Cod Bolty",
         text="Codul de verificare Bolty: 3917. Nu-l comunica nimănui.",
         codes=["3917"], link=None),
    dict(lang="de", subject="Black Friday bei Modehaus",
         text="Nur bis 30.11.2026: 30% Rabatt auf alles mit dem Gutscheincode BF2026.\n"
              "Jetzt shoppen: https://modehaus.example.de/sale\nModehaus GmbH · HRB 98765 · 2026",
         codes=[], link=None),
]
