//! A notice: a message for the user (a path written, an error from the system, one of the
//! editor's texts), said again in the other language after a switch. Shown as a toast by
//! `panels/notice.rs`; made by the app and the file session.

use std::sync::Arc;

use crate::app::text;
use crate::lang::Lang;

/// How long a message (not an error) stays, then how long it takes to fade.
pub const NOTICE_SECONDS: f64 = 6.0;
pub const FADE_SECONDS: f64 = 1.0;

/// Words that can be said in either language: one of the texts, with its values filled in.
#[derive(Clone)]
pub struct Words(Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Words {
    /// `say` makes the words in a language (`|l| tr!(l, "moved-n", n = 3)`).
    pub fn new(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        Words(Arc::new(say))
    }

    /// The words in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

impl From<text::Text> for Words {
    fn from(t: text::Text) -> Self {
        Words::new(move |l| t.get(l).to_owned())
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.say(Lang::En))
    }
}

/// A message shown over the canvas until it fades or is dismissed.
#[derive(Debug, Clone)]
pub struct Notice {
    pub text: String,
    pub error: bool,
    /// What was said, when it is one of the editor's texts: shown again in the other language
    /// when the language is switched.
    pub said: Option<Words>,
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

    /// Words of the editor's, in `lang`; said again in the other language after a switch
    /// ([`Notice::relanguage`]).
    pub fn say(words: Words, lang: Lang, error: bool) -> Self {
        Notice {
            text: words.say(lang),
            error,
            said: Some(words),
            shown: None,
        }
    }

    /// Say it again in `lang` (after a language switch), if it is one of the editor's texts.
    pub fn relanguage(&mut self, lang: Lang) {
        if let Some(words) = &self.said {
            self.text = words.say(lang);
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
