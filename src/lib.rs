//! fairrecruit: an accountability registry for labour recruitment agencies and
//! employers of migrant workers.

pub mod api;
pub mod app;
pub mod cli;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod events;
pub mod import;
pub mod registry;
pub mod search;
pub mod web;
pub mod webhooks;

pub use app::{build_app, AppState};
