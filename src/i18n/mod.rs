//! Every text ecomap shows, in Project Fluent: one file per language,
//! `assets/i18n/<code>/ecomap.ftl`, embedded in the binary. A text is named once in the code,
//! by [`tr!`](crate::tr) (the `fl!` macro of `i18n-embed-fl` underneath, which checks the
//! message and its arguments against the English file when compiling), and once in each
//! language's file. Plurals and the like are the file's business (`{ $n -> [one] … *[other] … }`).
//!
//! A third language is a third file plus its [`Lang`]: the test `tests/texts.rs` renders every
//! message of every language with sample arguments and names what is missing.
//!
//! Each language has a loader of its own ([`loader`]): the editor, each phone and the command
//! line ask in the language they speak, with no global choice to switch.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_bundle::FluentValue;
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

use crate::lang::Lang;

/// The Fluent files (`assets/i18n/`), in the binary.
#[derive(RustEmbed)]
#[folder = "assets/i18n/"]
struct Localizations;

/// The language's identifier for Fluent (plural rules).
pub fn language_id(lang: Lang) -> LanguageIdentifier {
    lang.code()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default())
}

/// One loader per language, loaded on first use.
static LOADERS: LazyLock<Vec<FluentLanguageLoader>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|&lang| {
            let loader: FluentLanguageLoader = fluent_language_loader!();
            if let Err(e) = loader.load_languages(&Localizations, &[language_id(lang)]) {
                log::error!("the {} texts could not be loaded: {e}", lang.code());
            }
            // No invisible isolation marks around filled-in values: they would reach files,
            // the clipboard and the terminal (and the loader refuses them in names).
            loader.set_use_isolating(false);
            loader
        })
        .collect()
});

/// The loader of `lang`'s texts.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &LOADERS[i]
}

/// Texts without arguments, formatted once per language and kept: the editor asks for its
/// labels every frame. Bounded by the number of messages.
static KEPT: LazyLock<RwLock<HashMap<(Lang, &'static str), &'static str>>> =
    LazyLock::new(RwLock::default);

/// The text `id` in `lang`, made by `make` the first time (used by [`tr!`](crate::tr)).
pub fn kept(
    lang: Lang,
    id: &'static str,
    make: fn(&'static FluentLanguageLoader) -> String,
) -> &'static str {
    if let Some(s) = KEPT.read().ok().and_then(|m| m.get(&(lang, id)).copied()) {
        return s;
    }
    let made: &'static str = Box::leak(make(loader(lang)).into_boxed_str());
    match KEPT.write() {
        Ok(mut m) => m.entry((lang, id)).or_insert(made),
        Err(_) => made,
    }
}

/// A text in a language: `tr!(lang, "save")` is a `&'static str`; with arguments,
/// `tr!(lang, "moved-n", n = 3)` is a `String`. The message and its arguments are checked
/// against the English file when compiling.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:tt) => {
        $crate::i18n::kept($lang, $id, |l| ::i18n_embed_fl::fl!(l, $id))
    };
    ($lang:expr, $id:tt, $($name:ident = $value:expr),+ $(,)?) => {
        ::i18n_embed_fl::fl!(
            $crate::i18n::loader($lang),
            $id,
            $($name = $crate::i18n::arg($value)),+
        )
    };
}

/// A value filled into a text: a text (however it is held) or a number (which plurals are
/// chosen by).
pub trait Arg<'a> {
    fn value(self) -> FluentValue<'a>;
}

impl<'a> Arg<'a> for &'a str {
    fn value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

impl<'a> Arg<'a> for &'a &str {
    fn value(self) -> FluentValue<'a> {
        FluentValue::from(*self)
    }
}

impl<'a> Arg<'a> for &'a String {
    fn value(self) -> FluentValue<'a> {
        FluentValue::from(self.as_str())
    }
}

impl<'a> Arg<'a> for std::borrow::Cow<'a, str> {
    fn value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

impl Arg<'_> for String {
    fn value(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl Arg<'_> for $t {
            fn value(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
        impl Arg<'_> for &$t {
            fn value(self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(usize, u8, u16, u32, u64, i32, i64, f32, f64);

impl<'a> Arg<'a> for FluentValue<'a> {
    fn value(self) -> FluentValue<'a> {
        self
    }
}

/// `x` as a value to fill in (used by [`tr!`](crate::tr)).
pub fn arg<'a>(x: impl Arg<'a>) -> FluentValue<'a> {
    x.value()
}

/// A number with `places` decimals as the language writes it: "0,59" in Dutch, "0.59" in
/// English.
pub fn decimal(x: f64, places: usize, lang: Lang) -> String {
    let text = format!("{x:.places$}");
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A whole number with its thousands marked as the language does: "12.500" in Dutch,
/// "12,500" in English.
pub fn thousands(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let mark = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

/// Every message id of `lang`'s file, in the file's order (for the tests and translators).
pub fn message_ids(lang: Lang) -> Vec<String> {
    loader(lang).with_message_iter(&language_id(lang), |messages| {
        messages.map(|m| m.id.name.to_owned()).collect()
    })
}
