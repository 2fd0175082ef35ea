### fairrecruit: the worker-facing web pages, Hindi (hi).
### Same ids and attributes as en/main.ftl; check with `python3 locales/check.py`.
### Address: आप with -एँ imperatives. Sentences are built so that verbs do not
### need a gender (Hindi "आप कर सकती/सकते हैं"); see locales/GLOSSARY.md.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = पैसे देने से पहले एजेंसी की जाँच करें। सुरक्षित तरीके से शिकायत करें।
page-title = { $page } — { -site-name }
skip-to-content = मुख्य सामग्री पर जाएँ
language-switcher = भाषा
    .button = बदलें
nav-label = मुख्य मेन्यू
nav-search = खोजें
nav-complain = शिकायत करें
nav-status = शिकायत की स्थिति देखें
nav-rights = आपके अधिकार
nav-stats = आँकड़े
footer-run-by = { -site-name } को { $operator } चलाता है।
footer-free = यह सेवा मुफ़्त है। इसके लिए कोई आपसे पैसे नहीं माँग सकता।
footer-privacy = हम आपका नाम कभी नहीं पूछते। आपकी खोज किसी को नहीं बताई जाती।
footer-open-source = { -site-name } ओपन-सोर्स सॉफ़्टवेयर है।
form-optional = (चाहें तो)
form-choose = चुनें…

## Language names: each language named in itself.
## These lines are identical in every locale file.

language-name-en = English
language-name-ne = नेपाली
language-name-bn = বাংলা
language-name-hi = हिन्दी
language-name-si = සිංහල
language-name-tl = Tagalog
language-name-id = Bahasa Indonesia
language-name-am = አማርኛ
language-name-sw = Kiswahili
language-name-ar = العربية

## Error pages

error-not-found-title = पेज नहीं मिला
error-not-found = हमें यह पेज नहीं मिला। हो सकता है लिंक पुराना हो या उसमें कोई गलती हो।
error-server-title = कुछ गड़बड़ हो गई
error-server = गलती हमारी तरफ़ से है, आपकी नहीं। कृपया कुछ मिनट बाद फिर से कोशिश करें।
error-rate-limit-title = बहुत ज़्यादा अनुरोध
error-rate-limit-why = यह सेवा सबके लिए चलती रहे, इसलिए एक व्यक्ति थोड़े समय में कितने पेज खोल सकता है, इसकी सीमा तय है।
error-rate-limit = कृपया { $minutes } मिनट बाद फिर से कोशिश करें।
error-go-home = खोज पर वापस जाएँ

## Search page (/)

search-title = एजेंसी की जाँच करें
search-intro = किसी को पैसे देने या किसी कागज़ पर दस्तख़त करने से पहले, यहाँ एजेंसी के बारे में देखें।
search-box = एजेंसी या मालिक को खोजें
    .placeholder = एजेंसी का नाम या लाइसेंस नंबर
search-box-help = नाम किसी भी स्पेलिंग में लिखें। लाइसेंस नंबर डैश (-) के साथ या बिना, दोनों तरह चलेगा।
search-button = खोजें
search-results-for = “{ $query }” के नतीजे
search-results-count = { $count ->
        [one] { $count } संस्था मिली
       *[other] { $count } संस्थाएँ मिलीं
    }
search-no-results = इस नाम या नंबर की कोई एजेंसी या मालिक नहीं मिला।
search-no-results-advice = स्पेलिंग जाँचें, नाम का सिर्फ़ कुछ हिस्सा लिखें, या लाइसेंस नंबर से खोजें। फिर भी न मिले, तो हो सकता है उस एजेंसी के पास लाइसेंस न हो। पक्का होने तक पैसे न दें और अपना पासपोर्ट न दें।
search-more-results = और नतीजे
search-filters = नतीजे छाँटें
filter-apply = लागू करें
filter-kind = प्रकार
filter-kind-any = सभी प्रकार
kind-agency = भर्ती एजेंसी
kind-sub-agent = सब-एजेंट (स्थानीय एजेंट या दलाल)
kind-employer = मालिक (नियोक्ता)
filter-licence-status = लाइसेंस
filter-licence-any = लाइसेंस की कोई भी स्थिति
licence-status-active = वैध
licence-status-pending = मंज़ूरी बाकी
licence-status-suspended = निलंबित
licence-status-revoked = रद्द
licence-status-expired = अवधि ख़त्म
licence-status-cancelled = बंद
filter-country = देश
filter-country-any = सभी देश
filter-sanctioned = सिर्फ़ वे दिखाएँ जिन पर अभी कार्रवाई लागू है

## Licence status in plain words (search results and profile)

licence-active = लाइसेंस { $date } तक वैध
licence-active-no-end = लाइसेंस वैध
licence-revoked = लाइसेंस रद्द — इस एजेंसी को पैसे न दें
licence-suspended = लाइसेंस { $date } से निलंबित — अभी इस एजेंसी को पैसे न दें
licence-expired = लाइसेंस की अवधि { $date } को ख़त्म हो गई
licence-cancelled = लाइसेंस बंद हो चुका है
licence-pending = लाइसेंस की मंज़ूरी बाकी — अभी भर्ती करने की इजाज़त नहीं
licence-none = लाइसेंस का कोई रिकॉर्ड नहीं — सावधान रहें

## Search result, one organization

result-also-known-as = दूसरे नाम: { $names }
result-sanctions-in-force = { $count ->
        [one] { $count } कार्रवाई लागू
       *[other] { $count } कार्रवाइयाँ लागू
    }
result-illegal-fees = { $workers ->
        [0] कामगारों से गैरकानूनी फ़ीस ली
        [one] { $workers } कामगार से गैरकानूनी फ़ीस ली
       *[other] { $workers } कामगारों से गैरकानूनी फ़ीस ली
    }
result-findings = { $count ->
        [one] निरीक्षकों का { $count } फ़ैसला
       *[other] निरीक्षकों के { $count } फ़ैसले
    }
result-view = पूरी जानकारी देखें

## Organization profile (/organizations/{id})

profile-who = ये कौन हैं
profile-kind = प्रकार
profile-country = देश
profile-registration-number = कंपनी रजिस्ट्रेशन नंबर
profile-address = पता
profile-website = वेबसाइट
profile-people = इसके मालिक और इसे चलाने वाले लोग
role-owner = मालिक
role-director = डायरेक्टर
role-manager = मैनेजर
profile-other-names = दूसरे नाम
alias-former = पुराना नाम
alias-trade = कारोबारी नाम
alias-transliteration = वही नाम, दूसरी स्पेलिंग
profile-no-other-names = कोई दूसरा नाम दर्ज नहीं है।
profile-licences = लाइसेंस
licence-number = लाइसेंस नंबर
licence-authority = जारी करने वाला विभाग
licence-valid-from = कब से वैध
licence-valid-until = कब तक वैध
profile-no-licences = लाइसेंस का कोई रिकॉर्ड नहीं है। बिना लाइसेंस वाली भर्ती एजेंसी को कामगारों की भर्ती करने की इजाज़त नहीं है।
profile-licence-history = लाइसेंस का इतिहास
history-date = तारीख़
history-status = स्थिति
history-reason = कारण
profile-findings = निरीक्षकों ने क्या पाया
profile-no-findings = निरीक्षकों ने इनके बारे में कोई फ़ैसला प्रकाशित नहीं किया है। इसका मतलब यह नहीं कि ये भरोसेमंद हैं: लाइसेंस भी हमेशा जाँचें।
finding-reference = फ़ैसला { $reference }
finding-published-on = { $date } को प्रकाशित
finding-violations = इन्होंने क्या गलत किया
finding-legal-basis = कौन-सा नियम तोड़ा
finding-severity = कितना गंभीर
severity-low = मामूली
severity-medium = गंभीर
severity-high = बहुत गंभीर
severity-critical = बेहद गंभीर
finding-sanctions = कार्रवाई
finding-appeal = अपील
appeal-none = कोई अपील नहीं
appeal-appealed = अपील की गई है — फ़ैसले का इंतज़ार
appeal-upheld = अपील ख़ारिज — फ़ैसला कायम है
appeal-overturned = अपील में फ़ैसला पलट गया — यह फ़ैसला अब लागू नहीं

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = कामगारों से उनकी अपनी भर्ती का खर्च लिया
violation-deception = काम, तनख़्वाह या कॉन्ट्रैक्ट के बारे में झूठ बोला
violation-document-retention = कामगारों के पासपोर्ट या कागज़ात अपने पास रखे
violation-wage-theft = तनख़्वाह नहीं दी, या कम दी
violation-excessive-hours = कामगारों से बहुत ज़्यादा घंटे या बिना छुट्टी के काम कराया
violation-restriction-of-movement = कामगारों को बाहर नहीं जाने दिया
violation-threats = कामगारों को धमकी दी
violation-physical-violence = कामगारों के साथ मारपीट
violation-sexual-violence = यौन हिंसा या यौन उत्पीड़न
violation-debt-bondage = कर्ज़ चुकाने के नाम पर कामगारों से जबरन काम कराया
violation-other = कोई और उल्लंघन

