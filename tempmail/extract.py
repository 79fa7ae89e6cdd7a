"""Find what a sign-up mail is for: one-time codes and confirmation links.

Heuristics, measured against tests/data/verification.py (precision and recall
are printed by bench/extract.py). Codes must sit near a word that means
"code" in one of several languages; order numbers, dates, prices, times and
phone numbers are not codes. Which links matter is tempmail.links's part.
"""

import bisect
import functools
import itertools
import re
import unicodedata

from tempmail.budget import NEVER, Deadline
from tempmail.links import URL_IN_TEXT, find_links, html_to_text

# Words meaning "code" or "verify" in many languages, as whole words. STEMS
# also take compounds (Bestätigungscode, verifieringskod, kodunuz,
# vahvistuskoodisi), minus the words NOT_CODE_WORDS starts.
STEMS = re.compile(
    r"(?=[ckκкკկ])(?:code[sn]?|kod\w*|kód\w*|kóð\w*|kood\w*|kode\w*|κωδικ\w*|код\w*|კოდ\w*|"
    r"կոդ\w*)(?!\w)", re.I)
KEYWORDS = re.compile(
    r"(?=[cvmotpw2dşeεmsaiufhjglвтоkiltTኮකកကசకകಕركاקאकओसکรコワ验驗校动确인코認確暗パوفبلהבלושמכکকওਕકகఓ一動临臨短认安授登])"
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
    r"weryfikac\w*|doğrulama|şifre\w*|vahvistus\w*|ověř\w*|ellenőrző|"
    r"επαλήθευσ\w*|[وف]?(?:بال|لل|ال|ب|ل|ك)?(?:رمز|كود)(?:ك|كم|ه|ي|نا)?|[وف]?(?:لل|ال)?تحقق|"
    r"[ושכ]?[הבלמ]?(?:קוד|אימות)(?:ך|כם|י)?|कोड|ओटीपी|सत्यापन|کد|کوڈ|কোড|ওটিপি|ਕੋਡ|કોડ|"
    r"ఓటీపీ|కోడ్|കോഡ്|ಕೋಡ್"
    r")(?!\w)|குறியீ|சரிபார்ப்பு|"
    r"コード|ワンタイム|認証番号|確認番号|暗証番号|パスコード|パスワード|"
    r"验证码|驗證碼|校验码|动态码|确认码|认证码|認證碼|安全码|安全碼|授权码|授權碼|登录码|"
    r"动态密码|動態密碼|一次性密码|一次性密碼|临时密码|臨時密碼|短信密码|"
    r"인증\s*(?:코드|번호)|인증번호|코드|รหัส|ລະຫັດ|ኮድ|කේත|කෝඩ|កូដ|ကုဒ်|କୋଡ",
    re.I)
NOT_CODE_WORDS = re.compile(
    r"(?:post|zip|bar|promo|gutschein|rabat|aktions|coupon|kupon|discount|voucher|qr|source|"
    r"quell|enc|dec|dek|enk|uni|geo|dress|sort|kodak|vorwahl|regist|ettevõtte)", re.I)
NOT_CODE_AFTER = re.compile(
    r"\s*(?:(?:de|del|du|di|do|da)\s+)?(?:centro|cliente|client|producto|produs|produit|prodotto|"
    r"đơn hàng|vận đơn|giảm giá|bưu chính|pos|promo|booking|voucher|kupon|diskon|"
    r"produto|product|art[íi]culo|article|articolo|item|empresa|entreprise|impresa|fiscal|"
    r"sucursal|banco|bancaire|pa[íi]s|pays|área|area|región|region|"
    r"postal|postale|post|posta|pocztowy|poștal|poštovní|poštanski|почтов\w*|поштов\w*|"
    r"پستی|البريدي|بريدي|البريد|ไปรษณีย์|पोस्टल|पिन)(?!\w)", re.I)
