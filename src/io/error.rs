use std::path::PathBuf;

use thiserror::Error;

use crate::model::{ModelError, shown, shown_max};

/// Why a map file could not be read. Every message names the offending id, field or value.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("cannot read {}: {source}", shown_max(&.path.to_string_lossy(), 240))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the file is too large ({size} bytes); ecomap reads map files up to {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    #[error("the file is empty: it holds no map")]
    Empty,
    #[error("the file is not valid UTF-8 text (invalid byte at line {line}, column {column})")]
    InvalidUtf8 { line: usize, column: usize },
    #[error("the file is not valid JSON: {message} (line {line}, column {column})")]
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    #[error(
        "the file does not have the shape of an ecomap map: {message}{} (line {line}, column {column})",
        .field.as_ref().map(|f| format!(" in {f}")).unwrap_or_default()
    )]
    Shape {
        message: String,
        /// Where in the file, e.g. `stakeholders[3].x`, when known.
        field: Option<String>,
        line: usize,
        column: usize,
    },
    #[error("this is not an ecomap map: \"format\" is \"{}\", expected \"ecomap\"", shown(.found))]
    WrongFormat { found: String },
    #[error("made by a newer version of ecomap: version {found}, this build reads {supported}")]
    NewerVersion { found: u64, supported: u64 },
    #[error("unknown file version {found}: versions start at 1")]
    BadVersion { found: u64 },
    #[error("stakeholder '{}': unknown kind '{}' (known kinds: {known})", shown(.id), shown(.kind))]
    UnknownStakeholderKind {
        id: String,
        kind: String,
        known: String,
    },
    #[error("relation '{}': unknown kind '{}' (known kinds: {known})", shown(.id), shown(.kind))]
    UnknownRelationKind {
        id: String,
        kind: String,
        known: String,
    },
    #[error("entry {position} of \"{list}\" has an empty \"id\"")]
    EmptyId { list: &'static str, position: usize },
    #[error("{0}")]
    Invalid(#[from] ModelError),
}

impl LoadError {
    /// The same error, saying which file it came from is left to the caller; this adds nothing.
    pub(crate) fn from_json(err: &serde_json::Error) -> LoadError {
        use serde_json::error::Category;
        let (line, column) = (err.line(), err.column());
        // serde_json's message ends with " at line L column C": we say that ourselves.
        let full = err.to_string();
        let message = shown_max(
            full.rsplit_once(" at line ")
                .map_or(full.as_str(), |(m, _)| m),
            240,
        );
        match err.classify() {
            Category::Data => LoadError::Shape {
                message,
                field: None,
                line,
                column,
            },
            Category::Eof if line <= 1 && column == 0 => LoadError::Empty,
            Category::Eof => LoadError::Syntax {
                message: format!("{message}: the file is truncated"),
                line,
                column,
            },
            Category::Syntax | Category::Io => LoadError::Syntax {
                message,
                line,
                column,
            },
        }
    }
}
