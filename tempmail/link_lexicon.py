"""The words of a mail's links, language by language: one table, read by tempmail.link_words.

For each language, six concepts, each a "|"-separated list of lower-case forms as that
language's services write them on buttons and in the sentence before a link:

- action:  confirm/verify an address, activate, sign in (magic link), reset or set a
           password, accept or join an invitation, approve a device or payment, complete
           a registration, continue, "yes, it was me" (imperatives, infinitives, polite
           forms and the nouns buttons use);
- deny:    reject, decline, block, "secure my account", "it wasn't me";
- skip:    unsubscribe, e-mail/notification preferences, privacy, terms, view in browser,
           report (links left out);
- status:  track or view an order, order status, invoice, receipt, booking, read more
           (links to look at, not act on);
- help:    help, support, contact us, FAQ, help centre (whole words);
- pointer: link, button, click/tap here, below, copy this URL (words that point at a
           link without saying what it does).

A form matches at the start of a word and may run on ("confirm" finds "confirmation").
A form written "~form" may also start inside a word (a compound's tail); languages
written without spaces (UNSPACED) match anywhere. Forms are plain text or simple flat
regular expressions: a character class for an accent capitals drop, "(?!\\w)" to end a
short word, never a repeated group.
"""

UNSPACED = frozenset({"zh-Hans", "zh-Hant", "ja", "th", "lo", "km", "my", "ar", "he"})
"""Written without spaces between words, or gluing prefixes to them ("لتأكيد", "לאישור")."""

LEXICON = {
    "en": dict(
        action="verify|confirm|activate|validate|log in|login|sign in|sign-in|signin|magic link|"
               "reset|set (?:up )?(?:your|a) (?:new )?password|create (?:your|a) password|"
               "choose a (?:new )?password|change (?:your )?password|accept|join|approve|"
               "authori[sz]e(?!d)|allow (?:access|sign-in|this)|complete (?:your )?(?:registration|"
               "sign-up|signup|account|profile)|finish (?:signing up|setting up|your registration)|"
               "continue|get started|it was me|this was me|that was me|unlock (?:your |my |"
               "the )?account|log me in|sign me in|set up (?:your|my) account|view (?:the |"
               "your )?invitation|open (?:the |your )?invitation|"
               "restore access|recover (?:your|my) account|invitation|grant access|finish creating|"
               "create your account|set up (?:an |the )?account|finish (?:setup|set-up)|"
               "complete (?:setup|set-up)",
        deny="not me|wasn't me|was not me|wasn’t me|secure (?:my|your) account|"
             "lock (?:my|your) account|decline|reject|deny|block|cancel (?:this )?request|not you\\?|"
             "wasn't you|was this not you|i don't recognize|i do not recognize|don't recognize|"
             "don’t recognize",
        skip="unsubscribe|email preferences|e-mail preferences|notification settings|"
             "email settings|manage preferences|privacy|cookie policy|terms|legal notice|"
             "view (?:this email|it|online|in (?:your )?browser)|web version|online version|"
             "report (?:spam|abuse|this)|mark as spam|cookie|forward to a friend",
        status="track (?:your |my )?(?:order|package|parcel|shipment|delivery)|tracking|"
               "order status|order details|view (?:your |my )?order|shipment|invoice|receipt|"
               "booking|reservation|read more|continue reading|read the full|"
               "thank you for your (?:order|purchase)|thanks for your (?:order|purchase)|"
               "(?:payment|order) (?:has been |was |is )?(?:confirmed|received|approved|shipped)|"
               "continue shopping|join us (?:at|for|on|in|live)|itinerary|check in online|"
               "boarding pass|join (?:our|the) (?:community|conversation|discussion|discord|forum)|"
               "complete (?:your )?(?:purchase|checkout)|complete your order",
        help="help|help center|help centre|customer service|customer support|contact us|get help|"
             "support|faq|faqs",
        pointer="click|tap(?!\\w)|press(?!\\w)|copy(?!r)|paste|link|button|below|the following|here|"
                "url"),
    "de": dict(
        action="bestätigen|bestätige|~bestätigung|verifizieren|verifiziere|aktivieren|"
               "aktiviere|freischalten|einloggen|anmelden|login|~kennwort|~passwort|"
               "zurücksetzen|neues passwort|einladung annehmen|annehmen|beitreten|"
               "registrierung abschließen|anmeldung abschließen|konto einrichten|fortfahren|"
               "jetzt loslegen|loslegen|das war ich|ich war das|ja, ich war es|genehmigen|"
               "zulassen|erlauben|autorisieren|freigeben|anzumelden|einzuloggen|zurückzusetzen|"
               "freizuschalten|registrierung abzuschließen|eingeladen|freischaltung|~einladung",
        deny="das war ich nicht|nicht ich|konto sperren|konto schützen|konto sichern|ablehnen|"
             "blockieren|sperren|verweigern|nicht sie\\?|nicht du\\?|waren sie das nicht|"
             "warst du das nicht|erkenne ich nicht|nicht erkannt",
        skip="abmelden|austragen|abbestellen|~einstellungen|präferenzen|datenschutz|impressum|"
             "nutzungsbedingungen|agb|online ansehen|im browser ansehen|webansicht|"
             "online-version|missbrauch melden|spam melden|im browser öffnen|online lesen",
        status="sendung verfolgen|~sendungsverfolgung|paket verfolgen|bestellung verfolgen|"
               "~bestellstatus|bestellung ansehen|~bestelldetails|zur bestellung|~rechnung|"
               "quittung|beleg(?!\\w)|buchung|reservierung|~lieferstatus|weiterlesen|mehr lesen|"
               "vielen dank für (?:ihre|deine) bestellung|danke für (?:ihre|deine) bestellung|"
               "zahlung wurde bestätigt|zahlung ist eingegangen|"
               "bestellung wurde (?:bestätigt|versandt)|weiter einkaufen|lieferung verfolgen|"
               "~bestellübersicht|bestellung abschließen|kauf abschließen",
        help="hilfe|hilfecenter|hilfe-center|kundenservice|kundendienst|kontakt|"
             "kontaktieren sie uns|support",
        pointer="klicken|klick|tippen|drücken|kopieren|link|schaltfläche|button|unten|"
                "folgenden|nachfolgend|hier(?!\\w)"),
    "fr": dict(
        action="confirmer|confirme|confirmez|vérifier|vérifiez|verifier|valider|validez|"
               "activer|activez|active (?:mon|ton|votre)|se connecter|connectez-vous|"
               "connecte-toi|me connecter|identifiez-vous|s'identifier|connexion|"
               "réinitialiser|réinitialisez|mot de passe|définir (?:un|votre|mon) mot|"
               "accepter|acceptez|rejoindre|rejoignez|rejoins|approuver|approuvez|autoriser|"
               "autorisez|finaliser (?:mon|votre|ton) inscription|finalisez|"
               "terminer (?:mon|votre|ton) inscription|compléter (?:mon|votre) inscription|"
               "continuer|c'était moi|c’était moi|c'est bien moi|oui, c'est moi|vous connecter|"
               "te connecter|invité à rejoindre|vous invite à rejoindre|t'invite à rejoindre|"
               "je me connecte",
        deny="ce n'était pas moi|ce n’était pas moi|ce n'est pas moi|pas moi|refuser|refusez|"
             "bloquer|bloquez|sécuriser|protéger mon compte|rejeter|ce n'est pas vous|"
             "ce n’est pas vous|pas vous \\?|je ne reconnais pas",
        skip="se désinscrire|désinscription|désabonner|désabonnement|préférences|"
             "paramètres de notification|confidentialité|mentions légales|cgu|cgv|conditions|"
             "version en ligne|version web|afficher dans (?:votre|le) navigateur|"
             "voir dans (?:votre|le) navigateur|signaler",
        status="suivre (?:mon|votre|le|ton) (?:colis|commande|envoi)|suivi|"
               "voir (?:ma|la|votre|ta) commande|détails de (?:la|votre) commande|"
               "état de (?:la|votre) commande|statut de (?:la|votre) commande|facture|reçu|"
               "réservation|lire la suite|en savoir plus|merci pour (?:votre|ta) (?:commande|achat)|"
               "paiement a été (?:confirmé|accepté|reçu)|commande a été (?:confirmée|expédiée)|"
               "continuer mes achats|suivre (?:ma|votre|la) livraison|finaliser (?:ma|votre) commande",
        help="aide|centre d'aide|service client|contactez-nous|nous contacter|assistance|"
             "support|faq",
        pointer="cliquez|clique|appuyez|touchez|copiez|collez|lien|bouton|ci-dessous|"
                "suivant|ici"),
    "es": dict(
        action="confirmar|confirma|confirme|confirmá|verificar|verifica|verifique|verificá|"
               "validar|valida(?!\\w)|activar|activa (?:tu|su|la|el)|active (?:tu|su)|activá|"
               "iniciar sesión|inicia sesión|inicie sesión|iniciá sesión|ingresar|ingresa|"
               "ingrese|ingresá|acceder|accede|acceda|entra(?!\\w)|restablecer|restablece|"
               "contraseña|aceptar|acepta(?!\\w)|acepte(?!\\w)|aceptá(?!\\w)|únete|unirse|unirme|"
               "aprobar|aprueba|"
               "autorizar|autoriza(?!\\w)|completa (?:tu |su |el )?registro|"
               "completar (?:el |tu |mi |su )?registro|"
               "finalizar (?:el )?registro|finaliza (?:tu|el) registro|continuar|fui yo|"
               "he sido yo|sí, soy yo|unirte|te invitó|te ha invitado|invitado a unirte|"
               "invitada a unirte|activación|inicio de sesión|invitación",
        deny="no fui yo|no he sido yo|no soy yo|rechazar|rechaza|bloquear|bloquea|denegar|"
             "proteger mi cuenta|protege tu cuenta|no eres tú|¿no eres tú|no fuiste tú|no reconozco|"
             "si no reconoces|si no fuiste",
        skip="darse de baja|date de baja|dar de baja|cancelar suscripción|anular suscripción|"
             "preferencias|configuración de notificaciones|privacidad|aviso legal|términos|"
             "ver en (?:el|tu|su) navegador|versión web|versión online|denunciar|reportar",
        status="seguimiento|rastrear|rastrea|sigue tu (?:pedido|envío|paquete)|"
               "ver (?:mi|tu|su|el) pedido|detalles del pedido|estado del pedido|factura|recibo|"
               "reserva|leer más|seguir leyendo|gracias por (?:tu|su) (?:compra|pedido)|"
               "pago ha sido (?:confirmado|aprobado|recibido)|pedido ha sido (?:confirmado|enviado)|"
               "seguir comprando|completar (?:tu |la )?compra|finalizar (?:tu |la )?compra",
        help="ayuda|centro de ayuda|atención al cliente|contáctanos|contáctenos|soporte|"
             "preguntas frecuentes",
        pointer="haz clic|haga clic|hacé clic|pulsa|pulse|toca(?!\\w)|toque|copia|pega(?!\\w)|pegue|"
                "enlace|"
                "vínculo|botón|abajo|a continuación|siguiente|aquí"),
    "it": dict(
        action="conferma|confermare|verifica|verificare|convalida|attiva|attivare|"
               "accedi|accedere|effettua l'accesso|esegui l'accesso|entra(?!\\w)|"
               "reimposta|ripristina|password|accetta(?!\\w)|accettare|unisciti|approva(?!t)|"
               "autorizza(?!\\w)|completa (?:la|la tua|il tuo) registrazione|completa l'iscrizione|"
               "completare la registrazione|continua(?!\\w)|continuare|sono stato io|"
               "sono stata io|ero io|sì, sono io|unirti|unirsi|ti ha invitato|invitato a unirti|"
               "invitata a unirti|link di accesso|accesso rapido|accedere al|invito a",
        deny="non ero io|non sono stato io|non sono stata io|non sono io|rifiuta|nega(?!\\w)|"
             "blocca|proteggi (?:il|il tuo) account|non sei tu|non eri tu|non riconosco",
        skip="annulla l'iscrizione|cancella l'iscrizione|disiscriviti|preferenze|"
             "impostazioni di notifica|informativa|note legali|termini(?!\\w)|"
             "visualizza nel browser|versione online|versione web|segnala",
        status="traccia (?:la |il )?(?:spedizione|ordine|pacco)|tracciamento|"
               "stato dell'ordine|stato ordine|visualizza (?:l'|il tuo )?ordine|"
               "dettagli dell'ordine|fattura|ricevuta|prenotazione|leggi di più|continua a leggere|"
               "grazie per (?:il tuo|l'|il) (?:ordine|acquisto)|"
               "pagamento è stato (?:confermato|ricevuto)|ordine è stato (?:confermato|spedito)|"
               "continua lo shopping|completa (?:il tuo |l')?acquisto|completa l'ordine",
        help="aiuto|centro assistenza|assistenza clienti|assistenza|contattaci|supporto|faq",
        pointer="clicca|fai clic|tocca|premi|copia|incolla|link|collegamento|pulsante|bottone|"
                "sotto|seguente|qui(?!\\w)"),
    "pt": dict(
        action="confirmar|confirme|confirma(?!\\w)|verificar|verifique|ativar|ative|ativa(?!\\w)|"
               "activar|validar|valide|iniciar sessão|inicie sessão|fazer login|"
               "faça login|acessar|acesse|aceder|aceda|senha|palavra-passe|redefinir|"
               "redefina|aceitar|aceite (?:o|a|este|esta|seu|sua)(?!\\w)|aceita(?!\\w)|junte-se|"
               "aprovar|"
               "aprove|autorizar|autorize|concluir (?:o |seu )?cadastro|conclua (?:o |seu )?cadastro|"
               "finalizar (?:o )?cadastro|complete (?:o |seu )?cadastro|concluir (?:o )?registo|"
               "completar (?:o )?registo|continuar|fui eu|sim, fui eu|participar da equipe|"
               "participar do time|convidado para|convidada para|te convidou|ativação|activação|"
               "convite",
        deny="não fui eu|não sou eu|recusar|recuse|negar|bloquear|bloqueie|rejeitar|"
             "proteger (?:a|minha) conta|não é você|não foi você|não foi o senhor|não reconheço",
        skip="cancelar inscrição|descadastrar|descadastre|cancelar subscrição|"
             "anular subscrição|deixar de receber|preferências|configurações de notificação|"
             "privacidade|termos(?!\\w)|aviso legal|ver no navegador|visualizar no navegador|"
             "versão online|versão web|denunciar",
        status="rastrear|rastreie|rastreio|rastreamento|acompanhar (?:o |seu |meu )?pedido|"
               "acompanhe (?:o |seu )?pedido|ver (?:o |meu |seu )?pedido|detalhes do pedido|"
               "estado da encomenda|estado do pedido|status do pedido|fatura|nota fiscal|recibo|"
               "reserva|ver (?:a )?encomenda|acompanhar (?:a )?encomenda|leia mais|ler mais|"
               "continuar lendo|obrigad[oa] pel[ao] (?:sua |seu )?(?:compra|pedido|encomenda)|"
               "pagamento foi (?:confirmado|aprovado|recebido)|pedido foi (?:confirmado|enviado)|"
               "continuar comprando|finalizar (?:a |sua )?compra",
        help="ajuda|central de ajuda|centro de ajuda|atendimento|fale conosco|contacte-nos|"
             "suporte|perguntas frequentes",
        pointer="clique|toque|carregue|copie|cole(?!\\w)|link|ligação|botão|abaixo|a seguir|seguinte|"
                "aqui"),
    "nl": dict(
        action="bevestig|bevestigen|verifieer|verifiëren|valideer|valideren|activeer|activeren|"
               "inloggen|log in|aanmelden|wachtwoord|opnieuw instellen|herstel|herstellen|"
               "accepteer|accepteren|uitnodiging aannemen|doe mee|word lid|deelnemen|"
               "registratie voltooien|registratie afronden|aanmelding voltooien|voltooi (?:je|"
               "uw) registratie|"
               "rond (?:je|uw) registratie af|doorgaan|ga verder|dat was ik|ja, dat was ik|"
               "toestaan|autoriseren|goedkeuren|keur goed|in te loggen|lid te worden|uitgenodigd|"
               "uitnodiging",
        deny="dat was ik niet|ik was het niet|niet ik|weigeren|weiger|afwijzen|wijs af|"
             "blokkeren|blokkeer|account beveiligen|beveilig|niet jij\\?|was jij dit niet|"
             "was u dit niet|herken ik niet",
        skip="afmelden|uitschrijven|voorkeuren|meldingsinstellingen|e-mailinstellingen|"
             "privacy|voorwaarden|bekijk in (?:je|uw) browser|bekijk online|online bekijken|"
             "webversie|misbruik melden|spam melden|rapporteren",
        status="volg (?:je|uw) (?:pakket|bestelling|zending)|track & trace|track&trace|"
               "bestelstatus|bestelling bekijken|bekijk (?:je|uw) bestelling|factuur|"
               "kwitantie|boeking|reservering|lees meer|verder lezen|"
               "bedankt voor (?:je|uw) bestelling|betaling is (?:bevestigd|ontvangen)|verder winkelen",
        help="hulp|helpcentrum|klantenservice|neem contact op|contact|veelgestelde vragen",
        pointer="klik|tik|druk|kopieer|plak|link|koppeling|knop|hieronder|onderstaande|"
                "volgende|hier(?!\\w)"),
    "sv": dict(
        action="bekräfta|verifiera|validera|aktivera|logga in|lösenord|återställ|acceptera|"
               "gå med|slutför (?:din )?registrering|slutför registreringen|fortsätt|"
               "det var jag|ja, det var jag|tillåt|godkänn|auktorisera|kom igång|bjudits in|"
               "inbjuden|inbjudan",
        deny="det var inte jag|inte jag|neka|avvisa|avböj|blockera|lås kontot|"
             "skydda (?:mitt|ditt) konto",
        skip="avsluta prenumeration|avprenumerera|avregistrera|säg upp prenumeration|"
             "e-postinställningar|notisinställningar|aviseringsinställningar|integritet|"
             "dataskydd|villkor|visa i (?:din )?webbläsare|webbversion|rapportera",
        status="spåra|följ (?:din|ditt) (?:paket|order|försändelse|beställning)|orderstatus|"
               "visa (?:din )?order|visa (?:din )?beställning|faktura|kvitto|bokning|läs mer|"
               "tack för din (?:beställning|order)|betalningen (?:har )?bekräftats|fortsätt handla",
        help="hjälp|hjälpcenter|kundtjänst|kontakta oss|support|vanliga frågor",
        pointer="klicka|tryck|kopiera|klistra|länk|knapp|nedan|följande|här(?!\\w)"),
    "da": dict(
        action="bekræft|verificér|verificer|aktivér|aktiver|log ind|log på|adgangskode|"
               "kodeord|nulstil|acceptér|accepter|deltag|bliv medlem|"
               "gennemfør (?:din )?registrering|gennemfør (?:din )?tilmelding|"
               "fuldfør (?:din )?tilmelding|fuldfør (?:din )?registrering|fortsæt|"
               "det var mig|ja, det var mig|tillad|godkend|kom i gang|logge ind|logge på|inviteret",
        deny="det var ikke mig|ikke mig|afvis|afslå|bloker|spær|beskyt (?:min|din) konto",
        skip="afmeld|frameld|afmelding|præferencer|indstillinger for e-mail|"
             "notifikationsindstillinger|privatliv|persondatapolitik|vilkår|se i browser|"
             "vis i browser|webversion|rapportér",
        status="spor (?:din|dit|pakken|ordren|forsendelsen)|følg (?:din )?pakke|ordrestatus|"
               "se (?:din )?ordre|se (?:din )?bestilling|faktura|kvittering|booking|læs mere|"
               "tak for din (?:ordre|bestilling)|betalingen er bekræftet|betaling modtaget",
        help="hjælp|hjælpecenter|kundeservice|kontakt os|support",
        pointer="klik|tryk|kopiér|kopier|indsæt|link|knap|nedenfor|følgende|her(?!\\w)"),
    "nb": dict(
        action="bekreft|verifiser|aktiver|logg inn|logg på|passord|tilbakestill|nullstill|"
               "aksepter|godta|bli med|fullfør (?:registreringen|registrering)|fortsett|"
               "det var meg|ja, det var meg|tillat|godkjenn|kom i gang|logge inn|logge på|invitert",
        deny="det var ikke meg|ikke meg|avvis|avslå|blokker|sperr|beskytt kontoen|"
             "sikre kontoen",
        skip="meld deg av|avmeld|avslutt abonnement|preferanser|varslingsinnstillinger|"
             "e-postinnstillinger|personvern|vilkår|vis i nettleser|se i nettleser|"
             "nettversjon|rapporter",
        status="spor (?:pakken|sendingen|ordren|bestillingen)|følg pakken|ordrestatus|"
               "se bestilling|se (?:din )?ordre|faktura|kvittering|booking|les mer|"
               "takk for (?:din )?bestilling|betalingen er bekreftet",
        help="hjelp|hjelpesenter|kundeservice|kontakt oss|support",
        pointer="klikk|trykk|kopier|lim inn|lenke|lenken|knapp|nedenfor|følgende|her(?!\\w)"),
    "fi": dict(
        action="vahvista|varmenna|todenna|tunnistaudu|aktivoi|kirjaudu|salasana|palauta|"
               "nollaa|hyväksy|liity|viimeistele rekisteröi|"
               "suorita rekisteröityminen|jatka(?!\\w)|minä se olin|se olin minä|"
               "kyllä, se olin minä|salli|kirjautu|kutsui sinut|kutsu(?!\\w)",
        deny="en ollut minä|se en ollut minä|en minä|hylkää|estä|kiellä|lukitse tili|"
             "suojaa tilisi",
        skip="peruuta tilaus|lopeta tilaus|peru tilaus|poistu postituslistalta|"
             "ilmoitusasetukset|sähköpostiasetukset|tietosuoja|käyttöehdot|ehdot|"
             "näytä selaimessa|avaa selaimessa|verkkoversio|ilmoita väärinkäytöstä",
        status="seuraa (?:pakettia|lähetystä|tilausta)|seuranta|tilauksen tila|näytä tilaus|"
               "lasku|kuitti|varaus|lue lisää|kiitos tilauksestasi|maksu on vahvistettu|jatka ostoksia",
        help="ohje|ohjeet|tuki|asiakaspalvelu|ota yhteyttä|usein kysytyt",
        pointer="klikkaa|napsauta|napauta|paina|kopioi|liitä|linkki|painike|alla olev|alapuolel|"
                "tästä"),
    "is": dict(
        action="staðfesta|staðfestu|staðfest|virkja|virkjaðu|skrá inn|skráðu þig inn|"
               "innskrá|endurstilla|endurstilltu|lykilorð|samþykkja|samþykktu|taka þátt|"
               "vertu með|halda áfram|haltu áfram|ljúka skráningu|kláraðu skráningu|"
               "þetta var ég|já, þetta var ég|heimila|ganga í|boð(?!\\w)|skrá þig inn|innskráning",
        deny="þetta var ekki ég|ekki ég|hafna|hafnaðu|loka á|læsa aðgangi",
        skip="afskrá|afskráning|skrá mig af|hætta áskrift|persónuvernd|skilmálar|"
             "skoða í vafra|tilkynna(?!\\w)",
        status="rekja (?:sendingu|pöntun)|fylgjast með sendingu|skoða pöntun|reikning|kvittun|"
               "bókun|lesa meira|takk fyrir pöntunina|greiðsla staðfest",
        help="hjálp|þjónustuver|hafðu samband|aðstoð",
        pointer="smelltu|ýttu|afritaðu|hlekk|tengil|hnapp|hér(?!\\w)|hér fyrir neðan"),
    "et": dict(
        action="kinnita|kinnitage|kinnitus|aktiveeri|aktiveerige|logi sisse|logige sisse|"
               "sisene|sisenege|parool|lähtesta|taasta|nõustu|võta vastu|liitu|liituge|"
               "jätka|jätkake|lõpeta registreerimine|see olin mina|jah, see olin mina|sisselogi",
        deny="see polnud mina|see ei olnud mina|keeldu|lükka tagasi|blokeeri|kaitse kontot",
        skip="loobu uudiskirjast|tühista tellimus|lõpeta tellimus|eelistused|teavitusseaded|"
             "privaatsus|andmekaitse|tingimused|vaata brauseris|veebiversioon|teata(?!\\w)",
        status="jälgi (?:saadetist|pakki|tellimust)|saadetise jälgimine|tellimuse olek|"
               "vaata tellimust|arve(?!\\w)|arved|kviitung|broneering|loe edasi|"
               "täname tellimuse eest|aitäh tellimuse eest|makse on kinnitatud",
        help="abi(?!\\w)|abikeskus|klienditugi|klienditeenindus|võta meiega ühendust|kontakt",
        pointer="klõpsa|klõpsake|vajuta|vajutage|puuduta|kopeeri|link|lingil|nupp|nuppu|"
                "allpool|siin(?!\\w)"),
    "lv": dict(
        action="apstiprināt|apstiprini|apstipriniet|verificēt|verificē|aktivizēt|aktivizē|"
               "aktivizējiet|pieslēgties|pieslēdzies|ielogoties|ienākt|atiestatīt|"
               "atiestatiet|parol|pieņemt|pieņem|pievienoties|pievienojies|turpināt|turpiniet|"
               "pabeigt reģistrāciju|pabeidziet reģistrāciju|tas biju es|jā, tas biju es|atļaut|"
               "pievienotos",
        deny="tas nebiju es|noraidīt|noraidi|noraidiet|bloķēt|bloķē|aizsargāt kontu",
        skip="atteikties no|atrakstīties|anulēt abonementu|privātum|noteikumi|"
             "skatīt pārlūkprogrammā|tīmekļa versija|ziņot",
        status="izsekot|izseko|sekot sūtījumam|sūtījuma izsekošana|pasūtījuma statuss|"
               "skatīt pasūtījumu|rēķin|kvīts|čeks|rezervācij|lasīt vairāk|paldies par pasūtījumu|"
               "maksājums apstiprināts",
        help="palīdzība|klientu atbalsts|atbalsts|sazinieties ar mums|sazinies ar mums",
        pointer="noklikšķini|noklikšķiniet|spied|spiediet|kopē|kopējiet|saite|saiti|poga|pogu|"
                "zemāk|šeit"),
    "lt": dict(
        action="patvirtin|aktyvuoti|aktyvuokite|prisijung|slaptažod|atkurti|atkurkite|"
               "nustatyti iš naujo|priimti|priimkite|tęsti|tęskite|"
               "užbaigti registraciją|baigti registraciją|užbaikite registraciją|"
               "tai buvau aš|taip, tai buvau aš|leisti",
        deny="tai buvau ne aš|tai ne aš|ne aš(?!\\w)|atmesti|atmeskite|blokuoti|užblokuoti|"
             "apsaugoti paskyrą",
        skip="atsisakyti prenumeratos|atsisakyti naujienlaiškio|nuostatos|privatumo|"
             "taisyklės|sąlygos|peržiūrėti naršyklėje|žiniatinklio versija|pranešti",
        status="sekti siuntą|siuntos sekimas|užsakymo būsena|peržiūrėti užsakymą|sąskait|"
               "kvit|rezervacij|skaityti daugiau|ačiū už užsakymą|dėkojame už užsakymą|"
               "mokėjimas patvirtintas",
        help="pagalba|pagalbos centras|klientų aptarnavimas|susisiekite",
        pointer="spustelėkite|spauskite|paspauskite|nukopijuokite|nuoroda|nuorodą|mygtuk|"
                "žemiau|čia(?!\\w)"),
    "pl": dict(
        action="potwierdź|potwierdz|zweryfikuj|weryfikuj|aktywuj|aktywować|aktywacj|zaloguj|"
               "logowanie|hasło|hasła|zresetuj|resetuj|odzyskaj|ustaw (?:nowe )?hasło|"
               "akceptuj|zaakceptuj|przyjmij|dołącz|dokończ rejestrac|dokończyć rejestrac|"
               "dokończenia rejestrac|zakończ rejestrac|zakończyć rejestrac|"
               "kontynuuj|to byłem ja|to byłam ja|tak, to ja|zezwól|autoryzuj|zatwierdź|zaproszon|"
               "zaprasza|weryfikac|zaproszeni",
        deny="to nie ja|to nie byłem ja|to nie byłam ja|odrzuć|zablokuj|zabezpiecz|odmów|to nie ty|"
             "to nie ty\\?|nie rozpoznaję",
        skip="wypisz|zrezygnuj z subskrypcji|anuluj subskrypcję|rezygnacja|preferencje|"
             "ustawienia powiadomień|prywatności|regulamin|warunki korzystania|zobacz w przeglądarce|"
             "wyświetl w przeglądarce|wersja online|zgłoś",
        status="śledź (?:przesyłkę|paczkę|zamówienie)|śledzenie|status zamówienia|"
               "zobacz zamówienie|szczegóły zamówienia|faktur|paragon|rezerwacj|czytaj dalej|"
               "dziękujemy za (?:zamówienie|zakup)|płatność została (?:potwierdzona|zaksięgowana)|"
               "kontynuuj zakupy",
        help="pomoc|centrum pomocy|obsługa klienta|kontakt|skontaktuj się|wsparcie",
        pointer="kliknij|naciśnij|dotknij|skopiuj|wklej|link|odnośnik|przycisk|poniżej|"
                "poniższy|tutaj"),
    "cs": dict(
        action="potvrď|potvrdit|potvrzení|ověřit|ověř|ověření|aktivovat|aktivujte|aktivace|"
               "přihlásit|přihlaste|přihlášení|heslo|hesla|obnovit|resetovat|nastavit heslo|"
               "přijmout|přijměte|připojit se|připojte se|pokračovat|pokračujte|"
               "dokončit registraci|dokončete registraci|to jsem byl já|to jsem byla já|"
               "ano, to jsem byl|povolit|autorizovat|schválit|schvalte|pozván|pozvánk",
        deny="to jsem nebyl já|to jsem nebyla já|nebyl jsem to já|to nejsem já|odmítnout|"
             "zamítnout|zablokovat|zabezpečit účet",
        skip="odhlásit|odhlášení|zrušit odběr|předvolby|nastavení oznámení|osobních údajů|"
             "soukromí|podmínky|zobrazit v prohlížeči|webová verze|nahlásit",
        status="sledovat zásilku|sledování zásilky|stav objednávky|zobrazit objednávku|"
               "detail objednávky|faktur|účtenk|rezervac|číst dál|děkujeme za (?:vaši )?objednávku|"
               "platba byla (?:potvrzena|přijata)",
        help="nápověda|centrum nápovědy|zákaznická podpora|podpora|kontaktujte nás|kontakt",
        pointer="klikněte|klepněte|stiskněte|zkopírujte|odkaz|tlačítk|níže|zde(?!\\w)|"
                "tady(?!\\w)"),
    "sk": dict(
        action="potvrď|potvrdiť|potvrdenie|overiť|overte|overenie|aktivovať|aktivujte|"
               "aktiváci|prihlásiť|prihláste|prihlásenie|heslo|hesla|obnoviť|resetovať|"
               "nastaviť heslo|prijať|prijmite|pripojiť sa|pripojte sa|pokračovať|pokračujte|"
               "dokončiť registráciu|dokončite registráciu|to som bol ja|to som bola ja|"
               "áno, to som bol|povoliť|schváliť|schváľte|pozvan|pozvánk|pripojiť",
        deny="to som nebol ja|to som nebola ja|nebol som to ja|odmietnuť|zamietnuť|"
             "zablokovať|zabezpečiť účet",
        skip="odhlásiť|odhlásenie|zrušiť odber|predvoľby|nastavenia upozornení|"
             "osobných údajov|súkromi|podmienky|zobraziť v prehliadači|webová verzia|"
             "nahlásiť",
        status="sledovať zásielku|sledovanie zásielky|stav objednávky|zobraziť objednávku|"
               "faktúr|účtenk|rezerváci|čítať ďalej|ďakujeme za (?:vašu )?objednávku|"
               "platba bola (?:potvrdená|prijatá)",
        help="pomoc|centrum pomoci|zákaznícka podpora|podpora|kontaktujte nás|kontakt",
        pointer="kliknite|ťuknite|stlačte|skopírujte|odkaz|tlačidl|nižšie|sem(?!\\w)"),
    "hu": dict(
        action="megerősít|erősítsd meg|erősítse meg|hitelesít|aktivál|bejelentkez|"
               "jelentkezz be|jelentkezzen be|belépés|lépj be|lépjen be|jelszó|jelszav|"
               "visszaállít|elfogad|fogadd el|fogadja el|csatlakoz|folytatás|folytasd|"
               "folytassa|regisztráció befejezése|fejezd be a regisztrációt|"
               "fejezze be a regisztrációt|én voltam|igen, én voltam|engedélyez|jóváhagy|meghív",
        deny="nem én voltam|elutasít|letilt|tiltás|zárol|fiók védelme",
        skip="leiratkoz|értesítési beállítások|adatvédelm|feltételek|"
             "megtekintés böngészőben|webes verzió|online verzió|bejelentés(?!\\w)",
        status="csomagkövetés|nyomon követés|rendelés állapota|rendelés megtekintése|"
               "számla|nyugta|foglalás|tovább olvasom|köszönjük (?:a )?rendelés|"
               "köszönjük a vásárlást|sikeres fizetés",
        help="súgó|segítség|ügyfélszolgálat|kapcsolat|lépjen kapcsolatba|"
             "lépj kapcsolatba|gyik",
        pointer="kattints|kattintson|koppints|koppintson|másold|másolja|link|hivatkozás|"
                "gomb|alább|alábbi|lenti|ide(?!\\w)|itt(?!\\w)"),
    "ro": dict(
        action="confirmă|confirmați|confirma(?!\\w)|verifică|verificați|validează|activează|"
               "activați|activa(?!\\w)|autentifică-te|autentificați-vă|autentificare|"
               "conectează-te|conectați-vă|intră în cont|resetează|resetați|resetare|parola|"
               "parolă|acceptă|acceptați|alătură-te|alăturați-vă|continuă|continuați|"
               "finalizează înregistrarea|finalizați înregistrarea|"
               "completează înregistrarea|eu am fost|da, eu am fost|aprobă|aprobați|vă conecta|"
               "te conecta|vă autentifica|invitat să|te alătura|vă alătura",
        deny="nu am fost eu|nu eu(?!\\w)|refuz|respinge|respingeți|blochează|blocați|"
             "securizează contul|securizați contul|protejează contul",
        skip="dezabon|anulează abonarea|preferințe|preferinte|setări notificări|"
             "confidențialitate|confidentialitate|termeni|vezi în browser|"
             "vizualizează în browser|versiune online|raportează",
        status="urmărește (?:coletul|comanda)|urmărire|starea comenzii|vezi comanda|"
               "detaliile comenzii|factur|chitanț|bon fiscal|rezervar|citește mai mult|"
               "mulțumim pentru comandă|plata a fost confirmată",
        help="ajutor|centru de ajutor|asistență|asistenta|contactează-ne|contactați-ne|"
             "contact|suport",
        pointer="apasă|apăsați|faceți clic|fă clic|dați clic|copiază|copiați|link|linkul|"
                "buton|butonul|mai jos|următor|aici"),
    "bg": dict(
        action="потвърд|верифицир|активирай|активирайте|активиране|вход(?!\\w)|влез|"
               "парола|нулиране|нулирай|възстанов|приеми|приемете|присъедини|присъединете|"
               "продължи|продължете|завърши регистрацията|завършете регистрацията|аз бях|"
               "да, аз бях|разреши|разрешете|одобри|одобрете|потвържд",
        deny="не бях аз|това не бях аз|откажи|отхвърли|блокирай|блокиране|защити профила|"
             "защитете акаунта",
        skip="отписване|отпиши се|отпишете се|предпочитания|настройки за известия|"
             "общи условия|условия за ползване|виж в браузъра|уеб версия|онлайн версия|докладвай|"
             "сигнализирай",
        status="проследи|проследяване|статус на поръчката|виж поръчката|фактур|"
               "касова бележка|разписка|резервац|прочети още|благодарим (?:ви )?за поръчката|"
               "плащането е потвърдено",
        help="помощ|център за помощ|обслужване на клиенти|свържете се с нас|поддръжка|контакти",
        pointer="щракнете|натиснете|кликнете|копирайте|връзка|връзката|линк|бутон|по-долу|тук"),
    "hr": dict(
        action="potvrdi|potvrdite|potvrda|verificiraj|verificirajte|aktivir|aktivirajte|"
               "aktivacija|prijavi se|prijavite se|prijava|lozink|resetiraj|resetirajte|"
               "poništi lozinku|prihvati|prihvatite|pridruži se|pridružite se|nastavi|"
               "nastavite|dovrši registraciju|dovršite registraciju|završi registraciju|"
               "završite registraciju|to sam bio ja|to sam bila ja|da, to sam bio ja|dopusti|"
               "odobri|odobrite|prijav",
        deny="to nisam bio ja|to nisam bila ja|nisam ja|odbij|blokiraj|blokirajte|"
             "zaštiti račun|osiguraj račun",
        skip="odjava|odjavi se|odjavite se|otkaži pretplatu|otkažite pretplatu|"
             "postavke obavijesti|privatnost|uvjeti korištenja|pogledaj u pregledniku|web verzija|"
             "online verzija|prijavi zlouporabu",
        status="prati pošiljku|pratite pošiljku|praćenje|status narudžbe|pogledaj narudžbu|"
               "rezervacij|pročitaj više|hvala na narudžbi|plaćanje je potvrđeno",
        help="pomoć|centar za pomoć|korisnička podrška|podrška|kontaktirajte nas|kontakt",
        pointer="kliknite|pritisnite|dodirnite|kopirajte|poveznic|link|gumb|ispod|ovdje"),
    "sr": dict(
        action="потврди|потврдите|верификуј|активирај|активирајте|активациј|пријави се|"
               "пријавите се|пријава|лозинк|ресетуј|ресетујте|поново постави|прихвати|"
               "прихватите|придружи се|придружите се|настави|наставите|заврши регистрацију|"
               "завршите регистрацију|то сам био ја|то сам била ја|дозволи|одобри|одобрите|"
               "potvrdi|potvrdite|verifikuj|verifikujte|aktivir|aktivirajte|prijavi se|"
               "prijavite se|prijava|lozink|resetuj|resetujte|prihvati|prihvatite|pridruži|"
               "nastavi|nastavite|završi registraciju|završite registraciju|to sam bio ja|"
               "to sam bila ja|dozvoli|odobri|odobrite|пријав|prijav|придруж",
        deny="то нисам био ја|то нисам била ја|нисам ја|одбиј|блокирај|блокирајте|"
             "заштити налог|заштитите налог|to nisam bio ja|to nisam bila ja|nisam ja|odbij|"
             "blokiraj|zaštiti nalog",
        skip="одјава|одјави се|одјавите се|откажи претплату|подешавања обавештења|"
             "приватност|услови коришћења|погледај у прегледачу|веб верзија|пријави злоупотребу|"
             "odjava|odjavi se|odjavite se|otkaži pretplatu|podešavanja obaveštenja|"
             "privatnost|uslovi korišćenja|pogledaj u pregledaču|veb verzija|prijavi zloupotrebu",
        status="прати пошиљку|праћење|статус поруџбине|погледај поруџбину|резервациј|"
               "prati pošiljku|praćenje|status porudžbine|pogledaj porudžbinu|rezervacij|"
               "хвала на поруџбини|плаћање је потврђено|hvala na porudžbini|plaćanje je potvrđeno",
        help="помоћ|центар за помоћ|корисничка подршка|подршка|контактирајте нас|"
             "pomoć|korisnička podrška|podrška|kontaktirajte nas",
        pointer="кликните|притисните|копирајте|линк|везу|дугме|испод|овде|kliknite|"
                "pritisnite|kopirajte|vezu|dugme|ovde"),
    "sl": dict(
        action="potrdi|potrdite|potrditev|aktiviraj|aktivirajte|prijavite se|prijavi se|"
               "prijava|vpišite se|geslo|gesla|ponastavi|ponastavite|sprejmi|sprejmite|"
               "pridruži|pridružite|nadaljuj|nadaljujte|dokončaj registracijo|"
               "dokončajte registracijo|zaključi registracijo|to sem bil jaz|to sem bila jaz|"
               "da, to sem bil jaz|dovoli|odobri|odobrite|prijav",
        deny="to nisem bil jaz|to nisem bila jaz|nisem jaz|zavrni|zavrnite|blokiraj|"
             "blokirajte|zaščiti račun",
        skip="odjava|odjavi se|odjavite se|nastavitve obveščanja|zasebnost|pogoji uporabe|"
             "poglej v brskalniku|spletna različica|prijavi zlorabo",
        status="sledi pošiljki|sledenje|stanje naročila|ogled naročila|poglej naročilo|"
               "rezervacij|preberi več|hvala za naročilo|plačilo je potrjeno",
        help="pomoč|center za pomoč|podpora strankam|podpora|kontaktirajte nas|kontakt",
        pointer="kliknite|pritisnite|kopirajte|povezav|gumb|spodaj|tukaj"),
    "mk": dict(
        action="потврди|потврдете|верификувај|активирај|активирајте|најави се|најавете се|"
               "најава|лозинка|ресетирај|ресетирајте|прифати|прифатете|приклучи се|"
               "приклучете се|продолжи|продолжете|заврши ја регистрацијата|тоа бев јас|"
               "да, тоа бев јас|дозволи|одобри|одобрете|најав|приклуч",
        deny="тоа не бев јас|не бев јас|одбиј|одбијте|блокирај|заштити ја сметката",
        skip="отпиши се|отпишете се|одјава|приватност|услови за користење|погледни во прелистувач|"
             "веб верзија|пријави злоупотреба",
        status="следи пратка|следење|статус на нарачка|фактура|резервациј|прочитај повеќе|"
               "ви благодариме за нарачката|плаќањето е потврдено",
        help="помош|центар за помош|поддршка|контактирајте не",
        pointer="кликнете|притиснете|копирајте|линк|врска|копче|подолу|тука"),
    "sq": dict(
        action="konfirmo|konfirmoni|verifiko|verifikoni|aktiviz|aktivizoni|hyr(?!\\w)|"
               "identifikohu|kyçu|rivendos|fjalëkalim|prano|pranoni|pranoje|bashkohu|"
               "bashkohuni|vazhdo|vazhdoni|përfundo regjistrimin|përfundoni regjistrimin|"
               "isha unë|po, isha unë|lejo|mirato|miratoni|identifik|konfirm|bashku",
        deny="nuk isha unë|jo unë|refuzo|refuzoni|blloko|bllokoni|mbro llogarinë|"
             "siguro llogarinë",
        skip="ç'regjistrohu|çregjistrohu|çabonohu|ç'abonohu|preferencat|privatësi|"
             "privatesi|kushtet|shiko në shfletues|raporto",
        status="gjurmo|gjurmim|statusi i porosisë|shiko porosinë|fatur|rezervim|lexo më shumë|"
               "faleminderit për porosinë|pagesa u konfirmua",
        help="ndihmë|ndihme|qendra e ndihmës|mbështetje|na kontaktoni",
        pointer="kliko|klikoni|shtyp|shtypni|kopjo|kopjoni|lidhje|lidhjen|buton|butonin|"
                "më poshtë|këtu"),
    "el": dict(
        action="επιβεβα[ιί]|επαλ[ηή]θε[υύ]|ενεργοπο[ιί]|συνδεθε[ιί]τε|σ[υύ]νδεση|ε[ιί]σοδο|"
               "επαναφ[οέ]ρ|κωδικ|αποδοχ|αποδεχ|αποδ[εέ]χ|συμμετ[εά]χ|συμμετοχ|συν[εέ]χεια|"
               "συνεχ[ιί]στε|ολοκλ[ηή]ρωσ|[ηή]μουν εγ[ωώ]|ναι, [ηή]μουν εγ[ωώ]|επιτρ[εέ]ψτε|"
               "εγκρ[ιί]νετε|[εέ]γκριση|πρόσκλησ|σας προσκαλε|συμμετ[αά]σχ",
        deny="δεν [ηή]μουν εγ[ωώ]|δεν ε[ιί]μαι εγ[ωώ]|απ[οό]ρρι[ψφ]|[αά]ρνηση|αποκλε[ιί]σ|"
             "μπλοκ[αά]ρ|ασφ[αά]λισ|προστασ[ιί]α λογαριασμο[υύ]",
        skip="διαγραφ|απεγγραφ|κατ[αά]ργηση εγγραφ|προτιμ[ηή]σεις|ρυθμ[ιί]σεις ειδοποι|"
             "απ[οό]ρρητ|[οό]ροι|[οό]ρους|προβολ[ηή] στο πρ[οό]γραμμα περι[ηή]γησης|"
             "αναφορ[αά]",
        status="παρακολο[υύ]θηση|εντοπισμ[οό]ς|κατ[αά]σταση παραγγελ[ιί]ας|"
               "δε[ιί]τε την παραγγελ[ιί]α|προβολ[ηή] παραγγελ[ιί]ας|τιμολ[οό]γι|απ[οό]δειξη|"
               "κρ[αά]τηση|διαβ[αά]στε περισσ[οό]τερα|ευχαριστο[υύ]με για την παραγγελ[ιί]α|"
               "πληρωμ[ηή] επιβεβαι[ωώ]θηκε",
        help="βοήθεια|βοηθεια|κέντρο βοήθειας|εξυπηρέτηση πελατών|εξυπηρετηση πελατων|"
             "επικοινωνήστε|επικοινωνηστε|υποστήριξη|υποστηριξη",
        pointer="κ[αά]ντε κλικ|πατ[ηή]στε|αντιγρ[αά]ψτε|σ[υύ]νδεσμο|κουμπ[ιί]|εδ[ωώ]|"
                "παρακ[αά]τω"),
    "tr": dict(
        action="doğrula|onayla|onay ver|etkinleştir|aktifleştir|aktive et|oturum aç|giriş yap|"
               "şifre|parola|sıfırla|kabul et|davetiyeyi kabul|katıl|devam et|devam(?!\\w)|"
               "kaydı tamamla|kaydınızı tamamlayın|kaydını tamamla|bendim|evet, bendim|"
               "izin ver|yetkilendir|davet",
        deny="ben değildim|bu ben değildim|reddet|engelle|hesabımı koru|"
             "hesabımı güvene al|hesabı kilitle",
        skip="abonelikten çık|aboneliği iptal|abonelik iptali|e-posta tercihleri|tercihler|"
             "bildirim ayarları|gizlilik|kullanım koşulları|koşullar|şartlar|"
             "tarayıcıda görüntüle|web sürümü|şikayet et|spam olarak bildir",
        status="kargo takip|kargomu takip|siparişi takip|sipariş takibi|sipariş durumu|"
               "siparişi görüntüle|siparişini görüntüle|sipariş detay|fatura|makbuz|"
               "rezervasyon|devamını oku|siparişiniz için teşekkür|ödemeniz onaylandı|"
               "ödemeniz alındı|siparişiniz onaylandı|alışverişe devam",
        help="yardım|yardım merkezi|müşteri hizmetleri|bize ulaşın|iletişim|destek|sss",
        pointer="tıklayın|tıkla|dokunun|kopyalayın|bağlantı|link|düğme|buton|butona|"
                "aşağıdaki|buraya"),
    "uk": dict(
        action="підтверд|верифік|активув|активуйте|увійти|увійдіть|вхід(?!\\w)|парол|"
               "скинути|скину|відновити|відновіть|прийняти|прийміть|приєднатися|"
               "приєднуйтесь|продовжити|продовжуйте|завершити реєстрацію|"
               "завершіть реєстрацію|це був я|це була я|так, це був я|так, це була я|"
               "дозволити|дозвольте|схвалити|схваліть|завершення реєстрації|запроси|запрошен",
        deny="це був не я|це була не я|це не я|не я(?!\\w)|відхилити|заблокувати|"
             "захистити обліковий запис|захистити акаунт|відмовити",
        skip="відписатися|відписка|скасувати підписку|налаштування сповіщень|"
             "налаштування розсилки|конфіденційн|умови використання|переглянути в браузері|"
             "веб-версія|поскаржитися|повідомити про спам",
        status="відстежити|відстеження|статус замовлення|переглянути замовлення|"
               "деталі замовлення|рахунок-фактур|квитанці|чек(?!\\w)|бронювання|читати далі|"
               "дякуємо за (?:замовлення|покупку)|оплату підтверджено|оплата пройшла успішно",
        help="допомога|довідка|центр допомоги|служба підтримки|підтримка|"
             "зв'яжіться з нами|зв’яжіться з нами",
        pointer="натисніть|клацніть|перейдіть|скопіюйте|посилання|кнопк|нижче|тут(?!\\w)"),
    "ru": dict(
        action="подтверд|верифицир|активир|активац|войти|войдите|вход(?!\\w)|авторизоваться|"
               "авторизуйтесь|парол|сброс|сбросить|восстанов|принять|примите|присоедин|"
               "продолжить|продолжайте|завершить регистрацию|завершите регистрацию|"
               "это был я|это была я|да, это был я|да, это я|это я(?!\\w)|разрешить|"
               "одобрить|одобрите|завершения регистрации|пригласил|приглашени|подтвержд|верификац|"
               "авторизац",
        deny="это был не я|это была не я|это не я|не я(?!\\w)|отклонить|заблокировать|"
             "отказать|запретить|защитить аккаунт|защитить учётную запись|это не вы|это были не вы|"
             "не узнаю",
        skip="отписаться|отписка|отказаться от рассылки|отменить подписку|"
             "настройки уведомлений|настройки рассылки|конфиденциальн|условия использования|"
             "пользовательское соглашение|посмотреть в браузере|веб-версия|"
             "версия для браузера|пожаловаться|сообщить о спаме",
        status="отследить|отслеживание|статус заказа|посмотреть заказ|детали заказа|"
               "счёт-фактур|счет-фактур|квитанци|чек(?!\\w)|бронирован|читать далее|"
               "спасибо за (?:заказ|покупку)|оплата подтверждена|оплата прошла успешно|"
               "продолжить покупки",
        help="помощь|справка|центр помощи|служба поддержки|поддержка|свяжитесь с нами|"
             "связаться с нами",
        pointer="нажмите|кликните|перейдите|скопируйте|ссылк|кнопк|ниже|здесь"),
    "be": dict(
        action="пацвердзі|пацвярдж|актывав|актывуйце|увайсці|увайдзіце|пароль|скінуць|"
               "аднавіць|прыняць|прыміце|далучыцца|далучайцеся|працягнуць|"
               "завяршыць рэгістрацыю|гэта быў я|так, гэта быў я|дазволіць|ухваліць",
        deny="гэта быў не я|гэта не я|адхіліць|заблакіраваць|абараніць уліковы запіс",
        skip="адпісацца|адмяніць падпіску|прыватнасць|умовы выкарыстання|паглядзець у браўзеры|"
             "паскардзіцца",
        status="адсачыць|адсочванне|статус заказу|рахунак|квітанцы|браніраван|чытаць далей|"
               "дзякуй за заказ|аплата пацверджана",
        help="дапамога|падтрымка|звяжыцеся з намі",
        pointer="націсніце|скапіруйце|спасылк|кнопк|ніжэй|тут(?!\\w)"),
    "ka": dict(
        action="დაადასტურ|დადასტურება|ვერიფიკაცია|გააქტიურ|გასააქტიურ|აქტივაცია|შესვლა|შედით|პაროლ|"
               "აღდგენა|მოწვევის მიღება|მიიღეთ მოწვევა|შეუერთდით|შემოგვიერთდით|გაგრძელება|"
               "რეგისტრაციის დასრულება|ეს მე ვიყავი|დიახ, ეს მე ვიყავი|ნების დართვა|"
               "დამტკიცება|შესასვლელ|დასადასტურ|გაწევრიან|გასაწევრიან",
        deny="ეს მე არ ვიყავი|მე არ ვიყავი|უარყოფა|უარის თქმა|დაბლოკვა|დაბლოკე|"
             "ანგარიშის დაცვა",
        skip="გამოწერის გაუქმება|გამოწერის შეწყვეტა|კონფიდენციალურობა|პირობები|"
             "ბრაუზერში ნახვა",
        status="თვალყურის დევნება|ამანათის ადევნება|შეკვეთის სტატუსი|ინვოისი|ქვითარი|"
               "ჯავშან|მეტის წაკითხვა|გმადლობთ შეკვეთისთვის|გადახდა დადასტურებულია",
        help="დახმარება|მხარდაჭერა|დაგვიკავშირდით",
        pointer="დააჭირეთ|დააწკაპუნეთ|დააკოპირეთ|ბმულ|ღილაკ|ქვემოთ|აქ(?!\\w)"),
    "hy": dict(
        action="հաստատ|ակտիվացն|ակտիվացր|մուտք գործել|մուտք(?!\\w)|գաղտնաբառ|վերականգնել|"
               "ընդունել|ընդունեք|միանալ|միացեք|շարունակել|ավարտել գրանցումը|դա ես էի|"
               "այո, դա ես էի|թույլատրել",
        deny="դա ես չէի|ես չէի|մերժել|մերժեք|արգելափակել|պաշտպանել հաշիվը",
        skip="ապաբաժանորդագրվել|չեղարկել բաժանորդագրությունը|գաղտնիություն|պայմաններ|"
             "դիտել բրաուզերում",
        status="հետևել առաքմանը|պատվերի կարգավիճակ|հաշիվ-ապրանքագիր|անդորրագիր|ամրագր|"
               "կարդալ ավելին|շնորհակալություն պատվերի համար|վճարումը հաստատված է",
        help="օգնություն|աջակցություն|կապվեք մեզ հետ",
        pointer="սեղմեք|պատճենեք|հղում|կոճակ|ստորև|այստեղ"),
    "az": dict(
        action="təsdiqlə|təsdiq et|doğrula|aktivləşdir|daxil ol|şifrə|sıfırla|"
               "bərpa et|qəbul et|qoşul|davam et|qeydiyyatı tamamla|bu mən idim|"
               "bəli, bu mən idim|icazə ver",
        deny="bu mən deyildim|mən deyildim|rədd et|imtina et|blokla|blok et|hesabımı qoru",
        skip="abunəlikdən çıx|abunəliyi ləğv et|məxfilik|şərtlər|brauzerdə bax|şikayət et",
        status="sifarişi izlə|bağlamanı izlə|izləmə|sifarişin statusu|sifarişə bax|faktura|"
               "qəbz|rezervasiya|ardını oxu|sifarişiniz üçün təşəkkür|ödəniş təsdiqləndi",
        help="kömək|yardım|dəstək|bizimlə əlaqə",
        pointer="klikləyin|basın|kopyalayın|keçid|link|düymə|aşağıdakı|bura"),
    "kk": dict(
        action="раста|белсендір|кіру|кіріңіз|құпиясөз|құпия сөз|қалпына келтір|қабылда|"
               "қосылу|қосылыңыз|жалғастыр|тіркеуді аяқта|бұл мен едім|иә, бұл мен едім|"
               "рұқсат беру",
        deny="бұл мен емес едім|мен емеспін|бас тарту|қабылдамау|бұғаттау|аккаунтты қорғау",
        skip="жазылымнан бас тарту|жазылымды тоқтату|құпиялық|шарттар|браузерде көру|"
             "шағымдану",
        status="тапсырысты бақылау|сәлемдемені бақылау|тапсырыс мәртебесі|тапсырыс күйі|"
               "шот-фактура|түбіртек|брондау|толығырақ оқу|тапсырысыңыз үшін рахмет|төлем расталды",
        help="көмек|қолдау|бізбен байланыс",
        pointer="басыңыз|көшіріңіз|сілтеме|түйме|төмендегі|осында"),
    "uz": dict(
        action="tasdiqla|faollashtir|tizimga kir|kirish|parol|tiklash|tiklang|qabul qil|"
               "qo'shiling|qoʻshiling|davom et|ro'yxatdan o'tishni yakunla|bu men edim|"
               "ha, bu men edim|ruxsat ber|тасдиқла|фаоллаштир|тизимга кир|кириш|парол|"
               "қабул қил|давом эт|qo'shil|qoʻshil",
        deny="bu men emas edim|men emasman|rad et|bloklash|bloklang|hisobni himoyala|"
             "бу мен эмас",
        skip="obunani bekor qilish|obunadan chiqish|maxfiylik|shartlar|brauzerda ko'rish|"
             "shikoyat",
        status="buyurtmani kuzatish|jo'natmani kuzatish|buyurtma holati|buyurtmani ko'rish|"
               "hisob-faktura|chek(?!\\w)|bron qilish|batafsil o'qish|буюртма ҳолати|"
               "buyurtmangiz uchun rahmat|to'lov tasdiqlandi",
        help="yordam|qo'llab-quvvatlash|biz bilan bog'lan|ёрдам",
        pointer="bosing|nusxa oling|havola|tugma|quyidagi|shu yerga|босинг|ҳавола|тугма"),
    "ar": dict(
        action="أكد بريد|أكّد بريد|أكد عنوان|أكّد عنوان|أكد حساب|"
               "تأكيد|التحقق|تحقق|فعّل|فعل حسابك|تفعيل|سجّل الدخول|سجل الدخول|"
               "تسجيل الدخول|ادخل|الدخول|إعادة تعيين|إعادة ضبط|استعادة|كلمة المرور|"
               "كلمة السر|اقبل|قبول الدعوة|انضم|الانضمام|أكمل التسجيل|إكمال التسجيل|"
               "إتمام التسجيل|نعم، أنا|كنت أنا|اسمح|السماح|الموافقة|كلمة مرور|دعوة|دعاك",
        deny="لم أكن أنا|لست أنا|ليس أنا|رفض|ارفض|حظر|احظر|تأمين حسابي|تأمين الحساب|"
             "احم حسابك",
        skip="إلغاء الاشتراك|الغاء الاشتراك|إيقاف الاشتراك|التفضيلات|إعدادات الإشعارات|"
             "الخصوصية|الشروط|شروط الاستخدام|عرض في المتصفح|النسخة الإلكترونية|الإبلاغ|"
             "إبلاغ عن",
        status="تتبع|تتبّع|حالة الطلب|عرض الطلب|تفاصيل الطلب|فاتورة|الفاتورة|إيصال|الإيصال|"
               "حجز|الحجز|اقرأ المزيد|قراءة المزيد|شكرا لطلبك|شكرًا لطلبك|شكراً لطلبك|شكرا لشرائك|"
               "تم تأكيد الدفع|تم تأكيد طلبك|تم استلام الدفع",
        help="مساعدة|المساعدة|مركز المساعدة|الدعم|اتصل بنا|تواصل معنا|خدمة العملاء",
        pointer="انقر|اضغط|انسخ|رابط|الرابط|الزر|زر |هنا|أدناه"),
    "he": dict(
        action="אשר את|אשרו|אישור כתובת|אישור המייל|אישור החשבון|אישור ההרשמה|"
               "אמתו|אימות|אמת|הפעל|הפעילו|התחבר|כניסה|היכנס|אפס|איפוס|סיסמ|"
               "קבל את|קבלת ההזמנה|הצטרפ|המשיכו|השלם את ההרשמה|השלמת ההרשמה|"
               "זה הייתי אני|כן, זה אני|כן, זה הייתי אני|הוזמנת|מזמין אותך",
        deny="זה לא הייתי אני|לא אני|דחה|דחייה|דחו|חסום|חסימה|חסמו|אבטח את החשבון|"
             "נעל את החשבון",
        skip="הסרה מרשימת|להסרה|הסר|בטל מנוי|ביטול מנוי|ביטול הרשמה|העדפות|"
             "הגדרות התראות|פרטיות|תנאי שימוש|תנאי השימוש|צפה בדפדפן|הצג בדפדפן|דווח",
        status="מעקב|סטטוס הזמנה|צפייה בהזמנה|פרטי ההזמנה|חשבונית|קבלה|קרא עוד|להמשך קריאה|"
               "תודה על ההזמנה|תודה על הרכישה|התשלום אושר",
        help="עזרה|מרכז העזרה|תמיכה|צור קשר|צרו קשר|שירות לקוחות",
        pointer="לחץ|לחצו|הקש|הקישו|העתק|העתיקו|קישור|כפתור|הכפתור|כאן|למטה"),
    "fa": dict(
        action="تأیید|تایید|احراز هویت|فعال‌سازی|فعالسازی|فعال سازی|فعال کنید|ورود|"
               "وارد شوید|بازنشانی|رمز عبور|گذرواژه|پذیرش|بپذیرید|بپیوندید|پیوستن|ادامه(?!\\w)|"
               "تکمیل ثبت‌نام|تکمیل ثبت نام|من بودم|بله، من بودم|اجازه دهید|پذیرفتن دعوت|دعوت‌نامه|"
               "دعوت نامه",
        deny="من نبودم|این من نبودم|رد کردن|رد کنید|مسدود|امن کردن حساب|ایمن‌سازی حساب",
        skip="لغو اشتراک|لغو عضویت|توقف اشتراک|تنظیمات اعلان|حریم خصوصی|حریم شخصی|شرایط|"
             "قوانین|مشاهده در مرورگر|گزارش",
        status="پیگیری|رهگیری|وضعیت سفارش|مشاهده سفارش|جزئیات سفارش|فاکتور|صورتحساب|رسید|"
               "رزرو|ادامه مطلب|از خرید شما سپاسگزاریم|از سفارش شما متشکریم|پرداخت تأیید شد|"
               "پرداخت با موفقیت",
        help="راهنما|پشتیبانی|تماس با ما|مرکز راهنمایی",
        pointer="کلیک کنید|بزنید|کپی کنید|پیوند|لینک|دکمه|اینجا|زیر(?!\\w)"),
    "ur": dict(
        action="تصدیق|توثیق|فعال کر|ایکٹیویٹ|لاگ ان|سائن ان|پاس ورڈ|ری سیٹ|قبول کریں|"
               "شامل ہوں|جاری رکھیں|رجسٹریشن مکمل|یہ میں تھا|ہاں، یہ میں تھا|اجازت دیں|"
               "منظور کریں|شامل ہو",
        deny="یہ میں نہیں تھا|میں نہیں تھا|مسترد|بلاک کریں|اکاؤنٹ محفوظ",
        skip="ان سبسکرائب|سبسکرپشن منسوخ|ترجیحات|رازداری|پرائیویسی|شرائط|"
             "براؤزر میں دیکھیں|رپورٹ",
        status="ٹریک|آرڈر کی صورتحال|آرڈر دیکھیں|انوائس|رسید|بکنگ|مزید پڑھیں|آپ کے آرڈر کا شکریہ|"
               "ادائیگی کی تصدیق",
        help="مدد|سپورٹ|ہم سے رابطہ|کسٹمر سروس",
        pointer="کلک کریں|کاپی کریں|لنک|بٹن|یہاں|نیچے"),
    "hi": dict(
        action="सत्यापित|सत्यापन|वेरिफाई|पुष्टि|सक्रिय कर|एक्टिवेट|साइन इन|लॉग इन|लॉगिन|"
               "पासवर्ड|रीसेट|आमंत्रण स्वीकार|स्वीकार करें|जुड़ें|शामिल हों|जारी रखें|"
               "पंजीकरण पूरा|रजिस्ट्रेशन पूरा|यह मैं था|यह मैं थी|हाँ, यह मैं था|अनुमति दें|"
               "स्वीकृत करें|मंज़ूर करें|शामिल हो",
        deny="यह मैं नहीं था|यह मैं नहीं थी|मैं नहीं था|अस्वीकार|ब्लॉक करें|खाता सुरक्षित",
        skip="सदस्यता समाप्त|सदस्यता रद्द|अनसब्सक्राइब|प्राथमिकताएँ|प्राथमिकताएं|गोपनीयता|"
             "निजता|नियम और शर्तें|शर्तें|ब्राउज़र में देखें|रिपोर्ट करें",
        status="ट्रैक|ऑर्डर की स्थिति|ऑर्डर देखें|ऑर्डर विवरण|चालान|इनवॉइस|रसीद|बुकिंग|"
               "और पढ़ें|आपके ऑर्डर के लिए धन्यवाद|भुगतान की पुष्टि हो गई|भुगतान सफल",
        help="सहायता|मदद|सहायता केंद्र|ग्राहक सेवा|संपर्क करें|सपोर्ट",
        pointer="क्लिक करें|टैप करें|कॉपी करें|लिंक|बटन|यहाँ|यहां|नीचे"),
    "bn": dict(
        action="নিশ্চিত করুন|নিশ্চিতকরণ|যাচাই|ভেরিফাই|সক্রিয় কর|অ্যাক্টিভেট|লগ ইন|লগইন|"
               "সাইন ইন|পাসওয়ার্ড|রিসেট|গ্রহণ করুন|যোগ দিন|চালিয়ে যান|নিবন্ধন সম্পূর্ণ|"
               "এটা আমি ছিলাম|হ্যাঁ, এটা আমি|অনুমতি দিন|অনুমোদন করুন|যোগ দি",
        deny="এটা আমি ছিলাম না|আমি নই|প্রত্যাখ্যান|ব্লক করুন|অ্যাকাউন্ট সুরক্ষিত",
        skip="আনসাবস্ক্রাইব|সদস্যতা ত্যাগ|সাবস্ক্রিপশন বাতিল|পছন্দসমূহ|গোপনীয়তা|শর্তাবলী|"
             "ব্রাউজারে দেখুন|রিপোর্ট",
        status="ট্র্যাক|অর্ডারের অবস্থা|অর্ডার দেখুন|চালান|ইনভয়েস|রসিদ|বুকিং|আরও পড়ুন|"
               "আপনার অর্ডারের জন্য ধন্যবাদ|পেমেন্ট নিশ্চিত",
        help="সাহায্য|সহায়তা|যোগাযোগ করুন|গ্রাহক সেবা",
        pointer="ক্লিক করুন|ট্যাপ করুন|কপি করুন|লিঙ্ক|লিংক|বোতাম|বাটন|এখানে|নিচে"),
    "pa": dict(
        action="ਪੁਸ਼ਟੀ|ਤਸਦੀਕ|ਸਰਗਰਮ ਕਰ|ਐਕਟੀਵੇਟ|ਲੌਗ ਇਨ|ਲਾਗ ਇਨ|ਸਾਈਨ ਇਨ|ਪਾਸਵਰਡ|ਰੀਸੈਟ|"
               "ਸਵੀਕਾਰ|ਸ਼ਾਮਲ ਹੋਵੋ|ਜਾਰੀ ਰੱਖੋ|ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਪੂਰੀ|ਇਹ ਮੈਂ ਸੀ|ਇਜਾਜ਼ਤ ਦਿਓ|ਮਨਜ਼ੂਰ|ਸ਼ਾਮਲ ਹੋ",
        deny="ਇਹ ਮੈਂ ਨਹੀਂ ਸੀ|ਅਸਵੀਕਾਰ|ਰੱਦ ਕਰੋ|ਬਲੌਕ ਕਰੋ",
        skip="ਗਾਹਕੀ ਰੱਦ|ਅਨਸਬਸਕ੍ਰਾਈਬ|ਤਰਜੀਹਾਂ|ਗੋਪਨੀਯਤਾ|ਸ਼ਰਤਾਂ|ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਦੇਖੋ|ਰਿਪੋਰਟ",
        status="ਟਰੈਕ|ਆਰਡਰ ਦੀ ਸਥਿਤੀ|ਆਰਡਰ ਦੇਖੋ|ਇਨਵੌਇਸ|ਰਸੀਦ|ਬੁਕਿੰਗ|ਹੋਰ ਪੜ੍ਹੋ|ਤੁਹਾਡੇ ਆਰਡਰ ਲਈ ਧੰਨਵਾਦ|"
               "ਭੁਗਤਾਨ ਦੀ ਪੁਸ਼ਟੀ",
        help="ਮਦਦ|ਸਹਾਇਤਾ|ਸੰਪਰਕ ਕਰੋ",
        pointer="ਕਲਿੱਕ ਕਰੋ|ਕਾਪੀ ਕਰੋ|ਲਿੰਕ|ਬਟਨ|ਇੱਥੇ|ਹੇਠਾਂ"),
    "gu": dict(
        action="પુષ્ટિ|ચકાસો|ચકાસણી|વેરિફાઇ|સક્રિય કર|એક્ટિવેટ|લૉગ ઇન|લોગ ઇન|સાઇન ઇન|"
               "પાસવર્ડ|રીસેટ|સ્વીકારો|જોડાઓ|ચાલુ રાખો|નોંધણી પૂર્ણ|આ હું હતો|"
               "મંજૂરી આપો|મંજૂર કરો|જોડાવ",
        deny="આ હું નહોતો|અસ્વીકાર|નકારો|બ્લૉક કરો|બ્લોક કરો",
        skip="અનસબ્સ્ક્રાઇબ|સબ્સ્ક્રિપ્શન રદ|પસંદગીઓ|ગોપનીયતા|શરતો|બ્રાઉઝરમાં જુઓ|જાણ કરો",
        status="ટ્રૅક|ટ્રેક|ઓર્ડરની સ્થિતિ|ઓર્ડર જુઓ|ઇન્વૉઇસ|રસીદ|બુકિંગ|વધુ વાંચો|"
               "તમારા ઓર્ડર બદલ આભાર|ચુકવણીની પુષ્ટિ",
        help="મદદ|સહાય|સંપર્ક કરો",
        pointer="ક્લિક કરો|કૉપિ કરો|લિંક|બટન|અહીં|નીચે"),
    "mr": dict(
        action="पुष्टी|पडताळणी|सत्यापित|सक्रिय कर|लॉग इन|साइन इन|पासवर्ड|रीसेट|स्वीकारा|"
               "सामील व्हा|सुरू ठेवा|नोंदणी पूर्ण|हा मी होतो|ही मी होते|परवानगी द्या|मंजूर करा|"
               "सामील हो",
        deny="हा मी नव्हतो|मी नव्हतो|नाकारा|ब्लॉक करा|खाते सुरक्षित",
        skip="सदस्यता रद्द|अनसबस्क्राइब|प्राधान्ये|गोपनीयता|अटी|ब्राउझरमध्ये पहा|तक्रार",
        status="ट्रॅक|ऑर्डरची स्थिती|ऑर्डर पहा|बीजक|पावती|बुकिंग|अधिक वाचा|"
               "तुमच्या ऑर्डरबद्दल धन्यवाद|पेमेंटची पुष्टी",
        help="मदत|सहाय्य|संपर्क साधा",
        pointer="क्लिक करा|कॉपी करा|लिंक|बटण|येथे|खाली"),
    "ta": dict(
        action="உறுதிப்படுத்த|உறுதிசெய்|சரிபார்|செயல்படுத்த|உள்நுழை|கடவுச்சொல்|மீட்டமை|"
               "ஏற்றுக்கொள்|இணையுங்கள்|சேரவும்|தொடர்க|தொடரவும்|பதிவை முடி|அது நான்தான்|"
               "ஆம், அது நான்தான்|அனுமதி|ஒப்புதல் அளி|அழைப்பை ஏற்க|ஏற்கவும்|குழுவில் சேர|சேர(?= )",
        deny="அது நான் இல்லை|நான் இல்லை|நிராகரி|தடுக்கவும்|கணக்கைப் பாதுகா",
        skip="குழுவிலக|சந்தாவை ரத்து|விருப்பத்தேர்வுகள்|தனியுரிமை|விதிமுறைகள்|"
             "உலாவியில் பார்|புகாரளி",
        status="கண்காணி|ஆர்டர் நிலை|ஆர்டரைப் பார்|விலைப்பட்டியல்|ரசீது|முன்பதிவு|"
               "மேலும் படிக்க|உங்கள் ஆர்டருக்கு நன்றி|பணம் செலுத்தல் உறுதிப்படுத்தப்பட்டது",
        help="உதவி|ஆதரவு|தொடர்பு கொள்ள|வாடிக்கையாளர் சேவை",
        pointer="கிளிக் செய்|தட்டவும்|நகலெடு|இணைப்பு|பொத்தான்|இங்கே|கீழே"),
    "te": dict(
        action="నిర్ధారించ|ధృవీకరించ|ధృవీకరణ|సక్రియం|యాక్టివేట్|లాగిన్|సైన్ ఇన్|పాస్‌వర్డ్|"
               "రీసెట్|అంగీకరించ|చేరండి|కొనసాగించ|నమోదు పూర్తి|అది నేనే|అవును, అది నేనే|"
               "అనుమతించ|ఆమోదించ|చేరడానికి",
        deny="అది నేను కాదు|నేను కాదు|తిరస్కరించ|బ్లాక్ చేయండి|ఖాతాను సురక్షితం",
        skip="అన్‌సబ్‌స్క్రైబ్|చందాను రద్దు|ప్రాధాన్యతలు|గోప్యత|నిబంధనలు|"
             "బ్రౌజర్‌లో చూడండి|నివేదించ",
        status="ట్రాక్|ఆర్డర్ స్థితి|ఆర్డర్ చూడండి|ఇన్‌వాయిస్|రసీదు|బుకింగ్|మరింత చదవండి|"
               "మీ ఆర్డర్‌కు ధన్యవాదాలు|చెల్లింపు నిర్ధారించబడింది",
        help="సహాయం|మద్దతు|సంప్రదించండి",
        pointer="క్లిక్ చేయండి|నొక్కండి|కాపీ చేయండి|లింక్|బటన్|ఇక్కడ|క్రింద"),
    "kn": dict(
        action="ದೃಢೀಕರಿಸಿ|ದೃಢೀಕರಣ|ಪರಿಶೀಲಿಸಿ|ಸಕ್ರಿಯಗೊಳಿಸ|ಲಾಗಿನ್|ಸೈನ್ ಇನ್|ಪಾಸ್‌ವರ್ಡ್|"
               "ಮರುಹೊಂದಿಸಿ|ಸ್ವೀಕರಿಸಿ|ಸೇರಿ(?!\\w)|ಮುಂದುವರಿಸಿ|ನೋಂದಣಿ ಪೂರ್ಣ|ಅದು ನಾನೇ|"
               "ಅನುಮತಿಸಿ|ಅನುಮೋದಿಸಿ|ದೃಢೀಕರಿಸ|ಸೇರಲು",
        deny="ಅದು ನಾನಲ್ಲ|ನಾನಲ್ಲ|ತಿರಸ್ಕರಿಸಿ|ನಿರ್ಬಂಧಿಸಿ|ಖಾತೆಯನ್ನು ಸುರಕ್ಷಿತ",
        skip="ಅನ್‌ಸಬ್‌ಸ್ಕ್ರೈಬ್|ಚಂದಾದಾರಿಕೆ ರದ್ದು|ಆದ್ಯತೆಗಳು|ಗೌಪ್ಯತೆ|ನಿಯಮಗಳು|"
             "ಬ್ರೌಸರ್‌ನಲ್ಲಿ ವೀಕ್ಷಿಸಿ|ವರದಿ ಮಾಡಿ",
        status="ಟ್ರ್ಯಾಕ್|ಆರ್ಡರ್ ಸ್ಥಿತಿ|ಆರ್ಡರ್ ನೋಡಿ|ಇನ್‌ವಾಯ್ಸ್|ರಸೀದಿ|ಬುಕಿಂಗ್|ಇನ್ನಷ್ಟು ಓದಿ|"
               "ನಿಮ್ಮ ಆರ್ಡರ್‌ಗೆ ಧನ್ಯವಾದಗಳು|ಪಾವತಿ ದೃಢೀಕರಿಸಲಾಗಿದೆ",
        help="ಸಹಾಯ|ಬೆಂಬಲ|ಸಂಪರ್ಕಿಸಿ",
        pointer="ಕ್ಲಿಕ್ ಮಾಡಿ|ಕಾಪಿ ಮಾಡಿ|ಲಿಂಕ್|ಬಟನ್|ಇಲ್ಲಿ|ಕೆಳಗೆ"),
    "ml": dict(
        action="സ്ഥിരീകരിക്ക|പരിശോധിക്കുക|സജീവമാക്ക|ലോഗിൻ|സൈൻ ഇൻ|പാസ്‌വേഡ്|റീസെറ്റ്|"
               "സ്വീകരിക്കുക|ചേരുക|തുടരുക|രജിസ്ട്രേഷൻ പൂർത്തിയാക്കുക|അത് ഞാനായിരുന്നു|"
               "അനുവദിക്കുക|അംഗീകരിക്കുക|ചേരാൻ",
        deny="അത് ഞാനല്ല|ഞാനല്ല|നിരസിക്കുക|തടയുക|ബ്ലോക്ക് ചെയ്യുക|അക്കൗണ്ട് സുരക്ഷിത",
        skip="അൺസബ്‌സ്ക്രൈബ്|മുൻഗണനകൾ|സ്വകാര്യത|നിബന്ധനകൾ|ബ്രൗസറിൽ കാണുക|റിപ്പോർട്ട്",
        status="ട്രാക്ക്|ഓർഡർ നില|ഓർഡർ കാണുക|ഇൻവോയ്സ്|രസീത്|ബുക്കിംഗ്|കൂടുതൽ വായിക്കുക|"
               "നിങ്ങളുടെ ഓർഡറിന് നന്ദി|പേയ്മെന്റ് സ്ഥിരീകരിച്ചു",
        help="സഹായം|പിന്തുണ|ബന്ധപ്പെടുക",
        pointer="ക്ലിക്ക് ചെയ്യുക|പകർത്തുക|ലിങ്ക്|ബട്ടൺ|ഇവിടെ|താഴെ"),
    "si": dict(
        action="තහවුරු කරන්න|තහවුරු කිරීම|සත්‍යාපනය|සක්‍රිය ක|පුරනය වන්න|පිවිසෙන්න|"
               "මුරපදය|යළි සකසන්න|නැවත සකසන්න|පිළිගන්න|එක්වන්න|එකතු වන්න|ඉදිරියට යන්න|"
               "ලියාපදිංචිය සම්පූර්ණ|ඒ මම|අවසර දෙන්න|අනුමත කරන්න|පුරනය|එක්වීම",
        deny="ඒ මම නොවේ|මම නොවේ|ප්‍රතික්ෂේප|අවහිර කරන්න|ගිණුම ආරක්ෂා",
        skip="දායකත්වයෙන් ඉවත්|මනාප|රහස්‍යතා|පෞද්ගලිකත්ව|නියමයන්|කොන්දේසි|"
             "බ්‍රවුසරයේ බලන්න|වාර්තා කරන්න",
        status="ලුහුබැඳ|ඇණවුම් තත්ත්වය|ඇණවුම බලන්න|ඉන්වොයිසිය|රිසිට්පත|වෙන්කිරීම|"
               "තවත් කියවන්න|ඔබගේ ඇණවුමට ස්තූතියි|ගෙවීම තහවුරු කර ඇත",
        help="උදව්|සහාය|අප අමතන්න",
        pointer="ක්ලික් කරන්න|පිටපත් කරන්න|සබැඳිය|සබැඳිය|බොත්තම|මෙතැන|පහත"),
    "ne": dict(
        action="पुष्टि|प्रमाणित|सक्रिय गर|लगइन|साइन इन|पासवर्ड|रिसेट|स्वीकार गर्नुहोस्|"
               "सामेल हुनुहोस्|जारी राख्नुहोस्|दर्ता पूरा|त्यो म थिएँ|अनुमति दिनुहोस्|"
               "स्वीकृत गर्नुहोस्|सामेल हु",
        deny="त्यो म होइन|त्यो म थिइनँ|म होइन|अस्वीकार|ब्लक गर्नुहोस्|खाता सुरक्षित",
        skip="सदस्यता रद्द|अनसब्स्क्राइब|प्राथमिकताहरू|गोपनीयता|सर्तहरू|ब्राउजरमा हेर्नुहोस्|"
             "रिपोर्ट",
        status="ट्र्याक|अर्डरको स्थिति|अर्डर हेर्नुहोस्|बिल(?!\\w)|रसिद|बुकिङ|थप पढ्नुहोस्|"
               "तपाईंको अर्डरको लागि धन्यवाद|भुक्तानी पुष्टि भयो",
        help="सहायता|मद्दत|सम्पर्क गर्नुहोस्",
        pointer="क्लिक गर्नुहोस्|कपी गर्नुहोस्|लिङ्क|लिंक|बटन|यहाँ|तल"),
    "th": dict(
        action="ยืนยัน|เปิดใช้งาน|เปิดใช้|เข้าสู่ระบบ|ล็อกอิน|ลงชื่อเข้าใช้|รหัสผ่าน|รีเซ็ต|"
               "ตั้งรหัสผ่าน|ยอมรับคำเชิญ|รับคำเชิญ|เข้าร่วม|ดำเนินการต่อ|"
               "ลงทะเบียนให้เสร็จ|ใช่ ฉันเอง|นี่คือฉัน|อนุญาต|อนุมัติ",
        deny="ไม่ใช่|ปฏิเสธ|บล็อก|ระงับ|ป้องกันบัญชี|รักษาความปลอดภัยบัญชี",
        skip="ยกเลิกการสมัคร|ยกเลิกการรับ|การตั้งค่าการแจ้งเตือน|ตั้งค่าอีเมล|"
             "ความเป็นส่วนตัว|ข้อกำหนด|เงื่อนไข|ดูในเบราว์เซอร์|รายงาน",
        status="ติดตามพัสดุ|ติดตามคำสั่งซื้อ|ติดตามการจัดส่ง|สถานะคำสั่งซื้อ|ดูคำสั่งซื้อ|"
               "ใบแจ้งหนี้|ใบเสร็จ|การจอง|อ่านต่อ|อ่านเพิ่มเติม|ขอบคุณสำหรับคำสั่งซื้อ|"
               "ชำระเงินสำเร็จ|ยืนยันการชำระเงินแล้ว",
        help="ช่วยเหลือ|ศูนย์ช่วยเหลือ|ติดต่อเรา|ฝ่ายบริการลูกค้า",
        pointer="คลิก|กดที่|กดปุ่ม|คัดลอก|ลิงก์|ลิงค์|ปุ่ม|ที่นี่|ด้านล่าง"),
    "lo": dict(
        action="ຢືນຢັນ|ເປີດໃຊ້|ເຂົ້າສູ່ລະບົບ|ລະຫັດຜ່ານ|ຕັ້ງຄ່າໃໝ່|ຍອມຮັບ|ເຂົ້າຮ່ວມ|ສືບຕໍ່|"
               "ລົງທະບຽນໃຫ້ສຳເລັດ|ແມ່ນຂ້ອຍເອງ|ອະນຸຍາດ|ອະນຸມັດ",
        deny="ບໍ່ແມ່ນຂ້ອຍ|ປະຕິເສດ|ບລັອກ|ປົກປ້ອງບັນຊີ",
        skip="ຍົກເລີກການສະໝັກ|ຍົກເລີກການຮັບ|ຄວາມເປັນສ່ວນຕົວ|ເງື່ອນໄຂ|ເບິ່ງໃນບຣາວເຊີ|ລາຍງານ",
        status="ຕິດຕາມພັດສະດຸ|ຕິດຕາມຄຳສັ່ງຊື້|ສະຖານະຄຳສັ່ງຊື້|ໃບແຈ້ງໜີ້|ໃບຮັບເງິນ|ການຈອງ|"
               "ອ່ານຕໍ່|ຂອບໃຈສຳລັບຄຳສັ່ງຊື້|ການຊຳລະເງິນສຳເລັດ",
        help="ຊ່ວຍເຫຼືອ|ຕິດຕໍ່ພວກເຮົາ",
        pointer="ຄລິກ|ກົດ|ສຳເນົາ|ລິ້ງ|ລິ້ງກ໌|ປຸ່ມ|ທີ່ນີ້|ຂ້າງລຸ່ມ"),
    "km": dict(
        action="បញ្ជាក់|ផ្ទៀងផ្ទាត់|ធ្វើឱ្យសកម្ម|សកម្ម|ចូលគណនី|ចូលប្រើ|ពាក្យសម្ងាត់|កំណត់ឡើងវិញ|"
               "ទទួលយក|ចូលរួម|បន្តទៅ|ចុចបន្ត|បញ្ចប់ការចុះឈ្មោះ|គឺខ្ញុំ|អនុញ្ញាត|យល់ព្រម",
        deny="មិនមែនខ្ញុំ|បដិសេធ|ទប់ស្កាត់|ការពារគណនី",
        skip="ឈប់ជាវ|បោះបង់ការជាវ|ចំណូលចិត្ត|ឯកជនភាព|លក្ខខណ្ឌ|មើលក្នុងកម្មវិធីរុករក|រាយការណ៍",
        status="តាមដាន|ស្ថានភាពការបញ្ជាទិញ|មើលការបញ្ជាទិញ|វិក្កយបត្រ|បង្កាន់ដៃ|ការកក់|អានបន្ថែម|"
               "សូមអរគុណសម្រាប់ការបញ្ជាទិញ|ការទូទាត់បានបញ្ជាក់",
        help="ជំនួយ|ទាក់ទងមកយើង",
        pointer="ចុច|ចម្លង|តំណ|ប៊ូតុង|ទីនេះ|ខាងក្រោម"),
    "my": dict(
        action="အတည်ပြု|အကောင့်ဖွင့်|အသက်သွင်း|ဝင်ရောက်|လော့ဂ်အင်|စကားဝှက်|"
               "ပြန်လည်သတ်မှတ်|ဖိတ်ကြားချက်ကို လက်ခံ|ပူးပေါင်း|ဆက်လုပ်|မှတ်ပုံတင်ခြင်းကို အပြီးသတ်|"
               "ကျွန်ုပ်ဖြစ်သည်|ခွင့်ပြု",
        deny="ကျွန်ုပ်မဟုတ်ပါ|ငြင်းပယ်|ပိတ်ဆို့|အကောင့်ကို လုံခြုံ",
        skip="စာရင်းမှ ထွက်|စာရင်းသွင်းမှု ပယ်ဖျက်|ကိုယ်ရေးကိုယ်တာ|စည်းကမ်းချက်|"
             "ဘရောက်ဇာတွင် ကြည့်|တိုင်ကြား",
        status="ခြေရာခံ|အော်ဒါအခြေအနေ|ပြေစာ|ငွေတောင်းခံလွှာ|ဘိုကင်|ဆက်ဖတ်ရန်|"
               "မှာယူမှုအတွက် ကျေးဇူးတင်ပါသည်|ငွေပေးချေမှု အတည်ပြုပြီး",
        help="အကူအညီ|ဆက်သွယ်ရန်",
        pointer="နှိပ်|ကူးယူ|လင့်ခ်|လင့်|ခလုတ်|ဤနေရာ|အောက်ပါ"),
    "vi": dict(
        action="xác nhận|xác minh|xác thực|kích hoạt|đăng nhập|đặt lại|mật khẩu|chấp nhận|"
               "tham gia|tiếp tục|hoàn tất đăng ký|hoàn thành đăng ký|là tôi|đúng là tôi|"
               "cho phép|phê duyệt|mời bạn|lời mời",
        deny="không phải tôi|từ chối|chặn|khóa tài khoản|khoá tài khoản|bảo vệ tài khoản",
        skip="hủy đăng ký|huỷ đăng ký|hủy nhận|ngừng nhận|tùy chọn email|cài đặt thông báo|"
             "quyền riêng tư|chính sách bảo mật|điều khoản|xem trên trình duyệt|"
             "xem trong trình duyệt|báo cáo",
        status="theo dõi đơn hàng|theo dõi|trạng thái đơn hàng|xem đơn hàng|chi tiết đơn hàng|"
               "hóa đơn|hoá đơn|biên lai|đặt chỗ|đặt phòng|đọc thêm|"
               "cảm ơn bạn đã (?:đặt hàng|mua hàng)|thanh toán (?:đã được xác nhận|thành công)",
        help="trợ giúp|hỗ trợ|trung tâm trợ giúp|liên hệ|chăm sóc khách hàng",
        pointer="nhấp|nhấn|bấm|sao chép|liên kết|đường dẫn|nút|tại đây|bên dưới|dưới đây"),
    "id": dict(
        action="konfirmasi|verifikasi|aktifkan|mengaktifkan|mengonfirmasi|memverifikasi|aktivasi|"
               "masuk(?!\\w)|login|atur ulang|"
               "kata sandi|reset|terima undangan|bergabung|gabung|lanjutkan|"
               "selesaikan pendaftaran|selesaikan registrasi|ini saya|ya, ini saya|izinkan|"
               "setujui|mengundang|diundang|undangan",
        deny="bukan saya|ini bukan saya|tolak|blokir|amankan akun",
        skip="berhenti berlangganan|henti langganan|batalkan langganan|preferensi|"
             "pengaturan notifikasi|privasi|kebijakan privasi|syarat dan ketentuan|"
             "lihat di browser|lihat versi web|laporkan",
        status="lacak|status pesanan|lihat pesanan|detail pesanan|faktur|tagihan|kuitansi|"
               "struk(?!\\w)|reservasi|pemesanan|baca selengkapnya|terima kasih atas pesanan|"
               "terima kasih telah berbelanja|pembayaran (?:telah )?(?:dikonfirmasi|berhasil|diterima)",
        help="bantuan|pusat bantuan|hubungi kami|layanan pelanggan|dukungan",
        pointer="klik|ketuk|tekan|salin|tautan|tombol|di sini|di bawah|berikut"),
    "ms": dict(
        action="sahkan|pengesahan|aktifkan|mengaktifkan|mengesahkan|log masuk|daftar masuk|"
               "kata laluan|tetapkan semula|"
               "set semula|terima jemputan|sertai|teruskan|lengkapkan pendaftaran|ini saya|"
               "ya, ini saya|benarkan|luluskan|menjemput|dijemput|jemputan|menyertai",
        deny="bukan saya|tolak|sekat|lindungi akaun|amankan akaun",
        skip="berhenti melanggan|nyahlanggan|batal langganan|keutamaan|tetapan pemberitahuan|"
             "privasi|dasar privasi|terma(?!\\w)|lihat dalam pelayar|laporkan",
        status="jejak|status pesanan|lihat pesanan|invois|resit|tempahan|baca lagi|"
               "terima kasih atas pesanan|pembayaran (?:telah )?(?:disahkan|berjaya)",
        help="bantuan|pusat bantuan|hubungi kami|khidmat pelanggan|sokongan",
        pointer="klik|ketik|tekan|salin|pautan|butang|di sini|di bawah|berikut"),
    "tl": dict(
        action="kumpirm|i-verify|beripikahin|i-activate|paganahin|mag-log in|mag-login|"
               "mag-sign in|pumasok|i-reset|tanggapin|sumali|magpatuloy|ituloy|"
               "kumpletuhin ang pagpaparehistro|ako iyon|oo, ako iyon|ako ito|payagan|"
               "aprubahan",
        deny="hindi ako iyon|hindi ako ito|hindi ako|tanggihan|i-block|harangan|"
             "i-secure ang account",
        skip="mag-unsubscribe|huwag nang makatanggap|mga kagustuhan|mga tuntunin|"
             "tingnan sa browser|iulat",
        status="subaybayan|i-track|katayuan ng order|tingnan ang order|resibo|magbasa pa|"
               "salamat sa iyong (?:order|pagbili)|nakumpirma ang bayad",
        help="tulong|makipag-ugnayan|suporta",
        pointer="i-click|i-tap|pindutin|kopyahin|link|buton|sa ibaba|dito(?!\\w)"),
    "zh-Hans": dict(
        action="确认|验证|激活|启用|登录|登入|重置|重新设置|设置密码|找回密码|密码|接受邀请|"
               "加入团队|立即加入|加入工作区|加入会议|继续注册|完成注册|是我本人|允许|授权|批准|邀请",
        deny="不是我|非本人|拒绝|阻止|屏蔽|冻结账户|保护账户|锁定账户",
        skip="退订|取消订阅|订阅设置|偏好设置|通知设置|隐私|条款|服务协议|在浏览器中查看|网页版|"
             "举报",
        status="跟踪|追踪|查看订单|订单状态|订单详情|物流|快递|运单|发票|收据|预订|阅读更多|"
               "阅读全文|感谢您的订购|感谢您的购买|付款已确认|支付成功|订单已确认|继续购物",
        help="帮助中心|帮助|客服|联系我们|技术支持|常见问题",
        pointer="点击|单击|复制|链接|按钮|此处|这里|下方|以下"),
    "zh-Hant": dict(
        action="確認|驗證|認證|啟用|啟動|登入|登錄|重設|重置|密碼|接受邀請|加入團隊|立即加入|"
               "完成註冊|是我本人|允許|授權|核准|批准|邀請",
        deny="不是我|非本人|拒絕|封鎖|阻止|保護帳戶|鎖定帳戶",
        skip="取消訂閱|退訂|偏好設定|通知設定|隱私|條款|在瀏覽器中檢視|網頁版|檢舉",
        status="追蹤|查看訂單|訂單狀態|訂單詳情|配送進度|物流|發票|收據|預訂|閱讀更多|感謝您的訂購|"
               "感謝您的購買|付款已確認|訂單已確認|繼續購物",
        help="幫助中心|說明中心|幫助|客服|聯絡我們|聯繫我們|常見問題",
        pointer="點擊|點選|複製|連結|按鈕|此處|這裡|下方|以下"),
    "ja": dict(
        action="確認|認証|有効化|アクティベート|ログイン|サインイン|本人確認|再設定|リセット|"
               "パスワード|招待を承認|招待を受け入れる|参加する|に参加|承認する|許可する|"
               "続ける|次へ|登録を完了|本登録|私です|はい、私です|招待",
        deny="私ではありません|私ではない|本人ではない|心当たりがない|拒否|ブロック|"
             "アカウントを保護|アカウントをロック",
        skip="配信停止|配信解除|購読解除|登録解除|配信設定|通知設定|プライバシー|"
             "個人情報保護方針|利用規約|ブラウザで表示|ウェブ版|通報",
        status="注文履歴を見る|ご注文内容|注文内容|注文状況|配送状況|配達状況|お荷物|追跡|請求書|"
               "領収書|予約|続きを読む|ご注文ありがとう|お支払いが確認され|お支払いを確認し|"
               "決済が完了|ご購入ありがとう|ショッピングを続ける",
        help="ヘルプ|お問い合わせ|サポート|よくある質問",
        pointer="クリック|タップ|コピー|リンク|こちら|以下|下記"),
    "ko": dict(
        action="확인|인증|활성화|로그인|재설정|비밀번호|초대 수락|수락|참여하기|가입 완료|"
               "계속하기|본인입니다|예, 본인입니다|허용|승인하기|초대",
        deny="본인이 아닙니다|제가 아닙니다|본인 아님|거부|차단|계정 보호|계정 잠금",
        skip="수신 거부|수신거부|구독 취소|구독 해지|수신 설정|알림 설정|개인정보|이용약관|"
             "약관|브라우저에서 보기|웹에서 보기|신고",
        status="배송 조회|배송조회|주문 조회|주문 내역|주문 상세|영수증|청구서|예약|더 보기|"
               "자세히 보기|주문해 주셔서 감사합니다|구매해 주셔서 감사합니다|결제가 확인되었습니다|"
               "결제가 완료되었습니다|쇼핑 계속하기",
        help="도움말|고객센터|문의하기|지원",
        pointer="클릭|탭하|복사|링크|버튼|여기|아래"),
    "sw": dict(
        action="thibitisha|kuthibitisha|kuwasha akaunti|kuamilisha|hakiki|washa akaunti|amilisha|"
               "ingia(?!\\w)|nenosiri|neno la siri|"
               "weka upya|kubali|jiunge|endelea|kamilisha usajili|ni mimi|ndiyo, ni mimi|"
               "ruhusu|idhinisha|kuingia|kujiunga",
        deny="si mimi|haikuwa mimi|kataa|zuia|funga akaunti|linda akaunti",
        skip="jiondoe|acha kujisajili|ondoa usajili|mapendeleo|faragha|sheria na masharti|"
             "masharti|tazama kwenye kivinjari|ripoti",
        status="fuatilia|hali ya oda|tazama oda|ankara|risiti|uhifadhi|soma zaidi|"
               "asante kwa (?:oda yako|agizo lako)|malipo yamethibitishwa",
        help="msaada|usaidizi|wasiliana nasi",
        pointer="bofya|bonyeza|gusa|nakili|kiungo|kitufe|hapa chini|hapa(?!\\w)"),
    "am": dict(
        action="አረጋግጥ|ያረጋግጡ|ማረጋገጫ|አግብር|ማግበር|ለማግበር|ያግብሩ|ይግቡ|የይለፍ ቃል|ዳግም አስጀምር|"
               "ዳግም ያስጀምሩ|ተቀበል|ይቀበሉ|ይቀላቀሉ|ቀጥል|ይቀጥሉ|ምዝገባን ያጠናቅቁ|እኔ ነበርኩ|ፍቀድ|"
               "ያጽድቁ|ለመግባት|መግባት|ለማረጋገጥ|ማረጋገጥ|ለመቀላቀል|መቀላቀል",
        deny="እኔ አልነበርኩም|ውድቅ|አግድ|መለያዬን ጠብቅ",
        skip="ከደንበኝነት ምዝገባ ይውጡ|ምዝገባ ሰርዝ|ምርጫዎች|ግላዊነት|ውሎች|በአሳሽ ይመልከቱ|ሪፖርት",
        status="ይከታተሉ|የትዕዛዝ ሁኔታ|ደረሰኝ|ቦታ ማስያዝ|ተጨማሪ ያንብቡ|ስለ ትዕዛዝዎ እናመሰግናለን|ክፍያው ተረጋግጧል",
        help="እገዛ|ድጋፍ|ያግኙን",
        pointer="ይጫኑ|ይቅዱ|ሊንክ|አገናኝ|ቁልፍ|እዚህ|ከታች"),
    "ha": dict(
        action="tabbatar|tantance|kunna asusu|kunna(?!\\w)|shiga(?!\\w)|kalmar sirri|"
               "sake saita|karɓi|karbi|shiga cikin|ci gaba|kammala rajista|i, ni ne|"
               "ba da izini|amince",
        deny="ba ni ba ne|ba ni bane|ki amincewa|toshe|kare asusu",
        skip="cire rajista|daina karɓa|zaɓuɓɓuka|sirrin|sharuɗɗa|sharudda|duba a burauza|"
             "bayar da rahoto",
        status="bibiyar|matsayin oda|rasit|karanta ƙari|na gode da odar|an tabbatar da biyan kuɗi",
        help="taimako|tuntuɓe mu|tuntube mu",
        pointer="danna|latsa|kwafi|mahaɗi|mahadi|maɓalli|nan(?!\\w)|ƙasa"),
    "yo": dict(
        action="jẹ́rìísí|jẹrisi|jerisi|ṣe ìjẹ́rìísí|mu ṣiṣẹ|muu ṣiṣẹ|wọlé|wọle|wole|"
               "ọ̀rọ̀ aṣínà|ọrọ igbaniwọle|oro igbaniwole|tun ṣeto|darapọ|dárapọ̀|tẹsiwaju|"
               "tẹ̀síwájú|pari iforukọsilẹ|fọwọsi|gba laaye|gba ìpè|gba ipe",
        deny="kìí ṣe èmi|kii se emi|kì í ṣe èmi|dènà|dena|dáàbò bo",
        skip="yọ kuro|fagilee|ìpamọ́|ipamọ|awọn ofin|wo ninu aṣàwákiri|jabo",
        status="tọpinpin|ipo aṣẹ|risiti|iwe-owo|ka siwaju|o ṣeun fun aṣẹ rẹ|a ti jẹrisi isanwo",
        help="ìrànlọ́wọ́|iranlọwọ|iranlowo|kan si wa",
        pointer="tẹ ibi|tẹ bọtini|daakọ|ọna asopọ|ọ̀nà àsopọ̀|bọtini|níbí|nibi(?!\\w)|ni isalẹ"),
    "zu": dict(
        action="~qinisekis|~gunyaz|ngena ngemvume|ngena(?!\\w)|iphasiwedi|setha kabusha|"
               "setha futhi|yamukela|joyina|qhubeka|qedela ukubhalisa|bekungimi|"
               "yebo, bekungimi|vumela|ungene|ukungena|ujoyine|ukujoyina",
        deny="bekungeyimi|akusimi|yenqaba|nqaba|vimba|vikela i-akhawunti",
        skip="zikhiphe|phuma ohlwini|okuthandayo|ubumfihlo|imigomo|bheka kusiphequluli|bika(?!\\w)",
        status="landelela|isimo se-oda|irisidi|i-invoyisi|funda kabanzi|siyabonga nge-oda yakho|"
               "inkokhelo iqinisekisiwe",
        help="usizo|xhumana nathi",
        pointer="chofoza|cindezela|kopisha|isixhumanisi|inkinobho|lapha|ngezansi"),
    "af": dict(
        action="bevestig|verifieer|aktiveer|meld aan|teken in|wagwoord|herstel|stel terug|"
               "aanvaar|sluit aan|gaan voort|gaan verder|voltooi registrasie|"
               "voltooi jou registrasie|dit was ek|ja, dit was ek|laat toe|keur goed|aan te meld|"
               "aanmeld|aan te sluit|aansluit",
        deny="dit was nie ek nie|nie ek nie|weier|verwerp|blokkeer|beveilig my rekening",
        skip="uitteken|kanselleer intekening|teken uit|voorkeure|privaatheid|terme(?!\\w)|voorwaardes|"
             "bekyk in blaaier|rapporteer",
        status="volg (?:jou )?(?:pakkie|bestelling)|bestelstatus|bekyk bestelling|faktuur|"
               "kwitansie|bespreking|lees meer|dankie vir jou bestelling|betaling is bevestig",
        help="hulp|hulpsentrum|kontak ons|ondersteuning",
        pointer="klik|tik|druk|kopieer|skakel|knoppie|hieronder|hier(?!\\w)"),
    "ca": dict(
        action="confirma|confirmeu|verifica|verifiqueu|valida(?!\\w)|activa (?:el|la)|activeu|"
               "inicia la sessió|inicieu la sessió|inicia sessió|accedeix|accediu|"
               "entra(?!\\w)|restableix|restabliu|contrasenya|accepta(?!\\w)|accepteu|uneix-te|"
               "uniu-vos|continua|continueu|completa el registre|finalitza el registre|"
               "vaig ser jo|sí, vaig ser jo|aprova|aproveu|unir-te|unir-vos|unir-se",
        deny="no vaig ser jo|no he estat jo|rebutja|rebutjar|denega|bloqueja|bloquejar|"
             "protegeix el compte",
        skip="donar-se de baixa|dona't de baixa|cancel·la la subscripció|preferències|"
             "privadesa|termes|condicions|veure al navegador|versió web|denuncia",
        status="seguiment|segueix (?:la comanda|el paquet)|estat de la comanda|"
               "veure la comanda|factura|rebut|reserva|llegeix més|"
               "gràcies per la (?:teva|vostra) (?:comanda|compra)|el pagament s'ha confirmat",
        help="ajuda|centre d'ajuda|contacta'ns|contacteu-nos|suport|atenció al client",
        pointer="fes clic|feu clic|clica|premeu|prem(?!\\w)|copia|enllaç|botó|a continuació|aquí"),
    "eu": dict(
        action="berretsi|egiaztatu|aktibat|gaitu|saioa hasi|hasi saioa|sartu|pasahitz|"
               "berrezarri|onartu|elkartu|batu zaitez|jarraitu erregistroa|amaitu erregistroa|"
               "osatu erregistroa|ni izan naiz|bai, ni izan naiz|baimendu|saioa has|berrest|"
               "taldean sart",
        deny="ez naiz ni izan|ez nintzen ni|baztertu|ukatu|blokeatu|babestu kontua",
        skip="harpidetza kendu|harpidetza ezeztatu|baja eman|hobespenak|pribatutasun|"
             "baldintzak|ikusi nabigatzailean|salatu",
        status="eskaeraren jarraipena|jarraitu eskaera|eskaeraren egoera|ikusi eskaera|"
               "faktura|ordainagiri|erreserba|irakurri gehiago|eskerrik asko zure eskaerarengatik|"
               "ordainketa berretsi da",
        help="laguntza|jarri gurekin harremanetan|harremanetarako",
        pointer="egin klik|sakatu|kopiatu|esteka|estekan|botoia|behean|hemen"),
    "gl": dict(
        action="confirmar|confirma|verificar|verifica|activar|activa (?:a|o)|iniciar sesión|"
               "inicia sesión|acceder|accede|restablecer|contrasinal|aceptar|acepta(?!\\w)|"
               "únete|unirse|continuar|completar o rexistro|completa o rexistro|fun eu|"
               "si, fun eu|aprobar",
        deny="non fun eu|rexeitar|rexeita|denegar|bloquear|protexer a conta",
        skip="darse de baixa|dar de baixa|cancelar a subscrición|preferencias|privacidade|"
             "termos|condicións|ver no navegador|versión web|denunciar",
        status="seguimento|seguir o pedido|estado do pedido|ver o pedido|factura|recibo|"
               "reserva|ler máis|grazas pola túa compra|grazas polo teu pedido|"
               "o pagamento foi confirmado",
        help="axuda|centro de axuda|contacta connosco|contacte connosco|soporte",
        pointer="fai clic|preme|copia|ligazón|botón|abaixo|aquí"),
    "cy": dict(
        action="cadarnhau|cadarnhewch|gwirio|gwiriwch|actifadu|actifadwch|mewngofnodi|"
               "cyfrinair|ailosod|derbyn y gwahoddiad|derbyniwch|ymuno|ymunwch|parhau|parhewch|"
               "cwblhau cofrestru|cwblhewch eich cofrestriad|fi oedd e|fi oedd hi|"
               "ie, fi oedd|caniatáu|cymeradwyo|fewngofnodi|mewngofnod|gadarnhau|nghadarnhau",
        deny="nid fi oedd|nid fi(?!\\w)|gwrthod|rhwystro|blocio|diogelu fy nghyfrif",
        skip="dad-danysgrifio|dad-danysgrifiwch|dewisiadau|preifatrwydd|telerau|amodau|"
             "gweld yn y porwr|riportio",
        status="olrhain|statws yr archeb|gweld yr archeb|anfoneb|derbynneb|darllen mwy|"
               "diolch am eich archeb|mae'r taliad wedi'i gadarnhau",
        help="cymorth|cysylltu â ni|cysylltwch â ni",
        pointer="cliciwch|pwyswch|copïwch|dolen|botwm|isod|yma(?!\\w)"),
    "ga": dict(
        action="deimhnigh|dearbhaigh|fíoraigh|gníomhachtaigh|ghníomhacht|gníomhacht|logáil isteach|"
               "sínigh isteach|"
               "pasfhocal|focal faire|athshocraigh|glac leis an gcuireadh|glac le|"
               "bí páirteach|lean ar aghaidh|téigh ar aghaidh|críochnaigh an clárú|"
               "mise a bhí ann|is mise a bhí ann|ceadaigh|faomh|dheimhni|deimhni|dul isteach",
        deny="ní mise a bhí ann|ní mise|diúltaigh|cuir bac|cosain mo chuntas",
        skip="díliostáil|díchláraigh|roghanna|príobháideachas|téarmaí|coinníollacha|"
             "féach sa bhrabhsálaí|tuairiscigh",
        status="rianaigh|stádas an ordaithe|féach ar an ordú|sonrasc|admháil|áirithint|"
               "léigh tuilleadh|go raibh maith agat as d'ordú|deimhníodh an íocaíocht",
        help="cabhair|tacaíocht|déan teagmháil linn",
        pointer="cliceáil|brúigh|cóipeáil|nasc|cnaipe|thíos|anseo"),
    "mn": dict(
        action="баталгаажуул|батлах|идэвхжүүл|нэвтрэх|нэвтэрнэ үү|нууц үг|сэргээх|"
               "урилгыг хүлээн авах|хүлээн зөвшөөрөх|нэгдэх|нэгдээрэй|үргэлжлүүлэх|"
               "бүртгэлийг дуусгах|энэ би байсан|тийм, энэ би|зөвшөөрөх",
        deny="энэ би биш|би биш|татгалзах|хаах|блоклох|бүртгэлээ хамгаалах",
        skip="захиалгаас гарах|бүртгэлээс хасах|нууцлал|үйлчилгээний нөхцөл|нөхцөл|"
             "хөтөч дээр харах|мэдээлэх",
        status="хянах|захиалгын төлөв|захиалга харах|нэхэмжлэх|баримт|дэлгэрэнгүй унших|"
               "захиалга өгсөнд баярлалаа|төлбөр баталгаажлаа",
        help="тусламж|холбоо барих|дэмжлэг",
        pointer="дарна уу|дарах|хуулах|холбоос|товч|энд(?!\\w)|доорх"),
}