"""Words after "code" that make it a postcode ("código postal", "کد پستی", "รหัสไปรษณีย์")."""
NOT_CODE_BEFORE = re.compile(
    r"(?<!\w)(?:source|promo|zip|postal|posta|post|area|country|dress|sort|bar|discount|coupon|"
    r"voucher|gift|qr|company|įmonės|ettevõtte|product|produkt|item|article|artikel|customer|"
    r"அஞ்சல்|పిన్|পোস্ট|ডাক|"
    r"client|kunden|tax|fiscal|bank|branch|region|school|store|shop|auth|approval|पिन)[\s-]*$", re.I)
# Verbs that hand the reader a code ("Enter 482913 in the app"); they count
# only in a mail that speaks of a code somewhere, and only just before the code.
INSTRUCTIONS = re.compile(
    r"(?<!\w)(?:enter|use|type|paste|input|eingeben|gib|verwende|lautet|saisissez|entrez|utilisez|"
    r"introduce|ingresa|ingrese|usa|utiliza|inserisci|digite|insira|voer|gebruik|wpisz|"
    r"введите|girin|ange|indtast|syötä|zadejte)(?!\w)", re.I)
INSTRUCTION_WINDOW = 40

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

DIGITS = r"\d(?: \d){3,7}(?! ?\d)|\d{2,4}(?:[ -]\d{2,4}){1,2}(?![ -]?\d)|\d{4,8}"
ALNUM = (r"[A-Z]{1,3}-\d{4,8}|[A-Z]{4}-[A-Z]{4}(?![\w-])|"
         r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){0,3}")
WORDS = r"[a-z]{3,12}(?:-[a-z]{3,12}){2,4}(?![\w-])"
"""A code made of words ("maple-river-quiet-fox"), as some services send instead of digits."""
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
PROMO_REACH = 80
"""Characters around a code, within its sentence, searched for PROMO words."""
CURRENCY_AMOUNT = re.compile(
    r"(?:RM|RS|RP|KSH|KES|USD|EUR|GBP|SGD|HKD|INR|IDR|PHP|THB|VND|AED|SAR|QAR|CHF|JPY|CNY|RMB|"
    r"NGN|ZAR|TRY|PLN|CZK|HUF|SEK|NOK|DKK|BRL|MXN|ARS|CLP|COP|PEN|TL|KM|LEI)\d[\d.,]*", re.I)
"""An amount written with its currency glued on ("RM50", "USD20"): money, not a code."""
CANDIDATE = re.compile(
    rf"(?<![\w.,/$€£¥+#@-])(?<!\d:)({DIGITS}|{ALNUM}|{WORDS})"
    rf"(?![\w/%€£$¥@]|[.,:]\d|\s?(?:€|EUR|USD|\$|%|kg|km))")
DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}")
WINDOW = 80       # characters around a keyword in which a code may stand
TEXT_LIMIT = 256 * 1024
"""Characters of a subject or body searched for codes: a code stands near the top."""
MAX_CANDIDATES = 50_000
"""Code-like tokens looked at per text; past them the rest of the text is not read."""
SECOND_REACH = 24
"""A code after the first is listed only this near a keyword: mail has one code, and what
stands farther off is an order, a phone or a register number more often than a code."""
NEAR = 4
BACKUP = re.compile(
    r"backup|recovery|spare|ersatz|wiederherstell|notfall|secours|r[ée]cup[ée]ration|respaldo|"
    r"recuperaci[óo]n|recupero|riserva|reserva|herstel|zapasow|záložn|rezervn|yedek|varakoodi|"
    r"reservkod|reservekode|резервн|восстановлен|відновлен|バックアップ|予備|备用|備用|복구|백업", re.I)
