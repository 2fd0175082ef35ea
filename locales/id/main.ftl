### fairrecruit: the worker-facing web pages, Indonesian (id).
### Same ids and attributes as en/main.ftl; check with `python3 locales/check.py`.
### Address: Anda. Indonesian has no plural forms (CLDR: other only), so counts
### need no selector except for exact [0] wording. Terms: see locales/GLOSSARY.md.

-site-name = fairrecruit

## Common: every page

site-brand = { -site-name }
site-tagline = Periksa agen sebelum membayar. Mengadu dengan aman.
page-title = { $page } — { -site-name }
skip-to-content = Langsung ke isi utama
language-switcher = Bahasa
    .button = Ganti
nav-label = Menu utama
nav-search = Cari
nav-complain = Mengadu
nav-status = Cek pengaduan
nav-rights = Hak Anda
nav-stats = Statistik
footer-run-by = { -site-name } dikelola oleh { $operator }.
footer-free = Layanan ini gratis. Tidak ada yang boleh meminta bayaran dari Anda untuk layanan ini.
footer-privacy = Kami tidak pernah menanyakan nama Anda. Pencarian Anda tidak dibagikan.
footer-open-source = { -site-name } adalah perangkat lunak sumber terbuka (open-source).
form-optional = (jika mau)
form-choose = Pilih…

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

error-not-found-title = Halaman tidak ditemukan
error-not-found = Kami tidak menemukan halaman ini. Mungkin tautannya sudah lama atau salah ketik.
error-server-title = Terjadi kesalahan
error-server = Masalahnya ada di pihak kami, bukan di pihak Anda. Silakan coba lagi beberapa menit lagi.
error-rate-limit-title = Terlalu banyak permintaan
error-rate-limit-why = Agar layanan ini tetap berjalan untuk semua orang, kami membatasi berapa halaman yang bisa dibuka satu orang dalam waktu singkat.
error-rate-limit = Silakan coba lagi dalam { $minutes } menit.
error-go-home = Kembali ke pencarian

## Search page (/)

search-title = Periksa agen
search-intro = Sebelum membayar siapa pun atau menandatangani apa pun, cari tahu dulu tentang agennya di sini.
search-box = Cari agen atau majikan
    .placeholder = Nama agen atau nomor izin
search-box-help = Ejaan apa pun bisa. Nomor izin boleh ditulis dengan atau tanpa tanda hubung.
search-button = Cari
search-results-for = Hasil untuk “{ $query }”
search-results-count = { $count } hasil ditemukan
search-no-results = Tidak ada agen atau majikan dengan nama atau nomor ini.
search-no-results-advice = Periksa ejaannya, ketik sebagian nama saja, atau coba nomor izinnya. Jika tetap tidak ketemu, mungkin agen itu tidak punya izin. Jangan membayar dan jangan menyerahkan paspor sampai Anda yakin.
search-more-results = Hasil lainnya
search-filters = Saring hasil
filter-apply = Terapkan
filter-kind = Jenis
filter-kind-any = Semua jenis
kind-agency = Agen perekrut (P3MI/PT)
kind-sub-agent = Sponsor atau calo (sub-agen)
kind-employer = Majikan (pemberi kerja)
filter-licence-status = Izin
filter-licence-any = Semua status izin
licence-status-active = Berlaku
licence-status-pending = Sedang diproses
licence-status-suspended = Dibekukan
licence-status-revoked = Dicabut
licence-status-expired = Habis masa berlaku
licence-status-cancelled = Dibatalkan
filter-country = Negara
filter-country-any = Semua negara
filter-sanctioned = Hanya yang sedang dikenai sanksi

## Licence status in plain words (search results and profile)

licence-active = Izin berlaku sampai { $date }
licence-active-no-end = Izin berlaku
licence-revoked = Izin DICABUT — jangan bayar agen ini
licence-suspended = Izin DIBEKUKAN sejak { $date } — jangan bayar agen ini sekarang
licence-expired = Izin habis masa berlakunya pada { $date }
licence-cancelled = Izin dibatalkan
licence-pending = Izin sedang diproses — belum boleh merekrut
licence-none = Tidak ada catatan izin — hati-hati

## Search result, one organization

result-also-known-as = Juga dikenal sebagai: { $names }
result-sanctions-in-force = { $count } sanksi sedang berlaku
result-illegal-fees = { $workers ->
        [0] Menarik biaya ilegal dari pekerja
       *[other] Menarik biaya ilegal dari { $workers } pekerja
    }
