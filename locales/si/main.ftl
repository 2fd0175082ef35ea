### fairrecruit: the worker-facing web pages, Sinhala (si).
### Same ids and attributes as en/main.ftl; check with `python3 locales/check.py`.
### Address: ඔබ with polite -න්න imperatives and "එපා" for "do not".
### Terms: see locales/GLOSSARY.md.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = මුදල් ගෙවීමට පෙර ඒජන්සිය පරීක්ෂා කරන්න. ආරක්ෂිතව පැමිණිලි කරන්න.
page-title = { $page } — { -site-name }
skip-to-content = ප්‍රධාන කොටසට යන්න
language-switcher = භාෂාව
    .button = වෙනස් කරන්න
nav-label = ප්‍රධාන මෙනුව
nav-search = සොයන්න
nav-complain = පැමිණිලි කරන්න
nav-status = පැමිණිල්ල පරීක්ෂා කරන්න
nav-rights = ඔබේ අයිතිවාසිකම්
nav-stats = සංඛ්‍යාලේඛන
footer-run-by = { -site-name } පවත්වාගෙන යන්නේ { $operator } විසිනි.
footer-free = මෙම සේවාව නොමිලේ. මේ සඳහා කිසිවෙකුට ඔබෙන් මුදල් ඉල්ලිය නොහැක.
footer-privacy = අපි කිසිදා ඔබේ නම අසන්නේ නැහැ. ඔබ සොයන දේ කිසිවෙකුට දෙන්නේ නැහැ.
footer-open-source = { -site-name } විවෘත මූලාශ්‍ර (open-source) මෘදුකාංගයකි.
form-optional = (කැමති නම් පමණක්)
form-choose = තෝරන්න…

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

error-not-found-title = පිටුව හමු නොවීය
error-not-found = අපට මෙම පිටුව සොයාගත නොහැකි විය. සබැඳිය පැරණි හෝ වැරදි විය හැක.
error-server-title = යම් දෝෂයක් සිදු විය
error-server = ගැටලුව ඇත්තේ අපේ පැත්තේ මිස ඔබේ පැත්තේ නොවේ. මිනිත්තු කිහිපයකින් නැවත උත්සාහ කරන්න.
error-rate-limit-title = ඉල්ලීම් වැඩියි
error-rate-limit-why = සැමට මෙම සේවාව ලබා දීම සඳහා, කෙටි කාලයක් තුළ එක් අයෙකුට විවෘත කළ හැකි පිටු ගණන සීමා කර ඇත.
error-rate-limit = මිනිත්තු { $minutes }කින් නැවත උත්සාහ කරන්න.
error-go-home = සෙවීමට ආපසු යන්න

## Search page (/)

search-title = ඒජන්සියක් පරීක්ෂා කරන්න
search-intro = කිසිවෙකුට මුදල් ගෙවීමට හෝ කිසිවක් අත්සන් කිරීමට පෙර, මෙහි ඒජන්සිය ගැන සොයා බලන්න.
search-box = ඒජන්සියක් හෝ සේවා යෝජකයෙක් සොයන්න
    .placeholder = ඒජන්සියේ නම හෝ බලපත්‍ර අංකය
search-box-help = නම ඕනෑම අක්ෂර වින්‍යාසයකින් ලිවිය හැක. බලපත්‍ර අංකය ඉරි (-) සහිතව හෝ රහිතව ලිවිය හැක.
search-button = සොයන්න
search-results-for = “{ $query }” සඳහා ප්‍රතිඵල
search-results-count = ආයතන { $count }ක් හමු විය
search-no-results = මෙම නමින් හෝ අංකයෙන් ඒජන්සියක් හෝ සේවා යෝජකයෙක් හමු නොවීය.
search-no-results-advice = අක්ෂර වින්‍යාසය පරීක්ෂා කරන්න, නමේ කොටසක් පමණක් ලියන්න, නැතහොත් බලපත්‍ර අංකයෙන් සොයන්න. එසේත් හමු නොවුණොත්, එම ඒජන්සියට බලපත්‍රයක් නොතිබිය හැක. විශ්වාස වන තුරු මුදල් ගෙවන්න එපා, ගමන් බලපත්‍රයත් දෙන්න එපා.
search-more-results = තවත් ප්‍රතිඵල
search-filters = ප්‍රතිඵල පෙරන්න
filter-apply = යොදන්න
filter-kind = වර්ගය
filter-kind-any = සියලු වර්ග
kind-agency = විදේශ රැකියා ඒජන්සිය
kind-sub-agent = උප ඒජන්තවරයා (ප්‍රදේශයේ ඒජන්තවරයා හෝ තැරැව්කරු)
kind-employer = සේවා යෝජකයා
filter-licence-status = බලපත්‍රය
filter-licence-any = බලපත්‍රයේ ඕනෑම තත්ත්වයක්
licence-status-active = වලංගුයි
licence-status-pending = අනුමැතිය ලැබීමට ඇත
licence-status-suspended = අත්හිටුවා ඇත
licence-status-revoked = අවලංගු කර ඇත
licence-status-expired = කල් ඉකුත් වී ඇත
licence-status-cancelled = වසා දමා ඇත
filter-country = රට
filter-country-any = සියලු රටවල්
filter-sanctioned = දැනට දඬුවම් ක්‍රියාත්මක ඒවා පමණක් පෙන්වන්න

