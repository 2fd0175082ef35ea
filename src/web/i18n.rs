//! Translations: one Fluent bundle per language, built once from `locales/*/main.ftl`
//! and the country names of `locales/*/countries.ftl` (compiled into the binary), and
//! the choice of language for a request.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A supported language: its code and whether it is written right to left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    pub rtl: bool,
    source: &'static str,
    countries: &'static str,
}

/// Every language of the pages, English first (the fallback).
pub const LANGUAGES: [Language; 10] = [
    lang(
        "en",
        false,
        include_str!("../../locales/en/main.ftl"),
        include_str!("../../locales/en/countries.ftl"),
    ),
    lang(
        "ne",
        false,
        include_str!("../../locales/ne/main.ftl"),
        include_str!("../../locales/ne/countries.ftl"),
    ),
    lang(
        "bn",
        false,
        include_str!("../../locales/bn/main.ftl"),
        include_str!("../../locales/bn/countries.ftl"),
    ),
    lang(
        "hi",
        false,
        include_str!("../../locales/hi/main.ftl"),
        include_str!("../../locales/hi/countries.ftl"),
    ),
    lang(
        "si",
        false,
        include_str!("../../locales/si/main.ftl"),
        include_str!("../../locales/si/countries.ftl"),
    ),
    lang(
        "tl",
        false,
        include_str!("../../locales/tl/main.ftl"),
        include_str!("../../locales/tl/countries.ftl"),
    ),
    lang(
        "id",
        false,
        include_str!("../../locales/id/main.ftl"),
        include_str!("../../locales/id/countries.ftl"),
    ),
    lang(
        "am",
        false,
        include_str!("../../locales/am/main.ftl"),
        include_str!("../../locales/am/countries.ftl"),
    ),
    lang(
        "sw",
        false,
        include_str!("../../locales/sw/main.ftl"),
        include_str!("../../locales/sw/countries.ftl"),
    ),
    lang(
        "ar",
        true,
        include_str!("../../locales/ar/main.ftl"),
        include_str!("../../locales/ar/countries.ftl"),
    ),
];

const fn lang(
    code: &'static str,
    rtl: bool,
    source: &'static str,
    countries: &'static str,
) -> Language {
    Language {
        code,
        rtl,
        source,
        countries,
    }
}

/// Marks a message that is missing, so a test (and a reader) can see it at once.
pub const MISSING: &str = "⟦missing⟧";

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<&'static str, Bundle> {
    static BUNDLES: OnceLock<HashMap<&'static str, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        LANGUAGES
            .iter()
            .enumerate()
            .filter_map(|(index, language)| {
                let id = language.code.parse().ok()?;
                let mut bundle = Bundle::new_concurrent(vec![id]);
                // Numbers in messages ("12 workers") get the language's digits.
                bundle.set_formatter(Some(number_formatter(index)));
                for source in [language.source, language.countries] {
                    let resource = match FluentResource::try_new(source.to_string()) {
                        Ok(resource) => resource,
                        Err((resource, errors)) => {
                            tracing::error!(
                                language = language.code,
                                errors = errors.len(),
                                "translation file has syntax errors"
                            );
                            resource
                        }
                    };
                    if bundle.add_resource(resource).is_err() {
                        tracing::error!(
                            language = language.code,
                            "translation file has duplicate messages"
                        );
                    }
                }
                Some((language.code, bundle))
            })
            .collect()
    })
}

// number_formatter has one arm per language.
const _: () = assert!(LANGUAGES.len() == 10);

/// The number formatter of `LANGUAGES[index]`: Fluent takes a plain function, so
/// the language is a const parameter rather than captured.
fn number_formatter<M>(index: usize) -> fn(&FluentValue, &M) -> Option<String> {
    match index {
        0 => format_number::<0, M>,
        1 => format_number::<1, M>,
        2 => format_number::<2, M>,
        3 => format_number::<3, M>,
        4 => format_number::<4, M>,
        5 => format_number::<5, M>,
        6 => format_number::<6, M>,
        7 => format_number::<7, M>,
        8 => format_number::<8, M>,
        _ => format_number::<9, M>,
    }
}

/// Whole non-negative numbers as `LANGUAGES[L]` writes them; anything else as Fluent
/// writes it.
fn format_number<const L: usize, M>(value: &FluentValue, _memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value >= 0.0 && number.value.fract() == 0.0 && number.value < 1e15;
    // The range check above makes the cast exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    whole.then(|| super::numbers::format_integer(LANGUAGES[L].code, number.value as u64))
}

/// The language of `code`, if supported (also for regional tags such as `ne-NP`,
/// and `fil` for Tagalog).
pub fn find(code: &str) -> Option<Language> {
    let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    let primary = if primary == "fil" {
        "tl".to_string()
    } else {
        primary
    };
    LANGUAGES.iter().copied().find(|l| l.code == primary)
}

/// The language for a request: `?lang=`, then the `lang` cookie, then the first
/// supported language of Accept-Language by weight, then English.
pub fn choose(
    query: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> Language {
    if let Some(language) = query.and_then(find).or_else(|| cookie.and_then(find)) {
        return language;
    }
    let mut ranked: Vec<(f32, Language)> = accept_language
        .unwrap_or_default()
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let language = find(pieces.next()?)?;
            let weight = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            (weight > 0.0).then_some((weight, language))
        })
        .collect();
    // Stable: equal weights keep the order the browser gave.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked.first().map_or(LANGUAGES[0], |(_, l)| *l)
}

/// The message id of a registry value: `prefix` and the wire name with `_` as `-`
/// (kind `sub_agent` is `kind-sub-agent`), as the catalogues name them.
pub fn message_id(prefix: &str, wire: &str) -> String {
    format!("{prefix}-{}", wire.replace('_', "-"))
}

/// A value given to a message.
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

/// Messages of one language for one page.
#[derive(Debug, Clone, Copy)]
pub struct Translator {
    pub language: Language,
}

impl Translator {
    pub fn new(language: Language) -> Translator {
        Translator { language }
    }

    pub fn code(&self) -> &'static str {
        self.language.code
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.language.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None, &[])
    }

    /// An attribute of the message `id`, e.g. `.placeholder`.
    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.format(id, Some(attribute), &[])
    }

    /// The message `id` with arguments.
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, None, args)
    }

    /// The message `id` with one text argument (the common case in templates).
    pub fn with_text(&self, id: &str, name: &str, value: &str) -> String {
        self.format(id, None, &[(name, Arg::Text(value))])
    }

    /// The message `id` with one number argument, for plurals.
    pub fn with_count(&self, id: &str, name: &str, value: i64) -> String {
        self.format(id, None, &[(name, Arg::Number(value))])
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg<'_>)]) -> String {
        let Some(bundle) = bundles().get(self.language.code) else {
            return MISSING.to_string();
        };
        let pattern = bundle.get_message(id).and_then(|message| match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        });
        let Some(pattern) = pattern else {
            tracing::warn!(language = self.language.code, id, "missing translation");
            return format!("{MISSING}{id}");
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(*text)),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// The name of the country `code` in this language ("नेपाल" for NP), or the code
    /// itself when it is not an ISO 3166-1 code.
    pub fn country(&self, code: &str) -> String {
        let id = format!("country-{}", code.trim().to_ascii_lowercase());
        match bundles().get(self.language.code) {
            Some(bundle) if bundle.has_message(&id) => self.t(&id),
            _ => code.to_string(),
        }
    }

    /// An amount of minor units as this language writes money.
    pub fn money(&self, minor: i64, currency: &str) -> String {
        super::numbers::format_money(self.language.code, minor, currency)
    }

    /// A count as this language writes it.
    pub fn count(&self, n: u64) -> String {
        super::numbers::format_integer(self.language.code, n)
    }

    /// A date as this language writes it, e.g. "12 March 2027", "Marso 12, 2027".
    pub fn date(&self, date: NaiveDate) -> String {
        let month = MONTHS
            .iter()
            .find(|(code, _)| *code == self.language.code)
            .map_or(MONTHS[0].1, |(_, names)| *names)[date.month0() as usize];
        if self.language.code == "tl" {
            format!("{month} {}, {}", date.day(), date.year())
        } else {
            format!("{} {month} {}", date.day(), date.year())
        }
    }
}

/// Month names of the Gregorian calendar per language (CLDR, format wide).
const MONTHS: [(&str, [&str; 12]); 10] = [
    (
        "en",
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    ),
    (
        "ne",
        [
            "जनवरी",
            "फेब्रुअरी",
            "मार्च",
            "अप्रिल",
            "मे",
            "जुन",
            "जुलाई",
            "अगस्ट",
            "सेप्टेम्बर",
            "अक्टोबर",
            "नोभेम्बर",
            "डिसेम्बर",
        ],
    ),
    (
        "bn",
        [
            "জানুয়ারী",
            "ফেব্রুয়ারী",
            "মার্চ",
            "এপ্রিল",
            "মে",
            "জুন",
            "জুলাই",
            "আগস্ট",
            "সেপ্টেম্বর",
            "অক্টোবর",
            "নভেম্বর",
            "ডিসেম্বর",
        ],
    ),
    (
        "hi",
        [
            "जनवरी",
            "फ़रवरी",
            "मार्च",
            "अप्रैल",
            "मई",
            "जून",
            "जुलाई",
            "अगस्त",
            "सितंबर",
            "अक्तूबर",
            "नवंबर",
            "दिसंबर",
        ],
    ),
    (
        "si",
        [
            "ජනවාරි",
            "පෙබරවාරි",
            "මාර්තු",
            "අප්‍රේල්",
            "මැයි",
            "ජූනි",
            "ජූලි",
            "අගෝස්තු",
            "සැප්තැම්බර්",
            "ඔක්තෝබර්",
            "නොවැම්බර්",
            "දෙසැම්බර්",
        ],
    ),
    (
        "tl",
        [
            "Enero",
            "Pebrero",
            "Marso",
            "Abril",
            "Mayo",
            "Hunyo",
            "Hulyo",
            "Agosto",
            "Setyembre",
            "Oktubre",
            "Nobyembre",
            "Disyembre",
        ],
    ),
    (
        "id",
        [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ],
    ),
    (
        "am",
        [
            "ጃንዩወሪ",
            "ፌብሩወሪ",
            "ማርች",
            "ኤፕሪል",
            "ሜይ",
            "ጁን",
            "ጁላይ",
            "ኦገስት",
            "ሴፕቴምበር",
            "ኦክቶበር",
            "ኖቬምበር",
            "ዲሴምበር",
        ],
    ),
    (
        "sw",
        [
            "Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
            "Oktoba", "Novemba", "Desemba",
        ],
    ),
    (
        "ar",
        [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Message ids with their attribute names, of one locale file.
    fn keys(source: &str) -> std::collections::BTreeSet<String> {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let mut out = std::collections::BTreeSet::new();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                out.insert(message.id.name.to_string());
                for attribute in &message.attributes {
                    out.insert(format!("{}.{}", message.id.name, attribute.id.name));
                }
            }
        }
        out
    }

    #[test]
    fn every_locale_has_every_message_and_parses() {
        let english = keys(LANGUAGES[0].source);
        assert!(english.len() > 250, "{}", english.len());
        for language in LANGUAGES {
            if let Err((_, errors)) = FluentResource::try_new(language.source.to_string()) {
                panic!("{}: syntax errors {errors:?}", language.code);
            }
            let theirs = keys(language.source);
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                language.code
            );
            // And the bundle takes every message (no clash with a term or a duplicate).
            let t = Translator::new(language);
            for key in &english {
                let text = match key.split_once('.') {
                    Some((id, attribute)) => t.attr(id, attribute),
                    None => t.t(key),
                };
                assert!(
                    !text.starts_with(MISSING),
                    "{}: {key} does not resolve",
                    language.code
                );
            }
        }
    }

    #[test]
    fn language_is_chosen_by_query_then_cookie_then_header() {
        assert_eq!(choose(Some("ar"), Some("ne"), Some("bn")).code, "ar");
        assert_eq!(choose(None, Some("ne"), Some("bn")).code, "ne");
        assert_eq!(
            choose(Some("xx"), None, Some("fr;q=0.9, bn;q=0.8, hi;q=0.95")).code,
            "hi"
        );
        assert_eq!(choose(None, None, Some("fil-PH")).code, "tl");
        assert_eq!(choose(None, None, Some("de")).code, "en");
        assert_eq!(choose(None, None, None).code, "en");
    }

    #[test]
    fn plurals_and_dates_follow_the_language() {
        let en = Translator::new(LANGUAGES[0]);
        assert_eq!(
            en.with_count("search-results-count", "count", 1),
            "\u{2068}1\u{2069} organization found"
        );
        assert_eq!(
            en.with_count("search-results-count", "count", 3),
            "\u{2068}3\u{2069} organizations found"
        );
        let date = NaiveDate::from_ymd_opt(2027, 3, 12).unwrap_or_default();
        assert_eq!(en.date(date), "12 March 2027");
        let tl = Translator::new(find("tl").unwrap_or(LANGUAGES[0]));
        assert_eq!(tl.date(date), "Marso 12, 2027");
        assert!(en.t("no-such-message").starts_with(MISSING));
    }
}
