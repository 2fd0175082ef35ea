### fairrecruit: the worker-facing web pages, Swahili (sw).
### Same ids and attributes as en/main.ftl; check with `python3 locales/check.py`.
### Address: wewe (singular, direct). Plural variants follow noun-class agreement
### (shirika/mashirika, adhabu, uamuzi/maamuzi). Terms: see locales/GLOSSARY.md.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = Hakiki wakala kabla ya kulipa. Lalamika kwa usalama.
page-title = { $page } — { -site-name }
skip-to-content = Ruka hadi maudhui makuu
language-switcher = Lugha
    .button = Badilisha
nav-label = Menyu kuu
nav-search = Tafuta
nav-complain = Lalamika
nav-status = Fuatilia malalamiko
nav-rights = Haki zako
nav-stats = Takwimu
footer-run-by = { -site-name } inaendeshwa na { $operator }.
footer-free = Huduma hii ni bure. Hakuna mtu anayeruhusiwa kukutoza pesa kwa ajili yake.
footer-privacy = Hatukuulizi jina lako kamwe. Unachotafuta hakishirikiwi na mtu yeyote.
footer-open-source = { -site-name } ni programu huria (open-source).
form-optional = (ukipenda)
form-choose = Chagua…

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

error-not-found-title = Ukurasa haupatikani
error-not-found = Hatukuweza kupata ukurasa huu. Huenda kiungo ni cha zamani au kina kosa.
error-server-title = Kuna tatizo limetokea
error-server = Tatizo ni upande wetu, si wako. Tafadhali jaribu tena baada ya dakika chache.
error-rate-limit-title = Maombi mengi mno
error-rate-limit-why = Ili huduma hii ifanye kazi kwa kila mtu, tunaweka kikomo cha kurasa ambazo mtu mmoja anaweza kufungua kwa muda mfupi.
error-rate-limit = Tafadhali jaribu tena baada ya dakika { $minutes }.
error-go-home = Rudi kwenye utafutaji

## Search page (/)

search-title = Hakiki wakala
search-intro = Kabla ya kumlipa mtu yeyote au kutia sahihi chochote, mtafute wakala hapa.
search-box = Tafuta wakala au mwajiri
    .placeholder = Jina la wakala au namba ya leseni
search-box-help = Unaweza kuandika jina kwa tahajia yoyote. Namba ya leseni inaweza kuwa na vistari au bila.
search-button = Tafuta
search-results-for = Matokeo ya “{ $query }”
search-results-count = { $count ->
        [one] Shirika { $count } limepatikana
       *[other] Mashirika { $count } yamepatikana
    }
search-no-results = Hakuna wakala wala mwajiri mwenye jina au namba hii.
search-no-results-advice = Hakikisha tahajia, andika sehemu ya jina tu, au jaribu namba ya leseni. Usipompata bado, huenda wakala huyo hana leseni. Usilipe pesa wala usitoe pasipoti yako hadi uwe na uhakika.
search-more-results = Matokeo zaidi
search-filters = Chuja matokeo
filter-apply = Tumia
filter-kind = Aina
filter-kind-any = Aina zote
kind-agency = Wakala wa ajira
kind-sub-agent = Dalali (wakala mdogo wa mtaani)
kind-employer = Mwajiri
filter-licence-status = Leseni
filter-licence-any = Hali yoyote ya leseni
licence-status-active = Halali
licence-status-pending = Inasubiri kuidhinishwa
licence-status-suspended = Imesimamishwa
licence-status-revoked = Imefutwa
licence-status-expired = Muda wake umeisha
licence-status-cancelled = Imefungwa
filter-country = Nchi
filter-country-any = Nchi zote
filter-sanctioned = Onyesha wenye adhabu zinazotumika tu

## Licence status in plain words (search results and profile)