"""Words that make a code the spare one ("Ersatzcode", "backup code", "code de secours"):
listed after the code the mail is about."""
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
SPARE_RANK = 60
OBSOLETE_RANK = 5000
OBSOLETE = re.compile(
    r"no longer (?:works|valid)|(?:sent|gave you) (?:you )?earlier|previous(?:ly)?|expired|"
    r"invalid|ungültig|nicht mehr|plus valable|n'est plus|ya no|não é mais|non è più|"
    r"недействител|більше не", re.I)
"""Words that make a code in their sentence the old one ("the one we sent earlier (220471)
no longer works"): listed after a code that is still good."""
"""Added to the rank of a code whose keyword is a backup's."""
"""Codes nearer than this to a keyword are listed in the order they stand in the mail."""
MAX_CHECKED = 2_000
"""Tokens near a keyword whose context is weighed, per text; the nearest come first anyway."""
SENTENCE_REACH = 240
"""How far after its keyword a code may stand when an "is" or a colon hands it over in the
same sentence ("Your one-time code for the payment of 89,00 EUR at SHOP 2000 on card
ending 7745 is: 51 30 77"): bank and payment mails name merchant, amount and card between."""
SENTENCE_END = re.compile(r"[.!?。！？](?=\s)|[。！？।]|\n[ \t]*\n")
"""Where a sentence ends: a full stop before a space, an ideographic stop, a blank line."""

def _prepare(text):
    """Fold other digits (５, ٥) and full-width letters to ASCII, blank out URLs, join a
    code set one digit per line (table cells: "4\n8\n2\n9" reads "4 8 2 9"); keep offsets."""
    text = text or ""
    if not text.isascii():
        text = _WIDE_SPACE.sub(" ", text)
        text = _OTHER_DIGIT.sub(lambda match: str(unicodedata.decimal(match.group())), text)
        text = _WIDE_LETTER.sub(lambda match: chr(ord(match.group()) - 0xFEE0), text)
    text = _DIGIT_PER_LINE.sub(lambda match: match.group().replace("\n", " "), text)
    return URL_IN_TEXT.sub(lambda match: " " * len(match.group()), text)


_DIGIT_PER_LINE = re.compile(r"(?<![^\n])(?<!\d\n)\d(?:\n\d){3,7}(?![^\n])(?!\n\d)")


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_WIDE_SPACE = re.compile(r"[\xa0\u2000-\u200a\u202f\u205f\u3000]")
_WIDE_LETTER = re.compile(r"[Ａ-Ｚａ-ｚ]")


def _typed(code):
    """Return a code as it is typed: "583 201" and "583-201" are 583201; "7Q4-ZP9" keeps its dash;
    "G-482913" is 482913 (the letter names the sender; the form takes the digits)."""
    code = code.replace(" ", "")
    if _SENDER_LETTER.fullmatch(code):
        return code[2:]
    return code.replace("-", "") if code.replace("-", "").isdigit() else code


_SENDER_LETTER = re.compile(r"[A-Z]-\d{4,8}")


def _scan(text):
    """Return (prepared text, keyword spans, ends of instruction verbs, sentence ends) of a
    subject or body, cut at TEXT_LIMIT."""
    return _scan_cut(text[:TEXT_LIMIT])


@functools.lru_cache(maxsize=8)
def _scan_cut(text):
    """_scan of a text already cut; a view asks more than once, so it is remembered."""
    source = _prepare(text)
    spans = [(m.start(), m.end()) for m in KEYWORDS.finditer(source)]
    for match in STEMS.finditer(source):
        start = match.start()
        while start and (source[start - 1].isalnum() or source[start - 1] == "_"):
            start -= 1
        if not NOT_CODE_WORDS.match(source, start):
            spans.append((start, match.end()))
    spans = [(start, end) for start, end in sorted(spans)
             if not NOT_CODE_BEFORE.search(source, max(0, start - 16), start)
             and not NOT_CODE_AFTER.match(source, end)]
    return (source, spans, [verb.end() for verb in INSTRUCTIONS.finditer(source)],
            [stop.start() for stop in SENTENCE_END.finditer(source)], _spare(source, spans))