## Sanctions, keyed by sanction kind

sanction-warning = चेतावनी
sanction-fine = जुर्माना
sanction-suspension = लाइसेंस निलंबित
sanction-revocation = लाइसेंस रद्द
sanction-blacklisting = ब्लैकलिस्ट: भर्ती नहीं कर सकते
sanction-referral = मुकदमे के लिए भेजा गया
sanction-in-force = लागू है
sanction-until = { $date } तक
sanction-ended = ख़त्म

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = गैरकानूनी तरीके से ली गई फ़ीस और पैसे की वापसी
fee-table-type = फ़ीस
fee-table-per-worker = हर कामगार से लिया गया
fee-table-workers = कामगार
fee-table-refund-ordered = लौटाने का आदेश
fee-table-refund-paid = लौटाया गया
profile-no-fees = निरीक्षकों को कोई गैरकानूनी फ़ीस नहीं मिली।
fee-recruitment-fee = भर्ती फ़ीस
    .description = आपके लिए नौकरी ढूँढने या आपको किसी मालिक के यहाँ लगवाने की फ़ीस, सर्विस चार्ज या कमीशन।
fee-medical = मेडिकल जाँच
    .description = मेडिकल चेकअप, स्वास्थ्य प्रमाणपत्र और टीके।
fee-insurance = बीमा
    .description = जीवन, स्वास्थ्य या दुर्घटना बीमा, या प्रवासी कामगारों का कल्याण कोष।
fee-skills-test = हुनर और भाषा की परीक्षा
    .description = आपके हुनर, भाषा या योग्यता की परीक्षा, और उसके सर्टिफ़िकेट।
fee-training = ट्रेनिंग
    .description = जाने से पहले या पहुँचने के बाद की ट्रेनिंग और जानकारी देने वाली क्लास।
fee-equipment = औज़ार और वर्दी
    .description = काम के लिए ज़रूरी औज़ार, वर्दी और सुरक्षा का सामान।
fee-travel-lodging = सफ़र और ठहरना
    .description = जाने और घर लौटने का टिकट, आने-जाने का किराया, रास्ते में खाना और रहने की जगह।
fee-administrative = कागज़ात और परमिट
    .description = आवेदन, कागज़ात, पासपोर्ट, वीज़ा, पुलिस और बैकग्राउंड जाँच, एमिग्रेशन क्लियरेंस, बैंक फ़ीस, वर्क और रेज़िडेंस परमिट।
