"""The visible text and links of an HTML mail, and which links a person wants.

Links that confirm, verify, reset or log in come first ("action"); unsubscribe,
preference, privacy, social and tracking links are left out. A link is judged
by its anchor text, else by the words that introduce it. The HTML is read by
tempmail.htmlwalk, the same walk the sanitizer makes.
"""

import itertools
import re

from tempmail import htmlwalk
from tempmail.budget import NEVER, Deadline
from tempmail.unasked import NOT_YOU

ACTION_WORDS = re.compile(
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
    r"ενεργοπο[ιί]|aprobă|aprobar|aprueba|aprovar|aprove|approva(?!t)|genehmigen|goedkeuren|zatwierdź|"
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
    r"איפוס|סיסמ|אמת|إعادة تعيين|كلمة المرور|रीसेट|पासवर्ड", re.I)
YES = re.compile(
    r"\W*(?:yes|oui|ja|jah|jā|sí|si|sì|sim|tak|ano|áno|igen|da|evet|kyllä|taip|ναι|да|так|כן|نعم|"
    r"हाँ|ya|có|ใช่|はい|是|네|예)(?!\w)", re.I)
"""A button that starts with "yes" answers "was this you?" and goes on ("Yes, it was me")."""
NO = re.compile(
    r"\W*(?:no|non|nein|nee|nie|ne|nem|hayır|ei|nei|nej|όχι|нет|ні|לא|لا|नहीं|tidak|không|"
    r"いいえ|아니요)(?!\w)", re.I)
"""A button that starts with "no" ("No, it wasn't me")."""
DENY_WORDS = re.compile(
    r"reject|decline|deny|block|refuse|ablehn|blockier|sperr|refuser|bloquer|rechaz|bloque|"
    r"rifiut|blocc|recus|odrzu|zablok|odmítn|reddet|engelle|elutasít|avvisa|afvis|hylkää|"
    r"отклон|заблок|відхил|odbij|odbaci|proteg|refuz|odmít|odmiet|secure (?:my|your) account|sichere|sécuris|"
    r"ไม่ใช่|拒绝|拒絕|拒否|거부", re.I)
"""Words of a button that refuses or locks ("No, secure my account", "Odbijte prijavu"):
never the action a person came for, whatever else it says."""
SKIP_WORDS = re.compile(
    r"unsub|abbestell|d[ée]sinscri|d[ée]sabonn|darse de baja|cancelar suscrip|disiscri|"
    r"afmeld|uitschrijv|preference|einstellungen|privacy|datenschutz|confidentialit|"
    r"privacidad|terms|agb|conditions|view (?:it )?in (?:your )?browser|im browser|"
    r"webversion|help ?center|support|facebook|twitter|instagram|linkedin|youtube|"
    r"report|abuse|manage|unlink|not[ -]me|wasn'?t[ -]me|remove|no longer (?:wish|want)|"
    r"opt[- ]?out|stop receiving|ne plus recevoir|nicht mehr (?:erhalten|empfangen)|"
    r"dejar de recibir|non ricevere più", re.I)
STATUS_WORDS = re.compile(
    r"(?<!\w)(?:track(?:ing)?|suivi|sendungsverfolgung|seguimiento|rastre\w*|tracciamento|"
    r"отслеж\w*|order\s+status|delivery\s+status|lieferstatus|invoice|rechnung|facture|factura|"
    r"fattura|receipt|quittung|recibo|reservations?|booking|buchung|réservation|reserva|"
    r"prenotazione|webinars?|live session|livestream)(?!\w)|予約|预订|預訂|예약|注文|订单|訂單|주문|"
    r"配送状況|配達状況|お荷物|追跡|物流|快递|运单|配送進度|배송\s*조회|ติดตามพัสดุ", re.I)
"""Words of a link that shows where an order or parcel is, or a bill: looking, not acting,
whatever its sentence or URL says ("配送状況は下記よりご確認いただけます")."""
HELP_WORDS = re.compile(
    r"(?<!\w)(?:help|aide|hilfe|ayuda|aiuto|ajuda|hulp|pomoc|помощь|допомога|yardım|βοήθεια|"
    r"faq|contact|kontakt|contacto|contatti|assistance|assistenza|support|trouble|settings|"
    r"problems?)(?!\w)|"
    r"ヘルプ|お問い合わせ|帮助|幫助|客服|도움말|고객센터", re.I)
"""A link named only for help or contact ("Aide :", a footer's "Help") is not the action,
whatever its URL holds (".../help/connexion")."""
LABEL_LEAD = 40
"""A lead this short is a label ("Aide : https://…"), judged as a link's name is."""
TRACKING = re.compile(r"(?:^|[./])(?:pixel|open|track|trk|beacon)(?:[./?]|$)|/o/|/open\?|"
                      r"\.gif(?:\?|$)|\.png(?:\?|$)|utm_", re.I)
# Words that point at a link without saying what it does ("use this link:").
POINTER = re.compile(r"(?<!\w)(?:link|enlace|lien|collegamento|click|klick|cliquez|clic|"
                     r"button|bouton|bot[óo]n|pulsante|url|below|unten|ci-dessous|abajo|sotto|"
                     r"hier|here|aqu[íi]|ici|qui|tautan|klik|liên kết|ссылк\w*|посилання|odkaz\w*|"
                     r"länk\w*|linkki\w*|bağlantı\w*|σύνδεσμο|رابط|קישור|लिंक|ลิงก์|链接|連結|リンク|링크|"
                     r"przycisk|кнопк\w*|botão|knop|schaltfläche|nút|κουμπί|kiungo|bofya|klikn\w*)", re.I)
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+", re.I)
MAX_JUDGED = 400
"""Links judged per message, HTML anchors first; a sign-up mail has a handful."""
TEXT_LIMIT = 256 * 1024
"""Characters of a text body searched for URLs."""
URL_LIMIT = 4096
"""Characters of a URL kept and judged."""
LABEL_LIMIT = 500
"""Characters of anchor text judged."""


def html_to_text(html: str, deadline: Deadline = NEVER) -> tuple:
    """Return (visible text, [(href, anchor text, text before it)]) of an HTML body.

    Reads at most htmlwalk.HTML_LIMIT characters; raises budget.OverBudget.
    """
    walked = htmlwalk.walk(html or "", deadline)
    return walked.text(), walked.links


def find_links(text: str, html_links: list, limit: int = 10,
               deadline: Deadline = NEVER) -> list:
    """Return [{url, text, kind}]: action links first, then others; no unsubscribe/tracking.

    html_links holds (href, anchor text, text before the anchor) triples; a link
    is judged by its anchor text first, then by the clause that introduces it
    ("To verify your email, <a>click here</a>") and its URL. At most MAX_JUDGED
    links are judged, each by its first URL_LIMIT characters.
    """
    seen, action, other = set(), [], []
    strength = {}
    candidates = itertools.chain(
        ((link[0], link[1], link[2] if len(link) > 2 else "", None) for link in html_links or ()),
        ((m.group(), "", text, m.start()) for m in URL_IN_TEXT.finditer((text or "")[:TEXT_LIMIT])))
    for count, (url, label, lead, at) in enumerate(candidates):
        if count >= MAX_JUDGED or len(action) >= limit:
            break
        if count % 64 == 0:
            deadline.check()
        url = (url or "").strip()[:URL_LIMIT].rstrip(".,;")
        if not url.lower().startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        label = label[:LABEL_LIMIT]
        kind, how = _judge(url, label, _lead_in(lead, len(lead) if at is None else at))
        if kind is not None:
            entry = {"url": url, "text": label[:200], "kind": kind}
            (action if kind == "action" else other).append(entry)
            strength[url] = how
    # A link that says what it does comes before one only its sentence or its URL
    # speaks for (a logo under a preheader "Join 14 teammates", "/?ref=invite").
    action.sort(key=lambda entry: -strength[entry["url"]])
    return (action + other)[:limit]


BY_LABEL, BY_CLAUSE, BY_URL = 3, 2, 1
"""How surely a link was judged an action: by its own words, its sentence, its URL."""


_HELP_PATH = re.compile(r"/(?:help|support|faq|hilfe|aide|ayuda|aiuto|ajuda|pomoc|hulp)(?:[/.?]|$)",
                        re.I)


def _path(url):
    """Return a URL's path: words in its host ("list-manage", "track.") name a sender's
    service, not what the link does."""
    rest = url.split("://", 1)[-1]
    return "/" + rest.partition("/")[2].split("?", 1)[0] if "/" in rest else ""


def _judge(url, label, lead):
    """Return ("action", how sure), ("other", 0) or (None, 0) (leave the link out)."""
    kind = _kind(url, label, lead)
    if kind != "action":
        return kind, 0
    if YES.match(label) or ACTION_WORDS.search(label):
        return kind, BY_LABEL
    return kind, BY_URL if ACTION_WORDS.search(url) and not ACTION_WORDS.search(lead) else BY_CLAUSE


def _kind(url, label, lead):
    """Return "action", "other" or None (leave the link out)."""
    if SKIP_WORDS.search(label) or SKIP_WORDS.search(_path(url)):
        return None
    if YES.match(label):
        return "action"
    if NO.match(label) or DENY_WORDS.search(label) or HELP_WORDS.search(label) \
            or STATUS_WORDS.search(label) or _HELP_PATH.search(_path(url)):
        return "other"
    if NOT_YOU.search(_FULL_STOP.split(lead)[-1]):
        return "other"  # "Não foi você? Altere sua senha: https://…"
    if ACTION_WORDS.search(label):
        return "action"
    sentences = [part for part in _SENTENCE_END.split(lead) if part.strip()]
    clause = sentences[-1] if sentences else lead
    if POINTER.search(clause) and not (ACTION_WORDS.search(clause) or SKIP_WORDS.search(clause)):
        clause = lead  # "... reset your password. Use this link:" speaks of the sentence before
    if SKIP_WORDS.search(clause):
        return None
    if STATUS_WORDS.search(clause) or (len(clause) <= LABEL_LEAD and HELP_WORDS.search(clause)):
        return None if TRACKING.search(url) else "other"
    if ACTION_WORDS.search(clause) or ACTION_WORDS.search(url):
        return "action"
    return None if TRACKING.search(url) else "other"


_SENTENCE_END = re.compile(r"[.!?]\s+|[。！？]\s*")
_FULL_STOP = re.compile(r"[.!]\s+|[。！]\s*")
"""A sentence's end that is no question: "Not you? Change your password:" is one call."""


def _lead_in(text, start):
    """Return the words that introduce a link: its line so far, else the line before."""
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text[max(0, start - 400):start])
    lines = [line.strip() for line in text.split("\n")]
    lead = lines[-1]
    if not lead and len(lines) > 1:
        before = next((line for line in reversed(lines[:-1]) if line), "")
        if URL_IN_TEXT.search(before):
            before = ""  # that line had its own link
        # The line before speaks for a link when it points at it ("… the link below:") or
        # is a heading ("Join Zoom Meeting"); a footer's "Docs" under "If you did not sign
        # in, ignore this email" is not a sign-in.
        pointing = before.endswith((":", "：")) or POINTER.search(before)
        lead = before if pointing or len(before) <= LABEL_LEAD else ""
    elif len(lead) <= LABEL_LEAD and POINTER.search(lead) and not ACTION_WORDS.search(lead):
        # "Or click this link" speaks of what the lines above it say
        earlier = [line for line in lines[:-1] if line][-2:]
        if not any(URL_IN_TEXT.search(line) for line in earlier):
            lead = " ".join([*earlier, lead])
    return lead[-240:]