def _spare(source, spans):
    """Return the numbers of the keywords that speak of a backup code: a backup named by
    the keyword ("Ersatzcode", "code de secours"), or a keyword that follows such a one in
    its paragraph with no code between ("Keep this backup code safe. It works in place of
    an emailed code: 9041-7723"). Each gap between keywords is read once."""
    spare: set[int] = set()
    for number, (start, end) in enumerate(spans):
        if BACKUP.search(source, max(0, start - 20), end + 14):
            spare.add(number)
        elif number - 1 in spare:
            gap = source[spans[number - 1][1]:start]
            if not _PARAGRAPH.search(gap) and not CANDIDATE.search(gap):
                spare.add(number)
    return spare



def find_codes(subject: str, text: str, limit: int = 3, deadline: Deadline = NEVER) -> list:
    """Return the one-time codes in subject and text, likeliest (nearest a keyword) first.

    One pass over the candidates of each text: a candidate is ranked by the
    nearest keyword before and after it (found by bisection), never against
    every keyword. Reads TEXT_LIMIT characters; raises budget.OverBudget.
    """
    best = {}
    scans = [_scan(subject or ""), _scan(text or "")]
    about_a_code = any(scan[1] for scan in scans)
    for offset, (source, spans, verbs, stops, spare) in enumerate(scans):
        seen = checked = 0
        if not spans and not (about_a_code and verbs):
            continue
        starts = [start for start, _ in spans]
        reach = list(itertools.accumulate((end for _, end in spans), max))
        for match in CANDIDATE.finditer(source):
            seen += 1
            if seen % 256 == 0:
                deadline.check()
            if seen > MAX_CANDIDATES or checked >= MAX_CHECKED:
                break
            rank, distance, owner = _rank(source, match, starts, reach,
                                          verbs if about_a_code else (), stops)
            if owner in spare and match.start() > starts[owner]:
                rank += SPARE_RANK  # handed over by a backup's keyword
            if rank is not None and OBSOLETE.search(
                    _sentence_around(source, match.start(), match.end(), PROMO_REACH)):
                rank += OBSOLETE_RANK  # an old code: after any other, however found
            code = _typed(match.group(1))
            if rank is None or best.get(code, (9e9,))[0] <= rank + offset:
                continue  # far from any keyword, or already found as near
            checked += 1
            if _plausible(source, match):
                best[code] = (rank + offset, offset, match.start(), distance, (offset, owner))
    # Codes right by a keyword come in the order they stand (the subject's first).
    ranked = sorted(best.items(), key=lambda item: (max(item[1][0], NEAR), *item[1][1:3]))
    found, owners = [], set()
    for code, (_, _, _, distance, owner) in ranked:
        if not found or (distance <= SECOND_REACH and owner not in owners):
            found.append(code)
        owners.add(owner)
    return found[:limit]


_COPULA = re.compile(
    r"(?:(?<!\w)(?:is|are|ist|lautet|est|es|és|è|é|är|er|je|jest|to|on|este|είναι|là|adalah|"
    r"ialah|yaitu|ay|ni|هو|هي|הוא|היא|คือ)|[:：=是为為は៖፦፥])"
    r"\s*$", re.I)
COPULA_REACH = 10
"""Characters before a code searched for the "is" or colon that hands it over."""


def _rank(source, match, starts, reach, verbs, stops):
    """Return (rank, distance, owner): how far match stands from the nearest keyword (or
    1000 + from an instruction verb just before it), the rank a quarter of that when an "is"
    or a colon hands the code over (which reaches SENTENCE_REACH within one sentence); and
    which keyword or verb that is. All None if neither is close or the match is a keyword
    itself. A keyword speaks of one code: a second number nearest the same keyword is a
    register, phone or order number."""
    start, end = match.span()
    before = bisect.bisect_left(starts, end)       # keywords starting before the code ends
    if before and reach[before - 1] > start:
        return None, None, None                    # it overlaps a keyword itself ("2FA")
    ranks = []
    if before and end <= reach[before - 1] + SENTENCE_REACH:
        distance = start - reach[before - 1]
        # "your passcode for a payment to SHOP 3021 on 30/11 is 582 011"
        copula = _COPULA.search(source, max(0, start - COPULA_REACH), start)
        if end <= reach[before - 1] + WINDOW:
            if not copula and _FULL_STOP.search(source, reach[before - 1], start):
                distance += WINDOW  # "… never ask for codes. ACME LLC, 630099, Novosibirsk"
            ranks.append((distance / 4 if copula else distance, distance, before - 1))
        elif copula and _one_sentence(stops, reach[before - 1], start):
            ranks.append((distance / 4, distance, before - 1))
    if before < len(starts) and start >= starts[before] - WINDOW \
            and _one_sentence(stops, end, starts[before]):  # "482913 is your code"
        ranks.append((starts[before] - end, starts[before] - end, before))
    if not ranks and verbs:
        verb = bisect.bisect_right(verbs, start)
        if verb and end <= verbs[verb - 1] + INSTRUCTION_WINDOW:
            distance = 1000 + start - verbs[verb - 1]
            ranks.append((distance, distance, -verb))
    return min(ranks) if ranks else (None, None, None)


_THREE_THREES = re.compile(r"\d{3}[ -]\d{3}[ -]\d{3}")
_HANDED = re.compile(r"(?:code|kód|kod|código|codice|код|κωδικός)\s*[:：]\s*$", re.I)
"""A code word and a colon right before a number: it hands over that number, however long."""


def _sentence_around(source, start, end, reach):
    """Return the text within reach of source[start:end] that is in the same sentence."""
    before = SENTENCE_END.split(source[max(0, start - reach):start])[-1]
    after = SENTENCE_END.split(source[end:end + reach], maxsplit=1)[0]
    return before + source[start:end] + after


_FULL_STOP = re.compile(r"[.!?](?=\s)|[。！？।]")


def _one_sentence(stops, start, end):
    """Tell whether no sentence ends between start and end (stops sorted)."""
    return bisect.bisect_left(stops, start) == bisect.bisect_left(stops, end)


SPACED = r"(?=[A-Z]{0,3}\d)(?=\d{0,3}[A-Z])[A-Z0-9]{3,4} (?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,4}"
"""A letter code in two spaced groups ("HQ7 KM2"), read only on a line of its own: beside
words it is a postcode ("Norwich NR3 1HQ", "Toronto M5J 2X5")."""
_ALONE = re.compile(rf"[ \t>*_|:-]*({DIGITS}|{ALNUM}|{SPACED})[ \t*_|.-]*$")
ALONE_LINE = 64
"""Longest line read as "a code on a line of its own" (the pattern backtracks within a line)."""


def standalone_code(subject: str, text: str, deadline: Deadline = NEVER) -> str | None:
    """Return the one code set on a line of its own, when the mail is about a code.

    Designed mails often put the code in a big box far from the words around it;
    only used when nothing stands near a keyword, and only when exactly one
    such line exists. Lines longer than ALONE_LINE are not looked at.
    """
    (_, subject_spans, *_), (text, text_spans, *_) = _scan(subject or ""), _scan(text or "")
    if not (subject_spans or text_spans):
        return None
    found, start = set(), 0
    for count, line in enumerate(text.split("\n")):
        if count % 256 == 0:
            deadline.check()
        end = start + len(line)
        match = _ALONE.match(text, start, end) if end - start <= ALONE_LINE else None
        if match and _typed(match.group(1)) not in found and _plausible(text, match):
            found.add(_typed(match.group(1)))
            if len(found) > 1:
                return None
        start = end + 1
    return found.pop() if len(found) == 1 else None


