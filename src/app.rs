//! The application: shared state and the router every face (server, tests) uses.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use utoipa_swagger_ui::SwaggerUi;

use crate::api::ratelimit::{Limits, Quotas};
use crate::api::{self, problem::Problem};
use crate::crypto::Sealer;
use crate::db::Database;
use crate::domain::suppression::MinCell;
use crate::search::SearchIndex;
use crate::webhooks::WebhookConfig;

/// Largest request body accepted, in bytes.
pub const BODY_LIMIT: usize = 1024 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    /// Seals and opens confidential complaint fields.
    pub sealer: Sealer,
    /// Quotas on the public endpoints; they also slow down anyone guessing receipts.
    pub limits: Arc<Limits>,
    /// Which webhook targets are allowed, and how deliveries behave.
    pub webhooks: Arc<WebhookConfig>,
    /// The search index; without one, searches answer 503.
    pub search: Option<Arc<SearchIndex>>,
    /// The smallest count statistics show (`serve --stats-min-cell`).
    pub stats_min_cell: MinCell,
}

impl AppState {
    pub fn new(db: Database, sealer: Sealer) -> AppState {
        AppState {
            db,
            sealer,
            limits: Arc::new(Limits::new(Quotas::default())),
            webhooks: Arc::new(WebhookConfig::default()),
            search: None,
            stats_min_cell: MinCell::DEFAULT,
        }
    }

    /// Answers searches from `index`.
    pub fn with_search(mut self, index: Arc<SearchIndex>) -> AppState {
        self.search = Some(index);
        self
    }

    /// Sets the webhook allow-list and delivery settings.
    pub fn with_webhooks(mut self, config: WebhookConfig) -> AppState {
        self.webhooks = Arc::new(config);
        self
    }

    /// Sets the smallest count statistics show.
    pub fn with_stats_min_cell(mut self, min_cell: MinCell) -> AppState {
        self.stats_min_cell = min_cell;
        self
    }

    /// Sets the quotas of the public endpoints.
    pub fn with_quotas(mut self, quotas: Quotas) -> AppState {
        self.limits = Arc::new(Limits::new(quotas));
        self
    }
}

/// The whole HTTP application: API, docs, fallbacks and middleware.
pub fn build_app(state: AppState) -> Router {
    let (api_routes, openapi) = api::routes();
    Router::new()
        .merge(api_routes)
        .merge(crate::web::routes())
        .merge(SwaggerUi::new("/docs").url("/openapi.json", openapi))
        .fallback(unknown_route)
        .method_not_allowed_fallback(wrong_method)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(
            // Spans name the route template, never the raw path or query: searches and
            // receipts must not end up in logs.
            TraceLayer::new_for_http().make_span_with(|request: &Request| {
                let route = request
                    .extensions()
                    .get::<MatchedPath>()
                    .map(|p| p.as_str().to_string())
                    .unwrap_or_else(|| "unmatched".into());
                tracing::info_span!("request", method = %request.method(), route)
            }),
        )
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(60),
        ))
        .layer(CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| panic_response(),
        ))
        .with_state(state)
}

/// A browser asking for a page gets a page in its language; anything else, and
/// everything under /api, gets problem+json.
async fn unknown_route(lang: crate::web::Lang, headers: HeaderMap, uri: Uri) -> Response {
    let wants_page = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    if wants_page && !uri.path().starts_with("/api/") {
        let mut page = crate::web::pages::error(&lang, StatusCode::NOT_FOUND);
        crate::web::secure(&mut page);
        return page;
    }
    Problem::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "Not found",
        "there is no such route; see /docs",
    )
    .into_response()
}

async fn wrong_method() -> Problem {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "Method not allowed",
        "this route does not accept that method; see /docs",
    )
}

fn panic_response() -> Response {
    tracing::error!("a request handler panicked");
    Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "something went wrong on our side; it has been logged",
    )
    .into_response()
}
