//! The committed OpenAPI document must equal the one the code generates.
//! Rewrite it with: UPDATE_OPENAPI=1 cargo test --test api openapi

const COMMITTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json");

#[test]
fn openapi_document_matches_the_committed_file() {
    let generated = fairrecruit::api::openapi().to_pretty_json().unwrap() + "\n";
    if std::env::var("UPDATE_OPENAPI").as_deref() == Ok("1") {
        std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi")).unwrap();
        std::fs::write(COMMITTED, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    assert!(
        committed == generated,
        "openapi/openapi.json differs from the code; rewrite it with: UPDATE_OPENAPI=1 cargo test --test api openapi"
    );
}

#[test]
fn every_operation_is_documented_with_errors_and_ids() {
    let doc: serde_json::Value =
        serde_json::from_str(&fairrecruit::api::openapi().to_json().unwrap()).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    let paths = doc["paths"].as_object().unwrap();
    for path in [
        "/api/v1/organizations",
        "/api/v1/organizations/{id}",
        "/api/v1/organizations/{id}/licences",
        "/api/v1/licences/{id}/status",
        "/api/v1/licences/verify",
        "/api/v1/audit/head",
        "/api/v1/audit/verify",
        "/healthz",
        "/readyz",
    ] {
        assert!(paths.contains_key(path), "{path} missing from the document");
    }
    for (path, item) in paths {
        for (method, operation) in item.as_object().unwrap() {
            let id = operation["operationId"].as_str().unwrap_or_default();
            assert!(
                id.contains('_'),
                "{method} {path} needs an operation id like verb_resource"
            );
            assert!(
                operation["summary"].is_string(),
                "{method} {path} needs a summary"
            );
            let responses = operation["responses"].as_object().unwrap();
            if method != "get" {
                assert!(
                    responses.contains_key("401"),
                    "{method} {path} must document 401"
                );
                if operation.get("requestBody").is_some() {
                    assert!(
                        responses.contains_key("422"),
                        "{method} {path} must document 422"
                    );
                }
            }
        }
    }
}

#[tokio::test]
async fn the_served_document_is_the_generated_one() {
    let app = crate::common::TestApp::sqlite().await.unwrap();
    let served = app.get("/openapi.json").await;
    assert_eq!(served.status, axum::http::StatusCode::OK);
    let generated: serde_json::Value =
        serde_json::from_str(&fairrecruit::api::openapi().to_json().unwrap()).unwrap();
    assert_eq!(served.json(), generated);
    let docs = app.get("/docs/").await;
    assert_eq!(docs.status, axum::http::StatusCode::OK);
    assert!(
        docs.text.contains("swagger-ui"),
        "the reference page is served locally"
    );
    assert!(
        !docs.text.contains("cdn"),
        "no CDN: the reference must work offline"
    );
}

#[test]
fn search_parameters_and_facets_are_described() {
    let doc: serde_json::Value =
        serde_json::from_str(&fairrecruit::api::openapi().to_json().unwrap()).unwrap();
    let list = &doc["paths"]["/api/v1/organizations"]["get"];
    let params = list["parameters"].as_array().unwrap();
    for name in [
        "q",
        "kind",
        "country",
        "licence_status",
        "sanctioned",
        "limit",
        "cursor",
    ] {
        let param = params
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("parameter {name} missing"));
        assert!(
            param["description"].as_str().is_some_and(|d| d.len() > 10),
            "parameter {name} needs a description"
        );
    }
    let page = &doc["components"]["schemas"]["OrganizationPage"]["properties"];
    for field in ["items", "next_cursor", "total", "facets", "query"] {
        assert!(page.get(field).is_some(), "OrganizationPage lacks {field}");
    }
    let facets = &doc["components"]["schemas"]["Facets"]["properties"];
    for facet in ["kind", "country", "licence_status", "sanctioned"] {
        assert!(facets.get(facet).is_some(), "Facets lacks {facet}");
    }
    assert!(list["responses"].get("503").is_some());
}

/// Every `$ref` names a schema the document defines: a generator (such as the
/// Python client of .ci/run) drops an operation whose reference dangles.
#[test]
fn every_reference_resolves() {
    fn refs(value: &serde_json::Value, found: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, inner) in map {
                    match (key.as_str(), inner.as_str()) {
                        ("$ref", Some(target)) => found.push(target.to_string()),
                        _ => refs(inner, found),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| refs(v, found)),
            _ => {}
        }
    }
    let doc: serde_json::Value =
        serde_json::from_str(&fairrecruit::api::openapi().to_json().unwrap()).unwrap();
    let mut found = Vec::new();
    refs(&doc, &mut found);
    assert!(found.len() > 50, "only {} references", found.len());
    let dangling: Vec<&String> = found
        .iter()
        .filter(|target| {
            let name = target
                .strip_prefix("#/components/schemas/")
                .unwrap_or(target);
            doc["components"]["schemas"].get(name).is_none()
        })
        .collect();
    assert!(
        dangling.is_empty(),
        "references without a schema: {dangling:?}"
    );
}