def _plausible(source, match):
    code = match.group(1)
    before = source[max(0, match.start() - 24):match.start()]
    around = source[max(0, match.start() - 12):match.end() + 12]
    label = NOT_A_CODE.search(before)
    if label and not _ends_a_sentence(source, match.start() - len(before) + label.start(),
                                      match.start()):
        return False
    if DATE_OR_TIME.search(around.replace(code, "X", 1) + code) \
            and _is_date(_date_span(source, match)):
        return False
    if re.search(r"(?<!\w)[A-Z][a-z]{1,4}\. $", before):
        return False  # after an abbreviation: a street or house number ("Kav. 52-53", "Str. 12")
    if re.search(r"\+\d[\d ().-]*$|\(\d[\d ]{0,4}\d\)\s*$", before):
        return False  # phone number
    if re.search(r"\d[ -]$|(?<![\w])[A-Z]{2}\d{2} $", before):
        return False  # the tail of a longer number (a phone, an IBAN, a split code's copy)
    if _CITY_AFTER.match(source, match.end()) and re.search(r"(?:^|[,·|\n])\s*$", before):
        return False  # a postcode before its town ("28046 Madrid", "3011 AB Rotterdam")
    if code.isdigit() and re.search(r", [A-ZÀ-Ý][^\W\d_]+ $", before):
        return False  # a postcode after its town ("Jl. Sudirman 1, Jakarta 12190")
    if code.isdigit() and re.search(r"(?<![A-Za-z])[A-Z]{2} ?$", before):
        return False  # a ZIP code after its state ("CA 94105"), a flight ("UA 1234")
    if re.match(r"[ -]\d", source[match.end():match.end() + 2]):
        return False  # the head of a longer number ("20261130-0042", "0212 123 45 67")
    digits = re.sub(r"\D", "", code)
    if re.fullmatch(r"[\d -]+", code) and not 4 <= len(digits) <= 8 and not (
            _THREE_THREES.fullmatch(code) and _HANDED.search(before)):
        return False  # too short or long for a code, unless "Recovery code: 403 918 552"
    sentence = _sentence_around(source, match.start(), match.end(), PROMO_REACH)
    if PROMO.search(sentence):
        return False  # a promotion's code ("Use SAVE2026 at checkout")
    if not _typed(code).isdigit():
        left = source[max(0, match.start() - PROMO_REACH):match.start()].rpartition("\n")[2]
        right = source[match.end():match.end() + PROMO_REACH].partition("\n")[0]
        if PRICED.search(left + " " + right):
            return False  # letters with a percentage or a price on their line: a coupon
    if code.isdigit() and len(code) == 4 and 1900 <= int(code) <= 2099 and \
            not re.search(r"[:：]\s*$", before):
        return False  # a year
    if CURRENCY_AMOUNT.fullmatch(code):
        return False
    if len(_typed(code)) < 4:
        return False  # "V8", "A1": a model or a grade, shorter than any code
    if re.fullmatch(r"[Xx]{2,}\d{2,6}", code) or re.search(r"[*•xX]{2,}[ -]?$", before) \
            or re.match(r"[ -]?[*•xX]{2,}", source[match.end():match.end() + 4]):
        return False  # part of a masked card, account or phone number ("XX1234", "012 345 ***")
    if len(code) > 12 and "-" not in code and not _typed(code).isdigit():
        return False  # a tax, tracking or serial number, not something one types
    if re.fullmatch(r"[A-Z]+", code.replace("-", "")) and not _DEVICE_CODE.fullmatch(code):
        return False  # a word in capitals
    if digits and len(set(digits)) == 1 and len(digits) > 5:
        return False  # 000000, a placeholder
    return True


_DEVICE_CODE = re.compile(r"[A-Z]{4}-[A-Z]{4}")
"""Letters only, in two fours: a device code ("WDJB-MJHT") a person types on another screen."""


