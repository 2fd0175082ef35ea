//! The event log: every write appends one event in its own transaction; the events
//! form a SHA-256 hash chain that anyone can verify.

pub mod chain;
pub mod log;

pub use chain::{verify, Verification};
pub use log::{append, append_many, head, NewEvent, PendingEvent};
