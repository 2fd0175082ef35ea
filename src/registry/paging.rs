//! Cursor pagination shared by the lists: a page size within bounds, and a cursor
//! that is the last id of the previous page (ids are UUIDv7, so id order is creation
//! order).

use uuid::Uuid;

use crate::error::Error;

pub const DEFAULT_PAGE: i64 = 20;
pub const MAX_PAGE: i64 = 100;

/// The page size asked for, or the default; 422 outside 1..=100.
pub fn page_size(limit: Option<i64>) -> Result<i64, Error> {
    let limit = limit.unwrap_or(DEFAULT_PAGE);
    if (1..=MAX_PAGE).contains(&limit) {
        Ok(limit)
    } else {
        Err(Error::invalid(
            "limit",
            format!("must be between 1 and {MAX_PAGE}"),
        ))
    }
}

/// The id a page starts after, from a cursor this API returned.
pub fn after(cursor: Option<&str>) -> Result<Option<String>, Error> {
    cursor
        .map(|c| {
            Uuid::parse_str(c)
                .map(|id| id.to_string())
                .map_err(|_| Error::invalid("cursor", "is not a cursor this API returned"))
        })
        .transpose()
}