LABEL_LINE = 40
"""A line longer than this, ending in a colon, is a sentence ("… create your account:"),
not the label of the number on the next line ("Account:", a table cell)."""


def _ends_a_sentence(source, label, code):
    """Tell whether the word at label ends a long line and the code stands on a later one."""
    if "\n" not in source[label:code]:
        return False
    return label - (source.rfind("\n", 0, label) + 1) > LABEL_LINE


_CITY_AFTER = re.compile(r" (?:[A-Z]{2} )?[A-ZÀ-Ý][a-zà-ÿ]+")


def _is_date(span):
    """Tell whether span reads as a date or a time ("30.11.2026", "14:22"), not "71-38-29"."""
    if not DATE_OR_TIME.fullmatch(span):
        return False
    if ":" in span:
        hours, minutes = span.split(":", 1)
        return int(hours) < 24 and int(minutes) < 60
    values = [int(number) for number in re.split(r"[./-]", span)]
    return len(values) == 3 and any(1 <= values[day] <= 31 and 1 <= values[month] <= 12
                                    for day, month in ((0, 1), (1, 0), (1, 2), (2, 1)))


def _date_span(source, match, reach=16):
    left, right = match.start(), match.end()
    stop_left, stop_right = max(0, left - reach), min(len(source), right + reach)
    while left > stop_left and (source[left - 1].isdigit() or source[left - 1] in "./-:"):
        left -= 1
    while right < stop_right and (source[right].isdigit() or source[right] in "./-:"):
        right += 1
    return source[left:right].strip("./-:")


DASH_OPTIONAL = re.compile(
    r"(?<!\w)(?:no need to|(?:do not|don't|doesn't) (?:need|have) to|without|ohne|sans|sin|senza|sem|"
    r"zonder|bez|不需要|不用)\s+(?:\w+\s+){0,3}?(?:the\s+|den\s+|le\s+|el\s+|il\s+)?"
    r"(?:dash|hyphen|bindestrich|strich|tiret|trait d'union|gui[oó]n|trattino|h[íi]fen|traço|"
    r"streepje|myślnik|pomlčk\w*|破折号|连字符)", re.I)
"""A mail that says its code's dash need not be typed ("You don't need to type the dash")."""


def _without_dash(found: list, *texts: str) -> list:
    """Drop the dash from letter codes when the mail says it need not be typed."""
    if not any("-" in code for code in found) or \
            not any(DASH_OPTIONAL.search(text[:TEXT_LIMIT]) for text in texts if text):
        return found
    return [code.replace("-", "") if not WORDS_CODE.fullmatch(code) else code for code in found]


WORDS_CODE = re.compile(WORDS)


def codes(subject: str, text: str, html_text: str, deadline: Deadline = NEVER) -> list:
    """Return the one-time codes of a message, likeliest first: near a keyword in
    the text part, else in the HTML's text, else one code set on a line alone."""
    body = text if text and text.strip() else html_text
    found = find_codes(subject, body, deadline=deadline)
    if not found and html_text and body is not html_text:
        found = find_codes("", html_text, deadline=deadline)
    if not found:
        alone = standalone_code(subject, body, deadline) or (
            standalone_code(subject, html_text, deadline)
            if html_text and body is not html_text else None)
        found = [alone] if alone else []
    return _without_dash(found, text, html_text)


def extract(subject: str, text: str, html: str, html_text: str | None = None,
            html_links: list | None = None, deadline: Deadline = NEVER) -> dict:
    """Return {"codes": [...], "links": [...]} for a message's subject, text and HTML.

    html_text and html_links, when the caller has them (the sanitizer collects
    them), spare a second walk of the HTML. Raises budget.OverBudget.
    """
    if html_text is None:
        html_text, html_links = html_to_text(html, deadline) if html else ("", [])
    return {"codes": codes(subject, text, html_text, deadline),
            "links": find_links(text or "", html_links, deadline=deadline)}
