//! Official licence registers read through a mapping file: rows grouped into
//! entries (branches merged) and resolved against what the registry holds. Nothing
//! here touches the database; `registry::imports` loads what is known and writes the
//! plan in one transaction.

pub mod entries;
pub mod mapping;
pub mod matching;
pub mod read;

pub use entries::{Branch, Entry};
pub use mapping::Mapping;
pub use matching::{Decision, Known, KnownOrganization, Resolution};
pub use read::{Register, RegisterRow};
