//! Field-level validation problems, collected so a client sees all of them at once.

use serde::Serialize;
use utoipa::ToSchema;

/// One invalid field in a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// JSON path of the field, e.g. `aliases[1].name`.
    pub field: String,
    /// What is wrong with it, in plain words. Never repeats the submitted value.
    pub message: String,
}

/// Collects field errors while a request is checked.
#[derive(Debug, Default)]
pub struct Violations(Vec<FieldError>);

impl Violations {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    /// Ok when nothing was added, else the list of problems.
    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}
