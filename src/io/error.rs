use std::path::PathBuf;

use crate::model::{ModelError, shown, shown_max};

/// What a path is when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    Folder,
    Pipe,
    Device,
    Socket,
    Other,
}

impl NotAFile {
    /// What the file system says `meta` is, when it is not a regular file.
    pub fn of(meta: &std::fs::Metadata) -> Option<NotAFile> {
        let t = meta.file_type();
        if t.is_file() {
            return None;
        }
        if t.is_dir() {
            return Some(NotAFile::Folder);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return Some(NotAFile::Pipe);
            }
            if t.is_block_device() || t.is_char_device() {
                return Some(NotAFile::Device);
            }
            if t.is_socket() {
                return Some(NotAFile::Socket);
            }
        }
        Some(NotAFile::Other)
    }

    fn name(self, lang: crate::lang::Lang) -> &'static str {
        use crate::lang::Lang::{En, Nl};
        match (self, lang) {
            (NotAFile::Folder, Nl) => "een map (folder)",
            (NotAFile::Folder, En) => "a folder",
            (NotAFile::Pipe, Nl) => "een named pipe (FIFO)",
            (NotAFile::Pipe, En) => "a named pipe (FIFO)",
            (NotAFile::Device, Nl) => "een apparaat",
            (NotAFile::Device, En) => "a device",
            (NotAFile::Socket, Nl) => "een socket",
            (NotAFile::Socket, En) => "a socket",
            (NotAFile::Other, Nl) => "geen gewoon bestand",
            (NotAFile::Other, En) => "not a regular file",
        }
    }
}

/// Why a map file could not be read. Every message names the offending id, field or value.
#[derive(Debug)]
pub enum LoadError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    TooLarge {
        size: u64,
        limit: u64,
    },
    /// A folder, a named pipe, a device: nothing to read a map from (a pipe would wait for a
    /// writer for ever).
    NotAFile {
        path: PathBuf,
        what: NotAFile,
    },
    Empty,
    InvalidUtf8 {
        line: usize,
        column: usize,
    },
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    Shape {
        message: String,
        /// Where in the file, e.g. `stakeholders[3].x`, when known.
        field: Option<String>,
        line: usize,
        column: usize,
    },
    WrongFormat {
        found: String,
    },
    NewerVersion {
        found: u64,
        supported: u64,
    },
    BadVersion {
        found: u64,
    },
    UnknownStakeholderKind {
        id: String,
        kind: String,
        known: String,
    },
    UnknownRelationKind {
        id: String,
        kind: String,
        known: String,
    },
    EmptyId {
        list: &'static str,
        position: usize,
    },
    /// A field the file's version does not have (`scenarios` in a version 1 file, `relations`
    /// outside a scenario in version 2).
    NotInVersion {
        field: &'static str,
        version: u64,
    },
    /// A list the file's version needs.
    Missing {
        field: &'static str,
    },
    /// A value outside its list (a confidence, an action's status or rule).
    UnknownValue {
        id: String,
        field: &'static str,
        value: String,
        known: String,
    },
    /// A stakeholder every scenario leaves out.
    InNoScenario {
        id: String,
    },
    /// A text with a character that does not belong in it (see [`crate::model::foreign_char`]).
    ForeignCharacter {
        /// Where: `stakeholders[3].name`.
        field: String,
        value: String,
        found: char,
    },
    Invalid(ModelError),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.user_message(crate::lang::Lang::En))
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            LoadError::Invalid(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ModelError> for LoadError {
    fn from(e: ModelError) -> Self {
        LoadError::Invalid(e)
    }
}

impl LoadError {
    /// What went wrong, for the person at the screen, in their language (`Display` is the
    /// English one, for the command line and the logs).
    pub fn user_message(&self, lang: crate::lang::Lang) -> String {
        use LoadError as E;
        let t = lang;
        match self {
            E::Io { path, source } => crate::tr!(
                t,
                "load-io",
                path = shown_max(&path.to_string_lossy(), 240),
                source = source.to_string()
            ),
            E::NotAFile { path, what } => crate::tr!(
                t,
                "load-not-a-file",
                path = shown_max(&path.to_string_lossy(), 240),
                what = what.name(lang)
            ),
            E::TooLarge { size, limit } => {
                crate::tr!(t, "load-too-large", size = size, limit = limit)
            }
            E::Empty => crate::tr!(t, "load-empty").to_owned(),
            E::InvalidUtf8 { line, column } => {
                crate::tr!(t, "load-utf8", line = line, column = column)
            }
            E::Syntax {
                message,
                line,
                column,
            } => crate::tr!(
                t,
                "load-syntax",
                message = message,
                line = line,
                column = column
            ),
            E::Shape {
                message,
                field,
                line,
                column,
            } => {
                let within = field
                    .as_ref()
                    .map(|f| crate::tr!(t, "load-shape-in", field = f))
                    .unwrap_or_default();
                crate::tr!(
                    t,
                    "load-shape",
                    message = message,
                    within = &within,
                    line = line,
                    column = column
                )
            }
            E::WrongFormat { found } => crate::tr!(t, "load-wrong-format", found = shown(found)),
            E::NewerVersion { found, supported } => crate::tr!(
                t,
                "load-newer",
                found = found.to_string(),
                supported = supported.to_string()
            ),
            E::BadVersion { found } => crate::tr!(t, "load-bad-version", found = found.to_string()),
            E::UnknownStakeholderKind { id, kind, known } => crate::tr!(
                t,
                "load-stakeholder-kind",
                id = shown(id),
                kind = shown(kind),
                known = known
            ),
            E::UnknownRelationKind { id, kind, known } => crate::tr!(
                t,
                "load-relation-kind",
                id = shown(id),
                kind = shown(kind),
                known = known
            ),
            E::EmptyId { list, position } => crate::tr!(
                t,
                "load-empty-id",
                list = list,
                position = position.to_string()
            ),
            E::NotInVersion { field, version } => crate::tr!(
                t,
                "load-not-in-version",
                field = field,
                version = version.to_string()
            ),
            E::Missing { field } => crate::tr!(t, "load-missing", field = field),
            E::UnknownValue {
                id,
                field,
                value,
                known,
            } => crate::tr!(
                t,
                "load-unknown-value",
                id = shown(id),
                field = field,
                value = shown(value),
                known = known
            ),
            E::InNoScenario { id } => crate::tr!(t, "load-in-no-scenario", id = shown(id)),
            E::ForeignCharacter {
                field,
                value,
                found,
            } => crate::tr!(
                t,
                "load-foreign-char",
                field = field,
                code = format!("U+{:04X}", u32::from(*found)),
                value = shown(value)
            ),
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
            LoadError::NotAFile {
                path: "kaart.json".into(),
                what: NotAFile::Pipe,
            },
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
            LoadError::NotInVersion {
                field: "scenarios",
                version: 1,
            },
            LoadError::Missing { field: "scenarios" },
            LoadError::UnknownValue {
                id: "r1".into(),
                field: "confidence",
                value: "zeker".into(),
                known: "certain".into(),
            },
            LoadError::InNoScenario { id: "a".into() },
            LoadError::ForeignCharacter {
                field: "stakeholders[1].name".into(),
                value: "Gemeente\u{1b}]0;x\u{7}".into(),
                found: '\u{1b}',
            },
            LoadError::Invalid(ModelError::DuplicateStakeholder("a".into())),
        ];
        for e in &errors {
            let (nl, en) = (e.user_message(Lang::Nl), e.user_message(Lang::En));
            assert_eq!(en, e.to_string());
            assert!(!nl.is_empty() && nl != en, "{e:?}: {nl}");
        }
        assert!(errors[3].user_message(Lang::Nl).contains("leeg"));
    }
}
