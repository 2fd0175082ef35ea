//! `/api/v1/organizations`: list, create, read, amend, add a licence, the network.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use uuid::Uuid;

use super::auth::Caller;
use super::caching;
use super::extract::{Json, Path, Query};
use super::problem::Problem;
use super::ratelimit::{Group, PeerAddress};
use crate::app::AppState;
use crate::error::Error;
use crate::registry::licences::{self, Licence, NewLicence};
use crate::registry::network::{self, Network, NetworkQuery};
use crate::registry::organizations::{
    self, AmendOrganization, NewOrganization, Organization, OrganizationFilter, OrganizationPage,
};
use crate::registry::search as registry_search;

/// List or search organizations
///
/// Without `q`, organizations in the order they were registered, filtered by kind,
/// country and licence status, one page at a time: follow `next_cursor` until it is
/// null. With `q` (or `sanctioned`), a search: the best matches first, forgiving
/// typos, transliteration, word order, generic words such as "Manpower" or "Pvt
/// Ltd", and licence numbers in any punctuation; the answer adds `total`, `facets`
/// (counts per kind, country, licence status and sanctioned over all matches) and
/// `query`. Search pages reach at most 1,000 results deep.
#[utoipa::path(get, path = "/api/v1/organizations", tag = "organizations",
    operation_id = "list_organizations",
    params(OrganizationFilter),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "A page of organizations", body = OrganizationPage),
        (status = 400, description = "A parameter could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "A token was sent but is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A parameter is invalid", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Over the rate limit for this token or client address; see Retry-After", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The search index is not available", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PeerAddress(peer): PeerAddress,
    Query(filter): Query<OrganizationFilter>,
) -> Result<Response, Error> {
    state.limits.admit(Group::Search, &actor, peer)?;
    if registry_search::wants_search(&filter) {
        let index = state.search.clone().ok_or(Error::Unavailable)?;
        let page = tokio::task::spawn_blocking(move || {
            registry_search::search_organizations(&index, &filter)
        })
        .await
        .map_err(|e| Error::Internal(format!("search task failed: {e}")))??;
        return Ok(caching::public(Json(page)));
    }
    let page = state
        .db
        .run(move |conn| organizations::list_organizations(conn, &filter))
        .await?;
    Ok(caching::public(Json(page)))
}

/// Register an organization
///
/// Registers an agency, sub-agent or employer with its aliases and people. A person
/// given by `person_id` links this organization to the others that person is in.
#[utoipa::path(post, path = "/api/v1/organizations", tag = "organizations",
    operation_id = "create_organization",
    request_body = NewOrganization,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new organization's profile", body = Organization),
        (status = 400, description = "The body is not valid JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's role may not register organizations", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Json(input): Json<NewOrganization>,
) -> Result<(StatusCode, Json<Organization>), Error> {
    let sealer = state.sealer.clone();
    let created = state
        .db
        .run(move |conn| organizations::create_organization(conn, &actor, &sealer, &input))
        .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Read an organization's profile
///
/// Names, aliases, people (with the other organizations they are linked to), and
/// every licence with its status history. Statuses are as of today.
#[utoipa::path(get, path = "/api/v1/organizations/{id}", tag = "organizations",
    operation_id = "get_organization",
    params(("id" = Uuid, Path, description = "Organization id")),
    responses(
        (status = 200, description = "The profile, with an ETag", body = Organization,
            headers(("ETag" = String, description = "Send back in If-None-Match"), ("Cache-Control" = String))),
        (status = 304, description = "The copy named in If-None-Match is current"),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organization", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<Uuid>,
) -> Result<Response, Error> {
    let profile = state
        .db
        .run(move |conn| organizations::get_organization(conn, id))
        .await
        .map_err(not_found_as("organization"))?;
    caching::json_with_etag(&headers, &profile)
}

/// Amend an organization
///
/// Changes the fields given and records the reason in the audit trail. A new name
/// keeps the old one as a `former` alias.
#[utoipa::path(patch, path = "/api/v1/organizations/{id}", tag = "organizations",
    operation_id = "amend_organization",
    params(("id" = Uuid, Path, description = "Organization id")),
    request_body = AmendOrganization,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The amended profile", body = Organization),
        (status = 400, description = "The body or id could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Wrong role or outside the token's jurisdictions", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organization", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The amendment changes nothing", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn amend(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
    Json(input): Json<AmendOrganization>,
) -> Result<Json<Organization>, Error> {
    let sealer = state.sealer.clone();
    let profile = state
        .db
        .run(move |conn| organizations::amend_organization(conn, &actor, &sealer, id, &input))
        .await
        .map_err(not_found_as("organization"))?;
    Ok(Json(profile))
}

/// Add a licence
///
/// Records a licence issued to the organization. Numbers are unique per authority
/// whatever their punctuation or case. Inspectors may add licences of their own
/// jurisdictions' authorities only.
#[utoipa::path(post, path = "/api/v1/organizations/{id}/licences", tag = "licences",
    operation_id = "add_licence",
    params(("id" = Uuid, Path, description = "Organization id")),
    request_body = NewLicence,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The new licence with its history", body = Licence),
        (status = 400, description = "The body or id could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Wrong role or outside the token's jurisdictions", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organization", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The authority already has a licence with this number", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn add_licence(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
    Json(input): Json<NewLicence>,
) -> Result<(StatusCode, Json<Licence>), Error> {
    let licence = state
        .db
        .run(move |conn| licences::add_licence(conn, &actor, id, &input))
        .await
        .map_err(not_found_as("organization"))?;
    Ok((StatusCode::CREATED, Json(licence)))
}

/// Names what was not found, so the problem says "organization not found".
pub fn not_found_as(what: &'static str) -> impl Fn(Error) -> Error {
    move |e| match e {
        Error::NotFound(_) => Error::NotFound(what),
        other => other,
    }
}

/// Read an organization's network
///
/// The organizations linked to this one through a person (owner, director or
/// manager), an address, a telephone or an e-mail, one or two hops away: the way an
/// agency whose licence was revoked or that was blacklisted reappears under a new
/// name. Each link lists what is shared. The same person record linking both, or a
/// shared contact, is `same`. Two person records with the same name are `same` when
/// their identity numbers or dates of birth (given when the people were recorded,
/// never shown) agree or the organizations share a contact, and are no link at all
/// when an identifier both have differs; a name alone is only `possible`. `basis`
/// says which rule decided. `flagged` marks a
/// licence revoked or suspended, or a sanction in force. Shared contacts are found
/// through the search index, so a change takes up to a second to appear.
#[utoipa::path(get, path = "/api/v1/organizations/{id}/network", tag = "organizations",
    operation_id = "get_organization_network",
    params(("id" = Uuid, Path, description = "Organization id"), NetworkQuery),
    responses(
        (status = 200, description = "Linked organizations with the evidence, flagged ones first", body = Network),
        (status = 400, description = "The id is not a UUID, or a parameter is malformed", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organization", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "hops is not 1 or 2", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The search index is not available", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn network(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    Query(query): Query<NetworkQuery>,
) -> Result<Json<Network>, Error> {
    let index = state.search.clone().ok_or(Error::Unavailable)?;
    let network = state
        .db
        .run(move |conn| network::organization_network(conn, &index, id, &query))
        .await?;
    Ok(Json(network))
}