fee-illegitimate = रिश्वत और ज़मानत राशि
    .description = रिश्वत, कमीशन, बॉन्ड, ज़मानत राशि (डिपॉज़िट), और गैरकानूनी तरीके से आपसे लिया गया कोई भी पैसा।
fee-other = दूसरे खर्च
    .description = नौकरी पाने के लिए लिया गया कोई भी दूसरा खर्च।

## Accountability summary: the sentences that open a profile

summary-licence-pending = { $date } को लाइसेंस के लिए आवेदन किया गया।
summary-licence-active = { $date } से लाइसेंस वैध है।
summary-licence-suspended = { $date } को लाइसेंस निलंबित हुआ।
summary-licence-revoked = { $date } को लाइसेंस रद्द हुआ।
summary-licence-expired = { $date } को लाइसेंस की अवधि ख़त्म हुई।
summary-licence-cancelled = { $date } को लाइसेंस बंद हुआ।
summary-licence-finding = यह फ़ैसले { $reference } के बाद हुआ।
summary-findings = { $count ->
        [0] निरीक्षकों ने इनके बारे में कोई फ़ैसला प्रकाशित नहीं किया है।
        [one] निरीक्षकों ने इनके ख़िलाफ़ { $count } फ़ैसला प्रकाशित किया है।
       *[other] निरीक्षकों ने इनके ख़िलाफ़ { $count } फ़ैसले प्रकाशित किए हैं।
    }
summary-fees-charged = { $workers ->
        [0] कामगारों को कुल { $amount } की गैरकानूनी फ़ीस देनी पड़ी।
        [one] { $workers } कामगार को { $amount } की गैरकानूनी फ़ीस देनी पड़ी।
       *[other] { $workers } कामगारों को कुल { $amount } की गैरकानूनी फ़ीस देनी पड़ी।
    }
summary-refund-none-ordered = पैसे लौटाने का कोई आदेश नहीं दिया गया है।
summary-refund-ordered = निरीक्षकों ने { $amount } लौटाने का आदेश दिया।
summary-refund-paid = { $amount } लौटा दिए गए हैं।
summary-refund-paid-all = { $amount } लौटा दिए गए हैं। अब कुछ भी बाकी नहीं है।
summary-refund-paid-none = अभी तक कुछ नहीं लौटाया गया है। कामगारों के { $amount } अभी बाकी हैं।
summary-refund-paid-part = अभी तक { $refunded } लौटाए गए हैं। कामगारों के { $outstanding } अभी बाकी हैं।
summary-sanctions-none = अभी कोई कार्रवाई लागू नहीं है।
summary-sanctions-in-force = अभी लागू कार्रवाई:
summary-complaints = { $count ->
        [0] कोई शिकायत नहीं मिली है।
        [one] { $count } शिकायत मिली है।
       *[other] { $count } शिकायतें मिली हैं।
    }
summary-complaints-open = { $count ->
        [0] सभी शिकायतों पर काम पूरा हो चुका है।
       *[other] इनमें से { $count } पर अभी काम चल रहा है।
    }
summary-complaints-note = शिकायत अपने-आप में सबूत नहीं है। सिर्फ़ निरीक्षकों के प्रकाशित फ़ैसले सबूत हैं।

## Profile: linked people, provenance, next steps

