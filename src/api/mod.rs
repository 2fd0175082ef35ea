//! The JSON API under `/api/v1`, and the OpenAPI document generated from it.

pub mod audit;
pub mod auth;
pub mod caching;
pub mod changes;
pub mod complaints;
pub mod export;
pub mod extract;
pub mod findings;
pub mod health;
pub mod imports;
pub mod licences;
pub mod organizations;
pub mod problem;
pub mod ratelimit;
pub mod stats;
pub mod webhooks;

use axum::Router;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "fairrecruit",
        description = "A public accountability registry for labour recruitment agencies and employers of \
migrant workers: organizations, licences and their status histories, complaints, findings, fee violations, \
sanctions and refunds, with a hash-chained audit trail.\n\n\
Errors are RFC 9457 `application/problem+json` documents. Lists are cursor-paginated: pass `next_cursor` \
back as `cursor` until it is null. Ids are UUIDv7 strings, times RFC 3339 UTC, dates `YYYY-MM-DD`. \
Reads are public; writes need `Authorization: Bearer <token>` with the role each operation names.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    modifiers(&BearerScheme),
    components(schemas(
        problem::Problem,
        crate::registry::export::ExportFormat,
        crate::registry::export::ExportHeader,
        crate::webhooks::delivery::WebhookBatch,
        stats::StatsFormat
    )),
    tags(
        (name = "organizations", description = "Agencies, sub-agents and employers"),
        (name = "licences", description = "Licences, their status history and verification"),
        (name = "complaints", description = "Complaints by workers, followed by receipt and handled by inspectors"),
        (name = "findings", description = "Inspectors' findings: violations, illegal fees, sanctions, refunds"),
        (name = "changes", description = "The change feed: everything public, in commit order"),
        (name = "webhooks", description = "Signed batches of changes POSTed to a consulate's endpoint"),
        (name = "imports", description = "Official licensing registers imported by admins, and the entries held for review"),
        (name = "stats", description = "Public statistics on complaints and findings, by category, sex, nationality, sector, country and year; small cells suppressed so that no one can be identified"),
        (name = "audit", description = "The tamper-evident event log"),
        (name = "operations", description = "Liveness and readiness for operators"),
    )
)]
struct ApiDoc;

struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A token made with `fairrecruit token create`; roles admin, inspector, consulate.",
                    ))
                    .build(),
            ),
        );
    }
}

/// Every documented route and the document describing them, from one list.
pub fn routes() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(organizations::list, organizations::create))
        .routes(routes!(organizations::get, organizations::amend))
        .routes(routes!(organizations::add_licence))
        .routes(routes!(organizations::network))
        .routes(routes!(licences::change_status))
        .routes(routes!(licences::verify, licences::verify_many))
        .routes(routes!(complaints::create, complaints::list))
        .routes(routes!(complaints::status_by_receipt))
        .routes(routes!(complaints::get))
        .routes(routes!(complaints::change_status))
        .routes(routes!(findings::create, findings::list))
        .routes(routes!(findings::get))
        .routes(routes!(findings::publish))
        .routes(routes!(findings::change_status))
        .routes(routes!(findings::create_refund))
        .routes(routes!(changes::list))
        .routes(routes!(export::export_registry))
        .routes(routes!(webhooks::register, webhooks::list))
        .routes(routes!(webhooks::get, webhooks::remove))
        .routes(routes!(webhooks::enable))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(imports::import_register))
                .layer(axum::extract::DefaultBodyLimit::max(imports::UPLOAD_LIMIT)),
        )
        .routes(routes!(imports::list_reviews))
        .routes(routes!(imports::decide_review))
        .routes(routes!(stats::complaints))
        .routes(routes!(stats::findings))
        .routes(routes!(audit::head))
        .routes(routes!(audit::verify))
        .routes(routes!(health::healthz))
        .routes(routes!(health::readyz))
        .split_for_parts()
}

/// The OpenAPI document, as committed in `openapi/openapi.json`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    routes().1
}
