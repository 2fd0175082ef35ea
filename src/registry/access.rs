//! Who may do what: role and jurisdiction checks shared by the use cases.

use crate::domain::role::{Actor, Role};
use crate::error::Error;

/// Writes to organizations and licences need an inspector or an admin.
pub fn require_inspector_or_admin(actor: &Actor) -> Result<(), Error> {
    match actor.role {
        None => Err(Error::Unauthorized("this action needs a bearer token")),
        Some(Role::Admin | Role::Inspector) => Ok(()),
        Some(role) => Err(Error::Forbidden(format!(
            "a {} token may not do this; it needs an inspector or admin token",
            role.as_str()
        ))),
    }
}

pub fn require_admin(actor: &Actor) -> Result<(), Error> {
    match actor.role {
        None => Err(Error::Unauthorized("this action needs a bearer token")),
        Some(Role::Admin) => Ok(()),
        Some(role) => Err(Error::Forbidden(format!(
            "a {} token may not do this; it needs an admin token",
            role.as_str()
        ))),
    }
}

/// True when the actor may act for `country`: admins anywhere, inspectors within
/// their jurisdictions.
pub fn has_jurisdiction(actor: &Actor, country: &str) -> bool {
    actor.is(Role::Admin)
        || (actor.is(Role::Inspector) && actor.jurisdictions.iter().any(|c| c == country))
}

pub fn require_jurisdiction(actor: &Actor, country: &str) -> Result<(), Error> {
    require_inspector_or_admin(actor)?;
    if has_jurisdiction(actor, country) {
        Ok(())
    } else {
        Err(Error::Forbidden(format!(
            "this token's jurisdictions do not include {country}"
        )))
    }
}