profile-linked = प्रतिबंधित एजेंसियों के साथ साझा व्यक्ति और संपर्क
profile-linked-intro = यह संस्था नीचे दी गई संस्थाओं के साथ मालिक, निदेशक या मैनेजर, पता, फ़ोन या ईमेल साझा करती है। हर जोड़ी में एक का लाइसेंस रद्द या निलंबित हुआ है, या उस पर प्रतिबंध लगा है: प्रतिबंधित एजेंसी कभी-कभी नए नाम से फिर खुल जाती है।
linked-also-at = इनसे भी जुड़े:
network-possible = वही नाम, शायद कोई और व्यक्ति
network-person = { $role } { $name }
network-address = पता { $value }
network-telephone = फ़ोन { $value }
network-email = ईमेल { $value }
source-label = स्रोत:
source-as-of = { $date } तक की जानकारी
profile-next-steps = आगे क्या करें
next-steps-dont-pay = नौकरी पाने के लिए कोई फ़ीस न दें। भर्ती का सारा खर्च मालिक को देना चाहिए।
next-steps-passport = अपना पासपोर्ट और कागज़ात अपने पास रखें। किसी को न सौंपें।
next-steps-contract = जाने से पहले अपनी भाषा में लिखा कॉन्ट्रैक्ट माँगें, और उसकी एक कॉपी अपने पास रखें।
next-steps-complain = अगर इन्होंने आपसे पैसे माँगे, आपके कागज़ात ले लिए या आपसे झूठ बोला, तो शिकायत करें। अपना नाम देना ज़रूरी नहीं है।
next-steps-complain-link = इनकी शिकायत करें
next-steps-help = मदद के लिए अपने देश के दूतावास या कॉन्सुलेट, श्रम विभाग, या प्रवासी कामगारों की हेल्पलाइन से संपर्क करें।
next-steps-rights-link = अपने अधिकारों के बारे में पढ़ें

## Complaint form (/complain)

complain-title = शिकायत करें
complain-intro = हमें बताएँ कि क्या हुआ। यह मुफ़्त और सुरक्षित है।
complain-anonymous-title = अपना नाम देना ज़रूरी नहीं है
complain-anonymous = आपकी शिकायत गुमनाम रहती है। हम आपका नाम नहीं पूछते। फ़ोन नंबर या ईमेल सिर्फ़ तभी दें जब आपको जवाब चाहिए।
complain-who-sees = आपकी शिकायत सिर्फ़ संबंधित देश के श्रम निरीक्षक पढ़ सकते हैं।
complain-agency-never-sees = एजेंसी और मालिक को आपका नाम कभी नहीं बताया जाता, और आपने जो लिखा है वह उन्हें कभी नहीं दिखाया जाता।
complain-what-next = शिकायत भेजने पर आपको एक रसीद कोड मिलेगा। निरीक्षक आपकी शिकायत पढ़कर तय करेंगे कि क्या करना है। इस कोड से पता चलता रहेगा कि आपकी शिकायत पर क्या हो रहा है।
complain-danger = अगर आप अभी ख़तरे में हैं, तो पुलिस या अपने दूतावास को फ़ोन करें।
complain-organization = कौन-सी एजेंसी या मालिक?
    .help = उसका नाम या लाइसेंस नंबर लिखें। अगर हमें न मिले, तो उसका नाम और देश लिखें।
complain-organization-name = एजेंसी या मालिक का नाम
complain-organization-country = उसका देश
complain-categories = क्या हुआ?
    .help = जो-जो बातें हुईं, सब चुनें।
complain-narrative = हमें बताएँ कि क्या हुआ
    .help = अपने शब्दों में, किसी भी भाषा में लिखें। तारीख़, जगह और इसमें शामिल लोगों के नाम से निरीक्षक को मदद मिलती है। नाम छिपाना है, तो अपना नाम न लिखें।
complain-where = यह कहाँ हुआ?
    .help = देश या देशों को चुनें।
complain-contact = निरीक्षक आपसे कैसे संपर्क करें?
    .help = फ़ोन, WhatsApp या ईमेल, सिर्फ़ तभी जब आपको जवाब चाहिए। पूरी तरह गुमनाम रहने के लिए इसे खाली छोड़ दें।
complain-about-you = आपके बारे में
    .help = इन जवाबों से हम गिन पाते हैं कि किस देश में और किस काम में कितने लोगों के साथ गलत हुआ। ये आपकी शिकायत के साथ कभी नहीं दिखाए जाते। इन्हें भरना ज़रूरी नहीं है।
complain-sex = लिंग
complain-age = आपकी उम्र
complain-nationality = आपकी राष्ट्रीयता
complain-sector = आपका काम
complain-submit = मेरी शिकायत भेजें

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = यह नौकरी पाने के लिए मैंने फ़ीस दी
category-deception = काम या तनख़्वाह वैसी नहीं थी जैसा वादा किया था
category-document-retention = उन्होंने मेरा पासपोर्ट या कागज़ात ले लिए
category-wage-theft = मुझे तनख़्वाह नहीं मिली, या कम मिली
category-excessive-hours = मुझसे बहुत ज़्यादा घंटे काम कराया जाता है, या छुट्टी नहीं मिलती
category-restriction-of-movement = मुझे बाहर जाने नहीं दिया जाता
category-threats = वे मुझे धमकी देते हैं (जैसे पुलिस के हवाले करने या घर वापस भेजने की)
category-physical-violence = उन्होंने मुझे मारा या चोट पहुँचाई
category-sexual-violence = यौन शोषण या छेड़छाड़
category-debt-bondage = कर्ज़ चुकाने के लिए मुझे काम करना पड़ता है
category-other = कुछ और

## About you: optional answers, keyed by wire name

sex-female = महिला
sex-male = पुरुष
sex-other = अन्य
sex-undisclosed = नहीं बताना
age-under-18 = 18 साल से कम
age-18-24 = 18 से 24 साल
age-25-34 = 25 से 34 साल
age-35-44 = 35 से 44 साल
age-45-54 = 45 से 54 साल
age-55-plus = 55 साल या उससे ज़्यादा
sector-domestic-work = घरेलू काम (घर का काम, खाना बनाना, बच्चों की देखभाल)
sector-care = देखभाल का काम (बुज़ुर्गों, बीमारों या विकलांग लोगों की)
sector-agriculture = खेती का काम
sector-construction = निर्माण का काम
sector-manufacturing = फ़ैक्टरी का काम
sector-hospitality = होटल और रेस्टोरेंट
sector-fishing = मछली पकड़ने का काम
sector-cleaning = दफ़्तरों और इमारतों की सफ़ाई
sector-security = सिक्योरिटी गार्ड
sector-transport = ड्राइविंग और डिलीवरी
sector-other = कोई और काम

## Complaint form: problems to fix

error-form-summary = कृपया अपनी शिकायत जाँचें: कुछ ठीक करना बाकी है।
error-required = कृपया इसे भरें।
error-too-long = यह बहुत लंबा है। ज़्यादा से ज़्यादा { $max } अक्षर लिखें।
error-choose-category = कृपया कम से कम एक बात चुनें जो आपके साथ हुई।
error-organization-not-found = यह एजेंसी या मालिक नहीं मिला। नाम जाँचें, या उसकी जगह उसका नाम और देश लिखें।

## Complaint received (the page after sending)

complaint-received-title = आपकी शिकायत मिल गई है
complaint-received-thanks = हमें बताने के लिए शुक्रिया।
receipt-code-label = आपका रसीद कोड
receipt-code-keep = यह कोड लिख लें या इसकी फ़ोटो ले लें। अपनी शिकायत देखने का यही एक तरीका है। इस कोड के बिना हम आपकी शिकायत नहीं ढूँढ सकते।
receipt-code-how-to-check = अपनी शिकायत देखने के लिए “शिकायत की स्थिति देखें” खोलें और यह कोड लिखें।
receipt-code-private = यह कोड किसी को न दिखाएँ। जिसके पास यह कोड हो, वह आपकी शिकायत की स्थिति देख सकता है, लेकिन आपने जो लिखा है वह नहीं।
complaint-received-next = निरीक्षक जल्द ही आपकी शिकायत पढ़ेंगे। एजेंसी और मालिक को नहीं बताया जाता कि आप कौन हैं।

## Check a complaint (/complaints/status)

