//! `/complain`: the complaint form, anonymous by default, and the page with the
//! receipt. The form posts to the same use case as `POST /api/v1/complaints`.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;
use uuid::Uuid;

use super::i18n::message_id;
use super::pages::{self, Layout};
use super::{csrf, render, Caching, Lang, Translator};
use crate::api::ratelimit::{Group, PeerAddress};
use crate::app::AppState;
use crate::domain::complaint::{AgeBand, ComplaintCategory, Sector, Sex};
use crate::domain::role::Actor;
use crate::error::Error;
use crate::registry::complaints::{
    self, NewComplainant, NewComplaint, NewRespondent, MAX_NARRATIVE_CHARS,
};
use crate::registry::organizations;

/// Countries offered in the form's lists: the main countries of origin and
/// destination of migrant domestic and care workers (code, English name).
pub const COUNTRIES: [(&str, &str); 34] = [
    ("AE", "United Arab Emirates"),
    ("BD", "Bangladesh"),
    ("BH", "Bahrain"),
    ("CA", "Canada"),
    ("CY", "Cyprus"),
    ("ET", "Ethiopia"),
    ("GB", "United Kingdom"),
    ("HK", "Hong Kong"),
    ("ID", "Indonesia"),
    ("IL", "Israel"),
    ("IN", "India"),
    ("IT", "Italy"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("KH", "Cambodia"),
    ("KR", "Korea"),
    ("KW", "Kuwait"),
    ("LB", "Lebanon"),
    ("LK", "Sri Lanka"),
    ("LY", "Libya"),
    ("MM", "Myanmar"),
    ("MY", "Malaysia"),
    ("NP", "Nepal"),
    ("OM", "Oman"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("QA", "Qatar"),
    ("SA", "Saudi Arabia"),
    ("SG", "Singapore"),
    ("TW", "Taiwan"),
    ("UG", "Uganda"),
    ("US", "United States"),
    ("VN", "Viet Nam"),
];

/// A choice in a list: value, label, chosen.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub chosen: bool,
}

/// What was typed, kept so nothing is lost when the page comes back with errors.
#[derive(Debug, Default, Clone)]
pub struct Typed {
    pub organization_id: String,
    pub organization_name: String,
    pub organization_country: String,
    pub categories: Vec<String>,
    pub narrative: String,
    pub incident_country: String,
    pub contact: String,
    pub sex: String,
    pub age_band: String,
    pub nationality: String,
    pub sector: String,
}

impl Typed {
    fn from_form(pairs: &[(String, String)]) -> Typed {
        let mut typed = Typed::default();
        for (key, value) in pairs {
            let value = value.clone();
            match key.as_str() {
                "organization_id" => typed.organization_id = value,
                "organization_name" => typed.organization_name = value,
                "organization_country" => typed.organization_country = value,
                "category" => typed.categories.push(value),
                "narrative" => typed.narrative = value,
                "incident_country" => typed.incident_country = value,
                "contact" => typed.contact = value,
                "sex" => typed.sex = value,
                "age_band" => typed.age_band = value,
                "nationality" => typed.nationality = value,
                "sector" => typed.sector = value,
                _ => {}
            }
        }
        typed
    }

    fn complaint(&self, language: &str) -> NewComplaint {
        let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let respondent = match Uuid::parse_str(self.organization_id.trim()) {
            Ok(id) => NewRespondent {
                organization_id: Some(id),
                name: None,
                country: None,
            },
            Err(_) => NewRespondent {
                organization_id: None,
                name: some(&self.organization_name),
                country: some(&self.organization_country),
            },
        };
        NewComplaint {
            respondents: vec![respondent],
            categories: self
                .categories
                .iter()
                .filter_map(|c| ComplaintCategory::parse(c))
                .collect(),
            narrative: some(&self.narrative),
            incident_countries: some(&self.incident_country).into_iter().collect(),
            complainant: Some(NewComplainant {
                name: None,
                contact: some(&self.contact),
                sex: Sex::parse(&self.sex),
                age_band: AgeBand::parse(&self.age_band),
                nationality: some(&self.nationality),
                sector: Sector::parse(&self.sector),
            }),
            preferred_language: Some(language.to_string()),
            // The form says: give a contact only if you want a reply.
            consent_to_contact: some(&self.contact).is_some(),
        }
    }
}

/// Problems to show next to their fields, in the worker's language.
#[derive(Debug, Default)]
pub struct Problems {
    pub organization: Option<String>,
    pub categories: Option<String>,
    pub narrative: Option<String>,
    pub incident_country: Option<String>,
    pub contact: Option<String>,
}

impl Problems {
    fn any(&self) -> bool {
        self.organization.is_some()
            || self.categories.is_some()
            || self.narrative.is_some()
            || self.incident_country.is_some()
            || self.contact.is_some()
    }

    /// Puts each field error of the use case under the field the form shows.
    fn from_error(t: &Translator, error: &Error) -> Problems {
        let mut problems = Problems::default();
        let Error::Validation(list) = error else {
            return problems;
        };
        for e in list {
            let field = e.field.as_str();
            if field.starts_with("respondents") {
                problems.organization = Some(if field.ends_with("organization_id") {
                    t.t("error-organization-not-found")
                } else {
                    t.t("error-required")
                });
            } else if field == "categories" {
                problems.categories = Some(t.t("error-choose-category"));
            } else if field == "narrative" {
                problems.narrative =
                    Some(t.with_count("error-too-long", "max", MAX_NARRATIVE_CHARS as i64));
            } else if field.starts_with("incident_countries") {
                problems.incident_country = Some(t.t("error-required"));
            } else if field.starts_with("complainant.contact") {
                problems.contact = Some(t.with_count(
                    "error-too-long",
                    "max",
                    crate::domain::text::MAX_NAME_CHARS as i64,
                ));
            }
        }
        problems
    }
}

#[derive(Template)]
#[template(path = "complain.html")]
struct FormPage {
    layout: Layout,
    csrf: String,
    typed: Typed,
    /// The registered organization named by `?organization=`, when there is one.
    organization: Option<String>,
    categories: Vec<Choice>,
    countries: Vec<Choice>,
    incident_countries: Vec<Choice>,
    nationalities: Vec<Choice>,
    sexes: Vec<Choice>,
    ages: Vec<Choice>,
    sectors: Vec<Choice>,
    problems: Problems,
}

#[derive(Template)]
#[template(path = "complaint_received.html")]
struct ReceivedPage {
    layout: Layout,
    receipt: String,
}

fn choices<'a>(values: impl Iterator<Item = (&'a str, String)>, chosen: &[String]) -> Vec<Choice> {
    values
        .map(|(value, label)| Choice {
            chosen: chosen.iter().any(|c| c == value),
            value: value.to_string(),
            label,
        })
        .collect()
}

/// The countries in the reader's language, in the order of their names there.
fn country_choices(t: Translator, chosen: &str) -> Vec<Choice> {
    let mut list = choices(
        COUNTRIES
            .iter()
            .map(|(code, _)| (*code, format!("{} ({code})", t.country(code)))),
        &[chosen.to_string()],
    );
    list.sort_by(|a, b| a.label.cmp(&b.label));
    list
}

fn form_page(
    t: Translator,
    csrf: String,
    typed: Typed,
    organization: Option<String>,
    problems: Problems,
) -> FormPage {
    FormPage {
        layout: Layout::new(t, t.t("complain-title"), "/complain"),
        csrf,
        categories: choices(
            ComplaintCategory::ALL
                .iter()
                .map(|c| (c.as_str(), t.t(&message_id("category", c.as_str())))),
            &typed.categories,
        ),
        countries: country_choices(t, &typed.organization_country),
        incident_countries: country_choices(t, &typed.incident_country),
        nationalities: country_choices(t, &typed.nationality),
        sexes: choices(
            Sex::ALL
                .iter()
                .map(|s| (s.as_str(), t.t(&message_id("sex", s.as_str())))),
            std::slice::from_ref(&typed.sex),
        ),
        ages: choices(
            AgeBand::ALL
                .iter()
                .map(|a| (a.as_str(), t.t(&message_id("age", a.as_str())))),
            std::slice::from_ref(&typed.age_band),
        ),
        sectors: choices(
            Sector::ALL
                .iter()
                .map(|s| (s.as_str(), t.t(&message_id("sector", s.as_str())))),
            std::slice::from_ref(&typed.sector),
        ),
        typed,
        organization,
        problems,
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct FormQuery {
    organization: Option<String>,
}

/// The name of a registered organization, for a form opened from its profile.
async fn organization_name(state: &AppState, id: &str) -> Option<String> {
    let id = Uuid::parse_str(id).ok()?;
    state
        .db
        .run(move |conn| organizations::get_organization(conn, id).map(|o| o.name))
        .await
        .ok()
}

pub async fn form(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Query(query): Query<FormQuery>,
) -> Response {
    let (token, cookie) = csrf::token(&headers);
    let mut typed = Typed::default();
    let mut organization = None;
    if let Some(id) = query.organization.as_deref() {
        organization = organization_name(&state, id).await;
        if organization.is_some() {
            typed.organization_id = id.to_string();
        }
    }
    let page = form_page(lang.t, token, typed, organization, Problems::default());
    let mut response = render(&lang, StatusCode::OK, Caching::Never, &page);
    csrf::set_cookie(response.headers_mut(), cookie);
    response
}

pub async fn submit(
    State(state): State<AppState>,
    PeerAddress(peer): PeerAddress,
    lang: Lang,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let t = lang.t;
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let submitted = pairs
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str());
    if !csrf::check(&headers, submitted) {
        return pages::error(&lang, StatusCode::FORBIDDEN);
    }
    if let Err(limited) = state
        .limits
        .admit(Group::Complaints, &Actor::public(), peer)
    {
        return pages::rate_limited(&lang, limited);
    }
    let typed = Typed::from_form(&pairs);
    let complaint = typed.complaint(t.code());
    let sealer = state.sealer.clone();
    let filed = state
        .db
        .run(move |conn| complaints::file_complaint(conn, &sealer, &Actor::public(), &complaint))
        .await;
    match filed {
        Ok(filed) => {
            let page = ReceivedPage {
                layout: Layout::new(t, t.t("complaint-received-title"), "/complain"),
                receipt: filed.receipt,
            };
            render(&lang, StatusCode::CREATED, Caching::Never, &page)
        }
        Err(error @ Error::Validation(_)) => {
            let problems = Problems::from_error(&t, &error);
            let organization =
                if problems.organization.is_none() && !typed.organization_id.is_empty() {
                    organization_name(&state, &typed.organization_id).await
                } else {
                    None
                };
            let (token, cookie) = csrf::token(&headers);
            let page = form_page(t, token, typed, organization, problems);
            let mut response = render(
                &lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                Caching::Never,
                &page,
            );
            csrf::set_cookie(response.headers_mut(), cookie);
            response
        }
        Err(e) => {
            // Never the form's content: it is confidential.
            tracing::error!(error = %e, "complaint form could not be saved");
            pages::error(&lang, StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}
