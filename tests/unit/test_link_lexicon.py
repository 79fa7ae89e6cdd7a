"""The words of links in every language of tempmail.link_lexicon, proved on short mails.

One row per language, written as that country's services word their mails: a button
that acts, a second one of another kind, a sentence that puts the URL on the next line,
then the links around it that never act (it-wasn't-me, unsubscribe, order status, help).
"""

import re

import pytest

from tempmail import link_words
from tempmail.extract import extract
from tempmail.link_lexicon import LEXICON

ACT = "https://svc.example/a/7Kq2"
ROWS = [
    # lang, button, second button, sentence before the URL, deny, unsubscribe, status, help
    ("en", "Verify email address", "Reset password", "To activate your account, open this link:",
     "No, this wasn't me", "Unsubscribe", "Track your order", "Help center"),
    ("de", "E-Mail-Adresse bestätigen", "Passwort zurücksetzen",
     "Um Ihr Konto zu aktivieren, klicken Sie auf den folgenden Link:",
     "Das war ich nicht", "Vom Newsletter abmelden", "Sendung verfolgen", "Hilfe"),
    ("fr", "Confirmer mon adresse e-mail", "Réinitialiser le mot de passe",
     "Pour activer votre compte, cliquez sur le lien ci-dessous :",
     "Ce n'était pas moi", "Se désinscrire", "Suivre mon colis", "Centre d'aide"),
    ("es", "Confirmar correo electrónico", "Restablecer contraseña",
     "Para activar tu cuenta, haz clic en el siguiente enlace:",
     "No fui yo", "Darse de baja", "Seguimiento del pedido", "Centro de ayuda"),
    ("it", "Conferma indirizzo email", "Reimposta la password",
     "Per attivare il tuo account, fai clic sul link qui sotto:",
     "Non ero io", "Annulla l'iscrizione", "Traccia la spedizione", "Assistenza"),
    ("pt", "Ativar minha conta", "Redefinir senha",
     "Para confirmar o seu e-mail, clique no link abaixo:",
     "Não fui eu", "Cancelar inscrição", "Rastrear pedido", "Central de ajuda"),
    ("nl", "E-mailadres bevestigen", "Wachtwoord opnieuw instellen",
     "Klik op de onderstaande link om je account te activeren:",
     "Dat was ik niet", "Afmelden", "Volg je pakket", "Klantenservice"),
    ("sv", "Bekräfta e-postadress", "Återställ lösenord",
     "Klicka på länken nedan för att aktivera ditt konto:",
     "Det var inte jag", "Avsluta prenumeration", "Spåra ditt paket", "Kundtjänst"),
    ("da", "Bekræft e-mailadresse", "Nulstil adgangskode",
     "Klik på linket nedenfor for at aktivere din konto:",
     "Det var ikke mig", "Afmeld nyhedsbrev", "Spor din pakke", "Kundeservice"),
    ("nb", "Bekreft e-postadressen", "Tilbakestill passord",
     "Klikk på lenken nedenfor for å aktivere kontoen din:",
     "Det var ikke meg", "Meld deg av", "Spor pakken", "Kundeservice"),
    ("fi", "Vahvista sähköpostiosoite", "Vaihda salasana",
     "Aktivoi tilisi avaamalla alla oleva linkki:",
     "Se en ollut minä", "Peruuta tilaus", "Seuraa lähetystä", "Asiakaspalvelu"),
    ("is", "Staðfesta netfang", "Endurstilla lykilorð",
     "Smelltu á hlekkinn hér fyrir neðan til að virkja aðganginn:",
     "Þetta var ekki ég", "Afskrá", "Rekja sendingu", "Hjálp"),
    ("et", "Kinnita e-posti aadress", "Lähtesta parool",
     "Konto aktiveerimiseks klõpsa alloleval lingil:",
     "See polnud mina", "Loobu uudiskirjast", "Jälgi saadetist", "Klienditugi"),
    ("lv", "Apstiprināt e-pasta adresi", "Atiestatīt paroli",
     "Lai aktivizētu kontu, noklikšķiniet uz saites zemāk:",
     "Tas nebiju es", "Atteikties no jaunumiem", "Izsekot sūtījumu", "Palīdzība"),
    ("lt", "Patvirtinti el. pašto adresą", "Atkurti slaptažodį",
     "Norėdami aktyvuoti paskyrą, spustelėkite žemiau esančią nuorodą:",
     "Tai buvau ne aš", "Atsisakyti prenumeratos", "Sekti siuntą", "Pagalba"),
    ("pl", "Potwierdź adres e-mail", "Zresetuj hasło",
     "Aby aktywować konto, kliknij poniższy link:",
     "To nie ja", "Wypisz się", "Śledź przesyłkę", "Centrum pomocy"),
    ("cs", "Ověřit e-mailovou adresu", "Obnovit heslo",
     "Pro aktivaci účtu klikněte na odkaz níže:",
     "To jsem nebyl já", "Odhlásit odběr", "Sledovat zásilku", "Nápověda"),
    ("sk", "Overiť e-mailovú adresu", "Obnoviť heslo",
     "Na aktiváciu účtu kliknite na odkaz nižšie:",
     "To som nebol ja", "Odhlásiť sa z odberu", "Sledovať zásielku", "Zákaznícka podpora"),
    ("hu", "E-mail-cím megerősítése", "Jelszó visszaállítása",
     "A fiók aktiválásához kattintson az alábbi linkre:",
     "Nem én voltam", "Leiratkozás", "Csomagkövetés", "Ügyfélszolgálat"),
    ("ro", "Confirmă adresa de e-mail", "Resetează parola",
     "Pentru a-ți activa contul, apasă pe linkul de mai jos:",
     "Nu am fost eu", "Dezabonare", "Urmărește coletul", "Centru de ajutor"),
    ("bg", "Потвърдете имейл адреса", "Нулиране на паролата",
     "За да активирате профила си, щракнете върху връзката по-долу:",
     "Не бях аз", "Отписване", "Проследи пратката", "Помощ"),
    ("hr", "Potvrdite adresu e-pošte", "Poništi lozinku",
     "Za aktivaciju računa kliknite na poveznicu ispod:",
     "To nisam bio ja", "Odjavi se", "Prati pošiljku", "Korisnička podrška"),
    ("sr", "Потврдите адресу е-поште", "Ресетујте лозинку",
     "Да бисте активирали налог, кликните на линк испод:",
     "То нисам био ја", "Одјави се", "Прати пошиљку", "Помоћ"),
    ("sr-Latn", "Potvrdite adresu e-pošte", "Resetujte lozinku",
     "Da biste aktivirali nalog, kliknite na link ispod:",
     "To nisam bio ja", "Odjavi se", "Prati pošiljku", "Korisnička podrška"),
    ("sl", "Potrdite e-poštni naslov", "Ponastavi geslo",
     "Za aktivacijo računa kliknite spodnjo povezavo:",
     "To nisem bil jaz", "Odjava od novic", "Sledi pošiljki", "Pomoč"),
    ("mk", "Потврди ја е-поштата", "Ресетирај лозинка",
     "За да ја активирате сметката, кликнете на линкот подолу:",
     "Тоа не бев јас", "Отпиши се", "Следи пратка", "Помош"),
    ("sq", "Konfirmo adresën e email-it", "Rivendos fjalëkalimin",
     "Për të aktivizuar llogarinë, kliko lidhjen më poshtë:",
     "Nuk isha unë", "Çregjistrohu", "Gjurmo porosinë", "Ndihmë"),
    ("el", "Επιβεβαίωση email", "Επαναφορά κωδικού πρόσβασης",
     "Για να ενεργοποιήσετε τον λογαριασμό σας, πατήστε τον παρακάτω σύνδεσμο:",
     "Δεν ήμουν εγώ", "Διαγραφή από τη λίστα", "Παρακολούθηση παραγγελίας", "Βοήθεια"),
    ("tr", "E-posta adresini doğrula", "Şifreni sıfırla",
     "Hesabınızı etkinleştirmek için aşağıdaki bağlantıya tıklayın:",
     "Bu ben değildim", "Abonelikten çık", "Kargo takip", "Yardım merkezi"),
    ("uk", "Підтвердити електронну адресу", "Скинути пароль",
     "Щоб активувати обліковий запис, натисніть на посилання нижче:",
     "Це був не я", "Відписатися", "Відстежити посилку", "Допомога"),
    ("ru", "Подтвердить адрес почты", "Сбросить пароль",
     "Чтобы активировать аккаунт, перейдите по ссылке ниже:",
     "Это был не я", "Отписаться от рассылки", "Отследить заказ", "Служба поддержки"),
    ("be", "Пацвердзіць адрас пошты", "Скінуць пароль",
     "Каб актываваць уліковы запіс, націсніце на спасылку ніжэй:",
     "Гэта быў не я", "Адпісацца", "Адсачыць пасылку", "Падтрымка"),
    ("ka", "ელფოსტის დადასტურება", "პაროლის აღდგენა",
     "ანგარიშის გასააქტიურებლად დააჭირეთ ქვემოთ მოცემულ ბმულს:",
     "ეს მე არ ვიყავი", "გამოწერის გაუქმება", "შეკვეთის სტატუსი", "დახმარება"),
    ("hy", "Հաստատել էլ. հասցեն", "Վերականգնել գաղտնաբառը",
     "Հաշիվն ակտիվացնելու համար սեղմեք ստորև նշված հղումը:",
     "Դա ես չէի", "Ապաբաժանորդագրվել", "Պատվերի կարգավիճակ", "Օգնություն"),
    ("az", "E-poçt ünvanını təsdiqlə", "Şifrəni sıfırla",
     "Hesabınızı aktivləşdirmək üçün aşağıdakı keçidə klikləyin:",
     "Bu mən deyildim", "Abunəlikdən çıx", "Sifarişi izlə", "Dəstək"),
    ("kk", "Электрондық поштаны растау", "Құпиясөзді қалпына келтіру",
     "Аккаунтты белсендіру үшін төмендегі сілтемені басыңыз:",
     "Бұл мен емес едім", "Жазылымнан бас тарту", "Тапсырыс мәртебесі", "Көмек"),
    ("uz", "Elektron pochtani tasdiqlash", "Parolni tiklash",
     "Hisobingizni faollashtirish uchun quyidagi havolani bosing:",
     "Bu men emas edim", "Obunani bekor qilish", "Buyurtma holati", "Yordam"),
    ("ar", "تأكيد البريد الإلكتروني", "إعادة تعيين كلمة المرور",
     "لتفعيل حسابك، انقر على الرابط أدناه:",
     "لم أكن أنا", "إلغاء الاشتراك", "تتبع الطلب", "مركز المساعدة"),
    ("he", "אימות כתובת האימייל", "איפוס סיסמה",
     "להפעלת החשבון לחצו על הקישור הבא:",
     "זה לא הייתי אני", "הסרה מרשימת התפוצה", "מעקב אחר ההזמנה", "מרכז העזרה"),
    ("fa", "تأیید ایمیل", "بازنشانی رمز عبور",
     "برای فعال‌سازی حساب خود روی پیوند زیر کلیک کنید:",
     "من نبودم", "لغو اشتراک", "پیگیری سفارش", "پشتیبانی"),
    ("ur", "ای میل کی تصدیق کریں", "پاس ورڈ ری سیٹ کریں",
     "اپنا اکاؤنٹ فعال کرنے کے لیے نیچے دیے گئے لنک پر کلک کریں:",
     "یہ میں نہیں تھا", "ان سبسکرائب", "آرڈر دیکھیں", "مدد"),
    ("hi", "ईमेल सत्यापित करें", "पासवर्ड रीसेट करें",
     "अपना खाता सक्रिय करने के लिए नीचे दिए गए लिंक पर क्लिक करें:",
     "यह मैं नहीं था", "सदस्यता समाप्त करें", "ऑर्डर ट्रैक करें", "सहायता केंद्र"),
    ("bn", "ইমেল যাচাই করুন", "পাসওয়ার্ড রিসেট করুন",
     "আপনার অ্যাকাউন্ট সক্রিয় করতে নিচের লিঙ্কে ক্লিক করুন:",
     "এটা আমি ছিলাম না", "আনসাবস্ক্রাইব", "অর্ডার দেখুন", "সাহায্য"),
    ("pa", "ਈਮੇਲ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ", "ਪਾਸਵਰਡ ਰੀਸੈਟ ਕਰੋ",
     "ਆਪਣਾ ਖਾਤਾ ਸਰਗਰਮ ਕਰਨ ਲਈ ਹੇਠਾਂ ਦਿੱਤੇ ਲਿੰਕ 'ਤੇ ਕਲਿੱਕ ਕਰੋ:",
     "ਇਹ ਮੈਂ ਨਹੀਂ ਸੀ", "ਗਾਹਕੀ ਰੱਦ ਕਰੋ", "ਆਰਡਰ ਦੇਖੋ", "ਮਦਦ"),
    ("gu", "ઇમેઇલની પુષ્ટિ કરો", "પાસવર્ડ રીસેટ કરો",
     "તમારું એકાઉન્ટ સક્રિય કરવા માટે નીચેની લિંક પર ક્લિક કરો:",
     "આ હું નહોતો", "અનસબ્સ્ક્રાઇબ કરો", "ઓર્ડર જુઓ", "મદદ"),
    ("mr", "ईमेलची पुष्टी करा", "पासवर्ड रीसेट करा",
     "तुमचे खाते सक्रिय करण्यासाठी खालील लिंकवर क्लिक करा:",
     "हा मी नव्हतो", "सदस्यता रद्द करा", "ऑर्डर पहा", "मदत"),
    ("ta", "மின்னஞ்சலை உறுதிப்படுத்தவும்", "கடவுச்சொல்லை மீட்டமைக்கவும்",
     "உங்கள் கணக்கைச் செயல்படுத்த கீழே உள்ள இணைப்பைக் கிளிக் செய்யவும்:",
     "அது நான் இல்லை", "குழுவிலகு", "ஆர்டர் நிலை", "உதவி"),
    ("te", "ఇమెయిల్‌ను ధృవీకరించండి", "పాస్‌వర్డ్ రీసెట్ చేయండి",
     "మీ ఖాతాను సక్రియం చేయడానికి క్రింది లింక్‌పై క్లిక్ చేయండి:",
     "అది నేను కాదు", "అన్‌సబ్‌స్క్రైబ్", "ఆర్డర్ స్థితి", "సహాయం"),
    ("kn", "ಇಮೇಲ್ ದೃಢೀಕರಿಸಿ", "ಪಾಸ್‌ವರ್ಡ್ ಮರುಹೊಂದಿಸಿ",
     "ನಿಮ್ಮ ಖಾತೆಯನ್ನು ಸಕ್ರಿಯಗೊಳಿಸಲು ಕೆಳಗಿನ ಲಿಂಕ್ ಕ್ಲಿಕ್ ಮಾಡಿ:",
     "ಅದು ನಾನಲ್ಲ", "ಅನ್‌ಸಬ್‌ಸ್ಕ್ರೈಬ್", "ಆರ್ಡರ್ ಸ್ಥಿತಿ", "ಸಹಾಯ"),
    ("ml", "ഇമെയിൽ സ്ഥിരീകരിക്കുക", "പാസ്‌വേഡ് റീസെറ്റ് ചെയ്യുക",
     "നിങ്ങളുടെ അക്കൗണ്ട് സജീവമാക്കാൻ താഴെയുള്ള ലിങ്കിൽ ക്ലിക്ക് ചെയ്യുക:",
     "അത് ഞാനല്ല", "അൺസബ്‌സ്ക്രൈബ്", "ഓർഡർ നില", "സഹായം"),
    ("si", "ඊමේල් තහවුරු කරන්න", "මුරපදය යළි සකසන්න",
     "ඔබගේ ගිණුම සක්‍රිය කිරීමට පහත සබැඳිය ක්ලික් කරන්න:",
     "ඒ මම නොවේ", "දායකත්වයෙන් ඉවත් වන්න", "ඇණවුම් තත්ත්වය", "උදව්"),
    ("ne", "इमेल पुष्टि गर्नुहोस्", "पासवर्ड रिसेट गर्नुहोस्",
     "आफ्नो खाता सक्रिय गर्न तलको लिङ्कमा क्लिक गर्नुहोस्:",
     "त्यो म होइन", "सदस्यता रद्द गर्नुहोस्", "अर्डर हेर्नुहोस्", "सहायता"),
    ("th", "ยืนยันอีเมล", "รีเซ็ตรหัสผ่าน",
     "เพื่อเปิดใช้งานบัญชีของคุณ กรุณาคลิกลิงก์ด้านล่าง:",
     "ไม่ใช่ฉัน", "ยกเลิกการรับข่าวสาร", "ติดตามพัสดุ", "ศูนย์ช่วยเหลือ"),
    ("lo", "ຢືນຢັນອີເມວ", "ຕັ້ງຄ່າລະຫັດຜ່ານໃໝ່",
     "ເພື່ອເປີດໃຊ້ບັນຊີ ກະລຸນາຄລິກລິ້ງຂ້າງລຸ່ມ:",
     "ບໍ່ແມ່ນຂ້ອຍ", "ຍົກເລີກການຮັບຂ່າວສານ", "ຕິດຕາມພັດສະດຸ", "ຊ່ວຍເຫຼືອ"),
    ("km", "បញ្ជាក់អ៊ីមែល", "កំណត់ពាក្យសម្ងាត់ឡើងវិញ",
     "ដើម្បីធ្វើឱ្យគណនីសកម្ម សូមចុចតំណខាងក្រោម:",
     "មិនមែនខ្ញុំទេ", "ឈប់ជាវ", "តាមដានការបញ្ជាទិញ", "ជំនួយ"),
    ("my", "အီးမေးလ်ကို အတည်ပြုပါ", "စကားဝှက်ကို ပြန်လည်သတ်မှတ်ပါ",
     "သင့်အကောင့်ကို အသက်သွင်းရန် အောက်ပါလင့်ခ်ကို နှိပ်ပါ:",
     "ကျွန်ုပ်မဟုတ်ပါ", "စာရင်းမှ ထွက်ရန်", "အော်ဒါအခြေအနေ", "အကူအညီ"),
    ("vi", "Xác nhận email", "Đặt lại mật khẩu",
     "Để kích hoạt tài khoản, vui lòng nhấp vào liên kết bên dưới:",
     "Không phải tôi", "Hủy đăng ký", "Theo dõi đơn hàng", "Trung tâm trợ giúp"),
    ("id", "Verifikasi email", "Atur ulang kata sandi",
     "Untuk mengaktifkan akun Anda, klik tautan di bawah ini:",
     "Bukan saya", "Berhenti berlangganan", "Lacak pesanan", "Pusat bantuan"),
    ("ms", "Sahkan e-mel", "Tetapkan semula kata laluan",
     "Untuk mengaktifkan akaun anda, klik pautan di bawah:",
     "Bukan saya", "Berhenti melanggan", "Jejak pesanan", "Pusat bantuan"),
    ("tl", "Kumpirmahin ang email", "I-reset ang password",
     "Para i-activate ang iyong account, i-click ang link sa ibaba:",
     "Hindi ako iyon", "Mag-unsubscribe", "Subaybayan ang order", "Tulong"),
    ("zh-Hans", "验证邮箱", "重置密码", "请点击下方链接激活您的账户：",
     "不是我本人", "退订", "查看订单", "帮助中心"),
    ("zh-Hant", "驗證電子郵件", "重設密碼", "請點擊下方連結啟用您的帳戶：",
     "不是我本人", "取消訂閱", "查看訂單", "說明中心"),
    ("ja", "メールアドレスを確認する", "パスワードを再設定", "以下のリンクをクリックして本登録を完了してください：",
     "心当たりがない", "配信停止", "配送状況を確認", "ヘルプ"),
    ("ko", "이메일 인증하기", "비밀번호 재설정", "아래 링크를 클릭하여 계정을 활성화하세요:",
     "본인이 아닙니다", "수신거부", "배송 조회", "고객센터"),
    ("sw", "Thibitisha barua pepe", "Weka upya nenosiri",
     "Ili kuwasha akaunti yako, bofya kiungo hapa chini:",
     "Si mimi", "Jiondoe", "Fuatilia oda yako", "Msaada"),
    ("am", "ኢሜይልዎን ያረጋግጡ", "የይለፍ ቃል ዳግም ያስጀምሩ",
     "መለያዎን ለማግበር ከታች ያለውን ሊንክ ይጫኑ:",
     "እኔ አልነበርኩም", "ምዝገባ ሰርዝ", "የትዕዛዝ ሁኔታ", "እገዛ"),
    ("ha", "Tabbatar da imel", "Sake saita kalmar sirri",
     "Don kunna asusunka, danna mahaɗin da ke ƙasa:",
     "Ba ni ba ne", "Cire rajista", "Bibiyar oda", "Taimako"),
    ("yo", "Jẹrisi imeeli rẹ", "Tun ṣeto ọrọ igbaniwọle",
     "Láti jẹrisi imeeli rẹ, tẹ ọna asopọ ni isalẹ:",
     "Kii se emi", "Yọ kuro", "Tọpinpin aṣẹ", "Ìrànlọ́wọ́"),
    ("zu", "Qinisekisa i-imeyili", "Setha kabusha iphasiwedi",
     "Ukuze uqinisekise i-akhawunti yakho, chofoza isixhumanisi ngezansi:",
     "Bekungeyimi", "Zikhiphe", "Landelela i-oda", "Usizo"),
    ("af", "Bevestig e-posadres", "Stel wagwoord terug",
     "Klik op die skakel hieronder om jou rekening te aktiveer:",
     "Dit was nie ek nie", "Teken uit", "Volg jou pakkie", "Hulpsentrum"),
    ("ca", "Confirma l'adreça electrònica", "Restableix la contrasenya",
     "Per activar el compte, fes clic a l'enllaç següent:",
     "No vaig ser jo", "Donar-se de baixa", "Seguiment de la comanda", "Centre d'ajuda"),
    ("eu", "Berretsi helbide elektronikoa", "Berrezarri pasahitza",
     "Kontua aktibatzeko, egin klik beheko estekan:",
     "Ez nintzen ni", "Harpidetza kendu", "Eskaeraren egoera", "Laguntza"),
    ("gl", "Confirmar o enderezo de correo", "Restablecer o contrasinal",
     "Para activar a túa conta, fai clic na ligazón de abaixo:",
     "Non fun eu", "Darse de baixa", "Estado do pedido", "Axuda"),
    ("cy", "Cadarnhau cyfeiriad e-bost", "Ailosod cyfrinair",
     "I actifadu eich cyfrif, cliciwch y ddolen isod:",
     "Nid fi oedd e", "Dad-danysgrifio", "Olrhain eich archeb", "Cymorth"),
    ("ga", "Deimhnigh do sheoladh ríomhphoist", "Athshocraigh pasfhocal",
     "Chun do chuntas a ghníomhachtú, cliceáil ar an nasc thíos:",
     "Ní mise a bhí ann", "Díliostáil", "Rianaigh d'ordú", "Cabhair"),
    ("mn", "Имэйл баталгаажуулах", "Нууц үг сэргээх",
     "Бүртгэлээ идэвхжүүлэхийн тулд доорх холбоос дээр дарна уу:",
     "Энэ би биш", "Захиалгаас гарах", "Захиалгын төлөв", "Тусламж"),
]
IDS = [row[0] for row in ROWS]


def actions(found):
    return [link["url"] for link in found["links"] if link["kind"] == "action"]


def test_every_language_of_the_lexicon_has_a_row():
    langs = {row[0] for row in ROWS} - {"sr-Latn"}
    assert langs == set(LEXICON)


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_the_button_that_acts_is_found_among_the_links_that_do_not(row):
    _, button, _, _, deny, unsubscribe, status, help_ = row
    html = (f'<p><a href="https://svc.example/n/1">{deny}</a></p>'
            f'<p><a href="{ACT}" style="background:#06c">{button}</a></p>'
            f'<p><a href="https://svc.example/o/2">{status}</a> · '
            f'<a href="https://svc.example/h/3">{help_}</a> · '
            f'<a href="https://svc.example/u/4">{unsubscribe}</a></p>')
    assert actions(extract("", None, html)) == [ACT]


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_second_kind_of_button_acts_too(row):
    html = f'<p>—</p><p><a href="{ACT}">{row[2]}</a></p>'
    assert actions(extract("", None, html)) == [ACT]


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_sentence_puts_the_url_on_the_next_line(row):
    _, _, _, sentence, _, unsubscribe, _, help_ = row
    text = (f"{sentence}\n{ACT}\n\n{help_}: https://svc.example/h/3\n"
            f"{unsubscribe}: https://svc.example/u/4\n")
    assert actions(extract("", text, None)) == [ACT]


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_notice_whose_links_only_show_or_help_has_no_action(row):
    _, _, _, _, deny, unsubscribe, status, help_ = row
    html = (f'<p><a href="https://svc.example/o/2">{status}</a></p>'
            f'<p><a href="https://svc.example/n/1">{deny}</a> · '
            f'<a href="https://svc.example/h/3">{help_}</a> · '
            f'<a href="https://svc.example/u/4">{unsubscribe}</a></p>')
    text = f"{status}:\nhttps://svc.example/o/2\n\n{help_}:\nhttps://svc.example/h/3\n"
    assert actions(extract("", None, html)) == []
    assert actions(extract("", text, None)) == []


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_each_footer_word_is_known_for_what_it_is(row):
    _, _, _, _, deny, unsubscribe, status, help_ = row
    assert link_words.DENY_WORDS.search(deny) or link_words.NO.match(deny), deny
    assert link_words.SKIP_WORDS.search(unsubscribe), unsubscribe
    assert link_words.STATUS_WORDS.search(status), status
    assert link_words.HELP_WORDS.search(help_), help_