status-title = शिकायत की स्थिति देखें
status-intro = शिकायत भेजते समय मिला रसीद कोड लिखें।
status-code = रसीद कोड
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = 14 अक्षर और अंक। डैश और खाली जगह से कोई फ़र्क नहीं पड़ता।
status-button = देखें
status-code-wrong-length = रसीद कोड में 14 अक्षर और अंक होते हैं, जैसे ABCD-EFGH-JKMN-PQ।
status-code-bad-symbol = रसीद कोड में सिर्फ़ वही अक्षर और अंक होते हैं जो उस पर छपे हैं।
status-code-typo = यह कोड लिखने में गलती हुई है। हर अक्षर और अंक जाँचें और फिर से कोशिश करें।
status-code-unknown = इस कोड की कोई शिकायत हमारे पास नहीं है। जाँचें कि कोड सही लिखा है। अगर कोड खो गया है, तो नई शिकायत भेजी जा सकती है।
status-current = आपकी शिकायत:
status-last-change = पिछला बदलाव: { $date }
status-not-told = एजेंसी और मालिक को नहीं बताया जाता कि आप कौन हैं। अपना कोड सँभालकर रखें।

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = मिल गई
    .next = निरीक्षक जल्द ही इसे पढ़ेंगे।
complaint-status-under-review = पढ़ी जा रही है
    .next = निरीक्षक इसे पढ़ रहे हैं और तय करेंगे कि क्या करना है।
complaint-status-investigating = जाँच चल रही है
    .next = निरीक्षक इसकी जाँच कर रहे हैं। अगर आपने फ़ोन नंबर या ईमेल दिया है, तो वे आपसे संपर्क कर सकते हैं।
complaint-status-substantiated = निरीक्षक ने सही पाया
    .next = सबूतों से आपकी शिकायत सही साबित होती है, इसलिए एजेंसी या मालिक पर कार्रवाई हो सकती है।
complaint-status-unsubstantiated = बंद: साबित नहीं हुई
    .next = मिले सबूतों से निरीक्षक इसे साबित नहीं कर पाए। अगर आपके पास और जानकारी है, तो नई शिकायत भेजी जा सकती है।
complaint-status-referred = दूसरे विभाग को भेजी गई
    .next = इसे ऐसे विभाग को भेजा गया है जो इस पर कार्रवाई कर सकता है, जैसे पुलिस, श्रम अदालत या दूतावास।
complaint-status-withdrawn = बंद: वापस ली गई
    .next = शिकायत वापस ले ली गई है। इस पर अब आगे कुछ नहीं होगा।

## Your rights (/rights)

