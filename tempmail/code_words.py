"""The words that mark, hand over or rule out a one-time code, in many languages.

What tempmail.extract looks for around a number: a word for "code" or "verify", an "is" or
a colon that hands a code over, a verb that tells the reader to enter it; and what makes a
number something else (an order, a postcode, a register, a coupon, a backup or an old code).
Every pattern is matched at bounded places (a keyword's neighbourhood, a code's sentence),
so the extractor stays linear in its input.
"""

import re

# Words meaning "code" or "verify" in many languages, as whole words. STEMS
# also take compounds (Bestätigungscode, verifieringskod, kodunuz,
# vahvistuskoodisi), minus the words NOT_CODE_WORDS starts.
STEMS = re.compile(
    r"(?=[ckκкკկn])(?:code[sn]?|kod\w*|kód\w*|kóð\w*|kood\w*|kode\w*|κωδικ\w*|код\w*|კოდ\w*|"
    r"կոդ\w*|k[ôo]d\w*|c[óô]d\w*|ch[óô]d\w*|ngh[óô]d\w*)(?!\w)", re.I)

KEYWORDS = re.compile(
    r"(?=[cvmotpw2dşeεmsaiufhjglвтоkiltTኮකកကசకകಕركاקאकओसکรコワ验驗校动确인코認確暗パوفبلהבלושמכکকওਕકகఓ一動临臨短认安授登eüеjјס일확보])"
    r"(?<!\w)(?:"  # first letters above: a fast skip
    r"c[óo]digo|clave|codice|codi|cod(?:ul|ului)?|mã|msimbo\w*|"
    r"(?-i:m?TAN|(?:push|sms|chip|photo|app|i)TAN)|"
    r"verification|verify|verificaci[óo]n|verifica(?:ção|re|tion)?|verifikasi|"
    r"verifiering|one[- ]time|otp|pin|token|2fa|confirmation|egyszer\s+használatos|"
    r"uthibitisho|pengesahan|(?:pass)?phrase|frase|k[oóò]{2}d[uùú]|tabbatarwa\w*|ikhodi|"
    r"ikhowudi|(?-i:TAC)|"
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
    r"[הב]?סיסמה\s+חד[- ]פעמית|كلمة\s+(?:ال)?مرور\s+(?:لمرة\s+واحدة|مؤقتة)|"
    r"weryfikac\w*|doğrulama|şifre\w*|vahvistus\w*|ověř\w*|ellenőrző|"
    r"επαλήθευσ\w*|[وف]?(?:بال|لل|ال|ب|ل|ك)?(?:رمز|كود)(?:ك|كم|ه|ي|نا)?|[وف]?(?:لل|ال)?تحقق|"
    r"[ושכ]?[הבלמ]?(?:קוד|אימות)(?:ך|כם|י)?|कोड|ओटीपी|सत्यापन|کد|کوڈ|কোড|ওটিপি|ਕੋਡ|કોડ|"
    r"ఓటీపీ|కోడ్|കോഡ്|ಕೋಡ್"
    r")(?!\w)|குறியீ|சரிபார்ப்பு|"
    r"コード|ワンタイム|認証番号|確認番号|暗証番号|パスコード|パスワード|"
    r"验证码|驗證碼|校验码|动态码|确认码|认证码|認證碼|安全码|安全碼|授权码|授權碼|登录码|"
    r"动态密码|動態密碼|一次性密码|一次性密碼|临时密码|臨時密碼|短信密码|"
    r"인증\s*(?:코드|번호)|인증번호|코드|일회용\s*비밀번호|확인\s*번호|보안\s*번호|"
    r"验证代码|驗證代碼|校驗碼|動態碼|確認碼|認證代碼|รหัส|ລະຫັດ|ኮድ|කේත|කෝඩ|កូដ|ကုဒ်|କୋଡ",
    re.I)

NOT_CODE_WORDS = re.compile(
    r"(?:post|pos(?=ko)|zip|bar|promo|gutschein|rabat|aktions|coupon|kupon|discount|voucher|qr|source|"
    r"quell|enc|dec|dek|enk|uni|geo|dress|sort|kodak|vorwahl|regist|ettevõtte)", re.I)

NOT_CODE_AFTER = re.compile(
    r"\s*(?:(?:de|del|du|di|do|da)\s+)?(?:centro|cliente|client|producto|produs|produit|prodotto|"
    r"đơn hàng|vận đơn|giảm giá|bưu chính|pos|promo|booking|voucher|kupon|diskon|"
    r"produto|product|art[íi]culo|article|articolo|item|empresa|entreprise|impresa|fiscal|"
    r"sucursal|banco|bancaire|pa[íi]s|pays|área|area|región|region|"
    r"postal|postale|post|posta|pocztowy|poștal|poštovní|poštanski|почтов\w*|поштов\w*|"
    r"پستی|پیگیری|رهگیری|ملی|اقتصادی|شعبه|البريدي|بريدي|البريد|ไปรษณีย์|पोस्टल|पिन|"
    r"sdi|destinatario|univoco|fiscale|ateco|iban|bic|swift|ufficio|"
    r"rastreio|rastreamento|rastreo|seguimiento|suivi|tracciamento|spedizione|envio|envío|"
    r"sledování|śledzenia|nadania|"
    # a body of law ("régie par le Code des assurances · ORIAS 07 028 114")
    r"des|civil|civile|p[ée]nal|mon[ée]taire|de commerce|de la consommation|de la route|"
    r"du travail|g[ée]n[ée]ral des imp[ôo]ts)(?!\w)", re.I)
