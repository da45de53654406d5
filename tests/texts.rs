//! The texts in their Fluent files (`assets/i18n/<lang>/ecomap.ftl`): every message in every
//! language, with the same arguments, rendering without an error; every text the code asks
//! for without arguments needs none; no text unused; plurals and numbers as each language
//! writes them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use ecomap::lang::Lang;
use ecomap::tr;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;

fn file(lang: Lang) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(lang.code())
        .join("ecomap.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The variables a pattern uses (also inside selectors and their variants).
fn variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Each message of `lang`'s file with the variables it uses; the file must parse whole.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let text = file(lang);
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", lang.code()));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                let value = m
                    .value
                    .as_ref()
                    .unwrap_or_else(|| panic!("{} has no value", m.id.name));
                variables(value, &mut vars);
                let earlier = out.insert(m.id.name.to_owned(), vars);
                assert!(earlier.is_none(), "{} twice in {}", m.id.name, lang.code());
            }
            ast::Entry::Junk { content } => panic!("{}: cannot read {content}", lang.code()),
            _ => {}
        }
    }
    out
}

#[test]
fn every_message_is_in_every_language_with_the_same_arguments() {
    let en = messages(Lang::En);
    assert!(en.len() > 400, "{} messages", en.len());
    for lang in Lang::ALL {
        let m = messages(lang);
        let missing: Vec<&String> = en.keys().filter(|k| !m.contains_key(*k)).collect();
        let extra: Vec<&String> = m.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code());
        for (id, vars) in &m {
            assert_eq!(vars, &en[id], "{id} in {}: other arguments", lang.code());
        }
        // What the binary carries is what the file says.
        let embedded: BTreeSet<String> = ecomap::i18n::message_ids(lang).into_iter().collect();
        let on_disk: BTreeSet<String> = m.keys().cloned().collect();
        assert_eq!(embedded, on_disk, "{}", lang.code());
    }
}

/// Every message renders in every language, with its arguments as one and as many, and as
/// text: no error, nothing left unfilled, no invisible isolation marks.
#[test]
fn every_message_renders_with_sample_arguments() {
    let en = messages(Lang::En);
    for lang in Lang::ALL {
        let resource = FluentResource::try_new(file(lang)).expect("parses");
        let mut bundle = FluentBundle::new(vec![ecomap::i18n::language_id(lang)]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no message twice");
        for (id, vars) in &en {
            let message = bundle.get_message(id).expect("present");
            let pattern = message.value().expect("a value");
            for sample in [
                FluentValue::from(1),
                FluentValue::from(2),
                FluentValue::from("Wijkteam"),
            ] {
                let mut args = FluentArgs::new();
                for v in vars {
                    args.set(v.as_str(), sample.clone());
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{id} in {}: {errors:?}", lang.code());
                assert!(!text.trim().is_empty(), "{id} in {} is empty", lang.code());
                assert!(!text.contains("{$"), "{id} in {}: {text}", lang.code());
            }
        }
        // Through the app's own loader, too: every message without arguments.
        for (id, vars) in &en {
            if vars.is_empty() {
                let text = ecomap::i18n::loader(lang).get(id);
                assert!(!text.is_empty() && !text.contains('\u{2068}'), "{id}");
            }
        }
    }
}

fn sources(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    for entry in std::fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("readable");
            out.push((path, text));
        }
    }
}

/// The ids the code asks for, with whether it gives arguments (`tr!(lang, "id")` or
/// `tr!(lang, "id", n = …)`).
fn asked() -> Vec<(String, bool, PathBuf)> {
    let mut files = Vec::new();
    sources(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut out = Vec::new();
    for (path, text) in files {
        let mut rest = text.as_str();
        while let Some(at) = rest.find("tr!(") {
            // `tr!(`, not `include_str!(`.
            let own = !rest[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            rest = &rest[at + 4..];
            if !own {
                continue;
            }
            // The call's text up to its closing bracket.
            let mut depth = 1;
            let end = rest
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map_or(rest.len(), |(i, _)| i);
            let call = &rest[..end];
            let Some(open) = call.find('"') else { continue };
            let Some(close) = call[open + 1..].find('"') else {
                continue;
            };
            let id = &call[open + 1..open + 1 + close];
            if id == "id" || id.contains('$') {
                continue; // the macro's own definition
            }
            let after = call[open + 2 + close..].trim();
            let with_args = after.starts_with(',') && after.len() > 1;
            out.push((id.to_owned(), with_args, path.clone()));
        }
    }
    out
}

#[test]
fn no_text_is_asked_for_without_its_arguments_and_none_is_unused() {
    let en = messages(Lang::En);
    let asked = asked();
    assert!(asked.len() > 400, "{} uses found", asked.len());
    for (id, with_args, path) in &asked {
        let vars = en
            .get(id)
            .unwrap_or_else(|| panic!("{} asks for {id}, which no file has", path.display()));
        assert!(
            *with_args || vars.is_empty(),
            "{} asks for {id} without its arguments {vars:?}",
            path.display()
        );
    }
    let used: BTreeSet<&str> = asked.iter().map(|(id, _, _)| id.as_str()).collect();
    let unused: Vec<&String> = en.keys().filter(|k| !used.contains(k.as_str())).collect();
    assert!(unused.is_empty(), "texts nothing shows: {unused:?}");
}

#[test]
fn plurals_and_numbers_follow_each_language() {
    assert_eq!(tr!(Lang::Nl, "actions-count", n = 1), "1 actie");
    assert_eq!(tr!(Lang::Nl, "actions-count", n = 2), "2 acties");
    assert_eq!(tr!(Lang::En, "actions-count", n = 1), "1 action");
    assert_eq!(tr!(Lang::En, "actions-count", n = 3), "3 actions");
    assert_eq!(
        tr!(Lang::Nl, "live-phones", n = 1, p = 1),
        "1 telefoon · 1 voorstel wacht"
    );
    assert_eq!(
        tr!(Lang::Nl, "live-phones", n = 2, p = 0),
        "2 telefoons · 0 voorstellen wachten"
    );
    assert_eq!(
        tr!(Lang::Nl, "quiet-domain-pairs-n", n = 1),
        "1 ander domeinpaar: geen schotten, niets ontbreekt."
    );
    assert_eq!(tr!(Lang::Nl, "votes-count", n = 1), "1 stem");
    assert_eq!(tr!(Lang::En, "votes-count", n = 4), "4 votes");
    assert_eq!(
        tr!(Lang::Nl, "map-counts", s = 1, r = 2),
        "1 partner, 2 relaties"
    );
    assert_eq!(ecomap::i18n::decimal(0.59, 2, Lang::Nl), "0,59");
    assert_eq!(ecomap::i18n::decimal(0.59, 2, Lang::En), "0.59");
    assert_eq!(ecomap::i18n::thousands(12_500, Lang::Nl), "12.500");
    assert_eq!(ecomap::i18n::thousands(1_234_567, Lang::En), "1,234,567");
    assert_eq!(ecomap::i18n::thousands(999, Lang::Nl), "999");
}

/// A name typed by a user that looks like a blank is shown as typed, never filled again.
#[test]
fn a_value_is_never_filled_in_again() {
    let said = tr!(Lang::Nl, "scenario-new-name", name = "{ $name } {y}");
    assert!(said.contains("{ $name } {y}"), "{said}");
    assert!(
        !said.contains('\u{2068}') && !said.contains('\u{2069}'),
        "{said:?}"
    );
}

/// The help's key names are the keyboard's, in the language: no "Questionmark" or "Down".
#[test]
fn shortcuts_are_named_in_the_language() {
    use ecomap::app::actions::shortcut_label;
    use egui::{Key, KeyboardShortcut, Modifiers};
    let s = |m, k| KeyboardShortcut::new(m, k);
    assert_eq!(
        shortcut_label(&s(Modifiers::NONE, Key::Questionmark), Lang::Nl),
        "?"
    );
    assert_eq!(
        shortcut_label(&s(Modifiers::CTRL, Key::ArrowDown), Lang::Nl),
        "Ctrl+Omlaag"
    );
    assert_eq!(
        shortcut_label(&s(Modifiers::CTRL, Key::Equals), Lang::En),
        "Ctrl+="
    );
    assert_eq!(
        shortcut_label(&s(Modifiers::CTRL | Modifiers::SHIFT, Key::S), Lang::Nl),
        "Ctrl+Shift+S"
    );
}