@pytest.mark.parametrize("label", [
    "Yes, it was me", "Oui, c'était moi", "Ja, das war ich", "Sí, fui yo", "Sim, fui eu",
    "Tak, to ja", "Да, это был я", "Evet, bendim", "Ναι, ήμουν εγώ", "Ja, det var jag",
    "Kyllä, se olin minä", "Igen, én voltam", "はい、私です", "예, 본인입니다", "Có, là tôi",
    "Ya, ini saya", "Ndiyo, ni mimi", "Так, це був я", "Da, eu am fost", "Ano, to jsem byl já",
])
def test_yes_it_was_me_acts(label):
    assert actions(extract("", None, f'<p><a href="{ACT}">{label}</a></p>')) == [ACT]


@pytest.mark.parametrize("label", [
    "Termasuk ongkir", "Pedido aceptado", "Pagamento accettato", "Pago autorizado",
    "Si no fuiste tú, protege tu cuenta", "Continue reading", "Lire la suite", "Weiterlesen",
    "Leer más", "Czytaj dalej", "Читать далее", "Devamını oku", "続きを読む", "阅读全文",
    "Terima kasih", "Ver mi pedido", "Zur Bestellung", "Rechnung herunterladen", "Facture",
    "Visualizza nel browser", "Abmelden", "Prywatności", "Datenschutz", "Impressum",
])
def test_words_that_only_look_or_leave_do_not_act(label):
    assert actions(extract("", None, f'<p><a href="https://svc.example/x/1">{label}</a></p>')) == []


