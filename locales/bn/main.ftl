### fairrecruit: the worker-facing web pages, Bengali (bn), Bangladeshi usage.
### Same ids and attributes as en/main.ftl; check with `python3 locales/check.py`.
### Address: আপনি with -উন imperatives. Terms: see locales/GLOSSARY.md.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = টাকা দেওয়ার আগে এজেন্সি যাচাই করুন। নিরাপদে অভিযোগ করুন।
page-title = { $page } — { -site-name }
skip-to-content = মূল অংশে যান
language-switcher = ভাষা
    .button = বদলান
nav-label = প্রধান মেনু
nav-search = খুঁজুন
nav-complain = অভিযোগ করুন
nav-status = অভিযোগের অবস্থা দেখুন
nav-rights = আপনার অধিকার
nav-stats = পরিসংখ্যান
footer-run-by = { -site-name } পরিচালনা করে { $operator }।
footer-free = এই সেবা বিনামূল্যে। এর জন্য কেউ আপনার কাছে টাকা চাইতে পারবে না।
footer-privacy = আমরা কখনো আপনার নাম জানতে চাই না। আপনি কী খোঁজেন তা কাউকে জানানো হয় না।
footer-open-source = { -site-name } একটি ওপেন-সোর্স সফটওয়্যার।
form-optional = (চাইলে)
form-choose = বেছে নিন…

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

error-not-found-title = পাতাটি পাওয়া যায়নি
error-not-found = আমরা এই পাতাটি খুঁজে পাইনি। লিংকটি পুরোনো বা ভুল হতে পারে।
error-server-title = কিছু একটা সমস্যা হয়েছে
error-server = সমস্যাটি আমাদের দিকে, আপনার নয়। কয়েক মিনিট পরে আবার চেষ্টা করুন।
error-rate-limit-title = খুব বেশি অনুরোধ
error-rate-limit-why = সবার জন্য সেবাটি চালু রাখতে, অল্প সময়ে একজন কতগুলো পাতা খুলতে পারবেন তার একটা সীমা আছে।
error-rate-limit = { $minutes } মিনিট পরে আবার চেষ্টা করুন।
error-go-home = খোঁজার পাতায় ফিরে যান

## Search page (/)

search-title = এজেন্সি যাচাই করুন
search-intro = কাউকে টাকা দেওয়ার বা কোনো কাগজে সই করার আগে, এখানে এজেন্সির খোঁজ নিন।
search-box = এজেন্সি বা মালিক খুঁজুন
    .placeholder = এজেন্সির নাম বা লাইসেন্স নম্বর
search-box-help = যেকোনো বানানে লিখতে পারেন। লাইসেন্স নম্বর ড্যাশ (-) দিয়ে বা ছাড়া, দুভাবেই লেখা যায়।
search-button = খুঁজুন
search-results-for = “{ $query }”-এর ফলাফল
search-results-count = { $count }টি প্রতিষ্ঠান পাওয়া গেছে
search-no-results = এই নাম বা নম্বরের কোনো এজেন্সি বা মালিক পাওয়া যায়নি।
search-no-results-advice = বানান মিলিয়ে দেখুন, নামের শুধু একটা অংশ লিখুন, অথবা লাইসেন্স নম্বর দিয়ে খুঁজুন। তবুও না পেলে, হয়তো ওই এজেন্সির লাইসেন্স নেই। নিশ্চিত না হওয়া পর্যন্ত টাকা দেবেন না, পাসপোর্টও দেবেন না।
search-more-results = আরও ফলাফল
search-filters = ফলাফল বাছাই করুন
filter-apply = দেখান
filter-kind = ধরন
filter-kind-any = সব ধরন
kind-agency = রিক্রুটিং এজেন্সি
kind-sub-agent = দালাল বা সাব-এজেন্ট (স্থানীয় এজেন্ট)
kind-employer = মালিক (নিয়োগকর্তা)
filter-licence-status = লাইসেন্স
filter-licence-any = লাইসেন্সের যেকোনো অবস্থা
licence-status-active = বৈধ
licence-status-pending = অনুমোদনের অপেক্ষায়
licence-status-suspended = স্থগিত
licence-status-revoked = বাতিল
licence-status-expired = মেয়াদ শেষ
licence-status-cancelled = বন্ধ
filter-country = দেশ
filter-country-any = সব দেশ
filter-sanctioned = শুধু যাদের বিরুদ্ধে এখন শাস্তি চলছে

## Licence status in plain words (search results and profile)

licence-active = লাইসেন্স { $date } পর্যন্ত বৈধ
licence-active-no-end = লাইসেন্স বৈধ
licence-revoked = লাইসেন্স বাতিল — এই এজেন্সিকে টাকা দেবেন না
licence-suspended = { $date } থেকে লাইসেন্স স্থগিত — এখন এই এজেন্সিকে টাকা দেবেন না
licence-expired = লাইসেন্সের মেয়াদ { $date } তারিখে শেষ হয়েছে
licence-cancelled = লাইসেন্স বন্ধ হয়ে গেছে
licence-pending = লাইসেন্স অনুমোদনের অপেক্ষায় — এখনো কর্মী নেওয়ার অনুমতি নেই
licence-none = লাইসেন্সের কোনো রেকর্ড নেই — সাবধান থাকুন

## Search result, one organization

result-also-known-as = অন্য নাম: { $names }
result-sanctions-in-force = { $count }টি শাস্তি চলছে
result-illegal-fees = { $workers ->
        [0] কর্মীদের কাছ থেকে অবৈধ ফি নিয়েছে
       *[other] { $workers } জন কর্মীর কাছ থেকে অবৈধ ফি নিয়েছে
    }
result-findings = পরিদর্শকদের { $count }টি সিদ্ধান্ত
result-view = বিস্তারিত দেখুন

## Organization profile (/organizations/{id})

profile-who = প্রতিষ্ঠানের পরিচয়
profile-kind = ধরন
profile-country = দেশ
profile-registration-number = কোম্পানির নিবন্ধন নম্বর
profile-address = ঠিকানা
profile-website = ওয়েবসাইট
profile-people = যাঁরা এর মালিক বা এটি চালান
role-owner = মালিক
role-director = পরিচালক
role-manager = ম্যানেজার
profile-other-names = অন্য নাম
alias-former = আগের নাম
alias-trade = ব্যবসায়িক নাম
alias-transliteration = একই নাম, অন্য বানানে
profile-no-other-names = অন্য কোনো নাম রেকর্ডে নেই।
profile-licences = লাইসেন্স
licence-number = লাইসেন্স নম্বর
licence-authority = যে কর্তৃপক্ষ দিয়েছে
licence-valid-from = কবে থেকে বৈধ
licence-valid-until = কবে পর্যন্ত বৈধ
profile-no-licences = লাইসেন্সের কোনো রেকর্ড নেই। লাইসেন্স ছাড়া কোনো রিক্রুটিং এজেন্সি কর্মী নিতে পারে না।
profile-licence-history = লাইসেন্সের ইতিহাস
history-date = তারিখ
history-status = অবস্থা
history-reason = কারণ
profile-findings = পরিদর্শকেরা কী পেয়েছেন
profile-no-findings = পরিদর্শকেরা এদের বিষয়ে কোনো সিদ্ধান্ত প্রকাশ করেননি। এর মানে এই নয় যে এরা নিরাপদ: সবসময় লাইসেন্সও যাচাই করুন।
finding-reference = সিদ্ধান্ত { $reference }
finding-published-on = { $date } তারিখে প্রকাশিত
finding-violations = এরা কী অন্যায় করেছে
finding-legal-basis = যে নিয়ম ভাঙা হয়েছে
finding-severity = কতটা গুরুতর
severity-low = সামান্য
severity-medium = গুরুতর
severity-high = খুব গুরুতর
severity-critical = অত্যন্ত গুরুতর
finding-sanctions = শাস্তি
finding-appeal = আপিল
appeal-none = কোনো আপিল হয়নি
appeal-appealed = আপিল করা হয়েছে — রায়ের অপেক্ষা
appeal-upheld = আপিল খারিজ — সিদ্ধান্ত বহাল আছে
appeal-overturned = আপিলে সিদ্ধান্ত বাতিল — এই সিদ্ধান্ত আর কার্যকর নয়

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = কর্মীদের নিয়োগের খরচ কর্মীদের কাছ থেকেই নিয়েছে
violation-deception = কাজ, বেতন বা চুক্তি নিয়ে মিথ্যা বলেছে
violation-document-retention = কর্মীদের পাসপোর্ট বা কাগজপত্র আটকে রেখেছে
violation-wage-theft = বেতন দেয়নি, বা কম দিয়েছে
violation-excessive-hours = কর্মীদের দিয়ে অনেক বেশি সময় বা ছুটি ছাড়া কাজ করিয়েছে
violation-restriction-of-movement = কর্মীদের বাইরে যেতে দেয়নি
violation-threats = কর্মীদের হুমকি দিয়েছে
violation-physical-violence = কর্মীদের মারধর করেছে
violation-sexual-violence = যৌন নির্যাতন বা যৌন হয়রানি
violation-debt-bondage = ঋণ শোধের নামে কর্মীদের দিয়ে জোর করে কাজ করিয়েছে
violation-other = অন্য কোনো নিয়মভঙ্গ

## Sanctions, keyed by sanction kind

sanction-warning = সতর্কবার্তা
sanction-fine = জরিমানা
sanction-suspension = লাইসেন্স স্থগিত
sanction-revocation = লাইসেন্স বাতিল
sanction-blacklisting = কালো তালিকাভুক্ত: কর্মী নিতে পারবে না
sanction-referral = মামলার জন্য পাঠানো হয়েছে
sanction-in-force = চলছে
sanction-until = { $date } পর্যন্ত
sanction-ended = শেষ হয়েছে

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = অবৈধভাবে নেওয়া ফি ও টাকা ফেরত
fee-table-type = ফি
fee-table-per-worker = প্রত্যেক কর্মীর কাছ থেকে নেওয়া
fee-table-workers = কর্মী
fee-table-refund-ordered = ফেরতের আদেশ
fee-table-refund-paid = ফেরত দেওয়া হয়েছে
profile-no-fees = পরিদর্শকেরা কোনো অবৈধ ফি পাননি।
fee-recruitment-fee = নিয়োগ ফি
    .description = আপনার জন্য কাজ খুঁজে দেওয়া বা মালিকের কাছে পাঠানোর ফি, সার্ভিস চার্জ বা কমিশন।
fee-medical = মেডিকেল পরীক্ষা
    .description = স্বাস্থ্য পরীক্ষা, স্বাস্থ্য সনদ ও টিকা।
fee-insurance = বিমা
    .description = জীবন, স্বাস্থ্য বা দুর্ঘটনা বিমা, বা প্রবাসী কর্মীদের কল্যাণ তহবিল।
fee-skills-test = দক্ষতা ও ভাষার পরীক্ষা
    .description = আপনার দক্ষতা, ভাষা বা যোগ্যতার পরীক্ষা, এবং তার সনদ।
fee-training = প্রশিক্ষণ
    .description = যাওয়ার আগে বা পৌঁছানোর পরে প্রশিক্ষণ ও ওরিয়েন্টেশন।
fee-equipment = সরঞ্জাম ও পোশাক
    .description = কাজের জন্য দরকারি যন্ত্রপাতি, ইউনিফর্ম ও সুরক্ষা সরঞ্জাম।
fee-travel-lodging = যাতায়াত ও থাকা
    .description = যাওয়া ও দেশে ফেরার টিকিট, যাতায়াত, পথে খাবার ও থাকার জায়গা।
fee-administrative = কাগজপত্র ও অনুমতিপত্র
    .description = আবেদন, কাগজপত্র, পাসপোর্ট, ভিসা, পুলিশ ক্লিয়ারেন্স ও অন্যান্য যাচাই, বহির্গমন ছাড়পত্র, ব্যাংক ফি, কাজ ও বসবাসের অনুমতিপত্র।
fee-illegitimate = ঘুষ ও জামানত
    .description = ঘুষ, কমিশন, বন্ড, জামানত, এবং আইন ভেঙে আপনার কাছ থেকে নেওয়া যেকোনো টাকা।
fee-other = অন্যান্য খরচ
    .description = কাজ পাওয়ার জন্য নেওয়া অন্য যেকোনো খরচ।

## Accountability summary: the sentences that open a profile

summary-licence-pending = { $date } তারিখে লাইসেন্সের জন্য আবেদন করা হয়েছে।
summary-licence-active = { $date } থেকে লাইসেন্স বৈধ।
summary-licence-suspended = { $date } তারিখে লাইসেন্স স্থগিত হয়েছে।
summary-licence-revoked = { $date } তারিখে লাইসেন্স বাতিল হয়েছে।
summary-licence-expired = { $date } তারিখে লাইসেন্সের মেয়াদ শেষ হয়েছে।
summary-licence-cancelled = { $date } তারিখে লাইসেন্স বন্ধ হয়েছে।
summary-licence-finding = এটি হয়েছে { $reference } নম্বর সিদ্ধান্তের পরে।
summary-findings = { $count ->
        [0] পরিদর্শকেরা এদের বিষয়ে কোনো সিদ্ধান্ত প্রকাশ করেননি।
       *[other] পরিদর্শকেরা এদের বিরুদ্ধে { $count }টি সিদ্ধান্ত প্রকাশ করেছেন।
    }
summary-fees-charged = { $workers ->
        [0] কর্মীদের মোট { $amount } অবৈধ ফি দিতে হয়েছে।
       *[other] { $workers } জন কর্মীকে মোট { $amount } অবৈধ ফি দিতে হয়েছে।
    }
summary-refund-none-ordered = টাকা ফেরতের কোনো আদেশ দেওয়া হয়নি।
summary-refund-ordered = পরিদর্শকেরা { $amount } ফেরত দেওয়ার আদেশ দিয়েছেন।
summary-refund-paid = { $amount } ফেরত দেওয়া হয়েছে।
summary-refund-paid-all = { $amount } ফেরত দেওয়া হয়েছে। আর কিছু পাওনা নেই।
summary-refund-paid-none = এখনো কিছুই ফেরত দেওয়া হয়নি। কর্মীরা এখনো { $amount } পাবেন।
summary-refund-paid-part = এ পর্যন্ত { $refunded } ফেরত দেওয়া হয়েছে। কর্মীরা এখনো { $outstanding } পাবেন।
summary-sanctions-none = এখন কোনো শাস্তি চলছে না।
summary-sanctions-in-force = এখন যেসব শাস্তি চলছে:
summary-complaints = { $count ->
        [0] কোনো অভিযোগ আসেনি।
       *[other] { $count }টি অভিযোগ এসেছে।
    }
summary-complaints-open = { $count ->
        [0] সব অভিযোগের কাজ শেষ হয়েছে।
       *[other] এর মধ্যে { $count }টির কাজ এখনো চলছে।
    }
summary-complaints-note = অভিযোগ নিজে কোনো প্রমাণ নয়। শুধু পরিদর্শকদের প্রকাশিত সিদ্ধান্তই প্রমাণ।

## Profile: linked people, provenance, next steps

profile-linked = নিষেধাজ্ঞাপ্রাপ্ত এজেন্সির সঙ্গে অভিন্ন ব্যক্তি ও যোগাযোগ
profile-linked-intro = এই প্রতিষ্ঠানটি নিচের প্রতিষ্ঠানগুলোর সঙ্গে একই মালিক, পরিচালক বা ম্যানেজার, ঠিকানা, ফোন বা ইমেইল ব্যবহার করে। প্রতিটি জোড়ার একটির লাইসেন্স বাতিল বা স্থগিত হয়েছে, বা তার ওপর নিষেধাজ্ঞা আছে: নিষিদ্ধ এজেন্সি কখনো কখনো নতুন নামে আবার খোলে।
linked-also-at = আরও যুক্ত আছেন:
network-possible = একই নাম, অন্য ব্যক্তিও হতে পারেন
network-person = { $role } { $name }
network-address = ঠিকানা { $value }
network-telephone = ফোন { $value }
network-email = ইমেইল { $value }
source-label = সূত্র:
source-as-of = { $date } পর্যন্ত তথ্য
profile-next-steps = এখন আপনি কী করতে পারেন
next-steps-dont-pay = কাজ পাওয়ার জন্য কোনো ফি দেবেন না। নিয়োগের সব খরচ মালিকের দেওয়ার কথা।
next-steps-passport = নিজের পাসপোর্ট ও কাগজপত্র নিজের কাছে রাখুন। কারও হাতে দেবেন না।
next-steps-contract = যাওয়ার আগে নিজের ভাষায় লেখা চুক্তিপত্র চেয়ে নিন, আর তার একটা কপি রাখুন।
next-steps-complain = এরা যদি আপনার কাছে টাকা চেয়ে থাকে, আপনার কাগজপত্র নিয়ে থাকে বা আপনাকে মিথ্যা বলে থাকে, তাহলে আপনি অভিযোগ করতে পারেন। নিজের নাম দিতে হবে না।
next-steps-complain-link = এদের বিরুদ্ধে অভিযোগ করুন
next-steps-help = সাহায্যের জন্য আপনার দেশের দূতাবাস বা কনস্যুলেট, শ্রম অফিস, অথবা প্রবাসী কর্মীদের হেল্পলাইনে যোগাযোগ করুন।
next-steps-rights-link = আপনার অধিকার সম্পর্কে পড়ুন

## Complaint form (/complain)

complain-title = অভিযোগ করুন
complain-intro = কী হয়েছে আমাদের বলুন। এটি বিনামূল্যে ও নিরাপদ।
complain-anonymous-title = আপনার নাম দিতে হবে না
complain-anonymous = আপনার অভিযোগ নাম ছাড়াই জমা হয়। আমরা আপনার নাম জানতে চাই না। উত্তর চাইলে তবেই ফোন নম্বর বা ইমেইল দিন।
complain-who-sees = শুধু সংশ্লিষ্ট দেশের শ্রম পরিদর্শকেরা আপনার অভিযোগ পড়তে পারেন।
complain-agency-never-sees = এজেন্সি ও মালিককে কখনো আপনার নাম জানানো হয় না, আর আপনি যা লিখেছেন তা তারা কখনো দেখতে পায় না।
complain-what-next = পাঠানোর পর আপনি একটি রসিদ কোড পাবেন। একজন পরিদর্শক আপনার অভিযোগ পড়ে ঠিক করবেন কী করা হবে। এই কোড দিয়ে আপনি দেখতে পারবেন কী হচ্ছে।
complain-danger = আপনি যদি এখন বিপদে থাকেন, পুলিশ বা আপনার দূতাবাসে ফোন করুন।
complain-organization = কোন এজেন্সি বা মালিক?
    .help = নাম বা লাইসেন্স নম্বর লিখুন। আমরা খুঁজে না পেলে, নাম ও দেশ লিখুন।
complain-organization-name = এজেন্সি বা মালিকের নাম
complain-organization-country = কোন দেশের
complain-categories = কী হয়েছে?
    .help = যা যা হয়েছে, সব বেছে নিন।
complain-narrative = কী হয়েছে আমাদের বলুন
    .help = নিজের মতো করে, যেকোনো ভাষায় লিখুন। তারিখ, জায়গা আর জড়িত লোকদের নাম পরিদর্শকের কাজে লাগে। নাম গোপন রাখতে চাইলে নিজের নাম লিখবেন না।
complain-where = এটি কোথায় ঘটেছে?
    .help = দেশ বা দেশগুলো বেছে নিন।
complain-contact = পরিদর্শক কীভাবে আপনার সঙ্গে যোগাযোগ করবেন?
    .help = উত্তর চাইলে তবেই ফোন, WhatsApp বা ইমেইল দিন। পুরোপুরি নাম গোপন রাখতে এটি খালি রাখুন।
complain-about-you = আপনার সম্পর্কে
    .help = এই উত্তরগুলো দিয়ে আমরা গুনতে পারি কোন দেশে, কোন কাজে কতজন ক্ষতিগ্রস্ত হচ্ছেন। এগুলো কখনো আপনার অভিযোগের সঙ্গে দেখানো হয় না। চাইলে বাদ দিতে পারেন।
complain-sex = লিঙ্গ
complain-age = আপনার বয়স
complain-nationality = আপনার জাতীয়তা
complain-sector = আপনার কাজ
complain-submit = আমার অভিযোগ পাঠান

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = এই কাজ পেতে আমি ফি দিয়েছি
category-deception = কাজ বা বেতন যেমন বলা হয়েছিল তেমন ছিল না
category-document-retention = ওরা আমার পাসপোর্ট বা কাগজপত্র নিয়ে নিয়েছে
category-wage-theft = আমাকে বেতন দেওয়া হয়নি, বা কম দেওয়া হয়েছে
category-excessive-hours = আমাকে দিয়ে অনেক বেশি সময় কাজ করানো হয়, বা ছুটি দেওয়া হয় না
category-restriction-of-movement = আমাকে বাইরে যেতে দেওয়া হয় না
category-threats = ওরা আমাকে হুমকি দেয় (যেমন পুলিশে দেওয়ার বা দেশে ফেরত পাঠানোর)
category-physical-violence = ওরা আমাকে মেরেছে বা আঘাত করেছে
category-sexual-violence = যৌন নির্যাতন বা যৌন হয়রানি
category-debt-bondage = ঋণ শোধ করতে আমাকে কাজ করতে হয়
category-other = অন্য কিছু

## About you: optional answers, keyed by wire name

sex-female = নারী
sex-male = পুরুষ
sex-other = অন্যান্য
sex-undisclosed = বলতে চাই না
age-under-18 = 18 বছরের কম
age-18-24 = 18 থেকে 24 বছর
age-25-34 = 25 থেকে 34 বছর
age-35-44 = 35 থেকে 44 বছর
age-45-54 = 45 থেকে 54 বছর
age-55-plus = 55 বছর বা তার বেশি
sector-domestic-work = গৃহকর্ম (ঘরের কাজ, রান্না, শিশুর দেখাশোনা)
sector-care = সেবাযত্নের কাজ (বয়স্ক, অসুস্থ বা প্রতিবন্ধী মানুষের)
sector-agriculture = কৃষিকাজ
sector-construction = নির্মাণকাজ
sector-manufacturing = কারখানার কাজ
sector-hospitality = হোটেল ও রেস্তোরাঁ
sector-fishing = মাছ ধরার কাজ
sector-cleaning = অফিস ও ভবন পরিষ্কারের কাজ
sector-security = নিরাপত্তারক্ষী
sector-transport = গাড়ি চালানো ও ডেলিভারি
sector-other = অন্য কাজ

## Complaint form: problems to fix

error-form-summary = অনুগ্রহ করে আপনার অভিযোগটি দেখুন: কিছু ঠিক করতে হবে।
error-required = অনুগ্রহ করে এটি পূরণ করুন।
error-too-long = লেখাটি অনেক বড় হয়েছে। সর্বোচ্চ { $max }টি অক্ষর লিখুন।
error-choose-category = কী হয়েছে, অন্তত একটি বেছে নিন।
error-organization-not-found = এই এজেন্সি বা মালিককে পাওয়া যায়নি। নাম মিলিয়ে দেখুন, অথবা এর বদলে নাম ও দেশ লিখুন।

## Complaint received (the page after sending)

complaint-received-title = আপনার অভিযোগ জমা হয়েছে
complaint-received-thanks = আমাদের জানানোর জন্য ধন্যবাদ।
receipt-code-label = আপনার রসিদ কোড
receipt-code-keep = এই কোডটি লিখে রাখুন বা এর ছবি তুলে রাখুন। আপনার অভিযোগ দেখার এটাই একমাত্র উপায়। এই কোড ছাড়া আমরা আপনার অভিযোগ খুঁজে দিতে পারব না।
receipt-code-how-to-check = অভিযোগ দেখতে “অভিযোগের অবস্থা দেখুন” খুলে এই কোডটি লিখুন।
receipt-code-private = কোডটি কাউকে দেখাবেন না। যার কাছে এই কোড থাকবে, সে আপনার অভিযোগের অবস্থা দেখতে পারবে, কিন্তু আপনি কী লিখেছেন তা দেখতে পারবে না।
complaint-received-next = একজন পরিদর্শক শিগগিরই আপনার অভিযোগ পড়বেন। আপনি কে, তা এজেন্সি ও মালিককে জানানো হয় না।

## Check a complaint (/complaints/status)

status-title = অভিযোগের অবস্থা দেখুন
status-intro = অভিযোগ পাঠানোর সময় যে রসিদ কোড পেয়েছিলেন, সেটি লিখুন।
status-code = রসিদ কোড
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = 14টি অক্ষর ও সংখ্যা। ড্যাশ বা ফাঁকা জায়গা থাকলেও সমস্যা নেই।
status-button = দেখুন
status-code-wrong-length = রসিদ কোডে 14টি অক্ষর ও সংখ্যা থাকে, যেমন ABCD-EFGH-JKMN-PQ।
status-code-bad-symbol = রসিদ কোডে শুধু তাতে ছাপা অক্ষর ও সংখ্যাই থাকে।
status-code-typo = এই কোড লিখতে ভুল হয়েছে। প্রতিটি অক্ষর ও সংখ্যা মিলিয়ে আবার চেষ্টা করুন।
status-code-unknown = এই কোডের কোনো অভিযোগ আমাদের কাছে নেই। ঠিকমতো লিখেছেন কি না দেখুন। কোড হারিয়ে ফেললে নতুন অভিযোগ পাঠাতে পারেন।
status-current = আপনার অভিযোগ:
status-last-change = সর্বশেষ পরিবর্তন: { $date }
status-not-told = আপনি কে, তা এজেন্সি ও মালিককে জানানো হয় না। কোডটি যত্ন করে রাখুন।

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = জমা হয়েছে
    .next = একজন পরিদর্শক শিগগিরই এটি পড়বেন।
complaint-status-under-review = পড়া হচ্ছে
    .next = একজন পরিদর্শক এটি পড়ছেন এবং ঠিক করবেন কী করা হবে।
complaint-status-investigating = তদন্ত চলছে
    .next = একজন পরিদর্শক বিষয়টি তদন্ত করছেন। আপনি ফোন নম্বর বা ইমেইল দিয়ে থাকলে তিনি যোগাযোগ করতে পারেন।
complaint-status-substantiated = পরিদর্শক সত্যতা পেয়েছেন
    .next = প্রমাণ আপনার অভিযোগকে সমর্থন করে, তাই এজেন্সি বা মালিকের বিরুদ্ধে ব্যবস্থা নেওয়া যেতে পারে।
complaint-status-unsubstantiated = বন্ধ: প্রমাণিত হয়নি
    .next = পাওয়া প্রমাণ দিয়ে পরিদর্শক এটি নিশ্চিত করতে পারেননি। আরও তথ্য থাকলে নতুন অভিযোগ পাঠাতে পারেন।
complaint-status-referred = অন্য কর্তৃপক্ষের কাছে পাঠানো হয়েছে
    .next = এটি এমন কর্তৃপক্ষের কাছে পাঠানো হয়েছে যারা ব্যবস্থা নিতে পারে, যেমন পুলিশ, শ্রম আদালত বা দূতাবাস।
complaint-status-withdrawn = বন্ধ: প্রত্যাহার করা হয়েছে
    .next = অভিযোগটি প্রত্যাহার করা হয়েছে। এ নিয়ে আর কিছু করা হবে না।

## Your rights (/rights)

rights-title = আপনার অধিকার
rights-intro = এই নিয়মগুলো আন্তর্জাতিক শ্রম সংস্থার (ILO)। সরকার, মালিক ও শ্রমিকেরা মিলে এগুলোতে একমত হয়েছেন। যাওয়ার আগে এগুলো জেনে নিন।
rights-never-pay-title = কাজ পেতে আপনাকে কখনো টাকা দিতে হবে না
rights-never-pay = নিয়োগের সব ফি ও খরচ দেবে মালিক, আপনি নন। এগুলোর কোনোটির জন্য কেউ আপনার কাছ থেকে টাকা নিতে পারবে না:
rights-already-paid = আগেই টাকা দিয়ে থাকলে, প্রমাণ হিসেবে সব রসিদ, মেসেজ ও ছবি রেখে দিন। আপনি অভিযোগ করতে পারেন, আর টাকা ফেরতও পেতে পারেন।
rights-passport-title = আপনার পাসপোর্ট আপনারই
rights-passport = কোনো এজেন্সি বা মালিক আপনার পাসপোর্ট, পরিচয়পত্র বা অন্য কাগজপত্র নিজের কাছে রাখতে পারবে না। এগুলো নিজের কাছে রাখা আপনার অধিকার। এগুলোর ছবি বা কপি নিরাপদ জায়গায় রাখুন।
rights-contract-title = লেখা চুক্তিপত্র, যা আপনি বোঝেন
rights-contract = যাওয়ার আগে আপনার বোঝার মতো ভাষায় লেখা চুক্তিপত্র পাওয়ার কথা। তাতে আপনার কাজ, বেতন, কাজের সময় আর ছুটির দিন লেখা থাকবে। এর একটা কপি রাখুন। পৌঁছানোর পর কেউ এটা বদলে আরও খারাপ চুক্তি দিতে পারবে না।
rights-change-mind-title = আপনি মত বদলাতে পারেন
rights-change-mind = প্রক্রিয়া শুরু হয়ে গেলেও আপনি না যাওয়ার সিদ্ধান্ত নিতে পারেন। আপনাকে পাঠানোর জন্য কেউ জোর করতে, হুমকি দিতে বা আপনার কাগজপত্র আটকে রাখতে পারবে না।
rights-help-title = কোথায় সাহায্য পাবেন
rights-help-embassy = যে দেশে আপনি কাজ করেন, সেখানে আপনার দেশের দূতাবাস বা কনস্যুলেট।
rights-help-labour = শ্রম পরিদর্শন অফিস বা শ্রম মন্ত্রণালয়।
rights-help-hotline = প্রবাসী কর্মীদের সাহায্য করে এমন হেল্পলাইন বা সংগঠন।
rights-help-police = বিপদে থাকলে পুলিশে ফোন করুন।
rights-help-complain = নিজের নাম না দিয়েই আপনি এখানেও অভিযোগ করতে পারেন।
rights-source = সূত্র: ILO-র ন্যায্য নিয়োগের সাধারণ নীতি ও পরিচালনা নির্দেশিকা, এবং নিয়োগ ফি ও সংশ্লিষ্ট খরচের সংজ্ঞা (2019)।

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = সরকারি নিবন্ধন তালিকা
listing-line = { $register }-এ তালিকাভুক্ত
listing-line-closed = { $register }-এ আর তালিকাভুক্ত নয় — সাবধান থাকুন
listing-status-listed = তালিকাভুক্ত
listing-status-expired = আর তালিকাভুক্ত নয়: মেয়াদ শেষ
listing-status-cancelled = আর তালিকাভুক্ত নয়: বাতিল
listing-since = লাইসেন্স পাওয়ার সময়
listing-offices = অফিস
listing-source = উৎস

## Statistics (/stats): counts of complaints and findings, small numbers hidden

stats-title = সংখ্যায় অভিযোগ ও সিদ্ধান্ত
stats-intro = শ্রমিকেরা কতগুলো অভিযোগ করেছেন, আর পরিদর্শকেরা কী পেয়েছেন। এই সংখ্যাগুলো কখনো দেখায় না কে অভিযোগ করেছেন।
stats-complaints-total = পাওয়া অভিযোগ: { $count }
stats-findings-total = প্রকাশিত সিদ্ধান্ত: { $count }
stats-complaints-heading = সমস্যা ও লিঙ্গ অনুযায়ী অভিযোগ
stats-counting = একটি অভিযোগে একাধিক সমস্যা থাকতে পারে। প্রতিটি সমস্যার জন্য একবার গোনা হয়, তাই সারিগুলোর যোগফল অভিযোগের সংখ্যার চেয়ে বেশি হয়।
stats-column-problem = সমস্যা
stats-column-total = সব
stats-sex-undisclosed = বলতে চাননি
stats-not-given = দেওয়া হয়নি
stats-chart-title = সমস্যা অনুযায়ী অভিযোগ
stats-chart-description = প্রতিটি সমস্যার জন্য একটি দণ্ড। দণ্ড যত লম্বা, অভিযোগ তত বেশি।
stats-findings-heading = পরিদর্শকদের পাওয়া অবৈধ ফি, ফির ধরন অনুযায়ী
stats-column-findings = সিদ্ধান্ত
stats-column-charged = শ্রমিকদের কাছ থেকে নেওয়া
stats-hidden = লুকানো
stats-legend = { $marker } লুকানো: { $min }টির কম অভিযোগ বা সিদ্ধান্ত, অথবা অন্য সংখ্যা থেকে লুকানো সংখ্যা যেন বের করা না যায় তাই লুকানো।
stats-data = গবেষকেরা এই টেবিলগুলো এবং আরও টেবিল বিনামূল্যে ডাউনলোড করতে পারেন:
