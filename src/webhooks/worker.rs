//! The deliverer of `serve`: a task that runs a round every second until stopped.

use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::delivery::Deliverer;

/// How often due endpoints are looked for.
const EVERY: Duration = Duration::from_secs(1);

/// A running deliverer; stop it with [`Worker::stop`].
pub struct Worker {
    stop: watch::Sender<bool>,
    handle: JoinHandle<()>,
}

impl Worker {
    /// Starts on the current tokio runtime.
    pub fn spawn(deliverer: Deliverer) -> Worker {
        let (stop, mut stopped) = watch::channel(false);
        let handle = tokio::spawn(async move {
            loop {
                let now = chrono::Utc::now().naive_utc();
                if let Err(e) = deliverer.round(now).await {
                    tracing::warn!(error = %e, "webhook round failed; retrying");
                }
                tokio::select! {
                    _ = tokio::time::sleep(EVERY) => {}
                    _ = stopped.changed() => break,
                }
            }
        });
        Worker { stop, handle }
    }

    /// Lets the current round finish, then stops.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.handle.await;
    }
}
