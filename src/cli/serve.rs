//! `fairrecruit serve`: migrate, optionally load demo data, serve until a signal.

use tokio::net::TcpListener;

use super::{GlobalArgs, ServeArgs};
use crate::api::ratelimit::Quotas;
use crate::app::{build_app, AppState};
use crate::demo;
use crate::domain::suppression::MinCell;
use crate::error::Error;
use crate::search::indexer::Indexer;
use crate::search::SearchIndex;
use crate::webhooks::delivery::Deliverer;
use crate::webhooks::worker::Worker;
use crate::webhooks::WebhookConfig;

pub fn run(global: &GlobalArgs, args: &ServeArgs) -> Result<(), Error> {
    let stats_min_cell = MinCell::new(args.stats_min_cell)?;
    let db = global.open_database(16)?;
    let sealer = global.sealer()?;
    if args.demo {
        let mut conn = db.get()?;
        match demo::load_once(&mut conn, &sealer, demo::DEFAULT_ORGANIZATIONS, 1)? {
            Some(summary) => tracing::info!(
                organizations = summary.organizations,
                licences = summary.licences,
                complaints = summary.inspection.complaints,
                findings = summary.inspection.findings,
                "demo data loaded"
            ),
            None => tracing::info!("demo data already present"),
        }
    }
    let index = {
        let mut conn = db.get()?;
        std::sync::Arc::new(SearchIndex::open(&global.index_dir(), &mut conn)?)
    };
    let indexer = Indexer::spawn(index.clone(), db.clone());
    let webhooks = WebhookConfig {
        allowed_hosts: WebhookConfig::hosts_from(&args.webhook_hosts),
        allow_private: args.webhook_allow_private,
        timeout: std::time::Duration::from_secs(args.webhook_timeout_seconds.max(1)),
        disable_after: chrono::Duration::hours(i64::from(args.webhook_disable_after_hours)),
        ..WebhookConfig::default()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Config(format!("cannot start the runtime: {e}")))?;
    runtime.block_on(async {
        let listener = TcpListener::bind(&args.bind)
            .await
            .map_err(|e| Error::Config(format!("cannot listen on {}: {e}", args.bind)))?;
        let address = listener
            .local_addr()
            .map_err(|e| Error::Config(format!("cannot read the bound address: {e}")))?;
        tracing::info!(%address, "fairrecruit listening; API docs at http://{address}/docs");
        let state = AppState::new(db, sealer)
            .with_quotas(Quotas {
                per_address: args.rate_limit_per_address,
                receipts_per_address: args.receipt_checks_per_minute,
                per_token: args.rate_limit_per_token,
                per_consulate: args.rate_limit_per_consulate,
            })
            .with_search(index)
            .with_webhooks(webhooks.clone())
            .with_stats_min_cell(stats_min_cell);
        let deliverer = Worker::spawn(Deliverer::new(
            state.db.clone(),
            state.sealer.clone(),
            webhooks,
        ));
        let app = build_app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
        let served = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| Error::Config(format!("server stopped: {e}")));
        deliverer.stop().await;
        served?;
        Ok::<(), Error>(())
    })?;
    indexer.stop();
    tracing::info!("shut down cleanly");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM; in-flight requests then finish before exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown signal received; finishing in-flight requests");
}
