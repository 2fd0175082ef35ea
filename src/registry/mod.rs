//! Use cases: one function per thing a user does. Each write is one transaction
//! that records the change and its event.

pub mod access;
pub mod bulk;
pub mod changes;
pub mod complaints;
pub mod export;
pub mod findings;
pub mod import_reviews;
pub mod imports;
pub mod keys;
pub mod licences;
pub mod listings;
pub mod network;
pub mod organizations;
pub mod paging;
pub mod search;
mod serde_helpers;
pub mod stats;
pub mod tokens;
pub mod verification;
pub mod webhooks;

pub use serde_helpers::double_option;