## Licence status in plain words (search results and profile)

licence-active = බලපත්‍රය { $date } දක්වා වලංගුයි
licence-active-no-end = බලපත්‍රය වලංගුයි
licence-revoked = බලපත්‍රය අවලංගු කර ඇත — මෙම ඒජන්සියට මුදල් ගෙවන්න එපා
licence-suspended = බලපත්‍රය { $date } සිට අත්හිටුවා ඇත — දැන් මෙම ඒජන්සියට මුදල් ගෙවන්න එපා
licence-expired = බලපත්‍රය { $date } දින කල් ඉකුත් විය
licence-cancelled = බලපත්‍රය වසා දමා ඇත
licence-pending = බලපත්‍රය තවම අනුමත කර නැත — සේවකයන් බඳවා ගැනීමට තවම අවසර නැත
licence-none = බලපත්‍රයක් ගැන වාර්තාවක් නැත — පරෙස්සම් වන්න

## Search result, one organization

result-also-known-as = වෙනත් නම්: { $names }
result-sanctions-in-force = දඬුවම් { $count }ක් ක්‍රියාත්මකයි
result-illegal-fees = { $workers ->
        [0] සේවකයන්ගෙන් නීති විරෝධී ගාස්තු අය කළා
       *[other] සේවකයන් { $workers } දෙනෙකුගෙන් නීති විරෝධී ගාස්තු අය කළා
    }
result-findings = පරීක්ෂකවරුන්ගේ තීරණ { $count }ක්
result-view = විස්තර බලන්න

## Organization profile (/organizations/{id})

profile-who = ආයතනය ගැන
profile-kind = වර්ගය
profile-country = රට
profile-registration-number = සමාගම් ලියාපදිංචි අංකය
profile-address = ලිපිනය
profile-website = වෙබ් අඩවිය
profile-people = හිමිකරුවන් සහ එය පවත්වාගෙන යන අය
role-owner = හිමිකරු
role-director = අධ්‍යක්ෂ
role-manager = කළමනාකරු
profile-other-names = වෙනත් නම්
alias-former = පෙර නම
alias-trade = ව්‍යාපාරික නම
alias-transliteration = එම නමම, වෙනත් අක්ෂර වින්‍යාසයකින්
profile-no-other-names = වෙනත් නම් වාර්තා වී නැත.
profile-licences = බලපත්‍ර
licence-number = බලපත්‍ර අංකය
licence-authority = නිකුත් කළ ආයතනය
licence-valid-from = වලංගු වූ දිනය
licence-valid-until = වලංගු අවසන් දිනය
profile-no-licences = බලපත්‍රයක් ගැන වාර්තාවක් නැත. බලපත්‍රයක් නැති රැකියා ඒජන්සියකට සේවකයන් බඳවා ගැනීමට අවසර නැත.
profile-licence-history = බලපත්‍ර ඉතිහාසය
history-date = දිනය
history-status = තත්ත්වය
history-reason = හේතුව
profile-findings = පරීක්ෂකවරුන්ට හමු වූ දේ
profile-no-findings = පරීක්ෂකවරුන් මොවුන් ගැන කිසිදු තීරණයක් ප්‍රකාශයට පත් කර නැත. එයින් අදහස් වන්නේ මොවුන් ආරක්ෂිත බව නොවේ: සැමවිටම බලපත්‍රයත් පරීක්ෂා කරන්න.
finding-reference = තීරණය { $reference }
finding-published-on = { $date } දින ප්‍රකාශිතයි
finding-violations = මොවුන් කළ වැරදි
finding-legal-basis = කඩ කළ නීතිය
finding-severity = කොතරම් බරපතළද
severity-low = සුළු
severity-medium = බරපතළ
severity-high = ඉතා බරපතළ
severity-critical = අතිශයින් බරපතළ
finding-sanctions = දඬුවම්
finding-appeal = අභියාචනය
appeal-none = අභියාචනයක් නැත
appeal-appealed = අභියාචනා කර ඇත — තීරණය බලාපොරොත්තුවෙන්
appeal-upheld = අභියාචනය ප්‍රතික්ෂේප විය — තීරණය වලංගුයි
appeal-overturned = අභියාචනයේදී තීරණය වෙනස් විය — මෙම තීරණය තවදුරටත් වලංගු නැත

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = සේවකයන්ගේ බඳවා ගැනීමේ වියදම සේවකයන්ගෙන්ම අය කළා
violation-deception = රැකියාව, වැටුප හෝ ගිවිසුම ගැන බොරු කීවා
violation-document-retention = සේවකයන්ගේ ගමන් බලපත්‍ර හෝ ලේඛන තබා ගත්තා
violation-wage-theft = වැටුප් ගෙව්වේ නැහැ, නැතහොත් අඩුවෙන් ගෙව්වා
violation-excessive-hours = සේවකයන් ලවා ඕනෑවට වඩා පැය ගණනක් හෝ නිවාඩු නොදී වැඩ කරවා ගත්තා
violation-restriction-of-movement = සේවකයන්ට පිටතට යාමට ඉඩ දුන්නේ නැහැ
violation-threats = සේවකයන්ට තර්ජනය කළා
violation-physical-violence = සේවකයන්ට පහර දීම
violation-sexual-violence = ලිංගික හිංසනය හෝ ලිංගික හිරිහැර
violation-debt-bondage = ණයක් ගෙවීමට සේවකයන් ලවා බලහත්කාරයෙන් වැඩ කරවා ගත්තා
violation-other = වෙනත් නීති කඩ කිරීමක්

## Sanctions, keyed by sanction kind

sanction-warning = අවවාදය
sanction-fine = දඩය
sanction-suspension = බලපත්‍රය අත්හිටුවීම
sanction-revocation = බලපත්‍රය අවලංගු කිරීම
sanction-blacklisting = අසාදු ලේඛනගත කර ඇත: බඳවා ගැනීමට අවසර නැත
sanction-referral = නඩු පැවරීමට යොමු කර ඇත
sanction-in-force = ක්‍රියාත්මකයි
sanction-until = { $date } දක්වා
sanction-ended = අවසන්

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = නීති විරෝධීව අය කළ ගාස්තු සහ ආපසු ගෙවීම්
fee-table-type = ගාස්තුව
fee-table-per-worker = එක් සේවකයෙකුගෙන් අය කළ මුදල
fee-table-workers = සේවකයන්
fee-table-refund-ordered = ආපසු ගෙවීමට නියෝග කළ මුදල
fee-table-refund-paid = ආපසු ගෙවූ මුදල
profile-no-fees = පරීක්ෂකවරුන්ට නීති විරෝධී ගාස්තු හමු වී නැත.
fee-recruitment-fee = බඳවා ගැනීමේ ගාස්තුව
    .description = ඔබට රැකියාවක් සොයා දීමට හෝ සේවා යෝජකයෙකු වෙත යැවීමට අය කරන ගාස්තුව, සේවා ගාස්තුව හෝ කොමිස් මුදල.
fee-medical = වෛද්‍ය පරීක්ෂණ
    .description = වෛද්‍ය පරීක්ෂණ, සෞඛ්‍ය සහතික සහ එන්නත්.
fee-insurance = රක්ෂණය
    .description = ජීවිත, සෞඛ්‍ය හෝ අනතුරු රක්ෂණය, හෝ විදේශ සේවක සුභසාධන අරමුදල.
fee-skills-test = කුසලතා සහ භාෂා පරීක්ෂණ
    .description = ඔබේ කුසලතා, භාෂාව හෝ සුදුසුකම් පිළිබඳ පරීක්ෂණ, සහ ඒවායේ සහතික.
fee-training = පුහුණුව
    .description = පිටත්ව යාමට පෙර හෝ එහි ගිය පසු පුහුණුව සහ දැනුවත් කිරීම්.
fee-equipment = උපකරණ සහ නිල ඇඳුම්
    .description = රැකියාවට අවශ්‍ය මෙවලම්, නිල ඇඳුම් සහ ආරක්ෂක උපකරණ.
fee-travel-lodging = ගමන් සහ නවාතැන්
    .description = යාමට සහ නැවත ගෙදර ඒමට ටිකට්පත්, ප්‍රවාහනය, ගමනේදී ආහාර සහ නවාතැන්.
fee-administrative = ලේඛන සහ අවසර පත්‍ර
    .description = අයදුම්පත්, ලේඛන, ගමන් බලපත්‍රය, වීසා, පොලිස් සහ පසුබිම් පරීක්ෂණ, විදේශ රැකියා ලියාපදිංචිය, බැංකු ගාස්තු, සේවා සහ පදිංචි බලපත්‍ර.
fee-illegitimate = අල්ලස් සහ තැන්පතු
    .description = අල්ලස්, කොමිස්, ඇප බැඳුම්කර, තැන්පතු, සහ නීතියට පටහැනිව ඔබෙන් ගන්නා ඕනෑම මුදලක්.
fee-other = වෙනත් වියදම්
    .description = රැකියාව ලබා ගැනීම සඳහා අය කරන වෙනත් ඕනෑම වියදමක්.

## Accountability summary: the sentences that open a profile

summary-licence-pending = { $date } දින බලපත්‍රය සඳහා අයදුම් කරන ලදී.
summary-licence-active = { $date } සිට බලපත්‍රය වලංගුයි.
summary-licence-suspended = { $date } දින බලපත්‍රය අත්හිටුවන ලදී.
summary-licence-revoked = { $date } දින බලපත්‍රය අවලංගු කරන ලදී.
summary-licence-expired = { $date } දින බලපත්‍රය කල් ඉකුත් විය.
summary-licence-cancelled = { $date } දින බලපත්‍රය වසා දමන ලදී.
summary-licence-finding = මෙය සිදු වූයේ { $reference } තීරණයෙන් පසුවයි.
summary-findings = { $count ->
        [0] පරීක්ෂකවරුන් මොවුන් ගැන කිසිදු තීරණයක් ප්‍රකාශයට පත් කර නැත.
       *[other] පරීක්ෂකවරුන් මොවුන්ට එරෙහිව තීරණ { $count }ක් ප්‍රකාශයට පත් කර ඇත.
    }
summary-fees-charged = { $workers ->
        [0] සේවකයන්ට නීති විරෝධී ගාස්තු ගෙවීමට සිදු විය: මුළු මුදල { $amount }.
       *[other] සේවකයන් { $workers } දෙනෙකුට නීති විරෝධී ගාස්තු ගෙවීමට සිදු විය: මුළු මුදල { $amount }.
    }
summary-refund-none-ordered = මුදල් ආපසු ගෙවීමට නියෝගයක් කර නැත.
summary-refund-ordered = පරීක්ෂකවරුන් { $amount } ආපසු ගෙවීමට නියෝග කළා.
summary-refund-paid = { $amount } ආපසු ගෙවා ඇත.
summary-refund-paid-all = { $amount } ආපසු ගෙවා ඇත. තවත් ගෙවීමට කිසිවක් ඉතිරි නැත.
summary-refund-paid-none = තවම කිසිවක් ආපසු ගෙවා නැත. සේවකයන්ට තවමත් { $amount } ගෙවිය යුතුයි.
summary-refund-paid-part = මේ වන විට { $refunded } ආපසු ගෙවා ඇත. සේවකයන්ට තවමත් { $outstanding } ගෙවිය යුතුයි.
summary-sanctions-none = දැනට ක්‍රියාත්මක දඬුවම් නැත.
summary-sanctions-in-force = දැනට ක්‍රියාත්මක දඬුවම්:
summary-complaints = { $count ->
        [0] පැමිණිලි කිසිවක් ලැබී නැත.
       *[other] පැමිණිලි { $count }ක් ලැබී ඇත.
    }
summary-complaints-open = { $count ->
        [0] සියලු පැමිණිලි පිළිබඳ කටයුතු අවසන්.
       *[other] ඉන් { $count }ක් පිළිබඳ කටයුතු තවම සිදු වෙමින් පවතී.
    }
summary-complaints-note = පැමිණිල්ලක් සාක්ෂියක් නොවේ. පරීක්ෂකවරුන් ප්‍රකාශයට පත් කළ තීරණ පමණක් සාක්ෂි වේ.

## Profile: linked people, provenance, next steps

profile-linked = දඬුවම් ලැබූ ආයතන සමඟ පොදු පුද්ගලයන් සහ සම්බන්ධතා
profile-linked-intro = මෙම ආයතනය පහත ආයතන සමඟ හිමිකරු, අධ්‍යක්ෂ හෝ කළමනාකරු, ලිපිනය, දුරකථනය හෝ ඊමේල් ලිපිනය බෙදා ගනී. සෑම යුගලයකම එකක බලපත්‍රය අවලංගු කර හෝ අත්හිටුවා ඇත, නැතහොත් දඬුවම් ලබා ඇත: තහනම් ආයතනයක් සමහර විට නව නමකින් නැවත විවෘත වේ.
linked-also-at = මේවාට ද සම්බන්ධයි:
network-possible = එකම නම, වෙනත් පුද්ගලයෙකු විය හැක
network-person = { $role } { $name }
network-address = ලිපිනය { $value }
network-telephone = දුරකථනය { $value }
network-email = ඊමේල් { $value }
source-label = මූලාශ්‍රය:
source-as-of = { $date } දක්වා තොරතුරු
profile-next-steps = ඔබට ඊළඟට කළ හැකි දේ
next-steps-dont-pay = රැකියාව ලබා ගැනීමට කිසිදු ගාස්තුවක් ගෙවන්න එපා. බඳවා ගැනීමේ සියලු වියදම් සේවා යෝජකයා ගෙවිය යුතුයි.
next-steps-passport = ඔබේ ගමන් බලපත්‍රය සහ ලේඛන ඔබ ළඟම තබා ගන්න. කිසිවෙකුට භාර දෙන්න එපා.
next-steps-contract = පිටත්ව යාමට පෙර ඔබේ භාෂාවෙන් ලියූ ගිවිසුමක් ඉල්ලා ගන්න, එහි පිටපතක් තබා ගන්න.
next-steps-complain = මොවුන් ඔබෙන් මුදල් ඉල්ලුවා නම්, ඔබේ ලේඛන ගත්තා නම් හෝ ඔබට බොරු කීවා නම්, ඔබට පැමිණිලි කළ හැක. ඔබේ නම දිය යුතු නැත.
next-steps-complain-link = මොවුන් ගැන පැමිණිලි කරන්න
next-steps-help = උදව් සඳහා ඔබේ රටේ තානාපති කාර්යාලය හෝ කොන්සල් කාර්යාලය, කම්කරු කාර්යාලය, හෝ විදේශ සේවකයන් සඳහා වූ උපකාරක දුරකථන සේවාවක් අමතන්න.
next-steps-rights-link = ඔබේ අයිතිවාසිකම් ගැන කියවන්න

## Complaint form (/complain)

complain-title = පැමිණිල්ලක් කරන්න
complain-intro = සිදු වූ දේ අපට කියන්න. මෙය නොමිලේ, ආරක්ෂිතයි.
complain-anonymous-title = ඔබේ නම දිය යුතු නැත
complain-anonymous = ඔබේ පැමිණිල්ල නිර්නාමිකයි. අපි ඔබේ නම අසන්නේ නැහැ. පිළිතුරක් අවශ්‍ය නම් පමණක් දුරකථන අංකයක් හෝ ඊමේල් ලිපිනයක් දෙන්න.
complain-who-sees = ඔබේ පැමිණිල්ල කියවිය හැක්කේ අදාළ රටේ කම්කරු පරීක්ෂකවරුන්ට පමණි.
complain-agency-never-sees = ඒජන්සියට සහ සේවා යෝජකයාට ඔබේ නම කිසිදා කියන්නේ නැත, ඔබ ලියූ දේ ඔවුන් කිසිදා දකින්නේද නැත.
complain-what-next = පැමිණිල්ල යැවූ විට ඔබට රිසිට් කේතයක් ලැබේ. පරීක්ෂකවරයෙක් ඔබේ පැමිණිල්ල කියවා කළ යුතු දේ තීරණය කරයි. ඔබේ කේතයෙන් සිදු වන දේ බලා ගත හැක.
complain-danger = ඔබ දැන් අනතුරක නම්, පොලිසියට හෝ ඔබේ තානාපති කාර්යාලයට කතා කරන්න.
complain-organization = කුමන ඒජන්සියද, නැත්නම් කුමන සේවා යෝජකයාද?
    .help = එහි නම හෝ බලපත්‍ර අංකය ලියන්න. අපට හමු නොවුණොත්, නම සහ රට ලියන්න.
complain-organization-name = ඒජන්සියේ හෝ සේවා යෝජකයාගේ නම
complain-organization-country = එහි රට
complain-categories = සිදු වූයේ කුමක්ද?
    .help = අදාළ සියල්ල තෝරන්න.
complain-narrative = සිදු වූ දේ අපට කියන්න
    .help = ඔබේම වචනවලින්, ඕනෑම භාෂාවකින් ලියන්න. දින, ස්ථාන සහ සම්බන්ධ පුද්ගලයන්ගේ නම් පරීක්ෂකවරයාට උපකාරී වේ. නම හෙළි නොකර සිටීමට නම්, ඔබේ නම ලියන්න එපා.
complain-where = මෙය සිදු වූයේ කොහේද?
    .help = රට හෝ රටවල් තෝරන්න.
complain-contact = පරීක්ෂකවරයෙකුට ඔබව සම්බන්ධ කර ගත හැක්කේ කෙසේද?
    .help = පිළිතුරක් අවශ්‍ය නම් පමණක් දුරකථන අංකය, WhatsApp හෝ ඊමේල් දෙන්න. සම්පූර්ණයෙන්ම නිර්නාමිකව සිටීමට මෙය හිස්ව තබන්න.
complain-about-you = ඔබ ගැන
    .help = රට සහ රැකියා වර්ගය අනුව කී දෙනෙකුට හානි වූවාදැයි ගණන් කිරීමට මෙම පිළිතුරු අපට උපකාරී වේ. ඒවා කිසිදා ඔබේ පැමිණිල්ල සමඟ පෙන්වන්නේ නැත. ඔබට ඒවා මඟ හැරිය හැක.
complain-sex = ස්ත්‍රී/පුරුෂ භාවය
complain-age = ඔබේ වයස
complain-nationality = ඔබේ ජාතිකත්වය
complain-sector = ඔබේ රැකියාව
complain-submit = මගේ පැමිණිල්ල යවන්න

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = මෙම රැකියාව ලබා ගැනීමට මම ගාස්තුවක් ගෙව්වා
category-deception = රැකියාව හෝ වැටුප පොරොන්දු වූ විදිහට තිබුණේ නැහැ
category-document-retention = ඔවුන් මගේ ගමන් බලපත්‍රය හෝ ලේඛන ගත්තා
category-wage-theft = මට වැටුප් ගෙව්වේ නැහැ, නැතහොත් අඩුවෙන් ගෙව්වා
category-excessive-hours = මට ඕනෑවට වඩා පැය ගණනක් වැඩ කරන්න වෙනවා, නැතහොත් නිවාඩු දවසක් නැහැ
category-restriction-of-movement = මට පිටතට යන්න ඉඩ දෙන්නේ නැහැ
category-threats = ඔවුන් මට තර්ජනය කරනවා (උදාහරණයක් ලෙස පොලිසියට දෙන බව හෝ ආපසු රටට යවන බව)
category-physical-violence = ඔවුන් මට ගැහුවා හෝ තුවාල කළා
category-sexual-violence = ලිංගික අපයෝජනය හෝ ලිංගික හිරිහැර
category-debt-bondage = ණයක් ගෙවන්න මට වැඩ කරන්නම වෙනවා
category-other = වෙනත් දෙයක්

## About you: optional answers, keyed by wire name

sex-female = ස්ත්‍රී
sex-male = පුරුෂ
sex-other = වෙනත්
sex-undisclosed = කියන්න කැමති නැහැ
age-under-18 = අවුරුදු 18ට අඩු
age-18-24 = අවුරුදු 18 සිට 24 දක්වා
age-25-34 = අවුරුදු 25 සිට 34 දක්වා
age-35-44 = අවුරුදු 35 සිට 44 දක්වා
age-45-54 = අවුරුදු 45 සිට 54 දක්වා
age-55-plus = අවුරුදු 55 හෝ ඊට වැඩි
sector-domestic-work = ගෘහ සේවය (ගෙදර වැඩ, උයන්න, ළමුන් බලා ගැනීම)
sector-care = රැකබලා ගැනීමේ සේවය (වැඩිහිටි, රෝගී හෝ ආබාධිත අය)
sector-agriculture = කෘෂිකාර්මික වැඩ
sector-construction = ඉදිකිරීම්
sector-manufacturing = කර්මාන්තශාලා වැඩ
sector-hospitality = හෝටල් සහ අවන්හල්
sector-fishing = ධීවර කටයුතු
sector-cleaning = කාර්යාල සහ ගොඩනැගිලි පිරිසිදු කිරීම
sector-security = ආරක්ෂක නිලධාරී
sector-transport = රිය පැදවීම සහ බෙදාහැරීම
sector-other = වෙනත් රැකියාවක්

## Complaint form: problems to fix

error-form-summary = කරුණාකර ඔබේ පැමිණිල්ල පරීක්ෂා කරන්න: යමක් නිවැරදි කළ යුතුයි.
error-required = කරුණාකර මෙය පුරවන්න.
error-too-long = මෙය දිග වැඩියි. උපරිම අකුරු { $max }ක් ලියන්න.
error-choose-category = සිදු වූ දේවලින් අවම වශයෙන් එකක් තෝරන්න.
error-organization-not-found = මෙම ඒජන්සිය හෝ සේවා යෝජකයා හමු නොවීය. නම පරීක්ෂා කරන්න, නැතහොත් ඒ වෙනුවට නම සහ රට ලියන්න.

## Complaint received (the page after sending)

complaint-received-title = ඔබේ පැමිණිල්ල ලැබුණා
complaint-received-thanks = අපට කීවාට ස්තූතියි.
receipt-code-label = ඔබේ රිසිට් කේතය
receipt-code-keep = මෙම කේතය ලියා තබා ගන්න, නැතහොත් ඡායාරූපයක් ගන්න. ඔබේ පැමිණිල්ල පරීක්ෂා කළ හැකි එකම ක්‍රමය එයයි. එය නැතිව අපට ඔබේ පැමිණිල්ල සොයා දිය නොහැක.
receipt-code-how-to-check = පැමිණිල්ල පරීක්ෂා කිරීමට “පැමිණිල්ල පරීක්ෂා කරන්න” විවෘත කර මෙම කේතය ලියන්න.
receipt-code-private = කේතය රහසිගතව තබා ගන්න. එය ඇති ඕනෑම කෙනෙකුට ඔබේ පැමිණිල්ලේ තත්ත්වය දැකිය හැක, නමුත් ඔබ ලියූ දේ දැකිය නොහැක.
complaint-received-next = පරීක්ෂකවරයෙක් ඉක්මනින් ඔබේ පැමිණිල්ල කියවනු ඇත. ඔබ කවුදැයි ඒජන්සියට සහ සේවා යෝජකයාට කියන්නේ නැත.

## Check a complaint (/complaints/status)

status-title = පැමිණිල්ල පරීක්ෂා කරන්න
status-intro = පැමිණිල්ල යැවූ විට ඔබට ලැබුණු රිසිට් කේතය ලියන්න.
status-code = රිසිට් කේතය
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = අකුරු සහ ඉලක්කම් 14ක්. ඉරි සහ හිස් තැන් ගැටලුවක් නොවේ.
status-button = පරීක්ෂා කරන්න
status-code-wrong-length = රිසිට් කේතයක අකුරු සහ ඉලක්කම් 14ක් ඇත, උදාහරණයක් ලෙස ABCD-EFGH-JKMN-PQ.
status-code-bad-symbol = රිසිට් කේතයක ඇත්තේ එහි මුද්‍රණය කර ඇති අකුරු සහ ඉලක්කම් පමණි.
status-code-typo = මෙම කේතය ටයිප් කිරීමේදී වැරැද්දක් සිදු වී ඇත. එක් එක් අකුර සහ ඉලක්කම පරීක්ෂා කර නැවත උත්සාහ කරන්න.
status-code-unknown = මෙම කේතයෙන් පැමිණිල්ලක් අප සතුව නැත. ඔබ නිවැරදිව ටයිප් කළාදැයි බලන්න. ඔබේ කේතය නැති වූවා නම්, ඔබට නව පැමිණිල්ලක් යැවිය හැක.
status-current = ඔබේ පැමිණිල්ල:
status-last-change = අවසන් වෙනස: { $date }
status-not-told = ඔබ කවුදැයි ඒජන්සියට සහ සේවා යෝජකයාට කියන්නේ නැත. ඔබේ කේතය සුරක්ෂිතව තබා ගන්න.

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = ලැබුණා
    .next = පරීක්ෂකවරයෙක් ඉක්මනින් එය කියවනු ඇත.
complaint-status-under-review = කියවමින් පවතී
    .next = පරීක්ෂකවරයෙක් එය කියවමින් සිටින අතර, කළ යුතු දේ තීරණය කරනු ඇත.
complaint-status-investigating = විමර්ශනය කරමින් පවතී
    .next = පරීක්ෂකවරයෙක් එය සොයා බලමින් සිටී. ඔබ දුරකථන අංකයක් හෝ ඊමේල් ලිපිනයක් දුන්නා නම්, ඔවුන් ඔබව සම්බන්ධ කර ගත හැක.
complaint-status-substantiated = පරීක්ෂකවරයා තහවුරු කළා
    .next = සාක්ෂි ඔබේ පැමිණිල්ලට සහාය දක්වයි, එබැවින් ඒජන්සියට හෝ සේවා යෝජකයාට එරෙහිව ක්‍රියාමාර්ග ගත හැක.
complaint-status-unsubstantiated = වසා ඇත: තහවුරු නොවීය
    .next = හමු වූ සාක්ෂිවලින් පරීක්ෂකවරයාට එය තහවුරු කළ නොහැකි විය. ඔබට තවත් තොරතුරු ඇත්නම්, නව පැමිණිල්ලක් යැවිය හැක.
complaint-status-referred = වෙනත් ආයතනයකට යොමු කළා
    .next = එය ක්‍රියාමාර්ග ගත හැකි ආයතනයකට යොමු කර ඇත, උදාහරණයක් ලෙස පොලිසිය, කම්කරු අධිකරණය හෝ තානාපති කාර්යාලය.
complaint-status-withdrawn = වසා ඇත: ඉල්ලා අස් කර ගත්තා
    .next = පැමිණිල්ල ඉල්ලා අස් කර ගෙන ඇත. ඒ ගැන තවදුරටත් කිසිවක් කරන්නේ නැත.

## Your rights (/rights)

rights-title = ඔබේ අයිතිවාසිකම්
rights-intro = මෙම නීති රීති ජාත්‍යන්තර කම්කරු සංවිධානයෙන් (ILO) පැමිණේ. රජයන්, සේවා යෝජකයන් සහ සේවකයන් එක්ව ඒවාට එකඟ වූහ. යාමට පෙර ඒවා දැනගන්න.
rights-never-pay-title = රැකියාවක් ලබා ගැනීමට ඔබ කිසිදා මුදල් ගෙවිය යුතු නැත
rights-never-pay = බඳවා ගැනීමේ සියලු ගාස්තු සහ වියදම් ගෙවන්නේ සේවා යෝජකයා මිස ඔබ නොවේ. මේ කිසිවක් සඳහා කිසිවෙකු ඔබෙන් මුදල් ගත යුතු නැත:
rights-already-paid = ඔබ දැනටමත් ගෙවා ඇත්නම්, සෑම රිසිට්පතක්ම, පණිවිඩයක්ම සහ ඡායාරූපයක්ම සාක්ෂි ලෙස තබා ගන්න. ඔබට පැමිණිලි කළ හැකි අතර, ඔබේ මුදල් ආපසු ලැබීමටද ඉඩ ඇත.
rights-passport-title = ඔබේ ගමන් බලපත්‍රය ඔබට අයිතියි
rights-passport = කිසිදු ඒජන්සියකට හෝ සේවා යෝජකයෙකුට ඔබේ ගමන් බලපත්‍රය (පාස්පෝට්), හැඳුනුම්පත හෝ වෙනත් ලේඛන තබා ගත නොහැක. ඒවා ඔබ ළඟ තබා ගැනීම ඔබේ අයිතියයි. ඒවායේ ඡායාරූපයක් හෝ පිටපතක් ආරක්ෂිත තැනක තබා ගන්න.
rights-contract-title = ඔබට තේරෙන ලිඛිත ගිවිසුමක්
rights-contract = පිටත්ව යාමට පෙර, ඔබට තේරෙන භාෂාවකින් ලියූ ගිවිසුමක් ඔබට ලැබිය යුතුයි. එහි ඔබේ රැකියාව, වැටුප, වැඩ කරන පැය ගණන සහ නිවාඩු දින සඳහන් විය යුතුයි. එහි පිටපතක් තබා ගන්න. ඔබ එහි ගිය පසු කිසිවෙකුට එය වඩා නරක ගිවිසුමකට වෙනස් කළ නොහැක.
rights-change-mind-title = ඔබට ඔබේ තීරණය වෙනස් කළ හැක
rights-change-mind = කටයුතු ආරම්භ කර තිබුණත්, නොයන්නට ඔබට තීරණය කළ හැක. ඔබව යැවීමට කිසිවෙකුට ඔබට බල කිරීමට, තර්ජනය කිරීමට හෝ ඔබේ ලේඛන තබා ගැනීමට නොහැක.
rights-help-title = උදව් ලබා ගත හැකි තැන්
rights-help-embassy = ඔබ වැඩ කරන රටේ ඇති ඔබේ රටේ තානාපති කාර්යාලය හෝ කොන්සල් කාර්යාලය.
rights-help-labour = කම්කරු පරීක්ෂණ කාර්යාලය හෝ කම්කරු අමාත්‍යාංශය.
rights-help-hotline = විදේශ සේවකයන්ට උදව් කරන උපකාරක දුරකථන සේවාවක් හෝ සංවිධානයක්.
rights-help-police = ඔබ අනතුරක නම්, පොලිසියට කතා කරන්න.
rights-help-complain = ඔබේ නම නොදී ඔබට මෙහිද පැමිණිලි කළ හැක.
rights-source = මූලාශ්‍රය: සාධාරණ බඳවා ගැනීම පිළිබඳ ILO සාමාන්‍ය මූලධර්ම සහ මෙහෙයුම් මාර්ගෝපදේශ, සහ බඳවා ගැනීමේ ගාස්තු හා අදාළ වියදම් පිළිබඳ නිර්වචනය (2019).

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = නිල ලේඛන
listing-line = { $register } හි ලැයිස්තුගත කර ඇත
listing-line-closed = { $register } හි තවදුරටත් ලැයිස්තුගත නැත — පරෙස්සම් වන්න
listing-status-listed = ලැයිස්තුගතයි
listing-status-expired = තවදුරටත් ලැයිස්තුගත නැත: කල් ඉකුත් වී ඇත
listing-status-cancelled = තවදුරටත් ලැයිස්තුගත නැත: අවලංගු කර ඇත
listing-since = බලපත්‍රය ලැබූ දින සිට
listing-offices = කාර්යාල
listing-source = මූලාශ්‍රය

## Statistics (/stats): counts of complaints and findings, small numbers hidden

stats-title = පැමිණිලි සහ තීරණ සංඛ්‍යා වලින්
stats-intro = කම්කරුවන් පැමිණිලි කීයක් කළාද, පරීක්ෂකයින් සොයාගත්තේ මොනවාද. මෙම සංඛ්‍යා කිසි විටෙක පැමිණිලි කළේ කවුදැයි පෙන්වන්නේ නැත.
stats-complaints-total = ලැබුණු පැමිණිලි: { $count }
stats-findings-total = ප්‍රකාශිත තීරණ: { $count }
stats-complaints-heading = ගැටලුව සහ ස්ත්‍රී පුරුෂ භාවය අනුව පැමිණිලි
stats-counting = එක් පැමිණිල්ලක ගැටලු එකකට වඩා තිබිය හැක. එක් එක් ගැටලුව සඳහා එක් වරක් ගණන් කරන බැවින්, පේළිවල එකතුව පැමිණිලි ගණනට වඩා වැඩි වේ.
stats-column-problem = ගැටලුව
stats-column-total = සියල්ල
stats-sex-undisclosed = කීමට අකමැති විය
stats-not-given = දී නැත
stats-chart-title = ගැටලුව අනුව පැමිණිලි
stats-chart-description = එක් එක් ගැටලුව සඳහා එක් තීරුවක්. තීරුව දිග වන තරමට පැමිණිලි වැඩිය.
stats-findings-heading = පරීක්ෂකයින් සොයාගත් නීති විරෝධී ගාස්තු, ගාස්තු වර්ගය අනුව
stats-column-findings = තීරණ
stats-column-charged = කම්කරුවන්ගෙන් අය කළ
stats-hidden = සඟවා ඇත
stats-legend = { $marker } සඟවා ඇත: පැමිණිලි හෝ තීරණ { $min } කට අඩුය, නැතහොත් අනෙක් සංඛ්‍යා වලින් සැඟවූ සංඛ්‍යාවක් සොයාගත නොහැකි වන ලෙස සඟවා ඇත.
stats-data = පර්යේෂකයින්ට මෙම වගු සහ වෙනත් වගු නොමිලේ බාගත කළ හැක:
