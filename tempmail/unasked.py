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
    r"요청하지 않|시도하지 않|"
    # the languages of tempmail.link_lexicon that the lines above do not speak
    r"kui see polnud sina|kui te seda ei taotlenud|kui sa seda ei taotlenud|"
    r"ja tas nebijāt jūs|ja jūs to nepieprasījāt|ja tu to nepieprasīji|"
    r"jei tai buvote ne jūs|jei to neprašėte|jei tai ne jūs|"
    r"ако не сте били вие|ако не сте поискали|ако това не сте вие|"
    r"ako to niste bili vi|ako niste zatražili|ako niste zahtevali|"
    r"ако то нисте били ви|ако нисте захтевали|če to niste bili vi|če tega niste zahtevali|"
    r"ако не сте биле вие|ако не сте побарале|nëse nuk ishit ju|nëse nuk e keni kërkuar|"
    r"калі гэта былі не вы|калі вы не запытвалі|თუ ეს თქვენ არ იყავით|თუ ეს არ მოგითხოვიათ|"
    r"եթե դա դուք չէիք|եթե դուք չեք պահանջել|bu siz deyilsinizsə|tələb etməmisinizsə|"
    r"егер бұл сіз болмасаңыз|егер сіз сұрамаған болсаңыз|agar bu siz bo'lmasangiz|"
    r"agar siz so'ramagan bo'lsangiz|اگر یہ آپ نہیں تھے|اگر آپ نے درخواست نہیں کی|"
    r"যদি এটি আপনি না হন|অনুরোধ না করে থাকেন|অনুরোধ না করে থাকলে|ਜੇ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਸੀ|"
    r"ਜੇਕਰ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਸੀ|ਬੇਨਤੀ ਨਹੀਂ ਕੀਤੀ|જો આ તમે ન હતા|વિનંતી કરી નથી|हे तुम्ही नसल्यास|"
    r"विनंती केली नसल्यास|இது நீங்கள் இல்லையென்றால்|நீங்கள் கோரவில்லை|ఇది మీరు కాకపోతే|"
    r"మీరు అభ్యర్థించకపోతే|ಇದು ನೀವಲ್ಲದಿದ್ದರೆ|ನೀವು ವಿನಂತಿಸದಿದ್ದರೆ|ഇത് നിങ്ങളല്ലെങ്കിൽ|"
    r"അഭ്യർത്ഥിച്ചില്ലെങ്കിൽ|මෙය ඔබ නොවේ නම්|ඔබ ඉල්ලා නොසිටියේ නම්|यो तपाईं हुनुहुन्न भने|"
    r"अनुरोध गर्नुभएको छैन भने|ຖ້າບໍ່ແມ່ນທ່ານ|ຖ້າທ່ານບໍ່ໄດ້ຮ້ອງຂໍ|ប្រសិនបើមិនមែនជាអ្នក|"
    r"ប្រសិនបើអ្នកមិនបានស្នើសុំ|သင်မဟုတ်ပါက|သင်မတောင်းဆိုခဲ့ပါက|kung hindi ikaw|"
    r"kung hindi mo hiniling|kama si wewe|ikiwa si wewe|kama hukuomba|ikiwa hukuomba|"
    r"እርስዎ ካልሆኑ|ካልጠየቁ|idan ba kai ba ne|idan ba ke ba ce|idan ba ku ba ne|"
    r"tí kì í bá ṣe ìwọ|ti kii ba se iwo|tí o kò bá béèrè|uma bekungeyena wena|uma kungewena|"
    r"uma ungacelanga|as dit nie jy was nie|as jy dit nie aangevra het nie|si no has estat tu|"
    r"si no ho has sol·licitat|zu izan ez bazara|ez baduzu eskatu|se non fuches ti|"
    r"se non o solicitaches|os nad chi oedd|os na wnaethoch ofyn|murab tusa a bhí ann|"
    r"mura ndearna tú iarratas|хэрэв энэ та биш бол|хэрэв та хүсээгүй бол|"
    r"ef þetta varst ekki þú|ef þú baðst ekki um|jika bukan anda|jika anda tidak meminta|"
    # a negated verb in an "if" clause ("Jei slaptažodžio nekeitėte", "లాగిన్ ప్రయత్నించకపోతే")
    r"(?<!\w)jei\s+(?:\w+\s+){0,3}?ne\w+te(?!\w)|"
    r"(?<!\w)(?:pokud|jestliže|jestli|ak|jeśli|jeżeli|če|ako|ja)\s+(?:\w+\s+){0,3}?"
    r"(?:ne|nie\s+)(?:přihlaš|prihlas|žádal|žiadal|požádal|požiadal|logowa|prosi|prijav|"
    r"zahtev|zatraž|pieprasīj|pieslēdz|mě|mę|změ)\w*|కపోతే|ਨਹੀਂ ਕੀਤੀ|ਨਹੀਂ ਕੀਤਾ", re.I)
"""Words of a sentence that says what to do if the mail was not asked for ("Not you? Change
your password: …"): its link secures an account; it is not what the mail is for."""
