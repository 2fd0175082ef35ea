//! Searching organizations: the filters of the list, checked the same way, with
//! relevance ranking and facet counts from the search index.

use super::organizations::{
    country_filter, today, OrganizationFilter, OrganizationPage, OrganizationSummary, QueryUsed,
};
use super::paging;
use crate::error::Error;
use crate::search::{
    self, Facets, Filters, OrganizationDocument, SearchIndex, MAX_OFFSET, MAX_QUERY_CHARS,
};

/// True when the list must come from the search index: a text query, or a filter
/// only the index knows (`sanctioned`, `linked_to_sanctioned`).
pub fn wants_search(filter: &OrganizationFilter) -> bool {
    filter.q.as_deref().is_some_and(|q| !q.trim().is_empty())
        || filter.sanctioned.is_some()
        || filter.linked_to_sanctioned == Some(true)
}

/// A search cursor: the offset of the next page.
fn offset(cursor: Option<&str>) -> Result<usize, Error> {
    let Some(cursor) = cursor else { return Ok(0) };
    cursor
        .strip_prefix("offset:")
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n <= MAX_OFFSET)
        .ok_or_else(|| Error::invalid("cursor", "is not a cursor this search returned"))
}

/// A page of matching organizations as the index stores them, for faces that show
/// more than a list row (the search page shows licence dates and fees).
pub struct Found {
    /// Relevance and document, best first.
    pub hits: Vec<(f32, OrganizationDocument)>,
    pub total: usize,
    pub facets: Facets,
    pub next_cursor: Option<String>,
    pub query: QueryUsed,
}

/// One page of organizations matching `filter.q` and the filters, best first.
pub fn find_organizations(
    index: &SearchIndex,
    filter: &OrganizationFilter,
) -> Result<Found, Error> {
    let limit = paging::page_size(filter.limit)? as usize;
    let offset = offset(filter.cursor.as_deref())?;
    let country = filter.country.as_deref().map(country_filter).transpose()?;
    let filters = Filters {
        kind: filter.kind.map(|k| k.as_str().to_string()),
        country,
        licence_status: filter.licence_status.map(|s| s.as_str().to_string()),
        sanctioned: filter.sanctioned,
        linked_to_sanctioned: filter.linked_to_sanctioned,
    };
    let (q, truncated) = search::query::truncate(filter.q.as_deref().unwrap_or_default());
    let results = search::search(index, &q, &filters, offset, limit)?;
    let shown = offset + results.hits.len();
    let next_cursor = (shown < results.total && shown <= MAX_OFFSET && !results.hits.is_empty())
        .then(|| format!("offset:{shown}"));
    Ok(Found {
        hits: results.hits,
        total: results.total,
        facets: results.facets,
        next_cursor,
        query: QueryUsed {
            q,
            truncated,
            max_chars: MAX_QUERY_CHARS,
        },
    })
}

/// One page of organizations matching `filter.q` and the filters, best first, as
/// list rows.
pub fn search_organizations(
    index: &SearchIndex,
    filter: &OrganizationFilter,
) -> Result<OrganizationPage, Error> {
    let found = find_organizations(index, filter)?;
    let as_of = today();
    let items = found
        .hits
        .into_iter()
        .map(|(score, doc)| OrganizationSummary::from_document(doc, as_of, Some(score)))
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(OrganizationPage {
        items,
        next_cursor: found.next_cursor,
        total: Some(found.total),
        facets: Some(found.facets),
        query: Some(found.query),
    })
}
