### fairrecruit: the worker-facing web pages, Amharic (am).
### Same ids and attributes as en/main.ftl; check with `python3 locales/check.py`.
### Address: the respectful እርስዎ (-ዎ, ይ-…-ሉ forms), which is also free of gender.
### Punctuation: ። ends a sentence, ፣ separates, ፤ joins clauses, ፦ introduces a list
### or a value. Terms: see locales/GLOSSARY.md.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = ከመክፈልዎ በፊት ኤጀንሲውን ያረጋግጡ። ያለ ስጋት ቅሬታ ያቅርቡ።
page-title = { $page } — { -site-name }
skip-to-content = ወደ ዋናው ይዘት ይሂዱ
language-switcher = ቋንቋ
    .button = ይቀይሩ
nav-label = ዋና ማውጫ
nav-search = ፍለጋ
nav-complain = ቅሬታ ማቅረብ
nav-status = የቅሬታ ሁኔታ
nav-rights = መብቶችዎ
nav-stats = ስታቲስቲክስ
footer-run-by = { -site-name } የሚተዳደረው በ{ $operator } ነው።
footer-free = ይህ አገልግሎት ነጻ ነው። ለዚህ ማንም ሰው ገንዘብ ሊጠይቅዎ አይችልም።
footer-privacy = ስምዎን ፈጽሞ አንጠይቅም። የሚፈልጉት ነገር ለማንም አይጋራም።
footer-open-source = { -site-name } ክፍት ምንጭ (open-source) ሶፍትዌር ነው።
form-optional = (ከፈለጉ)
form-choose = ይምረጡ…

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

error-not-found-title = ገጹ አልተገኘም
error-not-found = ይህን ገጽ ማግኘት አልቻልንም። ሊንኩ የቆየ ወይም የተሳሳተ ሊሆን ይችላል።
error-server-title = የሆነ ችግር ተፈጥሯል
error-server = ችግሩ ከእኛ ነው እንጂ ከእርስዎ አይደለም። እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ።
error-rate-limit-title = በጣም ብዙ ጥያቄዎች
error-rate-limit-why = ይህ አገልግሎት ለሁሉም እንዲሠራ፣ አንድ ሰው በአጭር ጊዜ ውስጥ መክፈት የሚችለውን የገጾች ብዛት ገድበናል።
error-rate-limit = እባክዎ ከ{ $minutes } ደቂቃ በኋላ እንደገና ይሞክሩ።
error-go-home = ወደ ፍለጋ ይመለሱ

## Search page (/)

search-title = ኤጀንሲን ያረጋግጡ
search-intro = ለማንም ገንዘብ ከመክፈልዎ ወይም ማንኛውንም ነገር ከመፈረምዎ በፊት፣ ኤጀንሲውን እዚህ ይፈልጉ።
search-box = ኤጀንሲ ወይም አሠሪ ይፈልጉ
    .placeholder = የኤጀንሲው ስም ወይም የፈቃድ ቁጥር
search-box-help = ስሙን በማንኛውም አጻጻፍ መጻፍ ይችላሉ። የፈቃድ ቁጥሩን ከሰረዝ (-) ጋር ወይም ያለ ሰረዝ መጻፍ ይችላሉ።
search-button = ይፈልጉ
search-results-for = ለ«{ $query }» የተገኙ ውጤቶች
search-results-count = { $count ->
        [one] { $count } ድርጅት ተገኝቷል
       *[other] { $count } ድርጅቶች ተገኝተዋል
    }
search-no-results = በዚህ ስም ወይም ቁጥር የተመዘገበ ኤጀንሲ ወይም አሠሪ አልተገኘም።
search-no-results-advice = አጻጻፉን ያረጋግጡ፣ የስሙን የተወሰነ ክፍል ብቻ ይጻፉ፣ ወይም በፈቃድ ቁጥሩ ይፈልጉ። አሁንም ካላገኙት፣ ኤጀንሲው ፈቃድ ላይኖረው ይችላል። እርግጠኛ እስኪሆኑ ድረስ ገንዘብ አይክፈሉ፤ ፓስፖርትዎንም አይስጡ።
search-more-results = ተጨማሪ ውጤቶች
search-filters = ውጤቶችን ያጣሩ
filter-apply = ያጣሩ
filter-kind = ዓይነት
filter-kind-any = ሁሉም ዓይነቶች
kind-agency = የሥራ ስምሪት ኤጀንሲ
kind-sub-agent = ደላላ (ንዑስ ወኪል)
kind-employer = አሠሪ
filter-licence-status = ፈቃድ
filter-licence-any = ማንኛውም የፈቃድ ሁኔታ
licence-status-active = የሚሠራ
licence-status-pending = በሂደት ላይ
licence-status-suspended = የታገደ
licence-status-revoked = የተሰረዘ
licence-status-expired = ጊዜው ያለፈበት
licence-status-cancelled = የተዘጋ
filter-country = አገር
filter-country-any = ሁሉም አገሮች
filter-sanctioned = አሁን ቅጣት ያለባቸው ብቻ

## Licence status in plain words (search results and profile)

licence-active = ፈቃዱ እስከ { $date } ድረስ የሚሠራ ነው
licence-active-no-end = ፈቃዱ የሚሠራ ነው
licence-revoked = ፈቃዱ ተሰርዟል — ለዚህ ኤጀንሲ ገንዘብ አይክፈሉ
licence-suspended = ፈቃዱ ከ{ $date } ጀምሮ ታግዷል — አሁን ለዚህ ኤጀንሲ ገንዘብ አይክፈሉ
licence-expired = የፈቃዱ ጊዜ { $date } ላይ አልፏል
licence-cancelled = ፈቃዱ ተዘግቷል
licence-pending = ፈቃዱ በሂደት ላይ ነው — ገና ሠራተኛ መመልመል አይፈቀድለትም
licence-none = የፈቃድ መዝገብ የለም — ይጠንቀቁ

## Search result, one organization

result-also-known-as = ሌሎች ስሞች፦ { $names }
result-sanctions-in-force = { $count ->
        [one] { $count } ቅጣት ተፈጻሚ ነው
       *[other] { $count } ቅጣቶች ተፈጻሚ ናቸው
    }
result-illegal-fees = { $workers ->
        [0] ሠራተኞችን ሕገ-ወጥ ክፍያ አስከፍሏል
        [one] { $workers } ሠራተኛን ሕገ-ወጥ ክፍያ አስከፍሏል
       *[other] { $workers } ሠራተኞችን ሕገ-ወጥ ክፍያ አስከፍሏል
    }
result-findings = { $count ->
        [one] የተቆጣጣሪዎች { $count } ውሳኔ
       *[other] የተቆጣጣሪዎች { $count } ውሳኔዎች
    }
result-view = ዝርዝሩን ይመልከቱ

## Organization profile (/organizations/{id})

profile-who = ማን ናቸው
profile-kind = ዓይነት
profile-country = አገር
profile-registration-number = የድርጅቱ የምዝገባ ቁጥር
profile-address = አድራሻ
profile-website = ድረ-ገጽ
profile-people = ባለቤቶችና የሚያስተዳድሩት ሰዎች
role-owner = ባለቤት
role-director = ዳይሬክተር
role-manager = ሥራ አስኪያጅ
profile-other-names = ሌሎች ስሞች
alias-former = የቀድሞ ስም
alias-trade = የንግድ ስም
alias-transliteration = ያው ስም፣ በሌላ አጻጻፍ
profile-no-other-names = ሌላ የተመዘገበ ስም የለም።
profile-licences = ፈቃዶች
licence-number = የፈቃድ ቁጥር
licence-authority = የሰጠው አካል
licence-valid-from = ፈቃዱ የጀመረበት ቀን
licence-valid-until = ፈቃዱ የሚያበቃበት ቀን
profile-no-licences = የፈቃድ መዝገብ የለም። ፈቃድ የሌለው ኤጀንሲ ሠራተኛ መመልመል አይፈቀድለትም።
profile-licence-history = የፈቃድ ታሪክ
history-date = ቀን
history-status = ሁኔታ
history-reason = ምክንያት
profile-findings = ተቆጣጣሪዎች ያገኙት
profile-no-findings = ተቆጣጣሪዎች ስለእነሱ ምንም ውሳኔ አላወጡም። ይህ ግን ደህና ናቸው ማለት አይደለም፤ ሁልጊዜ ፈቃዳቸውንም ያረጋግጡ።
finding-reference = ውሳኔ { $reference }
finding-published-on = { $date } ላይ የወጣ
finding-violations = የፈጸሙት ጥፋት
finding-legal-basis = የተጣሰው ሕግ
finding-severity = ክብደቱ
severity-low = ቀላል
severity-medium = ከባድ
severity-high = በጣም ከባድ
severity-critical = እጅግ በጣም ከባድ
finding-sanctions = ቅጣቶች
finding-appeal = ይግባኝ
appeal-none = ይግባኝ የለም
appeal-appealed = ይግባኝ ቀርቧል — ውሳኔ እየተጠበቀ ነው
appeal-upheld = ይግባኙ ውድቅ ሆኗል — ውሳኔው ጸንቷል
appeal-overturned = በይግባኝ ውሳኔው ተሽሯል — ይህ ውሳኔ ከእንግዲህ አይሠራም

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = ሠራተኞችን ለራሳቸው ቅጥር አስከፍለዋል
violation-deception = ስለ ሥራው፣ ስለ ደመወዙ ወይም ስለ ውሉ ዋሽተዋል
violation-document-retention = የሠራተኞችን ፓስፖርት ወይም ሰነዶች ይዘው አስቀርተዋል
violation-wage-theft = ደመወዝ አልከፈሉም፣ ወይም አጉድለው ከፍለዋል
violation-excessive-hours = ሠራተኞችን ከመጠን በላይ ሰዓት ወይም ያለ ዕረፍት ቀን አሠርተዋል
violation-restriction-of-movement = ሠራተኞች እንዳይወጡ ከልክለዋል
violation-threats = ሠራተኞችን አስፈራርተዋል
violation-physical-violence = በሠራተኞች ላይ አካላዊ ጥቃት
violation-sexual-violence = ወሲባዊ ጥቃት ወይም ትንኮሳ
violation-debt-bondage = ሠራተኞችን ዕዳ ለመክፈል በግዳጅ አሠርተዋል
violation-other = ሌላ ጥሰት

## Sanctions, keyed by sanction kind

sanction-warning = ማስጠንቀቂያ
sanction-fine = የገንዘብ ቅጣት
sanction-suspension = ፈቃድ ታግዷል
sanction-revocation = ፈቃድ ተሰርዟል
sanction-blacklisting = በጥቁር መዝገብ ላይ ሰፍሯል፦ ሠራተኛ መመልመል አይችልም
sanction-referral = ለዐቃቤ ሕግ ተላልፏል
sanction-in-force = ተፈጻሚ ነው
sanction-until = እስከ { $date } ድረስ
sanction-ended = አብቅቷል

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = በሕገ-ወጥ መንገድ የተወሰዱ ክፍያዎችና ተመላሽ ገንዘብ
fee-table-type = ክፍያ
fee-table-per-worker = ከእያንዳንዱ ሠራተኛ የተወሰደ
fee-table-workers = ሠራተኞች
fee-table-refund-ordered = እንዲመለስ የታዘዘ
fee-table-refund-paid = የተመለሰ
profile-no-fees = ተቆጣጣሪዎች ሕገ-ወጥ ክፍያ አላገኙም።
fee-recruitment-fee = የቅጥር ክፍያ
    .description = ሥራ ለማፈላለግ ወይም ከአሠሪ ጋር ለማገናኘት የሚጠየቅ ክፍያ፣ የአገልግሎት ክፍያ ወይም ኮሚሽን።
fee-medical = የሕክምና ምርመራ
    .description = የጤና ምርመራ፣ የጤና ሰርተፊኬት እና ክትባት።
fee-insurance = ኢንሹራንስ
    .description = የሕይወት፣ የጤና ወይም የአደጋ ኢንሹራንስ፣ ወይም ለስደተኛ ሠራተኞች የደኅንነት ፈንድ።
fee-skills-test = የሙያና የቋንቋ ፈተና
    .description = የሙያ፣ የቋንቋ ወይም የብቃት ፈተናዎች እና የምስክር ወረቀቶቻቸው።
fee-training = ሥልጠና
    .description = ከመሄድዎ በፊት ወይም ከደረሱ በኋላ የሚሰጥ ሥልጠናና ገለጻ።
fee-equipment = መሣሪያዎችና የደንብ ልብስ
    .description = ለሥራው የሚያስፈልጉ መሣሪያዎች፣ የደንብ ልብስ እና የደኅንነት መጠበቂያዎች።
fee-travel-lodging = ጉዞና ማረፊያ
    .description = ለመሄድና ወደ አገር ለመመለስ ትኬት፣ ትራንስፖርት፣ በመንገድ ላይ ምግብና ማረፊያ።
fee-administrative = ሰነዶችና ፈቃዶች
    .description = ማመልከቻ፣ ሰነዶች፣ ፓስፖርት፣ ቪዛ፣ የፖሊስና የጀርባ ማጣራት፣ የመውጫ ፈቃድ፣ የባንክ ክፍያ፣ የሥራና የመኖሪያ ፈቃድ።
fee-illegitimate = ጉቦና መያዣ ገንዘብ
    .description = ጉቦ፣ ኮሚሽን፣ ዋስትና፣ መያዣ ገንዘብ እና ከሕግ ውጭ ከእርስዎ የሚወሰድ ማንኛውም ገንዘብ።
fee-other = ሌሎች ወጪዎች
    .description = ሥራውን ለማግኘት የሚጠየቅ ማንኛውም ሌላ ወጪ።

## Accountability summary: the sentences that open a profile

summary-licence-pending = { $date } ላይ ለፈቃድ ማመልከቻ ቀርቧል።
summary-licence-active = ፈቃዱ ከ{ $date } ጀምሮ የሚሠራ ነው።
summary-licence-suspended = ፈቃዱ { $date } ላይ ታግዷል።
summary-licence-revoked = ፈቃዱ { $date } ላይ ተሰርዟል።
summary-licence-expired = የፈቃዱ ጊዜ { $date } ላይ አልፏል።
summary-licence-cancelled = ፈቃዱ { $date } ላይ ተዘግቷል።
summary-licence-finding = ይህ የሆነው ውሳኔ { $reference }ን ተከትሎ ነው።
summary-findings = { $count ->
        [0] ተቆጣጣሪዎች ስለእነሱ ምንም ውሳኔ አላወጡም።
        [one] ተቆጣጣሪዎች በእነሱ ላይ { $count } ውሳኔ አውጥተዋል።
       *[other] ተቆጣጣሪዎች በእነሱ ላይ { $count } ውሳኔዎች አውጥተዋል።
    }
summary-fees-charged = { $workers ->
        [0] ሠራተኞች በድምሩ { $amount } ሕገ-ወጥ ክፍያ እንዲከፍሉ ተደርገዋል።
        [one] { $workers } ሠራተኛ { $amount } ሕገ-ወጥ ክፍያ እንዲከፍል ተደርጓል።
       *[other] { $workers } ሠራተኞች በድምሩ { $amount } ሕገ-ወጥ ክፍያ እንዲከፍሉ ተደርገዋል።
    }
summary-refund-none-ordered = ገንዘብ እንዲመለስ ትእዛዝ አልተሰጠም።
summary-refund-ordered = ተቆጣጣሪዎች { $amount } እንዲመለስ አዝዘዋል።
summary-refund-paid = { $amount } ተመልሷል።
summary-refund-paid-all = { $amount } ተመልሷል። የቀረ ዕዳ የለም።
summary-refund-paid-none = እስካሁን ምንም አልተመለሰም። ለሠራተኞች ገና { $amount } መመለስ አለበት።
summary-refund-paid-part = እስካሁን { $refunded } ተመልሷል። ለሠራተኞች ገና { $outstanding } መመለስ አለበት።
summary-sanctions-none = አሁን ተፈጻሚ የሆነ ቅጣት የለም።
summary-sanctions-in-force = አሁን ተፈጻሚ የሆኑ ቅጣቶች፦
summary-complaints = { $count ->
        [0] ምንም ቅሬታ አልቀረበም።
        [one] { $count } ቅሬታ ቀርቧል።
       *[other] { $count } ቅሬታዎች ቀርበዋል።
    }
summary-complaints-open = { $count ->
        [0] ሁሉም ታይተው ተጠናቀዋል።
        [one] ከእነዚህ { $count } ገና እየታየ ነው።
       *[other] ከእነዚህ { $count } ገና እየታዩ ናቸው።
    }
summary-complaints-note = ቅሬታ ማስረጃ አይደለም። ማስረጃ የሚሆኑት ተቆጣጣሪዎች ያወጧቸው ውሳኔዎች ብቻ ናቸው።

## Profile: linked people, provenance, next steps

profile-linked = ቅጣት ከተጣለባቸው ኤጀንሲዎች ጋር የሚጋሩ ሰዎችና አድራሻዎች
profile-linked-intro = ይህ ድርጅት ከታች ካሉት ድርጅቶች ጋር ባለቤት፣ ዳይሬክተር ወይም ሥራ አስኪያጅ፣ አድራሻ፣ ስልክ ወይም ኢሜይል ይጋራል። በእያንዳንዱ ጥንድ ውስጥ የአንዱ ፈቃድ ተሰርዟል ወይም ታግዷል፣ ወይም ቅጣት ተጥሎበታል፦ የታገደ ኤጀንሲ አንዳንድ ጊዜ በአዲስ ስም እንደገና ይከፈታል።
linked-also-at = የተገናኙባቸው ሌሎች ድርጅቶች፦
network-possible = ተመሳሳይ ስም፣ ሌላ ሰው ሊሆን ይችላል
network-person = { $role } { $name }
network-address = አድራሻ { $value }
network-telephone = ስልክ { $value }
network-email = ኢሜይል { $value }
source-label = ምንጭ፦
source-as-of = እስከ { $date } ድረስ ያለ መረጃ
profile-next-steps = ቀጥሎ ምን ማድረግ ይችላሉ
next-steps-dont-pay = ሥራ ለማግኘት ምንም ዓይነት ክፍያ አይክፈሉ። የቅጥር ወጪዎችን በሙሉ መክፈል ያለበት አሠሪው ነው።
next-steps-passport = ፓስፖርትዎንና ሰነዶችዎን ራስዎ ይያዙ። ለማንም አሳልፈው አይስጡ።
next-steps-contract = ከመሄድዎ በፊት በቋንቋዎ የተጻፈ ውል ይጠይቁ፤ ቅጂውንም ያስቀምጡ።
next-steps-complain = ገንዘብ ከጠየቁዎት፣ ሰነዶችዎን ከወሰዱ ወይም ከዋሹዎት ቅሬታ ማቅረብ ይችላሉ። ስምዎን መስጠት አያስፈልግዎትም።
next-steps-complain-link = በእነሱ ላይ ቅሬታ ያቅርቡ
next-steps-help = ለእርዳታ የአገርዎን ኤምባሲ ወይም ቆንስላ፣ የሠራተኛ ጉዳይ ቢሮን፣ ወይም ለስደተኛ ሠራተኞች የተዘጋጀ የእርዳታ የስልክ መስመርን ያነጋግሩ።
next-steps-rights-link = ስለ መብቶችዎ ያንብቡ

## Complaint form (/complain)

complain-title = ቅሬታ ያቅርቡ
complain-intro = የደረሰብዎን ይንገሩን። ነጻ ነው፤ ደኅንነቱም የተጠበቀ ነው።
complain-anonymous-title = ስምዎን መስጠት አያስፈልግዎትም
complain-anonymous = ቅሬታዎ የሚቀርበው ያለ ስም ነው። ስምዎን አንጠይቅም። ምላሽ ከፈለጉ ብቻ ስልክ ቁጥር ወይም ኢሜይል ይስጡ።
complain-who-sees = ቅሬታዎን ማንበብ የሚችሉት በሚመለከተው አገር ያሉ የሥራ ተቆጣጣሪዎች ብቻ ናቸው።
complain-agency-never-sees = ኤጀንሲውም ሆነ አሠሪው ስምዎ በጭራሽ አይነገራቸውም፤ የጻፉትንም በጭራሽ አያዩም።
complain-what-next = ቅሬታዎን ሲልኩ የደረሰኝ ኮድ ያገኛሉ። አንድ ተቆጣጣሪ ቅሬታዎን አንብቦ ምን መደረግ እንዳለበት ይወስናል። በኮድዎ የሚሆነውን መከታተል ይችላሉ።
complain-danger = አሁን አደጋ ላይ ከሆኑ ለፖሊስ ወይም ለአገርዎ ኤምባሲ ይደውሉ።
complain-organization = የትኛው ኤጀንሲ ወይም አሠሪ?
    .help = ስሙን ወይም የፈቃድ ቁጥሩን ይጻፉ። ካላገኘነው ስሙንና አገሩን ይጻፉ።
complain-organization-name = የኤጀንሲው ወይም የአሠሪው ስም
complain-organization-country = አገሩ
complain-categories = ምን ደረሰብዎ?
    .help = የሚመለከቱትን ሁሉ ይምረጡ።
complain-narrative = የሆነውን ይንገሩን
    .help = በራስዎ ቃላት፣ በማንኛውም ቋንቋ ይጻፉ። ቀናት፣ ቦታዎች እና የተሳተፉ ሰዎች ስሞች ተቆጣጣሪውን ይረዳሉ። ማንነትዎ እንዳይታወቅ ከፈለጉ የራስዎን ስም አይጻፉ።
complain-where = የት ነው የተፈጸመው?
    .help = አገሩን ወይም አገሮቹን ይምረጡ።
complain-contact = ተቆጣጣሪው እንዴት ሊያገኝዎ ይችላል?
    .help = ምላሽ ከፈለጉ ብቻ ስልክ፣ WhatsApp ወይም ኢሜይል ይስጡ። ማንነትዎ ፈጽሞ እንዳይታወቅ ከፈለጉ ባዶ ይተዉት።
complain-about-you = ስለ እርስዎ
    .help = እነዚህ መልሶች በአገርና በሥራ ዓይነት ስንት ሰዎች እንደተጎዱ ለመቁጠር ይረዱናል። ከቅሬታዎ ጋር በጭራሽ አይታዩም። መዝለል ይችላሉ።
complain-sex = ፆታ
complain-age = ዕድሜዎ
complain-nationality = ዜግነትዎ
complain-sector = ሥራዎ
complain-submit = ቅሬታውን ይላኩ

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = ይህን ሥራ ለማግኘት ክፍያ ከፍያለሁ
category-deception = ሥራው ወይም ደመወዙ ቃል እንደተገባልኝ አልነበረም
category-document-retention = ፓስፖርቴን ወይም ሰነዶቼን ወሰዱብኝ
category-wage-theft = ደመወዜ አልተከፈለኝም፣ ወይም ተቀንሶ ተከፈለኝ
category-excessive-hours = ከመጠን በላይ ሰዓት እሠራለሁ፣ ወይም የዕረፍት ቀን የለኝም
category-restriction-of-movement = እንድወጣ አይፈቀድልኝም
category-threats = ያስፈራሩኛል (ለምሳሌ ለፖሊስ እንደሚሰጡኝ ወይም ወደ አገሬ እንደሚመልሱኝ)
category-physical-violence = ደበደቡኝ ወይም ጎዱኝ
category-sexual-violence = ወሲባዊ ጥቃት ወይም ትንኮሳ
category-debt-bondage = ዕዳ ለመክፈል ተገድጄ እየሠራሁ ነው
category-other = ሌላ ነገር

## About you: optional answers, keyed by wire name

sex-female = ሴት
sex-male = ወንድ
sex-other = ሌላ
sex-undisclosed = መናገር አልፈልግም
age-under-18 = ከ18 ዓመት በታች
age-18-24 = ከ18 እስከ 24 ዓመት
age-25-34 = ከ25 እስከ 34 ዓመት
age-35-44 = ከ35 እስከ 44 ዓመት
age-45-54 = ከ45 እስከ 54 ዓመት
age-55-plus = 55 ዓመትና ከዚያ በላይ
sector-domestic-work = የቤት ውስጥ ሥራ (የቤት ጽዳት፣ ምግብ ማብሰል፣ ልጆችን መንከባከብ)
sector-care = የእንክብካቤ ሥራ (አረጋውያንን፣ ሕሙማንን ወይም አካል ጉዳተኞችን መንከባከብ)
sector-agriculture = የእርሻ ሥራ
sector-construction = የግንባታ ሥራ
sector-manufacturing = የፋብሪካ ሥራ
sector-hospitality = ሆቴልና ምግብ ቤት
sector-fishing = ዓሣ ማጥመድ
sector-cleaning = የቢሮና የሕንጻ ጽዳት
sector-security = የጥበቃ ሥራ
sector-transport = ሹፌርነትና የዕቃ ማድረስ ሥራ
sector-other = ሌላ ሥራ

## Complaint form: problems to fix

error-form-summary = እባክዎ ቅሬታዎን ይፈትሹ፤ የሚስተካከል ነገር አለ።
error-required = እባክዎ ይህን ይሙሉ።
error-too-long = ይህ በጣም ረጅም ነው። እባክዎ ከ{ $max } ፊደላት ያልበለጠ ይጻፉ።
error-choose-category = እባክዎ የደረሰብዎትን ቢያንስ አንድ ነገር ይምረጡ።
error-organization-not-found = ይህን ኤጀንሲ ወይም አሠሪ ማግኘት አልቻልንም። ስሙን ያረጋግጡ፣ ወይም በምትኩ ስሙንና አገሩን ይጻፉ።

## Complaint received (the page after sending)

complaint-received-title = ቅሬታዎ ደርሶናል
complaint-received-thanks = ስለነገሩን እናመሰግናለን።
receipt-code-label = የደረሰኝ ኮድዎ
receipt-code-keep = ይህን ኮድ ይጻፉት ወይም ፎቶ ያንሱት። ቅሬታዎን የሚከታተሉበት ብቸኛው መንገድ ይህ ነው። ያለዚህ ኮድ ቅሬታዎን ልናገኝልዎ አንችልም።
receipt-code-how-to-check = ቅሬታዎን ለመከታተል «የቅሬታ ሁኔታ» የሚለውን ከፍተው ይህን ኮድ ይጻፉ።
receipt-code-private = ኮዱን ለማንም አያሳዩ። ኮዱ ያለው ማንኛውም ሰው የቅሬታዎን ሁኔታ ማየት ይችላል፤ የጻፉትን ግን ማየት አይችልም።
complaint-received-next = አንድ ተቆጣጣሪ በቅርቡ ቅሬታዎን ያነባል። ማን እንደሆኑ ለኤጀንሲውም ሆነ ለአሠሪው አይነገርም።

## Check a complaint (/complaints/status)

status-title = የቅሬታ ሁኔታ
status-intro = ቅሬታዎን ሲልኩ ያገኙትን የደረሰኝ ኮድ ይጻፉ።
status-code = የደረሰኝ ኮድ
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = 14 ፊደላትና ቁጥሮች። ሰረዝና ክፍተት ችግር የለውም።
status-button = ይመልከቱ
status-code-wrong-length = የደረሰኝ ኮድ 14 ፊደላትና ቁጥሮች አሉት፤ ለምሳሌ ABCD-EFGH-JKMN-PQ።
status-code-bad-symbol = የደረሰኝ ኮድ የሚይዘው በላዩ ላይ የታተሙትን ፊደላትና ቁጥሮች ብቻ ነው።
status-code-typo = ይህ ኮድ የአጻጻፍ ስህተት አለበት። እያንዳንዱን ፊደልና ቁጥር አረጋግጠው እንደገና ይሞክሩ።
status-code-unknown = በዚህ ኮድ የተመዘገበ ቅሬታ የለንም። በትክክል መጻፍዎን ያረጋግጡ። ኮድዎ ከጠፋብዎ አዲስ ቅሬታ መላክ ይችላሉ።
status-current = ቅሬታዎ፦
status-last-change = የመጨረሻ ለውጥ፦ { $date }
status-not-told = ማን እንደሆኑ ለኤጀንሲውም ሆነ ለአሠሪው አይነገርም። ኮድዎን በጥንቃቄ ይያዙ።

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = ደርሷል
    .next = አንድ ተቆጣጣሪ በቅርቡ ያነበዋል።
complaint-status-under-review = እየተነበበ ነው
    .next = አንድ ተቆጣጣሪ እያነበበው ነው፤ ምን መደረግ እንዳለበትም ይወስናል።
complaint-status-investigating = እየተመረመረ ነው
    .next = አንድ ተቆጣጣሪ ጉዳዩን እየመረመረ ነው። ስልክ ቁጥር ወይም ኢሜይል ከሰጡ ሊያገኝዎ ይችላል።
complaint-status-substantiated = ተቆጣጣሪው አረጋግጧል
    .next = ማስረጃው ቅሬታዎን ይደግፋል፤ ስለዚህ በኤጀንሲው ወይም በአሠሪው ላይ እርምጃ ሊወሰድ ይችላል።
complaint-status-unsubstantiated = ተዘግቷል፦ አልተረጋገጠም
    .next = ተቆጣጣሪው በተገኘው ማስረጃ ሊያረጋግጠው አልቻለም። ተጨማሪ መረጃ ካለዎት አዲስ ቅሬታ መላክ ይችላሉ።
complaint-status-referred = ወደ ሌላ አካል ተላልፏል
    .next = እርምጃ መውሰድ ወደሚችል አካል ተልኳል፤ ለምሳሌ ፖሊስ፣ የሠራተኛ ጉዳይ ፍርድ ቤት ወይም ኤምባሲ።
complaint-status-withdrawn = ተዘግቷል፦ ቅሬታው ተነስቷል
    .next = ቅሬታው ተነስቷል። ከዚህ በኋላ ምንም እርምጃ አይወሰድበትም።

## Your rights (/rights)

rights-title = መብቶችዎ
rights-intro = እነዚህ ደንቦች የዓለም አቀፉ የሥራ ድርጅት (ILO) ናቸው። መንግሥታት፣ አሠሪዎችና ሠራተኞች በጋራ ተስማምተውባቸዋል። ከመሄድዎ በፊት ይወቋቸው።
rights-never-pay-title = ሥራ ለማግኘት መቼም መክፈል የለብዎትም
rights-never-pay = የቅጥር ክፍያዎችንና ወጪዎችን በሙሉ የሚከፍለው አሠሪው ነው እንጂ እርስዎ አይደሉም። ከእነዚህ ለአንዱም ማንም ሰው ገንዘብ ሊያስከፍልዎ አይገባም፦
rights-already-paid = አስቀድመው ከከፈሉ፣ እያንዳንዱን ደረሰኝ፣ መልእክትና ፎቶ እንደ ማስረጃ ያስቀምጡ። ቅሬታ ማቅረብ ይችላሉ፤ ገንዘብዎም ሊመለስልዎ ይችላል።
rights-passport-title = ፓስፖርትዎ የእርስዎ ነው
rights-passport = ማንኛውም ኤጀንሲ ወይም አሠሪ ፓስፖርትዎን፣ መታወቂያዎን ወይም ሌሎች ሰነዶችዎን መያዝ አይችልም። እነሱን ራስዎ የመያዝ መብት አለዎት። ፎቶአቸውን ወይም ቅጂያቸውን ደኅንነቱ በተጠበቀ ቦታ ያስቀምጡ።
rights-contract-title = የሚገባዎት የጽሑፍ ውል
rights-contract = ከመሄድዎ በፊት በሚገባዎት ቋንቋ የተጻፈ ውል ሊሰጥዎ ይገባል። ውሉ ሥራዎን፣ ደመወዝዎን፣ የሥራ ሰዓትዎንና የዕረፍት ቀናትዎን መግለጽ አለበት። ቅጂውን ያስቀምጡ። ከደረሱ በኋላ ማንም ሰው ውሉን በባሰ ውል ሊቀይረው አይችልም።
rights-change-mind-title = ሐሳብዎን መቀየር ይችላሉ
rights-change-mind = ሂደቱን ቢጀምሩም እንኳ ላለመሄድ መወሰን ይችላሉ። እንዲሄዱ ለማድረግ ማንም ሊያስገድድዎ፣ ሊያስፈራራዎ ወይም ሰነዶችዎን ሊይዝ አይችልም።
rights-help-title = እርዳታ የት ማግኘት ይችላሉ
rights-help-embassy = በሚሠሩበት አገር ያለው የአገርዎ ኤምባሲ ወይም ቆንስላ።
rights-help-labour = የሠራተኛ ቁጥጥር ቢሮ ወይም የሠራተኛ ሚኒስቴር።
rights-help-hotline = ስደተኛ ሠራተኞችን የሚረዳ የእርዳታ የስልክ መስመር ወይም ማኅበር።
rights-help-police = አደጋ ላይ ከሆኑ ለፖሊስ ይደውሉ።
rights-help-complain = ስምዎን ሳይሰጡ እዚህም ቅሬታ ማቅረብ ይችላሉ።
rights-source = ምንጭ፦ የILO የፍትሐዊ ቅጥር አጠቃላይ መርሆዎችና የአፈጻጸም መመሪያዎች፣ እና የቅጥር ክፍያዎችና ተያያዥ ወጪዎች ትርጓሜ (2019)።

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = ይፋዊ መዝገቦች
listing-line = በ{ $register } ውስጥ ተመዝግቧል
listing-line-closed = በ{ $register } ውስጥ ከእንግዲህ አልተመዘገበም — ይጠንቀቁ
listing-status-listed = ተመዝግቧል
listing-status-expired = ከእንግዲህ አልተመዘገበም፦ ጊዜው አልፏል
listing-status-cancelled = ከእንግዲህ አልተመዘገበም፦ ተሰርዟል
listing-since = ፈቃድ ያገኘበት ጊዜ
listing-offices = ቢሮዎች
listing-source = ምንጭ

## Statistics (/stats): counts of complaints and findings, small numbers hidden

stats-title = ቅሬታዎችና ውሳኔዎች በቁጥር
stats-intro = ሠራተኞች ስንት ቅሬታ እንዳቀረቡ፣ ተቆጣጣሪዎችም ምን እንዳገኙ። እነዚህ ቁጥሮች ቅሬታ ያቀረበው ማን እንደሆነ በፍጹም አያሳዩም።
stats-complaints-total = የደረሱ ቅሬታዎች፦ { $count }
stats-findings-total = የታተሙ ውሳኔዎች፦ { $count }
stats-complaints-heading = ቅሬታዎች በችግሩ እና በጾታ
stats-counting = አንድ ቅሬታ ከአንድ በላይ ችግር ሊጠቅስ ይችላል። ለእያንዳንዱ ችግር አንድ ጊዜ ይቆጠራል፤ ስለዚህ የረድፎቹ ድምር ከቅሬታዎቹ ቁጥር ይበልጣል።
stats-column-problem = ችግር
stats-column-total = ሁሉም
stats-sex-undisclosed = መናገር አልፈለጉም
stats-not-given = አልተሰጠም
stats-chart-title = ቅሬታዎች በችግሩ
stats-chart-description = ለእያንዳንዱ ችግር አንድ አሞሌ። አሞሌው በረዘመ ቁጥር ቅሬታዎቹ ይበዛሉ።
stats-findings-heading = ተቆጣጣሪዎች ያገኟቸው ሕገ ወጥ ክፍያዎች፣ በክፍያው ዓይነት
stats-column-findings = ውሳኔዎች
stats-column-charged = ከሠራተኞች የተወሰደ
stats-hidden = የተደበቀ
stats-legend = { $marker } የተደበቀ፦ ከ{ $min } ያነሱ ቅሬታዎች ወይም ውሳኔዎች፣ ወይም የተደበቀ ቁጥር ከሌሎቹ እንዳይሰላ የተደበቀ።
stats-data = ተመራማሪዎች እነዚህንና ሌሎች ሰንጠረዦችን በነጻ ማውረድ ይችላሉ፦
