### fairrecruit: the worker-facing web pages, Nepali (ne).
### Same ids and attributes as en/main.ftl; check with `python3 locales/check.py`.
### Address: तपाईं with -नुहोस् forms. Terms: see locales/GLOSSARY.md.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = पैसा तिर्नुअघि म्यानपावर जाँच्नुहोस्। सुरक्षित रूपमा उजुरी गर्नुहोस्।
page-title = { $page } — { -site-name }
skip-to-content = मुख्य भागमा जानुहोस्
language-switcher = भाषा
    .button = बदल्नुहोस्
nav-label = मुख्य मेनु
nav-search = खोज्नुहोस्
nav-complain = उजुरी गर्नुहोस्
nav-status = उजुरी कहाँ पुग्यो हेर्नुहोस्
nav-rights = तपाईंका अधिकार
nav-stats = तथ्याङ्क
footer-run-by = { -site-name } { $operator }ले चलाउँछ।
footer-free = यो सेवा निःशुल्क छ। यसका लागि कसैले तपाईंसँग पैसा माग्न पाउँदैन।
footer-privacy = हामी तपाईंको नाम कहिल्यै सोध्दैनौं। तपाईंले खोजेको कुरा कसैलाई दिइँदैन।
footer-open-source = { -site-name } खुला स्रोत (open-source) सफ्टवेयर हो।
form-optional = (चाहेमा मात्र)
form-choose = छान्नुहोस्…

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

error-not-found-title = पेज भेटिएन
error-not-found = हामीले यो पेज भेट्टाउन सकेनौं। लिङ्क पुरानो वा गलत हुन सक्छ।
error-server-title = केही गडबड भयो
error-server = गल्ती हाम्रो तर्फबाट भएको हो, तपाईंको होइन। केही मिनेटपछि फेरि प्रयास गर्नुहोस्।
error-rate-limit-title = धेरै पटक खोलियो
error-rate-limit-why = यो सेवा सबैका लागि चलिरहोस् भनेर, एक जनाले छोटो समयमा खोल्न सक्ने पेजको संख्या सीमित गरिएको छ।
error-rate-limit = { $minutes } मिनेटपछि फेरि प्रयास गर्नुहोस्।
error-go-home = खोज पेजमा फर्कनुहोस्

## Search page (/)

search-title = म्यानपावर जाँच्नुहोस्
search-intro = कसैलाई पैसा तिर्नु वा कुनै कागजमा सही गर्नुअघि, यहाँ म्यानपावरबारे हेर्नुहोस्।
search-box = म्यानपावर वा रोजगारदाता खोज्नुहोस्
    .placeholder = म्यानपावरको नाम वा लाइसेन्स नम्बर
search-box-help = जुनसुकै हिज्जेमा लेखे पनि हुन्छ। लाइसेन्स नम्बर ड्यास (-) राखेर वा नराखी लेख्न सक्नुहुन्छ।
search-button = खोज्नुहोस्
search-results-for = “{ $query }” को नतिजा
search-results-count = { $count ->
        [one] { $count } संस्था भेटियो
       *[other] { $count } वटा संस्था भेटिए
    }
search-no-results = यो नाम वा नम्बरको कुनै म्यानपावर वा रोजगारदाता भेटिएन।
search-no-results-advice = हिज्जे जाँच्नुहोस्, नामको केही भाग मात्र लेख्नुहोस्, वा लाइसेन्स नम्बरले खोज्नुहोस्। तैपनि भेटिएन भने, त्यो म्यानपावरसँग लाइसेन्स नहुन सक्छ। पक्का नभएसम्म पैसा नतिर्नुहोस्, पासपोर्ट पनि नदिनुहोस्।
search-more-results = थप नतिजा
search-filters = नतिजा छान्नुहोस्
filter-apply = लागू गर्नुहोस्
filter-kind = प्रकार
filter-kind-any = सबै प्रकार
kind-agency = म्यानपावर (भर्ती एजेन्सी)
kind-sub-agent = एजेन्ट (गाउँघरको एजेन्ट वा दलाल)
kind-employer = रोजगारदाता (काम दिने मालिक)
filter-licence-status = लाइसेन्स
filter-licence-any = लाइसेन्स जुनसुकै अवस्थाको
licence-status-active = मान्य
licence-status-pending = प्रक्रियामा
licence-status-suspended = निलम्बित (रोकिएको)
licence-status-revoked = खारेज
licence-status-expired = म्याद सकिएको
licence-status-cancelled = रद्द
filter-country = देश
filter-country-any = सबै देश
filter-sanctioned = कारबाही लागू भएका मात्र देखाउनुहोस्

## Licence status in plain words (search results and profile)

licence-active = लाइसेन्स { $date } सम्म मान्य
licence-active-no-end = लाइसेन्स मान्य
licence-revoked = लाइसेन्स खारेज भएको छ — यो म्यानपावरलाई पैसा नतिर्नुहोस्
licence-suspended = { $date } देखि लाइसेन्स निलम्बित छ — अहिले यो म्यानपावरलाई पैसा नतिर्नुहोस्
licence-expired = लाइसेन्सको म्याद { $date } मा सकियो
licence-cancelled = लाइसेन्स रद्द भएको छ
licence-pending = लाइसेन्स प्रक्रियामा छ — अझै कामदार भर्ना गर्न पाउँदैन
licence-none = लाइसेन्सको कुनै रेकर्ड छैन — होसियार हुनुहोस्

## Search result, one organization

result-also-known-as = अर्को नाम: { $names }
result-sanctions-in-force = { $count ->
        [one] { $count } कारबाही लागू छ
       *[other] { $count } वटा कारबाही लागू छन्
    }
result-illegal-fees = { $workers ->
        [0] कामदारसँग गैरकानुनी शुल्क लिएको
       *[other] { $workers } जना कामदारसँग गैरकानुनी शुल्क लिएको
    }
result-findings = निरीक्षकका { $count } वटा निर्णय
result-view = विवरण हेर्नुहोस्

## Organization profile (/organizations/{id})

profile-who = संस्थाको परिचय
profile-kind = प्रकार
profile-country = देश
profile-registration-number = कम्पनी दर्ता नम्बर
profile-address = ठेगाना
profile-website = वेबसाइट
profile-people = मालिक र सञ्चालकहरू
role-owner = मालिक
role-director = सञ्चालक
role-manager = म्यानेजर
profile-other-names = अन्य नाम
alias-former = पहिलेको नाम
alias-trade = व्यापारिक नाम
alias-transliteration = उही नाम, अर्को हिज्जे
profile-no-other-names = अरू कुनै नाम रेकर्डमा छैन।
profile-licences = लाइसेन्स
licence-number = लाइसेन्स नम्बर
licence-authority = जारी गर्ने निकाय
licence-valid-from = कहिलेदेखि मान्य
licence-valid-until = कहिलेसम्म मान्य
profile-no-licences = लाइसेन्सको कुनै रेकर्ड छैन। लाइसेन्स नभएको म्यानपावरले कामदार भर्ना गर्न पाउँदैन।
profile-licence-history = लाइसेन्सको इतिहास
history-date = मिति
history-status = अवस्था
history-reason = कारण
profile-findings = निरीक्षकले के भेट्टाए
profile-no-findings = निरीक्षकले यिनीहरूबारे कुनै निर्णय प्रकाशित गरेका छैनन्। यसको अर्थ यो सुरक्षित छ भन्ने होइन: लाइसेन्स पनि सधैं जाँच्नुहोस्।
finding-reference = निर्णय { $reference }
finding-published-on = { $date } मा प्रकाशित
finding-violations = उनीहरूले के गल्ती गरे
finding-legal-basis = मिचिएको नियम
finding-severity = कति गम्भीर
severity-low = सामान्य
severity-medium = गम्भीर
severity-high = धेरै गम्भीर
severity-critical = अत्यन्तै गम्भीर
finding-sanctions = कारबाही
finding-appeal = पुनरावेदन
appeal-none = पुनरावेदन परेको छैन
appeal-appealed = पुनरावेदन परेको छ — फैसला पर्खिँदै
appeal-upheld = पुनरावेदन अस्वीकार भयो — निर्णय कायम छ
appeal-overturned = पुनरावेदनमा निर्णय उल्टियो — यो निर्णय अब लागू हुँदैन

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = कामदारलाई आफ्नै भर्तीको खर्च तिराए
violation-deception = काम, तलब वा सम्झौताबारे झुटो बोले
violation-document-retention = कामदारको पासपोर्ट वा कागजात आफूसँग राखे
violation-wage-theft = तलब दिएनन्, वा कम दिए
violation-excessive-hours = कामदारलाई धेरै घण्टा वा बिदा नदिई काम गराए
violation-restriction-of-movement = कामदारलाई बाहिर जान दिएनन्
violation-threats = कामदारलाई धम्की दिए
violation-physical-violence = कामदारमाथि कुटपिट
violation-sexual-violence = यौन हिंसा वा यौन दुर्व्यवहार
violation-debt-bondage = ऋण तिराउन कामदारलाई बाध्य पारेर काम गराए
violation-other = अन्य उल्लङ्घन

## Sanctions, keyed by sanction kind

sanction-warning = चेतावनी
sanction-fine = जरिवाना
sanction-suspension = लाइसेन्स निलम्बित
sanction-revocation = लाइसेन्स खारेज
sanction-blacklisting = कालोसूचीमा: कामदार भर्ना गर्न पाउँदैन
sanction-referral = मुद्दा चलाउन पठाइयो
sanction-in-force = लागू छ
sanction-until = { $date } सम्म
sanction-ended = सकियो

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = गैरकानुनी रूपमा लिइएको शुल्क र फिर्ता
fee-table-type = शुल्क
fee-table-per-worker = प्रति कामदार लिइएको
fee-table-workers = कामदार
fee-table-refund-ordered = फिर्ता गर्ने आदेश
fee-table-refund-paid = फिर्ता दिइएको
profile-no-fees = निरीक्षकले गैरकानुनी शुल्क भेट्टाएका छैनन्।
fee-recruitment-fee = भर्ती शुल्क
    .description = काम खोजिदिए वा रोजगारदातासँग मिलाइदिए बापतको शुल्क, सेवा शुल्क वा कमिसन।
fee-medical = मेडिकल जाँच
    .description = स्वास्थ्य जाँच, स्वास्थ्य प्रमाणपत्र र खोप।
fee-insurance = बीमा
    .description = जीवन, स्वास्थ्य वा दुर्घटना बीमा, वा आप्रवासी कामदारको कल्याणकारी कोष।
fee-skills-test = सीप र भाषा परीक्षा
    .description = तपाईंको सीप, भाषा वा योग्यताको परीक्षा, र त्यसको प्रमाणपत्र।
fee-training = तालिम
    .description = जानुअघि वा पुगेपछिको तालिम र अभिमुखीकरण।
fee-equipment = सामान र पोसाक
    .description = कामका लागि चाहिने औजार, युनिफर्म र सुरक्षा सामग्री।
fee-travel-lodging = यात्रा र बसाइ
    .description = जाँदा र घर फर्कँदाको टिकट, यातायात, खाना र बस्ने ठाउँ।
fee-administrative = कागजपत्र र अनुमति
    .description = निवेदन, कागजात, पासपोर्ट, भिसा, प्रहरी र पृष्ठभूमि जाँच, श्रम स्वीकृति, बैंक शुल्क, काम र बसोबासको अनुमति।
fee-illegitimate = घूस र धरौटी
    .description = घूस, कमिसन, जमानत, धरौटी, र कानुनविपरीत तपाईंबाट लिइएको जुनसुकै पैसा।
fee-other = अन्य खर्च
    .description = काम पाउनका लागि लिइएको अरू कुनै पनि खर्च।

## Accountability summary: the sentences that open a profile

summary-licence-pending = { $date } मा लाइसेन्सका लागि निवेदन दिइएको।
summary-licence-active = { $date } देखि लाइसेन्स मान्य।
summary-licence-suspended = { $date } मा लाइसेन्स निलम्बित भयो।
summary-licence-revoked = { $date } मा लाइसेन्स खारेज भयो।
summary-licence-expired = { $date } मा लाइसेन्सको म्याद सकियो।
summary-licence-cancelled = { $date } मा लाइसेन्स रद्द भयो।
summary-licence-finding = यो निर्णय { $reference } अनुसार भएको हो।
summary-findings = { $count ->
        [0] निरीक्षकले यिनीहरूबारे कुनै निर्णय प्रकाशित गरेका छैनन्।
       *[other] निरीक्षकले यिनीहरूविरुद्ध { $count } वटा निर्णय प्रकाशित गरेका छन्।
    }
summary-fees-charged = { $workers ->
        [0] कामदारले जम्मा { $amount } गैरकानुनी शुल्क तिर्नुपर्‍यो।
       *[other] { $workers } जना कामदारले जम्मा { $amount } गैरकानुनी शुल्क तिर्नुपर्‍यो।
    }
summary-refund-none-ordered = पैसा फिर्ता गर्ने आदेश दिइएको छैन।
summary-refund-ordered = निरीक्षकले { $amount } फिर्ता गर्न आदेश दिए।
summary-refund-paid = { $amount } फिर्ता दिइएको छ।
summary-refund-paid-all = { $amount } फिर्ता दिइएको छ। अब केही बाँकी छैन।
summary-refund-paid-none = अहिलेसम्म केही पनि फिर्ता दिइएको छैन। कामदारलाई { $amount } दिन बाँकी छ।
summary-refund-paid-part = अहिलेसम्म { $refunded } फिर्ता दिइएको छ। कामदारलाई { $outstanding } दिन बाँकी छ।
summary-sanctions-none = अहिले कुनै कारबाही लागू छैन।
summary-sanctions-in-force = अहिले लागू कारबाही:
summary-complaints = { $count ->
        [0] कुनै उजुरी परेको छैन।
        [one] { $count } उजुरी परेको छ।
       *[other] { $count } वटा उजुरी परेका छन्।
    }
summary-complaints-open = { $count ->
        [0] सबै उजुरीको काम सकिएको छ।
       *[other] तीमध्ये { $count } वटामा अझै काम भइरहेको छ।
    }
summary-complaints-note = उजुरी आफैंमा प्रमाण होइन। निरीक्षकले प्रकाशित गरेको निर्णय मात्र प्रमाण हो।

## Profile: linked people, provenance, next steps

profile-linked = कारबाहीमा परेका संस्थासँग साझा व्यक्ति र सम्पर्क
profile-linked-intro = यो संस्थाले तलका संस्थासँग मालिक, सञ्चालक वा म्यानेजर, ठेगाना, फोन वा इमेल साझा गर्छ। हरेक जोडीमा एउटाको इजाजतपत्र खारेज वा निलम्बित भएको छ, वा कारबाहीमा परेको छ: प्रतिबन्ध लागेको एजेन्सी कहिलेकाहीँ नयाँ नाममा फेरि खुल्छ।
linked-also-at = यससँग पनि जोडिएका:
network-possible = उही नाम, अर्कै व्यक्ति पनि हुन सक्छ
network-person = { $role } { $name }
network-address = ठेगाना { $value }
network-telephone = फोन { $value }
network-email = इमेल { $value }
source-label = स्रोत:
source-as-of = { $date } सम्मको जानकारी
profile-next-steps = अब तपाईं के गर्न सक्नुहुन्छ
next-steps-dont-pay = काम पाउन कुनै शुल्क नतिर्नुहोस्। भर्तीको सबै खर्च रोजगारदाताले तिर्नुपर्छ।
next-steps-passport = आफ्नो पासपोर्ट र कागजात आफैंसँग राख्नुहोस्। कसैलाई नदिनुहोस्।
next-steps-contract = जानुअघि आफ्नो भाषामा लेखिएको सम्झौता माग्नुहोस्, र त्यसको एक प्रति राख्नुहोस्।
next-steps-complain = उनीहरूले तपाईंसँग पैसा मागे, कागजात लिए वा झुटो बोले भने, तपाईं उजुरी गर्न सक्नुहुन्छ। आफ्नो नाम दिनु पर्दैन।
next-steps-complain-link = यिनीहरूविरुद्ध उजुरी गर्नुहोस्
next-steps-help = सहयोगका लागि आफ्नो देशको दूतावास वा वाणिज्य दूतावास, श्रम कार्यालय, वा आप्रवासी कामदारको हेल्पलाइनमा सम्पर्क गर्नुहोस्।
next-steps-rights-link = आफ्ना अधिकारबारे पढ्नुहोस्

## Complaint form (/complain)

complain-title = उजुरी गर्नुहोस्
complain-intro = के भयो, हामीलाई भन्नुहोस्। यो निःशुल्क र सुरक्षित छ।
complain-anonymous-title = तपाईंले आफ्नो नाम दिनु पर्दैन
complain-anonymous = तपाईंको उजुरी नाम नखुलाई गरिन्छ। हामी तपाईंको नाम सोध्दैनौं। जवाफ चाहिएमा मात्र फोन नम्बर वा इमेल दिनुहोस्।
complain-who-sees = सम्बन्धित देशका श्रम निरीक्षकले मात्र तपाईंको उजुरी पढ्न सक्छन्।
complain-agency-never-sees = म्यानपावर र रोजगारदातालाई तपाईंको नाम कहिल्यै भनिँदैन, र तपाईंले लेखेको कुरा उनीहरूले कहिल्यै देख्दैनन्।
complain-what-next = उजुरी पठाएपछि तपाईंले एउटा रसिद कोड पाउनुहुन्छ। निरीक्षकले तपाईंको उजुरी पढेर के गर्ने भनेर निर्णय गर्छन्। यही कोडले तपाईं उजुरी कहाँ पुग्यो भनेर हेर्न सक्नुहुन्छ।
complain-danger = तपाईं अहिले खतरामा हुनुहुन्छ भने प्रहरी वा आफ्नो दूतावासलाई फोन गर्नुहोस्।
complain-organization = कुन म्यानपावर वा रोजगारदाता?
    .help = नाम वा लाइसेन्स नम्बर लेख्नुहोस्। हामीले भेट्टाएनौं भने, नाम र देश लेख्नुहोस्।
complain-organization-name = म्यानपावर वा रोजगारदाताको नाम
complain-organization-country = कुन देशको
complain-categories = के भयो?
    .help = मिल्ने जति सबै छान्नुहोस्।
complain-narrative = के भयो, हामीलाई बताउनुहोस्
    .help = आफ्नै शब्दमा, जुनसुकै भाषामा लेख्नुहोस्। मिति, ठाउँ र संलग्न मानिसहरूको नामले निरीक्षकलाई मद्दत गर्छ। नाम नखुलाउन चाहनुहुन्छ भने, आफ्नो नाम नलेख्नुहोस्।
complain-where = यो कहाँ भयो?
    .help = देश वा देशहरू छान्नुहोस्।
complain-contact = निरीक्षकले तपाईंलाई कसरी सम्पर्क गर्न सक्छन्?
    .help = जवाफ चाहिएमा मात्र फोन, WhatsApp वा इमेल दिनुहोस्। नाम पूरै नखुलाउन यो खाली छोड्नुहोस्।
complain-about-you = तपाईंको बारेमा
    .help = यी जवाफले देश र कामअनुसार कति जना पीडित भए भनेर गन्न मद्दत गर्छन्। यी तपाईंको उजुरीसँग कहिल्यै देखाइँदैनन्। नभरे पनि हुन्छ।
complain-sex = लिङ्ग
complain-age = तपाईंको उमेर
complain-nationality = तपाईंको राष्ट्रियता
complain-sector = तपाईंको काम
complain-submit = मेरो उजुरी पठाउनुहोस्

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = यो काम पाउन मैले शुल्क तिरें
category-deception = काम वा तलब भनेजस्तो थिएन
category-document-retention = उनीहरूले मेरो पासपोर्ट वा कागजात राखे
category-wage-theft = मलाई तलब दिइएन, वा कम दिइयो
category-excessive-hours = मलाई धेरै घण्टा काम गराइन्छ, वा बिदा दिइँदैन
category-restriction-of-movement = मलाई बाहिर जान दिइँदैन
category-threats = उनीहरू मलाई धम्की दिन्छन् (जस्तै प्रहरीमा दिने वा घर फर्काइदिने)
category-physical-violence = उनीहरूले मलाई कुटे वा चोट पुर्‍याए
category-sexual-violence = यौन दुर्व्यवहार वा यौन हिंसा
category-debt-bondage = ऋण तिर्न मैले काम गर्नैपर्छ
category-other = अरू केही

## About you: optional answers, keyed by wire name

sex-female = महिला
sex-male = पुरुष
sex-other = अन्य
sex-undisclosed = भन्न चाहन्नँ
age-under-18 = 18 वर्षभन्दा कम
age-18-24 = 18 देखि 24 वर्ष
age-25-34 = 25 देखि 34 वर्ष
age-35-44 = 35 देखि 44 वर्ष
age-45-54 = 45 देखि 54 वर्ष
age-55-plus = 55 वर्ष वा बढी
sector-domestic-work = घरेलु काम (घरको काम, खाना पकाउने, बच्चा हेर्ने)
sector-care = हेरचाहको काम (वृद्ध, बिरामी वा अपाङ्गता भएका मानिसको)
sector-agriculture = खेतीपातीको काम
sector-construction = निर्माणको काम
sector-manufacturing = कारखानाको काम
sector-hospitality = होटल र रेस्टुरेन्ट
sector-fishing = माछा मार्ने काम
sector-cleaning = अफिस र भवनको सरसफाइ
sector-security = सुरक्षा गार्ड
sector-transport = गाडी चलाउने र डेलिभरी
sector-other = अन्य काम

## Complaint form: problems to fix

error-form-summary = कृपया आफ्नो उजुरी जाँच्नुहोस्: केही कुरा सच्याउनुपर्छ।
error-required = कृपया यो भर्नुहोस्।
error-too-long = यो धेरै लामो भयो। बढीमा { $max } अक्षर लेख्नुहोस्।
error-choose-category = के भयो, कम्तीमा एउटा छान्नुहोस्।
error-organization-not-found = यो म्यानपावर वा रोजगारदाता भेटिएन। नाम जाँच्नुहोस्, वा त्यसको सट्टा नाम र देश लेख्नुहोस्।

## Complaint received (the page after sending)

complaint-received-title = तपाईंको उजुरी प्राप्त भयो
complaint-received-thanks = हामीलाई भन्नुभएकोमा धन्यवाद।
receipt-code-label = तपाईंको रसिद कोड
receipt-code-keep = यो कोड लेखेर राख्नुहोस् वा यसको फोटो खिच्नुहोस्। तपाईंको उजुरी हेर्ने एउटै उपाय यही हो। यो कोडबिना हामी तपाईंको उजुरी खोजिदिन सक्दैनौं।
receipt-code-how-to-check = उजुरी हेर्न “उजुरी कहाँ पुग्यो हेर्नुहोस्” खोलेर यो कोड लेख्नुहोस्।
receipt-code-private = कोड अरूलाई नदेखाउनुहोस्। यो कोड भएको जोसुकैले तपाईंको उजुरी कहाँ पुग्यो भनेर हेर्न सक्छ, तर तपाईंले लेखेको कुरा देख्न सक्दैन।
complaint-received-next = निरीक्षकले छिट्टै तपाईंको उजुरी पढ्नेछन्। म्यानपावर र रोजगारदातालाई तपाईं को हुनुहुन्छ भनेर भनिँदैन।

## Check a complaint (/complaints/status)

status-title = उजुरी कहाँ पुग्यो हेर्नुहोस्
status-intro = उजुरी पठाउँदा पाएको रसिद कोड लेख्नुहोस्।
status-code = रसिद कोड
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = 14 वटा अक्षर र अङ्क। ड्यास र खाली ठाउँले फरक पर्दैन।
status-button = हेर्नुहोस्
status-code-wrong-length = रसिद कोडमा 14 वटा अक्षर र अङ्क हुन्छन्, जस्तै ABCD-EFGH-JKMN-PQ।
status-code-bad-symbol = रसिद कोडमा त्यसमा छापिएका अक्षर र अङ्क मात्र हुन्छन्।
status-code-typo = यो कोड टाइप गर्दा गल्ती भएको छ। हरेक अक्षर र अङ्क जाँचेर फेरि प्रयास गर्नुहोस्।
status-code-unknown = यो कोडको कुनै उजुरी हामीसँग छैन। ठीकसँग टाइप गर्नुभयो कि जाँच्नुहोस्। कोड हराएको छ भने, नयाँ उजुरी पठाउन सक्नुहुन्छ।
status-current = तपाईंको उजुरी:
status-last-change = पछिल्लो परिवर्तन: { $date }
status-not-told = म्यानपावर र रोजगारदातालाई तपाईं को हुनुहुन्छ भनेर भनिँदैन। आफ्नो कोड सुरक्षित राख्नुहोस्।

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = प्राप्त भयो
    .next = निरीक्षकले छिट्टै पढ्नेछन्।
complaint-status-under-review = पढिँदै छ
    .next = निरीक्षकले पढिरहेका छन्, र के गर्ने भनेर निर्णय गर्नेछन्।
complaint-status-investigating = छानबिन हुँदै छ
    .next = निरीक्षकले छानबिन गरिरहेका छन्। तपाईंले फोन नम्बर वा इमेल दिनुभएको छ भने, उनीहरूले सम्पर्क गर्न सक्छन्।
complaint-status-substantiated = निरीक्षकले पुष्टि गरे
    .next = प्रमाणले तपाईंको उजुरी सही देखायो, त्यसैले म्यानपावर वा रोजगारदाताविरुद्ध कारबाही हुन सक्छ।
complaint-status-unsubstantiated = बन्द: पुष्टि हुन सकेन
    .next = भेटिएको प्रमाणबाट निरीक्षकले यो पुष्टि गर्न सकेनन्। थप जानकारी छ भने, नयाँ उजुरी पठाउन सक्नुहुन्छ।
complaint-status-referred = अर्को निकायमा पठाइयो
    .next = यो उजुरी कारबाही गर्न सक्ने निकाय, जस्तै प्रहरी, श्रम अदालत वा दूतावासमा पठाइएको छ।
complaint-status-withdrawn = बन्द: फिर्ता लिइयो
    .next = उजुरी फिर्ता लिइएको छ। यसमा अब थप काम हुँदैन।

## Your rights (/rights)

rights-title = तपाईंका अधिकार
rights-intro = यी नियम अन्तर्राष्ट्रिय श्रम सङ्गठन (ILO) का हुन्। सरकार, रोजगारदाता र कामदार मिलेर यिनमा सहमति गरेका हुन्। जानुअघि यिनलाई जान्नुहोस्।
rights-never-pay-title = काम पाउन तपाईंले कहिल्यै पैसा तिर्नु पर्दैन
rights-never-pay = भर्तीको सबै शुल्क र खर्च तपाईंले होइन, रोजगारदाताले तिर्छ। यीमध्ये कुनै पनि कुराको पैसा कसैले तपाईंसँग माग्नु हुँदैन:
rights-already-paid = पहिले नै तिरिसक्नुभएको छ भने, सबै रसिद, म्यासेज र फोटो प्रमाणका रूपमा राख्नुहोस्। तपाईं उजुरी गर्न सक्नुहुन्छ, र पैसा फिर्ता पाउन पनि सक्नुहुन्छ।
rights-passport-title = तपाईंको पासपोर्ट तपाईंकै हो
rights-passport = कुनै पनि म्यानपावर वा रोजगारदाताले तपाईंको पासपोर्ट, परिचयपत्र वा अन्य कागजात राख्न पाउँदैन। ती आफैंसँग राख्ने तपाईंको अधिकार हो। तिनको फोटो वा प्रतिलिपि सुरक्षित ठाउँमा राख्नुहोस्।
rights-contract-title = तपाईंले बुझ्ने लिखित सम्झौता
rights-contract = जानुअघि तपाईंले बुझ्ने भाषामा लेखिएको सम्झौता पाउनुपर्छ। त्यसमा तपाईंको काम, तलब, कामको समय र बिदाका दिन लेखिएको हुनुपर्छ। त्यसको एक प्रति राख्नुहोस्। त्यहाँ पुगेपछि कसैले त्यसलाई झन् खराब सम्झौतामा बदल्न पाउँदैन।
rights-change-mind-title = तपाईं आफ्नो निर्णय बदल्न सक्नुहुन्छ
rights-change-mind = प्रक्रिया सुरु गरिसकेपछि पनि तपाईं नजाने निर्णय गर्न सक्नुहुन्छ। तपाईंलाई पठाउन कसैले जबरजस्ती गर्न, धम्की दिन वा तपाईंको कागजात राख्न पाउँदैन।
rights-help-title = सहयोग कहाँ पाउने
rights-help-embassy = तपाईंले काम गर्ने देशमा रहेको आफ्नो देशको दूतावास वा वाणिज्य दूतावास।
rights-help-labour = श्रम निरीक्षण कार्यालय वा श्रम मन्त्रालय।
rights-help-hotline = आप्रवासी कामदारलाई सहयोग गर्ने हेल्पलाइन वा संस्था।
rights-help-police = तपाईं खतरामा हुनुहुन्छ भने प्रहरीलाई फोन गर्नुहोस्।
rights-help-complain = तपाईं आफ्नो नाम नदिई यहाँ पनि उजुरी गर्न सक्नुहुन्छ।
rights-source = स्रोत: ILO को निष्पक्ष भर्तीसम्बन्धी सामान्य सिद्धान्त तथा सञ्चालन निर्देशिका, र भर्ती शुल्क तथा सम्बन्धित खर्चको परिभाषा (2019)।

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = आधिकारिक दर्ता सूची
listing-line = { $register } मा सूचीकृत
listing-line-closed = { $register } मा अब सूचीकृत छैन — होसियार हुनुहोस्
listing-status-listed = सूचीकृत
listing-status-expired = अब सूचीकृत छैन: म्याद सकिएको
listing-status-cancelled = अब सूचीकृत छैन: रद्द गरिएको
listing-since = इजाजत पाएको मिति
listing-offices = कार्यालयहरू
listing-source = स्रोत

## Statistics (/stats): counts of complaints and findings, small numbers hidden

stats-title = उजुरी र निष्कर्ष अङ्कमा
stats-intro = कामदारले कति उजुरी गरे, र निरीक्षकले के भेट्टाए। यी अङ्कले उजुरी गर्ने व्यक्ति को हो भनेर कहिल्यै देखाउँदैनन्।
stats-complaints-total = प्राप्त उजुरी: { $count }
stats-findings-total = प्रकाशित निष्कर्ष: { $count }
stats-complaints-heading = समस्या र लिङ्ग अनुसार उजुरी
stats-counting = एउटा उजुरीमा एकभन्दा बढी समस्या हुन सक्छ। हरेक समस्याका लागि एक पटक गनिन्छ, त्यसैले पङ्क्तिहरूको जोड उजुरीको सङ्ख्याभन्दा बढी हुन्छ।
stats-column-problem = समस्या
stats-column-total = सबै
stats-sex-undisclosed = भन्न चाहेनन्
stats-not-given = दिइएको छैन
stats-chart-title = समस्या अनुसार उजुरी
stats-chart-description = हरेक समस्याका लागि एउटा पट्टी। पट्टी जति लामो, उजुरी उति धेरै।
stats-findings-heading = निरीक्षकले भेट्टाएको गैरकानुनी शुल्क, शुल्कको प्रकार अनुसार
stats-column-findings = निष्कर्ष
stats-column-charged = कामदारबाट लिइएको
stats-hidden = लुकाइएको
stats-legend = { $marker } लुकाइएको: { $min } भन्दा कम उजुरी वा निष्कर्ष, वा अरू अङ्कबाट लुकाइएको अङ्क पत्ता लगाउन नसकियोस् भनेर लुकाइएको।
stats-data = अनुसन्धानकर्ताले यी र अरू तालिका निःशुल्क डाउनलोड गर्न सक्छन्:
