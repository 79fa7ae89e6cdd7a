"""The words that say what a link does, compiled for a fast, linear search.

The vocabulary lives in tempmail.link_lexicon (language by language) and, below, in
the first patterns the project grew writer by writer (kept as they were: they match
anywhere in a word, as URLs glue words together: "/accountverification"). Each concept
becomes one pattern: its forms grouped by first character, one level deep, no repeated
group, run on lower-cased text, so a search costs a few steps per character whatever
the number of forms.
"""

import re

from tempmail.link_lexicon import LEXICON, UNSPACED

# The first patterns (any place in a word), read before the lexicon's forms.
FIRST_ACTION = (
    r"verif|confirm|activat|validat|magic|log[- ]?in|sign[- ]?in|auth|reset|password|"
    r"passwor|token|best[äa]tig|aktivier|anmeld|confirmer|v[ée]rifi|activer|connexion|"
    r"confirmar|verificar|activar|iniciar|conferm|attiva|accedi|bevestig|activeer|"
    r"potwierd|aktywuj|подтверд|войти|approve|accept|join|invite|claim|continue|get started|"
    # accept, join, sign in: in more languages
    # (verbs as a button says them; not "accepted", "we accept cards", "terima kasih")
    r"hyväksy|liity|kirjaudu|annehmen|akzeptieren|beitreten|accepter|rejoindre|aceptar|"
    r"[úu]nete|accettare|accetta l|unisciti|aceitar|aceite o|(?<!\w)entrar(?! em contato)(?!\w)|"
    r"accepteer|deelnemen|inloggen|akceptuj|do[łl]ącz|zalog|logowani|potrd|parol[ie]|"
    r"kutse vastu|liitu|потвърд|потврд|sahkan|priimti|pieņemt|prisijung|pieslēg|thibitisha|"
    r"megerősít|aktivál|kumpirm|patvirtin|aktivac|aktivuj|aktivoi|активир|активац|активуј|"
    r"accedi|accedere|acceder|accéder|acessar|aceder|dokonč|(?<![a-z])over(?:it|eni)|xác thực|godta|"
    r"влез|пријавите|"
    # approve (a payment, a device)
    # (the verb as a button says it, not "approved" in a receipt)
    r"ενεργοπο[ιί]|aprobă|aprobar|aprueba|aprovar|aprove|approva(?!t)|genehmigen|goedkeuren|"
    r"zatwierdź|"
    r"schválit|schváliť|jóváhagy|godkänn|godkend|godkjenn|одобрить|схвалити|έγκριση|"
    r"الموافقة|לאשר|אשרו|स्वीकृत करें|phê duyệt|setujui|อนุมัติ|批准|승인하기|принять|присоедин|увійти|"
    r"прийняти|kabul et|katıl|giriş yap|elfogad|csatlakoz|bejelentkez|přijmout|připoj|přihlás|"
    r"prijať|prihlás|acceptera|gå med|logga in|log ind|logg inn|αποδοχ|αποδέχ|συμμετοχ|σύνδεση|"
    r"قبول الدعوة|انضم|تسجيل الدخول|קבל את|הצטרפ|התחבר|स्वीकार|शामिल हों|लॉग इन|chấp nhận|"
    r"tham gia|đăng nhập|terima undangan|bergabung|(?<!\w)gabung|(?<!\w)masuk(?!\w)|sertai|"
    r"รับคำเชิญ|เข้าร่วม|เข้าสู่ระบบ|接受邀请|接受邀請|加入团队|加入團隊|登入|参加する|招待を承認|"
    r"수락|참여하기|"
    r"complete(?!d)|redefin|senha|contrase|restablec|r[ée]initialis|mot de passe|zur[üu]cksetz|"
    r"passwort|wachtwoord|herstel|has[łl]o|парол|reimposta|ripristin|lösenord|adgangskode|"
    r"salasana|bekr[äæ]ft|verifiera|vahvist|potvrd|ověř|doğrula|onayla|επιβεβα[ιί]|تأكيد|تحقق|"
    r"पुष्टि|xác nhận|xác minh|konfirmasi|verifikasi|確認|認証|ログイン|确认|验证|登录|확인|인증|로그인|"
    r"hesl[oa]|obnovi|şifre|sıfırla|jelsz|lozink|geslo|slaptaž|parool|passord|contrasenya|"
    r"nulstil|tilbakestill|återställ|palauta|nollaa|resetuj|resetea|resetare|visszaállít|"
    r"επαναφορ|κωδικ|сброс|восстанов|скину|відновити|нулиране|đặt lại|mật khẩu|atur ulang|"
    r"kata sandi|รีเซ็ต|ยืนยัน|重設|重置|重新设置|密碼|密码|再設定|リセット|パスワード|재설정|비밀번호|"
    r"איפוס|סיסמ|אמת|إعادة تعيين|كلمة المرور|रीसेट|पासवर्ड")
