### fairrecruit: the worker-facing web pages, Tagalog (tl).
### Same ids and attributes as en/main.ftl; check with `python3 locales/check.py`.
### Address: ikaw/mo (direct and warm). English loanwords that OFWs use every day
### (placement fee, employer, day off, receipt code) are kept on purpose;
### see locales/GLOSSARY.md.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = Suriin ang ahensya bago ka magbayad. Magreklamo nang ligtas.
page-title = { $page } — { -site-name }
skip-to-content = Lumaktaw sa pangunahing nilalaman
language-switcher = Wika
    .button = Palitan
nav-label = Pangunahing menu
nav-search = Maghanap
nav-complain = Magreklamo
nav-status = Tingnan ang reklamo
nav-rights = Ang iyong mga karapatan
nav-stats = Estadistika
footer-run-by = Ang { -site-name } ay pinapatakbo ng { $operator }.
footer-free = Libre ang serbisyong ito. Walang sinumang puwedeng maningil sa iyo para dito.
footer-privacy = Hindi namin kailanman hinihingi ang pangalan mo. Hindi ibinabahagi ang mga hinahanap mo.
footer-open-source = Ang { -site-name } ay open-source na software.
form-optional = (kung gusto mo)
form-choose = Pumili…

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

error-not-found-title = Hindi nakita ang pahina
error-not-found = Hindi namin mahanap ang pahinang ito. Maaaring luma o mali ang link.
error-server-title = May nangyaring mali
error-server = Ang problema ay nasa amin, hindi sa iyo. Pakisubukan ulit pagkalipas ng ilang minuto.
error-rate-limit-title = Masyadong maraming request
error-rate-limit-why = Para gumana ang serbisyong ito para sa lahat, may limitasyon kung ilang pahina ang mabubuksan ng isang tao sa maikling oras.
error-rate-limit = Pakisubukan ulit pagkalipas ng { $minutes } minuto.
error-go-home = Bumalik sa paghahanap

## Search page (/)

search-title = Suriin ang ahensya
search-intro = Bago ka magbayad kaninuman o pumirma ng anuman, hanapin muna dito ang ahensya.
search-box = Maghanap ng ahensya o employer
    .placeholder = Pangalan ng ahensya o numero ng lisensya
search-box-help = Puwede ang kahit anong baybay. Puwede mong i-type ang numero ng lisensya nang may gitling o wala.
search-button = Maghanap
search-results-for = Mga resulta para sa “{ $query }”
search-results-count = { $count } resulta ang nakita
search-no-results = Walang nakitang ahensya o employer na may ganitong pangalan o numero.
search-no-results-advice = Suriin ang baybay, i-type lang ang bahagi ng pangalan, o subukan ang numero ng lisensya. Kung hindi mo pa rin makita, maaaring walang lisensya ang ahensya. Huwag magbayad at huwag ibigay ang pasaporte mo hangga't hindi ka sigurado.
search-more-results = Iba pang resulta
search-filters = Salain ang mga resulta
filter-apply = Gamitin
filter-kind = Uri
filter-kind-any = Lahat ng uri
kind-agency = Recruitment agency (ahensya)
kind-sub-agent = Sub-agent (lokal na ahente o recruiter)
kind-employer = Employer (amo)
filter-licence-status = Lisensya
filter-licence-any = Kahit anong estado ng lisensya
licence-status-active = May bisa
licence-status-pending = Hinihintay pa
licence-status-suspended = Suspendido
licence-status-revoked = Binawi
licence-status-expired = Paso na
licence-status-cancelled = Kinansela
filter-country = Bansa
filter-country-any = Lahat ng bansa
filter-sanctioned = Ipakita lang ang may umiiral na parusa

## Licence status in plain words (search results and profile)

licence-active = May bisa ang lisensya hanggang { $date }
licence-active-no-end = May bisa ang lisensya
licence-revoked = BINAWI ang lisensya — huwag magbayad sa ahensyang ito
licence-suspended = SUSPENDIDO ang lisensya mula { $date } — huwag munang magbayad sa ahensyang ito
licence-expired = Nag-expire ang lisensya noong { $date }
licence-cancelled = Kinansela ang lisensya
licence-pending = Hinihintay pa ang lisensya — hindi pa puwedeng mag-recruit
licence-none = Walang rekord ng lisensya — mag-ingat

## Search result, one organization

result-also-known-as = Kilala rin bilang: { $names }
result-sanctions-in-force = { $count } parusa ang umiiral
result-illegal-fees = { $workers ->
        [0] Naningil ng ilegal na bayad sa mga manggagawa
       *[other] Naningil ng ilegal na bayad sa { $workers } manggagawa
    }
result-findings = { $count } desisyon ng mga inspektor
result-view = Tingnan ang detalye

## Organization profile (/organizations/{id})

profile-who = Sino sila
profile-kind = Uri
profile-country = Bansa
profile-registration-number = Numero ng rehistro ng kompanya
profile-address = Address
profile-website = Website
profile-people = Mga may-ari at namamahala
role-owner = May-ari
role-director = Direktor
role-manager = Manager
profile-other-names = Ibang pangalan
alias-former = Dating pangalan
alias-trade = Pangalang pangnegosyo
alias-transliteration = Parehong pangalan, ibang baybay
profile-no-other-names = Walang ibang pangalang nakatala.
profile-licences = Mga lisensya
licence-number = Numero ng lisensya
licence-authority = Nagbigay
licence-valid-from = May bisa mula
licence-valid-until = May bisa hanggang
profile-no-licences = Walang rekord ng lisensya. Bawal mag-recruit ng manggagawa ang recruitment agency na walang lisensya.
profile-licence-history = Kasaysayan ng lisensya
history-date = Petsa
history-status = Estado
history-reason = Dahilan
profile-findings = Ang natuklasan ng mga inspektor
profile-no-findings = Wala pang inilathalang desisyon ang mga inspektor tungkol sa kanila. Hindi ito patunay na ligtas sila: laging suriin din ang lisensya.
finding-reference = Desisyon { $reference }
finding-published-on = Inilathala noong { $date }
finding-violations = Ang mali nilang ginawa
finding-legal-basis = Nilabag na patakaran
finding-severity = Gaano kabigat
severity-low = Magaan
severity-medium = Mabigat
severity-high = Napakabigat
severity-critical = Lubhang mabigat
finding-sanctions = Mga parusa
finding-appeal = Apela
appeal-none = Walang apela
appeal-appealed = Inapela — hinihintay ang desisyon
appeal-upheld = Ibinasura ang apela — nananatili ang desisyon
appeal-overturned = Binaligtad sa apela — hindi na umiiral ang desisyong ito

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = Pinagbayad ang mga manggagawa para sa sarili nilang recruitment
violation-deception = Nagsinungaling tungkol sa trabaho, sahod o kontrata
violation-document-retention = Kinuha ang pasaporte o mga dokumento ng mga manggagawa
violation-wage-theft = Hindi nagpasahod, o kulang ang ibinigay na sahod
violation-excessive-hours = Pinagtrabaho nang sobrang oras o walang day off ang mga manggagawa
violation-restriction-of-movement = Hindi pinalabas ang mga manggagawa
violation-threats = Nagbanta sa mga manggagawa
violation-physical-violence = Pananakit sa mga manggagawa
violation-sexual-violence = Sekswal na karahasan o panliligalig
violation-debt-bondage = Pinagtrabaho ang mga manggagawa para ipambayad sa utang
violation-other = Ibang paglabag

## Sanctions, keyed by sanction kind

sanction-warning = Babala
sanction-fine = Multa
sanction-suspension = Sinuspinde ang lisensya
sanction-revocation = Binawi ang lisensya
sanction-blacklisting = Naka-blacklist: bawal mag-recruit
sanction-referral = Ipinasa sa piskal
sanction-in-force = Umiiral
sanction-until = Hanggang { $date }
sanction-ended = Tapos na

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = Mga ilegal na singil at refund
fee-table-type = Singil
fee-table-per-worker = Siningil sa bawat manggagawa
fee-table-workers = Mga manggagawa
fee-table-refund-ordered = Iniutos na refund
fee-table-refund-paid = Naibalik na
profile-no-fees = Walang nakitang ilegal na singil ang mga inspektor.
fee-recruitment-fee = Placement fee
    .description = Bayad para hanapan ka ng trabaho o ipasok ka sa employer, o service fee o komisyon.
fee-medical = Medical
    .description = Medical exam, health certificate at bakuna.
fee-insurance = Insurance
    .description = Life, health o accident insurance, o pondo para sa kapakanan ng mga migranteng manggagawa.
