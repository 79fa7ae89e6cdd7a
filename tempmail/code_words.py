"""The words that mark, hand over or rule out a one-time code, in many languages.

What tempmail.extract looks for around a number: a word for "code" or "verify", an "is" or
a colon that hands a code over, a verb that tells the reader to enter it; and what makes a
number something else (an order, a postcode, a register, a coupon, a backup or an old code).
Every pattern is matched at bounded places (a keyword's neighbourhood, a code's sentence),
so the extractor stays linear in its input.
"""

import re


def _fast(first: str, pattern: str) -> re.Pattern:
    """Compile pattern, ignoring case, behind a look-ahead for the letters its matches start
    with: the regex engine then skips every other place at once (the lists are long)."""
    return re.compile(f"(?=[{first}])(?:{pattern})", re.I)

# Words meaning "code" or "verify" in many languages, as whole words. STEMS
# also take compounds (Bestätigungscode, verifieringskod, kodunuz,
# vahvistuskoodisi), minus the words NOT_CODE_WORDS starts.
STEMS = re.compile(
    r"(?=[ckκкკկn])(?:code[sn]?|kod\w*|kód\w*|kóð\w*|kood\w*|kode\w*|κωδικ\w*|код\w*|კოდ\w*|"
    r"կոդ\w*|k[ôo]d\w*|c[óô]d\w*|ch[óô]d\w*|ngh[óô]d\w*)(?!\w)", re.I)

KEYWORDS = _fast(
    "2abcdefhijklmnopstuvwyüşεабвенотјאבהוכלמסקשابترفكلوکओकवसওকਓਕ"
    "ઓકକஒஓகசఓకಒಓಕഒകඑකรโລကኮកコパワ一临动動啟安授暗校激登短确確簡臨認认随隨驗验보본인일임코확",
    r"(?<!\w)(?:"
    r"c[óo]digo|clave|codice|codi|cod(?:ul|ului)?|mã|msimbo\w*|"
    r"(?-i:m?TAN|(?:push|sms|chip|photo|app|i)TAN)|"
    r"verification|verify|verificaci[óo]n|verifica(?:ção|re|tion)?|verifikasi|"
    r"verifiering|one[- ]time|otp|pin|token|2fa|confirmation|egyszer\s+használatos|"
    r"uthibitisho|pengesahan|(?:pass)?phrase|frase|k[oóò]{2}d[uùú]|tabbatarwa\w*|ikhodi|"
    r"ikhowudi|yikhodi|ngekhodi|nekhodi|kwikhodi|nambari\s+ya\s+siri|او\s?ٹی\s?پی|(?-i:TAC)|"
    # a password counts only when it is for once or for now
    r"temporary\s+password|temporäres\s+passwort|einmalpasswort|mot\s+de\s+passe\s+temporaire|"
    r"contraseña\s+temporal|senha\s+tempor[áa]ria|password\s+temporanea|tijdelijk\s+wachtwoord|"
    r"(?:временн|одноразов)\w*\s+парол\w*|(?:тимчасов|одноразов)\w*\s+парол\w*|"
    r"einmal-?kennwort|einmal-?passwort|mot\s+de\s+passe\s+(?:à\s+usage\s+unique|unique)|"
    r"contraseña\s+(?:de\s+un\s+solo\s+uso|única)|password\s+(?:monouso|usa\s+e\s+getta)|"
    r"senha\s+(?:de\s+uso\s+único|única)|eenmalig\s+wachtwoord|engångslösenord|engangspassord|"
    r"kertakäyttöinen\s+salasana|kertasalasana|ühekordne\s+parool|vienreizēj\w*\s+parol\w*|"
    r"vienkartin\w*\s+slaptažod\w*|hasło\s+jednorazowe|jednorazowe\s+hasło|"
    r"jednorázové\s+heslo|jednorazové\s+heslo|egyszeri\s+jelszó|parol[aă]\s+unic[aă]|"
    r"еднократна\s+парола|jednokratn[aou]\s+lozink\w*|једнократн[аоу]\s+лозинк\w*|"
    r"enkratno\s+geslo|еднократна\s+лозинка|fjalëkalim\w*\s+njëpërdorimsh\w*|"
    r"kata\s+sandi\s+sekali\s+pakai|kata\s+laluan\s+sekali\s+guna|mật\s+khẩu\s+một\s+lần|"
    r"[הב]?סיסמה\s+(?:חד[- ]פעמית|זמנית)|kata\s+sandi\s+sementara|kata\s+laluan\s+sementara|"
    r"lozink\w*\s+za\s+jednokratnu\s+upotrebu|kuthibitisha|كلمة\s+(?:ال)?مرور\s+(?:لمرة\s+واحدة|مؤقتة)|"
    r"аднаразов\w*\s+пароль|birdəfəlik\s+şifrə|şifrə\w*|бір\s+реттік\s+құпия\s?сөз|"
    r"bir\s+martalik\s+parol|nenosiri\s+la\s+mara\s+moja|lambar\s+sirri|lambar\s+shiga\w*|lambar\s+tantancewa|kalmar\s+sirri|"
    r"iphasiwedi\s+yesikhashana|contrasenya\s+(?:temporal|d'un\s+sol\s+ús)|"
    r"contrasinal\s+(?:temporal|dun\s+só\s+uso)|cyfrinair\s+untro|pasfhocal\s+aonuaire|"
    r"нэг\s+удаагийн\s+нууц\s+үг|нууц\s+код|ون\s+ٹائم\s+پاس\s+ورڈ|"
    r"weryfikac\w*|doğrulama|şifre\w*|vahvistus\w*|ověř\w*|ellenőrző|"
    r"επαλήθευσ\w*|[وف]?(?:بال|لل|ال|ب|ل|ك)?(?:رمز|كود)(?:ك|كم|ه|ي|نا)?|[وف]?(?:لل|ال)?تحقق|"
    r"[ושכ]?[הבלמ]?(?:קוד|אימות)(?:ך|כם|י)?|कोड|ओटीपी|सत्यापन|کد|کوڈ|কোড(?:টি|টা|গুলো|গুলি|ের|ে)?|ওটিপি|ਕੋਡ|કોડ|"
    r"ఓటీపీ|కోడ్|കോഡ്|ಕೋಡ್"
    r")(?!\w)|குறியீ|சரிபார்ப்பு|वन[- ]टाइम पासवर्ड|ওয়ান টাইম পাসওয়ার্ড|ਓਟੀਪੀ|ઓટીપી|ஓடிபி|"
    r"ஒருமுறை கடவுச்சொல்|ఓటిపి|ಒಟಿಪಿ|ಓಟಿಪಿ|ഒടിപി|ഒ\.ടി\.പി|එක් වරක් භාවිත මුරපදය|โค้ด|"
    r"动态口令|動態口令|随机码|隨機碼|認証キー|激活码|激活碼|啟用碼|短信码|簡訊碼|임시\s*비밀번호|"
    r"コード|ワンタイム|認証番号|確認番号|暗証番号|パスコード|パスワード|"
    r"验证码|驗證碼|校验码|动态码|确认码|认证码|認證碼|安全码|安全碼|授权码|授權碼|登录码|"
    r"动态密码|動態密碼|一次性密码|一次性密碼|临时密码|臨時密碼|短信密码|"
    r"인증\s*(?:코드|번호)|인증번호|코드|본인\s*확인|일회용\s*비밀번호|확인\s*번호|보안\s*번호|"
    r"验证代码|驗證代碼|校驗碼|動態碼|確認碼|認證代碼|รหัส|ລະຫັດ|ኮድ|ኮዱ|කේත|කෝඩ|កូដ|ကုဒ်|କୋଡ")

