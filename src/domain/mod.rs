//! Types and rules of the registry that know nothing of HTTP or SQL.

pub mod country;
pub mod licence;
pub mod organization;
pub mod role;
pub mod text;
pub mod validation;
