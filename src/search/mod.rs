//! Search: a tantivy index of organizations, fed from the event log.
//!
//! `analysis` folds names and licence numbers into terms; `documents` reads the
//! public facts of organizations from the database; `index` keeps the index on
//! disk and follows the log; `query` builds queries from user text; `indexer`
//! runs the follower in the background of `serve`.

pub mod analysis;
pub mod documents;
pub mod index;
pub mod indexer;
pub mod query;
pub mod schema;

use std::collections::BTreeMap;

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, TopDocs};
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
    let query = query::build(&searcher, &fields, q, filters);
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