NOT_CODE_WORDS = re.compile(
    r"(?:post|pos(?=ko)|zip|bar|promo|промо|купон|gutschein|rabat|aktions|coupon|kupon|discount|"
    r"voucher|qr|source|quell|enc|dec|dek|enk|uni|geo|dress|sort|kodak|vorwahl|regist|ettevõtte|"
    r"isiku|sendung|tracking|track|rabais|empfehlung|referral)", re.I)

NOT_CODE_AFTER = re.compile(
    r"\.?\s*(?:(?:de|del|du|di|do|da)\s+)?(?:centro|sản phẩm|cliente|client|producto|produs|produit|prodotto|"
    r"đơn hàng|vận đơn|giảm giá|bưu chính|pos|promo|booking|voucher|kupon|diskon|"
    r"produto|product|art[íi]culo|article|articolo|item|empresa|entreprise|impresa|fiscal|"
    r"sucursal|banco|bancaire|pa[íi]s|pays|área|area|región|region|qr|rastreio|rastreamento|"
    r"seguimiento|suivi|env[íi]o|tracking|tracciamento|spedizione|śledzenia|przesyłki|товара|"
    r"продукта|клиента|produktu|parrainage|"
    r"postal|postale|post|posta|pocztowy|poștal|poštovní|poštanski|почтов\w*|поштов\w*|"
    r"پستی|پیگیری|رهگیری|ملی|اقتصادی|شعبه|البريدي|بريدي|البريد|ไปรษณีย์|पोस्टल|पिन|"
    r"sdi|destinatario|univoco|fiscale|ateco|iban|bic|swift|ufficio|pod|pdr|eic|ean|clc|"
    r"abi|cab|cin|prenotazione|r[ée]servation|reserva|reservaci[óo]n|buchung\w*|"
    r"loc de consum|punto di (?:prelievo|riconsegna)|"
    r"rastreio|rastreamento|rastreo|seguimiento|suivi|tracciamento|spedizione|envio|envío|"
    r"sledování|śledzenia|nadania|"
    # a body of law ("régie par le Code des assurances · ORIAS 07 028 114")
    r"des|civil|civile|p[ée]nal|mon[ée]taire|de commerce|de la consommation|de la route|"
    r"du travail|g[ée]n[ée]ral des imp[ôo]ts)(?!\w)", re.I)
"""Words after "code" that make it a postcode ("código postal", "کد پستی", "รหัสไปรษณีย์")."""

NOT_CODE_BEFORE = _fast(
    "abcdefghikmopqrstvzüįпपডপஅప",
    r"(?<!\w)(?:source|promo|zip|postal|posta|post|area|country|dress|sort|bar|discount|coupon|"
    r"voucher|gift|qr|company|įmonės|ettevõtte|product|produkt|item|article|artikel|customer|"
    r"அஞ்சல்|పిన్|পোস্ট|ডাক|пощенски|поштенски|поштански|poštanski|poštni|poštovní|pašto|"
    r"pasta|irányító|pvm|pvn|mokėtojo|asmens|personas|reģ\.?|reģistrācijas|vergi|swift|bic|"
    r"ifsc|iban|routing|ürün|tracking|sendungs|referral|parrainage|empfehlungs|"
    r"client|kunden|tax|fiscal|bank|branch|region|school|store|shop|auth|approval|पिन|"
    # codes that name a thing, not a person's one-time proof
    r"error|fault|status|return|exit|response|reason|diagnostic|affiliate|booking|reservation|"
    r"hs|sku|course|event|campaign|sales|style|colou?r|merchant|agent|partner|dealer|"
    r"employee|staff|offer|rate|fare|account|airport|redemption)[\s-]*$")

# Verbs that hand the reader a code ("Enter 482913 in the app"); they count
# only in a mail that speaks of a code somewhere, and only just before the code.
INSTRUCTIONS = re.compile(
    r"(?<!\w)(?:enter|use|type|paste|input|eingeben|gib|verwende|lautet|saisissez|entrez|utilisez|"
    r"introduce|ingresa|ingrese|usa|utiliza|inserisci|digite|insira|voer|gebruik|wpisz|"
    r"введите|girin|ange|indtast|syötä|zadejte|"
    r"geben\s+sie|tippen\s+sie|vul|typ|tast|skriv|oppgi|angiv|brug|bruk|använd|kirjoita|käytä|"
    r"sláðu|notaðu|sisesta|kasuta|ievadiet|ievadi|izmantojiet|įveskite|įvesk|naudokite|wprowadź|"
    r"podaj|użyj|zadajte|zadaj|použite|použijte|vložte|írd\s+be|írja\s+be|add\s+meg|adja\s+meg|"
    r"introdu|introduceți|introduceti|folosește|folosiți|utilizați|tapez|indiquez|copiez|"
    r"escribe|introduzca|escriba|utilice|immetti|digita|usa|utilizza|introduza|informe|"
    r"въведете|въведи|използвайте|unesite|upišite|unesi|koristite|upotrijebite|унесите|унеси|"
    r"vnesite|vnesi|uporabite|внесете|vendosni|vendos|shkruani|përdorni|εισάγετε|εισαγάγετε|"
    r"πληκτρολογήστε|χρησιμοποιήστε|введіть|використовуйте|используйте|укажите|увядзіце|"
    r"შეიყვანეთ|მიუთითეთ|մուտքագրեք|أدخل|ادخل|استخدم|اكتب|הזן|הזינו|הקלד|הקלידו|השתמש|השתמשו|"
    r"nhập|masukkan|gunakan|ketik|ilagay|gamitin|weka|ingiza|tumia|faka|sebenzisa|tik|"
    r"introdueix|introduïu|utilitza|sartu|idatzi|rhowch|defnyddiwch|cuir\s+isteach|úsáid|tẹ|"
    r"กรอก|ป้อน|kiriting|daxil\s+edin|енгізіңіз|оруулна|وارد\s+کنید|درج\s+کریں|"
    r"दर्ज\s+करें)(?!\w)|输入|輸入|填写|填寫|入力|입력", re.I)

# Words that make a nearby number something else.
NOT_A_CODE = _fast(
    "#abcdefghijklmnoprstuvwyzàäüđįαγκπτабдежзиклмнопрстуфєіհպאהח"
    "טלמעآاتجرسشطفمهअऑगचपफबसहঅগচফহਆਫઓફஆதఆఫಆಫഓഫඇදคพลอโใຄໂဖအსტშስትទប"
    "№〒おシ予交会伝参发取品商型客尾快手會末法注流登發稅税統统訂請订身运追運邮郵電顧거고끝대사상송예우운일전주회",
    r"(?:order|invoice|tracking|shipment|ref(?:erence)?|refer\w*|account|customer|member|ticket|"
    r"atendimento|atenci[óo]n\s+al\s+cliente|尾号|尾號|末尾|끝자리|"
    r"terminad[oa]\s+(?:en|em)|(?:che\s+)?termina\s+con|terminante\s+(?:in|con)|"
    r"zakończon\w*\s+na|kończąc\w*\s+się\s+na|končící\s+na|končiac\w*\s+na|"
    r"serien\w*|(?<!\w)s[ée]rie|seri\s+no|серийн\w*(?:\s+номер)?|seryjn\w*|型号|型號|シリアル|"
    r"일련번호|modell\w*|modelo|modèle|модел\w*|"
    r"article|artikel\w*|art[íi]culo|articolo|артикул\w*|(?<!\w)sku|(?<!\w)item|ürün\w*|"
    r"product\w*|produit|produkt\w*|prodotto|produto|producto|produs|sản phẩm|المنتج|商品|상품|品番|型番|"
    # order, invoice, customer, account, shipment, booking, phone, tax labels by language
    r"auftrag\w*|vorgang\w*|mitglied\w*|vertrag\w*|sendung\w*|aktenzeichen|konto(?:nummer|nr\.?)|"
    r"r[ée]f[ée]rence|r[ée]f\.?|suivi|adh[ée]rent|dossier\w*|contrat|colis|(?:num[ée]ro|n[°º]|número|numero|nombor|nomor)\s+(?:de\s+|da\s+|do\s+)?(?:compte|cuenta|conta|akaun|rekening)|"
    r"(?<!\w)client\w*|t[ée]l[ée]phone|telefon\w*|tel[ée]fono|m[óo]vil|cellulare|"
    r"seguimiento|localizador|expediente|socio|spedizion\w*|pratica|tessera|"
    r"rastreio|rastreamento|protocolo|encomenda|nota\s+fiscal|"
    r"(?<!\w)bestel\w*|klant\w*|factuur\w*|faktuur\w*|zending\w*|rekeningnummer|"
    r"beställning\w*|(?<!\w)kund\w*|faktura\w*|ärende\w*|medlem\w*|bokning\w*|tfn|kolli\w*|"
    r"sändning\w*|(?<!\w)ordre\w*|(?<!\w)kunde\w*|bestilling\w*|(?<!\w)sags\w*|(?<!\w)saks\w*|"
    r"sporing\w*|tilau\w*|asiaka\w*|lasku\w*|y-tunnus|viite\w*|seuranta\w*|puh\.?|jäsen\w*|"
    r"varaus\w*|(?<!\w)posti\w*|pöntun\w*|kennitala|sími|reikning\w*|viðskiptavin\w*|"
    r"tellimus\w*|(?<!\w)arve\w*|klient\w*|pasūtījum\w*|rēķin\w*|tālr\.?|pvn|užsakym\w*|"
    r"sąskait\w*|pvm|siunt\w*|faktur\w*|przesyłk\w*|zgłoszeni\w*|rezerwacj\w*|"
    r"objednáv\w*|zákazník\w*|(?<!\w)dič|psč|zásilk\w*|zásielk\w*|rezervac\w*|"
    r"variabiln\w*\s+symbol\w*|(?<!\w)vs|számla\w*|ügyfél\w*|adószám\w*|cégjegyzék\w*|"
    r"csomag\w*|foglalás\w*|comand\w*|colet\w*|(?<!\w)awb|поръчк\w*|фактур\w*|клиент(?:а|у|ск\w*)?|"
    r"(?<!\w)еик|булстат|(?<!\w)ддс|пратк\w*|товарителниц\w*|narudžb\w*|porudžbin\w*|"
    r"račun\w*|(?<!\w)oib|(?<!\w)pdv|pošiljk\w*|поруџбин\w*|рачун\w*|(?<!\w)пиб|(?<!\w)pib|"
    r"naročil\w*|davčn\w*|matičn\w*|нарачк\w*|порачк\w*|(?<!\w)едб|porosi\w*|fatur\w*|nipt|"
    r"παραγγελί\w*|τιμολόγι\w*|πελάτ\w*|γεμη|τηλ\.?|αποστολ\w*|κράτησ\w*|müşteri\w*|"
    r"kargo\w*|takip\w*|rezervasyon\w*|рахун\w*|клієнт(?:а|у|ськ\w*)?|(?<!\w)іпн|(?<!\w)ттн|накладн\w*|"
    r"договір|договор\w*|сч[её]т\w*|трек\w*|отправлени\w*|лицев\w*|бронировани\w*|"
    r"замов\w*|кліент\w*|(?<!\w)унп|тэл\.?|შეკვეთ\w*|ტელ\.?|ს/კ|պատվեր\w*|հվհհ|հեռ\.?|"
    r"sifariş\w*|vöen|müştəri\w*|тапсырыс\w*|(?<!\w)бсн|(?<!\w)жсн|buyurtma\w*|(?<!\w)stir|"
    r"mijoz\w*|захиалг\w*|(?<!\w)утас|فاتورة|الفاتورة|العميل|الرقم الضريبي|السجل التجاري|"
    r"هاتف|الهاتف|جوال|الشحنة|الحجز|الحساب|חשבונית|לקוח|טלפון|טל'|מיקוד|משלוח|מעקב|אסמכתא|"
    r"سفارش|فاکتور|مشتری|تلفن|شناسه|آرڈر|فون|انوائس|अर्डर|चालान|ग्राहक|फ़ोन|फोन|बुकिंग|"
    r"অর্ডার|চালান|গ্রাহক|ফোন|ਆਰਡਰ|ਫ਼ੋਨ|ਫੋਨ|ઓર્ડર|ફોન|ஆர்டர்|தொலைபேசி|ఆర్డర్|ఫోన్|ಆರ್ಡರ್|"
    r"ಫೋನ್|ഓർഡർ|ഫോൺ|ඇණවුම\w*|දුරකථන|ใบแจ้งหนี้|ลูกค้า|โทร|พัสดุ|ຄຳສັ່ງຊື້|ໂທ|បញ្ជាទិញ|"
    r"ទូរស័ព្ទ|အော်ဒါ|ဖုန်း|hóa đơn|khách hàng|điện thoại|(?<!\w)đt|pesanan|pelanggan|telp\.?|"
    r"telepon|(?<!\w)resi|resibo|telepono|(?<!\w)oda|ankara|(?<!\w)simu|mteja|ትዕዛዝ|ስልክ|"
    r"(?<!\w)waya|àṣẹ|foonu|ucingo|kliënt\w*|eskaera\w*(?:-zenbaki\w*)?|bezero\w*|archeb\w*|"
    r"anfoneb\w*|ffôn|ordú|ordaithe|sonrasc|(?<!\w)fón|bilet\w*|билет\w*|biljett\w*|"
    r"订单|訂單|运单|運單|快递单|发票|發票|税号|稅號|邮编|郵遞區號|手机|手機|注文|請求書|お客様番号|"
    r"お問い合わせ番号|追跡番号|予約番号|伝票番号|登録番号|法人番号|郵便番号|주문|송장|운송장|"
    r"사업자등록번호|사업자번호|전화|우편번호|예약번호|"
    r"case|işlem|transacci[óo]n|transa[çc][ãa]o|transaktion|"
    r"رقم الطلب|الطلب|طلبك|מספר הזמנה|הזמנה|شماره سفارش|सफारिश|ऑर्डर|คำสั่งซื้อ|đơn hàng|"
    r"booking|reservation|buchung\w*|r[ée]servation|reserva|prenotazione|pnr|record\s+locator|"
    r"confirmation\s+(?:number|no\.?|#)|(?<!\w)(?:card|karte|carte|tarjeta|cart[ãa]o|carta|a/c)"
    r"\s+(?:ending(?:\s+(?:in|with))?|no\.?|number)|"
    r"bestell\w*|rechnung\w*|kunden\w*|commande|facture|pedido|factura|ordine|№|fattura|"
    r"bolletta|polizza|police(?:nummer)?|polis(?:e?nummer)?|poliçe|polisa|p[óo]liza|ap[óo]lice|"
    r"(?<!\w)(?:trx|txn|trans(?:action)?)\s*(?:id|no\.?|ref)|utr|rrn|"
    r"заказ\w*|замовлення|zamówieni\w*|objednávk\w*|sipariş\w*|rendelés\w*|comanda|"
    r"bestelling|phone|tel(?:efon)?|fax|call|zip|postal|plz|pocztow\w*|no\.|nr\.|(?<!\w)n\.|#|"
    r"(?<!\w)(?:ending(?:\s+in)?|(?:se\s+)?terminant\s+par|finissant\s+par|termina(?:da)?\s+en|"
    r"terminando\s+em|endet\s+auf|endend\s+auf|eindigend\s+op|group|gruppe|groupe|grupo|"
    r"হেল্পলাইন|हेल्पलाइन|serial|model|imei|iban|bic|swift|vat(?:\s+reg\.?)?|"
    r"reg(?:ister|istration)?\.?|company|steuer\w*|ust-idnr\.?|hrb|hra|siret|siren|rcs(?:\s+\w+)?|"
    r"tva|nif|cif|cnpj|cpf|p\.\s?iva|partita\s+iva|kvk(?:-nummer)?|btw(?:-nummer)?|krs|regon|nip|"
    r"org\.?\s?nr\.?|cvr|abn|acn|(?-i:EIN)|blz|gst(?:in)?|npwp|mst|mã số thuế|cui|ičo|"
    r"(?<!\w)(?-i:INN)|(?<!\w)инн|кпп|огрн|"
    r"єдрпоу|αφμ|mersis(?:\s+no)?|vergi\s+no|ח\.פ\.?|עוסק\s+מורשה|rea|cap|cep|"
    r"flight|room|gate|seat|suite|unit|box|postfach|postbus|apartado|hotline|helpline|tổng đài|"
    r"телефон|тел\.?|पिन)|〒|고객센터|대표전화|客服\w*|電話|주문번호|注文番号|订单号|訂單編號|"
    r"會員編號|会员编号|会員番号|회원번호|統一編號|统一编号|客戶編號|客户编号|顧客番号|고객번호|"
    r"交易編號|交易编号|交易号|流水号|取引番号|거래번호|身分證字號|身份证号|"
    r"(?:area|country|zip|post(?:al)?|sort)\s*code|postnummer|postnr\.?|irányítószám|"
    r"τ\.\s?κ\.|อ้างอิง|参考|(?:company|įmonės|ettevõtte)\s+(?:code|kodas|kood))"
    r"(?:[\s-]*(?:number|nummer|num[ée]ro|n[°º]|no\.?|nr\.?|id|номер\w*|nömrə\w*|raqam\w*|"
    r"дугаар\w*|ნომერი|համար|번호|numara\w*|numer\w*|broj\w*|број\w*|číslo|numur\w*|szám\w*|"
    r"رقم|شماره|nambari|nombor|nomor|rhif|uimhir|zenbaki\w*|no|番号|编号|編號|号|號|code|kod\w*|"
    r"c[óo]digo|cód\.?|codice|код\w*))?"
    r"\.?\s*[:：#]?\s*$")

NOT_A_CODE_AFTER = re.compile(
    r"-?(?:re|ra)?\s*(?:ile\s+(?:biten|sonlanan)|végződő|(?:으)?로\s*끝나는|で終わる|päättyv\w*)", re.I)
"""Words after a number that make it the end of a card or phone number ("4567 ile biten",
"4567-re végződő", "4567로 끝나는"): the languages that put the label after it."""

PROMO = _fast(
    "%0123456789abcdegiklmnoprstuvwzέκжзкмопрсхզהמקاتحخقكकछनขสფク以"
    "优優割折最满滿최쿠할",
    r"promo|coupon|rabat|kupon|cupom|cupon|slev|промо|купон|κουπόν|έκπτωσ|"
    r"קופון|كوبون|قسيمة|कूपन|クーポン|优惠|쿠폰|khuyến mãi|mã giảm|afslag|deskontu|"
    r"gostyngiad|lascaine|хөнгөлөлт|zbritje|попуст|отстъпк|endirim|жеңілдік|chegirma|"
    r"ფასდაკლებ|զեղչ|punguzo|diskwento|bon de réduction|remise|afsláttar|discount|voucher|"
    r"at checkout|% off|\d off\b|rabatt|gutschein|"
    r"descuento|cup[óo]n|r[ée]duction|sconto|korting|gift card|descompte|desconto|"
    r"reducere|popust|sleva|zniżk|kedvezmény|скидк|знижк|indirim|diskon|potongan|"
    r"baucar|giảm giá|ส่วนลด|折扣|優惠|割引|할인|הנחה|خصم|تخفیف|छूट|zľav|výpredaj|"
    r"soldes|rebajas|saldi|ausverkauf|uitverkoop|wyprzeda|распродаж|"
    r"(?:orders?|purchases?|spend) (?:over|above|of at least)|"
    r"minimum (?:order|spend|purchase)|"
    r"mindestbestellwert|einkauf ab|commande minimum|pedido m[íi]nimo|"
    r"n[áa]kupe nad|zakupach powyżej|comanda minim|buono|spesa minima|izpārdošan|atlaid|"
    r"nuolaid|allahindlus|alennus|kupong|kuponki|gasto m[íi]nimo|minimális|"
    r"minimiköp|minsta köp|minimumskøb|minimumsbeløp|minimum bestel\w*|minimaalne ostu\w*|"
    r"minimální nákup|minimálny nákup|минимальн\w* сумм\w*|мінімальн\w* сум\w*|"
    r"minimum alışveriş|pembelian minimum|minimal belanja|belanja minimum|tối thiểu|"
    r"最低消费|最低消費|满减|滿減|以上のご購入|최소 주문|최소 구매|ขั้นต่ำ|الحد الأدنى|"
    r"מינימום|حداقل خرید|न्यूनतम")

PRICED = re.compile(r"\d\s?%|%\s?\d|[€$£¥₹₺₽₩₫฿₱₦₴₸₪₼₾৳₭₮₲₵﷼]|\b(?:EUR|USD|GBP|CHF|PLN|CZK|SEK|NOK|DKK)\b")
"""A percentage or a price: beside a code made of letters, the mark of a coupon ("−25% ar kodu
ZIEMA25", "buono da 5 € (codice BENVENUTO5)")."""

CURRENCY_AMOUNT = re.compile(
    r"(?:RM|RS|RP|KSH|KES|USD|EUR|GBP|SGD|HKD|INR|IDR|PHP|THB|VND|AED|SAR|QAR|CHF|JPY|CNY|RMB|"
    r"NGN|ZAR|TRY|PLN|CZK|HUF|SEK|NOK|DKK|BRL|MXN|ARS|CLP|COP|PEN|TL|KM|LEI)\d[\d.,]*", re.I)
"""An amount written with its currency glued on ("RM50", "USD20"): money, not a code."""

BACKUP = _fast(
    "bcdeghknoprstvwyzåαεврגשابپबरपกสバリ予備备復恢백복",
    r"backup|recovery|spare|ersatz|wiederherstell|notfall|secours|r[ée]cup[ée]ration|respaldo|"
    r"recuperaci[óo]n|recupero|riserva|reserva|herstel|zapasow|záložn|rezervn|yedek|varakoodi|"
    r"reservkod|reservekode|резервн|восстановлен|відновлен|バックアップ|予備|备用|備用|복구|백업|"
    r"cadangan|pemulihan|sandaran|khôi phục|dự phòng|gendannelse|gjenoppretting|återställning|"
    r"odzyskiw|obnoven|helyreállít|tartalék|recupera|palautus|възстановяване|ανάκτηση|εφεδρικ|"
    r"שחזור|גיבוי|احتياطي|استرداد|استعادة|پشتیبان|بازیابی|बैकअप|रिकवरी|पुनर्प्राप्ति|สำรอง|"
    r"กู้คืน|恢复|恢復|復原|リカバリ|復旧|복원|kurtarma|zálohov|varmuus")
"""Words that make a code the spare one ("Ersatzcode", "backup code", "code de secours"):
listed after the code the mail is about."""

OBSOLETE = _fast(
    "aefgiklmnpstuvwyöđέδπбинпאהפالمกห之以作前失已期無만무이",
    r"no longer (?:works|valid)|(?:sent|gave you) (?:you )?earlier|previous(?:ly)?|expired|"
    r"invalid|ungültig|nicht mehr|plus valable|n'est plus|ya no|não é mais|non è più|"
    r"недействител|більше не|vorherige|frühere|abgelaufen|précédent|expiré|anterior|expirado|"
    r"precedente|scaduto|vorige|niet meer geldig|verlopen|tidigare|inte längre|tidligere|"
    r"ikke længere|ikke lenger|forrige|udløbet|utløpt|edellinen|aiempi|ei ole enää|vanhentunut|"
    r"poprzedni|nieważny|wygasł|předchozí|neplatí|vypršel|predchádzajúci|előző|már nem|lejárt|"
    r"nu mai|expirat|предыдущ|больше не|истёк|истек(?!\w)|попередн|önceki|artık geçerli değil|"
    r"süresi doldu|süresi dolmuş|geçersiz|προηγούμεν|δεν ισχύει|έληξε|السابق|لم يعد|منتهي|"
    r"הקודם|אינו תקף|פג תוקפ|以前|前回|無効|期限切れ|之前|已失效|失效|已过期|已過期|作废|作廢|이전|"
    r"만료되었|무효|sebelumnya|tidak berlaku|kedaluwarsa|trước đó|đã hết hạn|หมดอายุแล้ว|ก่อนหน้า")
"""Words that make a code in their sentence the old one ("the one we sent earlier (220471)
no longer works"): listed after a code that is still good."""

COPULA = re.compile(  # "is", "lautet", "是", a colon: what hands a code over
    r"(?:(?<!\w)(?:is|are|ist|lautet|est|es|és|è|é|är|er|je|jest|to|on|este|είναι|là|adalah|"
    r"ialah|yaitu|ay|ni|هو|هي|הוא|היא|คือ|ir|yra|është|е|је|є|нь|yw|ydy|ná|ithi|yi|ce|"
    r"luidt|lyder|zní|znie|brzmi|glasi|гласи|wynosi|"
    r"არის|է)|ແມ່ນ|គឺ|မှာ|[:：=是为為は៖፦፥—–])"
    r"\s*$", re.I)

HANDED = re.compile(r"(?:code|kód|kod|código|codice|код|κωδικός)\s*[:：]\s*$", re.I)
"""A code word and a colon right before a number: it hands over that number, however long."""

DASH_OPTIONAL = re.compile(
    r"(?<!\w)(?:no need to|(?:do not|don't|doesn't) (?:need|have) to|without|ohne|sans|sin|senza|sem|"
    r"zonder|bez|ilman|utan|uden|uten|без|nélkül|不需要|不用)\s+(?:\w+\s+){0,3}?(?:the\s+|den\s+|le\s+|el\s+|il\s+)?"
    r"(?:dash|hyphen|bindestrich|strich|tiret|trait d'union|gui[oó]n|trattino|h[íi]fen|traço|"
    r"streepje|myślnik|pomlčk\w*|väliviiva\w*|tavuviiva\w*|bindestreck\w*|bindestreg\w*|"
    r"bindestrek\w*|дефис\w*|дефіс\w*|тире|kötőjel\w*|破折号|连字符)", re.I)
"""A mail that says its code's dash need not be typed ("You don't need to type the dash")."""

