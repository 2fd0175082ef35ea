//! Turning what someone typed into a tantivy query. User text never reaches
//! tantivy's query parser: every query is built here from analysed words, so any
//! text is a valid query.

use tantivy::query::{BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use super::analysis;
use super::fuzzy::NearMissQuery;
use super::min_match::MinMatchQuery;
use super::schema::Fields;
use super::SearchIndex;
use crate::error::Error;
use tantivy::collector::TopDocs;

/// Longest query read, in characters; the rest is ignored (and the answer says so).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words of a query used.
const MAX_WORDS: usize = 12;

/// Weights: an exact licence number or exact name beats any combination of words;
/// a word spelt right beats a near miss; a person's name counts less than the
/// organization's own names; generic words only break ties.
const LICENCE_BOOST: f32 = 40.0;
const NAME_KEY_BOOST: f32 = 20.0;
const EXACT_BOOST: f32 = 2.0;
const FUZZY_BOOST: f32 = 0.8;
const PREFIX_BOOST: f32 = 0.6;
const PEOPLE_BOOST: f32 = 0.4;
const GENERIC_SCORE: f32 = 1.0;
const SKELETON_SCORE: f32 = 0.3;

/// Filters: facets the document must carry, and the linked-to-sanctioned test.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub kind: Option<String>,
    pub country: Option<String>,
    pub licence_status: Option<String>,
    pub sanctioned: Option<bool>,
    /// Only organizations, not flagged themselves, that share a person record, an
    /// address, a telephone or an e-mail with one whose licence is revoked or
    /// suspended or that has a sanction in force.
    pub linked_to_sanctioned: Option<bool>,
}

impl Filters {
    fn facets(&self) -> Vec<Facet> {
        let mut out = Vec::new();
        if let Some(kind) = &self.kind {
            out.push(Facet::from_path(["kind", kind.as_str()]));
        }
        if let Some(country) = &self.country {
            out.push(Facet::from_path(["country", country.as_str()]));
        }
        if let Some(status) = &self.licence_status {
            out.push(Facet::from_path(["licence_status", status.as_str()]));
        }
        if let Some(sanctioned) = self.sanctioned {
            out.push(Facet::from_path([
                "sanctioned",
                if sanctioned { "yes" } else { "no" },
            ]));
        }
        out
    }
}

/// The query text actually used, and whether it was cut.
pub fn truncate(q: &str) -> (String, bool) {
    let trimmed = q.trim();
    if trimmed.chars().count() > MAX_QUERY_CHARS {
        (trimmed.chars().take(MAX_QUERY_CHARS).collect(), true)
    } else {
        (trimmed.to_string(), false)
    }
}

/// Builds the query for `q` (already truncated) with `filters`. An empty `q`
/// matches every organization that passes the filters.
pub fn build(searcher: &Searcher, fields: &Fields, q: &str, filters: &Filters) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(text) = text_query(searcher, fields, q) {
        clauses.push((Occur::Must, text));
    }
    for facet in filters.facets() {
        let term = Term::from_facet(fields.facets, &facet);
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    if clauses.is_empty() {
        return Box::new(tantivy::query::AllQuery);
    }
    Box::new(BooleanQuery::new(clauses))
}

/// Flagged organizations the linked-to-sanctioned filter reads the keys of, at most.
pub const MAX_FLAGGED: usize = 10_000;

/// Organizations sharing a person (one record, or two records whose name and
/// identifiers agree) or a contact with a flagged one (licence revoked or
/// suspended, or a sanction in force), themselves not flagged.
pub fn linked_to_flagged(
    index: &SearchIndex,
    searcher: &Searcher,
) -> Result<Box<dyn Query>, Error> {
    let fields = index.fields();
    let facet = |path: [&str; 2]| -> (Occur, Box<dyn Query>) {
        let term = Term::from_facet(fields.facets, &Facet::from_path(path));
        (
            Occur::Should,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        )
    };
    let flagged = || {
        BooleanQuery::new(vec![
            facet(["sanctioned", "yes"]),
            facet(["licence_status", "revoked"]),
            facet(["licence_status", "suspended"]),
        ])
    };
    let top = searcher
        .search(
            &flagged(),
            &TopDocs::with_limit(MAX_FLAGGED).order_by_score(),
        )
        .map_err(|e| Error::Internal(format!("search failed: {e}")))?;
    let mut keys: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (_, address) in top {
        let doc = index.stored(searcher, address)?;
        let identities = doc
            .identities
            .iter()
            .filter_map(|k| super::documents::matching_identity_key(k))
            .map(|k| (fields.identities, k));
        for (field, value) in doc
            .person_ids
            .iter()
            .map(|p| (fields.person_ids, p.clone()))
            .chain(identities)
            .chain(doc.contacts.iter().map(|c| (fields.contacts, c.clone())))
        {
            let term = Term::from_field_text(field, &value);
            if seen.insert((field, value)) {
                keys.push((
                    Occur::Should,
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                ));
            }
        }
    }
    if keys.is_empty() {
        return Ok(Box::new(tantivy::query::EmptyQuery));
    }
    Ok(Box::new(BooleanQuery::new(vec![
        (
            Occur::Must,
            Box::new(BooleanQuery::new(keys)) as Box<dyn Query>,
        ),
        (Occur::MustNot, Box::new(flagged())),
    ])))
}

/// The part of the query that reads the text: a licence number, an exact name, or
/// the words of a name in any order, each allowed a few typos.
fn text_query(searcher: &Searcher, fields: &Fields, q: &str) -> Option<Box<dyn Query>> {
    let mut words = analysis::words(q);
    words.truncate(MAX_WORDS);
    let licence_key = analysis::licence_query_key(q);
    if words.is_empty() && licence_key.is_none() {
        return None;
    }
    // Generic by the list, or by use: a word in a large share of all names ("sewa",
    // "sharikat", "ejensi": the same words in other languages) cannot pick out one
    // organization either.
    let generic: Vec<bool> = words
        .iter()
        .map(|w| analysis::is_generic(w) || is_common(searcher, fields, w))
        .collect();
    // Without a distinctive word ("Manpower Services"), the generic ones are all there is.
    let all_generic = generic.iter().all(|g| *g);
    let distinctive: Vec<bool> = generic.iter().map(|g| all_generic || !g).collect();
    let type_ahead = !q.ends_with(char::is_whitespace);

    let mut required: Vec<Box<dyn Query>> = Vec::new();
    let mut optional: Vec<Box<dyn Query>> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if distinctive[i] {
            let previous = i.checked_sub(1).and_then(|p| words.get(p));
            let next = words.get(i + 1);
            let last = i + 1 == words.len();
            required.push(word_clause(
                fields,
                word,
                previous,
                next,
                last && type_ahead,
            ));
        } else {
            // A generic word only counts when spelt out; it never widens the search.
            // A constant: how common the word is says nothing here, and a name
            // that holds more of the query's words must beat a shorter one.
            optional.push(Box::new(ConstScoreQuery::new(
                term(fields.names, word),
                GENERIC_SCORE,
            )));
        }
    }

    let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if !required.is_empty() {
        // Every distinctive word must match, but one may be missing from a long query.
        let may_miss = usize::from(required.len() >= 3);
        let words_query = MinMatchQuery::new(required, may_miss, optional);
        alternatives.push((Occur::Should, Box::new(words_query)));

        let key = analysis::name_key(q);
        let exact = TermQuery::new(
            Term::from_field_text(fields.name_keys, &key),
            IndexRecordOption::Basic,
        );
        alternatives.push((
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(exact), NAME_KEY_BOOST)),
        ));
    }
    if let Some(key) = licence_key {
        let number = TermQuery::new(
            Term::from_field_text(fields.licences, &key),
            IndexRecordOption::Basic,
        );
        alternatives.push((
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(number), LICENCE_BOOST)),
        ));
    }
    Some(Box::new(BooleanQuery::new(alternatives)))
}

/// Share of all organizations whose names or people's names hold a word, above which
/// the word counts as generic: at 10^6 organizations only words of kind and legal
/// form (in any language) reach it, never a name.
const COMMON_SHARE: f64 = 0.01;
/// Fewest organizations a common word is in, so a small registry has none.
const MIN_COMMON_DOCS: u64 = 1_000;

fn is_common(searcher: &Searcher, fields: &Fields, word: &str) -> bool {
    let Ok(found) = searcher.doc_freq(&Term::from_field_text(fields.words, word)) else {
        return false;
    };
    let threshold = (searcher.num_docs() as f64 * COMMON_SHARE) as u64;
    found >= threshold.max(MIN_COMMON_DOCS)
}

/// One query word, matched in names and people's names: exactly, within its
/// allowed edits, joined with its neighbour ("good" + "will" = "goodwill"), and as
/// a prefix when it is the word being typed.
fn word_clause(
    fields: &Fields,
    word: &str,
    previous: Option<&String>,
    next: Option<&String>,
    prefix: bool,
) -> Box<dyn Query> {
    let mut options: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut add = |query: Box<dyn Query>, boost: f32| {
        options.push((Occur::Should, Box::new(BoostQuery::new(query, boost))));
    };
    let joined: Vec<String> = [
        previous.map(|p| format!("{p}{word}")),
        next.map(|n| format!("{word}{n}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (field, weight) in [(fields.names, 1.0), (fields.people, PEOPLE_BOOST)] {
        add(term(field, word), EXACT_BOOST * weight);
        for pair in &joined {
            add(term(field, pair), EXACT_BOOST * weight);
        }
    }
    // Near misses: one automaton per word, over names and people's names at once
    // (building an automaton is the costly part of a fuzzy query).
    let edits = analysis::allowed_edits(word);
    if edits > 0 {
        let near_miss = NearMissQuery::new(fields.words, word, edits);
        add(Box::new(near_miss), FUZZY_BOOST);
    }
    if prefix && (analysis::MIN_PREFIX..=analysis::MAX_PREFIX).contains(&word.len()) {
        let beginning = TermQuery::new(
            Term::from_field_text(fields.prefixes, word),
            IndexRecordOption::Basic,
        );
        add(Box::new(beginning), PREFIX_BOOST);
    }
    // A name written in another script may only meet the query on its consonants.
    let mut skeletons: Vec<String> = std::iter::once(word.to_string())
        .chain(joined)
        .map(|w| analysis::skeleton(&w))
        .filter(|s| s.len() >= analysis::MIN_SKELETON)
        .collect();
    skeletons.dedup();
    // A constant score: a consonant match is a fallback for another script and must
    // not outrank a spelling match however rare its skeleton is.
    for skeleton in skeletons {
        let query = ConstScoreQuery::new(term(fields.skeletons, &skeleton), SKELETON_SCORE);
        options.push((Occur::Should, Box::new(query)));
    }
    Box::new(BooleanQuery::new(options))
}

/// A word in a field, scored by how rare it is and not by how often the document
/// holds it: an organization with three aliases repeating "Karmasangsthan Seba"
/// must not outrank the one whose own word a typo almost matched.
fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}
