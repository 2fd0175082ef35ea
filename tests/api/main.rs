//! API tests through the router, on SQLite and (when configured) PostgreSQL.
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod audit;
mod bulk;
mod caching;
mod demo;
mod export;
mod licences;
mod migrations;
mod openapi;
mod organizations;
mod ratelimit;
mod sanctions;
mod search;