@pytest.mark.parametrize("lead,want", [
    ("Palavra-passe esquecida? Use o link abaixo para definir uma nova:", True),
    ("Para ativar sua conta, clique no botão abaixo:", True),
    ("Kontonuzu doğrulamak için aşağıdaki butona tıklayın:", True),
    ("Чтобы войти, нажмите на кнопку ниже:", True),
    ("Aby dokończyć rejestrację, kliknij w poniższy przycisk:", True),
    ("Ihre Bestellung ist unterwegs. Sendung verfolgen:", False),
    ("Votre facture du mois est disponible :", False),
    ("Tu pedido ha sido enviado. Seguimiento:", False),
    ("Cảm ơn bạn đã mua hàng. Xem đơn hàng:", False),
])
def test_the_sentence_above_a_bare_url_says_whether_it_acts(lead, want):
    text = f"{lead}\nhttps://svc.example/x/9\n"
    assert actions(extract("", text, None)) == ([ "https://svc.example/x/9"] if want else [])


def test_every_form_is_lower_case_flat_and_compiles():
    for lang, concepts in LEXICON.items():
        for concept in link_words.CONCEPTS:
            forms = link_words.split(concepts[concept])
            assert forms, (lang, concept)
            for form in forms:
                bare = form.lstrip("~")
                assert re.sub(r"\\.", "", bare) == re.sub(r"\\.", "", bare).lower(), form
                # no repeated group, no quantifier inside an optional group
                assert not re.search(r"\)[*+{]", bare), form
                assert not re.search(r"\((?:[^()]*[*+][^()]*)\)\?", bare), form
                re.compile(bare)


def test_forms_match_at_a_word_start_but_compound_tails_and_unspaced_scripts_anywhere():
    assert link_words.ACTION_WORDS.search("Bitte Konto freischalten")
    assert not link_words.STATUS_WORDS.search("Strukturwandel")  # "struk" is a whole word
    assert link_words.STATUS_WORDS.search("Zur Sendungsverfolgung")  # "~sendungsverfolgung"
    assert link_words.ACTION_WORDS.search("请点击下方链接激活您的账户")
    assert link_words.ACTION_WORDS.search("GİRİŞ YAP")  # Turkish capitals fold
    assert link_words.ACTION_WORDS.search("ΕΠΙΒΕΒΑΙΩΣΗ EMAIL")  # Greek capitals drop accents


SENTENCES = [  # each line one language; a sentence that introduces an acting URL
    "Click the link below to sign in to your account:|Use this link to reset your password:|To complete your registration, follow this link:|Tap the button below to verify your email.|Here is your magic link:|You've been invited to join Acme. Accept here:|Someone tried to sign in. Was it you? Approve here:",
    'Klicken Sie auf den folgenden Link, um sich anzumelden:|Über diesen Link können Sie ein neues Passwort vergeben:|Bitte bestätige deine E-Mail-Adresse über folgenden Link:|Du wurdest eingeladen. Hier kannst du die Einladung annehmen:|Hier ist dein Login-Link:',
    "Cliquez sur le lien ci-dessous pour vous connecter :|Pour choisir un nouveau mot de passe, utilisez ce lien :|Pour valider votre inscription, cliquez ici :|Vous avez été invité à rejoindre l'équipe :",
    'Haz clic en el enlace para iniciar sesión:|Para crear una nueva contraseña, usa este enlace:|Para completar tu registro, sigue este enlace:|Te han invitado a unirte al equipo:|Para ingresar a tu cuenta, toca el botón:',
    'Clicca sul link per accedere:|Per scegliere una nuova password, usa questo link:|Per completare la registrazione, segui questo link:|Sei stato invitato a unirti al team:',
    'Clique no link abaixo para entrar na sua conta:|Para criar uma nova senha, use este link:|Para concluir seu cadastro, acesse o link:|Você foi convidado para participar da equipe:|Para repor a sua palavra-passe, clique aqui:',
    'Klik op de link hieronder om in te loggen:|Gebruik deze link om een nieuw wachtwoord in te stellen:|Je bent uitgenodigd om lid te worden van het team:',
    'Kliknij poniższy link, aby się zalogować:|Aby ustawić nowe hasło, użyj tego linku:|Zostałeś zaproszony do zespołu. Dołącz tutaj:',
    'Нажмите на ссылку ниже, чтобы войти:|Чтобы задать новый пароль, перейдите по ссылке:|Вас пригласили в команду. Принять приглашение:|Для завершения регистрации перейдите по ссылке:',
    'Giriş yapmak için aşağıdaki bağlantıya tıklayın:|Yeni şifre belirlemek için bu bağlantıyı kullanın:|Ekibe katılmaya davet edildiniz:',
    '下のリンクをクリックしてログインしてください：|新しいパスワードを設定するには、こちらのリンクをご利用ください：|チームに招待されました。参加するには：',
    '点击下方链接登录：|请通过以下链接设置新密码：|您被邀请加入团队：',
    '아래 링크를 클릭하여 로그인하세요:|새 비밀번호를 설정하려면 이 링크를 사용하세요:|팀에 초대되었습니다:',
    'انقر على الرابط أدناه لتسجيل الدخول:|لتعيين كلمة مرور جديدة، استخدم هذا الرابط:|تمت دعوتك للانضمام إلى الفريق:',
    'לחצו על הקישור כדי להתחבר:|להגדרת סיסמה חדשה השתמשו בקישור:|הוזמנת להצטרף לצוות:',
    'Nhấp vào liên kết dưới đây để đăng nhập:|Để đặt mật khẩu mới, hãy dùng liên kết này:|Bạn được mời tham gia nhóm:',
    'Klik tautan di bawah untuk masuk:|Untuk membuat kata sandi baru, gunakan tautan ini:|Anda diundang untuk bergabung dengan tim:',
    'Klicka på länken nedan för att logga in:|Använd länken för att välja ett nytt lösenord:|Du har bjudits in till teamet:',
    'Klik på linket for at logge ind:|Brug dette link til at vælge en ny adgangskode:',
    'Klikk på lenken for å logge inn:|Bruk denne lenken for å lage et nytt passord:',
    'Klikkaa alla olevaa linkkiä kirjautuaksesi:|Aseta uusi salasana tästä linkistä:',
    'Klikněte na odkaz níže a přihlaste se:|Pro nastavení nového hesla použijte tento odkaz:',
    'Kattintson az alábbi linkre a bejelentkezéshez:|Új jelszó beállításához használja ezt a linket:',
    'Faceți clic pe linkul de mai jos pentru a vă conecta:|Pentru a seta o parolă nouă, folosiți acest link:',
    'Κάντε κλικ στον παρακάτω σύνδεσμο για να συνδεθείτε:|Για να ορίσετε νέο κωδικό, χρησιμοποιήστε αυτόν τον σύνδεσμο:',
    'Натисніть посилання нижче, щоб увійти:|Щоб встановити новий пароль, скористайтеся посиланням:',
    'नीचे दिए गए लिंक पर क्लिक करके लॉग इन करें:|नया पासवर्ड सेट करने के लिए इस लिंक का उपयोग करें:',
    'คลิกลิงก์ด้านล่างเพื่อเข้าสู่ระบบ:|ใช้ลิงก์นี้เพื่อตั้งรหัสผ่านใหม่:',
]
LOOKING = [  # link names in receipts, shipping notices and newsletters
    'View order|Track package|Track your shipment|Download invoice|View receipt|Manage booking|Read more|Shop now|View in browser|Update preferences|Contact support|Privacy policy|Terms of service|Visit our website|Follow us|Leave a review|Rate your experience|Download the app|Buy again|See details|Learn more|Reorder',
    'Bestellung ansehen|Sendung verfolgen|Rechnung herunterladen|Jetzt einkaufen|Mehr erfahren|Zum Shop|Bewertung abgeben|Newsletter abbestellen|Kontakt|Impressum|Datenschutzerklärung',
    'Voir ma commande|Suivre mon colis|Télécharger la facture|En savoir plus|Découvrir|Donner mon avis|Se désabonner|Nous contacter|Mentions légales',
    'Ver pedido|Seguir envío|Descargar factura|Más información|Comprar ahora|Dejar una reseña|Darse de baja|Contáctanos|Ver detalles',
    'Visualizza ordine|Traccia spedizione|Scarica fattura|Scopri di più|Acquista ora|Lascia una recensione|Annulla iscrizione',
    'Ver pedido|Rastrear encomenda|Baixar nota fiscal|Saiba mais|Compre agora|Avalie sua compra|Descadastrar',
    'Bestelling bekijken|Volg je pakket|Factuur downloaden|Meer informatie|Shop nu|Schrijf een review|Uitschrijven',
    'Zobacz zamówienie|Śledź przesyłkę|Pobierz fakturę|Dowiedz się więcej|Kup teraz|Wystaw opinię|Wypisz się',
    'Посмотреть заказ|Отследить посылку|Скачать чек|Подробнее|Купить сейчас|Оставить отзыв|Отписаться',
    'Siparişi görüntüle|Kargonu takip et|Faturayı indir|Daha fazla bilgi|Hemen al|Değerlendir|Abonelikten çık',
    '注文内容を確認する|配送状況を確認|領収書をダウンロード|詳しく見る|今すぐ購入|レビューを書く|配信停止',
    '查看订单|跟踪包裹|下载发票|了解更多|立即购买|写评价|退订',
    '주문 내역 보기|배송 조회|영수증 다운로드|자세히 보기|지금 구매|리뷰 작성|수신거부',
    'عرض الطلب|تتبع الشحنة|تنزيل الفاتورة|اعرف المزيد|تسوق الآن|إلغاء الاشتراك',
    'Xem đơn hàng|Theo dõi đơn hàng|Tải hóa đơn|Tìm hiểu thêm|Mua ngay|Hủy đăng ký',
    'Lihat pesanan|Lacak paket|Unduh faktur|Pelajari lebih lanjut|Belanja sekarang|Berhenti berlangganan',
]
NOTICES = [  # sentences of receipts and newsletters above a link
    "Thank you for your order! Your payment has been confirmed.|Your order has been shipped and is on its way.|We've received your payment. Here is your receipt:|Your subscription is active. Manage your plan:|Check out our new arrivals:|Your account was verified successfully. Visit your dashboard:|Join us at our summer event!|Continue shopping:|Accept our cookies policy",
    'Vielen Dank für Ihre Bestellung. Ihre Zahlung wurde bestätigt.|Ihr Paket ist unterwegs.|Entdecken Sie unsere Neuheiten:',
    'Merci pour votre commande. Votre paiement a été confirmé.|Votre colis est en route.|Découvrez nos nouveautés :',
    'Gracias por tu compra. Tu pago ha sido confirmado.|Tu pedido está en camino.|Descubre nuestras novedades:',
    'Obrigado pela sua compra. Seu pagamento foi confirmado.|Seu pedido está a caminho.',
    'Спасибо за заказ. Оплата подтверждена.|Ваш заказ в пути.',
    'ご注文ありがとうございます。お支払いが確認されました。|商品を発送しました。',
    '感谢您的订购，您的付款已确认。|您的包裹已发出。',
    '주문해 주셔서 감사합니다. 결제가 확인되었습니다.',
    'Siparişiniz için teşekkürler. Ödemeniz onaylandı.',
    'Dziękujemy za zamówienie. Płatność została potwierdzona.',
]


