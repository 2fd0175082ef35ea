//! API tests through the router, on SQLite and (when configured) PostgreSQL.
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod openapi;
mod licences;
mod organizations;
