"""Vocabulary of one-time codes, language by language: the words services use for a code,
what hands it over, the verbs before it, and the labels, coupons and old codes that make a
number something else. Each row: (language, mail text, first code expected or None,
numbers that must not be listed)."""

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

from tempmail import code_words
from tempmail.extract import extract

LANGUAGES = (
    "en de fr es it pt nl sv da nb fi is et lv lt pl cs sk hu ro bg hr sr-Cyrl sr-Latn sl mk sq "
    "el tr uk ru be ka hy az kk uz ar he fa ur hi bn pa gu mr ta te kn ml si ne th lo km my vi "
    "id ms tl zh-Hans zh-Hant ja ko sw am ha yo zu af ca eu gl cy ga mn").split()

NO = ()

CASES: list[tuple] = [
    # English
    ("en", "Your verification code is 482913. It expires in 10 minutes.", "482913", NO),
    ("en", "Use passcode 7731 to sign in. Questions? Call 0800 123 4567.", "7731", ("08001234567",)),
    ("en", "Your one-time password (OTP) for login: 550 821", "550821", NO),
    ("en", "Security code: 309144\nAcme Ltd, 1 High St, London. Company number 09876543.",
     "309144", ("09876543",)),
    ("en", "Order number 558201 is confirmed. Your code has been sent separately.", None,
     ("558201",)),
    ("en", "Enter 662019 on the sign-in page. Never share this code.", "662019", NO),
    ("en", "Get 20% off with code WELCOME20. Your login code: 884120", "884120", ("WELCOME20",)),
    ("en", "Your login code is 118204. The code we sent earlier (330155) no longer works.",
     "118204", NO),
    ("en", "Backup code 7716-2204 was used. Your new sign-in code is 551903.", "551903", NO),
    ("en", "Your code: 449102. Invoice no. 20261130 total 49.00 USD, card ending in 4421.",
     "449102", ("20261130", "4421")),
    # German
    ("de", "Ihr Bestätigungscode lautet 739204. Er ist 15 Minuten gültig.", "739204", NO),
    ("de", "Geben Sie den Sicherheitscode 402118 ein, um fortzufahren.", "402118", NO),
    ("de", "Ihre mTAN: 582019\nMusterbank AG, Hauptstr. 5, 10115 Berlin, HRB 123456 B",
     "582019", ("10115", "123456")),
    ("de", "Ihr Einmalkennwort: 318822", "318822", NO),
    ("de", "Auftragsnummer: 4471920. Kundennummer 882013. Hotline 030 1234567.", None,
     ("4471920", "882013")),
    ("de", "Mit dem Gutscheincode HERBST15 sparen Sie 15 % ab 50 € Mindestbestellwert.", None,
     ("HERBST15",)),
    # French
    ("fr", "Votre code de vérification est 551204.", "551204", NO),
    ("fr", "Saisissez le code 839201 pour confirmer votre adresse.", "839201", NO),
    ("fr", "Code : 661022\nACME SAS, 12 rue de la Paix, 75002 Paris, SIRET 12345678900017",
     "661022", ("75002",)),
    ("fr", "Numéro de commande : 7782013. Réf. client 228811.", None, ("7782013", "228811")),
    ("fr", "Votre mot de passe à usage unique : 904412", "904412", NO),
    ("fr", "Profitez de 10 % de remise avec le code promo NOEL10.", None, ("NOEL10",)),
    # Spanish
    ("es", "Tu código de verificación es 302918.", "302918", NO),
    ("es", "Introduce la clave 774019 en la aplicación.", "774019", NO),
    ("es", "Código: 118830\nACME S.L., C/ Mayor 3, 28013 Madrid. NIF B12345678. Tel. 910 123 456",
     "118830", ("28013",)),
    ("es", "Número de pedido: 4418209. Número de seguimiento 99120334.", None,
     ("4418209", "99120334")),
    ("es", "Usa el cupón VERANO25 y ahorra un 25 %.", None, ("VERANO25",)),
    # Italian
    ("it", "Il tuo codice di verifica è 662901.", "662901", NO),
    ("it", "Inserisci il codice OTP 402917 per completare l'accesso.", "402917", NO),
    ("it", "Codice: 550219\nACME S.r.l., Via Roma 1, 20121 Milano, P.IVA 01234567890",
     "550219", ("20121",)),
    ("it", "Numero ordine 5520193, spedizione n. 88120. Codice cliente 44120.", None,
     ("5520193", "44120")),
    ("it", "Codice sconto BENVENUTO10: 10% sul primo ordine.", None, ("BENVENUTO10",)),
    # Portuguese
    ("pt", "O seu código de verificação é 881204.", "881204", NO),
    ("pt", "Digite o código 220914 no aplicativo.", "220914", NO),
    ("pt", "Código: 713302\nACME Ltda, Av. Paulista 1000, CEP 01310-100, CNPJ 12.345.678/0001-90",
     "713302", ("01310100",)),
    ("pt", "Número da encomenda: 6619203. Código de rastreio LB123456789PT.", None,
     ("6619203",)),
    ("pt", "Use o cupom FRETE10 e ganhe 10% de desconto.", None, ("FRETE10",)),
    # Dutch
    ("nl", "Je verificatiecode is 448102.", "448102", NO),
    ("nl", "Voer code 902211 in om door te gaan.", "902211", NO),
    ("nl", "Code: 331908\nACME B.V., Damrak 1, 1012 LG Amsterdam, KvK 12345678",
     "331908", ("1012", "12345678")),
    ("nl", "Bestelnummer: 7712093. Klantnummer 550219. Factuurnummer 20261130.", None,
     ("7712093", "550219", "20261130")),
    ("nl", "Met kortingscode WINTER20 krijg je 20% korting.", None, ("WINTER20",)),
    # Swedish
    ("sv", "Din verifieringskod är 556120.", "556120", NO),
    ("sv", "Ange engångskoden 301877 för att logga in.", "301877", NO),
    ("sv", "Kod: 771203\nACME AB, Drottninggatan 1, 111 51 Stockholm, org.nr 556677-8899",
     "771203", ("111 51",)),
    ("sv", "Ordernummer 8812093. Kundnummer 440912.", None, ("8812093", "440912")),
    ("sv", "Använd rabattkoden SOMMAR15 för 15 % rabatt.", None, ("SOMMAR15",)),
    # Danish
    ("da", "Din bekræftelseskode er 662013.", "662013", NO),
    ("da", "Indtast koden 118209 for at fortsætte.", "118209", NO),
    ("da", "Kode: 440918\nACME ApS, Vesterbrogade 1, 1620 København V, CVR 12345678",
     "440918", ("1620", "12345678")),
    ("da", "Ordrenummer: 5519022. Kundenummer 330198.", None, ("5519022", "330198")),
    ("da", "Brug rabatkoden HYGGE20 og spar 20 %.", None, ("HYGGE20",)),
    # Norwegian
    ("nb", "Engangskoden din er 229018.", "229018", NO),
    ("nb", "Skriv inn koden 662107 for å logge inn.", "662107", NO),
    ("nb", "Kode: 551302\nACME AS, Karl Johans gate 1, 0154 Oslo, org.nr. 912 345 678",
     "551302", ("0154",)),
    ("nb", "Ordrenummer 4410293. Kundenummer 220981.", None, ("4410293", "220981")),
    # Finnish
    ("fi", "Vahvistuskoodisi on 338120.", "338120", NO),
    ("fi", "Syötä koodi 550912 sovellukseen.", "550912", NO),
    ("fi", "Kertakäyttöinen salasana: 771120\nACME Oy, Mannerheimintie 1, 00100 Helsinki, "
     "Y-tunnus 1234567-8", "771120", ("00100",)),
    ("fi", "Tilausnumero: 8830192. Asiakasnumero 551209.", None, ("8830192", "551209")),
    ("fi", "Alennuskoodi TALVI20 antaa 20 % alennusta.", None, ("TALVI20",)),
    # Icelandic
    ("is", "Staðfestingarkóðinn þinn er 448201.", "448201", NO),
    ("is", "Sláðu inn kóðann 902233 til að halda áfram.", "902233", NO),
    ("is", "Pöntunarnúmer: 7710292. Kennitala 5501692829.", None, ("7710292",)),
    # Estonian
    ("et", "Sinu kinnituskood on 551902.", "551902", NO),
    ("et", "Sisesta kood 330419 rakendusse.", "330419", NO),
    ("et", "Tellimuse number: 6610293. Registrikood 12345678.", None, ("6610293", "12345678")),
    # Latvian
    ("lv", "Jūsu verifikācijas kods ir 770291.", "770291", NO),
    ("lv", "Ievadiet kodu 448120, lai pieslēgtos.", "448120", NO),
    ("lv", "Pasūtījuma numurs: 5510293. Reģ. Nr. 40003123456.", None, ("5510293",)),
    # Lithuanian
    ("lt", "Jūsų patvirtinimo kodas yra 662019.", "662019", NO),
    ("lt", "Įveskite kodą 338201 programėlėje.", "338201", NO),
    ("lt", "Užsakymo numeris: 7719203. Įmonės kodas 123456789.", None, ("7719203",)),
    # Polish
    ("pl", "Twój kod weryfikacyjny to 559102.", "559102", NO),
    ("pl", "Wpisz kod 220918, aby się zalogować.", "220918", NO),
    ("pl", "Hasło jednorazowe: 881209\nACME Sp. z o.o., ul. Marszałkowska 1, 00-624 Warszawa, "
     "NIP 5250001009", "881209", ("00624",)),
    ("pl", "Numer zamówienia: 6610928. Numer przesyłki 00340434112233.", None, ("6610928",)),
    ("pl", "Z kodem rabatowym JESIEN15 zapłacisz 15% mniej.", None, ("JESIEN15",)),
    # Czech
    ("cs", "Váš ověřovací kód je 448210.", "448210", NO),
    ("cs", "Zadejte kód 771029 do aplikace.", "771029", NO),
    ("cs", "Kód: 330918\nACME s.r.o., Václavské nám. 1, 110 00 Praha 1, IČO 12345678",
     "330918", ("11000", "12345678")),
    ("cs", "Číslo objednávky: 5510283. Variabilní symbol 2026113001.", None, ("5510283",)),
    ("cs", "Slevový kód LETO20 vám dá 20% slevu.", None, ("LETO20",)),
    # Slovak
    ("sk", "Váš overovací kód je 662910.", "662910", NO),
    ("sk", "Zadajte kód 118203 do aplikácie.", "118203", NO),
    ("sk", "Číslo objednávky: 8810293. IČO 12345678.", None, ("8810293", "12345678")),
    # Hungarian
    ("hu", "Az ellenőrző kódod: 330291", "330291", NO),
    ("hu", "Add meg a kódot: 772018", "772018", NO),
    ("hu", "Rendelésszám: 4410928. Adószám 12345678-2-42.", None, ("4410928",)),
    ("hu", "A KUPON10 kuponkóddal 10% kedvezményt kapsz.", None, ("KUPON10",)),
    # Romanian
    ("ro", "Codul tău de verificare este 550192.", "550192", NO),
    ("ro", "Introduceți codul 338102 în aplicație.", "338102", NO),
    ("ro", "Număr comandă: 7710293. CUI RO12345678. Cod poștal 010011.", None,
     ("7710293", "010011")),
    # Bulgarian
    ("bg", "Вашият код за потвърждение е 662091.", "662091", NO),
    ("bg", "Въведете кода 229103 в приложението.", "229103", NO),
    ("bg", "Номер на поръчка: 5519203. ЕИК 123456789. Пощенски код 1000.", None,
     ("5519203", "123456789")),
    # Croatian
    ("hr", "Vaš kôd za potvrdu je 448302.", "448302", NO),
    ("hr", "Unesite kod 771092 u aplikaciju.", "771092", NO),
    ("hr", "Broj narudžbe: 6610293. OIB 12345678901.", None, ("6610293",)),
    # Serbian, Cyrillic and Latin
    ("sr-Cyrl", "Ваш верификациони код је 553019.", "553019", NO),
    ("sr-Cyrl", "Унесите код 220917 у апликацију.", "220917", NO),
    ("sr-Latn", "Vaš verifikacioni kod je 881023.", "881023", NO),
    ("sr-Latn", "Broj porudžbine: 7719208. PIB 101234567.", None, ("7719208",)),
    # Slovenian
    ("sl", "Vaša potrditvena koda je 330912.", "330912", NO),
    ("sl", "Vnesite kodo 662018 v aplikacijo.", "662018", NO),
    ("sl", "Številka naročila: 5510928. Davčna številka 12345678.", None, ("5510928",)),
    # Macedonian
    ("mk", "Вашиот код за потврда е 448019.", "448019", NO),
    ("mk", "Внесете го кодот 772019 во апликацијата.", "772019", NO),
    ("mk", "Број на нарачка: 6610928. ЕДБ 4030012345678.", None, ("6610928",)),
    # Albanian
    ("sq", "Kodi juaj i verifikimit është 551029.", "551029", NO),
    ("sq", "Vendosni kodin 338019 në aplikacion.", "338019", NO),
    ("sq", "Numri i porosisë: 7710928. NIPT L12345678A.", None, ("7710928",)),
    # Greek
    ("el", "Ο κωδικός επαλήθευσης είναι 662109.", "662109", NO),
    ("el", "Εισάγετε τον κωδικό 229018 στην εφαρμογή.", "229018", NO),
    ("el", "Αριθμός παραγγελίας: 5510293. ΑΦΜ 123456789. Τηλ. 2101234567", None,
     ("5510293", "123456789")),
    # Turkish
    ("tr", "Doğrulama kodunuz: 448120", "448120", NO),
    ("tr", "Tek kullanımlık şifreniz 770129'dur.", "770129", NO),
    ("tr", "Sipariş numaranız: 6610293. Müşteri numarası 331029. Kargo takip no 99120334.",
     None, ("6610293", "331029", "99120334")),
    ("tr", "İNDİRİM20 kupon kodu ile %20 indirim kazanın.", None, ("İNDİRİM20",)),
    # Ukrainian
    ("uk", "Ваш код підтвердження: 551209", "551209", NO),
    ("uk", "Введіть код 330192 у застосунку.", "330192", NO),
    ("uk", "Номер замовлення: 7710293. ЄДРПОУ 12345678. Номер ТТН 20450012345678.", None,
     ("7710293", "12345678")),
    ("uk", "Промокод ЗИМА20 дає знижку 20%.", None, ("ЗИМА20",)),
    # Russian
    ("ru", "Ваш код подтверждения — 662019.", "662019", NO),
    ("ru", "Одноразовый пароль: 448102. Никому его не сообщайте.", "448102", NO),
    ("ru", "Введите код 220918 на сайте.", "220918", NO),
    ("ru", "Номер заказа: 5510293. ИНН 7701234567. Телефон 8 800 555-35-35.", None,
     ("5510293", "7701234567")),
    ("ru", "Промокод OSEN15 даёт скидку 15% при заказе от 2000 ₽.", None, ("OSEN15",)),
    # Belarusian
    ("be", "Ваш код пацвярджэння: 338019", "338019", NO),
    ("be", "Увядзіце код 772013 у праграме.", "772013", NO),
    ("be", "Нумар заказу: 6610293. УНП 190123456.", None, ("6610293",)),
    # Georgian
    ("ka", "თქვენი დადასტურების კოდია 551092.", "551092", NO),
    ("ka", "შეიყვანეთ კოდი 220913 აპლიკაციაში.", "220913", NO),
    ("ka", "შეკვეთის ნომერი: 7710928. ს/კ 204123456.", None, ("7710928",)),
    # Armenian
    ("hy", "Ձեր հաստատման կոդն է 448019։", "448019", NO),
    ("hy", "Մուտքագրեք կոդը՝ 662019", "662019", NO),
    ("hy", "Պատվերի համար: 5510928. ՀՎՀՀ 01234567.", None, ("5510928",)),
    # Azerbaijani
    ("az", "Təsdiq kodunuz: 331029", "331029", NO),
    ("az", "Kodu daxil edin: 770192", "770192", NO),
    ("az", "Sifariş nömrəsi: 6610928. VÖEN 1234567891.", None, ("6610928",)),
    # Kazakh
    ("kk", "Растау кодыңыз: 551203", "551203", NO),
    ("kk", "Бір реттік код: 229018", "229018", NO),
    ("kk", "Тапсырыс нөмірі: 7710293. БСН 123456789012.", None, ("7710293",)),
    # Uzbek
    ("uz", "Tasdiqlash kodingiz: 448210", "448210", NO),
    ("uz", "Bir martalik kod: 662910", "662910", NO),
    ("uz", "Buyurtma raqami: 5510293. STIR 301234567.", None, ("5510293",)),
    # Arabic
    ("ar", "رمز التحقق الخاص بك هو 551902", "551902", NO),
    ("ar", "أدخل الرمز 330918 لإكمال تسجيل الدخول.", "330918", NO),
    ("ar", "رقم الطلب: 7710293. الرقم الضريبي 300123456700003.", None, ("7710293",)),
    ("ar", "استخدم كوبون SALE20 للحصول على خصم 20%.", None, ("SALE20",)),
    # Hebrew
    ("he", "קוד האימות שלך הוא 662019", "662019", NO),
    ("he", "סיסמה חד פעמית: 448120", "448120", NO),
    ("he", "מספר הזמנה: 5510293. ח.פ. 512345678. טלפון 03-1234567", None,
     ("5510293", "512345678")),
    # Persian
    ("fa", "کد تأیید شما: 772019", "772019", NO),
    ("fa", "رمز یکبار مصرف شما 338102 است.", "338102", NO),
    ("fa", "کد پیگیری سفارش: 6610928. کد پستی 1234567890.", None, ("6610928", "1234567890")),
    # Urdu
    ("ur", "آپ کا تصدیقی کوڈ 551029 ہے۔", "551029", NO),
    ("ur", "آپ کا OTP ہے: 229103", "229103", NO),
    ("ur", "آرڈر نمبر: 7710293. فون 03001234567", None, ("7710293",)),
    # Hindi
    ("hi", "आपका सत्यापन कोड 448210 है।", "448210", NO),
    ("hi", "आपका OTP 662019 है। इसे किसी के साथ साझा न करें।", "662019", NO),
    ("hi", "ऑर्डर नंबर: 5510293. पिन कोड 110001.", None, ("5510293", "110001")),
    # Bengali
    ("bn", "আপনার যাচাইকরণ কোড হল 331092।", "331092", NO),
    ("bn", "আপনার ওটিপি: 770192", "770192", NO),
    ("bn", "অর্ডার নম্বর: 6610293. হেল্পলাইন 16247.", None, ("6610293",)),
    # Punjabi
    ("pa", "ਤੁਹਾਡਾ ਪੁਸ਼ਟੀਕਰਨ ਕੋਡ 551203 ਹੈ।", "551203", NO),
    ("pa", "ਤੁਹਾਡਾ OTP: 229108", "229108", NO),
    ("pa", "ਆਰਡਰ ਨੰਬਰ: 7710293.", None, ("7710293",)),
    # Gujarati
    ("gu", "તમારો ચકાસણી કોડ 448019 છે.", "448019", NO),
    ("gu", "તમારો OTP: 662091", "662091", NO),
    ("gu", "ઓર્ડર નંબર: 5510928.", None, ("5510928",)),
    # Marathi
    ("mr", "तुमचा पडताळणी कोड 331029 आहे.", "331029", NO),
    ("mr", "तुमचा OTP: 770219", "770219", NO),
    ("mr", "ऑर्डर क्रमांक: 6610928.", None, ("6610928",)),
    # Tamil
    ("ta", "உங்கள் சரிபார்ப்புக் குறியீடு 551092.", "551092", NO),
    ("ta", "உங்கள் OTP: 220918", "220918", NO),
    ("ta", "ஆர்டர் எண்: 7710293.", None, ("7710293",)),
    # Telugu
    ("te", "మీ ధృవీకరణ కోడ్ 448201.", "448201", NO),
    ("te", "మీ OTP: 662018", "662018", NO),
    ("te", "ఆర్డర్ నంబర్: 5510293.", None, ("5510293",)),
    # Kannada
    ("kn", "ನಿಮ್ಮ ಪರಿಶೀಲನಾ ಕೋಡ್ 331902.", "331902", NO),
    ("kn", "ನಿಮ್ಮ OTP: 770912", "770912", NO),
    ("kn", "ಆರ್ಡರ್ ಸಂಖ್ಯೆ: 6610293.", None, ("6610293",)),
    # Malayalam
    ("ml", "നിങ്ങളുടെ സ്ഥിരീകരണ കോഡ് 551029 ആണ്.", "551029", NO),
    ("ml", "നിങ്ങളുടെ OTP: 229013", "229013", NO),
    ("ml", "ഓർഡർ നമ്പർ: 7710928.", None, ("7710928",)),
    # Sinhala
    ("si", "ඔබගේ සත්‍යාපන කේතය 448102 වේ.", "448102", NO),
    ("si", "ඔබගේ OTP: 662910", "662910", NO),
    ("si", "ඇණවුම් අංකය: 5510293.", None, ("5510293",)),
    # Nepali
    ("ne", "तपाईंको प्रमाणीकरण कोड 331029 हो।", "331029", NO),
    ("ne", "तपाईंको OTP: 770129", "770129", NO),
    ("ne", "अर्डर नम्बर: 6610293.", None, ("6610293",)),
    # Thai
    ("th", "รหัสยืนยันของคุณคือ 551209", "551209", NO),
    ("th", "รหัส OTP: 220918 (รหัสอ้างอิง: ABCD)", "220918", NO),
    ("th", "หมายเลขคำสั่งซื้อ: 7710293 โทร 021234567", None, ("7710293",)),
    ("th", "รหัส OTP 2569 ใช้ได้ถึง 30 พ.ย. 2569 เวลา 14:30 น.", "2569", NO),
    ("th", "รหัส OTP ใช้ได้ถึงวันที่ 30 พฤศจิกายน 2569 เวลา 14:30 น.", None, ("2569",)),
    # Lao
    ("lo", "ລະຫັດຢືນຢັນຂອງທ່ານແມ່ນ 448120", "448120", NO),
    ("lo", "ລະຫັດ OTP: 662019", "662019", NO),
    ("lo", "ເລກທີຄຳສັ່ງຊື້: 5510293. ໂທ 021234567", None, ("5510293",)),
    # Khmer
    ("km", "លេខកូដផ្ទៀងផ្ទាត់របស់អ្នកគឺ 331092", "331092", NO),
    ("km", "កូដ OTP: 770192", "770192", NO),
    ("km", "លេខបញ្ជាទិញ: 6610293. ទូរស័ព្ទ 023123456", None, ("6610293",)),
    # Burmese
    ("my", "သင်၏ အတည်ပြုကုဒ်မှာ 551203 ဖြစ်သည်။", "551203", NO),
    ("my", "OTP ကုဒ်: 229108", "229108", NO),
    ("my", "အော်ဒါနံပါတ်: 7710293. ဖုန်း 09123456789", None, ("7710293",)),
    # Vietnamese
    ("vi", "Mã xác minh của bạn là 448019.", "448019", NO),
    ("vi", "Nhập mã OTP 662091 để hoàn tất.", "662091", NO),
    ("vi", "Mã đơn hàng: 5510928. Mã số thuế 0101234567. Hotline 1900 1234.", None,
     ("5510928", "0101234567")),
    # Indonesian
    ("id", "Kode verifikasi Anda adalah 331029.", "331029", NO),
    ("id", "Masukkan kode OTP 770219. Jangan berikan kepada siapa pun.", "770219", NO),
    ("id", "Nomor pesanan: 6610928. Nomor resi JX1234567890. Kode pos 12190.", None,
     ("6610928", "12190")),
    ("id", "Pakai kupon HEMAT20 untuk diskon 20%.", None, ("HEMAT20",)),
    # Malay
    ("ms", "Kod pengesahan anda ialah 551092.", "551092", NO),
    ("ms", "TAC anda: 220918", "220918", NO),
    ("ms", "Nombor pesanan: 7710293. Poskod 50450.", None, ("7710293", "50450")),
    # Tagalog
    ("tl", "Ang iyong verification code ay 448201.", "448201", NO),
    ("tl", "Ilagay ang code 662018 sa app.", "662018", NO),
    ("tl", "Order number: 5510293. Telepono 028123456.", None, ("5510293",)),
    # Chinese, Simplified and Traditional
    ("zh-Hans", "您的验证码是 331902，10分钟内有效。", "331902", NO),
    ("zh-Hans", "动态密码：770912，请勿泄露。", "770912", NO),
    ("zh-Hans", "订单号：6610293，客服电话 400-123-4567，邮编 100000。", None,
     ("6610293", "100000")),
    ("zh-Hant", "您的驗證碼為 551029。", "551029", NO),
    ("zh-Hant", "一次性密碼：229013", "229013", NO),
    ("zh-Hant", "訂單編號：7710928。統一編號 12345678。", None, ("7710928", "12345678")),
    # Japanese
    ("ja", "認証コード：448102", "448102", NO),
    ("ja", "ワンタイムパスワードは 662910 です。", "662910", NO),
    ("ja", "ご注文番号：5510293\n〒100-0005 東京都千代田区丸の内1-1 TEL 03-1234-5678", None,
     ("5510293", "1000005")),
    ("ja", "クーポンコード AKI20 で20%オフ。", None, ("AKI20",)),
    # Korean
    ("ko", "인증번호는 331029입니다.", "331029", NO),
    ("ko", "일회용 비밀번호: 770129", "770129", NO),
    ("ko", "주문번호: 6610293. 사업자등록번호 123-45-67890. 고객센터 1588-1234", None,
     ("6610293", "1234567890")),
    ("ko", "쿠폰 코드 GAEUL20 으로 20% 할인.", None, ("GAEUL20",)),
    # Swahili
    ("sw", "Msimbo wako wa uthibitisho ni 551203.", "551203", NO),
    ("sw", "Weka msimbo 229108 kwenye programu.", "229108", NO),
    ("sw", "Nambari ya oda: 7710293. Simu 0712345678.", None, ("7710293",)),
    # Amharic
    ("am", "የማረጋገጫ ኮድዎ 448019 ነው።", "448019", NO),
    ("am", "ኮድ: 662091", "662091", NO),
    ("am", "የትዕዛዝ ቁጥር: 5510928።", None, ("5510928",)),
    # Hausa
    ("ha", "Lambar tabbatarwarka ita ce 331029.", "331029", NO),
    ("ha", "Shigar da lambar tabbatarwa 770219.", "770219", NO),
    ("ha", "Lambar oda: 6610293.", None, ("6610293",)),
    # Yoruba
    ("yo", "Kóòdù ìjẹ́rìísí rẹ ni 551092.", "551092", NO),
    ("yo", "OTP rẹ: 220918", "220918", NO),
    ("yo", "Nọ́mbà àṣẹ: 7710293.", None, ("7710293",)),
    # Zulu
    ("zu", "Ikhodi yakho yokuqinisekisa ithi 448201.", "448201", NO),
    ("zu", "Faka ikhodi 662018 kuhlelo lokusebenza.", "662018", NO),
    ("zu", "Inombolo ye-oda: 5510293.", None, ("5510293",)),
    # Afrikaans
    ("af", "Jou verifikasiekode is 331902.", "331902", NO),
    ("af", "Voer die kode 770912 in.", "770912", NO),
    ("af", "Bestelnommer: 6610293. Poskode 8001.", None, ("6610293", "8001")),
    # Catalan
    ("ca", "El teu codi de verificació és 551029.", "551029", NO),
    ("ca", "Introdueix el codi 229013 a l'aplicació.", "229013", NO),
    ("ca", "Número de comanda: 7710928. NIF B12345678. Codi postal 08001.", None,
     ("7710928", "08001")),
    # Basque
    ("eu", "Zure egiaztapen-kodea: 448102", "448102", NO),
    ("eu", "Sartu kodea: 662910", "662910", NO),
    ("eu", "Eskaera-zenbakia: 5510293. Posta kodea 20001.", None, ("5510293", "20001")),
    # Galician
    ("gl", "O teu código de verificación é 331029.", "331029", NO),
    ("gl", "Introduce o código 770129 na aplicación.", "770129", NO),
    ("gl", "Número de pedido: 6610293. Código postal 15001.", None, ("6610293", "15001")),
    # Welsh
    ("cy", "Eich cod dilysu yw 551203.", "551203", NO),
    ("cy", "Rhowch y côd 229108 yn yr ap.", "229108", NO),
    ("cy", "Rhif archeb: 7710293. Ffôn 029 2012 3456.", None, ("7710293",)),
    # Irish
    ("ga", "Is é do chód fíoraithe ná 448019.", "448019", NO),
    ("ga", "Cód: 662091", "662091", NO),
    ("ga", "Uimhir ordaithe: 5510928.", None, ("5510928",)),
    # Mongolian
    ("mn", "Таны баталгаажуулах код: 331029", "331029", NO),
    ("mn", "Нэг удаагийн код 770219.", "770219", NO),
    ("mn", "Захиалгын дугаар: 6610293. Утас 77001234.", None, ("6610293",)),
]


# A code handed over for an order: the order's number stands between word and code.
FOR_AN_ORDER = [(language, text, "448120", ("5510293",)) for language, text in [
    ("en", "Your verification code for order 5510293 is 448120."),
    ("de", "Ihr Bestätigungscode für die Bestellung 5510293 lautet 448120."),
    ("fr", "Votre code de confirmation pour la commande n° 5510293 est 448120."),
    ("es", "Tu código para el pedido 5510293 es 448120."),
    ("it", "Il codice per l'ordine 5510293 è 448120."),
    ("pt", "O código do pedido 5510293 é 448120."),
    ("nl", "Je code voor bestelling 5510293 is 448120."),
    ("sv", "Din kod för beställning 5510293 är 448120."),
    ("da", "Din kode til ordre 5510293 er 448120."),
    ("nb", "Koden for bestilling 5510293 er 448120."),
    ("fi", "Tilauksen 5510293 vahvistuskoodi on 448120."),
    ("is", "Kóðinn fyrir pöntun 5510293 er 448120."),
    ("et", "Tellimuse 5510293 kinnituskood on 448120."),
    ("lv", "Pasūtījuma 5510293 apstiprinājuma kods ir 448120."),
    ("lt", "Užsakymo 5510293 patvirtinimo kodas yra 448120."),
    ("pl", "Kod do zamówienia nr 5510293 to 448120."),
    ("cs", "Kód k objednávce 5510293 je 448120."),
    ("sk", "Kód k objednávke 5510293 je 448120."),
    ("hu", "Rendelés 5510293 – ellenőrző kód: 448120"),
    ("ro", "Codul pentru comanda 5510293 este 448120."),
    ("bg", "Кодът за поръчка 5510293 е 448120."),
    ("hr", "Kôd za narudžbu 5510293 je 448120."),
    ("sr-Cyrl", "Код за поруџбину 5510293 је 448120."),
    ("sr-Latn", "Kod za porudžbinu 5510293 je 448120."),
    ("sl", "Koda za naročilo 5510293 je 448120."),
    ("mk", "Кодот за нарачката 5510293 е 448120."),
    ("sq", "Kodi për porosinë 5510293 është 448120."),
    ("el", "Ο κωδικός για την παραγγελία 5510293 είναι 448120."),
    ("tr", "Sipariş no 5510293 için doğrulama kodunuz: 448120"),
    ("uk", "Код для замовлення 5510293: 448120"),
    ("ru", "Код для заказа № 5510293: 448120"),
    ("be", "Код для замовы 5510293: 448120"),
    ("ka", "კოდი შეკვეთისთვის 5510293: 448120"),
    ("hy", "Պատվեր 5510293, կոդ՝ 448120"),
    ("az", "Sifariş 5510293 üçün kod: 448120"),
    ("kk", "Тапсырыс 5510293 үшін код: 448120"),
    ("uz", "Buyurtma 5510293 uchun kod: 448120"),
    ("ar", "رمز التحقق لطلبك رقم 5510293 هو 448120"),
    ("he", "קוד האימות להזמנה 5510293 הוא 448120"),
    ("fa", "کد تأیید برای سفارش 5510293: 448120"),
    ("ur", "آرڈر 5510293 کے لیے آپ کا کوڈ 448120 ہے"),
    ("hi", "ऑर्डर 5510293 के लिए आपका OTP 448120 है।"),
    ("bn", "অর্ডার 5510293 এর জন্য আপনার কোড 448120।"),
    ("pa", "ਆਰਡਰ 5510293 ਲਈ ਤੁਹਾਡਾ ਕੋਡ 448120 ਹੈ।"),
    ("gu", "ઓર્ડર 5510293 માટે તમારો કોડ 448120 છે."),
    ("mr", "ऑर्डर 5510293 साठी तुमचा कोड 448120 आहे."),
    ("ta", "ஆர்டர் 5510293 க்கான உங்கள் OTP 448120."),
    ("te", "ఆర్డర్ 5510293 కోసం మీ OTP 448120."),
    ("kn", "ಆರ್ಡರ್ 5510293 ಗಾಗಿ ನಿಮ್ಮ OTP 448120."),
    ("ml", "ഓർഡർ 5510293 നുള്ള നിങ്ങളുടെ OTP 448120 ആണ്."),
    ("si", "ඇණවුම 5510293 සඳහා ඔබගේ OTP 448120."),
    ("ne", "अर्डर 5510293 को लागि तपाईंको OTP 448120 हो।"),
    ("th", "รหัส OTP สำหรับคำสั่งซื้อ 5510293 คือ 448120"),
    ("lo", "ລະຫັດ OTP ສຳລັບຄຳສັ່ງຊື້ 5510293 ແມ່ນ 448120"),
    ("km", "កូដ OTP សម្រាប់ការបញ្ជាទិញ 5510293 គឺ 448120"),
    ("my", "အော်ဒါ 5510293 အတွက် OTP ကုဒ်မှာ 448120"),
    ("vi", "Mã OTP cho đơn hàng 5510293 là 448120."),
    ("id", "Kode OTP untuk pesanan 5510293 adalah 448120."),
    ("ms", "Kod TAC untuk pesanan 5510293 ialah 448120."),
    ("tl", "Ang code para sa order 5510293 ay 448120."),
    ("zh-Hans", "订单5510293的验证码是448120。"),
    ("zh-Hant", "訂單5510293的驗證碼為448120。"),
    ("ja", "ご注文（注文番号 5510293）の確認コード：448120"),
    ("ko", "주문 5510293의 인증번호는 448120입니다."),
    ("sw", "Msimbo wa oda 5510293 ni 448120."),
    ("am", "የትዕዛዝ 5510293 ኮድ 448120 ነው።"),
    ("ha", "Lambar tabbatarwa don oda 5510293 ita ce 448120."),
    ("yo", "Kóòdù fún àṣẹ 5510293 ni 448120."),
    ("zu", "Ikhodi ye-oda 5510293 ithi 448120."),
    ("af", "Die kode vir bestelling 5510293 is 448120."),
    ("ca", "El codi per a la comanda 5510293 és 448120."),
    ("eu", "Eskaera-zenbakia 5510293, kodea: 448120"),
    ("gl", "O código para o pedido 5510293 é 448120."),
    ("cy", "Y cod ar gyfer archeb 5510293 yw 448120."),
    ("ga", "An cód d'ordú 5510293 ná 448120."),
    ("mn", "Захиалга 5510293, код: 448120"),
]]

# The verb that hands a code over, the code word only in the next sentence.
ENTER = [(language, text, "448120", NO) for language, text in [
    ("en", "Type 448120 in the app. The code expires in 10 minutes."),
    ("de", "Geben Sie 448120 in der App ein. Der Code ist 10 Minuten gültig."),
    ("fr", "Saisissez 448120 dans l'application. Ce code expire dans 10 minutes."),
    ("es", "Introduce 448120 en la aplicación. El código caduca en 10 minutos."),
    ("it", "Inserisci 448120 nell'app. Il codice scade tra 10 minuti."),
    ("pt", "Insira 448120 no aplicativo. O código expira em 10 minutos."),
    ("nl", "Vul 448120 in de app in. De code verloopt over 10 minuten."),
    ("sv", "Ange 448120 i appen. Koden gäller i 10 minuter."),
    ("da", "Indtast 448120 i appen. Koden udløber om 10 minutter."),
    ("nb", "Tast inn 448120 i appen. Koden utløper om 10 minutter."),
    ("fi", "Syötä 448120 sovellukseen. Koodi vanhenee 10 minuutissa."),
    ("is", "Sláðu inn 448120 í appinu. Kóðinn rennur út eftir 10 mínútur."),
    ("et", "Sisesta 448120 rakendusse. Kood aegub 10 minuti pärast."),
    ("lv", "Ievadiet 448120 lietotnē. Kods ir derīgs 10 minūtes."),
    ("lt", "Įveskite 448120 programėlėje. Kodas galioja 10 minučių."),
    ("pl", "Wpisz 448120 w aplikacji. Kod wygaśnie za 10 minut."),
    ("cs", "Zadejte 448120 v aplikaci. Kód platí 10 minut."),
    ("sk", "Zadajte 448120 v aplikácii. Kód platí 10 minút."),
    ("hu", "Írd be a 448120 számot az alkalmazásba. A kód 10 percig érvényes."),
    ("ro", "Introdu 448120 în aplicație. Codul expiră în 10 minute."),
    ("bg", "Въведете 448120 в приложението. Кодът е валиден 10 минути."),
    ("hr", "Unesite 448120 u aplikaciju. Kôd vrijedi 10 minuta."),
    ("sr-Cyrl", "Унесите 448120 у апликацију. Код важи 10 минута."),
    ("sl", "Vnesite 448120 v aplikacijo. Koda velja 10 minut."),
    ("mk", "Внесете 448120 во апликацијата. Кодот важи 10 минути."),
    ("sq", "Vendosni 448120 në aplikacion. Kodi skadon për 10 minuta."),
    ("el", "Πληκτρολογήστε 448120 στην εφαρμογή. Ο κωδικός λήγει σε 10 λεπτά."),
    ("uk", "Введіть 448120 у застосунку. Код дійсний 10 хвилин."),
    ("ru", "Введите 448120 в приложении. Код действует 10 минут."),
    ("be", "Увядзіце 448120 у праграме. Код дзейнічае 10 хвілін."),
    ("ka", "შეიყვანეთ 448120 აპლიკაციაში. კოდი მოქმედებს 10 წუთი."),
    ("hy", "Մուտքագրեք 448120 հավելվածում։ Կոդը գործում է 10 րոպե։"),
    ("ar", "أدخل 448120 في التطبيق. الرمز صالح لمدة 10 دقائق."),
    ("he", "הזן 448120 באפליקציה. הקוד בתוקף ל-10 דקות."),
    ("th", "กรอก 448120 ในแอป รหัสมีอายุ 10 นาที"),
    ("vi", "Nhập 448120 vào ứng dụng. Mã có hiệu lực trong 10 phút."),
    ("id", "Masukkan 448120 di aplikasi. Kode berlaku 10 menit."),
    ("ms", "Masukkan 448120 dalam aplikasi. Kod sah selama 10 minit."),
    ("tl", "Ilagay ang 448120 sa app. Ang code ay valid sa loob ng 10 minuto."),
    ("zh-Hans", "请在应用中输入448120。验证码10分钟内有效。"),
    ("zh-Hant", "請在應用程式中輸入448120。驗證碼10分鐘內有效。"),
    ("sw", "Weka 448120 kwenye programu. Msimbo utaisha baada ya dakika 10."),
    ("zu", "Faka 448120 kuhlelo lokusebenza. Ikhodi isebenza imizuzu eyi-10."),
    ("af", "Voer 448120 in die toep in. Die kode verval oor 10 minute."),
    ("ca", "Introdueix 448120 a l'aplicació. El codi caduca d'aquí a 10 minuts."),
    ("eu", "Sartu 448120 aplikazioan. Kodeak 10 minutuz balio du."),
    ("gl", "Introduce 448120 na aplicación. O código caduca en 10 minutos."),
    ("cy", "Rhowch 448120 yn yr ap. Mae'r cod yn dod i ben mewn 10 munud."),
    ("ga", "Cuir isteach 448120 san aip. Tá an cód bailí ar feadh 10 nóiméad."),
    ("yo", "Tẹ 448120 sínú áàpù. Kóòdù náà yóò parí ní ìṣẹ́jú 10."),
    ("ja", "以下の番号を入力してください：448120。認証コードの有効期限は10分です。"),
    ("ko", "아래 번호를 입력해 주세요: 448120. 인증번호는 3분간 유효합니다."),
    ("fa", "عدد زیر را وارد کنید: 448120.\nاین کد تا ۵ دقیقه معتبر است."),
    ("hi", "नीचे दिया गया नंबर दर्ज करें: 448120।\nयह कोड 10 मिनट तक मान्य है।"),
]]

# A code sent again: the old one, named as such, comes after the new one.
RESENT = [(language, text, "118204", NO) for language, text in [
    ("en", "The previous code 330155 is no longer valid. Your new code is 118204."),
    ("de", "Der vorherige Code 330155 ist nicht mehr gültig. Ihr neuer Code lautet 118204."),
    ("fr", "Le code précédent 330155 n'est plus valable. Votre nouveau code est 118204."),
    ("es", "El código anterior 330155 ya no es válido. Tu nuevo código es 118204."),
    ("it", "Il codice precedente 330155 non è più valido. Il nuovo codice è 118204."),
    ("pt", "O código anterior 330155 já não é válido. O seu novo código é 118204."),
    ("nl", "De vorige code 330155 is niet meer geldig. Je nieuwe code is 118204."),
    ("sv", "Den tidigare koden 330155 är inte längre giltig. Din nya kod är 118204."),
    ("da", "Den tidligere kode 330155 er ikke længere gyldig. Din nye kode er 118204."),
    ("nb", "Den forrige koden 330155 er ikke lenger gyldig. Den nye koden din er 118204."),
    ("fi", "Edellinen koodi 330155 ei ole enää voimassa. Uusi koodisi on 118204."),
    ("pl", "Poprzedni kod 330155 jest już nieważny. Twój nowy kod to 118204."),
    ("cs", "Předchozí kód 330155 již neplatí. Váš nový kód je 118204."),
    ("hu", "Az előző kód (330155) már nem érvényes. Az új kódod: 118204"),
    ("ro", "Codul anterior 330155 nu mai este valabil. Noul tău cod este 118204."),
    ("ru", "Предыдущий код 330155 больше не действует. Ваш новый код: 118204"),
    ("uk", "Попередній код 330155 більше не дійсний. Ваш новий код: 118204"),
    ("tr", "Önceki kod 330155 artık geçerli değil. Yeni doğrulama kodunuz: 118204"),
    ("el", "Ο προηγούμενος κωδικός 330155 δεν ισχύει πλέον. Ο νέος κωδικός είναι 118204."),
    ("ar", "الرمز السابق 330155 لم يعد صالحًا. رمزك الجديد هو 118204"),
    ("he", "הקוד הקודם 330155 אינו תקף עוד. הקוד החדש שלך הוא 118204"),
    ("id", "Kode sebelumnya 330155 sudah tidak berlaku. Kode baru Anda adalah 118204."),
    ("vi", "Mã trước đó 330155 đã hết hạn. Mã mới của bạn là 118204."),
    ("ja", "以前の認証コード 330155 は無効になりました。新しい認証コード：118204"),
    ("zh-Hans", "之前的验证码 330155 已失效。新的验证码是 118204。"),
    ("ko", "이전 인증번호 330155는 만료되었습니다. 새 인증번호: 118204"),
]]

