//! `/rights`: what a worker must never pay, her passport, her contract, where to
//! get help.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::i18n::message_id;
use super::pages::Layout;
use super::{render, Caching, Lang};
use crate::domain::finding::FeeCategory;

/// A cost the employer pays: its name and what it covers.
pub struct Cost {
    pub name: String,
    pub description: String,
}

#[derive(Template)]
#[template(path = "rights.html")]
struct RightsPage {
    layout: Layout,
    costs: Vec<Cost>,
}

pub async fn page(lang: Lang) -> Response {
    let t = lang.t;
    let costs = FeeCategory::ALL
        .iter()
        .map(|category| {
            let id = message_id("fee", category.as_str());
            Cost {
                name: t.t(&id),
                description: t.attr(&id, "description"),
            }
        })
        .collect();
    let page = RightsPage {
        layout: Layout::new(t, t.t("rights-title"), "/rights"),
        costs,
    };
    render(&lang, StatusCode::OK, Caching::Brief, &page)
}