licence-active = Leseni ni halali hadi { $date }
licence-active-no-end = Leseni ni halali
licence-revoked = Leseni IMEFUTWA — usimlipe wakala huyu
licence-suspended = Leseni IMESIMAMISHWA tangu { $date } — usimlipe wakala huyu sasa
licence-expired = Muda wa leseni uliisha tarehe { $date }
licence-cancelled = Leseni imefungwa
licence-pending = Leseni inasubiri kuidhinishwa — bado hawaruhusiwi kuajiri wafanyakazi
licence-none = Hakuna rekodi ya leseni — kuwa mwangalifu

## Search result, one organization

result-also-known-as = Majina mengine: { $names }
result-sanctions-in-force = { $count ->
        [one] Adhabu { $count } inatumika
       *[other] Adhabu { $count } zinatumika
    }
result-illegal-fees = { $workers ->
        [0] Waliwatoza wafanyakazi ada kinyume cha sheria
        [one] Walimtoza mfanyakazi { $workers } ada kinyume cha sheria
       *[other] Waliwatoza wafanyakazi { $workers } ada kinyume cha sheria
    }
result-findings = { $count ->
        [one] Uamuzi { $count } wa wakaguzi
       *[other] Maamuzi { $count } ya wakaguzi
    }
result-view = Angalia maelezo

## Organization profile (/organizations/{id})

profile-who = Wao ni nani
profile-kind = Aina
profile-country = Nchi
profile-registration-number = Namba ya usajili wa kampuni
profile-address = Anwani
profile-website = Tovuti
profile-people = Wamiliki na wanaoliendesha
role-owner = Mmiliki
role-director = Mkurugenzi
role-manager = Meneja
profile-other-names = Majina mengine
alias-former = Jina la zamani
alias-trade = Jina la biashara
alias-transliteration = Jina lilelile, tahajia nyingine
profile-no-other-names = Hakuna majina mengine yaliyorekodiwa.
profile-licences = Leseni
licence-number = Namba ya leseni
licence-authority = Imetolewa na
licence-valid-from = Halali kuanzia
licence-valid-until = Halali hadi
profile-no-licences = Hakuna rekodi ya leseni. Wakala wa ajira asiye na leseni haruhusiwi kuajiri wafanyakazi.
profile-licence-history = Historia ya leseni
history-date = Tarehe
history-status = Hali
history-reason = Sababu
profile-findings = Wakaguzi waligundua nini
profile-no-findings = Wakaguzi hawajachapisha uamuzi wowote kuwahusu. Hii haimaanishi kuwa wako salama: daima hakiki leseni pia.
finding-reference = Uamuzi { $reference }
finding-published-on = Ulichapishwa tarehe { $date }
finding-violations = Makosa waliyofanya
finding-legal-basis = Sheria iliyovunjwa
finding-severity = Uzito wa kosa
severity-low = Dogo
severity-medium = Kubwa
severity-high = Kubwa sana
severity-critical = Kubwa mno
finding-sanctions = Adhabu
finding-appeal = Rufaa
appeal-none = Hakuna rufaa
appeal-appealed = Rufaa imekatwa — inasubiri uamuzi
appeal-upheld = Rufaa imekataliwa — uamuzi unabaki
appeal-overturned = Uamuzi umetenguliwa kwa rufaa — hauna nguvu tena

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = Waliwatoza wafanyakazi gharama za kuajiriwa kwao wenyewe
violation-deception = Walidanganya kuhusu kazi, mshahara au mkataba
violation-document-retention = Walishikilia pasipoti au nyaraka za wafanyakazi
violation-wage-theft = Hawakulipa mishahara, au walilipa pungufu
violation-excessive-hours = Waliwafanyisha wafanyakazi kazi saa nyingi mno au bila siku za mapumziko
violation-restriction-of-movement = Hawakuwaruhusu wafanyakazi kutoka nje
violation-threats = Waliwatishia wafanyakazi
violation-physical-violence = Ukatili wa kimwili dhidi ya wafanyakazi
violation-sexual-violence = Ukatili au unyanyasaji wa kingono
violation-debt-bondage = Waliwalazimisha wafanyakazi kufanya kazi ili kulipa deni
violation-other = Kosa lingine