DASH_KEPT = re.compile(
    r"(?<!\w)(?:with(?: the)? (?:dash|hyphen)e?s|including (?:the )?(?:dash|hyphen)e?s|"
    # "the dash is part of the code" ("Vezaj je del kode")
    r"(?:dash|hyphen|vezaj|bindestrich|tiret|gui[oó]n|trattino|h[íi]fen|streepje|myślnik|"
    r"pomlčka|spojovník|дефис|дефіс|tire|kötőjel|väliviiva|bindestreck|bindestreg|bindestrek)"
    r"\s+(?:is|je|ist|est|es|è|é|jest|е|является|є|on|er|är|a|az)\s+(?:a\s+|une?\s+)?"
    r"(?:part|del|teil|partie|parte|częścią|součástí|súčasťou|частью|частиною|част|osa|"
    r"del av|része)|"
    r"mit (?:den )?bindestrichen|avec (?:les )?tirets|con (?:los )?guiones|con (?:i )?trattini|"
    r"com (?:os )?h[íi]fens|met (?:de )?streepjes|z myślnikami|s pomlčkami|з дефісами|"
    r"с дефисами|väliviivoineen|med bindestreck|med bindestreg|med bindestrek|"
    r"(?:beserta|dengan|termasuk) tanda (?:hubung|sambung))", re.I)
"""A mail that says its code's dashes are to be typed ("Type it with the dashes")."""

THAI_DATE = re.compile(
    r"(?:[\u0e01-\u0e2e]{1,2}\.[\u0e01-\u0e2e]\.|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|"
    r"กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)\s?(?:พ\.ศ\.\s?)?$")
"""A Thai month before a number: the number is a Buddhist-era year ("30 พ.ย. 2569")."""

VERB_AFTER = re.compile(
    r"\s?(?:を|를|을|'?(?:y[ıiuü]|[ıiuü])|\s?n[ıiuü]|\s?را)?\s?(?:入力|입력|girin\w*|kiriting|daxil\s+edin|"
    r"енгізіңіз|оруулна|وارد\s+کنید|درج\s+کریں|दर्ज\s+करें)", re.I)
"""An instruction verb right after a code, in languages that put the verb last ("448120 を入力",
"448120'yi girin"): like INSTRUCTIONS, it counts only in a mail that speaks of a code."""

WARNING = _fast(
    "nddgjmnskaäpvtfsiuzaeéáóöğbcwhàчгкмнвдбтфпзлшхрсеаυοπσμκπلأابکכאלבהخنهঅদশকসপইআমতहकसจอไหลขรทช"
    "切请請不绝絕決絶他教共절타공알",
    r"(?<!\w)(?:never|ешкімге|айтпаңыз|do not (?:share|give|disclose|forward|tell)|"
    r"don'?t (?:share|give|disclose|"
    r"forward|tell)|will not ask|won'?t ask|with anyone|to anyone|niemals|nicht weiter\w*|"
    r"an niemand\w*|jamais|ne (?:le |la )?(?:partagez|communiquez|transmettez|donnez)|"
    r"à personne|nunca|no (?:lo |la )?(?:compartas|comparta|reveles|proporciones|des)|"
    r"con nadie|a nadie|non (?:condividere|comunicare|fornire|divulgare)|a nessuno|"
    r"con nessuno|não (?:o |a )?(?:compartilhe|partilhe|forneça|informe|divulgue)|"
    r"com ninguém|a ninguém|nooit|niet (?:delen|door)|met niemand|aldrig|aldri|dela inte|"
    r"del ikke|ikke del|med någon|med nogen|med noen|koskaan|älä (?:jaa|kerro|anna|luovuta)|"
    r"kenellekään|nigdy|nie (?:udostępniaj|podawaj|przekazuj)|nikomu|nikdy|nesdílejte|"
    r"nesdělujte|nezdieľajte|soha|senkivel|senkinek|ne adja|niciodată|nu (?:comunica|divulga|"
    r"oferi|da)|nimănui|никогда|никому|не сообщайте|не передавайте|ніколи|нікому|"
    r"не повідомляйте|никога|на никого|ποτέ|σε κανέναν|μην|asla|kimseyle|kimseye|"
    r"paylaşmayın\w*|vermeyin\w*|أبدا|أبداً|لا (?:تشارك|تعطي|تفصح)\w*|لأي شخص|مع أي شخص|לעולם|"
    r"אל (?:תשתפ|תשתף|תמסר|תמסור|תעביר)\w*|לאף אחד|هرگز|به هیچ کس|با هیچ کس|कभी नहीं|साझा न करें|"
    r"किसी के साथ|किसी को भी|কখনো|কাউকে|শেয়ার করবেন না|کبھی|کسی کے ساتھ|"
    r"không bao giờ|không (?:chia sẻ|cung cấp)|tuyệt đối không|jangan|tidak pernah|"
    r"kepada siapa(?:pun| pun)|kepada sesiapa|huwag|usishiriki|usimpe|kamwe)(?!\w)|"
    r"ห้าม|อย่า|切勿|请勿|請勿|不要|绝不|絕不|決して|絶対に|他人に|教えないで|共有しないで|절대|타인에게|"
    r"공유하지|알려주지")
"""Words of a warning ("never share this code", "Usishiriki PIN yako"): a code word in such a
line speaks of codes in general, and hands over only a code an "is" or a colon gives it."""