@pytest.mark.parametrize("sentence", [s for line in SENTENCES for s in line.split("|")])
def test_a_sentence_that_asks_to_act_makes_the_next_url_the_action(sentence):
    assert actions(extract("", f"Hello,\n\n{sentence}\n{ACT}\n", None)) == [ACT]


@pytest.mark.parametrize("label", [s for line in LOOKING for s in line.split("|")])
def test_a_link_named_for_looking_or_leaving_is_no_action(label):
    html = f'<p><a href="https://shop.example/x/1">{label}</a></p>'
    assert actions(extract("", None, html)) == []


@pytest.mark.parametrize("sentence", [s for line in NOTICES for s in line.split("|")])
def test_a_receipt_or_newsletter_sentence_makes_no_action(sentence):
    html = f'<p>{sentence} <a href="https://shop.example/x/1">shop.example</a></p>'
    assert actions(extract("", None, html)) == []


BUTTONS = [  # lang: buttons that act, in the languages with fewer rows above
    'et: Logi sisse|Kinnita e-post|Aktiveeri konto|Määra uus parool|Võta kutse vastu|Liitu meeskonnaga|Lõpeta registreerimine|Jah, see olin mina',
    'lv: Pieslēgties|Apstiprināt e-pastu|Aktivizēt kontu|Iestatīt jaunu paroli|Pieņemt uzaicinājumu|Pievienoties komandai|Pabeigt reģistrāciju',
    'lt: Prisijungti|Patvirtinti el. paštą|Aktyvuoti paskyrą|Nustatyti naują slaptažodį|Priimti kvietimą|Prisijungti prie komandos|Užbaigti registraciją',
    'sl: Prijava|Potrdi e-pošto|Aktiviraj račun|Nastavi novo geslo|Sprejmi povabilo|Pridruži se ekipi|Dokončaj registracijo',
    'hr: Prijavi se|Potvrdi e-poštu|Aktiviraj račun|Postavi novu lozinku|Prihvati pozivnicu|Pridruži se timu|Dovrši registraciju',
    'sr: Пријави се|Потврди е-пошту|Активирај налог|Постави нову лозинку|Прихвати позивницу|Придружи се тиму|Prijavi se|Potvrdi e-poštu|Aktiviraj nalog',
    'mk: Најави се|Потврди е-пошта|Активирај сметка|Постави нова лозинка|Прифати покана',
    'sq: Hyr|Konfirmo email-in|Aktivizo llogarinë|Vendos fjalëkalim të ri|Prano ftesën|Bashkohu me ekipin',
    'is: Skrá inn|Staðfesta netfang|Virkja aðgang|Setja nýtt lykilorð|Samþykkja boð|Ganga í teymið',
    'ka: შესვლა|ელფოსტის დადასტურება|ანგარიშის გააქტიურება|ახალი პაროლის დაყენება|მოწვევის მიღება',
    'hy: Մուտք գործել|Հաստատել էլ. փոստը|Ակտիվացնել հաշիվը|Սահմանել նոր գաղտնաբառ|Ընդունել հրավերը',
    'az: Daxil ol|E-poçtu təsdiqlə|Hesabı aktivləşdir|Yeni şifrə təyin et|Dəvəti qəbul et',
    'kk: Кіру|Поштаны растау|Аккаунтты белсендіру|Жаңа құпиясөз орнату|Шақыруды қабылдау',
    "uz: Kirish|Pochtani tasdiqlash|Hisobni faollashtirish|Yangi parol o'rnatish|Taklifni qabul qilish",
    'be: Увайсці|Пацвердзіць пошту|Актываваць уліковы запіс|Задаць новы пароль|Прыняць запрашэнне',
    'fa: ورود به حساب|تأیید ایمیل|فعال\u200cسازی حساب|تنظیم رمز عبور جدید|پذیرفتن دعوت|بازنشانی گذرواژه',
    'ur: لاگ ان کریں|ای میل کی تصدیق|اکاؤنٹ فعال کریں|نیا پاس ورڈ سیٹ کریں|دعوت قبول کریں',
    'bn: লগ ইন করুন|ইমেল যাচাই করুন|অ্যাকাউন্ট সক্রিয় করুন|নতুন পাসওয়ার্ড সেট করুন|আমন্ত্রণ গ্রহণ করুন',
    'ta: உள்நுழைக|மின்னஞ்சலைச் சரிபார்க்கவும்|கணக்கைச் செயல்படுத்து|புதிய கடவுச்சொல்லை அமை|அழைப்பை ஏற்கவும்',
    'te: లాగిన్ చేయండి|ఇమెయిల్ ధృవీకరించండి|ఖాతాను సక్రియం చేయండి|కొత్త పాస్\u200cవర్డ్ సెట్ చేయండి|ఆహ్వానాన్ని అంగీకరించండి',
    'mr: लॉग इन करा|ईमेल सत्यापित करा|खाते सक्रिय करा|नवीन पासवर्ड सेट करा|आमंत्रण स्वीकारा',
    'ne: लगइन गर्नुहोस्|इमेल प्रमाणित गर्नुहोस्|खाता सक्रिय गर्नुहोस्|नयाँ पासवर्ड सेट गर्नुहोस्|निमन्त्रणा स्वीकार गर्नुहोस्',
    'si: පුරනය වන්න|ඊමේල් තහවුරු කරන්න|ගිණුම සක්\u200dරිය කරන්න|නව මුරපදයක් සකසන්න|ආරාධනය පිළිගන්න',
    'km: ចូលគណនី|បញ្ជាក់អ៊ីមែល|កំណត់ពាក្យសម្ងាត់ថ្មី|ទទួលយកការអញ្ជើញ',
    'lo: ເຂົ້າສູ່ລະບົບ|ຢືນຢັນອີເມວ|ຕັ້ງລະຫັດຜ່ານໃໝ່|ຍອມຮັບຄຳເຊີນ',
    'my: ဝင်ရောက်ရန်|အီးမေးလ်အတည်ပြုရန်|စကားဝှက်အသစ်သတ်မှတ်ရန်|ဖိတ်ကြားချက်ကို လက်ခံရန်',
    'sw: Ingia|Thibitisha barua pepe|Washa akaunti|Weka nenosiri jipya|Kubali mwaliko|Jiunge na timu',
    'am: ይግቡ|ኢሜይል ያረጋግጡ|አዲስ የይለፍ ቃል ያዘጋጁ|ግብዣውን ይቀበሉ',
    'ha: Shiga|Tabbatar da imel|Saita sabuwar kalmar sirri|Karɓi gayyata',
    'yo: Wọlé|Jẹrisi imeeli|Ṣeto ọrọ igbaniwọle tuntun|Gba ìpè',
    'zu: Ngena ngemvume|Qinisekisa i-imeyili|Setha iphasiwedi entsha|Yamukela isimemo',
    'af: Meld aan|Bevestig e-pos|Aktiveer rekening|Stel nuwe wagwoord|Aanvaar uitnodiging|Sluit aan by die span',
    "ca: Inicia la sessió|Confirma el correu|Activa el compte|Estableix una contrasenya nova|Accepta la invitació|Uneix-te a l'equip",
    'eu: Hasi saioa|Berretsi posta elektronikoa|Aktibatu kontua|Ezarri pasahitz berria|Onartu gonbidapena',
    'gl: Iniciar sesión|Confirmar correo|Activar a conta|Establecer novo contrasinal|Aceptar o convite',
    'cy: Mewngofnodi|Cadarnhau e-bost|Actifadu cyfrif|Gosod cyfrinair newydd|Derbyn y gwahoddiad',
    'ga: Logáil isteach|Deimhnigh ríomhphost|Socraigh pasfhocal nua|Glac leis an gcuireadh',
    'mn: Нэвтрэх|Имэйл баталгаажуулах|Бүртгэл идэвхжүүлэх|Шинэ нууц үг тохируулах|Урилгыг хүлээн авах',
    'tl: Mag-log in|Kumpirmahin ang email|I-activate ang account|Magtakda ng bagong password|Tanggapin ang imbitasyon',
]
FOOTERS = [  # lang: links of receipts and footers that never act
    'et: Vaata tellimust|Jälgi saadetist|Loobu uudiskirjast|Klienditugi|Privaatsuspoliitika|Arve',
    'lv: Skatīt pasūtījumu|Izsekot sūtījumu|Atteikties no jaunumiem|Palīdzība|Privātuma politika|Rēķins',
    'lt: Peržiūrėti užsakymą|Sekti siuntą|Atsisakyti prenumeratos|Pagalba|Privatumo politika|Sąskaita faktūra',
    'sl: Poglej naročilo|Sledi pošiljki|Odjava|Pomoč|Zasebnost|Račun',
    'hr: Pogledaj narudžbu|Prati pošiljku|Odjava|Pomoć|Privatnost',
    'sr: Погледај поруџбину|Прати пошиљку|Одјава|Помоћ|Приватност',
    'sq: Shiko porosinë|Gjurmo porosinë|Çregjistrohu|Ndihmë|Privatësia|Fatura',
    'is: Skoða pöntun|Rekja sendingu|Afskrá|Hjálp|Persónuvernd|Reikningur',
    'ka: შეკვეთის ნახვა|გამოწერის გაუქმება|დახმარება|კონფიდენციალურობა',
    'hy: Դիտել պատվերը|Ապաբաժանորդագրվել|Օգնություն|Գաղտնիություն',
    'az: Sifarişə bax|Abunəlikdən çıx|Dəstək|Məxfilik',
    'kk: Тапсырысты көру|Жазылымнан бас тарту|Көмек|Құпиялық',
    'fa: مشاهده سفارش|پیگیری مرسوله|لغو اشتراک|پشتیبانی|حریم خصوصی|فاکتور',
    'ur: آرڈر دیکھیں|ان سبسکرائب|مدد|رازداری',
    'bn: অর্ডার দেখুন|আনসাবস্ক্রাইব|সাহায্য|গোপনীয়তা নীতি',
    'ta: ஆர்டரைப் பார்க்கவும்|குழுவிலகு|உதவி|தனியுரிமைக் கொள்கை',
    'sw: Tazama oda|Fuatilia kifurushi|Jiondoe|Msaada|Faragha|Risiti',
    'af: Bekyk bestelling|Volg jou pakkie|Teken uit|Hulp|Privaatheidsbeleid|Faktuur',
    "ca: Veure la comanda|Seguiment de l'enviament|Donar-se de baixa|Ajuda|Privadesa|Factura",
    'cy: Gweld yr archeb|Olrhain parsel|Dad-danysgrifio|Cymorth|Preifatrwydd|Anfoneb',
    'tl: Tingnan ang order|Subaybayan ang package|Mag-unsubscribe|Tulong|Resibo',
    'mn: Захиалга харах|Бүртгэлээс хасах|Тусламж|Нууцлал|Нэхэмжлэх',
]


