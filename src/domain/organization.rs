//! Organizations, their aliases and the people linked to them.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What an organization is in the recruitment chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationKind {
    /// A licensed recruitment or placement agency.
    Agency,
    /// An unlicensed or sub-contracted intermediary working for an agency (a local broker).
    SubAgent,
    /// The employer abroad: a company or a household.
    Employer,
}

/// Why an organization is known under another name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AliasKind {
    /// A name it used before.
    Former,
    /// A name it trades under.
    Trade,
    /// The name written in another script.
    Transliteration,
}

/// The role a person holds in an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PersonRole {
    Owner,
    Director,
    Manager,
}

macro_rules! string_enum {
    ($ty:ty { $($variant:path => $text:literal),+ $(,)? }) => {
        impl $ty {
            pub fn as_str(self) -> &'static str {
                match self { $($variant => $text),+ }
            }
            pub fn parse(value: &str) -> Option<Self> {
                match value { $($text => Some($variant),)+ _ => None }
            }
        }
    };
}

string_enum!(OrganizationKind {
    OrganizationKind::Agency => "agency",
    OrganizationKind::SubAgent => "sub_agent",
    OrganizationKind::Employer => "employer",
});

string_enum!(AliasKind {
    AliasKind::Former => "former",
    AliasKind::Trade => "trade",
    AliasKind::Transliteration => "transliteration",
});

string_enum!(PersonRole {
    PersonRole::Owner => "owner",
    PersonRole::Director => "director",
    PersonRole::Manager => "manager",
});
