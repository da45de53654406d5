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
    /// What went wrong, for the person at the screen, in their language. (`Display` is the
    /// English one, which the command line and the logs use.)
    pub fn user_message(&self, lang: crate::lang::Lang) -> String {
        use LoadError as E;
        if lang == crate::lang::Lang::En {
            return self.to_string();
        }
        match self {
            E::Io { path, source } => format!(
                "kan {} niet lezen: {source}",
                shown_max(&path.to_string_lossy(), 240)
            ),
            E::TooLarge { size, limit } => format!(
                "het bestand is te groot ({size} bytes); ecomap leest kaarten tot {limit} bytes"
            ),
            E::Empty => "het bestand is leeg: er staat geen kaart in".to_owned(),
            E::InvalidUtf8 { line, column } => format!(
                "het bestand is geen geldige UTF-8-tekst (ongeldige byte op regel {line}, kolom {column})"
            ),
            E::Syntax {
                message,
                line,
                column,
            } => format!(
                "het bestand is geen geldige JSON: {message} (regel {line}, kolom {column})"
            ),
            E::Shape {
                message,
                field,
                line,
                column,
            } => format!(
                "het bestand heeft niet de vorm van een ecomap-kaart: {message}{} (regel {line}, kolom {column})",
                field
                    .as_ref()
                    .map(|f| format!(" in {f}"))
                    .unwrap_or_default()
            ),
            E::WrongFormat { found } => format!(
                "dit is geen ecomap-kaart: \"format\" is \"{}\", verwacht \"ecomap\"",
                shown(found)
            ),
            E::NewerVersion { found, supported } => format!(
                "gemaakt met een nieuwere versie van ecomap: versie {found}, deze leest tot versie {supported}"
            ),
            E::BadVersion { found } => {
                format!("onbekende bestandsversie {found}: versies beginnen bij 1")
            }
            E::UnknownStakeholderKind { id, kind, known } => format!(
                "belanghebbende '{}': onbekende soort '{}' (bekende soorten: {known})",
                shown(id),
                shown(kind)
            ),
            E::UnknownRelationKind { id, kind, known } => format!(
                "relatie '{}': onbekende soort '{}' (bekende soorten: {known})",
                shown(id),
                shown(kind)
            ),
            E::EmptyId { list, position } => {
                format!("item {position} van \"{list}\" heeft een lege \"id\"")
            }
            E::Invalid(e) => e.user_message(lang),
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn every_load_error_speaks_dutch_and_english() {
        let errors = [
            LoadError::Io {
                path: "kaart.json".into(),
                source: std::io::Error::other("x"),
            },
            LoadError::TooLarge { size: 9, limit: 1 },
            LoadError::Empty,
            LoadError::InvalidUtf8 { line: 1, column: 2 },
            LoadError::Syntax {
                message: "m".into(),
                line: 1,
                column: 2,
            },
            LoadError::Shape {
                message: "m".into(),
                field: Some("stakeholders[0].x".into()),
                line: 1,
                column: 2,
            },
            LoadError::WrongFormat { found: "f".into() },
            LoadError::NewerVersion {
                found: 9,
                supported: 1,
            },
            LoadError::BadVersion { found: 0 },
            LoadError::UnknownStakeholderKind {
                id: "a".into(),
                kind: "k".into(),
                known: "x".into(),
            },
            LoadError::UnknownRelationKind {
                id: "r".into(),
                kind: "k".into(),
                known: "x".into(),
            },
            LoadError::EmptyId {
                list: "stakeholders",
                position: 3,
            },
            LoadError::Invalid(ModelError::DuplicateStakeholder("a".into())),
        ];
        for e in &errors {
            let (nl, en) = (e.user_message(Lang::Nl), e.user_message(Lang::En));
            assert_eq!(en, e.to_string());
            assert!(!nl.is_empty() && nl != en, "{e:?}: {nl}");
        }
        assert!(errors[2].user_message(Lang::Nl).contains("leeg"));
    }
}
