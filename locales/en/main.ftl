### fairrecruit: the worker-facing web pages, English (the source locale).
###
### Every locale file has exactly the message ids and attributes of this one:
### `python3 locales/check.py` fails when one does not.
###
### For translators:
### - The reader is a woman about to migrate for work, on a cheap phone, perhaps
###   reading in her second language, perhaps afraid. Short, warm, everyday words.
### - { $date } and { $amount } arrive already formatted by the code
###   ("3 May 2026", "NPR 8,400,000.00"). Counts ({ $count }, { $workers },
###   { $minutes }, { $max }) are numbers: select on them with the CLDR plural
###   categories of your language. Put exact numbers such as [0] before [one].
### - Ids built from the registry's wire names replace "_" with "-":
###   kind "sub_agent" -> kind-sub-agent, age band "18_24" -> age-18-24.
### - See locales/GLOSSARY.md for the chosen word for each registry term.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = Check an agency before you pay. Complain safely.
# Page <title>: the page's own title, then the site name.
page-title = { $page } — { -site-name }
skip-to-content = Skip to main content
# Label of the language menu; .button submits it (the pages work without JavaScript).
language-switcher = Language
    .button = Change
nav-label = Main menu
nav-search = Search
nav-complain = Complain
nav-status = Check a complaint
nav-rights = Your rights
nav-stats = Statistics
# { $operator } is the organization that runs this copy of the registry.
footer-run-by = { -site-name } is run by { $operator }.
footer-free = This service is free. No one may ask you to pay for it.
footer-privacy = We never ask for your name. Searches are not shared.
footer-open-source = { -site-name } is open-source software.
form-optional = (optional)
form-choose = Choose…

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

error-not-found-title = Page not found
error-not-found = We could not find this page. The link may be old or mistyped.
error-server-title = Something went wrong
error-server = The problem is on our side, not yours. Please try again in a few minutes.
error-rate-limit-title = Too many requests
error-rate-limit-why = To keep this service working for everyone, we limit how many pages one person can open in a short time.
error-rate-limit = { $minutes ->
        [one] Please try again in { $minutes } minute.
       *[other] Please try again in { $minutes } minutes.
    }
error-go-home = Go back to search

## Search page (/)

search-title = Check an agency
search-intro = Before you pay anyone or sign anything, look up the agency here.
search-box = Search for an agency or employer
    .placeholder = Agency name or licence number
search-box-help = Any spelling works. You can type the licence number with or without dashes.
search-button = Search
# { $query } is what the person typed.
search-results-for = Results for “{ $query }”
search-results-count = { $count ->
        [one] { $count } organization found
       *[other] { $count } organizations found
    }
search-no-results = We found no agency or employer with this name or number.
search-no-results-advice = Check the spelling, type only part of the name, or try the licence number. If you still cannot find it, the agency may have no licence. Do not pay money or give your passport until you are sure.
search-more-results = More results
search-filters = Narrow the results
filter-apply = Apply
filter-kind = Type
filter-kind-any = All types
kind-agency = Recruitment agency
kind-sub-agent = Sub-agent (local agent or broker)
kind-employer = Employer
filter-licence-status = Licence
filter-licence-any = Any licence status
licence-status-active = Valid
licence-status-pending = Pending
licence-status-suspended = Suspended
licence-status-revoked = Revoked
licence-status-expired = Expired
licence-status-cancelled = Cancelled
filter-country = Country
filter-country-any = All countries
filter-sanctioned = Only show those with sanctions in force

## Licence status in plain words (search results and profile)

licence-active = Licence valid until { $date }
# A valid licence with no end date on record.
licence-active-no-end = Licence valid
licence-revoked = Licence REVOKED — do not pay this agency
licence-suspended = Licence SUSPENDED since { $date } — do not pay this agency now
licence-expired = Licence expired on { $date }
licence-cancelled = Licence cancelled
licence-pending = Licence pending — not yet allowed to recruit
licence-none = No licence on record — be careful

