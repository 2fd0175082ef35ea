//! The background follower of `serve`: polls the event log and indexes what is new,
//! so a write is searchable well within a second.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use super::SearchIndex;
use crate::db::Database;

/// How often the log is polled. Polling (not a notification from the write path)
/// also sees writes by other processes: the CLI, or another replica on PostgreSQL.
pub const POLL_EVERY: Duration = Duration::from_millis(200);
/// Wait after a failure (database down, disk full) before trying again.
const RETRY_AFTER: Duration = Duration::from_secs(2);

/// A running follower; stop it with [`Indexer::stop`].
pub struct Indexer {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl Indexer {
    pub fn spawn(index: Arc<SearchIndex>, db: Database) -> Indexer {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let handle = std::thread::Builder::new()
            .name("search-indexer".into())
            .spawn(move || follow(&index, &db, &flag))
            .ok();
        if handle.is_none() {
            tracing::error!("cannot start the search indexer thread");
        }
        Indexer { stop, handle }
    }

    /// Finishes the current batch (committed or not at all) and stops.
    pub fn stop(mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(handle) = self.handle.take() {
            let _ = handle.join();
        }
    }
}

fn follow(index: &SearchIndex, db: &Database, stop: &AtomicBool) {
    let mut failing = false;
    while !stop.load(Ordering::SeqCst) {
        let result = db.get().and_then(|mut conn| index.catch_up(&mut conn));
        match result {
            Ok(_) => {
                if failing {
                    tracing::info!("search indexer recovered");
                    failing = false;
                }
                std::thread::sleep(POLL_EVERY);
            }
            Err(e) => {
                if !failing {
                    tracing::warn!(error = %e, "search indexer cannot catch up; retrying");
                    failing = true;
                }
                std::thread::sleep(RETRY_AFTER);
            }
        }
    }
}
