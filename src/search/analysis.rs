//! How names, licence numbers and queries become the words the index holds. The
//! same functions run at index time and at query time, so both sides always agree.

/// Generic words and legal forms: they say what kind of business it is, not which
/// one. A query's generic words only add to the score; they are never required.
/// Words are in their folded form (see [`words`]), so "W.L.L." is "w", "l", "l".
const GENERIC_WORDS: &[&str] = &[
    "manpower",
    "overseas",
    "international",
    "intl",
    "int",
    "recruitment",
    "recruitments",
    "recruiting",
    "recruiter",
    "recruiters",
    "agency",
    "agencies",
    "employment",
    "services",
    "service",
    "svc",
    "svcs",
    "consultancy",
    "consultants",
    "consultant",
    "consulting",
    "pvt",
    "private",
    "pte",
    "ltd",
    "limited",
    "co",
    "company",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "llc",
    "llp",
    "plc",
    "pt",
    "cv",
    "bv",
    "gmbh",
    "ag",
    "sa",
    "sdn",
    "bhd",
    "wll",
    "est",
    "establishment",
    "group",
    "global",
    "and",
    "the",
    "of",
    "human",
    "resources",
    "resource",
    "hr",
    "placement",
    "travels",
    "travel",
    "tours",
    "trading",
    "enterprise",
    "enterprises",
    "solutions",
    "worldwide",
];

/// Legal forms written with dots or spaces fold into several one-letter words
/// ("W.L.L.", "Pvt. Ltd.", "Sdn. Bhd."); these runs are joined back before the
/// generic test so they are recognised.
const DOTTED_FORMS: &[&[&str]] = &[&["w", "l", "l"], &["l", "l", "c"], &["p", "l", "c"]];

/// True for a generic word or legal form (folded).
pub fn is_generic(word: &str) -> bool {
    GENERIC_WORDS.contains(&word) || DOTTED_FORMS.iter().any(|form| form.concat() == word)
}

/// The words of a name or query: transliterated to Latin (any script), diacritics
/// and case folded, split at anything that is not a letter or digit and where a
/// lower-case letter meets an upper-case one ("SiemensAG" is "siemens", "ag").
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Split before transliterating, at spaces and punctuation only: vowel signs and
    // viramas of Indic scripts are not alphanumeric but belong to their word.
    for chunk in text.split(is_separator) {
        if chunk.is_empty() {
            continue;
        }
        let latin = if chunk.is_ascii() {
            chunk.to_string()
        } else {
            any_ascii::any_ascii(chunk)
        };
        for part in latin.split(|c: char| !c.is_ascii_alphanumeric()) {
            split_case(part, &mut out);
        }
    }
    join_dotted_forms(out)
}

/// Spaces and punctuation of any script.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || c.is_control()
        || matches!(c,
            '\u{00A1}'..='\u{00BF}' // Latin-1 punctuation and symbols
            | '\u{2010}'..='\u{206F}' // general punctuation
            | '\u{3000}'..='\u{303F}' // CJK punctuation
            | '\u{FF01}'..='\u{FF0F}' // full-width punctuation
            | '\u{FF1A}'..='\u{FF20}'
            | '\u{0964}' | '\u{0965}' // danda
            | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' // Arabic
            | '\u{0E2F}' | '\u{0E5A}' | '\u{0E5B}' // Thai
            | '\u{1361}'..='\u{1368}' // Ethiopic
        )
}

/// A word's consonant skeleton, a loose phonetic key that lets a Latin spelling
/// meet a transliteration that wrote no vowels (Arabic) or other ones (Indic
/// scripts): vowels, w, y and an h after a consonant dropped, c and q read as k,
/// doubled letters once, m read as n and a g after n dropped (a nasal is written
/// either way: "Lanka" and "Lmka", "Bangla" and "Bamla"). "noor", "nur" and "nwr"
/// share "nr".
pub fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut previous: Option<char> = None;
    for c in word.chars() {
        let c = match c {
            'c' | 'q' => 'k',
            'z' => 'j',
            'v' => 'b',
            'm' => 'n',
            other => other,
        };
        let vowel_like = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'w' | 'y');
        let soft_h =
            c == 'h' && previous.is_some_and(|p| !matches!(p, 'a' | 'e' | 'i' | 'o' | 'u'));
        let nasal_g = c == 'g' && previous == Some('n');
        if !vowel_like && !soft_h && !nasal_g && !out.ends_with(c) {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

/// Shortest skeleton used: shorter ones match too much.
pub const MIN_SKELETON: usize = 3;

/// True when a name holds letters beyond the Latin alphabets: only such names get
/// skeletons, so a Latin name is matched by its spelling (with typos bounded by
/// `allowed_edits`), never by its consonants alone.
pub fn needs_skeleton(name: &str) -> bool {
    name.chars().any(|c| c.is_alphabetic() && c > '\u{024F}')
}

/// The skeleton terms of a name: of each word and of each joined pair, where long
/// enough; none for a Latin name (see `needs_skeleton`).
pub fn skeleton_terms(name: &str) -> Vec<String> {
    skeleton_terms_of(name, &words(name))
}

/// `skeleton_terms` of a name whose `words` are already known.
pub fn skeleton_terms_of(name: &str, words: &[String]) -> Vec<String> {
    if !needs_skeleton(name) {
        return Vec::new();
    }
    let mut terms: Vec<String> = terms_of(words)
        .iter()
        .map(|t| skeleton(t))
        .filter(|s| s.len() >= MIN_SKELETON)
        .collect();
    terms.sort_unstable();
    terms.dedup();
    terms
}

/// Splits "SiemensAG" into "siemens", "ag" and "BeiJing" into "bei", "jing";
/// "ABC" and "abc" stay whole.
fn split_case(part: &str, out: &mut Vec<String>) {
    let mut current = String::new();
    let mut previous_lower = false;
    for c in part.chars() {
        if c.is_ascii_uppercase() && previous_lower && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
}

fn join_dotted_forms(words: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    'outer: while i < words.len() {
        for form in DOTTED_FORMS {
            let end = i + form.len();
            if end <= words.len() && words[i..end].iter().zip(form.iter()).all(|(w, f)| w == f) {
                out.push(form.concat());
                i = end;
                continue 'outer;
            }
        }
        out.push(words[i].clone());
        i += 1;
    }
    out
}

/// The terms a name is indexed under: its words, and each pair of neighbouring
/// words joined, so that "Good Will" and "Goodwill" find each other both ways.
pub fn name_terms(name: &str) -> Vec<String> {
    terms_of(&words(name))
}

/// `name_terms` of a name's words.
pub fn terms_of(words: &[String]) -> Vec<String> {
    let mut terms = words.to_vec();
    terms.extend(words.windows(2).map(|pair| pair.concat()));
    terms
}

/// Shortest beginning of a word indexed for type-ahead.
pub const MIN_PREFIX: usize = 2;
/// Longest beginning indexed; a word typed further matches whole or as a near miss.
pub const MAX_PREFIX: usize = 16;

/// The beginnings of a name's words (edge n-grams, `MIN_PREFIX` to `MAX_PREFIX`
/// letters, shorter than the word), so the word being typed is one term lookup
/// whatever the number of words it could become.
pub fn prefix_terms(name: &str) -> Vec<String> {
    prefix_terms_of(&words(name))
}

/// `prefix_terms` of a name's words.
pub fn prefix_terms_of(words: &[String]) -> Vec<String> {
    let mut terms = Vec::new();
    for word in words {
        // Words are ASCII after folding, so every byte is a letter boundary.
        for end in MIN_PREFIX..word.len().min(MAX_PREFIX + 1) {
            if let Some(prefix) = word.get(..end) {
                terms.push(prefix.to_string());
            }
        }
    }
    terms.sort_unstable();
    terms.dedup();
    terms
}

/// A name reduced to its distinctive words in order, for the exact-name match:
/// "Al-Noor Manpower Pvt. Ltd." and "al noor" share it.
pub fn name_key(name: &str) -> String {
    name_key_of(&words(name))
}

/// `name_key` of a name's words.
pub fn name_key_of(words: &[String]) -> String {
    let distinctive: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !is_generic(w))
        .collect();
    if distinctive.is_empty() {
        words.join(" ")
    } else {
        distinctive.join(" ")
    }
}

/// A licence number's groups: letters and digits apart, leading zeros of digit
/// groups dropped, lower case. "POEA-123-LB-031522-R" is poea, 123, lb, 31522, r.
fn licence_groups(number: &str) -> Vec<String> {
    let mut groups: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_digits = false;
    let folded = any_ascii::any_ascii(number);
    for c in folded.chars().filter(char::is_ascii_alphanumeric) {
        let digit = c.is_ascii_digit();
        if !current.is_empty() && digit != current_digits {
            groups.push(std::mem::take(&mut current));
        }
        current_digits = digit;
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        groups.push(current);
    }
    groups
        .into_iter()
        .map(|g| {
            if g.starts_with(|c: char| c.is_ascii_digit()) {
                let trimmed = g.trim_start_matches('0');
                if trimmed.is_empty() {
                    "0".to_string()
                } else {
                    trimmed.to_string()
                }
            } else {
                g
            }
        })
        .collect()
}

/// Shortest tail of a licence number indexed on its own.
const MIN_LICENCE_TAIL: usize = 4;

/// The terms a licence number is indexed under: the whole number folded, and each
/// tail that starts at a group and still holds a digit, so a number written
/// without its authority prefix ("123LB031522R") still matches.
pub fn licence_terms(number: &str) -> Vec<String> {
    let groups = licence_groups(number);
    let mut terms = Vec::new();
    for start in 0..groups.len() {
        let tail = groups[start..].concat();
        let has_digit = tail.chars().any(|c| c.is_ascii_digit());
        let wanted = start == 0 || (has_digit && tail.len() >= MIN_LICENCE_TAIL);
        if wanted && !terms.contains(&tail) {
            terms.push(tail);
        }
    }
    terms.retain(|t| !t.is_empty());
    terms
}

/// A query read as a licence number: the folded whole, if it holds a digit.
pub fn licence_query_key(query: &str) -> Option<String> {
    let key = licence_groups(query).concat();
    key.chars().any(|c| c.is_ascii_digit()).then_some(key)
}

/// How many edits a query word may be away from an indexed word: none below 4
/// characters (short words would match half the registry), one from 4, two from 8.
pub fn allowed_edits(word: &str) -> u8 {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_diacritics_and_punctuation() {
        assert_eq!(
            words("Al-Noor Manpower Pvt. Ltd."),
            ["al", "noor", "manpower", "pvt", "ltd"]
        );
        assert_eq!(words("Société Générale"), ["societe", "generale"]);
        assert_eq!(words("SiemensAG"), ["siemens", "ag"]);
        assert_eq!(words("ABC Travels W.L.L."), ["abc", "travels", "wll"]);
    }

    #[test]
    fn other_scripts_are_transliterated() {
        assert_eq!(words("नेपाल"), ["nepal"]);
        assert_eq!(words("हिमशिखर जनशक्ति").len(), 2);
        assert_eq!(words("Москва Труд"), ["moskva", "trud"]);
        let chinese = words("北京");
        assert_eq!(chinese, ["bei", "jing"]);
        assert!(name_terms("北京").contains(&"beijing".to_string()));
    }

    #[test]
    fn generic_words_leave_the_name_key() {
        assert_eq!(name_key("Al-Noor Manpower Pvt. Ltd."), "al noor");
        assert_eq!(name_key("Al Noor Manpower Services"), "al noor");
        assert_eq!(name_key("Manpower Services"), "manpower services");
    }

    #[test]
    fn licence_numbers_match_in_any_punctuation() {
        let terms = licence_terms("POEA-123-LB-031522-R");
        assert!(terms.contains(&"poea123lb31522r".to_string()));
        assert_eq!(
            licence_query_key("123LB031522R").as_deref(),
            Some("123lb31522r")
        );
        assert!(terms.contains(&"123lb31522r".to_string()));
        assert_eq!(
            licence_query_key("poea 123 lb 31522 r").as_deref(),
            Some("poea123lb31522r")
        );
        assert_eq!(licence_query_key("Al Noor"), None);
    }

    #[test]
    fn skeletons_meet_across_scripts() {
        assert_eq!(skeleton("noor"), "nr");
        assert_eq!(skeleton("nwr"), "nr");
        assert_eq!(skeleton("alnoor"), skeleton(&words("النور").concat()));
        let devanagari = words("हिमशिखर").concat();
        assert_eq!(skeleton("himshikhar"), skeleton(&devanagari));
        assert_eq!(skeleton("janashakti"), skeleton(&words("जनशक्ति").concat()));
        assert_eq!(skeleton("lanka"), skeleton(&words("ලංකා").concat()));
        assert_eq!(skeleton("bangla"), skeleton(&words("বাংলা").concat()));
        assert!(skeleton_terms("Everest Skyline").is_empty());
    }

    #[test]
    fn edits_grow_with_word_length() {
        assert_eq!(allowed_edits("noor"), 1);
        assert_eq!(allowed_edits("al"), 0);
        assert_eq!(allowed_edits("goodwill"), 2);
    }
}
