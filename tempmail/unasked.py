"""Words a mail uses for the case it was not asked for ("Not you? Change your password").

A link in such a sentence secures an account; it is never what the mail is for. Used by
tempmail.links on the words that introduce a link.
"""

import re

NOT_YOU = re.compile(
    r"(?:wasn'?t|was not|weren'?t|were not) (?:you|me)|(?<!\w)not you\?|"
    r"(?:didn'?t|did not|don'?t|do not) (?:request|ask|try|make|sign|log|initiate|attempt|recogni[sz]e)|"
    r"não foi você|não reconhece|não solicitou|não tentou|caso não tenha|"
    r"no fuiste t[úu]|no has sido t[úu]|no lo solicitaste|no solicitaste|no reconoces|no realizaste|"
    r"n['’](?:était|est) pas vous|pas à l['’]origine|vous n['’]avez pas demandé|ne reconnaissez pas|"
    r"waren sie das nicht|warst du das nicht|nicht von ihnen|nicht angefordert|nicht veranlasst|"
    r"nicht selbst|non sei stato tu|non eri tu|non hai richiesto|non riconosci|niet geprobeerd|"
    r"was (?:jij|u) dit niet|niet aangevraagd|niet herken|to nie (?:ty|pan|pani)|nie rozpoznajesz|"
    r"nie prosi|nebyl[ia]? jste to|nežádal|nepožádal|neboli ste to|nežiadal|nem (?:ön|te) volt|"
    r"nem ön kezdeményezte|nem kérte|nu (?:ați|ai) fost|nu (?:ați|ai) solicitat|"
    r"(?:это|це) (?:были |були )?не (?:вы|ви|ты|ти)|не запрашивали|не пытались|не намагалися|"
    r"не запитували|jos et|et yrittänyt|et pyytänyt|var det inte du|inte (?:har )?begärt|"
    r"var det ikke (?:dig|deg)|ikke (?:har )?(?:anmodet|bedt)|siz değilseniz|siz değil misiniz|"
    r"talep etmediyseniz|yapmadıysanız|δεν ήσασταν εσείς|δεν ήσουν εσύ|δεν ζητήσατε|"
    r"לא (?:את|אתה|אתם)(?!\w)|לא ביקשת|لم تكن أنت|لست أنت|لم تطلب|لم تحاول|إذا لم تقم|"
    r"شما نبودید|درخواست نکرده|आप नहीं थे|अनुरोध नहीं किया|không phải bạn|"
    r"bạn không (?:yêu cầu|thực hiện)|bukan anda|bukan kamu|tidak meminta|tidak merasa|"
    r"ไม่ใช่คุณ|ไม่ได้ร้องขอ|ไม่ได้ดำเนินการ|不是您|不是你|非本人|如果您没有|如果您沒有|"
    r"心当たりがない|心当たりのない|お心当たり|ご本人でない|身に覚え|본인이 아니|본인이 아닌|"
    r"요청하지 않|시도하지 않", re.I)
"""Words of a sentence that says what to do if the mail was not asked for ("Not you? Change
your password: …"): its link secures an account; it is not what the mail is for."""