"""Words after "code" that make it a postcode ("código postal", "کد پستی", "รหัสไปรษณีย์")."""

NOT_CODE_BEFORE = re.compile(
    r"(?<!\w)(?:source|promo|zip|postal|posta|post|area|country|dress|sort|bar|discount|coupon|"
    r"voucher|gift|qr|company|įmonės|ettevõtte|product|produkt|item|article|artikel|customer|"
    r"அஞ்சல்|పిన్|পোস্ট|ডাক|пощенски|поштенски|поштански|poštanski|poštni|poštovní|pašto|"
    r"pasta|irányító|"
    r"client|kunden|tax|fiscal|bank|branch|region|school|store|shop|auth|approval|पिन|"
    # codes that name a thing, not a person's one-time proof
    r"error|fault|status|return|exit|response|reason|diagnostic|tracking|referral|affiliate|"
    r"booking|reservation|ifsc|swift|routing|hs|sku|course|event|campaign|sales|style|colou?r|"
    r"merchant|agent|partner|dealer|employee|staff|offer|rate|fare|account|airport|redemption)"
    r"[\s-]*$", re.I)

# Verbs that hand the reader a code ("Enter 482913 in the app"); they count
# only in a mail that speaks of a code somewhere, and only just before the code.
INSTRUCTIONS = re.compile(
    r"(?<!\w)(?:enter|use|type|paste|input|eingeben|gib|verwende|lautet|saisissez|entrez|utilisez|"
    r"introduce|ingresa|ingrese|usa|utiliza|inserisci|digite|insira|voer|gebruik|wpisz|"
    r"введите|girin|ange|indtast|syötä|zadejte)(?!\w)", re.I)

# Words that make a nearby number something else.
NOT_A_CODE = re.compile(
    r"(?:order|invoice|tracking|shipment|ref(?:erence)?|refer\w*|account|customer|member|ticket|"
    r"case|işlem|transacci[óo]n|transa[çc][ãa]o|transaktion|"
    r"رقم الطلب|الطلب|طلبك|מספר הזמנה|הזמנה|شماره سفارش|सफारिश|ऑर्डर|คำสั่งซื้อ|đơn hàng|"
    r"booking|reservation|buchung\w*|r[ée]servation|reserva|prenotazione|pnr|record\s+locator|"
    r"confirmation\s+(?:number|no\.?|#)|(?<!\w)(?:card|karte|carte|tarjeta|cart[ãa]o|carta|a/c)"
    r"\s+(?:ending(?:\s+(?:in|with))?|no\.?|number)|"
    r"bestell\w*|rechnung\w*|kunden\w*|commande|facture|pedido|factura|ordine|№|"
    r"(?<!\w)(?:trx|txn|trans(?:action)?)\s*(?:id|no\.?|ref)|utr|rrn|"
    r"заказ\w*|замовлення|zamówieni\w*|objednávk\w*|sipariş\w*|rendelés\w*|comanda|"
    r"bestelling|phone|tel(?:efon)?|fax|call|zip|postal|plz|pocztow\w*|no\.|nr\.|#|"
    r"(?<!\w)(?:ending(?:\s+in)?|(?:se\s+)?terminant\s+par|finissant\s+par|termina(?:da)?\s+en|"
    r"terminando\s+em|endet\s+auf|endend\s+auf|eindigend\s+op|group|gruppe|groupe|grupo|"
    r"হেল্পলাইন|हेल्पलाइन|serial|model|imei|iban|bic|swift|vat(?:\s+reg\.?)?|"
    r"reg(?:ister|istration)?\.?|company|steuer\w*|ust-idnr\.?|hrb|hra|siret|siren|rcs(?:\s+\w+)?|"
    r"tva|nif|cif|cnpj|cpf|p\.\s?iva|partita\s+iva|kvk(?:-nummer)?|btw(?:-nummer)?|krs|regon|nip|"
    r"org\.?\s?nr\.?|cvr|abn|acn|(?-i:EIN)|blz|gst(?:in)?|npwp|mst|mã số thuế|cui|ičo|inn|инн|кпп|огрн|"
    r"єдрпоу|αφμ|mersis(?:\s+no)?|vergi\s+no|ח\.פ\.?|עוסק\s+מורשה|rea|cap|cep|"
    r"flight|room|gate|seat|suite|unit|box|postfach|postbus|apartado|hotline|helpline|tổng đài|"
    r"телефон|тел\.?|पिन)|〒|고객센터|대표전화|客服\w*|電話|주문번호|注文番号|订单号|訂單編號|"
    r"會員編號|会员编号|会員番号|회원번호|統一編號|统一编号|客戶編號|客户编号|顧客番号|고객번호|"
    r"交易編號|交易编号|交易号|流水号|取引番号|거래번호|身分證字號|身份证号|"
    r"(?:area|country|zip|post(?:al)?|sort)\s*code|postnummer|postnr\.?|irányítószám|"
    r"τ\.\s?κ\.|อ้างอิง|参考|(?:company|įmonės|ettevõtte)\s+(?:code|kodas|kood))"
    r"(?:\s*(?:number|nummer|num[ée]ro|n[°º]|no\.?|nr\.?|id))?\.?\s*[:：#]?\s*$", re.I)

PROMO = re.compile(r"promo|coupon|discount|voucher|at checkout|% off|\d off\b|rabatt|gutschein|"
                   r"descuento|cup[óo]n|r[ée]duction|sconto|korting|gift card|descompte|desconto|"
                   r"reducere|popust|sleva|zniżk|kedvezmény|скидк|знижк|indirim|diskon|potongan|"
                   r"baucar|giảm giá|ส่วนลด|折扣|優惠|割引|할인|הנחה|خصم|تخفیف|छूट|zľav|výpredaj|"
                   r"soldes|rebajas|saldi|ausverkauf|uitverkoop|wyprzeda|распродаж|"
                   r"(?:orders?|purchases?|spend) (?:over|above|of at least)|"
                   r"minimum (?:order|spend|purchase)|"
                   r"mindestbestellwert|einkauf ab|commande minimum|pedido m[íi]nimo|"
                   r"n[áa]kupe nad|zakupach powyżej|comanda minim|buono|spesa minima|izpārdošan|atlaid|"
                   r"nuolaid|allahindlus|alennus|kupong|kuponki|gasto m[íi]nimo|minimális", re.I)

PRICED = re.compile(r"\d\s?%|%\s?\d|[€$£¥₹₺₽₩₫฿₱₦₴₸₪₼₾৳₭₮₲₵﷼]|\b(?:EUR|USD|GBP|CHF|PLN|CZK|SEK|NOK|DKK)\b")
"""A percentage or a price: beside a code made of letters, the mark of a coupon ("−25% ar kodu
ZIEMA25", "buono da 5 € (codice BENVENUTO5)")."""

CURRENCY_AMOUNT = re.compile(
    r"(?:RM|RS|RP|KSH|KES|USD|EUR|GBP|SGD|HKD|INR|IDR|PHP|THB|VND|AED|SAR|QAR|CHF|JPY|CNY|RMB|"
    r"NGN|ZAR|TRY|PLN|CZK|HUF|SEK|NOK|DKK|BRL|MXN|ARS|CLP|COP|PEN|TL|KM|LEI)\d[\d.,]*", re.I)
"""An amount written with its currency glued on ("RM50", "USD20"): money, not a code."""

BACKUP = re.compile(
    r"backup|recovery|spare|ersatz|wiederherstell|notfall|secours|r[ée]cup[ée]ration|respaldo|"
    r"recuperaci[óo]n|recupero|riserva|reserva|herstel|zapasow|záložn|rezervn|yedek|varakoodi|"
    r"reservkod|reservekode|резервн|восстановлен|відновлен|バックアップ|予備|备用|備用|복구|백업|"
    r"cadangan|pemulihan|sandaran|dự phòng|khôi phục|varmuus|palautus|gendannelse|"
    r"återställning|gjenoppretting|obnoven|odzyskiw|helyreállít|tartalék|kurtarma|recupera|"
    r"احتياطي|استرداد|استعادة|גיבוי|שחזור|पुनर्प्राप्ति|बैकअप|สำรอง|กู้คืน|恢复|恢復|リカバリー|復旧", re.I)
"""Words that make a code the spare one ("Ersatzcode", "backup code", "code de secours"):
listed after the code the mail is about."""

OBSOLETE = re.compile(
    r"no longer (?:works|valid)|(?:sent|gave you) (?:you )?earlier|previous(?:ly)?|expired|"
    r"invalid|ungültig|nicht mehr|plus valable|n'est plus|ya no|não é mais|non è più|"
    r"недействител|більше не", re.I)
"""Words that make a code in their sentence the old one ("the one we sent earlier (220471)
no longer works"): listed after a code that is still good."""

COPULA = re.compile(  # "is", "lautet", "是", a colon: what hands a code over
    r"(?:(?<!\w)(?:is|are|ist|lautet|est|es|és|è|é|är|er|je|jest|to|on|este|είναι|là|adalah|"
    r"ialah|yaitu|ay|ni|هو|هي|הוא|היא|คือ|ir|yra|është|е|је|є|нь|yw|ydy|ná|ithi|yi|ce|"
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
    r"mit (?:den )?bindestrichen|avec (?:les )?tirets|con (?:los )?guiones|con (?:i )?trattini|"
    r"com (?:os )?h[íi]fens|met (?:de )?streepjes|z myślnikami|s pomlčkami|з дефісами|"
    r"с дефисами|väliviivoineen|med bindestreck|med bindestreg|med bindestrek)", re.I)
"""A mail that says its code's dashes are to be typed ("Type it with the dashes")."""
