//! A notice: a message for the user (a path written, an error from the system, one of the
//! editor's texts), said again in the other language after a switch. Shown as a toast by
//! `panels/notice.rs`; made by the app and the file session.

use crate::app::text;
use crate::lang::Lang;

/// How long a message (not an error) stays, then how long it takes to fade.
pub const NOTICE_SECONDS: f64 = 6.0;
pub const FADE_SECONDS: f64 = 1.0;

/// A message shown over the canvas until it fades or is dismissed.
#[derive(Debug, Clone)]
pub struct Notice {
    pub text: String,
    pub error: bool,
    /// What was said, when it is one of the editor's texts: shown again in the other language
    /// when the language is switched.
    pub said: Option<(text::Text, Vec<(&'static str, String)>)>,
    /// When it was first shown (egui time): a message that is not an error fades after a while.
    pub shown: Option<f64>,
}

impl Notice {
    /// A notice that is not one of the editor's texts (a path, an error from the system).
    pub fn tell(text: String, error: bool) -> Self {
        Notice {
            text,
            error,
            said: None,
            shown: None,
        }
    }

    /// One of the editor's texts, with `vars` filled in (`{n}` → "17"), in `lang`; said again
    /// in the other language after a switch ([`Notice::relanguage`]).
    pub fn say(t: text::Text, vars: &[(&'static str, String)], lang: Lang, error: bool) -> Self {
        Notice {
            text: fill(t.get(lang), vars),
            error,
            said: Some((t, vars.to_vec())),
            shown: None,
        }
    }

    /// Say it again in `lang` (after a language switch), if it is one of the editor's texts.
    pub fn relanguage(&mut self, lang: Lang) {
        if let Some((t, vars)) = &self.said {
            self.text = fill(t.get(lang), vars);
        }
    }

    /// Faded away by `now` (a message, not an error).
    pub fn is_gone(&self, now: f64) -> bool {
        !self.error
            && self
                .shown
                .is_some_and(|s| now - s > NOTICE_SECONDS + FADE_SECONDS)
    }
}

/// `template` with each `(key, value)` of `vars` filled in (keys with or without braces).
pub fn fill(template: &str, vars: &[(&'static str, String)]) -> String {
    let named: Vec<(&str, &str)> = vars
        .iter()
        .map(|(k, v)| (k.trim_start_matches('{').trim_end_matches('}'), v.as_str()))
        .collect();
    crate::i18n::fill(template, &named)
}
