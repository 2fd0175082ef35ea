//! The index's schema, built once, with its fields by name.

use tantivy::schema::{
    FacetOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
    STORED, STRING,
};
use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};
use tantivy::Index;

/// Bumped whenever documents or analysis change: an index of another version is
/// rebuilt at start.
pub const SCHEMA_VERSION: u32 = 5;

/// Terms are made by `analysis` before they reach tantivy, which only splits
/// them at spaces.
pub const TERMS_TOKENIZER: &str = "fairrecruit_terms";

/// The fields of one organization's document.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The organization id, for replacing a document.
    pub id: Field,
    /// Terms of the name and every alias.
    pub names: Field,
    /// Terms of linked people's names.
    pub people: Field,
    /// The words of names and people's names together (no joined pairs): the one
    /// field near misses are looked up in, so each query word builds one automaton.
    pub words: Field,
    /// Beginnings of name words (see `analysis::prefix_terms`), for type-ahead.
    pub prefixes: Field,
    /// Consonant skeletons of name words (see `analysis::skeleton`).
    pub skeletons: Field,
    /// Licence numbers, folded, with their tails.
    pub licences: Field,
    /// Each name reduced to its distinctive words, for the exact-name boost.
    pub name_keys: Field,
    /// Ids of linked people, for links through one person record.
    pub person_ids: Field,
    /// Name-and-identifier keys of linked people (see `documents::identity_keys`),
    /// for links through two records of one person.
    pub identities: Field,
    /// Contact keys (addresses, telephones, e-mails), for links by shared contact.
    pub contacts: Field,
    /// `/kind/..`, `/country/..`, `/licence_status/..`, `/sanctioned/..`.
    pub facets: Field,
    /// What a result shows, as JSON, so a page of hits needs no database.
    pub summary: Field,
    /// The day (days since 1970-01-01) on which a licence or sanction of this
    /// organization next changes by date alone; the indexer re-indexes it then.
    pub refresh_on: Field,
}

pub fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    // No field norms: every result already holds every distinctive word, and a
    // longer name must not lose to a shorter one that holds fewer of the query's
    // words; an exact name has its own boost (`name_keys`).
    let terms = || {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TERMS_TOKENIZER)
                .set_fieldnorms(false)
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let fields = Fields {
        id: builder.add_text_field("id", STRING),
        names: builder.add_text_field("names", terms()),
        people: builder.add_text_field("people", terms()),
        words: builder.add_text_field("words", terms()),
        skeletons: builder.add_text_field("skeletons", terms()),
        prefixes: builder.add_text_field(
            "prefixes",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(TERMS_TOKENIZER)
                    .set_fieldnorms(false)
                    .set_index_option(IndexRecordOption::Basic),
            ),
        ),
        licences: builder.add_text_field("licences", terms()),
        name_keys: builder.add_text_field("name_keys", STRING),
        person_ids: builder.add_text_field("person_ids", STRING),
        identities: builder.add_text_field("identities", STRING),
        contacts: builder.add_text_field("contacts", STRING),
        facets: builder.add_facet_field("facets", FacetOptions::default()),
        summary: builder.add_text_field("summary", STORED),
        refresh_on: builder.add_i64_field("refresh_on", NumericOptions::default().set_indexed()),
    };
    (builder.build(), fields)
}

/// Registers the tokenizer the schema names; needed on every opened index.
pub fn register_tokenizer(index: &Index) {
    index.tokenizers().register(
        TERMS_TOKENIZER,
        TextAnalyzer::builder(WhitespaceTokenizer::default()).build(),
    );
}
