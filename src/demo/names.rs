//! Invented organization and person names for the demo data set.
//!
//! Demo rows must look like a real registry in each country's own script, yet must never
//! point at a real company or person: a made-up agency that happened to match a real one
//! would be an accusation. Every name is therefore assembled from invented syllables, plus
//! the ordinary generic words and legal forms of the country ("Manpower", "Pvt. Ltd.",
//! "W.L.L."). Each native syllable or word is stored together with its Latin form, so the
//! `native` and `latin` halves of a name always describe the same name.

use rand::seq::SliceRandom;
use rand::Rng;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A name in its own script with its Latin transliteration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InventedName {
    /// The name as the country writes it, in its own script.
    pub native: String,
    /// The same name in ASCII Latin letters.
    pub latin: String,
}

/// ISO 3166-1 alpha-2 codes of the countries of origin used by the demo data.
pub const ORIGIN_COUNTRIES: &[&str] = &[
    "NP", "BD", "IN", "LK", "PK", "PH", "ID", "ET", "KE", "UG", "TH", "MM",
];

/// ISO 3166-1 alpha-2 codes of the countries of destination used by the demo data.
///
/// Thailand is in both lists: it sends workers abroad and also employs workers from Myanmar.
pub const DESTINATION_COUNTRIES: &[&str] = &[
    "SA", "AE", "QA", "KW", "OM", "BH", "JO", "LB", "MY", "SG", "HK", "TH",
];

/// An invented organization name for a country. kind is "agency", "sub_agent" or "employer".
///
/// Agencies get names like "Himshikhar Manpower Pvt. Ltd.", sub-agents are often a person's
/// name with "Travels" or "Placement", employers are companies, farms or households of the
/// country. An unknown kind is treated as "agency" and an unknown country gets a Latin-script
/// English name, so the function never panics. Deterministic for a given rng state.
pub fn organization_name<R: Rng>(rng: &mut R, country: &str, kind: &str) -> InventedName {
    let profile = country_profile(country);
    let lang = profile.lang;
    let frames = match kind {
        "sub_agent" => lang.sub_agent,
        "employer" => lang.employer,
        _ => lang.agency,
    };
    let frame = frames.choose(rng).unwrap_or(&FALLBACK_FRAME);
    let english = rng.gen_range(0..100u8) < lang.english_pct;

    let mut stem_native = String::with_capacity(48);
    let mut stem_latin = String::with_capacity(32);
    match frame.stem {
        Stem::Invented => stem_into(rng, lang, &mut stem_native, &mut stem_latin),
        Stem::Given => given_into(rng, lang, &mut stem_native, &mut stem_latin),
        Stem::Person => person_into(rng, lang, &mut stem_native, &mut stem_latin),
    }
    let extra = if frame.extra && rng.gen_ratio(1, 3) {
        lang.extras.choose(rng)
    } else {
        None
    };
    let legal = if frame.legal {
        profile.legal.choose(rng)
    } else {
        None
    };

    // The native name always follows the country's own word order: head word ("Company",
    // "Office"), the name, qualifiers, legal form.
    let sep = lang.native_sep;
    let mut native = String::with_capacity(stem_native.len() + 96);
    if let Some(head) = frame.head {
        join(&mut native, sep, head.native);
    }
    join(&mut native, sep, &stem_native);
    if let Some(extra) = extra {
        join(&mut native, sep, extra.native);
    }
    for desc in frame.desc {
        join(&mut native, sep, desc.native);
    }
    if let Some(legal) = legal {
        join(&mut native, sep, legal.native);
    }

    // A transliterated Latin name keeps the native order ("Maktab Al Namuq lil-Istiqdam");
    // an English one puts the head word after the name ("Al Namuq Recruitment Office").
    let mut latin = String::with_capacity(stem_latin.len() + 64);
    if english {
        join(&mut latin, " ", &stem_latin);
        if let Some(extra) = extra {
            join(&mut latin, " ", extra.english);
        }
        for desc in frame.desc {
            join(&mut latin, " ", desc.english);
        }
        if let Some(head) = frame.head {
            join(&mut latin, " ", head.english);
        }
        if let Some(legal) = legal {
            join(&mut latin, " ", legal.english);
        }
    } else {
        if let Some(head) = frame.head {
            join(&mut latin, " ", head.translit);
        }
        join(&mut latin, " ", &stem_latin);
        if let Some(extra) = extra {
            join(&mut latin, " ", extra.translit);
        }
        for desc in frame.desc {
            join(&mut latin, " ", desc.translit);
        }
        if let Some(legal) = legal {
            join(&mut latin, " ", legal.translit);
        }
    }
    InventedName { native, latin }
}

/// An invented person name (owner/director/manager) for a country.
///
/// Given and family names are built from the country's syllable tables in its own script,
/// in the country's order (family name first in Hong Kong, "bin"/"binti" in Malaysia, a
/// father's name in Ethiopia, an honorific and no family name in Myanmar). A small list of
/// well-known people is rejected, because those few names can be reached by chance from
/// common syllables. An unknown country gets a Latin-script name.
pub fn person_name<R: Rng>(rng: &mut R, country: &str) -> InventedName {
    let lang = country_profile(country).lang;
    let mut native = String::with_capacity(48);
    let mut latin = String::with_capacity(32);
    person_into(rng, lang, &mut native, &mut latin);
    InventedName { native, latin }
}

/// A second, different Latin spelling of a Latin name, as a worker or clerk would write it.
///
/// It respells a name word ("Himshikhar" -> "Himasikhar"), swaps the spelling of the legal
/// form ("Pvt. Ltd." -> "Private Limited"), drops or adds a legal form, joins or splits
/// words ("Al Namuq" -> "Al-Namuq", "Wing Fat" -> "Wingfat") or, rarely, writes it all in
/// capitals. Used for alias rows. The result always differs from the input (a blank input
/// gives "Unnamed"); ASCII input gives ASCII output.
pub fn variant_spelling<R: Rng>(rng: &mut R, latin: &str) -> String {
    if latin.trim().is_empty() {
        return "Unnamed".to_string();
    }
    for _ in 0..8 {
        let roll = rng.gen_range(0..100u8);
        let candidate = if roll < 50 {
            respell(rng, latin)
        } else if roll < 68 {
            swap_legal(rng, latin)
        } else if roll < 78 {
            drop_legal(latin)
        } else if roll < 83 {
            add_legal(rng, latin)
        } else if roll < 96 {
            join_or_split(rng, latin)
        } else {
            Some(latin.to_ascii_uppercase())
        };
        if let Some(candidate) = candidate {
            if candidate != latin && !candidate.trim().is_empty() {
                return candidate;
            }
        }
    }
    // Nothing above applied (a one-letter name, say): toggling a legal form always changes it.
    match latin.strip_suffix(" Ltd.") {
        Some(rest) if !rest.trim().is_empty() => rest.to_string(),
        _ => format!("{latin} Ltd."),
    }
}

/// Which script a country's names are written in, as a short lowercase word
/// ("devanagari", "bengali", "arabic", "sinhala", "thai", "latin", "ethiopic", "burmese",
/// "han"). Unknown countries are "latin".
pub fn script_of(country: &str) -> &'static str {
    country_profile(country).lang.script
}

// ---------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------

/// (native, latin) pieces: a syllable, a name ending, a family name.
type Pair = (&'static str, &'static str);

/// A generic word of a country: its native form, how it is transliterated when the Latin
/// name follows the native one, and its English equivalent for English-style Latin names.
#[derive(Clone, Copy)]
struct Word {
    native: &'static str,
    translit: &'static str,
    english: &'static str,
}

const fn w(native: &'static str, translit: &'static str, english: &'static str) -> Word {
    Word {
        native,
        translit,
        english,
    }
}

/// A word of a Latin-script country, identical in every form.
const fn l(word: &'static str) -> Word {
    Word {
        native: word,
        translit: word,
        english: word,
    }
}

/// What the distinctive part of an organization name is.
#[derive(Clone, Copy)]
enum Stem {
    /// An invented word ("Himshikhar").
    Invented,
    /// A person's given name alone, as small sub-agents often use.
    Given,
    /// A person's full name (sole traders, households).
    Person,
}

/// The shape of an organization name: head word, stem, optional qualifier, descriptive
/// words, optional legal form.
struct Frame {
    stem: Stem,
    /// Word written before the stem natively ("شركة", "บริษัท", "PT").
    head: Option<Word>,
    /// Words after the stem ("Manpower", "Recruitment Agency"), in order.
    desc: &'static [Word],
    /// Whether a qualifier such as "International" may follow the stem.
    extra: bool,
    /// Whether the country's legal form ends the name.
    legal: bool,
}

/// An organization with an invented stem ("Himshikhar Manpower").
const fn org(desc: &'static [Word]) -> Frame {
    Frame {
        stem: Stem::Invented,
        head: None,
        desc,
        extra: false,
        legal: false,
    }
}

/// An organization named after a person's given name ("Dhudiman Travels").
const fn given(desc: &'static [Word]) -> Frame {
    Frame {
        stem: Stem::Given,
        ..org(desc)
    }
}

/// An organization named after a person's full name, or the person alone.
const fn person(desc: &'static [Word]) -> Frame {
    Frame {
        stem: Stem::Person,
        ..org(desc)
    }
}

impl Frame {
    const fn head(self, head: Word) -> Frame {
        Frame {
            head: Some(head),
            ..self
        }
    }

    /// Allows a qualifier such as "International" after the stem.
    const fn extra(self) -> Frame {
        Frame {
            extra: true,
            ..self
        }
    }

    /// Ends the name with the country's legal form.
    const fn legal(self) -> Frame {
        Frame {
            legal: true,
            ..self
        }
    }
}

const FALLBACK_FRAME: Frame = org(&[]);

/// Where syllables come from.
enum Syllables {
    /// Consonant x vowel sign: for abugidas and simple Latin phonotactics this gives every
    /// well-formed combination without listing them all.
    Combo(&'static [Pair], &'static [Pair]),
    /// A curated list, for scripts whose syllables cannot be composed mechanically.
    List(&'static [Pair]),
}

/// How family names are formed.
enum Family {
    /// Invented from the given-name syllables: optional prefix, body, ending.
    Invented {
        prefixes: &'static [Pair],
        len: (u8, u8),
        finals: &'static [Pair],
    },
    /// Picked from a list: Chinese surnames are a closed set and cannot be invented.
    List(&'static [Pair]),
    /// A second given name (the father's), after one of the connectors if any.
    Patronymic(&'static [Pair]),
    /// No family name (Myanmar).
    Nothing,
}

/// Everything needed to invent names in one language.
struct Lang {
    script: &'static str,
    stem: Syllables,
    stem_len: (u8, u8),
    stem_finals: &'static [Pair],
    given: Syllables,
    given_len: (u8, u8),
    given_finals: &'static [Pair],
    family: Family,
    /// Family name before the given name (Chinese names).
    family_first: bool,
    /// Titles put before half of the names (Burmese "U", "Daw").
    honorifics: &'static [Pair],
    /// Definite article glued to stems and family names (Arabic "ال" / "Al ").
    article: Option<Pair>,
    /// Latin syllables written as separate capitalized words ("Wing Fat", "Aung Kyaw").
    spaced_latin: bool,
    /// Separator between the words of a native organization name.
    native_sep: &'static str,
    /// Separator between the parts of a native person name.
    name_sep: &'static str,
    /// Percent of organization names whose Latin form uses English generic words.
    english_pct: u8,
    extras: &'static [Word],
    agency: &'static [Frame],
    sub_agent: &'static [Frame],
    employer: &'static [Frame],
}

struct Profile {
    lang: &'static Lang,
    legal: &'static [Word],
}

fn country_profile(code: &str) -> Profile {
    let key = match code.trim().as_bytes() {
        [a, b] => [a.to_ascii_uppercase(), b.to_ascii_uppercase()],
        _ => [0, 0],
    };
    let (lang, legal): (&'static Lang, &'static [Word]) = match &key {
        b"NP" => (&NEPALI, NP_LEGAL),
        b"IN" => (&HINDI, IN_LEGAL),
        b"BD" => (&BENGALI, BD_LEGAL),
        b"PK" => (&URDU, PK_LEGAL),
        b"LK" => (&SINHALA, LK_LEGAL),
        b"TH" => (&THAI, TH_LEGAL),
        b"MM" => (&BURMESE, MM_LEGAL),
        b"ET" => (&AMHARIC, ET_LEGAL),
        b"PH" => (&FILIPINO, PH_LEGAL),
        b"ID" => (&INDONESIAN, &[]),
        b"KE" => (&KENYAN, KE_LEGAL),
        b"UG" => (&UGANDAN, UG_LEGAL),
        b"SA" | b"AE" | b"JO" => (&ARABIC, AR_LLC),
        b"QA" | b"KW" | b"BH" => (&ARABIC, AR_WLL),
        b"OM" => (&ARABIC, OM_LEGAL),
        b"LB" => (&ARABIC, LB_LEGAL),
        b"MY" => (&MALAY, MY_LEGAL),
        b"SG" => (&SINGAPOREAN, SG_LEGAL),
        b"HK" => (&CANTONESE, HK_LEGAL),
        _ => (&GENERIC, GENERIC_LEGAL),
    };
    Profile { lang, legal }
}

fn between<R: Rng>(rng: &mut R, (lo, hi): (u8, u8)) -> u8 {
    if hi <= lo {
        lo
    } else {
        rng.gen_range(lo..=hi)
    }
}

/// Appends `part` after `sep`, except that empty parts vanish and a part starting with a
/// comma (", Inc.") hugs the previous word.
fn join(out: &mut String, sep: &str, part: &str) {
    if part.is_empty() {
        return;
    }
    if !out.is_empty() && !part.starts_with(',') {
        out.push_str(sep);
    }
    out.push_str(part);
}

/// Upper-cases the ASCII letter at byte `at`; a no-op for other scripts, which have no case.
fn capitalize_at(s: &mut str, at: usize) {
    if let Some(first) = s.get_mut(at..at + 1) {
        first.make_ascii_uppercase();
    }
}

/// How the pieces of one invented word are separated.
#[derive(Clone, Copy)]
struct Spacing {
    /// Latin pieces are separate capitalized words ("Wing Fat").
    latin: bool,
    /// Native pieces too: only for Latin-script languages, where native equals Latin.
    native: bool,
}

/// Appends one piece to both halves of a word being built.
fn push_piece(
    spacing: Spacing,
    piece: (&str, &str, &str, &str),
    native: &mut String,
    latin: &mut String,
    count: &mut u32,
) {
    let (n1, n2, l1, l2) = piece;
    if spacing.latin && *count > 0 {
        latin.push(' ');
    }
    if spacing.native && *count > 0 {
        native.push(' ');
    }
    let n_start = native.len();
    let l_start = latin.len();
    native.push_str(n1);
    native.push_str(n2);
    latin.push_str(l1);
    latin.push_str(l2);
    if spacing.latin {
        capitalize_at(native, n_start);
        capitalize_at(latin, l_start);
    }
    *count += 1;
}

fn pick_syllable<R: Rng>(
    rng: &mut R,
    syllables: &Syllables,
) -> (&'static str, &'static str, &'static str, &'static str) {
    match syllables {
        Syllables::Combo(consonants, vowels) => {
            let c = consonants.choose(rng).copied().unwrap_or(("", ""));
            let v = vowels.choose(rng).copied().unwrap_or(("", ""));
            (c.0, v.0, c.1, v.1)
        }
        Syllables::List(list) => {
            let s = list.choose(rng).copied().unwrap_or(("", ""));
            (s.0, "", s.1, "")
        }
    }
}

/// Appends an invented word: optional prefix, `len` syllables, optional ending. The first
/// Latin letter is capitalized (and the native one too, for Latin-script languages).
#[allow(clippy::too_many_arguments)]
fn push_invented<R: Rng>(
    rng: &mut R,
    lang: &Lang,
    syllables: &Syllables,
    len: (u8, u8),
    prefixes: &[Pair],
    finals: &[Pair],
    native: &mut String,
    latin: &mut String,
) {
    let spacing = Spacing {
        latin: lang.spaced_latin,
        native: lang.spaced_latin && lang.script == "latin",
    };
    let n_start = native.len();
    let l_start = latin.len();
    let mut count = 0;
    if let Some(p) = prefixes.choose(rng) {
        push_piece(spacing, (p.0, "", p.1, ""), native, latin, &mut count);
    }
    for _ in 0..between(rng, len) {
        let piece = pick_syllable(rng, syllables);
        push_piece(spacing, piece, native, latin, &mut count);
    }
    if let Some(p) = finals.choose(rng) {
        push_piece(spacing, (p.0, "", p.1, ""), native, latin, &mut count);
    }
    capitalize_at(native, n_start);
    capitalize_at(latin, l_start);
}

/// Appends an invented organization stem, with the article half of the time where the
/// language has one ("Al Namuq").
fn stem_into<R: Rng>(rng: &mut R, lang: &Lang, native: &mut String, latin: &mut String) {
    let (n0, l0) = (native.len(), latin.len());
    // Redraw the rare stem that spells a ruling family ("Al Sabah").
    for _ in 0..4 {
        native.truncate(n0);
        latin.truncate(l0);
        if let Some(article) = lang.article {
            if rng.gen_bool(0.5) {
                native.push_str(article.0);
                latin.push_str(article.1);
            }
        }
        push_invented(
            rng,
            lang,
            &lang.stem,
            lang.stem_len,
            &[],
            lang.stem_finals,
            native,
            latin,
        );
        if !ends_with_ruling_family(latin.get(l0..).unwrap_or("")) {
            break;
        }
    }
}

fn given_into<R: Rng>(rng: &mut R, lang: &Lang, native: &mut String, latin: &mut String) {
    push_invented(
        rng,
        lang,
        &lang.given,
        lang.given_len,
        &[],
        lang.given_finals,
        native,
        latin,
    );
}

/// Appends a family name; returns false when the language has none.
fn family_into<R: Rng>(rng: &mut R, lang: &Lang, native: &mut String, latin: &mut String) -> bool {
    match lang.family {
        Family::Invented {
            prefixes,
            len,
            finals,
        } => {
            if let Some(article) = lang.article {
                if rng.gen_ratio(3, 5) {
                    native.push_str(article.0);
                    latin.push_str(article.1);
                }
            }
            push_invented(rng, lang, &lang.given, len, prefixes, finals, native, latin);
            true
        }
        Family::List(list) => match list.choose(rng) {
            Some(name) => {
                native.push_str(name.0);
                latin.push_str(name.1);
                true
            }
            None => false,
        },
        Family::Patronymic(connectors) => {
            if let Some(c) = connectors.choose(rng) {
                native.push_str(c.0);
                native.push_str(lang.name_sep);
                latin.push_str(c.1);
                latin.push(' ');
            }
            given_into(rng, lang, native, latin);
            true
        }
        Family::Nothing => false,
    }
}

fn person_core<R: Rng>(rng: &mut R, lang: &Lang, native: &mut String, latin: &mut String) {
    if lang.family_first {
        if family_into(rng, lang, native, latin) {
            native.push_str(lang.name_sep);
            latin.push(' ');
        }
        given_into(rng, lang, native, latin);
    } else {
        given_into(rng, lang, native, latin);
        let (n0, l0) = (native.len(), latin.len());
        native.push_str(lang.name_sep);
        latin.push(' ');
        if !family_into(rng, lang, native, latin) {
            native.truncate(n0);
            latin.truncate(l0);
        }
    }
}

/// Appends a full person name, redrawing the rare draw that lands on a well-known person.
fn person_into<R: Rng>(rng: &mut R, lang: &Lang, native: &mut String, latin: &mut String) {
    if !lang.honorifics.is_empty() && rng.gen_bool(0.5) {
        if let Some(h) = lang.honorifics.choose(rng) {
            native.push_str(h.0);
            native.push_str(lang.name_sep);
            latin.push_str(h.1);
            latin.push(' ');
        }
    }
    let (n0, l0) = (native.len(), latin.len());
    for _ in 0..4 {
        native.truncate(n0);
        latin.truncate(l0);
        person_core(rng, lang, native, latin);
        if !clashes(latin.get(l0..).unwrap_or("")) {
            break;
        }
    }
}

/// Well-known people whose names the syllable tables could spell by chance. Compared on
/// letters only, ignoring case, spaces and hyphens.
const FAMOUS: &[&str] = &[
    "Aung San",
    "Aung San Suu Kyi",
    "Win Myint",
    "Min Aung Hlaing",
    "Thein Sein",
    "Than Shwe",
    "Ne Win",
    "Htin Kyaw",
    "Lee Ka Shing",
    "Li Ka Shing",
    "Lau Tak Wah",
    "Chan Tai Man",
    "Chan Kong Sang",
    "Chow Yun Fat",
    "Ho Hung Sun",
    "Lee Kuan Yew",
    "Lee Hsien Loong",
    "Goh Chok Tong",
    "Sheikh Hasina",
    "Thaksin Shinawatra",
    "Ranil Wickremesinghe",
    "Mahinda Rajapaksa",
    "Narendra Modi",
    "Imran Khan",
    "Abiy Ahmed",
    "Joko Widodo",
    "Rodrigo Duterte",
    "Mahathir Mohamad",
    "Anwar Ibrahim",
    "Yoweri Museveni",
    "William Ruto",
];

/// Ruling families of the Gulf and Jordan: an invented "Al ..." name must not make a
/// household or company look royal.
const RULING_FAMILIES: &[&str] = &[
    "Al Saud",
    "Al Sabah",
    "Al Thani",
    "Al Nahyan",
    "Al Maktoum",
    "Al Khalifa",
    "Al Qasimi",
    "Al Nuaimi",
    "Al Mualla",
    "Al Sharqi",
    "Al Said",
    "Al Busaidi",
    "Al Hashimi",
    "Al Hashemi",
];

fn letters(s: &str) -> impl DoubleEndedIterator<Item = char> + '_ {
    s.chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
}

fn is_famous(latin: &str) -> bool {
    FAMOUS.iter().any(|name| letters(name).eq(letters(latin)))
}

fn ends_with_ruling_family(latin: &str) -> bool {
    RULING_FAMILIES.iter().any(|family| {
        let mut tail = letters(latin).rev();
        letters(family).rev().all(|c| tail.next() == Some(c))
    })
}

/// Whether an invented Latin name could be taken for a well-known real one.
fn clashes(latin: &str) -> bool {
    is_famous(latin) || ends_with_ruling_family(latin)
}

// ---------------------------------------------------------------------------------------
// Alias spellings
// ---------------------------------------------------------------------------------------

/// Spellings of the same legal form; a clerk may write any of them.
const LEGAL_SPELLINGS: &[&[&str]] = &[
    &["Pvt. Ltd.", "Private Limited", "Pvt Ltd", "P. Ltd."],
    &["(Pvt) Ltd.", "(Private) Limited", "(Pvt.) Ltd.", "Pvt Ltd"],
    &["Co., Ltd.", "Company Limited", "Co. Ltd.", "Co Ltd"],
    &["Pte. Ltd.", "Pte Ltd", "Private Limited"],
    &["Sdn. Bhd.", "Sdn Bhd", "Sendirian Berhad"],
    &["W.L.L.", "WLL", "W.L.L"],
    &["L.L.C.", "LLC", "L.L.C"],
    &["S.A.R.L.", "SARL"],
    &["S.A.L.", "SAL"],
    &["(U) Ltd", "(U) Limited", "Uganda Limited"],
    &["PLC", "P.L.C.", "Plc"],
    &["Inc.", "Incorporated", "Inc"],
    &["Corp.", "Corporation", "Corp"],
    &["Est.", "Establishment", "Est"],
    &["Ltd.", "Limited", "Ltd"],
];

/// Legal forms a clerk might add to an organization name that lacks one.
const ADDED_LEGAL: &[&str] = &["Ltd.", "Pvt. Ltd.", "Co.", "LLC"];

/// Every language, so that generic words can be recognised wherever they come from.
static LANGS: [&Lang; 17] = [
    &NEPALI,
    &HINDI,
    &BENGALI,
    &URDU,
    &SINHALA,
    &ARABIC,
    &THAI,
    &BURMESE,
    &AMHARIC,
    &CANTONESE,
    &FILIPINO,
    &INDONESIAN,
    &KENYAN,
    &UGANDAN,
    &MALAY,
    &SINGAPOREAN,
    &GENERIC,
];

/// Every country's legal forms, for the same reason.
const LEGALS: &[&[Word]] = &[
    NP_LEGAL,
    IN_LEGAL,
    BD_LEGAL,
    PK_LEGAL,
    LK_LEGAL,
    TH_LEGAL,
    MM_LEGAL,
    ET_LEGAL,
    PH_LEGAL,
    KE_LEGAL,
    UG_LEGAL,
    AR_LLC,
    AR_WLL,
    OM_LEGAL,
    LB_LEGAL,
    MY_LEGAL,
    SG_LEGAL,
    HK_LEGAL,
    GENERIC_LEGAL,
];

/// Whether `word` is one of the generic words or legal forms the names are built with
/// ("Manpower", "Janashakti", "Limited"). Respelling those would not make a believable
/// alias and would spoil searches on generic words. The set is read from the tables, so
/// it never drifts from them, and built once.
fn is_generic(word: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            let mut words = HashSet::new();
            let mut add = |text: &'static str| words.extend(text.split([' ', '-']));
            for group in LEGAL_SPELLINGS {
                group.iter().for_each(|form| add(form));
            }
            let all_words =
                LEGALS
                    .iter()
                    .flat_map(|forms| forms.iter())
                    .chain(LANGS.iter().flat_map(|lang| {
                        let frames = lang
                            .agency
                            .iter()
                            .chain(lang.sub_agent)
                            .chain(lang.employer);
                        lang.extras
                            .iter()
                            .chain(frames.flat_map(|f| f.head.iter().chain(f.desc)))
                    }));
            for w in all_words {
                add(w.translit);
                add(w.english);
            }
            words
        })
        .contains(word)
}

/// Finds a legal form ending `latin`: (byte offset where it starts, its spelling group).
fn legal_suffix(latin: &str) -> Option<(usize, &'static [&'static str])> {
    let mut best: Option<(usize, &'static [&'static str])> = None;
    for group in LEGAL_SPELLINGS {
        for form in group.iter() {
            if !latin.ends_with(form) {
                continue;
            }
            let start = latin.len() - form.len();
            let at_boundary =
                start == 0 || matches!(latin.as_bytes().get(start - 1), Some(b' ' | b','));
            if at_boundary && best.is_none_or(|(s, _)| start < s) {
                best = Some((start, group));
            }
        }
    }
    best
}

fn swap_legal<R: Rng>(rng: &mut R, latin: &str) -> Option<String> {
    let (start, group) = legal_suffix(latin)?;
    let current = latin.get(start..)?;
    let others: Vec<&str> = group.iter().copied().filter(|f| *f != current).collect();
    let replacement = others.choose(rng)?;
    Some(format!("{}{}", latin.get(..start)?, replacement))
}

fn drop_legal(latin: &str) -> Option<String> {
    let (start, _) = legal_suffix(latin)?;
    let rest = latin.get(..start)?.trim_end_matches([' ', ',']);
    (!rest.is_empty()).then(|| rest.to_string())
}

fn add_legal<R: Rng>(rng: &mut R, latin: &str) -> Option<String> {
    // Only businesses get one: "Tan Wei Ling Ltd." or a household with "Ltd." is no
    // clerk's slip.
    let words = || latin.split(' ');
    if legal_suffix(latin).is_some()
        || !words().any(is_generic)
        || words().any(|w| w == "Household")
    {
        return None;
    }
    let form = ADDED_LEGAL.choose(rng)?;
    Some(format!("{latin} {form}"))
}

fn is_vowel(b: u8) -> bool {
    matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u')
}

fn is_consonant(b: u8) -> bool {
    b.is_ascii_alphabetic() && !is_vowel(b)
}

/// Two consonants that romanize one sound ("ng", "kh", "ky" in "Kyaw"): nothing may be
/// inserted between them and no word may be split there.
fn is_cluster(a: u8, b: u8) -> bool {
    matches!(b, b'h' | b'y' | b'w')
        || matches!(
            (a, b),
            (b'n', b'g') | (b'c', b'k') | (b'm', b'b') | (b'n', b'd')
        )
}

/// A word that carries the invented part of a name: letters only, not an acronym, not a
/// generic word.
fn is_name_word(word: &str) -> bool {
    word.len() >= 3
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && word.bytes().any(|b| b.is_ascii_lowercase())
        && !is_generic(word)
}

/// Spelling swaps common between transliterations of the same name.
const SWAPS: &[(&str, &str)] = &[
    ("sh", "s"),
    ("s", "sh"),
    ("ee", "i"),
    ("i", "ee"),
    ("oo", "u"),
    ("u", "oo"),
    ("w", "v"),
    ("v", "w"),
    ("ph", "f"),
    ("f", "ph"),
    ("kh", "k"),
    ("th", "t"),
    ("t", "th"),
    ("chh", "ch"),
    ("ch", "chh"),
    ("dh", "d"),
    ("bh", "b"),
    ("j", "z"),
    ("z", "j"),
    ("q", "k"),
    ("c", "k"),
    ("ou", "u"),
    ("aa", "a"),
    ("a", "aa"),
    ("y", "i"),
    ("ai", "ei"),
    ("ei", "ai"),
    ("ae", "e"),
];

/// Whether `SWAPS[i]` may apply at `at`: a swap must not create a new digraph with its
/// neighbours ("s" -> "sh" inside "sh", "c" -> "k" inside "ch"), split a double letter
/// ("Fatt" -> "Fatht"), lengthen a vowel that
/// touches another vowel ("Kai" -> "Kaee") or respell an initial "y" as "i".
fn swap_fits(word: &[u8], at: usize, from: &[u8], to: &[u8]) -> bool {
    let prev = at.checked_sub(1).and_then(|p| word.get(p)).copied();
    let next = word.get(at + from.len()).copied();
    let single_consonant = from.len() == 1 && from.first().copied().is_some_and(is_consonant);
    let lengthens_vowel =
        to.len() == 2 && to.first() == to.get(1) && to.first().copied().is_some_and(is_vowel);
    if single_consonant
        && (next == Some(b'h') || next == from.first().copied() || prev == from.first().copied())
    {
        return false;
    }
    if to.len() > from.len() && (next == to.get(from.len()).copied() || prev == to.first().copied())
    {
        return false;
    }
    if lengthens_vowel && (prev.is_some_and(is_vowel) || next.is_some_and(is_vowel)) {
        return false;
    }
    !(from == b"y" && at == 0)
}

/// Applies one spelling change to a lower-case ASCII word; false if none applied.
fn respell_once<R: Rng>(rng: &mut R, word: &mut Vec<u8>) -> bool {
    // Collect every applicable edit, then pick one, so that each word gets a fair choice.
    enum Edit {
        Swap(usize, usize),
        InsertA(usize),
        DropA(usize),
        Double(usize),
        Undouble(usize),
    }
    let mut edits = Vec::new();
    for (i, (from, to)) in SWAPS.iter().enumerate() {
        let (from, to) = (from.as_bytes(), to.as_bytes());
        for at in 0..word.len() {
            if word[at..].starts_with(from) && swap_fits(word, at, from, to) {
                edits.push(Edit::Swap(i, at));
            }
        }
    }
    let len = word.len();
    for at in 1..len {
        let (a, b) = (word[at - 1], word[at]);
        // A word-initial cluster is deliberate ("Hla", "Mbabo"); a medial one is often
        // written either way ("Himshikhar", "Himashikhar").
        if at >= 2 && is_consonant(a) && is_consonant(b) && a != b && !is_cluster(a, b) {
            edits.push(Edit::InsertA(at));
        }
        // Dropping a vowel of the first or last syllable makes the name unrecognisable.
        if b == b'a' && at >= 3 && at + 3 <= len && is_consonant(a) && a != b'h' {
            if let Some(&c) = word.get(at + 1) {
                if is_consonant(c) && c != b'h' {
                    edits.push(Edit::DropA(at));
                }
            }
        }
        if at + 1 < len
            && is_vowel(a)
            && is_consonant(b)
            && !matches!(b, b'h' | b'y' | b'w')
            && is_vowel(word[at + 1])
        {
            edits.push(Edit::Double(at));
        }
        if a == b && is_consonant(a) {
            edits.push(Edit::Undouble(at));
        }
    }
    let Some(edit) = edits.choose(rng) else {
        return false;
    };
    match *edit {
        Edit::Swap(i, at) => {
            let (from, to) = SWAPS.get(i).copied().unwrap_or(("", ""));
            word.splice(at..at + from.len(), to.bytes());
        }
        Edit::InsertA(at) => word.insert(at, b'a'),
        Edit::DropA(at) => {
            word.remove(at);
        }
        Edit::Double(at) => word.insert(at, word[at]),
        Edit::Undouble(at) => {
            word.remove(at);
        }
    }
    true
}

fn respell<R: Rng>(rng: &mut R, latin: &str) -> Option<String> {
    let mut words: Vec<String> = latin.split(' ').map(str::to_string).collect();
    let candidates: Vec<usize> = (0..words.len())
        .filter(|&i| is_name_word(&words[i]))
        .collect();
    let &index = candidates.choose(rng)?;
    let original = words.get(index)?.clone();
    let mut bytes = original.to_ascii_lowercase().into_bytes();
    // One change is the usual slip; two ("Himshikhar" -> "Himasikhar") happen often enough.
    let changes = if rng.gen_ratio(2, 5) { 2 } else { 1 };
    for _ in 0..changes {
        respell_once(rng, &mut bytes);
    }
    let mut respelled = String::from_utf8(bytes).ok()?;
    if original.starts_with(|c: char| c.is_ascii_uppercase()) {
        capitalize_at(&mut respelled, 0);
    }
    words[index] = respelled;
    Some(words.join(" "))
}

/// Rebuilds `words` with `words[at..at + n]` replaced by `replacement`.
fn replace_words(words: &[&str], at: usize, n: usize, replacement: String) -> String {
    let mut out: Vec<String> = words.iter().take(at).map(|w| w.to_string()).collect();
    out.push(replacement);
    out.extend(words.iter().skip(at + n).map(|w| w.to_string()));
    out.join(" ")
}

fn vowel_groups(word: &str) -> usize {
    let mut groups = 0;
    let mut in_vowel = false;
    for b in word.bytes() {
        let vowel = is_vowel(b);
        if vowel && !in_vowel {
            groups += 1;
        }
        in_vowel = vowel;
    }
    groups
}

/// A capitalized one-syllable romanized word ("Wing", "Kyaw", "Seng"): Chinese and Burmese
/// names are written with these as separate, hyphenated or joined words.
fn is_syllable_word(word: &str) -> bool {
    word.len() >= 2
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && vowel_groups(word) == 1
        && !is_generic(word)
        && !matches!(
            word,
            "Al" | "El" | "bin" | "binti" | "PT" | "CV" | "U" | "Daw" | "Ko" | "Ma"
        )
}

/// Whether a long word may be split before byte `c`: only where a syllable starts.
fn is_syllable_cut(word: &[u8], c: usize) -> bool {
    let (Some(&before), Some(&at), Some(&after)) = (word.get(c - 1), word.get(c), word.get(c + 1))
    else {
        return false;
    };
    let starts_syllable = is_consonant(at)
        && (is_vowel(after)
            || (matches!(after, b'h' | b'y' | b'w' | b'r')
                && word.get(c + 2).copied().is_some_and(is_vowel)));
    starts_syllable && (is_vowel(before) || !is_cluster(before, at))
}

fn join_or_split<R: Rng>(rng: &mut R, latin: &str) -> Option<String> {
    let words: Vec<&str> = latin.split(' ').collect();
    // The Arabic article is written "Al ", "Al-", "El-" or glued on.
    if let Some(i) = words.iter().position(|w| *w == "Al") {
        let next = words.get(i + 1)?;
        let glued = match rng.gen_range(0..4u8) {
            0 => format!("Al-{next}"),
            1 => format!("El-{next}"),
            2 => format!("Al{}", next.to_ascii_lowercase()),
            _ => (*next).to_string(),
        };
        return Some(replace_words(&words, i, 2, glued));
    }
    // Syllables written as separate words ("Wing Fat", "Ka Wai") get glued or hyphenated.
    let pairs: Vec<usize> = (0..words.len().saturating_sub(1))
        .filter(|&i| is_syllable_word(words[i]) && is_syllable_word(words[i + 1]))
        .collect();
    if let Some(&i) = pairs.choose(rng) {
        let (a, b) = (words[i], words[i + 1]);
        let glued = if rng.gen_bool(0.5) {
            format!("{a}{}", b.to_ascii_lowercase())
        } else {
            format!("{a}-{}", b.to_ascii_lowercase())
        };
        return Some(replace_words(&words, i, 2, glued));
    }
    // A long invented word gets split where a syllable starts ("Him Shikhar").
    let long: Vec<usize> = (0..words.len())
        .filter(|&i| is_name_word(words[i]) && words[i].len() >= 8)
        .collect();
    let &i = long.choose(rng)?;
    let word = words[i].as_bytes();
    let cuts: Vec<usize> = (3..word.len() - 3)
        .filter(|&c| is_syllable_cut(word, c))
        .collect();
    let &cut = cuts.choose(rng)?;
    let (left, right) = words[i].split_at(cut);
    let mut right = right.to_string();
    capitalize_at(&mut right, 0);
    Some(replace_words(&words, i, 1, format!("{left} {right}")))
}

// ---------------------------------------------------------------------------------------
// Languages. Native strings are NFC; dependent vowel signs always follow their consonant.
// ---------------------------------------------------------------------------------------

// Devanagari (Nepali, Hindi). A bare consonant inside a word is read with its inherent
// "a"; the endings carry no final "a", matching the usual spelling ("Himshikhar").
#[rustfmt::skip]
const DEVA_CONS_NE: &[Pair] = &[
    ("क", "k"), ("ख", "kh"), ("ग", "g"), ("घ", "gh"), ("च", "ch"), ("ज", "j"), ("ट", "t"),
    ("ड", "d"), ("त", "t"), ("थ", "th"), ("द", "d"), ("ध", "dh"), ("न", "n"), ("प", "p"),
    ("ब", "b"), ("भ", "bh"), ("म", "m"), ("य", "y"), ("र", "r"), ("ल", "l"), ("व", "w"),
    ("श", "sh"), ("स", "s"), ("ह", "h"),
];
#[rustfmt::skip]
const DEVA_CONS_HI: &[Pair] = &[
    ("क", "k"), ("ख", "kh"), ("ग", "g"), ("घ", "gh"), ("च", "ch"), ("ज", "j"), ("ट", "t"),
    ("ड", "d"), ("त", "t"), ("थ", "th"), ("द", "d"), ("ध", "dh"), ("न", "n"), ("प", "p"),
    ("फ", "ph"), ("ब", "b"), ("भ", "bh"), ("म", "m"), ("य", "y"), ("र", "r"), ("ल", "l"),
    ("व", "v"), ("श", "sh"), ("स", "s"), ("ह", "h"),
];
#[rustfmt::skip]
const DEVA_VOWELS: &[Pair] = &[
    ("", "a"), ("", "a"), ("ा", "a"), ("ि", "i"), ("ी", "i"), ("ु", "u"), ("ू", "u"),
    ("े", "e"), ("ो", "o"), ("ै", "ai"),
];
#[rustfmt::skip]
const DEVA_STEM_FINALS: &[Pair] = &[
    ("र", "r"), ("न", "n"), ("ल", "l"), ("म", "m"), ("त", "t"), ("क", "k"), ("स", "s"),
    ("द", "d"), ("प", "p"), ("री", "ri"), ("ना", "na"), ("ली", "li"), ("नी", "ni"),
    ("का", "ka"), ("न्त", "nt"), ("न्द्र", "ndra"), ("श", "sh"), ("ज", "j"),
];
#[rustfmt::skip]
const DEVA_GIVEN_FINALS: &[Pair] = &[
    ("न", "n"), ("श", "sh"), ("राज", "raj"), ("मान", "man"), ("ला", "la"), ("री", "ri"),
    ("ना", "na"), ("ता", "ta"), ("न्द्र", "ndra"), ("प", "p"), ("क", "k"), ("ल", "l"),
    ("ति", "ti"), ("द", "d"), ("म", "m"),
];
#[rustfmt::skip]
const NE_FAMILY_FINALS: &[Pair] = &[
    ("ङ", "ng"), ("री", "ri"), ("ल", "l"), ("ने", "ne"), ("की", "ki"), ("ठी", "thi"),
    ("ला", "la"), ("म", "m"), ("र", "r"), ("न", "n"), ("ली", "li"), ("त", "t"),
];
#[rustfmt::skip]
const HI_FAMILY_FINALS: &[Pair] = &[
    ("र", "r"), ("वाल", "wal"), ("री", "ri"), ("न", "n"), ("त", "t"), ("ल", "l"), ("ठी", "thi"),
    ("या", "ya"), ("नी", "ni"), ("का", "ka"), ("म", "m"),
];

const NE_MANPOWER: Word = w("म्यानपावर", "Manpower", "Manpower");
const NE_JANASHAKTI: Word = w("जनशक्ति", "Janashakti", "Manpower");
const NE_OVERSEAS: Word = w("ओभरसिज", "Overseas", "Overseas");
const NE_FOREIGN_EMPLOYMENT: Word = w("वैदेशिक रोजगार", "Baideshik Rojgar", "Foreign Employment");
const NE_EMPLOYMENT: Word = w("रोजगार", "Rojgar", "Employment");
const NE_SERVICES: Word = w("सेवा", "Sewa", "Services");
const NE_CONSULTANCY: Word = w("कन्सल्टेन्सी", "Consultancy", "Consultancy");
const NE_PLACEMENT: Word = w("प्लेसमेन्ट", "Placement", "Placement");
const NE_AGENCY: Word = w("एजेन्सी", "Agency", "Agency");
const NE_RECRUITMENT: Word = w("रिक्रुटमेन्ट", "Recruitment", "Recruitment");
const NE_HUMAN_RESOURCES: Word = w("मानव संसाधन", "Manav Sansadhan", "Human Resources");
const NE_TRAVELS: Word = w("ट्राभल्स", "Travels", "Travels");
const NE_SERVICE_CENTRE: Word = w("सेवा केन्द्र", "Sewa Kendra", "Service Centre");
const NE_TRAVEL_TOURS: Word = w("ट्राभल एण्ड टुर्स", "Travel and Tours", "Travel and Tours");
const NE_INDUSTRIES: Word = w("उद्योग", "Udyog", "Industries");
const NE_TRADERS: Word = w("ट्रेडर्स", "Traders", "Traders");
const NE_CONSTRUCTION: Word = w("निर्माण सेवा", "Nirman Sewa", "Construction");
const NE_HOTEL: Word = w("होटल", "Hotel", "Hotel");
const NP_LEGAL: &[Word] = &[w("प्रा. लि.", "Pvt. Ltd.", "Pvt. Ltd.")];

static NEPALI: Lang = Lang {
    script: "devanagari",
    stem: Syllables::Combo(DEVA_CONS_NE, DEVA_VOWELS),
    stem_len: (2, 3),
    stem_finals: DEVA_STEM_FINALS,
    given: Syllables::Combo(DEVA_CONS_NE, DEVA_VOWELS),
    given_len: (2, 2),
    given_finals: DEVA_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: &[],
        len: (1, 2),
        finals: NE_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 60,
    extras: &[
        w("इन्टरनेशनल", "International", "International"),
        w("ग्लोबल", "Global", "Global"),
        w("नेपाल", "Nepal", "Nepal"),
    ],
    agency: &[
        org(&[NE_MANPOWER]).extra().legal(),
        org(&[NE_JANASHAKTI]).extra().legal(),
        org(&[NE_OVERSEAS, NE_MANPOWER]).legal(),
        org(&[NE_OVERSEAS]).extra().legal(),
        org(&[NE_FOREIGN_EMPLOYMENT, NE_SERVICES]).extra().legal(),
        org(&[NE_EMPLOYMENT, NE_SERVICES]).extra().legal(),
        org(&[NE_HUMAN_RESOURCES, NE_CONSULTANCY]).extra().legal(),
        org(&[NE_RECRUITMENT, NE_AGENCY]).extra().legal(),
    ],
    sub_agent: &[
        given(&[NE_TRAVELS]),
        person(&[NE_PLACEMENT, NE_SERVICES]),
        given(&[NE_SERVICE_CENTRE]),
        org(&[NE_TRAVEL_TOURS]),
        person(&[]),
    ],
    employer: &[
        org(&[NE_INDUSTRIES]).extra().legal(),
        org(&[NE_TRADERS]),
        org(&[NE_CONSTRUCTION]).extra().legal(),
        org(&[NE_HOTEL]).legal(),
    ],
};