# Spare codes listed with the code of the day: the code of the day comes first.
SPARE = [(language, text, "551903", NO) for language, text in [
    ("en", "Recovery code 7716-2204 was used. Your sign-in code is 551903."),
    ("de", "Der Wiederherstellungscode 7716-2204 wurde verwendet. Ihr Anmeldecode lautet 551903."),
    ("fr", "Le code de récupération 7716-2204 a été utilisé. Votre code de connexion est 551903."),
    ("es", "Se usó el código de recuperación 7716-2204. Tu código de acceso es 551903."),
    ("pt", "O código de recuperação 7716-2204 foi usado. O seu código de acesso é 551903."),
    ("nl", "Herstelcode 7716-2204 is gebruikt. Je inlogcode is 551903."),
    ("pl", "Użyto kodu zapasowego 7716-2204. Twój kod logowania to 551903."),
    ("ru", "Использован резервный код 7716-2204. Ваш код для входа: 551903"),
    ("tr", "Yedek kod 7716-2204 kullanıldı. Giriş kodunuz: 551903"),
    ("id", "Kode cadangan 7716-2204 telah digunakan. Kode masuk Anda adalah 551903."),
    ("zh-Hans", "备用码 7716-2204 已使用。您的登录验证码是 551903。"),
    ("ja", "バックアップコード 7716-2204 が使用されました。ログイン用の認証コード：551903"),
]]

# Paying by card: the card's last digits stand between word and code.
CARD = [(language, text, "448120", ("4421",)) for language, text in [
    ("en", "Your code for the payment with the card ending in 4421 is 448120."),
    ("de", "Ihr Code für die Zahlung mit der Karte endend auf 4421 lautet 448120."),
    ("fr", "Votre code pour le paiement avec la carte se terminant par 4421 est 448120."),
    ("es", "Tu código para el pago con la tarjeta terminada en 4421 es 448120."),
    ("it", "Il codice per il pagamento con la carta che termina con 4421 è 448120."),
    ("pt", "O código para o pagamento com o cartão terminado em 4421 é 448120."),
    ("nl", "Je code voor de betaling met de kaart eindigend op 4421 is 448120."),
    ("pl", "Kod do płatności kartą zakończoną na 4421 to 448120."),
    ("ru", "Код для оплаты картой, оканчивающейся на 4421: 448120"),
    ("tr", "4421 ile biten kartınızla ödeme için doğrulama kodunuz: 448120"),
    ("id", "Kode OTP untuk transaksi kartu berakhiran 4421 adalah 448120."),
    ("vi", "Mã OTP cho giao dịch thẻ có đuôi 4421 là 448120."),
    ("zh-Hans", "您尾号4421的银行卡本次交易验证码为448120。"),
    ("ja", "末尾4421のカードでのお支払いの認証コードは448120です。"),
    ("ko", "끝자리 4421 카드 결제 인증번호는 448120입니다."),
    ("hi", "कार्ड XX4421 से भुगतान के लिए OTP 448120 है।"),
]]

# Coupons worded without a price or a percentage beside them.
COUPON = [(language, text, None, (coupon,)) for language, text, coupon in [
    ("en", "Your voucher code GIFT2026 is valid until Sunday.", "GIFT2026"),
    ("de", "Ihr Rabattcode HERBST15 gilt bis Sonntag.", "HERBST15"),
    ("fr", "Votre bon de réduction NOEL2026 est valable jusqu'à dimanche.", "NOEL2026"),
    ("es", "Tu código de descuento VERANO26 es válido hasta el domingo.", "VERANO26"),
    ("pt", "Seu cupom FRETE26 vale até domingo.", "FRETE26"),
    ("da", "Din rabatkode HYGGE26 gælder til søndag.", "HYGGE26"),
    ("pl", "Twój kupon JESIEN26 jest ważny do niedzieli.", "JESIEN26"),
    ("cs", "Váš slevový kód LETO26 platí do neděle.", "LETO26"),
    ("ro", "Cuponul tău TOAMNA26 este valabil până duminică.", "TOAMNA26"),
    ("ru", "Ваш промокод OSEN26 действует до воскресенья.", "OSEN26"),
    ("uk", "Ваш промокод ZIMA26 діє до неділі.", "ZIMA26"),
    ("el", "Το κουπόνι σας SALE26 ισχύει έως την Κυριακή.", "SALE26"),
    ("tr", "Kupon kodunuz KIS26 pazara kadar geçerli.", "KIS26"),
    ("he", "קוד הקופון שלך SALE26 בתוקף עד יום ראשון.", "SALE26"),
    ("ar", "رمز القسيمة SALE26 صالح حتى يوم الأحد.", "SALE26"),
    ("id", "Kode kupon HEMAT26 berlaku hingga hari Minggu.", "HEMAT26"),
    ("zh-Hans", "您的优惠码 SALE26 有效期至周日。", "SALE26"),
    ("ja", "クーポンコード AKI26 は日曜日まで有効です。", "AKI26"),
    ("ko", "쿠폰 코드 GAEUL26 은 일요일까지 유효합니다.", "GAEUL26"),
    ("vi", "Mã khuyến mãi TET26 có hiệu lực đến Chủ nhật.", "TET26"),
    ("th", "โค้ดส่วนลด SALE26 ใช้ได้ถึงวันอาทิตย์", "SALE26"),
    ("hi", "आपका कूपन कोड DIWALI26 रविवार तक मान्य है।", "DIWALI26"),
    ("en", "Code SPEND50 with a minimum spend of 200 applies to one order.", "SPEND50"),
]]

# The words services use for a code, inflected, compounded, abbreviated: "<word>: 448120".
CODE_WORDS = {
    "en": "passcode|PIN|security code|one time pin|access code|sign-in code|2FA code|one-time passcode|OTP|"
          "login code|confirmation code|verification token",
    "de": "Bestätigungscode|Sicherheitscode|Anmeldecode|Einmalcode|Zugangscode|Freigabecode|TAN|"
          "smsTAN|PIN|Verifizierungscode|Prüfcode|Einmalpasswort",
    "fr": "code de vérification|code de confirmation|code d'accès|code de sécurité|"
          "code à usage unique|code temporaire|mot de passe temporaire|code PIN",
    "es": "código de verificación|clave de acceso|clave dinámica|PIN|contraseña temporal|token|"
          "código OTP|clave",
    "it": "codice di verifica|codice di sicurezza|codice OTP|PIN|password temporanea|"
          "codice monouso",
    "pt": "código de verificação|código de acesso|token|senha temporária|PIN|código OTP",
    "nl": "verificatiecode|bevestigingscode|beveiligingscode|inlogcode|eenmalige code|pincode|"
          "sms-code",
    "sv": "verifieringskod|engångskod|säkerhetskod|bekräftelsekod|inloggningskod|koden",
    "da": "engangskode|bekræftelseskode|sikkerhedskode|verifikationskode|pinkode|koden",
    "nb": "engangskode|bekreftelseskode|sikkerhetskode|verifiseringskode|pinkode|engangspassord",
    "fi": "vahvistuskoodi|tunnistuskoodi|kertakäyttökoodi|turvakoodi|PIN-koodi|koodisi",
    "is": "staðfestingarkóði|öryggiskóði|kóðinn|auðkenniskóði",
    "et": "kinnituskood|turvakood|ühekordne kood|PIN-kood|ühekordne parool",
    "lv": "verifikācijas kods|apstiprinājuma kods|drošības kods|vienreizējais kods|"
          "vienreizējā parole",
    "lt": "patvirtinimo kodas|saugos kodas|vienkartinis kodas|vienkartinis slaptažodis",
    "pl": "kod weryfikacyjny|kod SMS|kod jednorazowy|kod autoryzacyjny|hasło jednorazowe",
    "cs": "ověřovací kód|potvrzovací kód|bezpečnostní kód|jednorázový kód|autorizační kód|"
          "SMS kód|jednorázové heslo",
    "sk": "overovací kód|potvrdzovací kód|bezpečnostný kód|jednorazový kód|autorizačný kód",
    "hu": "ellenőrző kód|megerősítő kód|biztonsági kód|egyszer használatos kód|kódod|SMS-kód|"
          "egyszeri jelszó",
    "ro": "codul de verificare|cod de confirmare|cod de securitate|cod unic|parola unică",
    "bg": "кодът|код за потвърждение|код за достъп|еднократен код|еднократна парола",
    "hr": "kôd|kod za potvrdu|jednokratni kod|sigurnosni kod|jednokratna lozinka|"
          "lozinka za jednokratnu upotrebu|jednokratni PIN",
    "sr-Cyrl": "код за потврду|верификациони код|једнократни код|једнократна лозинка",
    "sr-Latn": "kod za potvrdu|verifikacioni kod|jednokratni kod|jednokratna lozinka",
    "sl": "potrditvena koda|varnostna koda|enkratna koda|enkratno geslo",
    "mk": "кодот|код за потврда|еднократен код|еднократна лозинка",
    "sq": "kodi|kodi i verifikimit|kodi i sigurisë|kodi njëpërdorimsh",
    "el": "κωδικός|κωδικός επαλήθευσης|κωδικός μίας χρήσης|κωδικός ασφαλείας|OTP|PIN",
    "tr": "doğrulama kodu|onay kodu|güvenlik kodu|tek kullanımlık şifre|SMS şifresi|kodunuz",
    "uk": "код підтвердження|одноразовий код|одноразовий пароль|код безпеки",
    "ru": "код подтверждения|одноразовый код|одноразовый пароль|проверочный код|код доступа|"
          "код из СМС|СМС-код|ПИН-код",
    "be": "код пацвярджэння|аднаразовы код|аднаразовы пароль",
    "ka": "ვერიფიკაციის კოდი|დადასტურების კოდი|ერთჯერადი კოდი",
    "hy": "հաստատման կոդ|միանգամյա կոդ|կոդը",
    "az": "təsdiq kodu|birdəfəlik kod|təhlükəsizlik kodu|birdəfəlik şifrə",
    "kk": "растау коды|бір реттік код|кодыңыз|бір реттік құпиясөз",
    "uz": "tasdiqlash kodi|bir martalik kod|bir martalik parol|тасдиқлаш коди",
    "ar": "رمز التحقق|رمز التأكيد|كود التفعيل|كلمة المرور لمرة واحدة|الرمز|OTP",
    "he": "קוד אימות|קוד חד פעמי|סיסמה חד פעמית|הקוד|סיסמה זמנית",
    "fa": "کد تأیید|کد یکبار مصرف|رمز یکبار مصرف|رمز پویا|کد فعالسازی",
    "ur": "تصدیقی کوڈ|OTP|ون ٹائم پاس ورڈ|او ٹی پی",
    "hi": "सत्यापन कोड|OTP|ओटीपी|वन टाइम पासवर्ड|वन-टाइम पासवर्ड",
    "bn": "যাচাইকরণ কোড|ওটিপি|OTP|ওয়ান টাইম পাসওয়ার্ড",
    "pa": "ਪੁਸ਼ਟੀਕਰਨ ਕੋਡ|ਓਟੀਪੀ|OTP",
    "gu": "ચકાસણી કોડ|ઓટીપી|OTP",
    "mr": "पडताळणी कोड|ओटीपी|OTP",
    "ta": "சரிபார்ப்புக் குறியீடு|ஓடிபி|ஒருமுறை கடவுச்சொல்",
    "te": "ధృవీకరణ కోడ్|ఓటీపీ|ఓటిపి",
    "kn": "ಪರಿಶೀಲನಾ ಕೋಡ್|ಒಟಿಪಿ|ಓಟಿಪಿ",
    "ml": "സ്ഥിരീകരണ കോഡ്|ഒടിപി|ഒ.ടി.പി",
    "si": "සත්‍යාපන කේතය|OTP|එක් වරක් භාවිත මුරපදය",
    "ne": "प्रमाणीकरण कोड|OTP|ओटीपी",
    "th": "รหัสยืนยัน|รหัส OTP|รหัสผ่านครั้งเดียว|โค้ดยืนยัน",
    "lo": "ລະຫັດຢືນຢັນ|ລະຫັດ OTP",
    "km": "លេខកូដ|កូដ OTP|លេខកូដផ្ទៀងផ្ទាត់",
    "my": "အတည်ပြုကုဒ်|OTP ကုဒ်",
    "vi": "mã xác minh|mã xác thực|mã OTP|mã bảo mật|mật khẩu một lần|mã kích hoạt",
    "id": "kode verifikasi|kode OTP|kode keamanan|kata sandi sekali pakai|PIN|token|"
          "kata sandi sementara",
    "ms": "kod pengesahan|TAC|kod keselamatan|kod sekali guna|kata laluan sekali guna|"
          "kata laluan sementara",
    "tl": "verification code|OTP|PIN|kodigo",
    "zh-Hans": "验证码|校验码|动态码|动态密码|短信验证码|确认码|安全码|一次性密码|动态口令|随机码|"
               "激活码|短信码",
    "zh-Hant": "驗證碼|認證碼|安全碼|一次性密碼|動態密碼|簡訊驗證碼|確認碼|動態口令|啟用碼",
    "ja": "認証コード|確認コード|認証番号|確認番号|ワンタイムパスワード|パスコード|ワンタイムコード|"
          "認証キー|ワンタイム認証番号",
    "ko": "인증번호|인증 코드|인증코드|확인 코드|보안 코드|일회용 비밀번호|임시 비밀번호",
    "sw": "msimbo|nambari ya uthibitisho|nambari ya kuthibitisha|msimbo wa uthibitisho|nenosiri la mara moja|"
          "nambari ya siri",
    "am": "የማረጋገጫ ኮድ|ኮድ|OTP|ኮዱ",
    "ha": "lambar tabbatarwa|lambar sirri|kalmar sirri ta lokaci ɗaya|lambar shiga|"
          "lambar tantancewa",
    "yo": "kóòdù|koodu|kóòdù ìjẹ́rìísí",
    "zu": "ikhodi|ikhodi yokuqinisekisa|iphasiwedi yesikhashana|yikhodi",
    "af": "verifikasiekode|eenmalige PIN|OTP|bevestigingskode",
    "ca": "codi de verificació|contrasenya temporal|codi d'un sol ús",
    "eu": "egiaztapen-kodea|kodea|behin erabiltzeko kodea",
    "gl": "código de verificación|contrasinal temporal|código dun só uso",
    "cy": "cod dilysu|cod diogelwch|côd|cyfrinair untro",
    "ga": "cód fíoraithe|cód|pasfhocal aonuaire",
    "mn": "баталгаажуулах код|нэг удаагийн код|нэг удаагийн нууц үг",
}
WORD_ROWS = [(language, f"{word}: 448120", "448120", NO)
             for language, words in CODE_WORDS.items() for word in words.split("|")]

# Codes that are not for typing: tracking, bank, referral, personal and product codes.
OTHER_CODES = [(language, text, None, (number,)) for language, text, number in [
    ("en", "Tracking code: 44120930. Sort code 20-00-00, SWIFT code DEUTDEFF.", "44120930"),
    ("en", "Share your referral code FRIEND2026 with a friend.", "FRIEND2026"),
    ("de", "Ihr Sendungsverfolgungscode: 44120930", "44120930"),
    ("de", "Ihr Empfehlungscode FREUND26 bringt beiden 10 € Guthaben.", "FREUND26"),
    ("fr", "Code de suivi : 44120930", "44120930"),
    ("fr", "Votre code parrainage AMI2026 est à partager.", "AMI2026"),
    ("es", "Código de seguimiento: 44120930", "44120930"),
    ("pt", "Código de rastreio: 44120930", "44120930"),
    ("it", "Codice di tracciamento: 44120930", "44120930"),
    ("pl", "Kod śledzenia przesyłki: 44120930", "44120930"),
    ("lt", "Asmens kodas 39001011234", "39001011234"),
    ("et", "Isikukood 39001011234", "39001011234"),
    ("ru", "Код товара: 44120930", "44120930"),
    ("fa", "کد رهگیری: 44120930", "44120930"),
    ("en", "Your QR code 44120930 is attached.", "44120930"),
    ("pt", "Não recebeu o código? Atendimento 4004 1234", "40041234"),
]]

# The code first, its word after ("448120 is your code"), as SMS-style mails write it.
CODE_FIRST = [(language, text, "448120", NO) for language, text in [
    ("en", "448120 is your Acme verification code."), ("de", "448120 ist Ihr Bestätigungscode."),
    ("fr", "448120 est votre code de vérification."), ("es", "448120 es tu código de acceso."),
    ("pt", "448120 é o seu código de verificação."), ("it", "448120 è il tuo codice di verifica."),
    ("nl", "448120 is je verificatiecode."), ("sv", "448120 är din verifieringskod."),
    ("da", "448120 er din bekræftelseskode."), ("nb", "448120 er engangskoden din."),
    ("fi", "448120 on vahvistuskoodisi."), ("hu", "448120 az ellenőrző kódod."),
    ("cs", "448120 je váš ověřovací kód."), ("pl", "448120 to Twój kod weryfikacyjny."),
    ("ro", "448120 este codul tău de verificare."), ("bg", "448120 е вашият код за вход."),
    ("hr", "448120 je vaš kôd za prijavu."), ("sr-Cyrl", "448120 је ваш код за пријаву."),
    ("el", "448120 είναι ο κωδικός επαλήθευσής σας."), ("tr", "448120 doğrulama kodunuzdur."),
    ("uk", "448120 — ваш код підтвердження."), ("ru", "448120 — ваш код для входа."),
    ("ar", "448120 هو رمز التحقق الخاص بك."), ("he", "448120 הוא קוד האימות שלך."),
    ("hi", "448120 आपका OTP है।"), ("id", "448120 adalah kode OTP Anda."),
    ("vi", "448120 là mã xác minh của bạn."), ("th", "448120 คือรหัส OTP ของคุณ"),
    ("zh-Hans", "448120为您的验证码，请于5分钟内填写。"), ("zh-Hant", "448120是您的驗證碼。"),
    ("ja", "448120 があなたの認証コードです。"), ("ko", "448120은 인증번호입니다."),
    ("ms", "448120 ialah kod TAC anda."), ("sw", "448120 ni msimbo wako wa uthibitisho."),
]]

# What hands a code over besides "is", far after its word as bank mails write it.
HANDED_OVER = [(language, text, "448120", ("7745",)) for language, text in [
    ("de", "Ihr Code für die Zahlung von 89,00 EUR an Musterhandel GmbH mit der Karte endend auf 7745 "
           "lautet 448120"),
    ("nl", "Je code voor de betaling van 89,00 EUR aan Voorbeeldwinkel B.V. met de kaart eindigend op "
           "7745 luidt 448120"),
    ("da", "Koden til betalingen på 89,00 DKK til Eksempelbutikken ApS med kortet, der slutter på 7745, "
           "lyder 448120"),
    ("cs", "Váš kód pro platbu 89,00 Kč u obchodníka Vzorový obchod s.r.o. kartou končící na 7745 "
           "zní 448120"),
    ("sk", "Váš kód pre platbu 89,00 EUR u obchodníka Vzorový obchod s.r.o. kartou končiacou na 7745 "
           "znie 448120"),
    ("pl", "Twój kod do płatności 89,00 zł w sklepie Przykładowy Sklep sp. z o.o. kartą zakończoną na "
           "7745 brzmi 448120"),
    ("hr", "Vaš kod za plaćanje 89,00 EUR trgovcu Primjer trgovina d.o.o. karticom koja završava na "
           "7745 glasi 448120"),
    ("sr-Cyrl", "Ваш код за плаћање 8.900,00 RSD трговцу Пример продавница д.о.о. картицом која се "
                "завршава на 7745 гласи 448120"),
]]

# A receipt beside the code: amounts, dates, order and item numbers are not codes.
RECEIPT = [(language, text, "448120", numbers) for language, text, numbers in [
    ("en", "Order 4471920 · 2 x Desk lamp 1234 · 39.98 USD · 30/11/2026 14:22\n"
           "To confirm the payment, enter code 448120.", ("4471920", "1234")),
    ("de", "Bestellung 4471920 vom 30.11.2026 · Artikel-Nr. 88120 · Summe 39,98 €\n"
           "Ihr Bestätigungscode lautet 448120.", ("4471920", "88120")),
    ("fr", "Commande 4471920 du 30/11/2026 · Réf. article 88120 · Total 39,98 €\n"
           "Votre code de confirmation : 448120", ("4471920", "88120")),
    ("es", "Pedido 4471920 del 30/11/2026 · Ref. 88120 · Total 39,98 €\n"
           "Tu código de confirmación es 448120.", ("4471920", "88120")),
    ("pl", "Zamówienie 4471920 z 30.11.2026 · Nr art. 88120 · Razem 39,98 zł\n"
           "Twój kod potwierdzenia: 448120", ("4471920", "88120")),
    ("ru", "Заказ № 4471920 от 30.11.2026 · Артикул 88120 · Итого 3998 ₽\n"
           "Код подтверждения: 448120", ("4471920", "88120")),
    ("tr", "Sipariş 4471920 · 30.11.2026 · Ürün kodu 88120 · Toplam 399,80 TL\n"
           "Doğrulama kodunuz: 448120", ("4471920", "88120")),
    ("ja", "ご注文番号 4471920（2026年11月30日）商品番号 88120 合計 3,998円\n"
           "確認コード：448120", ("4471920", "88120")),
    ("zh-Hans", "订单号 4471920 · 2026年11月30日 · 商品编号 88120 · 合计 ¥399.80\n"
                "支付验证码：448120", ("4471920", "88120")),
    ("ko", "주문번호 4471920 · 2026년 11월 30일 · 상품번호 88120 · 합계 39,980원\n"
           "결제 인증번호: 448120", ("4471920", "88120")),
    ("id", "Pesanan 4471920 · 30/11/2026 · SKU 88120 · Total Rp399.800\n"
           "Kode OTP Anda: 448120", ("4471920", "88120")),
    ("vi", "Đơn hàng 4471920 · 30/11/2026 · Mã sản phẩm 88120 · Tổng 399.800đ\n"
           "Mã OTP của bạn là 448120", ("4471920", "88120")),
    ("ar", "الطلب 4471920 · 30/11/2026 · رقم المنتج 88120 · الإجمالي 399 ر.س\n"
           "رمز التحقق: 448120", ("4471920", "88120")),
    ("pt", "Pedido 4471920 de 30/11/2026 · Cód. produto 88120 · Total R$ 39,98\n"
           "Seu código de confirmação: 448120", ("4471920", "88120")),
]]

# A card's PIN as a setting, not a code: its card, date and hotline numbers stay out.
PIN_SETTINGS = [(language, text, None, numbers) for language, text, numbers in [
    ("en", "You changed the PIN of your card ending in 4421 on 30.11.2026. Not you? Call "
           "0800 123 4567.", ("4421", "08001234567")),
    ("de", "Die PIN Ihrer Karte endend auf 4421 wurde am 30.11.2026 geändert. Hotline 069 1234567.",
     ("4421", "0691234567")),
    ("fr", "Le code PIN de votre carte se terminant par 4421 a été modifié. Tél. 01 23 45 67 89",
     ("4421",)),
    ("es", "El PIN de tu tarjeta terminada en 4421 se cambió el 30/11/2026.", ("4421",)),
]]

# A device named between the word and the code: its serial and model numbers are not codes.
DEVICE = [(language, text, "448120", ("12345678",)) for language, text in [
    ("en", "Your code for the device with serial 12345678 is 448120."),
    ("de", "Ihr Code für das Gerät mit der Seriennummer 12345678 lautet 448120."),
    ("fr", "Votre code pour l'appareil n° de série 12345678 est 448120."),
    ("es", "Tu código para el dispositivo con número de serie 12345678 es 448120."),
    ("ru", "Код для устройства, серийный номер 12345678: 448120"),
    ("pl", "Kod dla urządzenia o numerze seryjnym 12345678: 448120"),
    ("tr", "Seri no 12345678 olan cihaz için kodunuz: 448120"),
    ("zh-Hans", "型号 12345678 设备的验证码：448120"),
]]

# Where the code was sent: the phone's last digits are not a code.
SENT_TO = [(language, text, None, ("4567",)) for language, text in [
    ("en", "Code sent to the number ending 4567"), ("en", "Code sent to •••• 4567"),
    ("de", "Der Code wurde an die Nummer endend auf 4567 gesendet."),
    ("fr", "Le code a été envoyé au numéro se terminant par 4567."),
    ("es", "El código se envió al número terminado en 4567."),
    ("it", "Il codice è stato inviato al numero che termina con 4567."),
    ("pt", "O código foi enviado para o número terminado em 4567."),
    ("pl", "Kod został wysłany na numer zakończony na 4567."),
    ("cs", "Kód byl odeslán na číslo končící na 4567."),
    ("tr", "Kod 4567 ile biten numaraya gönderildi."),
    ("hu", "A kódot a 4567-re végződő számra küldtük."),
    ("ko", "인증번호가 4567로 끝나는 번호로 발송되었습니다."),
    ("ko", "인증번호가 010-****-4567 번호로 발송되었습니다"),
    ("zh-Hans", "验证码已发送至尾号4567的手机"),
    ("ja", "認証コードを末尾4567の電話番号に送信しました。"),
    ("id", "Kode dikirim ke nomor 0812****4567"),
    ("ru", "Код отправлен на номер +7 *** ***-45-67"),
]]


# Whole short mails: greeting, code, validity, sender's address, as small services write them.
MAILS = [(language, text, "448120", NO) for language, text in [
    ("is", "Halló Jón,\nNotaðu þennan kóða til að skrá þig inn: 448120\nKóðinn gildir í 10 mínútur."
           "\nKveðja, Dæmi ehf., Laugavegi 1, 101 Reykjavík"),
    ("et", "Tere!\nSinu sisselogimiskood: 448120\nKood kehtib 10 minutit.\nNäide OÜ, Narva mnt 5, "
           "10117 Tallinn"),
    ("lt", "Sveiki,\njūsų prisijungimo kodas: 448120\nKodas galioja 10 min.\nUAB Pavyzdys, "
           "Gedimino pr. 1, LT-01103 Vilnius"),
    ("hy", "Բարև Ձեզ,\nՁեր մուտքի կոդն է՝ 448120\nԿոդը գործում է 10 րոպե։\nՕրինակ ՍՊԸ, Աբովյան 1, "
           "0001 Երևան"),
    ("kk", "Сәлеметсіз бе!\nКіру кодыңыз: 448120. Код 10 минут жарамды.\nМысал ЖШС, Абай даңғылы 1, "
           "050000 Алматы"),
    ("ur", "السلام علیکم،\nآپ کا لاگ ان کوڈ 448120 ہے۔ یہ کوڈ 10 منٹ کے لیے درست ہے۔\n"
           "مثال پرائیویٹ لمیٹڈ، شاہراہ فیصل، کراچی 75400"),
    ("km", "សួស្តី,\nលេខកូដចូលរបស់អ្នកគឺ 448120។ លេខកូដនេះមានសុពលភាព 10 នាទី។"),
    ("my", "မင်္ဂလာပါ၊\nသင်၏ လော့ဂ်အင်ကုဒ်မှာ 448120 ဖြစ်သည်။ ဤကုဒ်သည် ၁၀ မိနစ်အတွင်း အကျုံးဝင်သည်။"),
    ("ha", "Sannu,\nLambar shigar ku ita ce 448120. Lambar tana aiki na minti 10."),
    ("ga", "Dia duit,\nIs é do chód logála isteach ná 448120. Tá an cód bailí ar feadh 10 nóiméad."),
    ("mn", "Сайн байна уу,\nТаны нэвтрэх код: 448120. Код 10 минут хүчинтэй."),
]]

CASES += (DEVICE + MAILS + HANDED_OVER + SENT_TO + PIN_SETTINGS + CODE_FIRST + RECEIPT + OTHER_CODES
          + WORD_ROWS + FOR_AN_ORDER + ENTER + RESENT + SPARE + CARD + COUPON)

# A company's footer: address with postcode, register and tax numbers, hotline. Set below
# each language's first code, the code is the only one listed.
FOOTERS = {
    "en": "Acme Ltd · 221B Baker Street, London NW1 6XE · Company No. 09876543 · "
          "VAT GB123456789 · Helpline 0800 123 4567",
    "de": "Muster GmbH · Hauptstraße 12 · 10115 Berlin · Amtsgericht Charlottenburg HRB 123456 B · "
          "USt-IdNr. DE123456789 · Hotline 030 12345678",
    "fr": "ACME SAS · 12 rue de la Paix · 75002 Paris · RCS Paris 123 456 789 · "
          "TVA FR12345678901 · Tél. 01 23 45 67 89",
    "es": "ACME S.L. · Calle Mayor 3, 28013 Madrid · CIF B12345678 · "
          "Atención al cliente 910 123 456",
    "it": "ACME S.r.l. · Via Roma 1, 20121 Milano · P.IVA 01234567890 · REA MI-1234567 · "
          "Servizio clienti 02 1234 5678",
    "pt": "ACME Lda. · Rua Augusta 100, 1100-053 Lisboa · NIF 509876543 · "
          "Linha de apoio 210 123 456",
    "nl": "ACME B.V. · Damrak 1, 1012 LG Amsterdam · KvK 12345678 · BTW NL123456789B01 · "
          "Klantenservice 020 123 4567",
    "sv": "ACME AB · Drottninggatan 1, 111 51 Stockholm · Org.nr 556677-8899 · "
          "Kundtjänst 08-123 456 78",
    "da": "ACME ApS · Vesterbrogade 1, 1620 København V · CVR 12345678 · "
          "Kundeservice 70 12 34 56",
    "nb": "ACME AS · Karl Johans gate 1, 0154 Oslo · Org.nr. 912 345 678 · "
          "Kundeservice 22 12 34 56",
    "fi": "ACME Oy · Mannerheimintie 1, 00100 Helsinki · Y-tunnus 1234567-8 · "
          "Asiakaspalvelu 09 1234 5678",
    "is": "ACME ehf. · Laugavegur 1, 101 Reykjavík · Kennitala 550169-2829 · Sími 555 1234",
    "et": "ACME OÜ · Narva mnt 5, 10117 Tallinn · Registrikood 12345678 · KMKR EE101234567 · "
          "Tel 612 3456",
    "lv": "ACME SIA · Brīvības iela 1, Rīga, LV-1010 · Reģ. Nr. 40003123456 · Tālr. 67 123 456",
    "lt": "UAB ACME · Gedimino pr. 1, LT-01103 Vilnius · Įmonės kodas 123456789 · "
          "PVM kodas LT123456789 · Tel. 8 700 12345",
    "pl": "ACME Sp. z o.o. · ul. Marszałkowska 1, 00-624 Warszawa · NIP 525-000-10-09 · "
          "KRS 0000123456 · Infolinia 22 123 45 67",
    "cs": "ACME s.r.o. · Václavské náměstí 1, 110 00 Praha 1 · IČO 12345678 · DIČ CZ12345678 · "
          "Zákaznická linka 800 123 456",
    "sk": "ACME s.r.o. · Hlavná 1, 811 01 Bratislava · IČO 12345678 · DIČ 2021234567 · "
          "Zákaznícka linka 0850 123 456",
    "hu": "ACME Kft. · Váci utca 1, 1052 Budapest · Cégjegyzékszám 01-09-123456 · "
          "Adószám 12345678-2-42 · Ügyfélszolgálat +36 1 234 5678",
    "ro": "ACME SRL · Str. Lipscani 1, 030031 București · CUI RO12345678 · "
          "Reg. Com. J40/1234/2020 · Tel. 021 123 4567",
    "bg": "АКМЕ ЕООД · ул. Витоша 1, 1000 София · ЕИК 123456789 · Тел. 02 123 4567",
    "hr": "ACME d.o.o. · Ilica 1, 10000 Zagreb · OIB 12345678901 · Tel. 01 2345 678",
    "sr-Latn": "ACME d.o.o. · Knez Mihailova 1, 11000 Beograd · PIB 101234567 · MB 12345678 · "
               "Tel. 011 123 4567",
    "sr-Cyrl": "АКМЕ д.о.о. · Кнез Михаилова 1, 11000 Београд · ПИБ 101234567 · "
               "Тел. 011 123 4567",
    "sl": "ACME d.o.o. · Slovenska cesta 1, 1000 Ljubljana · Davčna številka SI12345678 · "
          "Tel. 01 234 56 78",
    "mk": "АКМЕ ДООЕЛ · ул. Македонија 1, 1000 Скопје · ЕДБ 4030012345678 · Тел. 02 312 3456",
    "sq": "ACME sh.p.k. · Rruga e Kavajës 1, 1001 Tiranë · NIPT L12345678A · Tel. 04 223 4567",
    "el": "ACME Α.Ε. · Ερμού 1, 105 63 Αθήνα · ΑΦΜ 123456789 · ΓΕΜΗ 123456701000 · "
          "Τηλ. 210 123 4567",
    "tr": "ACME A.Ş. · İstiklal Cad. No: 1, 34433 Beyoğlu/İstanbul · Mersis No 0123456789012345 · "
          "Vergi No 1234567890 · Müşteri hizmetleri 0850 123 45 67",
    "uk": "ТОВ «АКМЕ» · вул. Хрещатик 1, 01001 Київ · ЄДРПОУ 12345678 · "
          "Гаряча лінія 0 800 123 456",
    "ru": "ООО «АКМЕ» · ул. Тверская 1, 125009 Москва · ИНН 7701234567 · "
          "ОГРН 1027700123456 · Тел. 8 800 123-45-67",
    "be": "ТАА «АКМЕ» · вул. Незалежнасці 1, 220030 Мінск · УНП 190123456 · "
          "Тэл. 8 017 123 45 67",
    "ka": "შპს ACME · რუსთაველის გამზ. 1, 0108 თბილისი · ს/კ 204123456 · ტელ. 032 212 3456",
    "hy": "ACME ՍՊԸ · Աբովյան 1, 0001 Երևան · ՀՎՀՀ 01234567 · Հեռ. 010 123456",
    "az": "ACME MMC · Nizami küç. 1, AZ1000 Bakı · VÖEN 1234567891 · Tel. 012 123 45 67",
    "kk": "ACME ЖШС · Абай даңғылы 1, 050000 Алматы · БСН 123456789012 · Тел. 8 727 123 4567",
    "uz": "ACME MChJ · Amir Temur ko'chasi 1, 100000 Toshkent · STIR 301234567 · "
          "Tel. 71 123 45 67",
    "ar": "شركة أكمي · شارع الملك فهد 1، الرياض 12345 · السجل التجاري 1010123456 · "
          "الرقم الضريبي 300123456700003 · هاتف 920012345",
    "he": "אקמי בע״מ · רחוב הרצל 1, תל אביב 6100001 · ח.פ. 512345678 · טלפון 03-1234567",
    "fa": "شرکت اکمی · خیابان ولیعصر ۱، تهران · کد پستی ۱۲۳۴۵۶۷۸۹۰ · شناسه ملی ۱۰۱۰۱۲۳۴۵۶۷ · "
          "تلفن ۰۲۱-۱۲۳۴۵۶۷۸",
    "ur": "ایکمی پرائیویٹ لمیٹڈ · شاہراہ فیصل، کراچی 75400 · فون 021-1234567",
    "hi": "एक्मे प्राइवेट लिमिटेड · एमजी रोड, नई दिल्ली 110001 · GSTIN 07AAACA1234A1Z5 · "
          "हेल्पलाइन 1800 123 4567",
    "bn": "অ্যাকমি লিমিটেড · গুলশান এভিনিউ, ঢাকা 1212 · হেল্পলাইন 16247",
    "th": "บริษัท แอคมี จำกัด · ถนนสุขุมวิท กรุงเทพฯ 10110 · "
          "เลขประจำตัวผู้เสียภาษี 0105551234567 · โทร 02 123 4567",
    "vi": "Công ty TNHH ACME · 1 Lê Lợi, Quận 1, TP.HCM 700000 · MST 0301234567 · "
          "Hotline 1900 1234",
    "id": "PT ACME Indonesia · Jl. Sudirman No. 1, Jakarta 10220 · NPWP 01.234.567.8-901.000 · "
          "Layanan pelanggan 1500 123",
    "ms": "ACME Sdn Bhd (1234567-X) · Jalan Ampang, 50450 Kuala Lumpur · Tel: 03-1234 5678",
    "tl": "ACME Inc. · Ayala Ave, Makati 1226 · TIN 123-456-789-000 · Hotline (02) 8123 4567",
    "zh-Hans": "ACME科技有限公司 · 北京市朝阳区建国路1号 邮编 100022 · "
               "统一社会信用代码 91110105MA01234567 · 客服电话 400-123-4567",
    "zh-Hant": "ACME股份有限公司 · 台北市信義區信義路五段7號 · 統一編號 12345678 · "
               "客服專線 0800-123-456",
    "ja": "株式会社ACME 〒100-0005 東京都千代田区丸の内1-1-1 · 登録番号 T1234567890123 · "
          "お問い合わせ 0120-123-456",
    "ko": "(주)에이크미 · 서울특별시 강남구 테헤란로 123, 06234 · 사업자등록번호 123-45-67890 · "
          "고객센터 1588-1234",
    "sw": "ACME Ltd · Barabara ya Kenyatta, S.L.P. 12345-00100 Nairobi · Simu 0712 345 678",
    "af": "ACME (Edms) Bpk · Langstraat 1, Kaapstad 8001 · Reg. nr. 2020/123456/07 · "
          "Tel. 021 123 4567",
    "ca": "ACME S.L. · Carrer de Balmes 1, 08007 Barcelona · NIF B12345678 · Tel. 93 123 45 67",
    "cy": "ACME Cyf · Heol y Frenhines 1, Caerdydd CF10 2BY · Rhif cwmni 09876543 · "
          "Ffôn 029 2012 3456",
    "mn": "ACME ХХК · Энхтайвны өргөн чөлөө 1, Улаанбаатар 14200 · РД 1234567 · Утас 7700 1234",
}


def _with_a_code(rows):
    """Each row whose numbers are not codes, also set before and after its language's first
    code, so the labels, coupons and footers are weighed beside a real code."""
    first = {}
    for language, text, code, _ in rows:
        if code and language not in first:
            first[language] = (text, code)
    for language, text, code, not_codes in rows:
        yield language, text, code, not_codes
        if code is None and language in first:
            sample, sample_code = first[language]
            yield language, sample + "\n" + text, sample_code, not_codes
            yield language, text + "\n\n" + sample, sample_code, not_codes


ROWS = list(_with_a_code(CASES))


def test_every_language_has_positives_and_negatives():
    for language in LANGUAGES:
        family = [row for row in CASES if row[0].split("-")[0] == language.split("-")[0]]
        assert any(row[2] for row in CASES if row[0] == language), language
        assert any(row[2] is None and row[3] for row in family), language


@pytest.mark.parametrize(("language", "text", "first", "not_codes"), ROWS,
                         ids=[f"{row[0]}-{number}" for number, row in enumerate(ROWS)])
def test_vocabulary(language, text, first, not_codes):
    found = extract("", text, "")["codes"]
    if first is None:
        assert not set(found) & {number.replace(" ", "") for number in not_codes}, found
    else:
        assert found[:1] == [first], found
    for number in not_codes:
        assert number.replace(" ", "") not in found, found


def _first_letters(items):
    """The characters a match of parsed regex items can start with (None: any)."""
    if not items:
        return None
    op, value = items[0]
    if op is sre.LITERAL:
        return {chr(value)}
    if op is sre.IN:
        sets = [_first_letters([part]) for part in value]
        return None if None in sets else set().union(*sets)
    if op is sre.RANGE:
        return {chr(c) for c in range(value[0], value[1] + 1)}
    if op is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
        return set("0123456789")
    if op is sre.BRANCH:
        branches = [_first_letters(list(branch)) for branch in value[1]]
        return None if None in branches else set().union(*branches)
    if op is sre.SUBPATTERN:
        return _first_letters(list(value[-1]))
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return _first_letters(items[1:])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        head, rest = _first_letters(list(value[2])), _first_letters(items[1:])
        if value[0]:
            return head
        return None if head is None or rest is None else head | rest
    return None


@pytest.mark.parametrize("name", ["KEYWORDS", "STEMS", "NOT_CODE_BEFORE", "NOT_A_CODE", "PROMO", "BACKUP", "OBSOLETE"])
def test_the_fast_skip_lets_every_word_through(name):
    """A word added to a list with a first letter its look-ahead lacks would never match."""
    pattern = getattr(code_words, name)
    letters = _first_letters(list(sre_parse.parse(pattern.pattern, pattern.flags))[1:])
    allowed = re.compile(pattern.pattern[:pattern.pattern.index("])(?:") + 2], pattern.flags)
    assert letters and not {letter for letter in letters if not allowed.match(letter)}


FOOTED = [(language, text + "\n\n" + FOOTERS[language], code)
          for language, text, code, _ in CASES
          if code and language in FOOTERS and text == next(
              row[1] for row in CASES if row[0] == language and row[2])]


@pytest.mark.parametrize(("language", "text", "code"), FOOTED,
                         ids=[row[0] for row in FOOTED])
def test_a_footer_adds_no_code(language, text, code):
    assert extract("", text, "")["codes"] == [code]


# The verb after the code, the code word only in the subject.
VERB_LAST = [("認証コードのお知らせ", "448120 を入力してログインしてください。"),
             ("인증번호 안내", "448120을 입력해 주세요."),
             ("Doğrulama kodu", "Giriş için 448120'yi girin."),
             ("Tasdiqlash kodi", "Kirish uchun 448120 ni kiriting."),
             ("کد تأیید", "لطفاً 448120 را وارد کنید."),
             ("सत्यापन कोड", "कृपया 448120 दर्ज करें।"),
             ("인증번호 안내", "[Web발신] 본인확인 [448120]")]


@pytest.mark.parametrize(("subject", "text"), VERB_LAST)
def test_a_verb_after_the_code(subject, text):
    assert extract(subject, text, "")["codes"] == ["448120"]