def _each(lines):
    return [(line.split(": ", 1)[0], label) for line in lines
            for label in line.split(": ", 1)[1].split("|")]


@pytest.mark.parametrize("lang,label", _each(BUTTONS))
def test_buttons_of_more_languages_act(lang, label):
    assert actions(extract("", None, f'<p><a href="{ACT}">{label}</a></p>')) == [ACT], lang


@pytest.mark.parametrize("lang,label", _each(FOOTERS))
def test_footers_of_more_languages_do_not_act(lang, label):
    html = f'<p><a href="https://shop.example/x/1">{label}</a></p>'
    assert actions(extract("", None, html)) == [], lang


@pytest.mark.parametrize("label", [
    "Complete your purchase", "Join our community on Discord", "View itinerary",
    "Bestellung abschließen", "Finaliser ma commande", "Finalizar compra", "Completa l'acquisto",
    "Join us at our summer event", "Continue shopping", "Weiter einkaufen", "Seguir comprando",
])
def test_a_shop_or_newsletter_call_is_no_action(label):
    html = f'<p><a href="https://shop.example/x/1">{label}</a></p>'
    assert actions(extract("", None, html)) == []


@pytest.mark.parametrize("label", [
    "Si no reconoces esta actividad", "I don't recognize this", "Not you?", "Nicht Sie?",
    "Ce n'est pas vous ?", "¿No eres tú?", "Non sei tu?", "Não foi você?", "Si mimi",
    "Sí, bloquear la cuenta", "Yes, secure my account", "Это не вы?", "To nie ty?",
])
def test_a_button_that_denies_does_not_act_even_after_a_yes_word(label):
    html = f'<p><a href="https://svc.example/d/1">{label}</a></p>'
    assert actions(extract("", None, html)) == []


@pytest.mark.parametrize("sentence", [
    "Täname tellimuse eest! Makse on kinnitatud.", "Paldies par pasūtījumu!",
    "Dėkojame už užsakymą.", "Благодарим ви за поръчката!", "Hvala na narudžbi!",
    "Hvala za naročilo.", "Faleminderit për porosinë!", "გმადლობთ შეკვეთისთვის!",
    "Sifarişiniz üçün təşəkkür edirik.", "از خرید شما سپاسگزاریم. پرداخت تأیید شد.",
    "আপনার অর্ডারের জন্য ধন্যবাদ।", "உங்கள் ஆர்டருக்கு நன்றி!", "Salamat sa iyong order!",
    "Asante kwa oda yako.", "Dankie vir jou bestelling!", "Gràcies per la teva comanda.",
    "Diolch am eich archeb.", "Захиалга өгсөнд баярлалаа.", "Ďakujeme za vašu objednávku.",
])
def test_thanks_for_an_order_above_a_link_is_no_action(sentence):
    text = f"{sentence}\nhttps://shop.example/o/5521\n"
    assert actions(extract("", text, None)) == []


SIGN_IN = [  # lang: sentences before a sign-in or new-password URL
    'et: Sisselogimiseks klõpsa alloleval lingil:|Uue parooli määramiseks kasuta seda linki:',
    'lv: Lai pieslēgtos, noklikšķiniet uz saites:|Lai iestatītu jaunu paroli, izmantojiet šo saiti:',
    'lt: Norėdami prisijungti, spustelėkite nuorodą:|Norėdami nustatyti naują slaptažodį, naudokite šią nuorodą:',
    'sl: Za prijavo kliknite spodnjo povezavo:|Za nastavitev novega gesla uporabite to povezavo:',
    'hr: Za prijavu kliknite na poveznicu:|Za postavljanje nove lozinke koristite ovu poveznicu:',
    'sr: За пријаву кликните на линк:|Да бисте поставили нову лозинку, користите овај линк:',
    'sk: Na prihlásenie kliknite na odkaz:|Na nastavenie nového hesla použite tento odkaz:',
    'bg: За да влезете, щракнете върху връзката:|За да зададете нова парола, използвайте тази връзка:',
    'el: Για να συνδεθείτε, πατήστε τον σύνδεσμο:|Για νέο κωδικό πρόσβασης, χρησιμοποιήστε αυτόν τον σύνδεσμο:',
    'is: Smelltu á hlekkinn til að skrá þig inn:|Notaðu þennan hlekk til að velja nýtt lykilorð:',
    'ka: შესასვლელად დააჭირეთ ბმულს:|ახალი პაროლის დასაყენებლად გამოიყენეთ ეს ბმული:',
    'hy: Մուտք գործելու համար սեղմեք հղումը:|Նոր գաղտնաբառ սահմանելու համար օգտագործեք այս հղումը:',
    'az: Daxil olmaq üçün keçidə klikləyin:|Yeni şifrə təyin etmək üçün bu keçiddən istifadə edin:',
    'kk: Кіру үшін сілтемені басыңыз:|Жаңа құпиясөз орнату үшін осы сілтемені пайдаланыңыз:',
    "uz: Tizimga kirish uchun havolani bosing:|Yangi parol o'rnatish uchun ushbu havoladan foydalaning:",
    'fa: برای ورود روی پیوند زیر کلیک کنید:|برای تنظیم رمز عبور جدید از این پیوند استفاده کنید:',
    'ur: لاگ ان کرنے کے لیے لنک پر کلک کریں:|نیا پاس ورڈ سیٹ کرنے کے لیے یہ لنک استعمال کریں:',
    'bn: লগ ইন করতে লিঙ্কে ক্লিক করুন:|নতুন পাসওয়ার্ড সেট করতে এই লিঙ্ক ব্যবহার করুন:',
    'ta: உள்நுழைய இணைப்பைக் கிளிக் செய்யவும்:|புதிய கடவுச்சொல்லை அமைக்க இந்த இணைப்பைப் பயன்படுத்தவும்:',
    'te: లాగిన్ చేయడానికి లింక్\u200cపై క్లిక్ చేయండి:|కొత్త పాస్\u200cవర్డ్ సెట్ చేయడానికి ఈ లింక్\u200cను ఉపయోగించండి:',
    'mr: लॉग इन करण्यासाठी लिंकवर क्लिक करा:|नवीन पासवर्ड सेट करण्यासाठी ही लिंक वापरा:',
    'ne: लगइन गर्न लिङ्कमा क्लिक गर्नुहोस्:|नयाँ पासवर्ड सेट गर्न यो लिङ्क प्रयोग गर्नुहोस्:',
    'si: පුරනය වීමට සබැඳිය ක්ලික් කරන්න:|නව මුරපදයක් සැකසීමට මෙම සබැඳිය භාවිතා කරන්න:',
    'my: ဝင်ရောက်ရန် လင့်ခ်ကို နှိပ်ပါ:|စကားဝှက်အသစ်သတ်မှတ်ရန် ဤလင့်ခ်ကို အသုံးပြုပါ:',
    'km: ដើម្បីចូលគណនី សូមចុចតំណ:|ដើម្បីកំណត់ពាក្យសម្ងាត់ថ្មី សូមប្រើតំណនេះ:',
    'lo: ເພື່ອເຂົ້າສູ່ລະບົບ ກະລຸນາຄລິກລິ້ງ:|ເພື່ອຕັ້ງລະຫັດຜ່ານໃໝ່ ໃຊ້ລິ້ງນີ້:',
    'sw: Ili kuingia, bofya kiungo hiki:|Ili kuweka nenosiri jipya, tumia kiungo hiki:',
    'am: ለመግባት ሊንኩን ይጫኑ:|አዲስ የይለፍ ቃል ለማዘጋጀት ይህን ሊንክ ይጠቀሙ:',
    'ha: Don shiga, danna wannan mahaɗi:|Don saita sabuwar kalmar sirri, yi amfani da wannan mahaɗi:',
    'yo: Láti wọlé, tẹ ọna asopọ yìí:|Láti ṣeto ọrọ igbaniwọle tuntun, lo ọna asopọ yìí:',
    'zu: Ukuze ungene, chofoza lesi sixhumanisi:|Ukuze usethe iphasiwedi entsha, sebenzisa lesi sixhumanisi:',
    "af: Klik op die skakel om aan te meld:|Gebruik hierdie skakel om 'n nuwe wagwoord te stel:",
    "ca: Per iniciar la sessió, fes clic a l'enllaç:|Per establir una contrasenya nova, utilitza aquest enllaç:",
    'eu: Saioa hasteko, egin klik estekan:|Pasahitz berria ezartzeko, erabili esteka hau:',
    'gl: Para iniciar sesión, fai clic na ligazón:|Para establecer un novo contrasinal, usa esta ligazón:',
    'cy: I fewngofnodi, cliciwch y ddolen:|I osod cyfrinair newydd, defnyddiwch y ddolen hon:',
    'ga: Chun logáil isteach, cliceáil ar an nasc:|Chun pasfhocal nua a shocrú, úsáid an nasc seo:',
    'mn: Нэвтрэхийн тулд холбоос дээр дарна уу:|Шинэ нууц үг тохируулахын тулд энэ холбоосыг ашиглана уу:',
    'tl: Para mag-log in, i-click ang link:|Para magtakda ng bagong password, gamitin ang link na ito:',
    'be: Каб увайсці, націсніце на спасылку:|Каб задаць новы пароль, скарыстайцеся гэтай спасылкай:',
    'mk: За да се најавите, кликнете на линкот:|За да поставите нова лозинка, користете го овој линк:',
    "sq: Për t'u identifikuar, klikoni lidhjen:|Për të vendosur fjalëkalim të ri, përdorni këtë lidhje:",
]


CONFIRM_AND_JOIN = [  # lang: sentences before a confirm-address or join-a-team URL
    'et: E-posti aadressi kinnitamiseks klõpsa lingil:|Meeskonnaga liitumiseks kasuta seda linki:',
    'lv: Lai apstiprinātu e-pasta adresi, noklikšķiniet uz saites:|Lai pievienotos komandai, izmantojiet šo saiti:',
    'lt: Norėdami patvirtinti el. pašto adresą, spustelėkite nuorodą:|Norėdami prisijungti prie komandos, naudokite šią nuorodą:',
    'sl: Za potrditev e-poštnega naslova kliknite povezavo:|Za pridružitev ekipi uporabite to povezavo:',
    'hr: Za potvrdu adrese e-pošte kliknite na poveznicu:|Za pridruživanje timu koristite ovu poveznicu:',
    'sk: Na potvrdenie e-mailovej adresy kliknite na odkaz:|Ak sa chcete pripojiť k tímu, použite tento odkaz:',
    'cs: Pro potvrzení e-mailové adresy klikněte na odkaz:|Pro připojení k týmu použijte tento odkaz:',
    'hu: Az e-mail-cím megerősítéséhez kattintson a linkre:|A csapathoz való csatlakozáshoz használja ezt a linket:',
    'ro: Pentru a confirma adresa de e-mail, apasă pe link:|Pentru a te alătura echipei, folosește acest link:',
    'bg: За да потвърдите имейла си, щракнете върху връзката:|За да се присъедините към екипа, използвайте тази връзка:',
    'el: Για να επιβεβαιώσετε το email σας, πατήστε τον σύνδεσμο:|Για να συμμετάσχετε στην ομάδα, χρησιμοποιήστε τον σύνδεσμο:',
    'is: Smelltu á hlekkinn til að staðfesta netfangið:|Notaðu hlekkinn til að ganga í teymið:',
    'ka: ელფოსტის დასადასტურებლად დააჭირეთ ბმულს:|გუნდში გასაწევრიანებლად გამოიყენეთ ბმული:',
    'hy: Էլ. հասցեն հաստատելու համար սեղմեք հղումը:|Թիմին միանալու համար օգտագործեք այս հղումը:',
    'az: E-poçtu təsdiqləmək üçün keçidə klikləyin:|Komandaya qoşulmaq üçün bu keçiddən istifadə edin:',
    'kk: Поштаны растау үшін сілтемені басыңыз:|Командаға қосылу үшін осы сілтемені пайдаланыңыз:',
    "uz: Pochtani tasdiqlash uchun havolani bosing:|Jamoaga qo'shilish uchun ushbu havoladan foydalaning:",
    'fa: برای تأیید ایمیل خود روی پیوند کلیک کنید:|برای پیوستن به تیم از این پیوند استفاده کنید:',
    'ur: ای میل کی تصدیق کے لیے لنک پر کلک کریں:|ٹیم میں شامل ہونے کے لیے یہ لنک استعمال کریں:',
    'hi: ईमेल सत्यापित करने के लिए लिंक पर क्लिक करें:|टीम में शामिल होने के लिए इस लिंक का उपयोग करें:',
    'bn: ইমেল যাচাই করতে লিঙ্কে ক্লিক করুন:|দলে যোগ দিতে এই লিঙ্ক ব্যবহার করুন:',
    'ta: மின்னஞ்சலை உறுதிப்படுத்த இணைப்பைக் கிளிக் செய்யவும்:|குழுவில் சேர இந்த இணைப்பைப் பயன்படுத்தவும்:',
    'te: ఇమెయిల్\u200cను ధృవీకరించడానికి లింక్\u200cపై క్లిక్ చేయండి:|బృందంలో చేరడానికి ఈ లింక్\u200cను ఉపయోగించండి:',
    'kn: ಇಮೇಲ್ ದೃಢೀಕರಿಸಲು ಲಿಂಕ್ ಕ್ಲಿಕ್ ಮಾಡಿ:|ತಂಡಕ್ಕೆ ಸೇರಲು ಈ ಲಿಂಕ್ ಬಳಸಿ:',
    'ml: ഇമെയിൽ സ്ഥിരീകരിക്കാൻ ലിങ്കിൽ ക്ലിക്ക് ചെയ്യുക:|ടീമിൽ ചേരാൻ ഈ ലിങ്ക് ഉപയോഗിക്കുക:',
    'mr: ईमेलची पुष्टी करण्यासाठी लिंकवर क्लिक करा:|टीममध्ये सामील होण्यासाठी ही लिंक वापरा:',
    'gu: ઇમેઇલની પુષ્ટિ કરવા લિંક પર ક્લિક કરો:|ટીમમાં જોડાવા માટે આ લિંકનો ઉપયોગ કરો:',
    "pa: ਈਮੇਲ ਦੀ ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਲਿੰਕ 'ਤੇ ਕਲਿੱਕ ਕਰੋ:|ਟੀਮ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਇਹ ਲਿੰਕ ਵਰਤੋ:",
    'ne: इमेल पुष्टि गर्न लिङ्कमा क्लिक गर्नुहोस्:|टोलीमा सामेल हुन यो लिङ्क प्रयोग गर्नुहोस्:',
    'si: ඊමේල් තහවුරු කිරීමට සබැඳිය ක්ලික් කරන්න:|කණ්ඩායමට එක්වීමට මෙම සබැඳිය භාවිතා කරන්න:',
    'th: กรุณาคลิกลิงก์เพื่อยืนยันอีเมลของคุณ:|ใช้ลิงก์นี้เพื่อเข้าร่วมทีม:',
    'my: အီးမေးလ်အတည်ပြုရန် လင့်ခ်ကို နှိပ်ပါ:|အဖွဲ့သို့ ပူးပေါင်းရန် ဤလင့်ခ်ကို အသုံးပြုပါ:',
    'km: ដើម្បីបញ្ជាក់អ៊ីមែល សូមចុចតំណ:|ដើម្បីចូលរួមក្រុម សូមប្រើតំណនេះ:',
    'lo: ເພື່ອຢືນຢັນອີເມວ ກະລຸນາຄລິກລິ້ງ:|ເພື່ອເຂົ້າຮ່ວມທີມ ໃຊ້ລິ້ງນີ້:',
    'vi: Để xác nhận email, vui lòng nhấp vào liên kết:|Để tham gia nhóm, hãy dùng liên kết này:',
    'id: Untuk mengonfirmasi email Anda, klik tautan:|Untuk bergabung dengan tim, gunakan tautan ini:',
    'ms: Untuk mengesahkan e-mel anda, klik pautan:|Untuk menyertai pasukan, gunakan pautan ini:',
    'tl: Para kumpirmahin ang iyong email, i-click ang link:|Para sumali sa team, gamitin ang link na ito:',
    'sw: Ili kuthibitisha barua pepe yako, bofya kiungo:|Ili kujiunga na timu, tumia kiungo hiki:',
    'am: ኢሜይልዎን ለማረጋገጥ ሊንኩን ይጫኑ:|ቡድኑን ለመቀላቀል ይህን ሊንክ ይጠቀሙ:',
    'ha: Don tabbatar da imel ɗinka, danna mahaɗin:|Don shiga ƙungiyar, yi amfani da wannan mahaɗi:',
    'yo: Láti jẹrisi imeeli rẹ, tẹ ọna asopọ naa:|Láti darapọ mọ ẹgbẹ, lo ọna asopọ yìí:',
    'zu: Ukuze uqinisekise i-imeyili yakho, chofoza isixhumanisi:|Ukuze ujoyine ithimba, sebenzisa lesi sixhumanisi:',
    'af: Klik op die skakel om jou e-posadres te bevestig:|Gebruik hierdie skakel om by die span aan te sluit:',
    "ca: Per confirmar el correu, fes clic a l'enllaç:|Per unir-te a l'equip, utilitza aquest enllaç:",
    'eu: Helbide elektronikoa berresteko, egin klik estekan:|Taldean sartzeko, erabili esteka hau:',
    'gl: Para confirmar o teu correo, fai clic na ligazón:|Para unirte ao equipo, usa esta ligazón:',
    "cy: I gadarnhau eich cyfeiriad e-bost, cliciwch y ddolen:|I ymuno â'r tîm, defnyddiwch y ddolen hon:",
    'ga: Chun do sheoladh ríomhphoist a dheimhniú, cliceáil ar an nasc:|Chun dul isteach san fhoireann, úsáid an nasc seo:',
    'mn: Имэйлээ баталгаажуулахын тулд холбоос дээр дарна уу:|Багт нэгдэхийн тулд энэ холбоосыг ашиглана уу:',
    'be: Каб пацвердзіць пошту, націсніце на спасылку:|Каб далучыцца да каманды, скарыстайцеся спасылкай:',
    'mk: За да ја потврдите е-поштата, кликнете на линкот:|За да се приклучите на тимот, користете го линкот:',
    "sq: Për të konfirmuar email-in, klikoni lidhjen:|Për t'u bashkuar me ekipin, përdorni këtë lidhje:",
    'sr: Да бисте потврдили адресу е-поште, кликните на линк:|Да бисте се придружили тиму, користите овај линк:',
    'uk: Щоб підтвердити пошту, натисніть на посилання:|Щоб приєднатися до команди, скористайтеся посиланням:',
]


@pytest.mark.parametrize("lang,sentence", _each(SIGN_IN) + _each(CONFIRM_AND_JOIN))
def test_sign_in_password_confirm_and_join_sentences_of_more_languages_act(lang, sentence):
    assert actions(extract("", f"{sentence}\n{ACT}\n", None)) == [ACT], lang


APPROVE_OR_DENY = [  # lang: the two buttons of a sign-in approval mail
    'en: Yes, approve|No, deny',
    'de: Ja, genehmigen|Nein, ablehnen',
    'fr: Oui, approuver|Non, refuser',
    'es: Sí, aprobar|No, rechazar',
    'it: Sì, approva|No, rifiuta',
    'pt: Sim, aprovar|Não, recusar',
    'nl: Ja, goedkeuren|Nee, weigeren',
    'sv: Ja, godkänn|Nej, neka',
    'da: Ja, godkend|Nej, afvis',
    'nb: Ja, godkjenn|Nei, avvis',
    'fi: Kyllä, hyväksy|Ei, hylkää',
    'pl: Tak, zatwierdź|Nie, odrzuć',
    'cs: Ano, schválit|Ne, zamítnout',
    'sk: Áno, schváliť|Nie, zamietnuť',
    'hu: Igen, jóváhagyom|Nem, elutasítom',
    'ro: Da, aprob|Nu, refuz',
    'bg: Да, одобри|Не, откажи',
    'hr: Da, odobri|Ne, odbij',
    'sl: Da, odobri|Ne, zavrni',
    'el: Ναι, έγκριση|Όχι, απόρριψη',
    'tr: Evet, onayla|Hayır, reddet',
    'uk: Так, схвалити|Ні, відхилити',
    'ru: Да, одобрить|Нет, отклонить',
    'ar: نعم، الموافقة|لا، رفض',
    'he: כן, לאשר|לא, לדחות',
    'fa: بله، تأیید|خیر، رد کردن',
    'hi: हाँ, स्वीकृत करें|नहीं, अस्वीकार करें',
    'vi: Có, phê duyệt|Không, từ chối',
    'id: Ya, setujui|Tidak, tolak',
    'th: ใช่ อนุมัติ|ไม่ใช่ ปฏิเสธ',
    'zh-Hans: 是，批准|否，拒绝',
    'ja: はい、承認する|いいえ、拒否する',
    'ko: 예, 승인하기|아니요, 거부',
    'sw: Ndiyo, idhinisha|Hapana, kataa',
    'ca: Sí, aprova|No, rebutja',
    'ms: Ya, luluskan|Tidak, tolak',
    'tl: Oo, aprubahan|Hindi, tanggihan',
]


@pytest.mark.parametrize("line", APPROVE_OR_DENY, ids=lambda line: line.split(":")[0])
def test_approve_acts_and_deny_does_not(line):
    approve, deny = line.split(": ", 1)[1].split("|")
    html = (f'<p>New sign-in</p><p><a href="https://svc.example/d/2">{deny}</a> '
            f'<a href="{ACT}">{approve}</a></p>')
    assert actions(extract("", None, html)) == [ACT]


@pytest.mark.parametrize("sentence", [
    "Ako to niste bili vi, promijenite lozinku:", "Kui see polnud sina, muuda parooli:",
    "Ja tas nebijāt jūs, nomainiet paroli:", "Ако не сте били вие, сменете паролата си:",
    "Če to niste bili vi, spremenite geslo:", "Nëse nuk ishit ju, ndryshoni fjalëkalimin:",
    "Kama si wewe, badilisha nenosiri lako:", "Kung hindi ikaw ito, palitan ang password:",
    "Si no has estat tu, canvia la contrasenya:", "Os nad chi oedd, newidiwch eich cyfrinair:",
    "यो तपाईं हुनुहुन्न भने, पासवर्ड परिवर्तन गर्नुहोस्:", "ఇది మీరు కాకపోతే, పాస్‌వర్డ్ మార్చండి:",
    "ਜੇ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਸੀ, ਪਾਸਵਰਡ ਬਦਲੋ:", "Ef þetta varst ekki þú, breyttu lykilorðinu:",
])
def test_a_link_for_when_the_mail_was_not_asked_for_is_no_action(sentence):
    text = f"Your code is 482913.\n\n{sentence}\nhttps://svc.example/s/1\n"
    assert actions(extract("", text, None)) == []