rights-title = आपके अधिकार
rights-intro = ये नियम अंतरराष्ट्रीय श्रम संगठन (ILO) के हैं। सरकारों, मालिकों और कामगारों ने मिलकर इन पर सहमति दी है। जाने से पहले इन्हें जान लें।
rights-never-pay-title = नौकरी पाने के लिए आपसे कभी पैसे नहीं लिए जाने चाहिए
rights-never-pay = भर्ती की सारी फ़ीस और खर्च मालिक देता है, आप नहीं। इनमें से किसी के लिए भी आपसे पैसे नहीं लिए जाने चाहिए:
rights-already-paid = अगर पैसे दे दिए हैं, तो हर रसीद, मैसेज और फ़ोटो सबूत के तौर पर सँभालकर रखें। शिकायत की जा सकती है, और पैसे वापस भी मिल सकते हैं।
rights-passport-title = आपका पासपोर्ट आपका है
rights-passport = कोई भी एजेंसी या मालिक आपका पासपोर्ट, पहचान पत्र या दूसरे कागज़ात अपने पास नहीं रख सकता। इन्हें अपने पास रखना आपका अधिकार है। इनकी फ़ोटो या कॉपी किसी सुरक्षित जगह पर रखें।
rights-contract-title = ऐसा लिखित कॉन्ट्रैक्ट जो आपको समझ आए
rights-contract = जाने से पहले आपको ऐसी भाषा में लिखा कॉन्ट्रैक्ट मिलना चाहिए जो आपको समझ आती हो। उसमें आपका काम, तनख़्वाह, काम के घंटे और छुट्टी के दिन लिखे होने चाहिए। उसकी एक कॉपी रखें। वहाँ पहुँचने के बाद कोई उसे बदलकर आपको उससे बुरा कॉन्ट्रैक्ट नहीं दे सकता।
rights-change-mind-title = मन बदलने का हक़ आपका है
rights-change-mind = न जाने का फ़ैसला लेना आपका हक़ है, भले ही सब कुछ शुरू हो चुका हो। आपको भेजने के लिए कोई आप पर ज़बरदस्ती नहीं कर सकता, धमकी नहीं दे सकता, या आपके कागज़ात नहीं रख सकता।
rights-help-title = मदद कहाँ मिलेगी
rights-help-embassy = जिस देश में आपका काम है, वहाँ आपके देश का दूतावास या कॉन्सुलेट।
rights-help-labour = श्रम निरीक्षण दफ़्तर या श्रम मंत्रालय।
rights-help-hotline = प्रवासी कामगारों की मदद करने वाली हेल्पलाइन या संस्था।
rights-help-police = अगर आप ख़तरे में हैं, तो पुलिस को फ़ोन करें।
rights-help-complain = यहाँ बिना नाम बताए शिकायत भी की जा सकती है।
rights-source = स्रोत: ILO के निष्पक्ष भर्ती के सामान्य सिद्धांत और संचालन दिशानिर्देश, और भर्ती फ़ीस व संबंधित खर्चों की परिभाषा (2019)।

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = आधिकारिक रजिस्टर
listing-line = { $register } में सूचीबद्ध
listing-line-closed = { $register } में अब सूचीबद्ध नहीं — सावधान रहें
listing-status-listed = सूचीबद्ध
listing-status-expired = अब सूचीबद्ध नहीं: अवधि समाप्त
listing-status-cancelled = अब सूचीबद्ध नहीं: रद्द
listing-since = लाइसेंस कब से
listing-offices = कार्यालय
listing-source = स्रोत

## Statistics (/stats): counts of complaints and findings, small numbers hidden

stats-title = शिकायतें और निष्कर्ष, अंकों में
stats-intro = कामगारों ने कितनी शिकायतें कीं, और निरीक्षकों ने क्या पाया। ये अंक कभी नहीं दिखाते कि शिकायत किसने की।
stats-complaints-total = मिली शिकायतें: { $count }
stats-findings-total = प्रकाशित निष्कर्ष: { $count }
stats-complaints-heading = समस्या और लिंग के अनुसार शिकायतें
stats-counting = एक शिकायत में एक से ज़्यादा समस्याएँ हो सकती हैं। हर समस्या के लिए उसे एक बार गिना जाता है, इसलिए पंक्तियों का जोड़ शिकायतों की संख्या से ज़्यादा होता है।
stats-column-problem = समस्या
stats-column-total = सभी
stats-sex-undisclosed = बताना नहीं चाहा
stats-not-given = नहीं बताया गया
stats-chart-title = समस्या के अनुसार शिकायतें
stats-chart-description = हर समस्या के लिए एक पट्टी। पट्टी जितनी लंबी, शिकायतें उतनी ज़्यादा।
stats-findings-heading = निरीक्षकों को मिली गैरकानूनी फ़ीस, फ़ीस के प्रकार के अनुसार
stats-column-findings = निष्कर्ष
stats-column-charged = कामगारों से लिया गया
stats-hidden = छिपाया गया
stats-legend = { $marker } छिपाया गया: { $min } से कम शिकायतें या निष्कर्ष, या इसलिए छिपाया गया ताकि दूसरे अंकों से छिपा अंक निकाला न जा सके।
stats-data = शोधकर्ता ये और दूसरी तालिकाएँ मुफ़्त में डाउनलोड कर सकते हैं:
