
import pytest

from tempmail.extract import WINDOW, extract, find_codes

from verification import CASES, score  # noqa: E402


def test_corpus_covers_many_languages():
    assert len({case["lang"] for case in CASES}) >= 10 and len(CASES) >= 30


def test_precision_and_recall_on_the_corpus():
    rates, misses = score(extract)
    assert min(min(pair) for pair in rates.values()) >= 0.95, (rates, misses)


@pytest.mark.parametrize("text", [
    "Order #123456 has shipped", "Call us at +1 555 123 4567 for a code", "Total: 1234,56 €",
    "Your code expires on 2026-11-24 at 10:30", "Use promo code SAVE20 for 20% off",
    "Verify here: https://x.example/verify?code=482913", "Zip code 94105, call (415) 555-0100",
    "Source code 2.0 released; decode 583201 bytes", "Acme, 1 Main St, San Francisco, CA 94105. Code",
])
def test_things_that_are_not_codes(text):
    assert find_codes("", text) == []


@pytest.mark.parametrize("text", [
    "Error code: 40213. Please try again later.", "Tracking code: 58302117",
    "Your referral code is 77120394", "Your booking code is 582913", "Reservation code: 583921",
    "IFSC code: 40021993", "Status code 50013 from the server", "Course code: 482911",
    "Merchant code: 583920", "Employee code 583920", "Offer code 583920 at the till",
    "Fare code 583920", "Account code 583920", "Redemption code: 58392011",
])
def test_a_code_that_names_a_thing_is_not_a_persons_one_time_code(text):
    assert find_codes("", text) == []


@pytest.mark.parametrize("text, code", [
    ("【Acme】您的验证码为582013，5分钟内有效。", "582013"),
    ("認証コードは582013です。", "582013"),
    ("인증번호582013을 입력하세요.", "582013"),
    ("確認コード：374102\n有効期限：2026年11月30日 21:15まで", "374102"),
])
def test_a_code_may_touch_the_words_of_a_script_written_without_spaces(text, code):
    assert find_codes("", text) == [code]


def test_a_number_before_a_date_or_counting_word_of_such_a_script_is_not_a_code():
    assert find_codes("", "確認コード：有効期限 2026年11月30日") == []


def test_a_colon_after_a_full_stop_is_another_labels_and_the_sentence_before_counts():
    text = ("Gunakan 482913 untuk masuk. Jangan bagikan kode ini kepada siapa pun. "
            "CS: 1500-123")
    assert find_codes("Kode verifikasi", text) == ["482913"]
    assert find_codes("", "Sinu tellimus 300458 on teel.\n\nSaadetise kood: EE 8812") == []


def test_a_code_of_small_letters_and_digits_counts_only_where_a_keyword_hands_it_over():
    assert find_codes("", "Your confirmation code is 4kd9wq7m.") == ["4kd9wq7m"]
    assert find_codes("", "Your one-time code: a7f3k9") == ["a7f3k9"]
    assert find_codes("", "Your code works on mp3 and h264 files, see 2fa4all docs") == []


@pytest.mark.parametrize("text, codes", [
    ("Profitez de -30 % sur les bottes avec le code ci-dessous, valable jusqu'au 06/12.\n"
     "NEIGE30\nJ'en profite", []),
    ("Entreprise régie par le Code des assurances · ORIAS 07 028 114", []),
    ("Use the confirmation code below to reset your password.\n39 20 71 58\n", ["39207158"]),
    ("להשלמת הכניסה הקלידי את הקוד: 62-19-07", ["621907"]),
    ("Kirjautumiskoodisi on:\n\n  RTQ-MZK\n\nVoit syöttää koodin myös ilman väliviivaa.",
     ["RTQMZK"]),
    ("Щоб підтвердити, введи цей код у клієнті:\nK\n9\nP\n4\nT\nX\nКод дійсний 15 хвилин.",
     ["K9P4TX"]),
    ("Masukkan kode berikut untuk mengaktifkan:\n371 609\nSimpan juga kode cadangan ini. "
     "Gunakan jika ponselmu hilang:\n84XQ-P2ML-77RT\nSetiap kode cadangan hanya sekali.",
     ["371609", "84XQ-P2ML-77RT"]),
])
def test_offers_laws_pairs_of_digits_letter_groups_cells_and_backups(text, codes):
    assert extract("", text, "")["codes"] == codes


def test_a_code_keeps_the_dashes_its_mail_says_to_type():
    text = "Введіть код:\n\n27-91-44\n\nКод вводиться саме так, з дефісами."
    assert extract("", text, "")["codes"] == ["27-91-44"]
    assert extract("", "Your code: 27-91-44", "")["codes"] == ["279144"]


def test_unsubscribe_and_tracking_links_are_left_out():
    links = extract("Confirm", None,
                    '<a href="https://x.example/unsubscribe">Unsubscribe</a>'
                    '<a href="https://t.example/open?id=1"><img src="p.gif"></a>'
                    '<a href="https://x.example/confirm?t=1">Confirm</a>')["links"]
    assert [link["url"] for link in links] == ["https://x.example/confirm?t=1"]


def test_a_code_on_its_own_line_far_from_the_keyword():
    filler = "We are glad you are here. " * 8
    html = (f"<h1>Verify your email address</h1><p>{filler}</p>"
            "<div style='font-size:32px'>771 902</div><p>This expires in 10 minutes.</p>")
    assert extract("Verify your email", None, html)["codes"] == ["771902"]
    assert extract("Welcome", None, f"<p>{filler}</p><div>2026</div>")["codes"] == []


@pytest.mark.parametrize("subject,text,code", [
    ("認証コード", "認証コード：５８３２０１", "583201"),          # full-width digits are typed ASCII
    ("Code", "Your code:482913", "482913"),                       # no space after the colon
    ("Code", "Your verification code is 918-273.", "918273"),     # digit groups typed whole
    ("Code", "Your verification code is 7Q4-ZP9.", "7Q4-ZP9"),    # a letter code keeps its dash
    ("Your confirmation code", "Enter 482913 in the app.", "482913"),  # only the subject says code
])
def test_codes_as_a_person_types_them(subject, text, code):
    assert extract(subject, text, None)["codes"][:1] == [code]


def test_a_plain_text_url_is_judged_by_the_words_that_introduce_it():
    text = ("Click the link below to confirm your email:\nhttps://a.example/e/1\n\n"
            "Unsubscribe: https://a.example/u/1\nhttps://a.example/blog")
    links = extract("Welcome", text, None)["links"]
    assert [(link["url"], link["kind"]) for link in links] == [
        ("https://a.example/e/1", "action"), ("https://a.example/blog", "other")]


@pytest.mark.parametrize("word", [
    "código", "clave", "codice", "codul", "mã", "verification", "verify", "verificación",
    "verificação", "verifikasi", "verifiering", "one-time", "OTP", "PIN", "token", "2FA",
    "confirmation", "weryfikacyjny", "doğrulama", "şifre", "vahvistus", "ověření", "ellenőrző",
    "επαλήθευση", "رمز", "كود", "التحقق", "קוד", "אימות", "कोड", "ओटीपी", "सत्यापन", "کد", "รหัส",
    "コード", "ワンタイム", "验证码", "驗證碼", "校验码", "动态码", "确认码", "인증 코드", "인증번호",
    "Code", "KOD", "kodunuz", "Bestätigungscode", "vahvistuskoodisi", "κωδικός", "кода",
    "uthibitisho", "pengesahan", "passphrase", "temporary password", "Einmalpasswort",
    "mot de passe temporaire", "contraseña temporal", "одноразовый пароль", "тимчасовий пароль",
    "కోడ్", "കോഡ്", "ಕೋಡ್", "Kóòdù", "tabbatarwa", "ikhodi", "TAC", "ኮድ", "කේතය", "កូដ", "ကုဒ်",
])
def test_every_keyword_passes_the_fast_skip(word):
    assert find_codes("", f"{word}: 482913") == ["482913"]


@pytest.mark.parametrize("html,kinds", [
    ('<p>To verify your email address, <a href="https://x.example/e/9">click here</a>.</p>'
     '<p><a href="https://x.example/blog">Our blog</a></p>', ["action", "other"]),
    ('<p>Activate your account with the link below:</p><p><a href="https://x.example/e/9">'
     'https://x.example/e/9</a></p><p><a href="https://x.example/blog">Our blog</a></p>',
     ["action", "other"]),
    ('<p>Thanks for verifying your email. Read <a href="https://x.example/blog">our blog</a>.</p>'
     '<p>If you no longer wish to receive these emails, <a href="https://x.example/z">click '
     'here</a>.</p>', ["other"]),
    ('<p><a href="https://x.example/u">Unsubscribe</a></p><p><a href="https://x.example/blog">'
     'Our blog</a></p>', ["other"]),
])
def test_an_html_link_is_judged_by_the_clause_that_introduces_it(html, kinds):
    from tempmail.sanitize import sanitize
    cleaned = sanitize(html)
    for found in (extract("Hello", None, html), extract("Hello", None, html, cleaned.text, cleaned.links)):
        assert [link["kind"] for link in found["links"]] == kinds


def test_a_code_counts_within_the_window_before_or_after_a_keyword():
    gap = "x " * ((WINDOW - 10) // 2)  # the whole code stands within WINDOW of the keyword
    assert find_codes("", f"code {gap}482913") == ["482913"]
    assert find_codes("", f"482913 {gap[16:]}is your code") == ["482913"]
    assert find_codes("", f"482913 {gap}is your code") == []
    assert find_codes("", f"code {gap}{gap}482913") == []


def test_an_is_or_a_colon_hands_over_a_code_farther_off_in_the_same_sentence():
    payment = ("for the payment of 89,00 EUR at BOOKSHOP 2000 on your card ending 7745 "
               "on 30 November at the terminal of the shop")
    assert len(payment) > WINDOW
    assert find_codes("", f"Your one-time code {payment} is : 51 30 77.") == ["513077"]
    assert find_codes("", f"Votre code {payment} est 513077") == ["513077"]
    # not without the "is", not past the end of the sentence, not past SENTENCE_REACH
    assert find_codes("", f"Your one-time code {payment} 513077") == []
    assert find_codes("", f"Your code expires soon. Thanks {payment} is 513077") == []
    assert find_codes("", f"Your code expires soon!\n\nThe {payment} is 513077") == []
    assert find_codes("", f"Your code {payment} {payment} {payment} is 513077") == []


def test_the_code_nearest_a_keyword_comes_first_wherever_it_stands():
    text = f"Ticket 4471 opened. {'x ' * 30}Here is 771902, your code. {'x ' * 30} 583201"
    assert find_codes("", text)[0] == "771902"
    assert find_codes("Your code", "Enter 482913 in the app. Order 12345678 ships.") == ["482913"]


@pytest.mark.parametrize("text", [
    "Tu código de acceso:\n\n418 227\n\nCalle Mayor 1234, código postal 28013, Madrid",
    "کد ورود شما:\n۴۱۸۲۲۷\nخیابان آزادی، پلاک ۱۲۳۴، کد پستی ۱۴۳۳۸۹۴۵۶۷",
    "رمز التحقق: 418227\nشارع النيل 1234، الرمز البريدي 11511",
    "รหัสยืนยันของคุณคือ 418227\nถนนสุขุมวิท 1234 รหัสไปรษณีย์ 10110",
    "Doğrulama kodunuz: 418227\nAtatürk Cad. No 12, posta kodu 34000",
])
def test_a_postcode_is_not_a_code_nor_does_its_keyword_pull_a_house_number(text):
    assert find_codes("", text) == ["418227"]


def test_a_phrase_or_a_password_for_once_is_a_code_and_a_password_alone_is_not():
    assert find_codes("Your sign-in phrase", "Type this:\n\n  amber-falcon-quiet-river\n") == [
        "amber-falcon-quiet-river"]
    assert find_codes("", "Your temporary password: 58291734") == ["58291734"]
    assert find_codes("", "A password reset was requested for user 882130.") == []
    assert find_codes("", "Nambari yako ya uthibitisho ni 4817. Salio TSh 87,300.") == ["4817"]


@pytest.mark.parametrize("text,html", [
    ("Your code is 418227.\nHelp: https://help.x.example/login", None),
    (None, '<p>Your code is 418227.</p><p><a href="https://x.example/aide/connexion">Aide</a></p>'),
    ("Your parcel is on its way. You can check its delivery status below (確認):\n"
     "https://parcels.x.example/?no=4812339", None),
    ("ご注文の商品を発送しました。\n配送状況は下記よりご確認いただけます。\n"
     "https://parcels.x.example/?no=4812339", None),
    (None, '<p>Shipped!</p><p><a href="https://x.example/orders/1/confirm">Track your package</a></p>'),
])
def test_help_and_tracking_links_are_not_the_action_whatever_their_url(text, html):
    links = extract("Hello", text, html)["links"]
    assert links and all(link["kind"] == "other" for link in links), links


@pytest.mark.parametrize("text,codes", [
    ("Enter the code WDJB-MJHT on your TV to finish signing in.", ["WDJB-MJHT"]),
    ("Your OTP for the payment of INR 5,000.00 at BOOKHAUS on card XX1234 is 482913. "
     "Valid for 10 mins.", ["482913"]),
    ("Use this code to approve the payment with your card: 482913", ["482913"]),
    ("Your check-in code is 482913. Booking reference: K7QX2P · Confirmation number 77312944",
     ["482913"]),
    ("Confirmation number: 77312944. Your reservation at Hotel Sample is confirmed.", []),
    ("Your card ending in 7745 was charged. Verification code 482913", ["482913"]),
    # numbers beside a code in real mail
    ("Your one-time passcode: 093517\nEnter it in the checkout window to pay.", ["093517"]),
    ("Use code SAVE2026 at checkout for 20% off. Your sign-in code: 482913", ["482913"]),
    ("Vacuum Turbo V8 (product code 556120) · Your code: 482913", ["482913"]),
    ("Código de acceso: 918 244\nTel. 925 22 33 44 · Código de centro 45004811", ["918244"]),
    ("Call us on (8 5) 233 4455 · Company code 302123456", []),
    ("Riyadh 13325\n\nYour pickup code: 7391", ["7391"]),
    ("رمز الدفع لعملية الشراء بمبلغ 250٫00 ر.س لدى متجر 4412 هو 907213.", ["907213"]),
    ("Twój kod weryfikacyjny do zamówienia w sklepie 4412 to 907213", ["907213"]),
    ("Your code 482913. TrxID 9KJ4TQ2ZP8, agent 01711-234567", ["482913"]),
    ("驗證碼：８２７３１４\n會員編號：M0031458812", ["827314"]),
    ("Код для входу: 418 206. Замовлення № 5512-0093 вже в дорозі.", ["418206"]),
    ("Your code for the transfer to 5123 **** 8841 is 552 019; phone 012 345 ***", ["552019"]),
    ("លេខកូដរបស់អ្នកសម្រាប់ចូលគណនីថ្មីនៅលើទូរស័ព្ទគឺ៖ ៤៨២៩១៧\nកុំចែករំលែកលេខកូដ\nលេខទូរស័ព្ទ៖ 012 345 ***",
     ["482917"]),
    ("ஒருமுறை கடவுச்சொல் (OTP): 318 642\nஅஞ்சல் குறியீடு 631501", ["318642"]),
    ("இந்தக் குறியீட்டைப் பயன்படுத்தவும்: 640 228", ["640228"]),
    ("Sila sahkan e-mel. Baucar RM10 untuk pembelian melebihi RM50 selepas pengesahan.", []),
    ("Tens un 20 % de descompte en la propera comanda en línia amb el codi FORN20", []),
    ("Zadajte kód ZIMA25 a získate ďalších 5 € pri nákupe nad 60 €.", []),
    ("Visām jakām un zābakiem −25% ar kodu ZIEMA25 līdz 6. decembrim.", []),
    ("Riceverai il buono da 5 € (codice BENVENUTO5, spesa minima 25 €).", []),
    ("Here is the Guard code you need:\nF4K9T\nYour last purchase (order 8841-2207, £19.99) is safe.",
     ["F4K9T"]),
    ("Your code to approve the payment of 49,00 € is 482913.", ["482913"]),
    ("K-553817 is your Example security code.", ["553817"]),
    ("Paid with Mastercard ending in 4417. Auth code 0A71C3.", []),
    ("رقم الطلب: ٧٨٢١٤٥\nرمز التحقق لحسابك هو: ٣٩٤٠٢٧", ["394027"]),
    ("Ваш код для входа:\n482 019\nНикому не сообщайте коды.\nООО «Пример», 630099, г. Новосибирск",
     ["482019"]),
    ("doğrulama kodunuz: 204 781\n\nİşlem referans no: TRX-88120394", ["204781"]),
    ("Recovery code: 403 918 552\n\nIf it fails, use this backup code: 771 026 384",
     ["403918552", "771026384"]),
    ("Mã đơn hàng: 55120934. Mã xác nhận của bạn là 482913", ["482913"]),
    ("Use this code to reset your portal password:\n047 381\nMember ID: RH-0088213 · Group 44710\n"
     "The code expires in 10 minutes.", ["047381"]),
    ("Pour valider votre paiement avec votre carte se terminant par 5108, le code de sécurité "
     "à saisir est : 661039", ["661039"]),
    ("One-time code for +1 (555) 010-4477: 845120", ["845120"]),
    ("You asked for a new code, so the one we sent earlier (220471) no longer works.\n\n"
     "Use this one instead: 913385", ["913385"]),
    ("যাচাইকরণ কোড: ৪৮২৯১৬\nকাউকে এই কোড দেবেন না। হেল্পলাইন: ১৬৫৫৫", ["482916"]),
    ("May ₱200 OFF ka. Gamitin lang ang code na PASKO200 bago mag-Disyembre 25.", []),
    ("Your code: 482913\nAllotment Almanac · 14 Kiln Lane · Norwich NR3 1HQ · UK", ["482913"]),
])
def test_device_codes_cards_bookings_and_numbers_beside_a_code(text, codes):
    assert find_codes("", text) == codes


def test_a_sign_in_alert_acts_on_its_yes_it_was_me_button():
    html = ('<p>Was this you? A new sign-in from Firefox.</p>'
            '<p><a href="https://x.example/alert/yes?t=1">Yes, it was me</a> '
            '<a href="https://x.example/alert/no?t=1">No, it wasn\'t me</a></p>')
    found = extract("New sign-in", None, html)["links"]
    assert [(link["url"], link["kind"]) for link in found] == [
        ("https://x.example/alert/yes?t=1", "action")]


def test_a_link_that_says_what_it_does_comes_before_one_its_sentence_or_url_speaks_for():
    html = ('<div>Join 14 teammates in Growth Ops.</div><p><a href="https://x.example/?ref=invite">'
            '<img alt="Logo" src="https://x.example/l.png"></a></p><p>Priya invited you.</p>'
            '<p><a href="https://x.example/invite/accept?c=1">Accept invitation</a></p>')
    links = [link["url"] for link in extract("Invitation", None, html)["links"]
             if link["kind"] == "action"]
    assert links[0] == "https://x.example/invite/accept?c=1"


@pytest.mark.parametrize("label,action", [
    ("Hyväksy kutsu", True), ("Meghívás elfogadása", True), ("Masuk", True),
    ("Accepter l'invitation", True), ("Zaloguj się", True), ("Terima kasih", False),
    ("Termasuk ongkir", False), ("Pedido aceptado", False),
])
def test_accept_join_and_sign_in_buttons_in_many_languages(label, action):
    html = f'<p>Hello</p><p><a href="https://x.example/p/1">{label}</a></p>'
    [link] = extract("Hello", None, html)["links"]
    assert (link["kind"] == "action") is action


@pytest.mark.parametrize("text,codes", [
    ("Dein Anmeldecode lautet: 604 118\nKein Telefon? Melde dich mit diesem Ersatzcode an:\n9302-7751",
     ["604118", "93027751"]),
    ("Backup code: 9302-7751. Your sign-in code is 604118.", ["604118", "93027751"]),
    ("Enter this code on the TV (no need to type the dash): HXRT-9KQP", ["HXRT9KQP"]),
    ("Enter this code on the TV: HXRT-9KQP", ["HXRT-9KQP"]),
    ("Here is the code to log in:\nHQ7 KM2\nType it without the space.", ["HQ7KM2"]),
    ("Here is the code you need to sign in to Example on a new device (a console, Lisbon):\n"
     "3\n1\n8\n4\n6\n6\nKeep this one-time backup code somewhere safe. It works once, in place "
     "of an emailed code: 9041-7723", ["318466", "90417723"]),
])
def test_the_code_a_mail_is_about_comes_before_its_backup_and_typed_as_told(text, codes):
    assert extract("Your code", text, None)["codes"] == codes


@pytest.mark.parametrize("yes,no", [
    ("Sì, sono stato io", "No, proteggi il mio account"), ("Da, to sam bila ja", "Odbijte prijavu"),
    ("Ja, das war ich", "Nein, Konto sperren"), ("Oui, c'était moi", "Non, sécuriser mon compte"),
    ("Yes, continue", "No, reset my password"), ("Tak, to ja", "Zablokuj konto"),
])
def test_was_this_you_acts_on_yes_never_on_no(yes, no):
    html = (f'<p>New sign-in.</p><p><a href="https://x.example/no">{no}</a></p>'
            f'<p><a href="https://x.example/yes">{yes}</a></p>')
    kinds = {link["url"]: link["kind"] for link in extract("Sign-in", None, html)["links"]}
    assert kinds == {"https://x.example/yes": "action", "https://x.example/no": "other"}


def test_the_line_before_a_link_speaks_for_it_only_as_a_heading_or_a_pointer():
    footer = ('<p>If you did not try to sign in, you can ignore this email; nobody can get in.</p>'
              '<p><a href="https://docs.x.example/">Docs</a></p>')
    assert [link["kind"] for link in extract("Code", None, footer)["links"]] == ["other"]
    for lead in ("Join Zoom Meeting", "Verify your email with the link below",
                 "To finish signing in, use this"):
        html = f'<p>{lead}</p><p><a href="https://x.example/j/1">https://x.example/j/1</a></p>'
        assert [link["kind"] for link in extract("Hi", None, html)["links"]] == ["action"], lead


@pytest.mark.parametrize("label", ["Iestatīt jaunu paroli", "Võta kutse vastu", "Potrdi e-poštni naslov",
                                   "Επιβεβαίωση email", "Zalogować się", "Sahkan E-mel",
                                   "Потвърдете абонамента", "Aprobă plata", "Zahlung genehmigen",
                                   "Priimti kvietimą", "לאשר את התשלום", "Thibitisha barua pepe",
                                   "Regisztráció megerősítése", "Patvirtinti el. paštą", "Entrar agora",
                                   "Kumpirmahin", "Активирајте налог", "Влезте", "Xác thực email",
                                   "Godta invitasjonen"])
def test_more_buttons_that_act(label):
    [link] = extract("Hi", None, f'<p><a href="https://x.example/p/1">{label}</a></p>')["links"]
    assert link["kind"] == "action"


def test_a_reservation_link_is_looked_at_not_acted_on():
    text = ("新しいパスワードを設定してください。\nhttps://x.example/member/password/reset?key=1\n\n"
            "ご予約の確認：https://x.example/member/reservations")
    links = extract("パスワード再設定", text, None)["links"]
    assert [(link["url"], link["kind"]) for link in links] == [
        ("https://x.example/member/password/reset?key=1", "action"),
        ("https://x.example/member/reservations", "other")]


def test_a_survey_rules_link_is_no_action_though_a_survey_is_completed():
    text = ("The survey takes about 3 minutes:\nhttps://survey.x.example/s/1\n\nEvery completed "
            "survey enters a draw (see rules at https://x.example/survey-rules).")
    assert [link["kind"] for link in extract("Your stay", text, None)["links"]] == ["other", "other"]


@pytest.mark.parametrize("html", [
    '<p>Tu pago fue aprobado. Ver recibo:</p><p><a href="https://x.example/r/1">x.example/r/1</a></p>',
    '<p>המוצר אשר הזמנת נשלח.</p><p><a href="https://x.example/orders/1">x.example/orders/1</a></p>',
    '<p>Plată în așteptare</p><p><a href="https://x.example/p?d=nu">Refuză</a></p>',
])
def test_receipts_and_refusals_are_no_action(html):
    assert [link["kind"] for link in extract("Hi", None, html)["links"]] == ["other"]


def test_a_word_in_a_links_host_does_not_judge_it():
    html = ('<p>Please confirm your subscription:</p><p><a href="https://list-manage.x.example/'
            'subscribe/confirm?u=1">Yes, subscribe me to this list.</a></p>')
    assert [link["kind"] for link in extract("Confirm", None, html)["links"]] == ["action"]


def test_a_webinar_is_no_action():
    html = '<p>Prefer a walkthrough? <a href="https://x.example/webinars/1">Join our live session</a></p>'
    assert [link["kind"] for link in extract("Day 3", None, html)["links"]] == ["other"]


@pytest.mark.parametrize("html,kind", [
    ('<p>Trouble logging in? <a href="https://x.example/help/login">Get help</a></p>', "other"),
    ('<p><a href="https://x.example/poveritelnost">Поверителност</a></p>', "other"),
    ('<p>Pro dokončení registrace zadejte ověřovací kód:</p><p>619304</p>'
     '<p>Nebo klikněte na <a href="https://x.example/r/1">tento odkaz</a>.</p>', "action"),
    ('<p>If you are sure, confirm below. This cannot be undone.</p>'
     '<p><a href="https://x.example/account/delete/confirm">Delete my account</a></p>', "action"),
])
def test_help_paths_words_in_transliterated_urls_and_pointers(html, kind):
    assert [link["kind"] for link in extract("Hi", None, html)["links"]] == [kind]


@pytest.mark.parametrize("text", [
    "Your code: 481027\nNão foi você? Altere sua senha: https://x.example/conta/seguranca",
    "Code: 274963\nHeb je niet geprobeerd in te loggen? Wijzig dan je wachtwoord via "
    "https://x.example/account/wachtwoord.",
    "Код: 294017\nЯкщо ви не намагалися увійти, змініть пароль: https://x.example/security",
    "If this wasn't you, reset your password: https://x.example/security/reset?s=1",
    "본인이 아니라면 즉시 비밀번호를 변경해 주세요: https://x.example/security",
])
def test_a_link_for_when_the_mail_was_not_asked_for_is_no_action(text):
    assert [link for link in extract("", text, "")["links"] if link["kind"] == "action"] == []


def test_settings_greek_activation_and_order_pages():
    def action(html):
        return [link["url"] for link in extract("", None, html)["links"] if link["kind"] == "action"]
    assert action('<p>You can change your <a href="https://x.example/s">account settings</a> '
                  'to require more to reset your password.</p>') == []
    assert action('<a href="https://x.example/a">Ενεργοποίηση λογαριασμού</a>') == ["https://x.example/a"]
    assert action('<p>ご注文内容の確認はこちら：<a href="https://x.example/o/1">https://x.example/o/1</a></p>') == []


@pytest.mark.parametrize("text, codes", [
    # a warning speaks of codes in general: the hotline after it is no code
    ("নিচের যাচাইকরণ কোডটি ব্যবহার করুন:\n\n    471902\n\nকাউকে কোড দেবেন না।\n\n"
     "সাহায্যের জন্য কল করুন 16247 (24/7)।", ["471902"]),
    ("Was this you? Yes, approve. LionPay will never ask for your PIN or OTP over the phone.\n"
     "LionPay Pte. Ltd. (sample), UEN 201912345K, 1 Raffles Place", []),
    # a brand or a car is no code word
    ("Bil\nSkoda Octavia, reg.nr. AB 12 345", []),
    ("Введите код подтверждения:\n7\n4\n9\n2\nКод действует 10 минут.\n"
     "ООО «Кодхаб», 630099, г. Новосибирск", ["7492"]),
    # the value under a label, not the one above the next
    ("Reference number\n7745120\nOTP\n918 364\nValid 5 minutes", ["918364"]),
    # masked, a day and month, invoices, meters, a dash that belongs to the code
    ("FİN kodunuz: 5XXXX7K (məxfi saxlayın).", []),
    ("请勿向任何人透露您的短信验证码。11-22 携程旅行", []),
    ("Codice PDR (gas)\n00881234567890\nNumero fattura\nF26-0912284", []),
    ("Cod loc de consum (CLC)\nDEG0443128", []),
    ("Vnesite potrditveno kodo:\n\n    Koda: 4471-93\n\nVezaj je del kode, vpišite jo "
     "natanko tako.", ["4471-93"]),
])
def test_warnings_names_labels_masks_and_meters(text, codes):
    assert extract("", text, "")["codes"] == codes


@pytest.mark.parametrize("text", [
    "మీరు లాగిన్ ప్రయత్నించకపోతే, వెంటనే మీ పాస్‌వర్డ్ మార్చండి: https://x.example/account/security",
    "Jei slaptažodžio nekeitėte, nedelsdami pakeiskite slaptažodį: https://x.example/saugumas",
    "Pokud jste se nepřihlašovali, doporučujeme změnit heslo: https://x.example/ucet/heslo",
])
def test_a_negated_if_clause_is_for_when_the_mail_was_not_asked_for(text):
    assert [link for link in extract("", text, "")["links"] if link["kind"] == "action"] == []


def test_set_up_an_account_is_an_action():
    html = '<p>Your admin created an account for you.</p><a href="https://x.example/s">Set up account</a>'
    assert [link["url"] for link in extract("", None, html)["links"]
            if link["kind"] == "action"] == ["https://x.example/s"]


@pytest.mark.parametrize("text, codes", [
    ("Бір реттік растау коды:\n5190\nКод 3 минут ішінде жарамды.\n"
     "Бірыңғай байланыс орталығы: 1414 · Кодты ешкімге айтпаңыз.", ["5190"]),
    ("Gunakan kode berikut:\nXR7-9KD-2MQ\nMasukkan kode beserta tanda hubung. Gunakan kode "
     "cadangan sekali pakai Anda: 4471-0928", ["XR7-9KD-2MQ", "4471-0928"]),
    ("CODICE OTP: 274 960\nIscritta all'Albo delle Banche n. 5471 - Cod. ABI 05428", ["274960"]),
    ("inserisci questo codice di verifica:\n\n    Q7N2X5\n\nPosto 21A - Codice prenotazione "
     "(PNR): LMK4TZ", ["Q7N2X5"]),
])
def test_labelled_numbers_dashes_to_type_registers_and_bookings(text, codes):
    assert extract("", text, "")["codes"] == codes