fee-skills-test = Pagsusulit sa kakayahan at wika
    .description = Mga pagsusulit sa kakayahan, wika o kwalipikasyon mo, at ang mga sertipiko nito.
fee-training = Training
    .description = Training at orientation, bago ka umalis o pagdating mo.
fee-equipment = Gamit at uniporme
    .description = Mga kagamitan, uniporme at pamprotektang gamit na kailangan sa trabaho.
fee-travel-lodging = Biyahe at tirahan
    .description = Tiket, pamasahe, pagkain at matutuluyan sa pagpunta at sa pag-uwi.
fee-administrative = Mga papeles at permit
    .description = Aplikasyon, mga dokumento, pasaporte, visa, police at background check, exit clearance, bayad sa bangko, work at residence permit.
fee-illegitimate = Lagay at deposito
    .description = Lagay, suhol, bond, deposito at anumang perang kinuha sa iyo nang labag sa batas.
fee-other = Iba pang gastos
    .description = Anumang iba pang gastos para makuha ang trabaho.

## Accountability summary: the sentences that open a profile

summary-licence-pending = Nag-apply ng lisensya noong { $date }.
summary-licence-active = May bisa ang lisensya mula { $date }.
summary-licence-suspended = Sinuspinde ang lisensya noong { $date }.
summary-licence-revoked = Binawi ang lisensya noong { $date }.
summary-licence-expired = Nag-expire ang lisensya noong { $date }.
summary-licence-cancelled = Kinansela ang lisensya noong { $date }.
summary-licence-finding = Ito ay dahil sa desisyon { $reference }.
summary-findings = { $count ->
        [0] Wala pang inilathalang desisyon ang mga inspektor tungkol sa kanila.
       *[other] Naglathala ang mga inspektor ng { $count } desisyon laban sa kanila.
    }
summary-fees-charged = { $workers ->
        [0] Pinagbayad ang mga manggagawa ng kabuuang { $amount } na ilegal na singil.
       *[other] { $workers } manggagawa ang pinagbayad ng kabuuang { $amount } na ilegal na singil.
    }
summary-refund-none-ordered = Walang iniutos na refund.
summary-refund-ordered = Nag-utos ang mga inspektor ng refund na { $amount }.
summary-refund-paid = Naibalik na ang { $amount }.
summary-refund-paid-all = Naibalik na ang { $amount }. Wala nang natitirang utang.
summary-refund-paid-none = Wala pang naibabalik. May { $amount } pang utang sa mga manggagawa.
summary-refund-paid-part = { $refunded } na ang naibalik sa ngayon. May { $outstanding } pang utang sa mga manggagawa.
summary-sanctions-none = Walang umiiral na parusa.
summary-sanctions-in-force = Mga parusang umiiral ngayon:
summary-complaints = { $count ->
        [0] Walang natanggap na reklamo.
       *[other] { $count } reklamo ang natanggap.
    }
summary-complaints-open = { $count ->
        [0] Tapos na ang lahat ng ito.
       *[other] { $count } pa ang inaasikaso.
    }
summary-complaints-note = Hindi patunay ang reklamo. Ang mga desisyong inilathala ng mga inspektor lamang ang patunay.

## Profile: linked people, provenance, next steps

profile-linked = Mga tao at kontak na kapareho ng mga pinarusahang ahensya
profile-linked-intro = Ang organisasyong ito ay may kaparehong may-ari, direktor o manager, address, telepono o e-mail ng mga organisasyon sa ibaba. Sa bawat pares, ang isa ay binawian o sinuspinde ng lisensya, o pinarusahan: minsan muling nagbubukas sa bagong pangalan ang ahensyang ipinagbawal.
linked-also-at = Konektado rin sa:
network-possible = parehong pangalan, maaaring ibang tao
network-person = { $role } { $name }
network-address = address { $value }
network-telephone = telepono { $value }
network-email = e-mail { $value }
source-label = Pinagmulan:
source-as-of = Impormasyon hanggang { $date }
profile-next-steps = Ano ang puwede mong gawin
next-steps-dont-pay = Huwag magbayad ng anumang fee para makuha ang trabaho. Ang employer ang dapat magbayad ng lahat ng gastos sa recruitment.
next-steps-passport = Ikaw mismo ang humawak ng pasaporte at mga dokumento mo. Huwag itong ibigay kaninuman.
next-steps-contract = Bago ka umalis, humingi ng nakasulat na kontrata sa sarili mong wika, at magtabi ng kopya.
next-steps-complain = Kung hiningan ka nila ng pera, kinuha ang mga dokumento mo o nagsinungaling sa iyo, puwede kang magreklamo. Hindi mo kailangang ibigay ang pangalan mo.
next-steps-complain-link = Ireklamo sila
next-steps-help = Para sa tulong, lumapit sa embahada o konsulado ng iyong bansa, sa labor office, o sa isang hotline para sa mga migranteng manggagawa.
next-steps-rights-link = Basahin ang iyong mga karapatan

## Complaint form (/complain)

complain-title = Magreklamo
complain-intro = Sabihin sa amin kung ano ang nangyari. Libre ito at ligtas.
complain-anonymous-title = Hindi mo kailangang ibigay ang pangalan mo
complain-anonymous = Anonymous ang reklamo mo. Hindi namin hinihingi ang pangalan mo. Magbigay lang ng numero ng telepono o email kung gusto mong makatanggap ng sagot.
complain-who-sees = Ang mga labor inspector lang sa bansang may kinalaman ang makakabasa ng reklamo mo.
complain-agency-never-sees = Hindi kailanman sasabihin sa ahensya at sa employer ang pangalan mo, at hindi nila kailanman makikita ang isinulat mo.
complain-what-next = Pagkapadala mo, makakatanggap ka ng receipt code. Babasahin ng inspektor ang reklamo mo at pagpapasyahan kung ano ang gagawin. Gamit ang code mo, makikita mo kung ano na ang nangyayari.
complain-danger = Kung nasa panganib ka ngayon, tumawag sa pulis o sa embahada ng iyong bansa.
complain-organization = Aling ahensya o employer?
    .help = I-type ang pangalan o numero ng lisensya. Kung hindi namin ito makita, isulat ang pangalan at bansa.
complain-organization-name = Pangalan ng ahensya o employer
complain-organization-country = Bansa nito
complain-categories = Ano ang nangyari?
    .help = Piliin ang lahat ng tugma.
complain-narrative = Ikuwento kung ano ang nangyari
    .help = Sa sarili mong salita, sa kahit anong wika. Makakatulong sa inspektor ang mga petsa, lugar at pangalan ng mga taong sangkot. Para manatiling anonymous, huwag isulat ang sarili mong pangalan.
complain-where = Saan ito nangyari?
    .help = Piliin ang bansa o mga bansa.
complain-contact = Paano ka makokontak ng inspektor?
    .help = Telepono, WhatsApp o email, kung gusto mo lang ng sagot. Iwanang blangko para manatiling ganap na anonymous.
complain-about-you = Tungkol sa iyo
    .help = Tinutulungan kami ng mga sagot na ito na bilangin kung sino ang napipinsala, ayon sa bansa at uri ng trabaho. Hindi kailanman ipinapakita ang mga ito kasama ng reklamo mo. Puwede mo itong laktawan.
complain-sex = Kasarian
complain-age = Edad mo
complain-nationality = Nasyonalidad mo
complain-sector = Trabaho mo
complain-submit = Ipadala ang reklamo ko

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = Nagbayad ako ng fee para makuha ang trabahong ito
category-deception = Hindi tugma ang trabaho o sahod sa ipinangako nila
category-document-retention = Kinuha nila ang pasaporte o mga dokumento ko
category-wage-theft = Hindi ako pinasahod, o kulang ang sahod ko
category-excessive-hours = Sobra ang oras ng trabaho ko, o wala akong day off
category-restriction-of-movement = Hindi ako pinapayagang umalis
category-threats = Binabantaan nila ako (halimbawa, na isusumbong ako sa pulis o pauuwiin ako)
category-physical-violence = Sinaktan nila ako
category-sexual-violence = Sekswal na pang-aabuso o panliligalig
category-debt-bondage = Kailangan kong magtrabaho para bayaran ang utang
category-other = Iba pa

## About you: optional answers, keyed by wire name

sex-female = Babae
sex-male = Lalaki
sex-other = Iba
sex-undisclosed = Ayokong sabihin
age-under-18 = Wala pang 18
age-18-24 = 18 hanggang 24
age-25-34 = 25 hanggang 34
age-35-44 = 35 hanggang 44
age-45-54 = 45 hanggang 54
age-55-plus = 55 pataas
sector-domestic-work = Kasambahay (gawaing-bahay, pagluluto, pag-aalaga ng bata)
sector-care = Caregiver (pag-aalaga sa matatanda, maysakit o may kapansanan)
sector-agriculture = Pagsasaka
sector-construction = Konstruksyon
sector-manufacturing = Pabrika
sector-hospitality = Hotel at restawran
sector-fishing = Pangingisda
sector-cleaning = Paglilinis ng opisina at gusali
sector-security = Security guard
sector-transport = Pagmamaneho at delivery
sector-other = Ibang trabaho

## Complaint form: problems to fix

error-form-summary = Pakitingnan ang reklamo mo: may kailangang ayusin.
error-required = Pakisagutan ito.
error-too-long = Masyadong mahaba ito. Pakisulat nang hindi hihigit sa { $max } titik.
error-choose-category = Pumili ng kahit isang bagay na nangyari.
error-organization-not-found = Hindi namin nakita ang ahensya o employer na ito. Suriin ang pangalan, o isulat na lang ang pangalan at bansa nito.

## Complaint received (the page after sending)

complaint-received-title = Natanggap ang reklamo mo
complaint-received-thanks = Salamat sa pagsasabi sa amin.
receipt-code-label = Ang receipt code mo
receipt-code-keep = Isulat ang code na ito o kunan ng litrato. Ito lang ang paraan para masuri ang reklamo mo. Hindi namin ito mahahanap para sa iyo kung wala ito.
receipt-code-how-to-check = Para masuri ang reklamo mo, buksan ang “Tingnan ang reklamo” at i-type ang code na ito.
receipt-code-private = Huwag ipakita sa iba ang code. Makikita ng sinumang may hawak nito ang estado ng reklamo mo, pero hindi ang isinulat mo.
complaint-received-next = Babasahin agad ng inspektor ang reklamo mo. Hindi sasabihin sa ahensya at sa employer kung sino ka.

## Check a complaint (/complaints/status)

status-title = Tingnan ang reklamo
status-intro = I-type ang receipt code na natanggap mo nang ipadala mo ang reklamo.
status-code = Receipt code
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = 14 na letra at numero. Hindi mahalaga ang mga gitling at espasyo.
status-button = Tingnan
status-code-wrong-length = Ang receipt code ay may 14 na letra at numero, tulad ng ABCD-EFGH-JKMN-PQ.
status-code-bad-symbol = Ang receipt code ay may mga letra at numero lang na nakalimbag dito.
status-code-typo = May mali sa pagkaka-type ng code na ito. Suriin ang bawat letra at numero, at subukan ulit.
status-code-unknown = Wala kaming reklamo na may ganitong code. Suriin kung tama ang pagkaka-type mo. Kung nawala mo ang code, puwede kang magpadala ng bagong reklamo.
status-current = Ang reklamo mo:
status-last-change = Huling pagbabago: { $date }
status-not-told = Hindi sinasabi sa ahensya at sa employer kung sino ka. Itago ang code mo.

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = Natanggap
    .next = Babasahin ito agad ng inspektor.
complaint-status-under-review = Binabasa
    .next = Binabasa ito ng inspektor at pagpapasyahan kung ano ang gagawin.
complaint-status-investigating = Iniimbestigahan
    .next = Sinisiyasat ito ng inspektor. Kung nagbigay ka ng numero ng telepono o email, baka kontakin ka nila.
complaint-status-substantiated = Kinumpirma ng inspektor
    .next = Sinusuportahan ng ebidensya ang reklamo mo, kaya puwedeng kumilos laban sa ahensya o employer.
complaint-status-unsubstantiated = Sarado: hindi nakumpirma
    .next = Hindi ito nakumpirma ng inspektor sa nakitang ebidensya. Kung may dagdag kang impormasyon, puwede kang magpadala ng bagong reklamo.
complaint-status-referred = Ipinasa sa ibang awtoridad
    .next = Ipinasa ito sa awtoridad na puwedeng kumilos dito, tulad ng pulis, labor court o embahada.
complaint-status-withdrawn = Sarado: binawi
    .next = Binawi ang reklamo. Wala nang gagawin tungkol dito.

## Your rights (/rights)

rights-title = Ang iyong mga karapatan
rights-intro = Ang mga patakarang ito ay mula sa International Labour Organization (ILO). Pinagkasunduan ito ng mga gobyerno, employer at manggagawa. Alamin ang mga ito bago ka umalis.
rights-never-pay-title = Hindi ka dapat magbayad para makakuha ng trabaho
rights-never-pay = Ang employer ang nagbabayad ng lahat ng recruitment fee at gastos, hindi ikaw. Walang dapat maningil sa iyo para sa alinman dito:
rights-already-paid = Kung nakapagbayad ka na, itago ang bawat resibo, mensahe at litrato bilang patunay. Puwede kang magreklamo, at baka maibalik pa ang pera mo.
rights-passport-title = Sa iyo ang pasaporte mo
rights-passport = Walang ahensya o employer na puwedeng humawak ng pasaporte, ID o iba pang dokumento mo. Karapatan mong hawakan ang mga ito. Magtabi ng litrato o kopya ng mga ito sa ligtas na lugar.
rights-contract-title = Nakasulat na kontratang naiintindihan mo
rights-contract = Bago ka umalis, dapat kang makatanggap ng nakasulat na kontrata sa wikang naiintindihan mo. Dapat nakasaad dito ang trabaho mo, sahod, oras ng trabaho at mga day off. Magtabi ng kopya. Walang puwedeng magpalit nito ng mas masamang kontrata pagdating mo roon.
rights-change-mind-title = Puwede kang magbago ng isip
rights-change-mind = Puwede kang magpasyang huwag nang tumuloy, kahit nasimulan mo na ang proseso. Walang puwedeng pumilit o magbanta sa iyo, o humawak ng mga dokumento mo para mapilitan kang umalis.
rights-help-title = Saan hihingi ng tulong
rights-help-embassy = Ang embahada o konsulado ng iyong bansa sa bansang pinagtatrabahuhan mo.
rights-help-labour = Ang labor inspection office o ang labor ministry.
rights-help-hotline = Isang hotline o grupong tumutulong sa mga migranteng manggagawa.
rights-help-police = Kung nasa panganib ka, tumawag sa pulis.
rights-help-complain = Puwede ka ring magreklamo dito nang hindi ibinibigay ang pangalan mo.
rights-source = Pinagmulan: ILO General Principles and Operational Guidelines for Fair Recruitment, at Definition of Recruitment Fees and Related Costs (2019).

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = Mga opisyal na rehistro
listing-line = Nakalista sa { $register }
listing-line-closed = Hindi na nakalista sa { $register } — mag-ingat
listing-status-listed = Nakalista
listing-status-expired = Hindi na nakalista: paso na
listing-status-cancelled = Hindi na nakalista: kinansela
listing-since = May lisensya mula
listing-offices = Mga opisina
listing-source = Pinagmulan

## Statistics (/stats): counts of complaints and findings, small numbers hidden

stats-title = Mga reklamo at pasya sa mga numero
stats-intro = Ilang reklamo ang ginawa ng mga manggagawa, at ano ang natuklasan ng mga inspektor. Hindi kailanman ipinapakita ng mga numerong ito kung sino ang nagreklamo.
stats-complaints-total = Mga reklamong natanggap: { $count }
stats-findings-total = Mga pasyang inilathala: { $count }
stats-complaints-heading = Mga reklamo ayon sa problema at kasarian
stats-counting = Maaaring magbanggit ang isang reklamo ng higit sa isang problema. Binibilang ito nang isang beses para sa bawat isa, kaya mas malaki ang kabuuan ng mga hilera kaysa sa bilang ng mga reklamo.
stats-column-problem = Problema
stats-column-total = Lahat
stats-sex-undisclosed = Ayaw sabihin
stats-not-given = Hindi ibinigay
stats-chart-title = Mga reklamo ayon sa problema
stats-chart-description = Isang bar para sa bawat problema. Kung mas mahaba ang bar, mas marami ang reklamo.
stats-findings-heading = Mga ilegal na bayad na natuklasan ng mga inspektor, ayon sa uri ng bayad
stats-column-findings = Mga pasya
stats-column-charged = Siningil sa mga manggagawa
stats-hidden = Nakatago
stats-legend = { $marker } Nakatago: mas kaunti sa { $min } na reklamo o pasya, o itinago para hindi makuwenta ang nakatagong numero mula sa iba.
stats-data = Maaaring i-download nang libre ng mga mananaliksik ang mga talahanayang ito at iba pa:
