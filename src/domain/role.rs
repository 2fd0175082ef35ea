//! Who is acting: roles of API tokens and the actor recorded on events.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The role a token grants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Manages tokens and sees everything.
    Admin,
    /// Files complaints and findings and changes licences within their jurisdictions.
    Inspector,
    /// Verifies licences in bulk, follows the change feed and exports, for the country it represents.
    Consulate,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Inspector => "inspector",
            Role::Consulate => "consulate",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        match value {
            "admin" => Some(Role::Admin),
            "inspector" => Some(Role::Inspector),
            "consulate" => Some(Role::Consulate),
            _ => None,
        }
    }
}

/// The identity a write is recorded under in the event log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// `None` for an anonymous member of the public.
    pub role: Option<Role>,
    /// Token id (or `cli`) that made the call.
    pub id: String,
    /// Human name of the token holder, e.g. an inspector's office.
    pub name: String,
    /// ISO country codes: an inspector's jurisdictions, a consulate's country.
    pub jurisdictions: Vec<String>,
}

impl Actor {
    /// The operator at the command line (migrations, demo data, imports).
    pub fn cli() -> Actor {
        Actor {
            role: Some(Role::Admin),
            id: "cli".into(),
            name: "command line".into(),
            jurisdictions: Vec::new(),
        }
    }

    /// The server itself, acting on its own schedule (the webhook deliverer).
    pub fn system() -> Actor {
        Actor {
            role: Some(Role::Admin),
            id: "system".into(),
            name: "the server".into(),
            jurisdictions: Vec::new(),
        }
    }

    pub fn public() -> Actor {
        Actor {
            role: None,
            id: "public".into(),
            name: "public".into(),
            jurisdictions: Vec::new(),
        }
    }

    /// The label stored on events: role and token id, never a complainant.
    pub fn label(&self) -> String {
        match self.role {
            Some(role) => format!("{}:{}", role.as_str(), self.id),
            None => "public".into(),
        }
    }

    pub fn is(&self, role: Role) -> bool {
        self.role == Some(role)
    }
}