const HI_MANPOWER: Word = w("मैनपावर", "Manpower", "Manpower");
const HI_OVERSEAS: Word = w("ओवरसीज", "Overseas", "Overseas");
const HI_PLACEMENT: Word = w("प्लेसमेंट", "Placement", "Placement");
const HI_CONSULTANTS: Word = w("कंसल्टेंट्स", "Consultants", "Consultants");
const HI_RECRUITMENT_SERVICES: Word = w("भर्ती सेवा", "Bharti Seva", "Recruitment Services");
const HI_EMPLOYMENT_SERVICES: Word = w("रोजगार सेवा", "Rojgar Seva", "Employment Services");
const HI_RECRUITMENT_AGENCY: Word = w("रिक्रूटमेंट एजेंसी", "Recruitment Agency", "Recruitment Agency");
const HI_TRAVELS: Word = w("ट्रेवल्स", "Travels", "Travels");
const HI_ENTERPRISES: Word = w("एंटरप्राइजेज", "Enterprises", "Enterprises");
const HI_TRADING: Word = w("ट्रेडिंग कंपनी", "Trading Company", "Trading Company");
const HI_INDUSTRIES: Word = w("इंडस्ट्रीज", "Industries", "Industries");
const HI_CONSTRUCTION: Word = w("कंस्ट्रक्शन", "Construction", "Construction");
const IN_LEGAL: &[Word] = &[
    w("प्रा. लि.", "Pvt. Ltd.", "Pvt. Ltd."),
    w("प्राइवेट लिमिटेड", "Private Limited", "Private Limited"),
];

static HINDI: Lang = Lang {
    script: "devanagari",
    stem: Syllables::Combo(DEVA_CONS_HI, DEVA_VOWELS),
    stem_len: (2, 3),
    stem_finals: DEVA_STEM_FINALS,
    given: Syllables::Combo(DEVA_CONS_HI, DEVA_VOWELS),
    given_len: (2, 2),
    given_finals: DEVA_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: &[],
        len: (1, 2),
        finals: HI_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 60,
    extras: &[
        w("इंटरनेशनल", "International", "International"),
        w("ग्लोबल", "Global", "Global"),
    ],
    agency: &[
        org(&[HI_MANPOWER]).extra().legal(),
        org(&[HI_OVERSEAS]).extra().legal(),
        org(&[HI_OVERSEAS, HI_MANPOWER]).legal(),
        org(&[HI_PLACEMENT, HI_CONSULTANTS]).extra().legal(),
        org(&[HI_RECRUITMENT_SERVICES]).extra().legal(),
        org(&[HI_EMPLOYMENT_SERVICES]).extra().legal(),
        org(&[HI_RECRUITMENT_AGENCY]).extra().legal(),
    ],
    sub_agent: &[
        given(&[HI_TRAVELS]),
        person(&[HI_PLACEMENT]),
        given(&[HI_CONSULTANTS]),
        person(&[]),
    ],
    employer: &[
        org(&[HI_ENTERPRISES]),
        org(&[HI_TRADING]),
        org(&[HI_INDUSTRIES]).extra().legal(),
        org(&[HI_CONSTRUCTION]).extra().legal(),
    ],
};

// Bengali.
#[rustfmt::skip]
const BN_CONS: &[Pair] = &[
    ("ক", "k"), ("খ", "kh"), ("গ", "g"), ("ঘ", "gh"), ("চ", "ch"), ("জ", "j"), ("ট", "t"),
    ("ড", "d"), ("ত", "t"), ("থ", "th"), ("দ", "d"), ("ধ", "dh"), ("ন", "n"), ("প", "p"),
    ("ফ", "f"), ("ব", "b"), ("ভ", "bh"), ("ম", "m"), ("র", "r"), ("ল", "l"), ("শ", "sh"),
    ("স", "s"), ("হ", "h"),
];
#[rustfmt::skip]
const BN_VOWELS: &[Pair] = &[
    ("", "a"), ("", "a"), ("া", "a"), ("ি", "i"), ("ী", "i"), ("ু", "u"), ("ূ", "u"),
    ("ে", "e"), ("ো", "o"),
];
#[rustfmt::skip]
const BN_STEM_FINALS: &[Pair] = &[
    ("র", "r"), ("ন", "n"), ("ল", "l"), ("ম", "m"), ("ত", "t"), ("ক", "k"), ("স", "s"),
    ("দ", "d"), ("জ", "j"), ("রী", "ri"), ("না", "na"), ("লী", "li"), ("কা", "ka"), ("শ", "sh"),
];
#[rustfmt::skip]
const BN_GIVEN_FINALS: &[Pair] = &[
    ("ন", "n"), ("ম", "m"), ("ল", "l"), ("ত", "t"), ("দ", "d"), ("র", "r"), ("না", "na"),
    ("মা", "ma"), ("রা", "ra"), ("লী", "li"), ("জ", "j"),
];
#[rustfmt::skip]
const BN_FAMILY_FINALS: &[Pair] = &[
    ("দার", "dar"), ("মান", "man"), ("তী", "ti"), ("রী", "ri"), ("ন", "n"), ("ল", "l"),
    ("ক", "k"), ("জী", "ji"), ("র", "r"),
];
const BN_OVERSEAS: Word = w("ওভারসিজ", "Overseas", "Overseas");
const BN_RECRUITING_AGENCY: Word = w("রিক্রুটিং এজেন্সি", "Recruiting Agency", "Recruiting Agency");
const BN_JANASHAKTI: Word = w("জনশক্তি", "Janashakti", "Manpower");
const BN_EMPLOYMENT_SERVICES: Word =
    w("কর্মসংস্থান সেবা", "Karmasangsthan Seba", "Employment Services");
const BN_TRAVELS: Word = w("ট্রাভেলস", "Travels", "Travels");
const BN_AGENCY: Word = w("এজেন্সি", "Agency", "Agency");
const BN_SERVICE: Word = w("সার্ভিস", "Service", "Service");
const BN_ENTERPRISE: Word = w("এন্টারপ্রাইজ", "Enterprise", "Enterprise");
const BN_GARMENTS: Word = w("গার্মেন্টস", "Garments", "Garments");
const BN_TRADING: Word = w("ট্রেডিং", "Trading", "Trading");
const BD_LEGAL: &[Word] = &[w("লিমিটেড", "Limited", "Ltd.")];

static BENGALI: Lang = Lang {
    script: "bengali",
    stem: Syllables::Combo(BN_CONS, BN_VOWELS),
    stem_len: (2, 3),
    stem_finals: BN_STEM_FINALS,
    given: Syllables::Combo(BN_CONS, BN_VOWELS),
    given_len: (2, 2),
    given_finals: BN_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: &[],
        len: (1, 2),
        finals: BN_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 70,
    extras: &[
        w("ইন্টারন্যাশনাল", "International", "International"),
        w("গ্লোবাল", "Global", "Global"),
    ],
    agency: &[
        org(&[BN_OVERSEAS]).extra(),
        org(&[BN_OVERSEAS]).extra().legal(),
        org(&[BN_RECRUITING_AGENCY]).extra(),
        org(&[BN_JANASHAKTI]).extra().legal(),
        org(&[BN_EMPLOYMENT_SERVICES]).extra().legal(),
        org(&[BN_ENTERPRISE]).extra(),
    ],
    sub_agent: &[
        given(&[BN_TRAVELS]),
        given(&[BN_AGENCY]),
        person(&[BN_SERVICE]),
        person(&[]),
    ],
    employer: &[
        org(&[BN_GARMENTS]).legal(),
        org(&[BN_TRADING]).extra(),
        org(&[BN_ENTERPRISE]),
    ],
};

// Urdu (Pakistan): Urdu letters (ی, ک, ہ), not their Arabic look-alikes.
#[rustfmt::skip]
const UR_CONS: &[Pair] = &[
    ("ب", "b"), ("پ", "p"), ("ت", "t"), ("ج", "j"), ("چ", "ch"), ("د", "d"), ("ر", "r"),
    ("ز", "z"), ("س", "s"), ("ش", "sh"), ("ف", "f"), ("ق", "q"), ("ک", "k"), ("گ", "g"),
    ("ل", "l"), ("م", "m"), ("ن", "n"), ("ح", "h"),
];
const UR_VOWELS: &[Pair] = &[("", "a"), ("", "a"), ("ا", "a"), ("ی", "i"), ("و", "u")];
#[rustfmt::skip]
const UR_STEM_FINALS: &[Pair] = &[
    ("ن", "n"), ("ر", "r"), ("ل", "l"), ("م", "m"), ("د", "d"), ("ز", "z"), ("ش", "sh"),
    ("ران", "ran"), ("دین", "din"), ("بر", "bar"), ("گر", "gar"),
];
#[rustfmt::skip]
const UR_GIVEN_FINALS: &[Pair] = &[
    ("د", "d"), ("ر", "r"), ("ن", "n"), ("م", "m"), ("ل", "l"), ("ف", "f"), ("ب", "b"),
    ("ق", "q"), ("یر", "ir"), ("ان", "an"),
];
#[rustfmt::skip]
const UR_FAMILY_FINALS: &[Pair] = &[
    ("ری", "ri"), ("انی", "ani"), ("زئی", "zai"), ("ر", "r"), ("ن", "n"), ("ل", "l"),
    ("دی", "di"), ("شی", "shi"),
];
const UR_OVERSEAS: Word = w("اوورسیز", "Overseas", "Overseas");
const UR_PROMOTERS: Word = w(
    "ایمپلائمنٹ پروموٹرز",
    "Employment Promoters",
    "Employment Promoters",
);
const UR_MANPOWER: Word = w("مین پاور", "Manpower", "Manpower");
const UR_SERVICES: Word = w("سروسز", "Services", "Services");
const UR_ROZGAR: Word = w("روزگار", "Rozgar", "Employment");
const UR_RECRUITING: Word = w("ریکروٹنگ ایجنسی", "Recruiting Agency", "Recruiting Agency");
const UR_TRAVELS: Word = w("ٹریولز", "Travels", "Travels");
const UR_TRADERS: Word = w("ٹریڈرز", "Traders", "Traders");
const UR_INDUSTRIES: Word = w("انڈسٹریز", "Industries", "Industries");
const UR_CONSTRUCTION: Word = w("کنسٹرکشن", "Construction", "Construction");
const UR_TEXTILE_MILLS: Word = w("ٹیکسٹائل ملز", "Textile Mills", "Textile Mills");
const UR_ENTERPRISES: Word = w("انٹرپرائزز", "Enterprises", "Enterprises");
const PK_LEGAL: &[Word] = &[w("پرائیویٹ لمیٹڈ", "Private Limited", "(Pvt.) Ltd.")];

static URDU: Lang = Lang {
    script: "arabic",
    stem: Syllables::Combo(UR_CONS, UR_VOWELS),
    stem_len: (2, 3),
    stem_finals: UR_STEM_FINALS,
    given: Syllables::Combo(UR_CONS, UR_VOWELS),
    given_len: (2, 2),
    given_finals: UR_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: &[],
        len: (1, 2),
        finals: UR_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 80,
    extras: &[
        w("انٹرنیشنل", "International", "International"),
        w("گلوبل", "Global", "Global"),
    ],
    agency: &[
        org(&[UR_OVERSEAS, UR_PROMOTERS]),
        org(&[UR_OVERSEAS, UR_PROMOTERS]),
        org(&[UR_MANPOWER, UR_SERVICES]).extra().legal(),
        org(&[UR_ROZGAR, UR_SERVICES]).extra(),
        org(&[UR_RECRUITING]).extra().legal(),
        org(&[UR_OVERSEAS]).extra().legal(),
    ],
    sub_agent: &[person(&[UR_SERVICES]), person(&[UR_TRAVELS]), person(&[])],
    employer: &[
        org(&[UR_TRADERS]),
        org(&[UR_INDUSTRIES]).extra().legal(),
        org(&[UR_CONSTRUCTION]).extra().legal(),
        org(&[UR_TEXTILE_MILLS]).legal(),
        org(&[UR_ENTERPRISES]).extra(),
    ],
};

// Sinhala. The inherent vowel is pronounced at the end of a word too, so endings keep it.
#[rustfmt::skip]
const SI_CONS: &[Pair] = &[
    ("ක", "k"), ("ග", "g"), ("ච", "ch"), ("ජ", "j"), ("ට", "t"), ("ඩ", "d"), ("ත", "th"),
    ("ද", "d"), ("න", "n"), ("ප", "p"), ("බ", "b"), ("ම", "m"), ("ය", "y"), ("ර", "r"),
    ("ල", "l"), ("ව", "w"), ("ස", "s"), ("හ", "h"),
];
#[rustfmt::skip]
const SI_VOWELS: &[Pair] = &[
    ("", "a"), ("", "a"), ("ා", "a"), ("ි", "i"), ("ී", "ee"), ("ු", "u"), ("ූ", "oo"),
    ("ෙ", "e"), ("ේ", "e"), ("ො", "o"),
];
#[rustfmt::skip]
const SI_STEM_FINALS: &[Pair] = &[
    ("ර", "ra"), ("න", "na"), ("ම", "ma"), ("ක", "ka"), ("ල", "la"), ("රා", "ra"), ("නි", "ni"),
    ("ගේ", "ge"), ("සිංහ", "singha"), ("න්", "n"), ("වර්ධන", "wardhana"),
];
#[rustfmt::skip]
const SI_GIVEN_FINALS: &[Pair] = &[
    ("න්", "n"), ("ක", "ka"), ("නි", "ni"), ("මා", "ma"), ("ලා", "la"), ("ද", "da"),
    ("සිරි", "siri"), ("පාල", "pala"), ("කා", "ka"), ("ත්", "th"),
];
#[rustfmt::skip]
const SI_FAMILY_FINALS: &[Pair] = &[
    ("සිංහ", "singha"), ("වර්ධන", "wardhana"), ("රත්න", "ratne"), ("සේකර", "sekara"),
    ("ගේ", "ge"), ("රා", "ra"), ("තුංග", "thunga"), ("සූරිය", "sooriya"),
];
const SI_MANPOWER: Word = w("මෑන්පවර්", "Manpower", "Manpower");
const SI_FOREIGN_EMPLOYMENT: Word = w("විදේශ රැකියා", "Videsha Rakiya", "Foreign Employment");
const SI_AGENCY: Word = w("නියෝජිතායතනය", "Niyojithayathanaya", "Agency");
const SI_SERVICES: Word = w("සේවා", "Sewa", "Services");
const SI_EMPLOYMENT_SERVICES: Word = w("රැකියා සේවා", "Rakiya Sewa", "Employment Services");
const SI_OVERSEAS: Word = w("ඕවර්සීස්", "Overseas", "Overseas");
const SI_TRAVELS: Word = w("ට්‍රැවල්ස්", "Travels", "Travels");
const SI_TRADING: Word = w("වෙළඳ", "Welanda", "Trading");
const SI_INDUSTRIES: Word = w("කර්මාන්ත", "Karmantha", "Industries");
const SI_CONSTRUCTION: Word = w("ඉදිකිරීම්", "Idikirim", "Construction");
const LK_LEGAL: &[Word] = &[w("(පුද්.) සමාගම", "(Pvt) Ltd.", "(Pvt) Ltd.")];

static SINHALA: Lang = Lang {
    script: "sinhala",
    stem: Syllables::Combo(SI_CONS, SI_VOWELS),
    stem_len: (2, 3),
    stem_finals: SI_STEM_FINALS,
    given: Syllables::Combo(SI_CONS, SI_VOWELS),
    given_len: (2, 2),
    given_finals: SI_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: &[],
        len: (1, 2),
        finals: SI_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 70,
    extras: &[
        w("ජාත්‍යන්තර", "Jathyanthara", "International"),
        w("ලංකා", "Lanka", "Lanka"),
    ],
    agency: &[
        org(&[SI_MANPOWER]).extra().legal(),
        org(&[SI_FOREIGN_EMPLOYMENT, SI_AGENCY]).extra().legal(),
        org(&[SI_EMPLOYMENT_SERVICES]).extra().legal(),
        org(&[SI_OVERSEAS, SI_SERVICES]).extra().legal(),
        org(&[SI_AGENCY]).extra(),
    ],
    sub_agent: &[given(&[SI_TRAVELS]), person(&[SI_SERVICES]), person(&[])],
    employer: &[
        org(&[SI_TRADING]).legal(),
        org(&[SI_INDUSTRIES]).extra().legal(),
        org(&[SI_CONSTRUCTION]).legal(),
    ],
};

// Arabic (Gulf, Jordan, Lebanon). Short vowels are not written, long ones are.
#[rustfmt::skip]
const AR_CONS: &[Pair] = &[
    ("ب", "b"), ("ت", "t"), ("ج", "j"), ("ح", "h"), ("خ", "kh"), ("د", "d"), ("ر", "r"),
    ("ز", "z"), ("س", "s"), ("ش", "sh"), ("ص", "s"), ("ط", "t"), ("ف", "f"), ("ق", "q"),
    ("ك", "k"), ("ل", "l"), ("م", "m"), ("ن", "n"),
];
const AR_VOWELS: &[Pair] = &[("", "a"), ("", "a"), ("ا", "a"), ("ي", "i"), ("و", "u")];
#[rustfmt::skip]
const AR_STEM_FINALS: &[Pair] = &[
    ("ن", "n"), ("ر", "r"), ("ل", "l"), ("م", "m"), ("د", "d"), ("ب", "b"), ("ق", "q"),
    ("ح", "h"), ("ز", "z"), ("ش", "sh"), ("ران", "ran"), ("دان", "dan"), ("مان", "man"),
    ("رين", "rin"), ("نة", "na"), ("رة", "ra"), ("مة", "ma"), ("لة", "la"),
];
#[rustfmt::skip]
const AR_GIVEN_FINALS: &[Pair] = &[
    ("د", "d"), ("ر", "r"), ("ن", "n"), ("م", "m"), ("ل", "l"), ("ح", "h"), ("ف", "f"),
    ("ب", "b"), ("ق", "q"), ("ير", "ir"), ("ان", "an"),
];
#[rustfmt::skip]
const AR_FAMILY_FINALS: &[Pair] = &[
    ("ري", "ri"), ("مي", "mi"), ("سي", "si"), ("ني", "ni"), ("دي", "di"), ("لي", "li"),
    ("بي", "bi"), ("ران", "ran"), ("دان", "dan"), ("ر", "r"), ("ن", "n"),
];
const AR_OFFICE: Word = w("مكتب", "Maktab", "Office");
const AR_COMPANY: Word = w("شركة", "Sharikat", "Co.");
const AR_EST: Word = w("مؤسسة", "Mu'assasat", "Est.");
const AR_HOUSEHOLD: Word = w("منزل", "Manzil", "Household");
const AR_RESTAURANT: Word = w("مطعم", "Mat'am", "Restaurant");
const AR_FARM: Word = w("مزرعة", "Mazra'at", "Farm");
const AR_HOTEL: Word = w("فندق", "Funduq", "Hotel");
const AR_RECRUITMENT: Word = w("للاستقدام", "lil-Istiqdam", "Recruitment");
const AR_DOMESTIC: Word = w(
    "لاستقدام العمالة المنزلية",
    "li-Istiqdam al-Amala al-Manziliya",
    "Domestic Worker Recruitment",
);
const AR_EMPLOYMENT: Word = w("للتوظيف", "lil-Tawzif", "Employment");
const AR_MANPOWER: Word = w("للقوى العاملة", "lil-Quwa al-Amila", "Manpower");
const AR_LABOUR_SERVICES: Word = w(
    "للخدمات العمالية",
    "lil-Khadamat al-Ummaliya",
    "Labour Services",
);
const AR_SERVICES: Word = w("للخدمات", "lil-Khadamat", "Services");
const AR_TRADING: Word = w("للتجارة", "lil-Tijara", "Trading");
const AR_CONTRACTING: Word = w("للمقاولات", "lil-Muqawalat", "Contracting");
const AR_CLEANING: Word = w("للتنظيف", "lil-Tanzif", "Cleaning");
const AR_LLC: &[Word] = &[w("ذ.م.م", "L.L.C.", "L.L.C.")];
const AR_WLL: &[Word] = &[w("ذ.م.م", "W.L.L.", "W.L.L.")];
// Oman abbreviates its LLC "ش.م.م" (شركة محدودة المسؤولية).
const OM_LEGAL: &[Word] = &[w("ش.م.م", "L.L.C.", "L.L.C.")];
const LB_LEGAL: &[Word] = &[
    w("ش.م.م", "S.A.R.L.", "S.A.R.L."),
    w("ش.م.ل", "S.A.L.", "S.A.L."),
];

static ARABIC: Lang = Lang {
    script: "arabic",
    stem: Syllables::Combo(AR_CONS, AR_VOWELS),
    stem_len: (2, 3),
    stem_finals: AR_STEM_FINALS,
    given: Syllables::Combo(AR_CONS, AR_VOWELS),
    given_len: (2, 2),
    given_finals: AR_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: &[],
        len: (1, 2),
        finals: AR_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: Some(("ال", "Al ")),
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 70,
    // Feminine adjectives: they qualify "شركة" and "مؤسسة", the frames that allow them.
    extras: &[
        w("الدولية", "al-Dawliya", "International"),
        w("الحديثة", "al-Haditha", "Modern"),
        w("المتحدة", "al-Muttahida", "United"),
        w("الذهبية", "al-Dhahabiya", "Golden"),
    ],
    agency: &[
        org(&[AR_RECRUITMENT]).head(AR_OFFICE),
        org(&[AR_RECRUITMENT]).head(AR_OFFICE),
        org(&[AR_RECRUITMENT]).head(AR_COMPANY).extra().legal(),
        org(&[AR_DOMESTIC]).head(AR_COMPANY).extra().legal(),
        org(&[AR_MANPOWER]).head(AR_EST).extra(),
        org(&[AR_LABOUR_SERVICES]).head(AR_COMPANY).extra().legal(),
        org(&[AR_EMPLOYMENT]).head(AR_OFFICE),
    ],
    sub_agent: &[
        person(&[AR_SERVICES]).head(AR_OFFICE),
        person(&[AR_RECRUITMENT]).head(AR_OFFICE),
        person(&[]),
    ],
    employer: &[
        org(&[AR_TRADING]).head(AR_EST).extra(),
        org(&[AR_TRADING]).head(AR_EST).extra(),
        org(&[AR_CONTRACTING]).head(AR_COMPANY).extra().legal(),
        org(&[AR_CLEANING]).head(AR_COMPANY).extra().legal(),
        person(&[]).head(AR_HOUSEHOLD),
        person(&[]).head(AR_HOUSEHOLD),
        person(&[]).head(AR_HOUSEHOLD),
        org(&[]).head(AR_RESTAURANT),
        org(&[]).head(AR_FARM),
        org(&[]).head(AR_HOTEL),
    ],
};

// Thai: curated syllables (Thai spelling cannot be composed mechanically), romanized with
// the Royal Thai General System, written together as Thai names are.
#[rustfmt::skip]
const TH_SYL: &[Pair] = &[
    ("สม", "som"), ("ศรี", "si"), ("ชัย", "chai"), ("ทอง", "thong"), ("สุข", "suk"),
    ("พร", "phon"), ("วงศ์", "wong"), ("กิจ", "kit"), ("รุ่ง", "rung"), ("บุญ", "bun"),
    ("ธนา", "thana"), ("ไพ", "phai"), ("โชค", "chok"), ("ดี", "di"), ("นิ", "ni"),
    ("รัตน์", "rat"), ("สิริ", "siri"), ("อุดม", "udom"), ("เจริญ", "charoen"), ("มณี", "mani"),
    ("แสง", "saeng"), ("จันทร์", "chan"), ("ฟ้า", "fa"), ("นภา", "napha"), ("ภูมิ", "phum"),
    ("วิ", "wi"), ("ประ", "pra"), ("กมล", "kamon"), ("สุ", "su"), ("กานต์", "kan"),
    ("ทิพ", "thip"), ("วรรณ", "wan"), ("เพชร", "phet"), ("ดารา", "dara"), ("ยศ", "yot"),
    ("เกียรติ", "kiat"), ("ศักดิ์", "sak"), ("พงษ์", "phong"), ("อนันต์", "anan"),
    ("นพ", "nop"), ("เดช", "det"), ("สาย", "sai"), ("บัว", "bua"), ("คำ", "kham"),
    ("แก้ว", "kaeo"), ("เงิน", "ngoen"), ("มั่น", "man"), ("เพ็ญ", "phen"), ("อรุณ", "arun"),
    ("ลักษณ์", "lak"), ("ทิว", "thio"), ("ยืน", "yuen"), ("ปรีชา", "pricha"),
    ("วัฒนา", "watthana"), ("อำนาจ", "amnat"), ("ชาญ", "chan"), ("ณรงค์", "narong"),
    ("ประเสริฐ", "prasoet"), ("พิทักษ์", "phithak"), ("ไชย", "chai"), ("ธีร", "thira"),
    ("ปิยะ", "piya"), ("รักษ์", "rak"), ("ศิริ", "siri"), ("สวัสดิ์", "sawat"),
    ("นันท์", "nan"), ("ทัศน์", "that"), ("ภัทร", "phat"), ("จิตร", "chit"), ("ทวี", "thawi"),
    ("มาลี", "mali"), ("วาสนา", "watsana"), ("อร", "on"), ("ขวัญ", "khwan"),
    ("เรือง", "rueang"), ("เลิศ", "loet"), ("ฤทธิ์", "rit"),
];
const TH_BORISAT: Word = w("บริษัท", "Borisat", "Co.,");
const TH_RECRUITMENT: Word = w("จัดหางาน", "Chat Ha Ngan", "Recruitment");
const TH_MANPOWER: Word = w("แมนพาวเวอร์", "Maenphaoroe", "Manpower");
const TH_EMPLOYMENT_SERVICES: Word = w(
    "บริการจัดหางาน",
    "Borikan Chat Ha Ngan",
    "Employment Services",
);
const TH_TRAVEL: Word = w("ทราเวล", "Trawen", "Travel");
const TH_INDUSTRY: Word = w("อุตสาหกรรม", "Utsahakam", "Industry");
const TH_FISHERIES: Word = w("ประมง", "Pramong", "Fisheries");
const TH_CONSTRUCTION: Word = w("ก่อสร้าง", "Ko Sang", "Construction");
const TH_FOOD: Word = w("อาหาร", "Ahan", "Food");
const TH_AGRICULTURE: Word = w("การเกษตร", "Kan Kaset", "Agriculture");
const TH_HOUSEHOLD: Word = w("บ้าน", "Ban", "Household");
const TH_LEGAL: &[Word] = &[w("จำกัด", "Chamkat", "Ltd.")];

static THAI: Lang = Lang {
    script: "thai",
    stem: Syllables::List(TH_SYL),
    stem_len: (3, 3),
    stem_finals: &[],
    given: Syllables::List(TH_SYL),
    given_len: (2, 3),
    given_finals: &[],
    family: Family::Invented {
        prefixes: &[],
        len: (2, 4),
        finals: &[],
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    // Thai companies register an English name; nobody writes "Borisat ... Chamkat".
    english_pct: 100,
    extras: &[
        w("อินเตอร์เนชั่นแนล", "Intoenechannaen", "International"),
        w("โกลบอล", "Klobon", "Global"),
    ],
    agency: &[
        org(&[TH_RECRUITMENT]).head(TH_BORISAT).extra().legal(),
        org(&[TH_RECRUITMENT]).head(TH_BORISAT).extra().legal(),
        org(&[TH_MANPOWER]).head(TH_BORISAT).extra().legal(),
        org(&[TH_EMPLOYMENT_SERVICES])
            .head(TH_BORISAT)
            .extra()
            .legal(),
    ],
    sub_agent: &[person(&[TH_RECRUITMENT]), person(&[TH_TRAVEL]), person(&[])],
    employer: &[
        org(&[TH_INDUSTRY]).head(TH_BORISAT).extra().legal(),
        org(&[TH_FISHERIES]).head(TH_BORISAT).legal(),
        org(&[TH_CONSTRUCTION]).head(TH_BORISAT).extra().legal(),
        org(&[TH_FOOD]).head(TH_BORISAT).extra().legal(),
        org(&[TH_AGRICULTURE]).head(TH_BORISAT).legal(),
        person(&[]).head(TH_HOUSEHOLD),
    ],
};

// Burmese: names are sequences of syllables, romanized one word per syllable; no family
// names, an honorific (U, Daw, Ko, Ma) instead.
#[rustfmt::skip]
const MM_SYL: &[Pair] = &[
    ("အောင်", "aung"), ("ကျော်", "kyaw"), ("မင်း", "min"), ("သူ", "thu"), ("ဇော်", "zaw"),
    ("ဝင်း", "win"), ("မြင့်", "myint"), ("နိုင်", "naing"), ("စိုး", "soe"), ("ထက်", "htet"),
    ("ဖြိုး", "phyo"), ("ခင်", "khin"), ("စု", "su"), ("လှ", "hla"), ("မြ", "mya"),
    ("သီ", "thi"), ("ဇင်", "zin"), ("မိုး", "moe"), ("ထွန်း", "htun"), ("လွင်", "lwin"),
    ("နွယ်", "nwe"), ("ယု", "yu"), ("ပြည့်", "pyae"), ("ဖူး", "phoo"), ("ချို", "cho"),
    ("ဟန်", "han"), ("တင်", "tin"), ("လင်း", "lin"), ("ဇေ", "zay"), ("ကောင်း", "kaung"),
    ("မော်", "maw"), ("ပိုင်", "paing"), ("ရည်", "yi"), ("နန်း", "nan"), ("သက်", "thet"),
    ("ဝေ", "wai"), ("ထား", "htar"), ("ညို", "nyo"), ("ဖြူ", "phyu"), ("ကေ", "kay"),
    ("ဇွဲ", "zwe"), ("ရဲ", "ye"), ("မြတ်", "myat"), ("ထိုက်", "htaik"), ("ဘုန်း", "phone"),
    ("ချမ်း", "chan"), ("သာ", "thar"), ("ကြည်", "kyi"), ("ဆု", "hsu"), ("ငြိမ်း", "nyein"),
    ("အိ", "ei"), ("ပန်း", "pan"), ("ဒီ", "di"), ("ဟိန်း", "hein"), ("ခိုင်", "khaing"),
    ("ဇာ", "zar"), ("သော်", "thaw"), ("မာ", "mar"), ("ငယ်", "nge"), ("ရီ", "yee"),
];
const MM_OVERSEAS_AGENCY: Word = w(
    "ပြည်ပအလုပ်အကိုင်ရှာဖွေရေးအေဂျင်စီ",
    "Pyi Pa Alote Akine Shar Phway Yay Agency",
    "Overseas Employment Agency",
);
const MM_AGENCY: Word = w("အေဂျင်စီ", "Agency", "Agency");
const MM_TRADING: Word = w("ကုန်သွယ်ရေး", "Kone Thwe Yay", "Trading");
const MM_INDUSTRY: Word = w("စက်မှုလုပ်ငန်း", "Set Hmu Lote Ngan", "Industry");
const MM_TRAVELS: Word = w("ခရီးသွားလာရေး", "Khayee Thwar Lar Yay", "Travels and Tours");
const MM_LEGAL: &[Word] = &[w("ကုမ္ပဏီလီမိတက်", "Kumpani Limited", "Co., Ltd.")];

static BURMESE: Lang = Lang {
    script: "burmese",
    stem: Syllables::List(MM_SYL),
    stem_len: (3, 3),
    stem_finals: &[],
    given: Syllables::List(MM_SYL),
    given_len: (2, 3),
    given_finals: &[],
    family: Family::Nothing,
    family_first: false,
    honorifics: &[("ဦး", "U"), ("ဒေါ်", "Daw"), ("ကို", "Ko"), ("မ", "Ma")],
    article: None,
    spaced_latin: true,
    native_sep: " ",
    name_sep: "",
    english_pct: 100,
    extras: &[
        w("အင်တာနေရှင်နယ်", "International", "International"),
        w("ဂလိုဘယ်", "Global", "Global"),
    ],
    agency: &[
        org(&[MM_OVERSEAS_AGENCY]).extra().legal(),
        org(&[MM_OVERSEAS_AGENCY]).extra().legal(),
        org(&[MM_OVERSEAS_AGENCY]).extra(),
        org(&[MM_AGENCY]).extra().legal(),
        org(&[]).extra().legal(),
    ],
    sub_agent: &[org(&[MM_TRAVELS]), org(&[MM_TRAVELS]).legal(), person(&[])],
    employer: &[
        org(&[MM_TRADING]).extra().legal(),
        org(&[MM_INDUSTRY]).extra().legal(),
    ],
};

// Amharic (Ethiopic syllabary): each character is a consonant+vowel syllable. Sixth-order
// forms (consonant without vowel) end words. A person is "given name, father's name".
#[rustfmt::skip]
const ET_SYL: &[Pair] = &[
    ("ሀ", "ha"), ("ሁ", "hu"), ("ሂ", "hi"), ("ሆ", "ho"), ("ለ", "le"), ("ሉ", "lu"), ("ሊ", "li"),
    ("ላ", "la"), ("ሎ", "lo"), ("መ", "me"), ("ሙ", "mu"), ("ሚ", "mi"), ("ማ", "ma"), ("ሞ", "mo"),
    ("ረ", "re"), ("ሩ", "ru"), ("ሪ", "ri"), ("ራ", "ra"), ("ሮ", "ro"), ("ሰ", "se"), ("ሱ", "su"),
    ("ሲ", "si"), ("ሳ", "sa"), ("ሶ", "so"), ("ሸ", "she"), ("ሹ", "shu"), ("ሺ", "shi"),
    ("ሻ", "sha"), ("ሾ", "sho"), ("በ", "be"), ("ቡ", "bu"), ("ቢ", "bi"), ("ባ", "ba"), ("ቦ", "bo"),
    ("ተ", "te"), ("ቱ", "tu"), ("ቲ", "ti"), ("ታ", "ta"), ("ቶ", "to"), ("ቸ", "che"), ("ቹ", "chu"),
    ("ቺ", "chi"), ("ቻ", "cha"), ("ቾ", "cho"), ("ነ", "ne"), ("ኑ", "nu"), ("ኒ", "ni"),
    ("ና", "na"), ("ኖ", "no"), ("ከ", "ke"), ("ኩ", "ku"), ("ኪ", "ki"), ("ካ", "ka"), ("ኮ", "ko"),
    ("ወ", "we"), ("ዊ", "wi"), ("ዋ", "wa"), ("ዎ", "wo"), ("ዘ", "ze"), ("ዙ", "zu"), ("ዚ", "zi"),
    ("ዛ", "za"), ("ዞ", "zo"), ("ደ", "de"), ("ዱ", "du"), ("ዲ", "di"), ("ዳ", "da"), ("ዶ", "do"),
    ("ጀ", "je"), ("ጁ", "ju"), ("ጂ", "ji"), ("ጃ", "ja"), ("ጆ", "jo"), ("ገ", "ge"), ("ጉ", "gu"),
    ("ጊ", "gi"), ("ጋ", "ga"), ("ጎ", "go"), ("ጠ", "te"), ("ጡ", "tu"), ("ጢ", "ti"), ("ጣ", "ta"),
    ("ጦ", "to"), ("ጸ", "tse"), ("ጹ", "tsu"), ("ጺ", "tsi"), ("ጻ", "tsa"), ("ጾ", "tso"),
    ("ፈ", "fe"), ("ፉ", "fu"), ("ፊ", "fi"), ("ፋ", "fa"), ("ፎ", "fo"), ("የ", "ye"), ("ያ", "ya"),
    ("ዮ", "yo"),
];
#[rustfmt::skip]
const ET_STEM_FINALS: &[Pair] = &[
    ("ን", "n"), ("ር", "r"), ("ል", "l"), ("ም", "m"), ("ስ", "s"), ("ት", "t"), ("ድ", "d"),
    ("ብ", "b"), ("ሽ", "sh"), ("ግ", "g"), ("ክ", "k"), ("ሳ", "sa"), ("ራ", "ra"),
];
#[rustfmt::skip]
const ET_GIVEN_FINALS: &[Pair] = &[
    ("ን", "n"), ("ት", "t"), ("ሁ", "hu"), ("ዬ", "ye"), ("ሳ", "sa"), ("ቱ", "tu"), ("ነሽ", "nesh"),
    ("ለ", "le"), ("ም", "m"), ("ው", "w"), ("ና", "na"),
];
const ET_FOREIGN_EMPLOYMENT_AGENCY: Word = w(
    "የውጭ ሀገር ሥራ ስምሪት ኤጀንሲ",
    "Yewich Hager Sira Smirit Agency",
    "Foreign Employment Agency",
);
const ET_AGENCY: Word = w("ኤጀንሲ", "Agency", "Agency");
const ET_MANPOWER: Word = w("የሰው ኃይል", "Yesew Hayl", "Manpower");
const ET_SERVICES: Word = w("አገልግሎት", "Agelgilot", "Services");
const ET_TRADING: Word = w("ትሬዲንግ", "Trading", "Trading");
const ET_INDUSTRY: Word = w("ኢንዱስትሪ", "Industry", "Industry");
const ET_FARM: Word = w("እርሻ", "Irsha", "Farm");
const ET_TRAVEL: Word = w("ትራቭል", "Travel", "Travel");
const ET_LEGAL: &[Word] = &[w("ኃ.የተ.የግ.ማ.", "PLC", "PLC")];

static AMHARIC: Lang = Lang {
    script: "ethiopic",
    stem: Syllables::List(ET_SYL),
    stem_len: (2, 3),
    stem_finals: ET_STEM_FINALS,
    given: Syllables::List(ET_SYL),
    given_len: (2, 2),
    given_finals: ET_GIVEN_FINALS,
    family: Family::Patronymic(&[]),
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 80,
    extras: &[
        w("ኢንተርናሽናል", "International", "International"),
        w("ኢትዮጵያ", "Ethiopia", "Ethiopia"),
    ],
    agency: &[
        org(&[ET_FOREIGN_EMPLOYMENT_AGENCY]).legal(),
        org(&[ET_FOREIGN_EMPLOYMENT_AGENCY]).legal(),
        org(&[ET_AGENCY]).extra().legal(),
        org(&[ET_MANPOWER, ET_SERVICES]).extra().legal(),
    ],
    sub_agent: &[
        given(&[ET_TRAVEL, ET_AGENCY]),
        person(&[ET_SERVICES]),
        person(&[]),
    ],
    employer: &[
        org(&[ET_TRADING]).extra().legal(),
        org(&[ET_INDUSTRY]).extra().legal(),
        org(&[ET_FARM]).legal(),
    ],
};

// Hong Kong: Traditional Chinese, written without spaces, with the English name the
// Companies Registry holds. Cantonese romanization, one word per character.
#[rustfmt::skip]
const HK_SYL: &[Pair] = &[
    ("榮", "wing"), ("發", "fat"), ("興", "hing"), ("利", "lee"), ("昌", "cheong"), ("豐", "fung"),
    ("泰", "tai"), ("華", "wah"), ("安", "on"), ("盛", "shing"), ("恒", "hang"), ("寶", "po"),
    ("德", "tak"), ("信", "shun"), ("富", "fu"), ("源", "yuen"), ("康", "hong"), ("達", "tat"),
    ("福", "fook"), ("明", "ming"), ("祥", "cheung"), ("隆", "lung"), ("光", "kwong"), ("輝", "fai"),
    ("嘉", "ka"), ("美", "mei"), ("佳", "kai"), ("俊", "chun"), ("偉", "wai"), ("麗", "lai"),
    ("雅", "nga"), ("思", "sze"), ("晴", "ching"), ("樂", "lok"), ("裕", "yue"), ("鴻", "hung"),
    ("海", "hoi"), ("峰", "fung"), ("星", "sing"), ("怡", "yi"), ("永", "wing"), ("智", "chi"),
    ("文", "man"), ("欣", "yan"), ("卓", "cheuk"), ("啟", "kai"), ("浩", "ho"), ("翠", "chui"),
    ("芷", "tsz"), ("君", "kwan"), ("強", "keung"), ("健", "kin"), ("銘", "ming"), ("耀", "yiu"),
    ("基", "kei"), ("國", "kwok"), ("立", "lap"), ("傑", "kit"), ("敏", "man"), ("婷", "ting"),
    ("穎", "wing"), ("詩", "sze"), ("琪", "kei"), ("珊", "shan"), ("綺", "yee"), ("蓮", "lin"),
    ("秀", "sau"), ("玲", "ling"), ("鳳", "fung"), ("珍", "chun"), ("錦", "kam"), ("添", "tim"),
    ("順", "shun"), ("彩", "choi"), ("邦", "pong"), ("茂", "mau"), ("金", "kam"), ("新", "san"),
    ("東", "tung"), ("南", "nam"), ("宏", "wang"), ("貴", "kwai"),
];
#[rustfmt::skip]
const HK_FAMILY: &[Pair] = &[
    ("陳", "Chan"), ("黃", "Wong"), ("李", "Lee"), ("張", "Cheung"), ("劉", "Lau"), ("何", "Ho"),
    ("梁", "Leung"), ("林", "Lam"), ("曾", "Tsang"), ("吳", "Ng"), ("葉", "Yip"), ("麥", "Mak"),
    ("郭", "Kwok"), ("謝", "Tse"), ("馮", "Fung"), ("蔡", "Choi"), ("盧", "Lo"), ("鄧", "Tang"),
    ("羅", "Law"), ("鄭", "Cheng"), ("周", "Chow"), ("袁", "Yuen"), ("蘇", "So"), ("潘", "Poon"),
    ("余", "Yu"), ("譚", "Tam"), ("姚", "Yiu"), ("廖", "Liu"), ("莫", "Mok"),
];
const HK_EMPLOYMENT_CENTRE: Word = w("僱傭中心", "Employment Centre", "Employment Centre");
const HK_EMPLOYMENT_AGENCY: Word = w("職業介紹所", "Employment Agency", "Employment Agency");
const HK_HUMAN_RESOURCES: Word = w("人力資源", "Human Resources", "Human Resources");
const HK_TRAVEL: Word = w("旅運", "Travel", "Travel");
const HK_AGENCY: Word = w("代理", "Agency", "Agency");
const HK_TRADING: Word = w("貿易", "Trading", "Trading");
const HK_ENGINEERING: Word = w("工程", "Engineering", "Engineering");
const HK_LOGISTICS: Word = w("物流", "Logistics", "Logistics");
const HK_RESTAURANT: Word = w("酒樓", "Restaurant", "Restaurant");
const HK_HOUSEHOLD: Word = w("家庭", "Household", "Household");
const HK_LEGAL: &[Word] = &[w("有限公司", "Limited", "Limited")];

static CANTONESE: Lang = Lang {
    script: "han",
    stem: Syllables::List(HK_SYL),
    stem_len: (3, 3),
    stem_finals: &[],
    given: Syllables::List(HK_SYL),
    given_len: (2, 2),
    given_finals: &[],
    family: Family::List(HK_FAMILY),
    family_first: true,
    honorifics: &[],
    article: None,
    spaced_latin: true,
    native_sep: "",
    name_sep: "",
    english_pct: 100,
    extras: &[
        w("國際", "International", "International"),
        w("環球", "Global", "Global"),
    ],
    agency: &[
        org(&[HK_EMPLOYMENT_CENTRE]).extra(),
        org(&[HK_EMPLOYMENT_AGENCY]).extra(),
        org(&[HK_HUMAN_RESOURCES]).extra().legal(),
        org(&[HK_EMPLOYMENT_CENTRE]).extra().legal(),
    ],
    sub_agent: &[org(&[HK_TRAVEL]), org(&[HK_AGENCY]), person(&[])],
    employer: &[
        person(&[HK_HOUSEHOLD]),
        person(&[HK_HOUSEHOLD]),
        org(&[HK_TRADING]).extra().legal(),
        org(&[HK_ENGINEERING]).legal(),
        org(&[HK_LOGISTICS]).extra().legal(),
        org(&[HK_RESTAURANT]),
    ],
};

// Latin-script countries: native and Latin are the same string.

#[rustfmt::skip]
const PH_CONS: &[Pair] = &[
    ("b", "b"), ("d", "d"), ("g", "g"), ("k", "k"), ("l", "l"), ("m", "m"), ("n", "n"),
    ("ng", "ng"), ("p", "p"), ("r", "r"), ("s", "s"), ("t", "t"), ("w", "w"), ("y", "y"),
];
#[rustfmt::skip]
const PH_VOWELS: &[Pair] = &[
    ("a", "a"), ("a", "a"), ("i", "i"), ("o", "o"), ("u", "u"), ("e", "e"),
];
#[rustfmt::skip]
const PH_STEM_FINALS: &[Pair] = &[
    ("", ""), ("n", "n"), ("ng", "ng"), ("s", "s"), ("l", "l"), ("y", "y"), ("t", "t"),
    ("r", "r"), ("an", "an"), ("on", "on"), ("ay", "ay"),
];
#[rustfmt::skip]
const PH_GIVEN_FINALS: &[Pair] = &[
    ("ito", "ito"), ("ina", "ina"), ("el", "el"), ("o", "o"), ("a", "a"), ("en", "en"),
    ("lyn", "lyn"), ("ie", "ie"), ("on", "on"),
];
#[rustfmt::skip]
const PH_FAMILY_FINALS: &[Pair] = &[
    ("ez", "ez"), ("ado", "ado"), ("on", "on"), ("ino", "ino"), ("ales", "ales"),
    ("illo", "illo"), ("era", "era"), ("anan", "anan"), ("ay", "ay"), ("ag", "ag"),
];
const PH_LEGAL: &[Word] = &[l(", Inc."), l(", Inc."), l("Corp."), l("Corporation")];

static FILIPINO: Lang = Lang {
    script: "latin",
    stem: Syllables::Combo(PH_CONS, PH_VOWELS),
    stem_len: (2, 3),
    stem_finals: PH_STEM_FINALS,
    given: Syllables::Combo(PH_CONS, PH_VOWELS),
    given_len: (2, 2),
    given_finals: PH_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: &[],
        len: (1, 2),
        finals: PH_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 0,
    extras: &[l("International"), l("Global"), l("Asia Pacific")],
    agency: &[
        org(&[l("Manpower Services")]).extra().legal(),
        org(&[l("International Placement Agency")]).legal(),
        org(&[l("Recruitment Agency")]).extra().legal(),
        org(&[l("Employment Agency")]).extra().legal(),
        org(&[l("Overseas Employment")]).legal(),
        org(&[l("Human Resources")]).extra().legal(),
    ],
    sub_agent: &[
        person(&[l("Travel and Tours")]),
        person(&[l("Placement Services")]),
        person(&[]),
    ],
    employer: &[
        org(&[l("Trading")]).extra().legal(),
        org(&[l("Construction")]).extra().legal(),
        org(&[l("Farms")]).legal(),
    ],
};

#[rustfmt::skip]
const ID_CONS: &[Pair] = &[
    ("b", "b"), ("d", "d"), ("g", "g"), ("h", "h"), ("j", "j"), ("k", "k"), ("l", "l"),
    ("m", "m"), ("n", "n"), ("p", "p"), ("r", "r"), ("s", "s"), ("t", "t"), ("w", "w"),
    ("y", "y"),
];
#[rustfmt::skip]
const ID_VOWELS: &[Pair] = &[
    ("a", "a"), ("a", "a"), ("i", "i"), ("u", "u"), ("e", "e"), ("o", "o"),
];
#[rustfmt::skip]
const ID_STEM_FINALS: &[Pair] = &[
    ("", ""), ("n", "n"), ("ng", "ng"), ("r", "r"), ("t", "t"), ("h", "h"), ("di", "di"),
    ("no", "no"), ("to", "to"), ("wan", "wan"), ("sih", "sih"), ("ra", "ra"),
];
#[rustfmt::skip]
const ID_GIVEN_FINALS: &[Pair] = &[
    ("to", "to"), ("no", "no"), ("yanti", "yanti"), ("wati", "wati"), ("di", "di"),
    ("man", "man"), ("ah", "ah"), ("ni", "ni"), ("sih", "sih"), ("dy", "dy"),
];
#[rustfmt::skip]
const ID_FAMILY_FINALS: &[Pair] = &[
    ("", ""), ("ja", "ja"), ("yo", "yo"), ("wan", "wan"), ("ri", "ri"), ("so", "so"),
    ("di", "di"), ("ah", "ah"),
];
const ID_PT: Word = l("PT");

static INDONESIAN: Lang = Lang {
    script: "latin",
    stem: Syllables::Combo(ID_CONS, ID_VOWELS),
    stem_len: (2, 3),
    stem_finals: ID_STEM_FINALS,
    given: Syllables::Combo(ID_CONS, ID_VOWELS),
    given_len: (2, 2),
    given_finals: ID_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: &[],
        len: (1, 2),
        finals: ID_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 0,
    extras: &[
        l("Jaya"),
        l("Abadi"),
        l("Mandiri"),
        l("Sejahtera"),
        l("Utama"),
        l("Perkasa"),
        l("Sukses"),
        l("Makmur"),
    ],
    agency: &[
        org(&[]).head(ID_PT).extra(),
        org(&[l("Jaya")]).head(ID_PT),
        org(&[l("Jasa Tenaga Kerja")]).head(ID_PT).extra(),
        org(&[l("Manpower")]).head(ID_PT).extra(),
        org(&[l("Internasional")]).head(ID_PT),
    ],
    sub_agent: &[person(&[l("Travel")]), person(&[])],
    employer: &[
        org(&[l("Industri")]).head(ID_PT).extra(),
        org(&[l("Niaga")]).head(l("CV")).extra(),
        org(&[l("Perkebunan")]).head(ID_PT).extra(),
    ],
};

#[rustfmt::skip]
const KE_CONS: &[Pair] = &[
    ("k", "k"), ("m", "m"), ("n", "n"), ("w", "w"), ("ng", "ng"), ("ny", "ny"), ("ch", "ch"),
    ("j", "j"), ("r", "r"), ("t", "t"), ("g", "g"), ("b", "b"), ("s", "s"), ("mb", "mb"),
    ("nd", "nd"),
];
#[rustfmt::skip]
const EA_VOWELS: &[Pair] = &[
    ("a", "a"), ("a", "a"), ("e", "e"), ("i", "i"), ("o", "o"), ("u", "u"),
];
#[rustfmt::skip]
const KE_STEM_FINALS: &[Pair] = &[
    ("", ""), ("i", "i"), ("o", "o"), ("a", "a"), ("ni", "ni"), ("ro", "ro"), ("ka", "ka"),
];
#[rustfmt::skip]
const KE_GIVEN_FINALS: &[Pair] = &[
    ("ri", "ri"), ("ne", "ne"), ("ka", "ka"), ("ta", "ta"), ("mbe", "mbe"), ("o", "o"),
    ("i", "i"), ("a", "a"),
];
#[rustfmt::skip]
const KE_FAMILY_PREFIXES: &[Pair] = &[
    ("o", "o"), ("ka", "ka"), ("wa", "wa"), ("mu", "mu"), ("ki", "ki"), ("nja", "nja"),
    ("che", "che"),
];
const KE_FAMILY_FINALS: &[Pair] = &[("o", "o"), ("u", "u"), ("i", "i"), ("a", "a"), ("go", "go")];
const KE_LEGAL: &[Word] = &[l("Ltd"), l("Limited")];

static KENYAN: Lang = Lang {
    script: "latin",
    stem: Syllables::Combo(KE_CONS, EA_VOWELS),
    stem_len: (2, 3),
    stem_finals: KE_STEM_FINALS,
    given: Syllables::Combo(KE_CONS, EA_VOWELS),
    given_len: (2, 2),
    given_finals: KE_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: KE_FAMILY_PREFIXES,
        len: (1, 2),
        finals: KE_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 0,
    extras: &[l("International"), l("Global"), l("East Africa")],
    agency: &[
        org(&[l("Recruitment Agency")]).extra().legal(),
        org(&[l("Employment Bureau")]).extra().legal(),
        org(&[l("Manpower Solutions")]).extra().legal(),
        org(&[l("Overseas Employment Agency")]).legal(),
        org(&[l("Human Resource Consultants")]).extra().legal(),
    ],
    sub_agent: &[
        person(&[l("Travel Agency")]),
        person(&[l("Placement Services")]),
        person(&[]),
    ],
    employer: &[
        org(&[l("Enterprises")]).extra().legal(),
        org(&[l("Farm")]).legal(),
        org(&[l("Hardware")]).legal(),
    ],
};

#[rustfmt::skip]
const UG_CONS: &[Pair] = &[
    ("b", "b"), ("k", "k"), ("l", "l"), ("m", "m"), ("n", "n"), ("s", "s"), ("t", "t"),
    ("w", "w"), ("y", "y"), ("g", "g"), ("z", "z"), ("ny", "ny"), ("ss", "ss"), ("kk", "kk"),
    ("mw", "mw"), ("nk", "nk"),
];
#[rustfmt::skip]
const UG_STEM_FINALS: &[Pair] = &[
    ("", ""), ("a", "a"), ("e", "e"), ("o", "o"), ("i", "i"), ("la", "la"), ("ba", "ba"),
];
#[rustfmt::skip]
const UG_GIVEN_FINALS: &[Pair] = &[
    ("to", "to"), ("ra", "ra"), ("la", "la"), ("ye", "ye"), ("bi", "bi"), ("o", "o"),
    ("a", "a"), ("e", "e"),
];
#[rustfmt::skip]
const UG_FAMILY_PREFIXES: &[Pair] = &[
    ("sse", "sse"), ("na", "na"), ("ka", "ka"), ("mu", "mu"), ("lu", "lu"), ("ki", "ki"),
    ("ba", "ba"), ("tu", "tu"),
];
#[rustfmt::skip]
const UG_FAMILY_FINALS: &[Pair] = &[
    ("a", "a"), ("e", "e"), ("o", "o"), ("i", "i"), ("la", "la"), ("ba", "ba"), ("nda", "nda"),
];
const UG_LEGAL: &[Word] = &[l("Ltd"), l("(U) Ltd"), l("Limited")];

static UGANDAN: Lang = Lang {
    script: "latin",
    stem: Syllables::Combo(UG_CONS, EA_VOWELS),
    stem_len: (2, 3),
    stem_finals: UG_STEM_FINALS,
    given: Syllables::Combo(UG_CONS, EA_VOWELS),
    given_len: (2, 2),
    given_finals: UG_GIVEN_FINALS,
    family: Family::Invented {
        prefixes: UG_FAMILY_PREFIXES,
        len: (1, 2),
        finals: UG_FAMILY_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 0,
    extras: &[l("International"), l("Global"), l("Africa")],
    agency: &[
        org(&[l("Recruitment Agency")]).extra().legal(),
        org(&[l("External Employment Services")]).legal(),
        org(&[l("Manpower Services")]).extra().legal(),
        org(&[l("Employment Agency")]).extra().legal(),
    ],
    sub_agent: &[
        person(&[l("Travels")]),
        person(&[l("Placement")]),
        person(&[]),
    ],
    employer: &[
        org(&[l("Enterprises")]).extra().legal(),
        org(&[l("Farm")]).legal(),
        org(&[l("Traders")]),
    ],
};

#[rustfmt::skip]
const MY_CONS: &[Pair] = &[
    ("b", "b"), ("d", "d"), ("h", "h"), ("j", "j"), ("k", "k"), ("l", "l"), ("m", "m"),
    ("n", "n"), ("r", "r"), ("s", "s"), ("t", "t"), ("z", "z"), ("sy", "sy"), ("w", "w"),
];
const MY_VOWELS: &[Pair] = &[("a", "a"), ("a", "a"), ("i", "i"), ("u", "u"), ("e", "e")];
#[rustfmt::skip]
const MY_STEM_FINALS: &[Pair] = &[
    ("", ""), ("n", "n"), ("m", "m"), ("r", "r"), ("h", "h"), ("l", "l"), ("an", "an"),
    ("ah", "ah"), ("in", "in"), ("i", "i"),
];
#[rustfmt::skip]
const MY_GIVEN_FINALS: &[Pair] = &[
    ("an", "an"), ("ah", "ah"), ("i", "i"), ("in", "in"), ("ul", "ul"), ("ir", "ir"),
    ("ina", "ina"), ("ira", "ira"), ("iza", "iza"), ("am", "am"),
];
const MY_LEGAL: &[Word] = &[l("Sdn. Bhd.")];

static MALAY: Lang = Lang {
    script: "latin",
    stem: Syllables::Combo(MY_CONS, MY_VOWELS),
    stem_len: (2, 3),
    stem_finals: MY_STEM_FINALS,
    given: Syllables::Combo(MY_CONS, MY_VOWELS),
    given_len: (2, 2),
    given_finals: MY_GIVEN_FINALS,
    family: Family::Patronymic(&[("bin", "bin"), ("binti", "binti")]),
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 0,
    extras: &[
        l("Jaya"),
        l("Maju"),
        l("Global"),
        l("Bersatu"),
        l("Resources"),
    ],
    agency: &[
        org(&[]).head(l("Agensi Pekerjaan")).extra().legal(),
        org(&[]).head(l("Agensi Pekerjaan")).extra().legal(),
        org(&[l("Manpower")]).extra().legal(),
        org(&[l("Employment Agency")]).extra().legal(),
    ],
    sub_agent: &[org(&[l("Travel and Tours")]).legal(), person(&[])],
    employer: &[
        org(&[]).head(l("Ladang")).legal(),
        org(&[l("Plantation")]).extra().legal(),
        org(&[l("Manufacturing")]).extra().legal(),
        org(&[l("Construction")]).extra().legal(),
        org(&[]).head(l("Kilang Papan")).legal(),
        person(&[]),
    ],
};

// Singapore: Hokkien-style trade names ("Kim Seng"), Mandarin-style given names, surname
// first.
#[rustfmt::skip]
const SG_SYL: &[Pair] = &[
    ("kim", "kim"), ("hock", "hock"), ("seng", "seng"), ("huat", "huat"), ("lian", "lian"),
    ("guan", "guan"), ("chye", "chye"), ("soon", "soon"), ("heng", "heng"), ("leong", "leong"),
    ("beng", "beng"), ("teck", "teck"), ("joo", "joo"), ("keong", "keong"), ("choon", "choon"),
    ("tat", "tat"), ("hin", "hin"), ("sin", "sin"), ("eng", "eng"), ("chuan", "chuan"),
    ("boon", "boon"), ("kiat", "kiat"), ("hup", "hup"), ("siang", "siang"), ("tiong", "tiong"),
    ("ann", "ann"), ("yong", "yong"), ("wee", "wee"), ("lip", "lip"), ("thye", "thye"),
    ("poh", "poh"), ("hwa", "hwa"), ("bee", "bee"), ("chin", "chin"), ("kok", "kok"),
    ("meng", "meng"), ("hong", "hong"), ("tong", "tong"), ("aik", "aik"), ("bak", "bak"),
    ("cheng", "cheng"), ("siong", "siong"), ("giap", "giap"), ("lai", "lai"), ("ming", "ming"),
    ("wah", "wah"), ("kee", "kee"), ("fatt", "fatt"), ("hiap", "hiap"), ("khim", "khim"),
    ("seow", "seow"), ("choo", "choo"), ("tai", "tai"), ("keat", "keat"), ("chai", "chai"),
    ("tian", "tian"), ("sheng", "sheng"),
];
#[rustfmt::skip]
const SG_GIVEN: &[Pair] = &[
    ("wei", "wei"), ("jie", "jie"), ("hui", "hui"), ("ling", "ling"), ("xin", "xin"),
    ("yi", "yi"), ("jun", "jun"), ("kai", "kai"), ("min", "min"), ("zhi", "zhi"),
    ("hao", "hao"), ("shu", "shu"), ("mei", "mei"), ("qing", "qing"), ("rui", "rui"),
    ("hong", "hong"), ("yan", "yan"), ("ting", "ting"), ("xuan", "xuan"), ("jia", "jia"),
    ("en", "en"), ("sheng", "sheng"), ("hwee", "hwee"), ("siew", "siew"), ("peng", "peng"),
    ("liang", "liang"), ("xiu", "xiu"), ("yu", "yu"), ("qi", "qi"), ("zi", "zi"),
    ("jing", "jing"), ("wen", "wen"), ("han", "han"), ("bo", "bo"), ("cheng", "cheng"),
    ("yong", "yong"), ("lin", "lin"), ("xiao", "xiao"), ("rong", "rong"), ("yue", "yue"),
    ("fang", "fang"), ("lei", "lei"), ("tao", "tao"), ("ning", "ning"), ("kang", "kang"),
];
#[rustfmt::skip]
const SG_FAMILY: &[Pair] = &[
    ("Tan", "Tan"), ("Lim", "Lim"), ("Ng", "Ng"), ("Ong", "Ong"), ("Goh", "Goh"),
    ("Chua", "Chua"), ("Koh", "Koh"), ("Teo", "Teo"), ("Toh", "Toh"), ("Chong", "Chong"),
    ("Yeo", "Yeo"), ("Sim", "Sim"), ("Low", "Low"), ("Quek", "Quek"), ("Seah", "Seah"),
    ("Kwek", "Kwek"), ("Ang", "Ang"), ("Foo", "Foo"), ("Chia", "Chia"), ("Loh", "Loh"),
    ("Pang", "Pang"), ("Soh", "Soh"), ("Yap", "Yap"),
];
const SG_LEGAL: &[Word] = &[l("Pte. Ltd.")];

static SINGAPOREAN: Lang = Lang {
    script: "latin",
    stem: Syllables::List(SG_SYL),
    stem_len: (3, 3),
    stem_finals: &[],
    given: Syllables::List(SG_GIVEN),
    given_len: (2, 2),
    given_finals: &[],
    family: Family::List(SG_FAMILY),
    family_first: true,
    honorifics: &[],
    article: None,
    spaced_latin: true,
    native_sep: " ",
    name_sep: " ",
    english_pct: 0,
    extras: &[l("International"), l("Global"), l("Asia")],
    agency: &[
        org(&[l("Employment Agency")]).extra().legal(),
        org(&[l("Manpower")]).extra().legal(),
        org(&[l("Recruitment")]).extra().legal(),
        org(&[l("Employment Services")]).extra().legal(),
    ],
    // Singapore licenses only companies as employment agencies, so sub-agents are companies.
    sub_agent: &[
        org(&[l("Travel")]).legal(),
        org(&[l("Employment Services")]).legal(),
        org(&[l("Consultancy")]).legal(),
    ],
    employer: &[
        org(&[l("Engineering")]).extra().legal(),
        org(&[l("Marine")]).extra().legal(),
        org(&[l("Construction")]).extra().legal(),
        org(&[l("Logistics")]).extra().legal(),
        person(&[]),
    ],
};

// Any other country: neutral invented Latin stems with English generic words.
#[rustfmt::skip]
const GEN_CONS: &[Pair] = &[
    ("b", "b"), ("d", "d"), ("f", "f"), ("g", "g"), ("k", "k"), ("l", "l"), ("m", "m"),
    ("n", "n"), ("p", "p"), ("r", "r"), ("s", "s"), ("t", "t"), ("v", "v"), ("z", "z"),
];
const GEN_VOWELS: &[Pair] = &[("a", "a"), ("e", "e"), ("i", "i"), ("o", "o"), ("u", "u")];
#[rustfmt::skip]
const GEN_FINALS: &[Pair] = &[
    ("", ""), ("n", "n"), ("r", "r"), ("s", "s"), ("ia", "ia"), ("on", "on"), ("ex", "ex"),
    ("is", "is"), ("a", "a"), ("el", "el"),
];
const GENERIC_LEGAL: &[Word] = &[l("Ltd."), l("Limited")];

static GENERIC: Lang = Lang {
    script: "latin",
    stem: Syllables::Combo(GEN_CONS, GEN_VOWELS),
    stem_len: (2, 3),
    stem_finals: GEN_FINALS,
    given: Syllables::Combo(GEN_CONS, GEN_VOWELS),
    given_len: (2, 2),
    given_finals: GEN_FINALS,
    family: Family::Invented {
        prefixes: &[],
        len: (2, 3),
        finals: GEN_FINALS,
    },
    family_first: false,
    honorifics: &[],
    article: None,
    spaced_latin: false,
    native_sep: " ",
    name_sep: " ",
    english_pct: 0,
    extras: &[l("International"), l("Global")],
    agency: &[
        org(&[l("Recruitment Agency")]).extra().legal(),
        org(&[l("Employment Services")]).extra().legal(),
        org(&[l("Manpower")]).extra().legal(),
    ],
    sub_agent: &[given(&[l("Travels")]), person(&[])],
    employer: &[
        org(&[l("Trading")]).extra().legal(),
        org(&[l("Construction")]).extra().legal(),
        person(&[]),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;
    use std::collections::HashSet;

    const KINDS: &[&str] = &["agency", "sub_agent", "employer"];

    fn all_countries() -> Vec<&'static str> {
        let mut all: Vec<&str> = ORIGIN_COUNTRIES
            .iter()
            .chain(DESTINATION_COUNTRIES)
            .copied()
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }

    fn in_script(script: &str, c: char) -> bool {
        let u = c as u32;
        match script {
            "devanagari" => (0x0900..=0x097F).contains(&u),
            "bengali" => (0x0980..=0x09FF).contains(&u),
            "arabic" => (0x0600..=0x06FF).contains(&u),
            "sinhala" => (0x0D80..=0x0DFF).contains(&u) || c == '\u{200D}',
            "thai" => (0x0E00..=0x0E7F).contains(&u),
            "burmese" => (0x1000..=0x109F).contains(&u),
            "ethiopic" => (0x1200..=0x137F).contains(&u),
            "han" => (0x4E00..=0x9FFF).contains(&u),
            "latin" => c.is_ascii_alphabetic(),
            _ => false,
        }
    }

    /// Combining signs must sit on a letter they can attach to; a sign after a space, at
    /// the start or after a sign it cannot follow renders as a dotted circle.
    fn well_formed(script: &str, text: &str) -> Result<(), String> {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let u = c as u32;
            let prev = i
                .checked_sub(1)
                .and_then(|p| chars.get(p))
                .map(|&p| p as u32);
            let next = chars.get(i + 1).map(|&n| n as u32);
            let prev_in = |lo: u32, hi: u32| prev.is_some_and(|p| (lo..=hi).contains(&p));
            let ok = match script {
                "devanagari" | "bengali" => {
                    let base = if script == "devanagari" {
                        0x0900
                    } else {
                        0x0980
                    };
                    let consonant = || prev_in(base + 0x15, base + 0x39);
                    let matra = (base + 0x3E..=base + 0x4C).contains(&u);
                    if matra || u == base + 0x4D {
                        consonant()
                    } else if u == base + 0x02 {
                        consonant()
                            || prev_in(base + 0x3E, base + 0x4C)
                            || prev_in(base + 0x05, base + 0x14)
                    } else {
                        true
                    }
                }
                "sinhala" => {
                    if (0x0DCA..=0x0DDF).contains(&u) {
                        prev_in(0x0D9A, 0x0DC6)
                    } else if u == 0x0D82 {
                        prev_in(0x0D9A, 0x0DC6) || prev_in(0x0DCF, 0x0DDF)
                    } else if c == '\u{200D}' {
                        prev == Some(0x0DCA) && next.is_some_and(|n| (0x0D9A..=0x0DC6).contains(&n))
                    } else {
                        true
                    }
                }
                "thai" => {
                    let consonant =
                        |x: Option<u32>| x.is_some_and(|p| (0x0E01..=0x0E2E).contains(&p));
                    let above_below =
                        |x: u32| x == 0x0E31 || (0x0E34..=0x0E3A).contains(&x) || x == 0x0E47;
                    if (0x0E40..=0x0E44).contains(&u) {
                        consonant(next)
                    } else if above_below(u) {
                        consonant(prev)
                    } else if (0x0E48..=0x0E4C).contains(&u) {
                        consonant(prev) || prev.is_some_and(above_below)
                    } else if (0x0E30..=0x0E33).contains(&u) {
                        consonant(prev) || prev_in(0x0E48, 0x0E4C) || prev_in(0x0E31, 0x0E31)
                    } else {
                        true
                    }
                }
                "burmese" if (0x102B..=0x103E).contains(&u) => {
                    prev_in(0x1000, 0x102A) || prev_in(0x102B, 0x103E)
                }
                // Teh marbuta and alef maksura only end a word.
                "arabic" if u == 0x0629 || u == 0x0649 => next.is_none_or(|n| n == ' ' as u32),
                _ => true,
            };
            if !ok {
                return Err(format!("misplaced U+{u:04X} at {i} in {text:?}"));
            }
        }
        Ok(())
    }

    fn check(script: &str, name: &InventedName) {
        let allowed = |c: char| matches!(c, ' ' | '.' | ',' | '(' | ')' | '-' | '\'');
        assert!(
            !name.native.is_empty() && !name.latin.is_empty(),
            "{name:?}"
        );
        assert!(name.latin.is_ascii(), "latin not ASCII: {name:?}");
        for text in [&name.native, &name.latin] {
            assert_eq!(text.trim(), text.as_str(), "stray space: {name:?}");
            assert!(!text.contains("  "), "double space: {name:?}");
        }
        assert!(
            name.native
                .chars()
                .all(|c| in_script(script, c) || allowed(c)),
            "native not {script}: {name:?}"
        );
        assert!(
            name.native.chars().any(|c| in_script(script, c)),
            "{name:?}"
        );
        if let Err(e) = well_formed(script, &name.native) {
            panic!("{e}: {name:?}");
        }
    }

    #[test]
    fn same_seed_same_names() {
        let draw = |seed: u64| {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let mut out = Vec::new();
            for country in all_countries() {
                for kind in KINDS {
                    let org = organization_name(&mut rng, country, kind);
                    let alias = variant_spelling(&mut rng, &org.latin);
                    out.push((org, alias));
                }
                let person = person_name(&mut rng, country);
                let alias = variant_spelling(&mut rng, &person.latin);
                out.push((person, alias));
            }
            out
        };
        assert_eq!(draw(42), draw(42));
        assert_ne!(draw(42), draw(43));
    }

    #[test]
    fn every_country_writes_its_own_script() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for country in all_countries() {
            let script = script_of(country);
            for kind in KINDS {
                for _ in 0..2_000 {
                    check(script, &organization_name(&mut rng, country, kind));
                }
            }
            for _ in 0..2_000 {
                check(script, &person_name(&mut rng, country));
            }
        }
    }

    #[test]
    fn scripts_are_the_expected_ones() {
        let expected = [
            ("NP", "devanagari"),
            ("IN", "devanagari"),
            ("BD", "bengali"),
            ("PK", "arabic"),
            ("LK", "sinhala"),
            ("TH", "thai"),
            ("MM", "burmese"),
            ("ET", "ethiopic"),
            ("SA", "arabic"),
            ("AE", "arabic"),
            ("LB", "arabic"),
            ("HK", "han"),
            ("PH", "latin"),
            ("ID", "latin"),
            ("KE", "latin"),
            ("UG", "latin"),
            ("MY", "latin"),
            ("SG", "latin"),
        ];
        for (country, script) in expected {
            assert_eq!(script_of(country), script, "{country}");
        }
        assert!(ORIGIN_COUNTRIES.len() >= 10 && DESTINATION_COUNTRIES.len() >= 8);
    }

    #[test]
    fn latin_names_sometimes_use_english_generic_words() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for (country, word) in [
            ("NP", "Manpower"),
            ("NP", "Pvt. Ltd."),
            ("BD", "Overseas"),
            ("QA", "W.L.L."),
            ("SA", "Recruitment"),
            ("SA", "Trading Est."),
            ("TH", "Co., Ltd."),
            ("MY", "Sdn. Bhd."),
            ("SG", "Pte. Ltd."),
            ("PH", "Recruitment Agency"),
            ("KE", "Employment"),
            ("HK", "International"),
            ("MY", "Ladang"),
        ] {
            let found = (0..3_000).any(|_| {
                let kind = KINDS[rng.gen_range(0..KINDS.len())];
                organization_name(&mut rng, country, kind)
                    .latin
                    .contains(word)
            });
            assert!(found, "{country} never uses {word:?}");
        }
    }

    #[test]
    fn variant_differs_and_stays_ascii() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        for country in all_countries() {
            for _ in 0..1_000 {
                let kind = KINDS[rng.gen_range(0..KINDS.len())];
                let name = organization_name(&mut rng, country, kind);
                let alias = variant_spelling(&mut rng, &name.latin);
                assert_ne!(alias, name.latin);
                assert!(alias.is_ascii() && !alias.trim().is_empty(), "{alias:?}");
                let person = person_name(&mut rng, country);
                assert_ne!(variant_spelling(&mut rng, &person.latin), person.latin);
            }
        }
        for odd in [
            "",
            " ",
            "A",
            "Ltd.",
            "X Ltd.",
            "Nepal",
            "Wing Fat Employment Centre Limited",
            "हिमाल",
        ] {
            let alias = variant_spelling(&mut rng, odd);
            assert_ne!(alias, odd);
            assert!(!alias.trim().is_empty());
        }
    }

    #[test]
    fn variant_examples_from_the_brief() {
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        let aliases: HashSet<String> = (0..2_000)
            .map(|_| variant_spelling(&mut rng, "Himshikhar Manpower Pvt. Ltd."))
            .collect();
        assert!(aliases.contains("Himshikhar Manpower Private Limited"));
        assert!(aliases.contains("Himshikhar Manpower"));
        assert!(aliases.contains("Himasikhar Manpower Pvt. Ltd."));
        // Generic words are left alone so that searching on them keeps working.
        assert!(aliases
            .iter()
            .all(|a| a.contains("Manpower") || a.contains("MANPOWER")));
    }

    #[test]
    fn unknown_country_and_kind_fall_back_to_latin() {
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        for country in ["XX", "", "zz", "Nepal", "\u{0928}\u{0947}"] {
            assert_eq!(script_of(country), "latin");
            for kind in ["agency", "sub_agent", "employer", "", "ministry"] {
                check("latin", &organization_name(&mut rng, country, kind));
            }
            check("latin", &person_name(&mut rng, country));
        }
        // Codes are matched case-insensitively.
        assert_eq!(script_of("np"), "devanagari");
    }

    #[test]
    fn well_known_people_are_not_generated() {
        let mut rng = ChaCha8Rng::seed_from_u64(13);
        for country in ["MM", "HK", "SG"] {
            for _ in 0..50_000 {
                let name = person_name(&mut rng, country);
                let core = name
                    .latin
                    .strip_prefix("U ")
                    .or_else(|| name.latin.strip_prefix("Daw "))
                    .or_else(|| name.latin.strip_prefix("Ko "))
                    .or_else(|| name.latin.strip_prefix("Ma "))
                    .unwrap_or(&name.latin);
                assert!(!is_famous(core), "{name:?}");
            }
        }
        assert!(is_famous("Lau Tak-wah"));
        for country in ["KW", "AE", "QA", "JO"] {
            for _ in 0..20_000 {
                let person = person_name(&mut rng, country);
                let employer = organization_name(&mut rng, country, "employer");
                assert!(!ends_with_ruling_family(&person.latin), "{person:?}");
                let words: Vec<&str> = employer.latin.split(' ').collect();
                let royal = words.windows(2).any(|pair| {
                    RULING_FAMILIES.contains(&format!("{} {}", pair[0], pair[1]).as_str())
                });
                assert!(!royal, "{employer:?}");
            }
        }
        assert!(clashes("Nasir Al-Sabah") && !clashes("Nasir Al Sabahi"));
    }

    /// Share of exact duplicate (country, latin) names among `total` organization names
    /// drawn with seed 7, countries and kinds picked at random.
    fn duplicate_share(total: usize) -> f64 {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let countries = all_countries();
        let mut seen: HashSet<(usize, String)> = HashSet::with_capacity(total);
        let mut duplicates = 0usize;
        for _ in 0..total {
            let c = rng.gen_range(0..countries.len());
            let kind = KINDS[rng.gen_range(0..KINDS.len())];
            let name = organization_name(&mut rng, countries[c], kind);
            if !seen.insert((c, name.latin)) {
                duplicates += 1;
            }
        }
        let share = duplicates as f64 / total as f64;
        println!(
            "duplicate (country, latin) organization names: {duplicates} of {total} ({:.3}%)",
            share * 100.0
        );
        share
    }

    #[test]
    fn duplicates_are_rare() {
        assert!(duplicate_share(100_000) < 0.005);
    }
}