## Search result, one organization

# { $names } is a list of other names, already joined by the code.
result-also-known-as = Also known as: { $names }
result-sanctions-in-force = { $count ->
        [one] { $count } sanction in force
       *[other] { $count } sanctions in force
    }
# { $workers } is 0 when the number of workers is not known.
result-illegal-fees = { $workers ->
        [0] Charged workers illegal fees
        [one] Charged { $workers } worker illegal fees
       *[other] Charged { $workers } workers illegal fees
    }
result-findings = { $count ->
        [one] { $count } finding by inspectors
       *[other] { $count } findings by inspectors
    }
result-view = See details

## Organization profile (/organizations/{id})

profile-who = Who they are
profile-kind = Type
profile-country = Country
profile-registration-number = Company registration number
profile-address = Address
profile-website = Website
profile-people = People who own or run it
role-owner = Owner
role-director = Director
role-manager = Manager
profile-other-names = Other names
alias-former = Former name
alias-trade = Trade name
alias-transliteration = Same name, other spelling
profile-no-other-names = No other names on record.
profile-licences = Licences
licence-number = Licence number
licence-authority = Issued by
licence-valid-from = Valid from
licence-valid-until = Valid until
profile-no-licences = No licence on record. A recruitment agency without a licence is not allowed to recruit workers.
profile-licence-history = Licence history
history-date = Date
history-status = Status
history-reason = Reason
profile-findings = What inspectors found
profile-no-findings = Inspectors have not published any findings about them. This does not prove they are safe: always check the licence too.
# { $reference } looks like "F-01A2B3C4".
finding-reference = Finding { $reference }
finding-published-on = Published on { $date }
finding-violations = What they did wrong
finding-legal-basis = Rule broken
finding-severity = How serious
severity-low = Minor
severity-medium = Serious
severity-high = Very serious
severity-critical = Extremely serious
finding-sanctions = Sanctions
finding-appeal = Appeal
appeal-none = No appeal
appeal-appealed = Appealed — waiting for a decision
appeal-upheld = Appeal rejected — the finding stands
appeal-overturned = Overturned on appeal — this finding no longer stands

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = Made workers pay for their own recruitment
violation-deception = Lied about the job, the pay or the contract
violation-document-retention = Kept workers' passports or documents
violation-wage-theft = Did not pay wages, or paid less
violation-excessive-hours = Made workers work too many hours or without days off
violation-restriction-of-movement = Did not let workers leave
violation-threats = Threatened workers
violation-physical-violence = Physical violence against workers
violation-sexual-violence = Sexual violence or harassment
violation-debt-bondage = Made workers work to pay off a debt
violation-other = Another violation

## Sanctions, keyed by sanction kind

sanction-warning = Warning
sanction-fine = Fine
sanction-suspension = Licence suspended
sanction-revocation = Licence taken away
sanction-blacklisting = Blacklisted: may not recruit
sanction-referral = Sent to prosecutors
sanction-in-force = In force
sanction-until = Until { $date }
sanction-ended = Ended

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = Fees charged illegally and refunds
fee-table-type = Fee
fee-table-per-worker = Charged to each worker
fee-table-workers = Workers
fee-table-refund-ordered = Refund ordered
fee-table-refund-paid = Refund paid
profile-no-fees = Inspectors have not found illegal fees.
fee-recruitment-fee = Recruitment fee
    .description = A fee for finding you the job or placing you with an employer, or a service or commission fee.
fee-medical = Medical tests
    .description = Medical check-ups, health certificates and vaccinations.
fee-insurance = Insurance
    .description = Life, health or accident insurance, or a welfare fund for migrant workers.
fee-skills-test = Skills and language tests
    .description = Tests of your skills, language or qualifications, and the certificates for them.
fee-training = Training
    .description = Training and orientation, before you leave or after you arrive.
fee-equipment = Equipment and uniforms
    .description = Tools, uniforms and safety gear you need for the job.
fee-travel-lodging = Travel and lodging
    .description = Tickets, transport, food and a place to stay on the way there and on the way home.
fee-administrative = Papers and permits
    .description = Applications, documents, passport, visa, police and background checks, exit clearance, bank fees, work and residence permits.
fee-illegitimate = Bribes and deposits
    .description = Bribes, kickbacks, bonds, deposits and any other money taken from you against the law.
fee-other = Other costs
    .description = Any other cost of getting the job.

## Accountability summary: the sentences that open a profile

summary-licence-pending = Licence applied for on { $date }.
summary-licence-active = Licence valid since { $date }.
summary-licence-suspended = Licence suspended on { $date }.
summary-licence-revoked = Licence revoked on { $date }.
summary-licence-expired = Licence expired on { $date }.
summary-licence-cancelled = Licence cancelled on { $date }.
# Follows one of the sentences above when a finding caused the change.
summary-licence-finding = This followed finding { $reference }.
summary-findings = { $count ->
        [0] Inspectors have published no findings about them.
        [one] Inspectors have published { $count } finding against them.
       *[other] Inspectors have published { $count } findings against them.
    }
# { $workers } is 0 when the number of workers is not known.
summary-fees-charged = { $workers ->
        [0] Workers had to pay { $amount } in illegal fees.
        [one] { $workers } worker had to pay { $amount } in illegal fees.
       *[other] { $workers } workers had to pay { $amount } in illegal fees, in total.
    }
summary-refund-none-ordered = No refund has been ordered.
summary-refund-ordered = Inspectors ordered a refund of { $amount }.
summary-refund-paid = { $amount } has been paid back.
summary-refund-paid-all = { $amount } has been paid back. Nothing is still owed.
summary-refund-paid-none = Nothing has been paid back yet. { $amount } is still owed to workers.
summary-refund-paid-part = { $refunded } has been paid back so far. { $outstanding } is still owed to workers.
summary-sanctions-none = No sanctions in force.
summary-sanctions-in-force = Sanctions in force now:
summary-complaints = { $count ->
        [0] No complaints received.
        [one] { $count } complaint received.
       *[other] { $count } complaints received.
    }
summary-complaints-open = { $count ->
        [0] None is still being handled.
        [one] { $count } is still being handled.
       *[other] { $count } are still being handled.
    }
summary-complaints-note = A complaint is not proof. Only findings published by inspectors are.

## Profile: linked people, provenance, next steps

profile-linked = Shared people and contacts with sanctioned agencies
profile-linked-intro = This organization shares an owner, director or manager, an address, a telephone or an e-mail with the organizations below. In each pair, one had its licence revoked or suspended, or is sanctioned: a banned agency sometimes reopens under a new name.
linked-also-at = Also linked to:
network-possible = same name, possibly another person
network-person = { $role } { $name }
network-address = address { $value }
network-telephone = telephone { $value }
network-email = e-mail { $value }
source-label = Source:
# { $date } is when the registry last received this information.
source-as-of = Information as of { $date }
profile-next-steps = What you can do next
next-steps-dont-pay = Do not pay any fee to get the job. The employer should pay all recruitment costs.
next-steps-passport = Keep your passport and documents yourself. Do not hand them over to anyone.
next-steps-contract = Before you leave, ask for a written contract in your language, and keep a copy.
next-steps-complain = If they asked you for money, took your documents or lied to you, you can complain. You do not have to give your name.
next-steps-complain-link = Complain about them
next-steps-help = For help, contact your country's embassy or consulate, the labour office, or a helpline for migrant workers.
next-steps-rights-link = Read about your rights

## Complaint form (/complain)

complain-title = Make a complaint
complain-intro = Tell us what happened. It is free and safe.
complain-anonymous-title = You do not have to give your name
complain-anonymous = Your complaint is anonymous. We do not ask for your name. Give a phone number or email only if you want a reply.
complain-who-sees = Only labour inspectors in the country concerned can read your complaint.
complain-agency-never-sees = The agency and the employer are never told your name, and never see what you wrote.
complain-what-next = When you send it, you get a receipt code. An inspector reads your complaint and decides what to do. With your code you can check what is happening.
complain-danger = If you are in danger now, call the police or your embassy.
complain-organization = Which agency or employer?
    .help = Type its name or licence number. If we cannot find it, write its name and country.
complain-organization-name = Name of the agency or employer
complain-organization-country = Its country
complain-categories = What happened?
    .help = Choose all that apply.
complain-narrative = Tell us what happened
    .help = In your own words, in any language. Dates, places and the names of the people involved help the inspector. To stay anonymous, do not write your own name.
complain-where = Where did it happen?
    .help = Choose the country or countries.
complain-contact = How can an inspector reach you?
    .help = Phone, WhatsApp or email, only if you want a reply. Leave it empty to stay fully anonymous.
complain-about-you = About you
    .help = These answers help us count who is harmed, by country and by type of work. They are never shown with your complaint. You can skip them.
complain-sex = Sex
complain-age = Your age
complain-nationality = Your nationality
complain-sector = Your work
complain-submit = Send my complaint

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = I paid a fee to get this job
category-deception = The job or pay was not what they promised
category-document-retention = They took my passport or documents
category-wage-theft = I was not paid, or paid less
category-excessive-hours = I work too many hours, or I get no day off
category-restriction-of-movement = I am not allowed to leave
category-threats = They threaten me (for example, with the police or sending me home)
category-physical-violence = They hit me or hurt me
category-sexual-violence = Sexual abuse or harassment
category-debt-bondage = I must work to pay off a debt
category-other = Something else

## About you: optional answers, keyed by wire name

sex-female = Woman
sex-male = Man
sex-other = Other
sex-undisclosed = I prefer not to say
age-under-18 = Under 18
age-18-24 = 18 to 24
age-25-34 = 25 to 34
age-35-44 = 35 to 44
age-45-54 = 45 to 54
age-55-plus = 55 or older
sector-domestic-work = Domestic work (housework, cooking, childcare)
sector-care = Care work (for elderly, sick or disabled people)
sector-agriculture = Farm work
sector-construction = Construction
sector-manufacturing = Factory work
sector-hospitality = Hotels and restaurants
sector-fishing = Fishing
sector-cleaning = Cleaning offices and buildings
sector-security = Security guard
sector-transport = Driving and delivery
sector-other = Other work

## Complaint form: problems to fix

error-form-summary = Please check your complaint: something needs to be fixed.
error-required = Please fill this in.
error-too-long = { $max ->
        [one] This is too long. Please write at most { $max } character.
       *[other] This is too long. Please write at most { $max } characters.
    }
error-choose-category = Please choose at least one thing that happened.
error-organization-not-found = We could not find this agency or employer. Check the name, or write its name and country instead.

## Complaint received (the page after sending)

complaint-received-title = Your complaint was received
complaint-received-thanks = Thank you for telling us.
receipt-code-label = Your receipt code
receipt-code-keep = Write this code down or take a photo. It is the only way to check your complaint. We cannot find it for you without it.
receipt-code-how-to-check = To check your complaint, open “Check a complaint” and type this code.
receipt-code-private = Keep the code private. Anyone who has it can see the status of your complaint, but not what you wrote.
complaint-received-next = An inspector will read your complaint soon. The agency and the employer are not told who you are.

## Check a complaint (/complaints/status)

status-title = Check a complaint
status-intro = Type the receipt code you got when you sent your complaint.
status-code = Receipt code
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = 14 letters and numbers. Dashes and spaces do not matter.
status-button = Check
status-code-wrong-length = A receipt code has 14 letters and numbers, like ABCD-EFGH-JKMN-PQ.
status-code-bad-symbol = A receipt code has only the letters and numbers printed on it.
status-code-typo = This code has a typing mistake. Check each letter and number, and try again.
status-code-unknown = We have no complaint with this code. Check that you typed it correctly. If you lost your code, you can send a new complaint.
status-current = Your complaint:
status-last-change = Last change: { $date }
status-not-told = The agency and the employer are not told who you are. Keep your code.

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = Received
    .next = An inspector will read it soon.
complaint-status-under-review = Being read
    .next = An inspector is reading it and will decide what to do.
complaint-status-investigating = Being investigated
    .next = An inspector is looking into it. If you gave a phone number or email, they may contact you.
complaint-status-substantiated = Confirmed by the inspector
    .next = The evidence supports your complaint, so action can be taken against the agency or employer.
complaint-status-unsubstantiated = Closed: not confirmed
    .next = The inspector could not confirm it with the evidence found. If you have more information, you can send a new complaint.
complaint-status-referred = Sent to another authority
    .next = It was passed to an authority that can act on it, such as the police, a labour court or an embassy.
complaint-status-withdrawn = Closed: withdrawn
    .next = The complaint was withdrawn. Nothing more will be done about it.

## Your rights (/rights)

rights-title = Your rights
rights-intro = These rules come from the International Labour Organization (ILO). Governments, employers and workers agreed on them together. Know them before you go.
rights-never-pay-title = You should never pay to get a job
rights-never-pay = The employer pays all recruitment fees and costs, not you. No one should make you pay for any of these:
rights-already-paid = If you already paid, keep every receipt, message and photo as proof. You can complain, and you may get your money back.
rights-passport-title = Your passport belongs to you
rights-passport = No agency or employer may keep your passport, ID card or other documents. You have the right to keep them yourself. Keep a photo or a copy of them in a safe place.
rights-contract-title = A written contract you understand
rights-contract = Before you leave, you should get a written contract in a language you understand. It should say your job, your pay, your working hours and your days off. Keep a copy. No one may change it to a worse one after you arrive.
rights-change-mind-title = You can change your mind
rights-change-mind = You can decide not to go, even if you have already started. No one may force you, threaten you, or keep your documents to make you go.
rights-help-title = Where to get help
rights-help-embassy = Your country's embassy or consulate in the country where you work.
rights-help-labour = The labour inspection office or the labour ministry.
rights-help-hotline = A helpline or a group that supports migrant workers.
rights-help-police = If you are in danger, call the police.
rights-help-complain = You can also complain here, without giving your name.
rights-source = Source: ILO General Principles and Operational Guidelines for Fair Recruitment, and Definition of Recruitment Fees and Related Costs (2019).

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = Official registers
listing-line = Listed in the { $register }
listing-line-closed = No longer listed in the { $register } — be careful
listing-status-listed = Listed
listing-status-expired = No longer listed: expired
listing-status-cancelled = No longer listed: cancelled
listing-since = Licensed since
listing-offices = Offices
listing-source = Source

## Statistics (/stats): counts of complaints and findings, small numbers hidden

# { $count } arrives already written as a number, or as the hidden mark.
stats-title = Complaints and findings in numbers
stats-intro = How many complaints workers made, and what inspectors found. These numbers never show who complained.
stats-complaints-total = Complaints received: { $count }
stats-findings-total = Findings published: { $count }
stats-complaints-heading = Complaints by problem and by sex
stats-counting = A complaint can name more than one problem. It is counted once for each, so the rows add up to more than the number of complaints.
stats-column-problem = Problem
stats-column-total = All
stats-sex-undisclosed = Chose not to say
stats-not-given = Not given
stats-chart-title = Complaints by problem
stats-chart-description = One bar for each problem. The longer the bar, the more complaints.
stats-findings-heading = Illegal fees found by inspectors, by kind of fee
stats-column-findings = Findings
stats-column-charged = Charged to workers
stats-hidden = Hidden
# { $marker } is the symbol that marks a hidden number; { $min } is the smallest number shown.
stats-legend = { $marker } Hidden: fewer than { $min } complaints or findings, or hidden so that a hidden number cannot be worked out from the others.
stats-data = Researchers can download these tables, and others, for free:
