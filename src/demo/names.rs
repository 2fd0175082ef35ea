//! Placeholder until the invented-name generator lands (being written in parallel).
#![allow(missing_docs)]
use rand::Rng;
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InventedName {
    pub native: String,
    pub latin: String,
}
pub const ORIGIN_COUNTRIES: &[&str] = &["NP", "BD", "IN", "LK", "PH", "ID", "ET", "KE", "TH", "MM"];
pub const DESTINATION_COUNTRIES: &[&str] = &[
    "SA", "AE", "QA", "KW", "OM", "BH", "JO", "LB", "MY", "SG", "HK",
];
pub fn organization_name<R: Rng>(rng: &mut R, country: &str, kind: &str) -> InventedName {
    let n: u32 = rng.gen_range(0..1_000_000);
    let latin = format!("Demo {kind} {country} {n}");
    InventedName {
        native: latin.clone(),
        latin,
    }
}
pub fn person_name<R: Rng>(rng: &mut R, country: &str) -> InventedName {
    let n: u32 = rng.gen_range(0..1_000_000);
    let latin = format!("Person {country} {n}");
    InventedName {
        native: latin.clone(),
        latin,
    }
}
pub fn variant_spelling<R: Rng>(_rng: &mut R, latin: &str) -> String {
    format!("{latin} Co")
}