## Sanctions, keyed by sanction kind

sanction-warning = Onyo
sanction-fine = Faini
sanction-suspension = Leseni imesimamishwa
sanction-revocation = Leseni imefutwa
sanction-blacklisting = Wamewekwa kwenye orodha nyeusi: hawaruhusiwi kuajiri
sanction-referral = Wamepelekwa kwa mwendesha mashtaka
sanction-in-force = Inatumika
sanction-until = Hadi { $date }
sanction-ended = Imeisha

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = Ada zilizotozwa kinyume cha sheria na pesa zilizorudishwa
fee-table-type = Ada
fee-table-per-worker = Kiasi alichotozwa kila mfanyakazi
fee-table-workers = Wafanyakazi
fee-table-refund-ordered = Marejesho yaliyoamriwa
fee-table-refund-paid = Kiasi kilichorudishwa
profile-no-fees = Wakaguzi hawajapata ada zozote zilizotozwa kinyume cha sheria.
fee-recruitment-fee = Ada ya uajiri
    .description = Ada ya kukutafutia kazi au kukuunganisha na mwajiri, au ada ya huduma au kamisheni.
fee-medical = Vipimo vya afya
    .description = Uchunguzi wa afya, vyeti vya afya na chanjo.
fee-insurance = Bima
    .description = Bima ya maisha, afya au ajali, au mfuko wa ustawi wa wafanyakazi wahamiaji.
fee-skills-test = Mitihani ya ujuzi na lugha
    .description = Mitihani ya ujuzi, lugha au sifa zako, na vyeti vyake.
fee-training = Mafunzo
    .description = Mafunzo na maelekezo, kabla ya kuondoka au baada ya kufika.
fee-equipment = Vifaa na sare
    .description = Zana, sare na vifaa vya usalama vinavyohitajika kazini.
fee-travel-lodging = Usafiri na malazi
    .description = Tiketi, usafiri, chakula na mahali pa kulala njiani, wakati wa kwenda na wa kurudi nyumbani.
fee-administrative = Nyaraka na vibali
    .description = Maombi, nyaraka, pasipoti, viza, cheti cha polisi na ukaguzi mwingine, kibali cha kusafiri, ada za benki, vibali vya kazi na vya ukaazi.
fee-illegitimate = Rushwa na dhamana
    .description = Rushwa, hongo, dhamana, amana na pesa yoyote iliyochukuliwa kutoka kwako kinyume cha sheria.
fee-other = Gharama nyingine
    .description = Gharama nyingine yoyote ya kupata kazi.

## Accountability summary: the sentences that open a profile

summary-licence-pending = Leseni iliombwa tarehe { $date }.
summary-licence-active = Leseni ni halali tangu { $date }.
summary-licence-suspended = Leseni ilisimamishwa tarehe { $date }.
summary-licence-revoked = Leseni ilifutwa tarehe { $date }.
summary-licence-expired = Muda wa leseni uliisha tarehe { $date }.
summary-licence-cancelled = Leseni ilifungwa tarehe { $date }.
summary-licence-finding = Hii ilifuata uamuzi { $reference }.
summary-findings = { $count ->
        [0] Wakaguzi hawajachapisha uamuzi wowote kuwahusu.
        [one] Wakaguzi wamechapisha uamuzi { $count } dhidi yao.
       *[other] Wakaguzi wamechapisha maamuzi { $count } dhidi yao.
    }
summary-fees-charged = { $workers ->
        [0] Wafanyakazi walilazimika kulipa ada kinyume cha sheria, jumla ya { $amount }.
        [one] Mfanyakazi { $workers } alilazimika kulipa ada kinyume cha sheria, jumla ya { $amount }.
       *[other] Wafanyakazi { $workers } walilazimika kulipa ada kinyume cha sheria, jumla ya { $amount }.
    }
