//! Small serde helpers shared by request types.

use serde::{Deserialize, Deserializer};

/// Tells a field that is absent (`None`) from one set to null (`Some(None)`), so a
/// PATCH can clear an optional value. Use with `#[serde(default)]`.
pub fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