FIRST_DENY = (
    r"reject|decline|deny|block|refuse|ablehn|blockier|sperr|refuser|bloquer|rechaz|bloque|"
    r"rifiut|blocc|recus|odrzu|zablok|odmítn|reddet|engelle|elutasít|avvisa|afvis|hylkää|"
    r"отклон|заблок|відхил|odbij|odbaci|proteg|refuz|odmít|odmiet|secure (?:my|your) account|sichere|sécuris|"
    r"ไม่ใช่|拒绝|拒絕|拒否|거부")
FIRST_SKIP = (
    r"unsub|abbestell|d[ée]sinscri|d[ée]sabonn|darse de baja|cancelar suscrip|disiscri|"
    r"afmeld|uitschrijv|preference|einstellungen|privacy|datenschutz|confidentialit|"
    r"privacidad|terms|agb|conditions|view (?:it )?in (?:your )?browser|im browser|"
    r"webversion|help ?center|support|facebook|twitter|instagram|linkedin|youtube|"
    r"report|abuse|manage|unlink|not[ -]me|wasn'?t[ -]me|remove|no longer (?:wish|want)|"
    r"opt[- ]?out|stop receiving|ne plus recevoir|nicht mehr (?:erhalten|empfangen)|"
    r"dejar de recibir|non ricevere più")
FIRST_STATUS = (
    r"(?<!\w)(?:track(?:ing)?|suivi|sendungsverfolgung|seguimiento|rastre\w*|tracciamento|"
    r"отслеж\w*|order\s+status|delivery\s+status|lieferstatus|invoice|rechnung|facture|factura|"
    r"fattura|receipt|quittung|recibo|reservations?|booking|buchung|réservation|reserva|"
    r"prenotazione|webinars?|live session|livestream)(?!\w)|予約|预订|預訂|예약|注文|订单|訂單|주문|"
    r"配送状況|配達状況|お荷物|追跡|物流|快递|运单|配送進度|배송\s*조회|ติดตามพัสดุ")
FIRST_HELP = (
    r"(?<!\w)(?:help|aide|hilfe|ayuda|aiuto|ajuda|hulp|pomoc|помощь|допомога|yardım|βοήθεια|"
    r"faq|contact|kontakt|contacto|contatti|assistance|assistenza|support|trouble|settings|"
    r"problems?)(?!\w)|"
    r"ヘルプ|お問い合わせ|帮助|幫助|客服|도움말|고객센터")
FIRST_POINTER = (
    r"(?<!\w)(?:link|enlace|lien|collegamento|click|klick|cliquez|clic|"
    r"button|bouton|bot[óo]n|pulsante|url|below|unten|ci-dessous|abajo|sotto|"
    r"hier|here|aqu[íi]|ici|qui(?!\w)|tautan|klik|liên kết|ссылк\w*|посилання|odkaz\w*|"
    r"länk\w*|linkki\w*|bağlantı\w*|σύνδεσμο|رابط|קישור|लिंक|ลิงก์|链接|連結|リンク|링크|"
    r"przycisk|кнопк\w*|botão|knop|schaltfläche|nút|κουμπί|kiungo|bofya|klikn\w*)")

YES = re.compile(
    r"\W*(?:yes|oui|ja|jah|jā|já|sí|si|sì|sim|tak|ano|áno|igen|da|evet|kyllä|taip|ναι|да|так|"
    r"כן|نعم|بله|ہاں|हाँ|हां|হ্যাঁ|ਹਾਂ|હા|होय|ஆம்|అవును|ಹೌದು|അതെ|ඔව්|ya|có|đúng|oo|opo|"
    r"ใช่|ແມ່ນ|បាទ|ចាស|ဟုတ်|はい|是|是的|네|예|po|bəli|иә|ha|ndiyo|yebo|bai|ie|тийм|"
    r"დიახ|այո|አዎ)(?!\w)", re.I)
"""A button that starts with "yes" answers "was this you?" and goes on ("Yes, it was me")."""
NO = re.compile(
    r"\W*(?:no|non|nein|nee|nie|ne|nem|nu|não|hayır|ei|nei|nej|όχι|нет|ні|не|жоқ|yox|"
    r"yo'q|לא|لا|نه|نہیں|नहीं|नाही|না|ਨਹੀਂ|ના|இல்லை|కాదు|ಇಲ್ಲ|ഇല്ല|නැහැ|होइन|tidak|"
    r"bukan|không|hindi|hapana|cha|jo|არა|ոչ|үгүй|ບໍ່|ទេ|いいえ|아니요|아니오)(?!\w)|"
    r"\W*(?:不是|ไม่ใช่|မဟုတ်)", re.I)
"""A button that starts with "no" ("No, it wasn't me")."""

CONCEPTS = ("action", "deny", "skip", "status", "help", "pointer")
_FIRST = {"action": FIRST_ACTION, "deny": FIRST_DENY, "skip": FIRST_SKIP,
          "status": FIRST_STATUS, "help": FIRST_HELP, "pointer": FIRST_POINTER}
_SPECIAL = set("\\[](){}.*+?^$|")


_SAME = str.maketrans({"ı": "i", "ς": "σ"})
"""Letters a capital cannot tell apart ("KAYDI" is "kaydı"; "Σ" ends a word as "ς")."""


def fold(text: str) -> str:
    """Return text lower-cased as the patterns are written ("GİRİŞ YAP" → "giris yap")."""
    return text.replace("İ", "i").lower().translate(_SAME)


def split(pattern: str) -> list[str]:
    """Return the alternatives of a pattern at its top level ("a|b(?:c|d)" → a, b(?:c|d))."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    for at, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    parts.append(pattern[start:])
    return [part for part in parts if part]


def grouped(forms: list[str]) -> str:
    """Return one alternation of forms, those starting with a plain character grouped by it.

    The engine skips a group whose first character differs at once, so a search tries a
    handful of forms at each place, not all of them.
    """
    groups: dict[str, list[str]] = {}
    rest = []
    for form in dict.fromkeys(forms):
        plain = form[0] not in _SPECIAL and (len(form) == 1 or form[1] not in "*+?{")
        if plain:
            groups.setdefault(form[0], []).append(form[1:])
        else:
            rest.append(form)
    alternatives = []
    for first, tails in groups.items():
        head = re.escape(first)
        alternatives.append(head if "" in tails else f"{head}(?:{'|'.join(tails)})")
    return "|".join(alternatives + rest)


def pattern(concept: str) -> str:
    """Return the pattern of one concept: the first patterns, then the lexicon's forms."""
    loose, bounded = split(_FIRST[concept]), []
    for lang, concepts in LEXICON.items():
        for form in split(concepts.get(concept, "")):
            if lang in UNSPACED or form.startswith("~"):
                loose.append(form.lstrip("~"))
            else:
                bounded.append(form)
    end = r"(?!\w)" if concept == "help" else ""  # help is a whole word
    loose, bounded = [form.translate(_SAME) for form in loose], [form.translate(_SAME) for form in bounded]
    return f"{grouped(loose)}|(?<!\\w)(?:{grouped(bounded)}){end}"


class Words:
    """A compiled concept: search(text) finds any of its forms in text, any case."""

    def __init__(self, concept: str):
        self.concept = concept
        self.regex = re.compile(pattern(concept))

    def search(self, text: str) -> re.Match | None:
        """Return the first form found in text (lower-cased first), or None."""
        return self.regex.search(fold(text))


ACTION_WORDS = Words("action")
DENY_WORDS = Words("deny")
"""Words of a button that refuses or locks ("No, secure my account", "Odbijte prijavu"):
never the action a person came for, whatever else it says."""
SKIP_WORDS = Words("skip")
STATUS_WORDS = Words("status")
"""Words of a link that shows where an order or parcel is, or a bill: looking, not acting,
whatever its sentence or URL says ("配送状況は下記よりご確認いただけます")."""
HELP_WORDS = Words("help")
"""A link named only for help or contact ("Aide :", a footer's "Help") is not the action,
whatever its URL holds (".../help/connexion")."""
POINTER = Words("pointer")
"""Words that point at a link without saying what it does ("use this link:")."""
