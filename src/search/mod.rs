//! Search: a tantivy index of organizations, fed from the event log.
//!
//! `analysis` folds names and licence numbers into terms; `documents` reads the
//! public facts of organizations from the database; `index` keeps the index on
//! disk and follows the log; `query` builds queries from user text; `indexer`
//! runs the follower in the background of `serve`.

pub mod analysis;
pub mod documents;
pub mod fuzzy;
pub mod index;
pub mod indexer;
pub mod min_match;
pub mod query;
pub mod schema;

use std::collections::BTreeMap;

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;
use utoipa::ToSchema;

pub use documents::OrganizationDocument;
pub use index::SearchIndex;
pub use query::{Filters, MAX_QUERY_CHARS};

use crate::error::Error;

/// Deepest result reachable by paging: relevance beyond it is noise.
pub const MAX_OFFSET: usize = 1_000;

/// Counts of matching organizations per value of each facet.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Facets {
    pub kind: BTreeMap<String, u64>,
    pub country: BTreeMap<String, u64>,
    pub licence_status: BTreeMap<String, u64>,
    /// `yes` (a sanction in force today) and `no`.
    pub sanctioned: BTreeMap<String, u64>,
}

/// One page of results.
#[derive(Debug, Clone)]
pub struct SearchResults {
    /// Relevance (only comparable within one answer) and the stored document.
    pub hits: Vec<(f32, OrganizationDocument)>,
    /// How many organizations match in all.
    pub total: usize,
    pub facets: Facets,
}

impl SearchIndex {
    /// Ids of organizations with any of these contact keys, at most `limit`.
    pub fn sharing_contacts(&self, keys: &[&str], limit: usize) -> Result<Vec<String>, Error> {
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let searcher = self.searcher();
        let fields = self.fields();
        let clauses: Vec<(Occur, Box<dyn Query>)> = keys
            .iter()
            .map(|k| {
                let term = Term::from_field_text(fields.contacts, k);
                (
                    Occur::Should,
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
                )
            })
            .collect();
        let top = searcher
            .search(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(limit).order_by_score(),
            )
            .map_err(|e| Error::Internal(format!("search failed: {e}")))?;
        top.into_iter()
            .map(|(_, address)| Ok(self.stored(&searcher, address)?.id))
            .collect()
    }
}

/// Searches `q` (already truncated to `MAX_QUERY_CHARS`) with filters, returning
/// `limit` hits from `offset`, the total and the facet counts of all matches.
pub fn search(
    index: &SearchIndex,
    q: &str,
    filters: &Filters,
    offset: usize,
    limit: usize,
) -> Result<SearchResults, Error> {
    let searcher = index.searcher();
    let fields = index.fields();
    let mut query = query::build(&searcher, &fields, q, filters);
    if filters.linked_to_sanctioned == Some(true) {
        query = Box::new(BooleanQuery::new(vec![
            (Occur::Must, query),
            (Occur::Must, query::linked_to_flagged(index, &searcher)?),
        ]));
    }
    let mut facet_collector = FacetCollector::for_field("facets");
    for facet in ["/kind", "/country", "/licence_status", "/sanctioned"] {
        facet_collector.add_facet(facet);
    }
    let top = TopDocs::with_limit(limit.max(1))
        .and_offset(offset)
        .order_by_score();
    let (top, total, facet_counts) = searcher
        .search(&query, &(top, Count, facet_collector))
        .map_err(|e| Error::Internal(format!("search failed: {e}")))?;

    let mut facets = Facets::default();
    for (name, map) in [
        ("/kind", &mut facets.kind),
        ("/country", &mut facets.country),
        ("/licence_status", &mut facets.licence_status),
        ("/sanctioned", &mut facets.sanctioned),
    ] {
        for (facet, count) in facet_counts.get(name) {
            if let Some(value) = facet.to_path().last() {
                map.insert((*value).to_string(), count);
            }
        }
    }
    let mut hits = Vec::with_capacity(top.len());
    for (score, address) in top.into_iter().take(limit) {
        hits.push((score, index.stored(&searcher, address)?));
    }
    Ok(SearchResults {
        hits,
        total,
        facets,
    })
}
