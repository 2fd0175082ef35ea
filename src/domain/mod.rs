//! Types and rules of the registry that know nothing of HTTP or SQL.

pub mod complaint;
pub mod country;
pub mod finding;
pub mod identity;
pub mod licence;
pub mod money;
pub mod organization;
pub mod receipt;
pub mod role;
pub mod statistics;
pub mod suppression;
pub mod text;
pub mod validation;