summary-refund-none-ordered = Hakuna amri ya kurudisha pesa iliyotolewa.
summary-refund-ordered = Wakaguzi waliamuru { $amount } zirudishwe.
summary-refund-paid = { $amount } zimerudishwa.
summary-refund-paid-all = { $amount } zimerudishwa. Hakuna kinachodaiwa tena.
summary-refund-paid-none = Bado hakuna kilichorudishwa. Wafanyakazi bado wanadai { $amount }.
summary-refund-paid-part = Hadi sasa { $refunded } zimerudishwa. Wafanyakazi bado wanadai { $outstanding }.
summary-sanctions-none = Hakuna adhabu inayotumika.
summary-sanctions-in-force = Adhabu zinazotumika sasa:
summary-complaints = { $count ->
        [0] Hakuna malalamiko yaliyopokelewa.
        [one] Lalamiko { $count } limepokelewa.
       *[other] Malalamiko { $count } yamepokelewa.
    }
summary-complaints-open = { $count ->
        [0] Yote yameshashughulikiwa.
        [one] { $count } bado linashughulikiwa.
       *[other] { $count } bado yanashughulikiwa.
    }
summary-complaints-note = Lalamiko si ushahidi. Maamuzi yaliyochapishwa na wakaguzi pekee ndiyo ushahidi.

## Profile: linked people, provenance, next steps

profile-linked = Watu na mawasiliano wanaoshirikiana na mawakala walioadhibiwa
profile-linked-intro = Shirika hili lina mmiliki, mkurugenzi au meneja, anwani, simu au barua pepe sawa na mashirika yaliyo hapa chini. Katika kila jozi, moja limefutiwa au kusimamishiwa leseni, au limeadhibiwa: wakala aliyepigwa marufuku wakati mwingine hufunguliwa tena kwa jina jipya.
linked-also-at = Pia wanahusishwa na:
network-possible = jina lilelile, huenda ni mtu mwingine
network-person = { $role } { $name }
network-address = anwani { $value }
network-telephone = simu { $value }
network-email = barua pepe { $value }
source-label = Chanzo:
source-as-of = Taarifa hadi { $date }
profile-next-steps = Unachoweza kufanya sasa
next-steps-dont-pay = Usilipe ada yoyote ili kupata kazi. Mwajiri ndiye anayepaswa kulipa gharama zote za uajiri.
next-steps-passport = Shika pasipoti na nyaraka zako mwenyewe. Usimkabidhi mtu yeyote.
next-steps-contract = Kabla ya kuondoka, omba mkataba ulioandikwa kwa lugha yako, na uweke nakala yake.
next-steps-complain = Ikiwa walikuomba pesa, walichukua nyaraka zako au walikudanganya, unaweza kulalamika. Huhitaji kutoa jina lako.
next-steps-complain-link = Walalamikie
next-steps-help = Kwa msaada, wasiliana na ubalozi au ubalozi mdogo wa nchi yako, ofisi ya kazi, au namba ya msaada kwa wafanyakazi wahamiaji.
next-steps-rights-link = Soma kuhusu haki zako

## Complaint form (/complain)

complain-title = Toa malalamiko
complain-intro = Tuambie kilichotokea. Ni bure na ni salama.
complain-anonymous-title = Huhitaji kutoa jina lako
complain-anonymous = Malalamiko yako hayana jina lako. Hatukuulizi jina lako. Toa namba ya simu au barua pepe ikiwa tu unataka kujibiwa.
complain-who-sees = Ni wakaguzi wa kazi wa nchi husika pekee wanaoweza kusoma malalamiko yako.
complain-agency-never-sees = Wakala na mwajiri hawaambiwi jina lako kamwe, na hawaoni kamwe ulichoandika.
complain-what-next = Ukishatuma, utapata msimbo wa risiti. Mkaguzi atasoma malalamiko yako na kuamua la kufanya. Kwa msimbo wako unaweza kuona kinachoendelea.
complain-danger = Ikiwa uko hatarini sasa, piga simu polisi au ubalozi wa nchi yako.
complain-organization = Wakala au mwajiri yupi?
    .help = Andika jina au namba ya leseni. Tusipompata, andika jina na nchi yake.
complain-organization-name = Jina la wakala au mwajiri
complain-organization-country = Nchi yake
complain-categories = Nini kilitokea?
    .help = Chagua yote yanayohusika.
complain-narrative = Tuambie kilichotokea
    .help = Kwa maneno yako mwenyewe, kwa lugha yoyote. Tarehe, mahali na majina ya watu wanaohusika yanamsaidia mkaguzi. Ili usijulikane, usiandike jina lako mwenyewe.
complain-where = Ilitokea wapi?
    .help = Chagua nchi moja au zaidi.
complain-contact = Mkaguzi anaweza kukufikiaje?
    .help = Simu, WhatsApp au barua pepe, ikiwa tu unataka kujibiwa. Acha wazi ili usijulikane kabisa.
complain-about-you = Kuhusu wewe
    .help = Majibu haya yanatusaidia kuhesabu wanaodhulumiwa, kwa nchi na aina ya kazi. Hayaonyeshwi kamwe pamoja na malalamiko yako. Unaweza kuyaruka.
complain-sex = Jinsia
complain-age = Umri wako
complain-nationality = Uraia wako
complain-sector = Kazi yako
complain-submit = Tuma malalamiko yangu

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = Nililipa ada ili kupata kazi hii
category-deception = Kazi au mshahara haukuwa kama walivyoahidi
category-document-retention = Walichukua pasipoti au nyaraka zangu
category-wage-theft = Sikulipwa, au nililipwa pungufu
category-excessive-hours = Ninafanya kazi saa nyingi mno, au sipati siku ya mapumziko
category-restriction-of-movement = Siruhusiwi kutoka
category-threats = Wananitishia (kwa mfano, kuniripoti polisi au kunirudisha nyumbani)
category-physical-violence = Walinipiga au kuniumiza
category-sexual-violence = Unyanyasaji wa kingono
category-debt-bondage = Lazima nifanye kazi ili kulipa deni
category-other = Jambo lingine

## About you: optional answers, keyed by wire name

sex-female = Mwanamke
sex-male = Mwanamume
sex-other = Nyingine
sex-undisclosed = Sipendi kusema
age-under-18 = Chini ya miaka 18
age-18-24 = Miaka 18 hadi 24
age-25-34 = Miaka 25 hadi 34
age-35-44 = Miaka 35 hadi 44
age-45-54 = Miaka 45 hadi 54
age-55-plus = Miaka 55 au zaidi
sector-domestic-work = Kazi za nyumbani (usafi wa nyumba, kupika, kulea watoto)
sector-care = Kazi ya utunzaji (wazee, wagonjwa au watu wenye ulemavu)
sector-agriculture = Kilimo
sector-construction = Ujenzi
sector-manufacturing = Kazi ya kiwandani
sector-hospitality = Hoteli na migahawa
sector-fishing = Uvuvi
sector-cleaning = Usafi wa ofisi na majengo
sector-security = Mlinzi
sector-transport = Udereva na usafirishaji
sector-other = Kazi nyingine

## Complaint form: problems to fix

error-form-summary = Tafadhali angalia malalamiko yako: kuna kitu cha kurekebisha.
error-required = Tafadhali jaza hapa.
error-too-long = Hii ni ndefu mno. Tafadhali andika herufi zisizozidi { $max }.
error-choose-category = Tafadhali chagua angalau jambo moja lililotokea.
error-organization-not-found = Hatukumpata wakala au mwajiri huyu. Hakikisha jina, au badala yake andika jina na nchi yake.

## Complaint received (the page after sending)

complaint-received-title = Malalamiko yako yamepokelewa
complaint-received-thanks = Asante kwa kutuambia.
receipt-code-label = Msimbo wako wa risiti
receipt-code-keep = Andika msimbo huu au upige picha. Ndiyo njia pekee ya kufuatilia malalamiko yako. Bila msimbo huu hatuwezi kukupatia malalamiko yako.
receipt-code-how-to-check = Ili kufuatilia malalamiko yako, fungua “Fuatilia malalamiko” kisha uandike msimbo huu.
receipt-code-private = Usimwonyeshe mtu msimbo huu. Yeyote aliye nao anaweza kuona hali ya malalamiko yako, lakini si ulichoandika.
complaint-received-next = Mkaguzi atasoma malalamiko yako hivi karibuni. Wakala na mwajiri hawaambiwi wewe ni nani.

## Check a complaint (/complaints/status)

status-title = Fuatilia malalamiko
status-intro = Andika msimbo wa risiti uliopata ulipotuma malalamiko yako.
status-code = Msimbo wa risiti
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = Herufi na tarakimu 14. Vistari na nafasi havina shida.
status-button = Angalia
status-code-wrong-length = Msimbo wa risiti una herufi na tarakimu 14, kama ABCD-EFGH-JKMN-PQ.
status-code-bad-symbol = Msimbo wa risiti una herufi na tarakimu zilizochapishwa juu yake tu.
status-code-typo = Msimbo huu una kosa la kuandika. Hakikisha kila herufi na tarakimu, kisha ujaribu tena.
status-code-unknown = Hatuna malalamiko yenye msimbo huu. Hakikisha umeuandika sawasawa. Ikiwa msimbo wako umepotea, unaweza kutuma malalamiko mapya.
status-current = Malalamiko yako:
status-last-change = Badiliko la mwisho: { $date }
status-not-told = Wakala na mwajiri hawaambiwi wewe ni nani. Hifadhi msimbo wako.

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = Yamepokelewa
    .next = Mkaguzi atayasoma hivi karibuni.
complaint-status-under-review = Yanasomwa
    .next = Mkaguzi anayasoma na ataamua la kufanya.
complaint-status-investigating = Yanachunguzwa
    .next = Mkaguzi anayachunguza. Ikiwa ulitoa namba ya simu au barua pepe, anaweza kuwasiliana nawe.
complaint-status-substantiated = Yamethibitishwa na mkaguzi
    .next = Ushahidi unaunga mkono malalamiko yako, kwa hiyo hatua zinaweza kuchukuliwa dhidi ya wakala au mwajiri.
complaint-status-unsubstantiated = Yamefungwa: hayakuthibitishwa
    .next = Mkaguzi hakuweza kuyathibitisha kwa ushahidi uliopatikana. Ikiwa una taarifa zaidi, unaweza kutuma malalamiko mapya.
complaint-status-referred = Yamepelekwa kwa mamlaka nyingine
    .next = Yamepelekwa kwa mamlaka inayoweza kuchukua hatua, kama polisi, mahakama ya kazi au ubalozi.
complaint-status-withdrawn = Yamefungwa: yameondolewa
    .next = Malalamiko yameondolewa. Hakuna hatua zaidi zitakazochukuliwa.

## Your rights (/rights)

rights-title = Haki zako
rights-intro = Kanuni hizi zinatoka Shirika la Kazi Duniani (ILO). Serikali, waajiri na wafanyakazi walizikubali pamoja. Zijue kabla ya kuondoka.
rights-never-pay-title = Hupaswi kamwe kulipa ili kupata kazi
rights-never-pay = Mwajiri ndiye hulipa ada na gharama zote za uajiri, si wewe. Hakuna mtu anayepaswa kukutoza pesa kwa chochote kati ya hivi:
rights-already-paid = Ikiwa tayari ulilipa, hifadhi kila risiti, ujumbe na picha kama ushahidi. Unaweza kulalamika, na huenda ukarudishiwa pesa zako.
rights-passport-title = Pasipoti yako ni mali yako
rights-passport = Hakuna wakala wala mwajiri anayeruhusiwa kushikilia pasipoti yako, kitambulisho chako au nyaraka zako nyingine. Una haki ya kuzishika mwenyewe. Weka picha au nakala zake mahali salama.
rights-contract-title = Mkataba ulioandikwa unaouelewa
rights-contract = Kabla ya kuondoka, unapaswa kupata mkataba ulioandikwa kwa lugha unayoielewa. Uonyeshe kazi yako, mshahara, saa za kazi na siku za mapumziko. Weka nakala yake. Ukishafika, hakuna anayeruhusiwa kuubadilisha kuwa mkataba mbaya zaidi.
rights-change-mind-title = Unaweza kubadilisha nia yako
rights-change-mind = Unaweza kuamua kutokwenda, hata kama umeshaanza mchakato. Hakuna anayeruhusiwa kukulazimisha, kukutishia au kushikilia nyaraka zako ili uende.
rights-help-title = Mahali pa kupata msaada
rights-help-embassy = Ubalozi au ubalozi mdogo wa nchi yako katika nchi unayofanyia kazi.
rights-help-labour = Ofisi ya ukaguzi wa kazi au wizara ya kazi.
rights-help-hotline = Namba ya msaada au kikundi kinachosaidia wafanyakazi wahamiaji.
rights-help-police = Ikiwa uko hatarini, piga simu polisi.
rights-help-complain = Unaweza pia kulalamika hapa, bila kutoa jina lako.
rights-source = Chanzo: ILO, Kanuni za Jumla na Miongozo ya Utekelezaji kwa Uajiri wa Haki, na Ufafanuzi wa Ada za Uajiri na Gharama Zinazohusiana (2019).

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = Rejista rasmi
listing-line = Imeorodheshwa katika { $register }
listing-line-closed = Haijaorodheshwa tena katika { $register } — kuwa mwangalifu
listing-status-listed = Imeorodheshwa
listing-status-expired = Haijaorodheshwa tena: muda umeisha
listing-status-cancelled = Haijaorodheshwa tena: imefutwa
listing-since = Ina leseni tangu
listing-offices = Ofisi
listing-source = Chanzo

## Statistics (/stats): counts of complaints and findings, small numbers hidden

stats-title = Malalamiko na maamuzi kwa takwimu
stats-intro = Wafanyakazi walitoa malalamiko mangapi, na wakaguzi waligundua nini. Takwimu hizi hazionyeshi kamwe nani alilalamika.
stats-complaints-total = Malalamiko yaliyopokelewa: { $count }
stats-findings-total = Maamuzi yaliyochapishwa: { $count }
stats-complaints-heading = Malalamiko kwa tatizo na kwa jinsia
stats-counting = Lalamiko moja linaweza kutaja tatizo zaidi ya moja. Linahesabiwa mara moja kwa kila tatizo, kwa hiyo jumla ya safu ni kubwa kuliko idadi ya malalamiko.
stats-column-problem = Tatizo
stats-column-total = Yote
stats-sex-undisclosed = Hakutaka kusema
stats-not-given = Haikutolewa
stats-chart-title = Malalamiko kwa tatizo
stats-chart-description = Upau mmoja kwa kila tatizo. Kadiri upau ulivyo mrefu, ndivyo malalamiko yalivyo mengi.
stats-findings-heading = Ada haramu zilizogunduliwa na wakaguzi, kwa aina ya ada
stats-column-findings = Maamuzi
stats-column-charged = Iliyotozwa kwa wafanyakazi
stats-hidden = Imefichwa
stats-legend = { $marker } Imefichwa: malalamiko au maamuzi chini ya { $min }, au imefichwa ili namba iliyofichwa isiweze kukokotolewa kutoka kwa nyingine.
stats-data = Watafiti wanaweza kupakua jedwali hizi, na nyingine, bila malipo:
