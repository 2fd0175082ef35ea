### fairrecruit: the worker-facing web pages, Arabic (ar).
### Same ids and attributes as en/main.ftl; check with `python3 locales/check.py`.
### Address: feminine singular (أنتِ، ادفعي، اسمكِ), because the reader is a woman;
### buttons and menu items use verbal nouns (بحث، تقديم شكوى) and have no gender.
### Punctuation: ، ؛ ؟ and «». Plurals use all six CLDR categories
### (zero, one, two, few = 3–10, many = 11–99, other = 100+).
### Terms: see locales/GLOSSARY.md.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = تحقّقي من الوكالة قبل أن تدفعي. قدّمي شكواكِ بأمان.
page-title = { $page } — { -site-name }
skip-to-content = الانتقال إلى المحتوى الرئيسي
language-switcher = اللغة
    .button = تغيير
nav-label = القائمة الرئيسية
nav-search = بحث
nav-complain = تقديم شكوى
nav-status = متابعة شكوى
nav-rights = حقوقكِ
nav-stats = إحصاءات
footer-run-by = يدير { -site-name } { $operator }.
footer-free = هذه الخدمة مجانية. لا يحق لأحد أن يطلب منكِ مالًا مقابلها.
footer-privacy = لا نسألكِ عن اسمكِ أبدًا. ولا نشارك عمليات البحث مع أحد.
footer-open-source = { -site-name } برنامج مفتوح المصدر.
form-optional = (اختياري)
form-choose = اختاري…

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

error-not-found-title = الصفحة غير موجودة
error-not-found = لم نجد هذه الصفحة. ربما يكون الرابط قديمًا أو فيه خطأ.
error-server-title = حدث خطأ ما
error-server = المشكلة عندنا، لا عندكِ. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-rate-limit-title = طلبات كثيرة جدًا
error-rate-limit-why = لكي تبقى هذه الخدمة متاحة للجميع، نحدّد عدد الصفحات التي يمكن لشخص واحد أن يفتحها في وقت قصير.
error-rate-limit = { $minutes ->
        [zero] يُرجى المحاولة مرة أخرى بعد قليل.
        [one] يُرجى المحاولة مرة أخرى بعد دقيقة واحدة.
        [two] يُرجى المحاولة مرة أخرى بعد دقيقتين.
        [few] يُرجى المحاولة مرة أخرى بعد { $minutes } دقائق.
        [many] يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
       *[other] يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
    }
error-go-home = العودة إلى البحث

## Search page (/)

search-title = تحقّقي من الوكالة
search-intro = قبل أن تدفعي لأي أحد أو توقّعي على أي ورقة، ابحثي عن الوكالة هنا.
search-box = ابحثي عن وكالة أو صاحب عمل
    .placeholder = اسم الوكالة أو رقم الترخيص
search-box-help = يمكنكِ كتابة الاسم بأي تهجئة، وكتابة رقم الترخيص مع الشَّرطات أو بدونها.
search-button = بحث
search-results-for = نتائج البحث عن «{ $query }»
search-results-count = { $count ->
        [zero] لم يُعثر على أي جهة
        [one] عُثر على جهة واحدة
        [two] عُثر على جهتين
        [few] عُثر على { $count } جهات
        [many] عُثر على { $count } جهة
       *[other] عُثر على { $count } جهة
    }
search-no-results = لم نجد وكالة أو صاحب عمل بهذا الاسم أو الرقم.
search-no-results-advice = تأكّدي من التهجئة، أو اكتبي جزءًا من الاسم فقط، أو جرّبي رقم الترخيص. وإذا لم تجديها بعد ذلك، فقد لا يكون لدى الوكالة ترخيص. لا تدفعي أي مال ولا تسلّمي جواز سفركِ حتى تتأكّدي.
search-more-results = المزيد من النتائج
search-filters = تضييق النتائج
filter-apply = تطبيق
filter-kind = النوع
filter-kind-any = كل الأنواع
kind-agency = وكالة توظيف (مكتب استقدام)
kind-sub-agent = وسيط أو سمسار (وكيل فرعي)
kind-employer = صاحب عمل
filter-licence-status = الترخيص
filter-licence-any = أي حالة للترخيص
licence-status-active = ساري المفعول
licence-status-pending = قيد الدراسة
licence-status-suspended = موقوف
licence-status-revoked = مسحوب
licence-status-expired = منتهي الصلاحية
licence-status-cancelled = ملغى
filter-country = البلد
filter-country-any = كل البلدان
filter-sanctioned = عرض الجهات التي عليها عقوبات سارية فقط

## Licence status in plain words (search results and profile)

licence-active = الترخيص ساري المفعول حتى { $date }
licence-active-no-end = الترخيص ساري المفعول
licence-revoked = الترخيص مسحوب — لا تدفعي لهذه الوكالة
licence-suspended = الترخيص موقوف منذ { $date } — لا تدفعي لهذه الوكالة الآن
licence-expired = انتهت صلاحية الترخيص في { $date }
licence-cancelled = الترخيص ملغى
licence-pending = الترخيص قيد الدراسة — غير مسموح لها بالتوظيف بعد
licence-none = لا يوجد ترخيص مسجّل — كوني حذرة

## Search result, one organization

result-also-known-as = تُعرف أيضًا باسم: { $names }
result-sanctions-in-force = { $count ->
        [zero] لا عقوبات سارية
        [one] عقوبة واحدة سارية
        [two] عقوبتان ساريتان
        [few] { $count } عقوبات سارية
        [many] { $count } عقوبة سارية
       *[other] { $count } عقوبة سارية
    }
result-illegal-fees = { $workers ->
        [0] فُرضت رسوم غير قانونية على العمال
        [one] فُرضت رسوم غير قانونية على عامل واحد
        [two] فُرضت رسوم غير قانونية على عاملَين
        [few] فُرضت رسوم غير قانونية على { $workers } عمال
        [many] فُرضت رسوم غير قانونية على { $workers } عاملًا
       *[other] فُرضت رسوم غير قانونية على { $workers } عامل
    }
result-findings = { $count ->
        [zero] لا قرارات من المفتشين
        [one] قرار واحد من المفتشين
        [two] قراران من المفتشين
        [few] { $count } قرارات من المفتشين
        [many] { $count } قرارًا من المفتشين
       *[other] { $count } قرار من المفتشين
    }
result-view = عرض التفاصيل

## Organization profile (/organizations/{id})

profile-who = من هم
profile-kind = النوع
profile-country = البلد
profile-registration-number = رقم السجل التجاري
profile-address = العنوان
profile-website = الموقع الإلكتروني
profile-people = المالكون والمديرون
role-owner = مالك
role-director = عضو مجلس إدارة
role-manager = مدير
profile-other-names = أسماء أخرى
alias-former = الاسم السابق
alias-trade = الاسم التجاري
alias-transliteration = الاسم نفسه بتهجئة أخرى
profile-no-other-names = لا توجد أسماء أخرى مسجّلة.
profile-licences = التراخيص
licence-number = رقم الترخيص
licence-authority = الجهة المُصدِرة
licence-valid-from = ساري المفعول من
licence-valid-until = ساري المفعول حتى
profile-no-licences = لا يوجد ترخيص مسجّل. لا يُسمح لوكالة توظيف بلا ترخيص بأن توظّف العمال.
profile-licence-history = سجلّ الترخيص
history-date = التاريخ
history-status = الحالة
history-reason = السبب
profile-findings = ما وجده المفتشون
profile-no-findings = لم ينشر المفتشون أي قرار بشأنهم. وهذا لا يعني أنهم آمنون: تحقّقي دائمًا من الترخيص أيضًا.
finding-reference = القرار { $reference }
finding-published-on = نُشر في { $date }
finding-violations = المخالفات التي ارتكبوها
finding-legal-basis = القاعدة التي خُولفت
finding-severity = مدى الخطورة
severity-low = بسيطة
severity-medium = خطيرة
severity-high = خطيرة جدًا
severity-critical = بالغة الخطورة
finding-sanctions = العقوبات
finding-appeal = الطعن
appeal-none = لا يوجد طعن
appeal-appealed = طُعن في القرار — في انتظار الحكم
appeal-upheld = رُفض الطعن — القرار قائم
appeal-overturned = أُلغي القرار بعد الطعن — لم يعد ساريًا

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = حمّلوا العمال تكاليف توظيفهم
violation-deception = كذبوا بشأن العمل أو الأجر أو العقد
violation-document-retention = احتجزوا جوازات سفر العمال أو وثائقهم
violation-wage-theft = لم يدفعوا الأجور، أو دفعوا أقل منها
violation-excessive-hours = شغّلوا العمال ساعات طويلة جدًا أو بلا أيام راحة
violation-restriction-of-movement = منعوا العمال من الخروج
violation-threats = هدّدوا العمال
violation-physical-violence = عنف جسدي ضد العمال
violation-sexual-violence = عنف جنسي أو تحرّش
violation-debt-bondage = أجبروا العمال على العمل لسداد دَين
violation-other = مخالفة أخرى

## Sanctions, keyed by sanction kind

sanction-warning = إنذار
sanction-fine = غرامة
sanction-suspension = إيقاف الترخيص
sanction-revocation = سحب الترخيص
sanction-blacklisting = إدراج في القائمة السوداء: لا يحق لها التوظيف
sanction-referral = إحالة إلى النيابة العامة
sanction-in-force = سارية
sanction-until = حتى { $date }
sanction-ended = انتهت

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = الرسوم المأخوذة بشكل غير قانوني والمبالغ المردودة
fee-table-type = الرسم
fee-table-per-worker = المبلغ المأخوذ من كل عامل
fee-table-workers = عدد العمال
fee-table-refund-ordered = المبلغ المأمور بردّه
fee-table-refund-paid = المبلغ المردود
profile-no-fees = لم يجد المفتشون رسومًا غير قانونية.
fee-recruitment-fee = رسوم التوظيف
    .description = رسوم مقابل إيجاد عمل لكِ أو إلحاقكِ بصاحب عمل، أو رسوم خدمة أو عمولة.
fee-medical = الفحص الطبي
    .description = الفحوص الطبية والشهادات الصحية والتطعيمات.
fee-insurance = التأمين
    .description = التأمين على الحياة أو الصحة أو ضد الحوادث، أو صندوق رعاية العمال المهاجرين.
fee-skills-test = اختبارات المهارات واللغة
    .description = اختبارات مهاراتكِ أو لغتكِ أو مؤهلاتكِ، وشهاداتها.
fee-training = التدريب
    .description = التدريب والتوجيه قبل السفر أو بعد الوصول.
fee-equipment = المعدات والزي
    .description = الأدوات والزي الموحد ومعدات السلامة اللازمة للعمل.
fee-travel-lodging = السفر والإقامة
    .description = التذاكر والمواصلات والطعام ومكان المبيت في طريق الذهاب وطريق العودة إلى الوطن.
fee-administrative = الأوراق والتصاريح
    .description = الطلبات والوثائق وجواز السفر والتأشيرة وشهادة حسن السيرة وفحص السوابق وتصريح الخروج ورسوم البنك وتصاريح العمل والإقامة.
fee-illegitimate = الرشاوى والتأمينات
    .description = الرشاوى والعمولات غير المشروعة والكفالات المالية والودائع، وأي مال يُؤخذ منكِ خلافًا للقانون.
fee-other = تكاليف أخرى
    .description = أي تكلفة أخرى للحصول على العمل.

## Accountability summary: the sentences that open a profile

summary-licence-pending = قُدّم طلب الترخيص في { $date }.
summary-licence-active = الترخيص ساري المفعول منذ { $date }.
summary-licence-suspended = أُوقف الترخيص في { $date }.
summary-licence-revoked = سُحب الترخيص في { $date }.
summary-licence-expired = انتهت صلاحية الترخيص في { $date }.
summary-licence-cancelled = أُلغي الترخيص في { $date }.
summary-licence-finding = جاء ذلك بعد القرار { $reference }.
summary-findings = { $count ->
        [0] لم ينشر المفتشون أي قرار بشأنهم.
        [one] نشر المفتشون قرارًا واحدًا ضدهم.
        [two] نشر المفتشون قرارين ضدهم.
        [few] نشر المفتشون { $count } قرارات ضدهم.
        [many] نشر المفتشون { $count } قرارًا ضدهم.
       *[other] نشر المفتشون { $count } قرار ضدهم.
    }
summary-fees-charged = { $workers ->
        [0] اضطُرّ العمال إلى دفع رسوم غير قانونية مجموعها { $amount }.
        [one] اضطُرّ عامل واحد إلى دفع رسوم غير قانونية مجموعها { $amount }.
        [two] اضطُرّ عاملان إلى دفع رسوم غير قانونية مجموعها { $amount }.
        [few] اضطُرّ { $workers } عمال إلى دفع رسوم غير قانونية مجموعها { $amount }.
        [many] اضطُرّ { $workers } عاملًا إلى دفع رسوم غير قانونية مجموعها { $amount }.
       *[other] اضطُرّ { $workers } عامل إلى دفع رسوم غير قانونية مجموعها { $amount }.
    }
summary-refund-none-ordered = لم يصدر أمر بردّ أي مبلغ.
summary-refund-ordered = أمر المفتشون بردّ { $amount }.
summary-refund-paid = رُدّ مبلغ { $amount }.
summary-refund-paid-all = رُدّ مبلغ { $amount }. لم يبقَ شيء مستحق.
summary-refund-paid-none = لم يُردّ أي مبلغ حتى الآن. ما زال للعمال { $amount }.
summary-refund-paid-part = رُدّ حتى الآن مبلغ { $refunded }. ما زال للعمال { $outstanding }.
summary-sanctions-none = لا توجد عقوبات سارية.
summary-sanctions-in-force = العقوبات السارية الآن:
summary-complaints = { $count ->
        [0] لم تصل أي شكوى.
        [one] وصلت شكوى واحدة.
        [two] وصلت شكويان.
        [few] وصلت { $count } شكاوى.
        [many] وصلت { $count } شكوى.
       *[other] وصلت { $count } شكوى.
    }
summary-complaints-open = { $count ->
        [0] انتهى النظر فيها كلها.
        [one] ما زالت شكوى واحدة قيد المعالجة.
        [two] ما زالت شكويان قيد المعالجة.
        [few] ما زالت { $count } شكاوى قيد المعالجة.
        [many] ما زالت { $count } شكوى قيد المعالجة.
       *[other] ما زالت { $count } شكوى قيد المعالجة.
    }
summary-complaints-note = الشكوى ليست دليلًا. الدليل هو القرارات التي ينشرها المفتشون فقط.

## Profile: linked people, provenance, next steps

profile-linked = أشخاص وعناوين مشتركة مع وكالات فُرضت عليها عقوبات
profile-linked-intro = تشترك هذه الجهة في مالك أو عضو مجلس إدارة أو مدير، أو عنوان أو هاتف أو بريد إلكتروني، مع الجهات أدناه. في كل زوج، أُلغي ترخيص إحداهما أو عُلّق، أو فُرضت عليها عقوبة: قد تعود وكالة محظورة إلى العمل باسم جديد.
linked-also-at = مرتبطون أيضًا بـ:
network-possible = الاسم نفسه، وقد يكون شخصًا آخر
network-person = { $role } { $name }
network-address = العنوان { $value }
network-telephone = الهاتف { $value }
network-email = البريد الإلكتروني { $value }
source-label = المصدر:
source-as-of = معلومات حتى { $date }
profile-next-steps = ما يمكنكِ فعله الآن
next-steps-dont-pay = لا تدفعي أي رسوم للحصول على العمل. صاحب العمل هو من يجب أن يدفع كل تكاليف التوظيف.
next-steps-passport = احتفظي بجواز سفركِ ووثائقكِ بنفسكِ. لا تسلّميها لأحد.
next-steps-contract = قبل السفر، اطلبي عقد عمل مكتوبًا بلغتكِ، واحتفظي بنسخة منه.
next-steps-complain = إذا طلبوا منكِ مالًا، أو أخذوا وثائقكِ، أو كذبوا عليكِ، يمكنكِ تقديم شكوى. لا داعي لذكر اسمكِ.
next-steps-complain-link = قدّمي شكوى ضدهم
next-steps-help = للمساعدة، تواصلي مع سفارة بلدكِ أو قنصليته، أو مكتب العمل، أو خط مساعدة للعمال المهاجرين.
next-steps-rights-link = اقرئي عن حقوقكِ

## Complaint form (/complain)

complain-title = تقديم شكوى
complain-intro = أخبرينا بما حدث. الخدمة مجانية وآمنة.
complain-anonymous-title = لا داعي لذكر اسمكِ
complain-anonymous = شكواكِ بلا اسم. نحن لا نسأل عن اسمكِ. اكتبي رقم هاتف أو بريدًا إلكترونيًا فقط إذا أردتِ ردًّا.
complain-who-sees = لا يستطيع قراءة شكواكِ إلا مفتشو العمل في البلد المعني.
complain-agency-never-sees = لن تعرف الوكالة ولا صاحب العمل اسمكِ أبدًا، ولن يريا ما كتبتِه أبدًا.
complain-what-next = بعد الإرسال ستحصلين على رمز إيصال. سيقرأ أحد المفتشين شكواكِ ويقرّر ما يجب فعله. وبهذا الرمز يمكنكِ متابعة ما يحدث.
complain-danger = إذا كنتِ في خطر الآن، اتصلي بالشرطة أو بسفارة بلدكِ.
complain-organization = أيّ وكالة أو صاحب عمل؟
    .help = اكتبي الاسم أو رقم الترخيص. إذا لم نجده، اكتبي الاسم والبلد.
complain-organization-name = اسم الوكالة أو صاحب العمل
complain-organization-country = البلد
complain-categories = ماذا حدث؟
    .help = اختاري كل ما ينطبق عليكِ.
complain-narrative = أخبرينا بما حدث
    .help = بكلماتكِ، وبأي لغة. التواريخ والأماكن وأسماء الأشخاص المعنيين تساعد المفتش. إذا أردتِ ألّا يُعرف اسمكِ، فلا تكتبيه.
complain-where = أين حدث ذلك؟
    .help = اختاري البلد أو البلدان.
complain-contact = كيف يمكن للمفتش التواصل معكِ؟
    .help = هاتف أو واتساب أو بريد إلكتروني، فقط إذا أردتِ ردًّا. اتركي الحقل فارغًا لتبقي مجهولة الهوية تمامًا.
complain-about-you = عنكِ
    .help = تساعدنا هذه الإجابات على معرفة عدد المتضرّرين حسب البلد ونوع العمل. لا تُعرض أبدًا مع شكواكِ. يمكنكِ تخطّيها.
complain-sex = الجنس
complain-age = عمركِ
complain-nationality = جنسيتكِ
complain-sector = عملكِ
complain-submit = إرسال الشكوى

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = دفعتُ رسومًا للحصول على هذا العمل
category-deception = العمل أو الأجر لم يكن كما وعدوني
category-document-retention = أخذوا جواز سفري أو وثائقي
category-wage-theft = لم أحصل على أجري، أو حصلت على أقل منه
category-excessive-hours = أعمل ساعات طويلة جدًا، أو لا أحصل على يوم راحة
category-restriction-of-movement = لا يُسمح لي بالخروج
category-threats = يهدّدونني (مثلًا بإبلاغ الشرطة عني أو بترحيلي)
category-physical-violence = ضربوني أو آذوني
category-sexual-violence = اعتداء جنسي أو تحرّش
category-debt-bondage = عليّ أن أعمل لأسدّد دَينًا
category-other = شيء آخر

## About you: optional answers, keyed by wire name

sex-female = امرأة
sex-male = رجل
sex-other = غير ذلك
sex-undisclosed = أفضّل عدم القول
age-under-18 = أقل من 18 سنة
age-18-24 = من 18 إلى 24 سنة
age-25-34 = من 25 إلى 34 سنة
age-35-44 = من 35 إلى 44 سنة
age-45-54 = من 45 إلى 54 سنة
age-55-plus = 55 سنة أو أكثر
sector-domestic-work = عمل منزلي (أعمال البيت، الطبخ، رعاية الأطفال)
sector-care = عمل رعاية (لكبار السن أو المرضى أو ذوي الإعاقة)
sector-agriculture = الزراعة
sector-construction = البناء
sector-manufacturing = العمل في المصانع
sector-hospitality = الفنادق والمطاعم
sector-fishing = صيد الأسماك
sector-cleaning = تنظيف المكاتب والمباني
sector-security = الحراسة والأمن
sector-transport = القيادة والتوصيل
sector-other = عمل آخر

## Complaint form: problems to fix

error-form-summary = يُرجى مراجعة شكواكِ: هناك ما يحتاج إلى تصحيح.
error-required = يُرجى ملء هذا الحقل.
error-too-long = { $max ->
        [few] النص طويل جدًا. اكتبي { $max } أحرف على الأكثر.
        [many] النص طويل جدًا. اكتبي { $max } حرفًا على الأكثر.
       *[other] النص طويل جدًا. اكتبي { $max } حرف على الأكثر.
    }
error-choose-category = يُرجى اختيار أمر واحد على الأقل مما حدث.
error-organization-not-found = لم نجد هذه الوكالة أو صاحب العمل هذا. تأكّدي من الاسم، أو اكتبي الاسم والبلد بدلًا من ذلك.

## Complaint received (the page after sending)

complaint-received-title = وصلتنا شكواكِ
complaint-received-thanks = شكرًا لأنكِ أخبرتِنا.
receipt-code-label = رمز الإيصال الخاص بكِ
receipt-code-keep = اكتبي هذا الرمز أو التقطي له صورة. إنه الطريقة الوحيدة لمتابعة شكواكِ. لا يمكننا العثور عليها من أجلكِ بدونه.
receipt-code-how-to-check = لمتابعة شكواكِ، افتحي «متابعة شكوى» واكتبي هذا الرمز.
receipt-code-private = لا تُطلعي أحدًا على الرمز. من يملكه يستطيع رؤية حالة شكواكِ، لكنه لا يستطيع رؤية ما كتبتِه.
complaint-received-next = سيقرأ أحد المفتشين شكواكِ قريبًا. لن تعرف الوكالة ولا صاحب العمل من أنتِ.

## Check a complaint (/complaints/status)

status-title = متابعة شكوى
status-intro = اكتبي رمز الإيصال الذي حصلتِ عليه عند إرسال شكواكِ.
status-code = رمز الإيصال
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = 14 حرفًا ورقمًا. لا تهمّ الشَّرطات والمسافات.
status-button = عرض الحالة
status-code-wrong-length = يتكوّن رمز الإيصال من 14 حرفًا ورقمًا، مثل ABCD-EFGH-JKMN-PQ.
status-code-bad-symbol = لا يحتوي رمز الإيصال إلا على الحروف والأرقام المطبوعة عليه.
status-code-typo = في هذا الرمز خطأ في الكتابة. تحقّقي من كل حرف ورقم، ثم حاولي مرة أخرى.
status-code-unknown = لا توجد لدينا شكوى بهذا الرمز. تأكّدي من أنكِ كتبتِه بشكل صحيح. إذا فقدتِ الرمز، يمكنكِ إرسال شكوى جديدة.
status-current = شكواكِ:
status-last-change = آخر تغيير: { $date }
status-not-told = لن تعرف الوكالة ولا صاحب العمل من أنتِ. احتفظي بالرمز.

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = وصلت
    .next = سيقرؤها أحد المفتشين قريبًا.
complaint-status-under-review = قيد القراءة
    .next = يقرؤها أحد المفتشين وسيقرّر ما يجب فعله.
complaint-status-investigating = قيد التحقيق
    .next = يحقّق فيها أحد المفتشين. إذا أعطيتِ رقم هاتف أو بريدًا إلكترونيًا، فقد يتواصل معكِ.
complaint-status-substantiated = أكّدها المفتش
    .next = الأدلة تدعم شكواكِ، لذلك يمكن اتخاذ إجراء ضد الوكالة أو صاحب العمل.
complaint-status-unsubstantiated = مغلقة: لم تثبت
    .next = لم يتمكّن المفتش من إثباتها بالأدلة التي وُجدت. إذا كانت لديكِ معلومات إضافية، يمكنكِ إرسال شكوى جديدة.
complaint-status-referred = أُحيلت إلى جهة أخرى
    .next = أُحيلت إلى جهة تستطيع التصرّف فيها، مثل الشرطة أو محكمة العمل أو السفارة.
complaint-status-withdrawn = مغلقة: سُحبت
    .next = سُحبت الشكوى. لن يُتّخذ أي إجراء آخر بشأنها.

## Your rights (/rights)

rights-title = حقوقكِ
rights-intro = هذه القواعد صادرة عن منظمة العمل الدولية (ILO). اتفقت عليها الحكومات وأصحاب العمل والعمال معًا. اعرفيها قبل أن تسافري.
rights-never-pay-title = لا ينبغي أن تدفعي أبدًا مقابل الحصول على عمل
rights-never-pay = صاحب العمل هو من يدفع كل رسوم التوظيف وتكاليفه، وليس أنتِ. لا يحق لأحد أن يأخذ منكِ مالًا مقابل أيٍّ مما يلي:
rights-already-paid = إذا كنتِ قد دفعتِ، فاحتفظي بكل إيصال ورسالة وصورة دليلًا. يمكنكِ تقديم شكوى، وقد تستعيدين مالكِ.
rights-passport-title = جواز سفركِ ملككِ
rights-passport = لا يحق لأي وكالة أو صاحب عمل الاحتفاظ بجواز سفركِ أو بطاقة هويتكِ أو وثائقكِ الأخرى. من حقكِ أن تحتفظي بها بنفسكِ. احتفظي بصورة أو نسخة منها في مكان آمن.
rights-contract-title = عقد مكتوب تفهمينه
rights-contract = قبل السفر، يجب أن تحصلي على عقد عمل مكتوب بلغة تفهمينها. يجب أن يذكر عملكِ وأجركِ وساعات العمل وأيام الراحة. احتفظي بنسخة منه. لا يحق لأحد بعد وصولكِ أن يستبدل به عقدًا أسوأ.
rights-change-mind-title = يمكنكِ أن تغيّري رأيكِ
rights-change-mind = يمكنكِ أن تقرّري عدم السفر، حتى لو كنتِ قد بدأتِ الإجراءات. لا يحق لأحد أن يجبركِ أو يهدّدكِ أو يحتجز وثائقكِ ليجعلكِ تسافرين.
rights-help-title = أين تجدين المساعدة
rights-help-embassy = سفارة بلدكِ أو قنصليته في البلد الذي تعملين فيه.
rights-help-labour = مكتب تفتيش العمل أو وزارة العمل.
rights-help-hotline = خط مساعدة أو جمعية تساعد العمال المهاجرين.
rights-help-police = إذا كنتِ في خطر، اتصلي بالشرطة.
rights-help-complain = يمكنكِ أيضًا تقديم شكوى هنا دون ذكر اسمكِ.
rights-source = المصدر: منظمة العمل الدولية، المبادئ العامة والمبادئ التوجيهية التشغيلية للتوظيف العادل، وتعريف رسوم التوظيف والتكاليف ذات الصلة (2019).

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = السجلات الرسمية
listing-line = مدرجة في { $register }
listing-line-closed = لم تعد مدرجة في { $register } — كوني حذرة
listing-status-listed = مدرجة
listing-status-expired = لم تعد مدرجة: انتهت صلاحيتها
listing-status-cancelled = لم تعد مدرجة: أُلغيت
listing-since = مرخّصة منذ
listing-offices = المكاتب
listing-source = المصدر

## Statistics (/stats): counts of complaints and findings, small numbers hidden

stats-title = الشكاوى والقرارات بالأرقام
stats-intro = كم شكوى قدّمها العمال، وماذا وجد المفتشون. لا تُظهر هذه الأرقام أبدًا من قدّم الشكوى.
stats-complaints-total = الشكاوى المستلمة: { $count }
stats-findings-total = القرارات المنشورة: { $count }
stats-complaints-heading = الشكاوى حسب المشكلة والجنس
stats-counting = قد تذكر الشكوى الواحدة أكثر من مشكلة. تُحسب مرة واحدة لكل مشكلة، لذلك يكون مجموع الصفوف أكبر من عدد الشكاوى.
stats-column-problem = المشكلة
stats-column-total = الكل
stats-sex-undisclosed = فضّل عدم الإفصاح
stats-not-given = لم يُذكر
stats-chart-title = الشكاوى حسب المشكلة
stats-chart-description = شريط لكل مشكلة. كلما طال الشريط زاد عدد الشكاوى.
stats-findings-heading = الرسوم غير القانونية التي وجدها المفتشون، حسب نوع الرسم
stats-column-findings = القرارات
stats-column-charged = المأخوذ من العمال
stats-hidden = مخفي
stats-legend = { $marker } مخفي: أقل من { $min } شكاوى أو قرارات، أو أُخفي حتى لا يمكن حساب رقم مخفي من الأرقام الأخرى.
stats-data = يمكن للباحثين تنزيل هذه الجداول وغيرها مجانًا:
