//! The layering: model, analysis, layout, io, scene and export stay usable without a display.
//! Only `app/`, `main.rs` and `cli/` may name egui or eframe (`emath`, egui's small math
//! crate, is allowed everywhere).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_the_app_names_egui_or_eframe() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut checked = 0;
    let mut offenders = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.starts_with("app/") || rel.starts_with("cli/") || rel == "main.rs" {
            continue;
        }
        checked += 1;
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if ["egui::", "use egui", "eframe", "egui_"]
                .iter()
                .any(|w| code.contains(w))
            {
                offenders.push(format!("src/{rel}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(checked > 20, "only {checked} files checked");
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

/// The module path of a file under `src/app`: `app`, `app::panels`, `app::panels::menu`.
fn module_of(rel: &str) -> String {
    let rel = rel.trim_end_matches(".rs").trim_end_matches("/mod");
    format!("app::{}", rel.replace('/', "::"))
        .trim_end_matches("::mod")
        .to_owned()
}

#[test]
fn the_files_of_the_editor_import_one_way() {
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut files = Vec::new();
    rust_files(&app, &mut files);
    files.sort();
    // Every file's module, and the modules it names (`super::x`, `crate::app::x::y`), tests
    // left out.
    let mut modules: Vec<String> = Vec::new();
    let mut uses: Vec<(String, Vec<String>)> = Vec::new();
    let mut codes: Vec<String> = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(&app)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let me = if rel == "mod.rs" {
            "app".to_owned()
        } else {
            module_of(&rel)
        };
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let parent = if rel.ends_with("mod.rs") {
            me.clone()
        } else {
            me.rsplit_once("::")
                .map_or("app".to_owned(), |(p, _)| p.to_owned())
        };
        let mut named = Vec::new();
        for line in code.lines() {
            let line = line.split("//").next().unwrap_or("");
            for (prefix, base) in [("super::", parent.as_str()), ("crate::app::", "app")] {
                let mut rest = line;
                while let Some(at) = rest.find(prefix) {
                    let after = &rest[at + prefix.len()..];
                    let path: String = after
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                        .collect();
                    let mut target = base.to_owned();
                    for part in path.split("::").filter(|p| !p.is_empty()) {
                        target = format!("{target}::{part}");
                        named.push(target.clone());
                    }
                    if path.is_empty() {
                        // `super::{a, b}`: names the parent's items.
                        named.push(base.to_owned());
                    }
                    rest = &after[path.len()..];
                }
            }
        }
        modules.push(me.clone());
        uses.push((me, named));
        codes.push(code.to_owned());
    }
    // A module also names its own children without a prefix (`panels::menu::ui`).
    for (k, (me, named)) in uses.iter_mut().enumerate() {
        for child in modules.iter().filter(|m| {
            m.strip_prefix(me.as_str())
                .and_then(|r| r.strip_prefix("::"))
                .is_some_and(|r| !r.contains("::"))
        }) {
            let name = child.rsplit("::").next().unwrap_or("");
            let used = codes[k].match_indices(&format!("{name}::")).any(|(at, _)| {
                codes[k][..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ':'))
            });
            if used {
                named.push(child.clone());
            }
        }
    }
    // Keep the names that are modules of `src/app`: edges between files.
    let mut edges: Vec<(String, String)> = Vec::new();
    for (from, named) in &uses {
        for n in named {
            // A module, or an item of one (`app::EcomapApp` is `app`'s).
            let module = if modules.contains(n) {
                Some(n.clone())
            } else {
                n.rsplit_once("::")
                    .map(|(m, _)| m.to_owned())
                    .filter(|m| modules.contains(m))
            };
            if let Some(m) = module
                && &m != from
            {
                edges.push((from.clone(), m));
            }
        }
    }
    let mut both: Vec<String> = edges
        .iter()
        .filter(|(a, b)| edges.contains(&(b.clone(), a.clone())) && a < b)
        .map(|(a, b)| format!("{a} ⇄ {b}"))
        .collect();
    both.sort();
    both.dedup();
    assert!(
        both.is_empty(),
        "files that import each other:\n{}",
        both.join("\n")
    );
}