result-findings = { $count } temuan pengawas
result-view = Lihat rincian

## Organization profile (/organizations/{id})

profile-who = Siapa mereka
profile-kind = Jenis
profile-country = Negara
profile-registration-number = Nomor registrasi perusahaan
profile-address = Alamat
profile-website = Situs web
profile-people = Pemilik dan pengurus
role-owner = Pemilik
role-director = Direktur
role-manager = Manajer
profile-other-names = Nama lain
alias-former = Nama lama
alias-trade = Nama dagang
alias-transliteration = Nama yang sama, ejaan lain
profile-no-other-names = Tidak ada nama lain yang tercatat.
profile-licences = Izin
licence-number = Nomor izin
licence-authority = Dikeluarkan oleh
licence-valid-from = Berlaku sejak
licence-valid-until = Berlaku sampai
profile-no-licences = Tidak ada catatan izin. Agen perekrut tanpa izin tidak boleh merekrut pekerja.
profile-licence-history = Riwayat izin
history-date = Tanggal
history-status = Status
history-reason = Alasan
profile-findings = Temuan pengawas
profile-no-findings = Pengawas belum menerbitkan temuan apa pun tentang mereka. Ini bukan bukti bahwa mereka aman: selalu periksa juga izinnya.
finding-reference = Temuan { $reference }
finding-published-on = Diterbitkan pada { $date }
finding-violations = Kesalahan mereka
finding-legal-basis = Aturan yang dilanggar
finding-severity = Seberapa berat
severity-low = Ringan
severity-medium = Berat
severity-high = Sangat berat
severity-critical = Paling berat
finding-sanctions = Sanksi
finding-appeal = Banding
appeal-none = Tidak ada banding
appeal-appealed = Sedang banding — menunggu keputusan
appeal-upheld = Banding ditolak — temuan tetap berlaku
appeal-overturned = Dibatalkan lewat banding — temuan ini tidak berlaku lagi

## What inspectors found, keyed by violation category (same keys as complaint categories)

violation-recruitment-fee = Membebankan biaya perekrutan kepada pekerja
violation-deception = Berbohong soal pekerjaan, gaji, atau kontrak
violation-document-retention = Menahan paspor atau dokumen pekerja
violation-wage-theft = Tidak membayar gaji, atau membayar kurang
violation-excessive-hours = Mempekerjakan pekerja terlalu lama atau tanpa hari libur
violation-restriction-of-movement = Tidak membolehkan pekerja keluar
violation-threats = Mengancam pekerja
violation-physical-violence = Kekerasan fisik terhadap pekerja
violation-sexual-violence = Kekerasan atau pelecehan seksual
violation-debt-bondage = Memaksa pekerja bekerja untuk melunasi utang
violation-other = Pelanggaran lain

## Sanctions, keyed by sanction kind

sanction-warning = Peringatan
sanction-fine = Denda
sanction-suspension = Izin dibekukan
sanction-revocation = Izin dicabut
sanction-blacklisting = Masuk daftar hitam: tidak boleh merekrut
sanction-referral = Diserahkan ke jaksa
sanction-in-force = Berlaku
sanction-until = Sampai { $date }
sanction-ended = Sudah berakhir

## Fees charged illegally, keyed by ILO fee category.
## The name is used on profiles; .description on the "Your rights" page.

profile-fees = Biaya yang ditarik secara ilegal dan pengembalian uang
fee-table-type = Biaya
fee-table-per-worker = Ditarik dari tiap pekerja
fee-table-workers = Pekerja
fee-table-refund-ordered = Pengembalian yang diperintahkan
fee-table-refund-paid = Sudah dikembalikan
profile-no-fees = Pengawas tidak menemukan biaya ilegal.
fee-recruitment-fee = Biaya perekrutan
    .description = Biaya untuk mencarikan Anda pekerjaan atau menempatkan Anda pada majikan, atau biaya jasa dan komisi.
fee-medical = Pemeriksaan kesehatan
    .description = Medical check-up, surat keterangan sehat, dan vaksinasi.
fee-insurance = Asuransi
    .description = Asuransi jiwa, kesehatan, atau kecelakaan, atau iuran dana perlindungan pekerja migran.
fee-skills-test = Uji keterampilan dan bahasa
    .description = Ujian keterampilan, bahasa, atau kualifikasi Anda, dan sertifikatnya.
fee-training = Pelatihan
    .description = Pelatihan dan orientasi, sebelum berangkat atau setelah tiba.
fee-equipment = Peralatan dan seragam
    .description = Alat kerja, seragam, dan perlengkapan keselamatan yang dibutuhkan untuk pekerjaan.
fee-travel-lodging = Perjalanan dan penginapan
    .description = Tiket, transportasi, makan, dan tempat menginap selama perjalanan berangkat dan pulang.
fee-administrative = Dokumen dan izin
    .description = Pendaftaran, dokumen, paspor, visa, SKCK dan pemeriksaan latar belakang, izin keberangkatan, biaya bank, izin kerja dan izin tinggal.
fee-illegitimate = Suap dan uang jaminan
    .description = Suap, pungli, komisi gelap, uang jaminan, deposit, dan uang apa pun yang diambil dari Anda dengan melanggar hukum.
fee-other = Biaya lain
    .description = Biaya lain apa pun untuk mendapatkan pekerjaan.

## Accountability summary: the sentences that open a profile

summary-licence-pending = Izin diajukan pada { $date }.
summary-licence-active = Izin berlaku sejak { $date }.
summary-licence-suspended = Izin dibekukan pada { $date }.
summary-licence-revoked = Izin dicabut pada { $date }.
summary-licence-expired = Izin habis masa berlakunya pada { $date }.
summary-licence-cancelled = Izin dibatalkan pada { $date }.
summary-licence-finding = Ini menyusul temuan { $reference }.
summary-findings = { $count ->
        [0] Pengawas belum menerbitkan temuan apa pun tentang mereka.
       *[other] Pengawas telah menerbitkan { $count } temuan terhadap mereka.
    }
summary-fees-charged = { $workers ->
        [0] Pekerja harus membayar biaya ilegal sebesar { $amount }.
       *[other] { $workers } pekerja harus membayar biaya ilegal sebesar total { $amount }.
    }
summary-refund-none-ordered = Belum ada perintah pengembalian uang.
summary-refund-ordered = Pengawas memerintahkan pengembalian uang sebesar { $amount }.
summary-refund-paid = { $amount } sudah dikembalikan.
summary-refund-paid-all = { $amount } sudah dikembalikan. Tidak ada lagi yang terutang.
summary-refund-paid-none = Belum ada uang yang dikembalikan. Masih ada { $amount } yang harus dibayarkan kepada pekerja.
summary-refund-paid-part = Sejauh ini { $refunded } sudah dikembalikan. Masih ada { $outstanding } yang harus dibayarkan kepada pekerja.
summary-sanctions-none = Tidak ada sanksi yang sedang berlaku.
summary-sanctions-in-force = Sanksi yang sedang berlaku:
summary-complaints = { $count ->
        [0] Belum ada pengaduan yang diterima.
       *[other] { $count } pengaduan diterima.
    }
summary-complaints-open = { $count ->
        [0] Semuanya sudah selesai ditangani.
       *[other] { $count } masih ditangani.
    }
summary-complaints-note = Pengaduan bukan bukti. Hanya temuan yang diterbitkan pengawas yang menjadi bukti.

## Profile: linked people, provenance, next steps

profile-linked = Orang dan kontak yang sama dengan agen yang dikenai sanksi
profile-linked-intro = Organisasi ini memiliki pemilik, direktur atau manajer, alamat, telepon atau e-mail yang sama dengan organisasi di bawah ini. Dalam setiap pasangan, salah satunya izinnya dicabut atau dibekukan, atau dikenai sanksi: agen yang dilarang kadang buka lagi dengan nama baru.
linked-also-at = Juga terkait dengan:
network-possible = nama sama, mungkin orang lain
network-person = { $role } { $name }
network-address = alamat { $value }
network-telephone = telepon { $value }
network-email = e-mail { $value }
source-label = Sumber:
source-as-of = Informasi per { $date }
profile-next-steps = Apa yang bisa Anda lakukan
next-steps-dont-pay = Jangan membayar biaya apa pun untuk mendapatkan pekerjaan. Semua biaya perekrutan harus dibayar majikan.
next-steps-passport = Simpan sendiri paspor dan dokumen Anda. Jangan serahkan kepada siapa pun.
next-steps-contract = Sebelum berangkat, mintalah perjanjian kerja tertulis dalam bahasa Anda, dan simpan salinannya.
next-steps-complain = Jika mereka meminta uang, mengambil dokumen Anda, atau membohongi Anda, Anda bisa mengadu. Anda tidak perlu menyebutkan nama.
next-steps-complain-link = Adukan mereka
next-steps-help = Untuk bantuan, hubungi kedutaan atau konsulat negara Anda, dinas tenaga kerja, atau hotline untuk pekerja migran.
next-steps-rights-link = Baca tentang hak Anda

## Complaint form (/complain)

complain-title = Buat pengaduan
complain-intro = Ceritakan kepada kami apa yang terjadi. Gratis dan aman.
complain-anonymous-title = Anda tidak perlu menyebutkan nama
complain-anonymous = Pengaduan Anda bersifat anonim. Kami tidak menanyakan nama Anda. Berikan nomor telepon atau email hanya jika Anda ingin dibalas.
complain-who-sees = Hanya pengawas ketenagakerjaan di negara yang bersangkutan yang bisa membaca pengaduan Anda.
complain-agency-never-sees = Agen dan majikan tidak pernah diberi tahu nama Anda, dan tidak pernah melihat apa yang Anda tulis.
complain-what-next = Setelah mengirim, Anda akan mendapat kode resi. Pengawas akan membaca pengaduan Anda dan memutuskan langkah selanjutnya. Dengan kode itu Anda bisa melihat perkembangannya.
complain-danger = Jika Anda dalam bahaya sekarang, hubungi polisi atau kedutaan negara Anda.
complain-organization = Agen atau majikan yang mana?
    .help = Ketik nama atau nomor izinnya. Jika kami tidak menemukannya, tulis nama dan negaranya.
complain-organization-name = Nama agen atau majikan
complain-organization-country = Negaranya
complain-categories = Apa yang terjadi?
    .help = Pilih semua yang sesuai.
complain-narrative = Ceritakan apa yang terjadi
    .help = Dengan kata-kata Anda sendiri, dalam bahasa apa pun. Tanggal, tempat, dan nama orang yang terlibat akan membantu pengawas. Agar tetap anonim, jangan tulis nama Anda sendiri.
complain-where = Di mana kejadiannya?
    .help = Pilih satu negara atau lebih.
complain-contact = Bagaimana pengawas bisa menghubungi Anda?
    .help = Telepon, WhatsApp, atau email, hanya jika Anda ingin dibalas. Biarkan kosong agar tetap sepenuhnya anonim.
complain-about-you = Tentang Anda
    .help = Jawaban ini membantu kami menghitung siapa saja yang dirugikan, menurut negara dan jenis pekerjaan. Jawaban ini tidak pernah ditampilkan bersama pengaduan Anda. Boleh dilewati.
complain-sex = Jenis kelamin
complain-age = Usia Anda
complain-nationality = Kewarganegaraan Anda
complain-sector = Pekerjaan Anda
complain-submit = Kirim pengaduan saya

## Complaint categories as the worker says them, keyed by complaint category

category-recruitment-fee = Saya membayar biaya untuk mendapatkan pekerjaan ini
category-deception = Pekerjaan atau gajinya tidak sesuai janji
category-document-retention = Mereka mengambil paspor atau dokumen saya
category-wage-theft = Gaji saya tidak dibayar, atau dibayar kurang
category-excessive-hours = Saya bekerja terlalu lama, atau tidak dapat hari libur
category-restriction-of-movement = Saya tidak boleh keluar
category-threats = Mereka mengancam saya (misalnya akan melaporkan saya ke polisi atau memulangkan saya)
category-physical-violence = Mereka memukul atau menyakiti saya
category-sexual-violence = Kekerasan atau pelecehan seksual
category-debt-bondage = Saya harus bekerja untuk melunasi utang
category-other = Lainnya

## About you: optional answers, keyed by wire name

sex-female = Perempuan
sex-male = Laki-laki
sex-other = Lainnya
sex-undisclosed = Tidak ingin menyebutkan
age-under-18 = Di bawah 18 tahun
age-18-24 = 18 sampai 24 tahun
age-25-34 = 25 sampai 34 tahun
age-35-44 = 35 sampai 44 tahun
age-45-54 = 45 sampai 54 tahun
age-55-plus = 55 tahun ke atas
sector-domestic-work = Pekerja rumah tangga (pekerjaan rumah, memasak, mengasuh anak)
sector-care = Perawat atau caregiver (lansia, orang sakit, atau penyandang disabilitas)
sector-agriculture = Pertanian atau perkebunan
sector-construction = Konstruksi
sector-manufacturing = Pabrik
sector-hospitality = Hotel dan restoran
sector-fishing = Perikanan (kapal ikan)
sector-cleaning = Kebersihan kantor dan gedung
sector-security = Satpam
sector-transport = Sopir dan pengantaran
sector-other = Pekerjaan lain

## Complaint form: problems to fix

error-form-summary = Mohon periksa pengaduan Anda: ada yang perlu diperbaiki.
error-required = Mohon diisi.
error-too-long = Terlalu panjang. Tulis paling banyak { $max } huruf.
error-choose-category = Mohon pilih paling sedikit satu hal yang terjadi.
error-organization-not-found = Kami tidak menemukan agen atau majikan ini. Periksa namanya, atau tulis saja nama dan negaranya.

## Complaint received (the page after sending)

complaint-received-title = Pengaduan Anda sudah diterima
complaint-received-thanks = Terima kasih sudah memberi tahu kami.
receipt-code-label = Kode resi Anda
receipt-code-keep = Catat kode ini atau fotolah. Ini satu-satunya cara untuk mengecek pengaduan Anda. Tanpa kode ini, kami tidak bisa mencarikannya untuk Anda.
receipt-code-how-to-check = Untuk mengecek pengaduan Anda, buka “Cek pengaduan” lalu ketik kode ini.
receipt-code-private = Jangan tunjukkan kode ini kepada orang lain. Siapa pun yang memegangnya bisa melihat status pengaduan Anda, tetapi tidak bisa melihat apa yang Anda tulis.
complaint-received-next = Pengawas akan segera membaca pengaduan Anda. Agen dan majikan tidak diberi tahu siapa Anda.

## Check a complaint (/complaints/status)

status-title = Cek pengaduan
status-intro = Ketik kode resi yang Anda dapat saat mengirim pengaduan.
status-code = Kode resi
    .placeholder = ABCD-EFGH-JKMN-PQ
    .help = 14 huruf dan angka. Tanda hubung dan spasi tidak masalah.
status-button = Cek
status-code-wrong-length = Kode resi terdiri dari 14 huruf dan angka, seperti ABCD-EFGH-JKMN-PQ.
status-code-bad-symbol = Kode resi hanya berisi huruf dan angka yang tercetak di atasnya.
status-code-typo = Ada salah ketik pada kode ini. Periksa setiap huruf dan angka, lalu coba lagi.
status-code-unknown = Kami tidak punya pengaduan dengan kode ini. Periksa apakah Anda mengetiknya dengan benar. Jika kode Anda hilang, Anda bisa mengirim pengaduan baru.
status-current = Pengaduan Anda:
status-last-change = Perubahan terakhir: { $date }
status-not-told = Agen dan majikan tidak diberi tahu siapa Anda. Simpan kode Anda baik-baik.

## Complaint status in plain words, keyed by complaint status; .next says what happens next

complaint-status-received = Diterima
    .next = Pengawas akan segera membacanya.
complaint-status-under-review = Sedang dibaca
    .next = Pengawas sedang membacanya dan akan memutuskan langkah selanjutnya.
complaint-status-investigating = Sedang diselidiki
    .next = Pengawas sedang menyelidikinya. Jika Anda memberikan nomor telepon atau email, mereka mungkin menghubungi Anda.
complaint-status-substantiated = Dibenarkan oleh pengawas
    .next = Bukti mendukung pengaduan Anda, jadi tindakan bisa diambil terhadap agen atau majikan.
complaint-status-unsubstantiated = Ditutup: tidak terbukti
    .next = Dengan bukti yang ditemukan, pengawas tidak bisa membenarkannya. Jika Anda punya informasi tambahan, Anda bisa mengirim pengaduan baru.
complaint-status-referred = Diteruskan ke instansi lain
    .next = Pengaduan ini diteruskan ke instansi yang bisa menindaklanjutinya, seperti polisi, pengadilan hubungan industrial, atau kedutaan.
complaint-status-withdrawn = Ditutup: dicabut
    .next = Pengaduan ini dicabut. Tidak ada tindakan lebih lanjut.

## Your rights (/rights)

rights-title = Hak Anda
rights-intro = Aturan ini berasal dari Organisasi Perburuhan Internasional (ILO). Pemerintah, pengusaha, dan pekerja menyepakatinya bersama. Ketahuilah sebelum Anda berangkat.
rights-never-pay-title = Anda tidak boleh dipungut biaya untuk mendapatkan pekerjaan
rights-never-pay = Semua biaya perekrutan dibayar oleh majikan, bukan oleh Anda. Tidak seorang pun boleh meminta Anda membayar untuk hal-hal berikut:
rights-already-paid = Jika Anda sudah membayar, simpan setiap kuitansi, pesan, dan foto sebagai bukti. Anda bisa mengadu, dan uang Anda mungkin bisa kembali.
rights-passport-title = Paspor Anda milik Anda
rights-passport = Agen atau majikan tidak boleh menahan paspor, KTP, atau dokumen Anda yang lain. Anda berhak menyimpannya sendiri. Simpan foto atau salinannya di tempat yang aman.
rights-contract-title = Perjanjian kerja tertulis yang Anda pahami
rights-contract = Sebelum berangkat, Anda harus menerima perjanjian kerja tertulis dalam bahasa yang Anda pahami. Isinya harus menyebut pekerjaan, gaji, jam kerja, dan hari libur Anda. Simpan salinannya. Setelah Anda tiba, tidak ada yang boleh menggantinya dengan perjanjian yang lebih buruk.
rights-change-mind-title = Anda boleh berubah pikiran
rights-change-mind = Anda boleh memutuskan untuk tidak berangkat, meskipun prosesnya sudah dimulai. Tidak seorang pun boleh memaksa, mengancam, atau menahan dokumen Anda agar Anda berangkat.
rights-help-title = Tempat meminta bantuan
rights-help-embassy = Kedutaan besar atau konsulat negara Anda di negara tempat Anda bekerja (bagi WNI: KBRI atau KJRI).
rights-help-labour = Kantor pengawas ketenagakerjaan atau kementerian ketenagakerjaan.
rights-help-hotline = Hotline atau kelompok yang membantu pekerja migran.
rights-help-police = Jika Anda dalam bahaya, hubungi polisi.
rights-help-complain = Anda juga bisa mengadu di sini, tanpa menyebutkan nama.
rights-source = Sumber: ILO, Prinsip Umum dan Pedoman Operasional untuk Perekrutan yang Adil, serta Definisi Biaya Perekrutan dan Biaya Terkait (2019).

# Official registers on a profile (register names are data, shown as the register writes them)
listing-heading = Daftar resmi
listing-line = Terdaftar di { $register }
listing-line-closed = Tidak lagi terdaftar di { $register } — hati-hati
listing-status-listed = Terdaftar
listing-status-expired = Tidak lagi terdaftar: kedaluwarsa
listing-status-cancelled = Tidak lagi terdaftar: dibatalkan
listing-since = Berizin sejak
listing-offices = Kantor
listing-source = Sumber

## Statistics (/stats): counts of complaints and findings, small numbers hidden

stats-title = Pengaduan dan temuan dalam angka
stats-intro = Berapa banyak pengaduan yang dibuat pekerja, dan apa yang ditemukan pengawas. Angka ini tidak pernah menunjukkan siapa yang mengadu.
stats-complaints-total = Pengaduan diterima: { $count }
stats-findings-total = Temuan diterbitkan: { $count }
stats-complaints-heading = Pengaduan menurut masalah dan jenis kelamin
stats-counting = Satu pengaduan bisa menyebut lebih dari satu masalah. Pengaduan dihitung sekali untuk setiap masalah, jadi jumlah baris lebih besar dari jumlah pengaduan.
stats-column-problem = Masalah
stats-column-total = Semua
stats-sex-undisclosed = Memilih tidak menyebutkan
stats-not-given = Tidak diisi
stats-chart-title = Pengaduan menurut masalah
stats-chart-description = Satu batang untuk setiap masalah. Makin panjang batangnya, makin banyak pengaduannya.
stats-findings-heading = Biaya ilegal yang ditemukan pengawas, menurut jenis biaya
stats-column-findings = Temuan
stats-column-charged = Ditagihkan kepada pekerja
stats-hidden = Disembunyikan
stats-legend = { $marker } Disembunyikan: kurang dari { $min } pengaduan atau temuan, atau disembunyikan agar angka yang tersembunyi tidak bisa dihitung dari angka lain.
stats-data = Peneliti dapat mengunduh tabel ini, dan tabel lain, secara gratis:
