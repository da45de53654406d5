//! The layering. Only `app/`, `main.rs` and `cli/` may name egui or eframe (`emath`, egui's
//! small math crate, is allowed everywhere), so model, analysis, layout, io, scene and export
//! stay usable without a display. And the crate imports one way: no cycle among the top-level
//! modules of `src/` (`layout -> scene -> layout`), nor among the files of `app/`.
//!
//! The sources are read as tokens (comments, strings and characters left out), and every path
//! is followed: `use crate::{a, b::c}` (brace groups over several lines too), `crate::x::y`,
//! `super::x`, `self::x`, a child module by its name (`draw::card`) and a name a `use` made for
//! a module (`use super::text; text::wrap`). Test code (`#[cfg(test)]`) is left out; a
//! `mod x;` declaration is not an import.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use petgraph::graph::{DiGraph, NodeIndex};

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

/// Every `.rs` file under `src/`, as `(path relative to src, text)`, sorted.
fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .iter()
        .map(|f| {
            let rel = f
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(f).unwrap())
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Tokens.

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// `::`
    Sep,
    Open,
    Close,
    Semi,
    Comma,
    Star,
    Hash,
    Other(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    line: usize,
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Rust source as tokens, without comments, strings, characters, lifetimes and numbers.
fn lex(text: &str) -> Vec<Token> {
    let c: Vec<char> = text.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // Skips a string's body from its opening quote (at `i`), with `hashes` for a raw string.
    let skip_string = |mut i: usize, raw: bool, hashes: usize, line: &mut usize| -> usize {
        i += 1;
        while i < c.len() {
            match c[i] {
                '\\' if !raw => i += 1,
                '\n' => *line += 1,
                '"' if (1..=hashes).all(|k| at(i + k) == '#') => return i + hashes + 1,
                _ => {}
            }
            i += 1;
        }
        i
    };
    while i < c.len() {
        let ch = c[i];
        match ch {
            '\n' => {
                line += 1;
                i += 1;
            }
            _ if ch.is_whitespace() => i += 1,
            '/' if at(i + 1) == '/' => {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
            }
            '/' if at(i + 1) == '*' => {
                let mut depth = 0;
                while i < c.len() {
                    if c[i] == '/' && at(i + 1) == '*' {
                        depth += 1;
                        i += 2;
                    } else if c[i] == '*' && at(i + 1) == '/' {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        if c[i] == '\n' {
                            line += 1;
                        }
                        i += 1;
                    }
                }
            }
            '"' => i = skip_string(i, false, 0, &mut line),
            '\'' => {
                if at(i + 1) == '\\' {
                    // An escaped character (`'\''`, `'\u{2192}'`): up to its closing quote.
                    i += 3;
                    while i < c.len() && c[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if at(i + 2) == '\'' {
                    i += 3;
                } else {
                    // A lifetime or a label.
                    i += 1;
                    while is_ident_char(at(i)) {
                        i += 1;
                    }
                }
            }
            _ if ch.is_ascii_digit() => {
                while is_ident_char(at(i)) {
                    i += 1;
                }
            }
            _ if is_ident_start(ch) => {
                let start = i;
                while is_ident_char(at(i)) {
                    i += 1;
                }
                let word: String = c[start..i].iter().collect();
                let raw_prefix = matches!(word.as_str(), "r" | "br" | "cr");
                if raw_prefix && (at(i) == '"' || at(i) == '#') {
                    let mut hashes = 0;
                    while at(i + hashes) == '#' {
                        hashes += 1;
                    }
                    if at(i + hashes) == '"' {
                        i = skip_string(i + hashes, true, hashes, &mut line);
                        continue;
                    }
                    if word == "r" && hashes == 1 && is_ident_start(at(i + 1)) {
                        // A raw identifier, `r#type`.
                        let start = i + 1;
                        i += 1;
                        while is_ident_char(at(i)) {
                            i += 1;
                        }
                        let word: String = c[start..i].iter().collect();
                        out.push(Token {
                            tok: Tok::Ident(word),
                            line,
                        });
                        continue;
                    }
                }
                if matches!(word.as_str(), "b" | "c") && at(i) == '"' {
                    i = skip_string(i, false, 0, &mut line);
                    continue;
                }
                if word == "b" && at(i) == '\'' {
                    // A byte: the quote is handled as a character next.
                    continue;
                }
                out.push(Token {
                    tok: Tok::Ident(word),
                    line,
                });
            }
            _ => {
                let tok = match ch {
                    ':' if at(i + 1) == ':' => {
                        i += 1;
                        Tok::Sep
                    }
                    '{' => Tok::Open,
                    '}' => Tok::Close,
                    ';' => Tok::Semi,
                    ',' => Tok::Comma,
                    '*' => Tok::Star,
                    '#' => Tok::Hash,
                    _ => Tok::Other(ch),
                };
                out.push(Token { tok, line });
                i += 1;
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Paths named in a file.

/// A path as written, where it was written.
#[derive(Debug, Clone)]
struct Named {
    /// The module it is written in (a file's module, or an inline module in it).
    context: Vec<String>,
    path: Vec<String>,
    /// The name a `use` gives it (`use a::b as c` → `c`, `use a::b` → `b`).
    alias: Option<String>,
    line: usize,
}

/// What one file names, and what it declares.
#[derive(Debug, Default)]
struct Scan {
    named: Vec<Named>,
    /// Inline modules outside tests (`mod x { … }`).
    inline: Vec<Vec<String>>,
    /// Files that are tests (`#[cfg(test)] mod x;`).
    test_files: Vec<Vec<String>>,
}

fn ident(t: Option<&Token>) -> Option<&str> {
    match t.map(|t| &t.tok) {
        Some(Tok::Ident(s)) => Some(s),
        _ => None,
    }
}

/// Whether the attribute starting at `i` (`#`) is `#[cfg(test)]`; and the index after it.
fn attribute(toks: &[Token], i: usize) -> (bool, usize) {
    let mut j = i + 1;
    if toks.get(j).map(|t| &t.tok) == Some(&Tok::Other('!')) {
        j += 1;
    }
    if toks.get(j).map(|t| &t.tok) != Some(&Tok::Other('[')) {
        return (false, i + 1);
    }
    let start = j;
    let mut depth = 0;
    while j < toks.len() {
        match toks[j].tok {
            Tok::Other('[') => depth += 1,
            Tok::Other(']') => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        j += 1;
    }
    let inner: Vec<&Tok> = toks[start + 1..j].iter().map(|t| &t.tok).collect();
    let test = inner
        == [
            &Tok::Ident("cfg".into()),
            &Tok::Other('('),
            &Tok::Ident("test".into()),
            &Tok::Other(')'),
        ];
    (test, j + 1)
}

/// The index after the item starting at `i`: after its `;`, or after its `{ … }`.
fn skip_item(toks: &[Token], mut i: usize) -> usize {
    while i < toks.len() {
        match toks[i].tok {
            Tok::Semi => return i + 1,
            Tok::Open => {
                let mut depth = 0;
                while i < toks.len() {
                    match toks[i].tok {
                        Tok::Open => depth += 1,
                        Tok::Close => {
                            depth -= 1;
                            if depth == 0 {
                                return i + 1;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    i
}

/// The paths of the use tree starting at `i`, each with its alias; returns the index after it.
fn use_tree(
    toks: &[Token],
    mut i: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>)>,
) -> usize {
    if toks.get(i).map(|t| &t.tok) == Some(&Tok::Sep) {
        // `::std::…`: another crate.
        prefix.push("::".into());
        i += 1;
    }
    loop {
        match toks.get(i).map(|t| &t.tok) {
            Some(Tok::Ident(s)) => {
                prefix.push(s.clone());
                i += 1;
                if toks.get(i).map(|t| &t.tok) == Some(&Tok::Sep) {
                    i += 1;
                    continue;
                }
                let mut alias = None;
                if ident(toks.get(i)) == Some("as") {
                    alias = ident(toks.get(i + 1)).map(str::to_owned);
                    i += 2;
                }
                if prefix.last().is_some_and(|l| l == "self") {
                    prefix.pop();
                }
                let alias = alias.or_else(|| prefix.last().cloned());
                out.push((prefix, alias));
                return i;
            }
            Some(Tok::Open) => {
                i += 1;
                loop {
                    match toks.get(i).map(|t| &t.tok) {
                        Some(Tok::Close) => return i + 1,
                        Some(Tok::Comma) => i += 1,
                        None => return i,
                        _ => i = use_tree(toks, i, prefix.clone(), out),
                    }
                }
            }
            Some(Tok::Star) => {
                out.push((prefix, None));
                return i + 1;
            }
            _ => return i,
        }
    }
}

/// What the file of module `module` names, tests left out.
fn scan(module: &[String], toks: &[Token]) -> Scan {
    let mut scan = Scan::default();
    // Inline modules open here: their path and the depth of braces inside them.
    let mut stack: Vec<(Vec<String>, usize)> = vec![(module.to_vec(), 0)];
    let mut depth = 0;
    let mut i = 0;
    while i < toks.len() {
        let context = stack.last().map(|(m, _)| m.clone()).unwrap_or_default();
        match &toks[i].tok {
            Tok::Hash => {
                let (test, next) = attribute(toks, i);
                i = next;
                if test {
                    // Further attributes, then the item.
                    while toks.get(i).map(|t| &t.tok) == Some(&Tok::Hash) {
                        i = attribute(toks, i).1;
                    }
                    while matches!(ident(toks.get(i)), Some("pub")) {
                        i += 1;
                    }
                    if ident(toks.get(i)) == Some("mod")
                        && let Some(name) = ident(toks.get(i + 1))
                        && toks.get(i + 2).map(|t| &t.tok) == Some(&Tok::Semi)
                    {
                        let mut m = context.clone();
                        m.push(name.to_owned());
                        scan.test_files.push(m);
                    }
                    i = skip_item(toks, i);
                }
            }
            Tok::Open => {
                depth += 1;
                i += 1;
            }
            Tok::Close => {
                if stack.len() > 1 && stack.last().is_some_and(|(_, d)| *d == depth) {
                    stack.pop();
                }
                depth -= 1;
                i += 1;
            }
            Tok::Ident(w) if w == "mod" => {
                // `mod x;` declares a file: not an import. `mod x { … }` opens a module.
                if let Some(name) = ident(toks.get(i + 1))
                    && toks.get(i + 2).map(|t| &t.tok) == Some(&Tok::Open)
                {
                    let mut m = context.clone();
                    m.push(name.to_owned());
                    scan.inline.push(m.clone());
                    depth += 1;
                    stack.push((m, depth));
                    i += 3;
                } else {
                    i += 2;
                }
            }
            Tok::Ident(w) if w == "use" => {
                let line = toks[i].line;
                let mut paths = Vec::new();
                i = use_tree(toks, i + 1, Vec::new(), &mut paths);
                for (path, alias) in paths {
                    scan.named.push(Named {
                        context: context.clone(),
                        path,
                        alias,
                        line,
                    });
                }
            }
            Tok::Ident(first) => {
                let after_sep = i > 0 && toks[i - 1].tok == Tok::Sep;
                let mut path = vec![first.clone()];
                let mut j = i + 1;
                while toks.get(j).map(|t| &t.tok) == Some(&Tok::Sep)
                    && let Some(next) = ident(toks.get(j + 1))
                {
                    path.push(next.to_owned());
                    j += 2;
                }
                if !after_sep && path.len() > 1 {
                    scan.named.push(Named {
                        context,
                        path,
                        alias: None,
                        line: toks[i].line,
                    });
                }
                i = j;
            }
            _ => i += 1,
        }
    }
    scan
}

// ---------------------------------------------------------------------------------------------
// The module graph.

/// A file of `src/` and what it names.
struct File {
    rel: String,
    module: Vec<String>,
    scan: Scan,
}

/// The module of a file under `src/`: `scene/mod.rs` → `scene`, `app/panels/menu.rs` →
/// `app::panels::menu`. `main.rs` is the binary, `main`; `lib.rs` is the root.
fn module_of(rel: &str) -> Vec<String> {
    if rel == "main.rs" {
        return vec!["main".into()];
    }
    let rel = rel.trim_end_matches(".rs");
    let rel = rel.strip_suffix("/mod").unwrap_or(rel);
    if rel == "lib" {
        return Vec::new();
    }
    rel.split('/').map(str::to_owned).collect()
}

/// The crate's files (tests left out) with what each names.
fn files() -> Vec<File> {
    let mut files: Vec<File> = sources()
        .into_iter()
        .map(|(rel, text)| {
            let module = module_of(&rel);
            let scan = scan(&module, &lex(&text));
            File { rel, module, scan }
        })
        .collect();
    let tests: BTreeSet<Vec<String>> = files
        .iter()
        .flat_map(|f| f.scan.test_files.iter().cloned())
        .collect();
    files.retain(|f| !tests.contains(&f.module));
    files
}

/// Paths resolved to what they name in the crate (an item or a module), from the crate's root.
struct Resolver {
    modules: BTreeSet<Vec<String>>,
    /// The names `use` gave to modules, by the module they were given in.
    aliases: HashMap<(Vec<String>, String), Vec<String>>,
}

impl Resolver {
    fn new(files: &[File]) -> Resolver {
        let mut modules: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
        modules.extend(files.iter().flat_map(|f| f.scan.inline.iter().cloned()));
        let mut r = Resolver {
            modules,
            aliases: HashMap::new(),
        };
        r.learn_aliases(files);
        r
    }

    /// The names `use` gives to modules.
    fn learn_aliases(&mut self, files: &[File]) {
        let r = self;
        // A `use` may name a module another `use` named: a few rounds.
        for _ in 0..4 {
            for f in files {
                for n in &f.scan.named {
                    let Some(alias) = &n.alias else { continue };
                    if let Some(abs) = r.resolve(n)
                        && r.modules.contains(&abs)
                    {
                        r.aliases.insert((n.context.clone(), alias.clone()), abs);
                    }
                }
            }
        }
    }

    /// The absolute path `n` names, if it is in this crate.
    fn resolve(&self, n: &Named) -> Option<Vec<String>> {
        let (first, rest) = n.path.split_first()?;
        let in_main = n.context.first().is_some_and(|m| m == "main");
        let mut base: Vec<String> = match first.as_str() {
            "crate" if in_main => vec!["main".into()],
            "crate" => Vec::new(),
            "ecomap" if in_main => Vec::new(),
            "self" => n.context.clone(),
            "super" => {
                let mut b = n.context.clone();
                b.pop()?;
                b
            }
            _ => {
                let mut child = n.context.clone();
                child.push(first.clone());
                if self.modules.contains(&child) {
                    child
                } else {
                    self.aliases
                        .get(&(n.context.clone(), first.clone()))?
                        .clone()
                }
            }
        };
        let mut rest = rest.iter().peekable();
        if first == "super" {
            while rest.peek().is_some_and(|s| *s == "super") {
                rest.next();
                base.pop()?;
            }
        }
        base.extend(rest.filter(|s| *s != "self").cloned());
        Some(base)
    }

    /// The longest module of `abs` among `modules`.
    fn module_in<'a>(
        abs: &[String],
        modules: &'a BTreeSet<Vec<String>>,
    ) -> Option<&'a Vec<String>> {
        (0..=abs.len()).rev().find_map(|k| modules.get(&abs[..k]))
    }
}

/// Edges `from -> to`, each with where it was first seen (`src/x.rs:12 crate::y::z`).
type Edges = BTreeMap<(String, String), String>;

/// Edges between groups of modules: `group` says which group a module (of a file, or named)
/// belongs to, `None` to leave it out.
fn edges(files: &[File], group: impl Fn(&[String]) -> Option<String>) -> Edges {
    let r = Resolver::new(files);
    let mut out = Edges::new();
    for f in files {
        for n in &f.scan.named {
            let Some(abs) = r.resolve(n) else { continue };
            let Some(target) = Resolver::module_in(&abs, &r.modules) else {
                continue;
            };
            let Some(from_module) = Resolver::module_in(&n.context, &r.modules) else {
                continue;
            };
            let (Some(from), Some(to)) = (group(from_module), group(target)) else {
                continue;
            };
            if from != to {
                out.entry((from, to))
                    .or_insert_with(|| format!("src/{}:{} {}", f.rel, n.line, n.path.join("::")));
            }
        }
    }
    out
}

/// Every cycle of the graph, one for each group of modules that reach each other, written out
/// (`layout -> scene -> layout`) with where each step is named.
fn cycles(edges: &Edges) -> Vec<String> {
    let mut g: DiGraph<String, ()> = DiGraph::new();
    let mut index: BTreeMap<String, NodeIndex> = BTreeMap::new();
    for (a, b) in edges.keys() {
        for m in [a, b] {
            if !index.contains_key(m) {
                index.insert(m.clone(), g.add_node(m.clone()));
            }
        }
        g.add_edge(index[a], index[b], ());
    }
    let mut out = Vec::new();
    for scc in petgraph::algo::tarjan_scc(&g) {
        if scc.len() < 2 {
            continue;
        }
        // The shortest way round from the first module (by name) of the group, within it.
        let Some(&start) = scc.iter().min_by_key(|n| g[**n].clone()) else {
            continue;
        };
        let mut prev: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        let mut end = None;
        while let Some(n) = queue.pop_front() {
            let mut next: Vec<NodeIndex> = g.neighbors(n).filter(|m| scc.contains(m)).collect();
            next.sort_by_key(|m| g[*m].clone());
            if next.contains(&start) {
                end = Some(n);
                break;
            }
            for m in next {
                if let std::collections::hash_map::Entry::Vacant(e) = prev.entry(m) {
                    e.insert(n);
                    queue.push_back(m);
                }
            }
        }
        let mut way = vec![start];
        let mut n = end.unwrap();
        while n != start {
            way.push(n);
            n = prev[&n];
        }
        way[1..].reverse();
        way.push(start);
        let names: Vec<&str> = way.iter().map(|n| g[*n].as_str()).collect();
        let mut text = names.join(" -> ");
        for w in names.windows(2) {
            let at = &edges[&(w[0].to_owned(), w[1].to_owned())];
            let _ = write!(text, "\n    {} -> {}: {at}", w[0], w[1]);
        }
        let mut all: Vec<&str> = scc.iter().map(|n| g[*n].as_str()).collect();
        all.sort_unstable();
        let _ = write!(
            text,
            "\n    (modules that reach each other: {})",
            all.join(", ")
        );
        out.push(text);
    }
    out.sort();
    out
}

// ---------------------------------------------------------------------------------------------
// The checks.

#[test]
fn only_the_app_names_egui_or_eframe() {
    let mut checked = 0;
    let mut offenders = Vec::new();
    for (rel, text) in sources() {
        if rel.starts_with("app/") || rel.starts_with("cli/") || rel == "main.rs" {
            continue;
        }
        checked += 1;
        for t in lex(&text) {
            if let Tok::Ident(w) = &t.tok
                && (w == "egui" || w == "eframe" || w.starts_with("egui_"))
            {
                offenders.push(format!("src/{rel}:{}: {w}", t.line));
            }
        }
    }
    assert!(checked > 20, "only {checked} files checked");
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

#[test]
fn the_modules_of_the_crate_import_one_way() {
    let files = files();
    let top: BTreeSet<String> = files
        .iter()
        .filter_map(|f| f.module.first().cloned())
        .collect();
    for m in [
        "model", "analysis", "layout", "io", "scene", "export", "live", "i18n", "cli", "app",
        "geometry", "style", "lang", "main",
    ] {
        assert!(top.contains(m), "no module {m} found: {top:?}");
    }
    let edges = edges(&files, |m| m.first().cloned());
    // The reader works: the layers it must see are seen.
    for (a, b) in [
        ("scene", "model"),
        ("export", "scene"),
        ("app", "scene"),
        ("main", "cli"),
    ] {
        assert!(
            edges.contains_key(&(a.to_owned(), b.to_owned())),
            "{a} -> {b} not seen: {:?}",
            edges.keys().collect::<Vec<_>>()
        );
    }
    let cycles = cycles(&edges);
    assert!(
        cycles.is_empty(),
        "modules that import each other, round in a cycle:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_files_of_the_editor_import_one_way() {
    let files = files();
    let app: BTreeSet<Vec<String>> = files
        .iter()
        .filter(|f| f.module.first().is_some_and(|m| m == "app"))
        .map(|f| f.module.clone())
        .collect();
    assert!(app.len() > 30, "only {} files in app/", app.len());
    // Each module of app/ as its file's module (an inline module belongs to its file).
    let mut edges = edges(&files, |m| {
        Resolver::module_in(m, &app).map(|m| m.join("::"))
    });
    // A file that names its own parent module is a part of it, split off to keep files short
    // (`screen.rs` lays out `EcomapApp`'s panels, `canvas/camera.rs` moves the canvas's view):
    // Rust's child modules see their parent for that. Such an edge is not an import between
    // parts; an edge to a grandparent, a sibling or anything else is.
    edges.retain(|(from, to), _| from.rsplit_once("::").map(|(parent, _)| parent) != Some(to));
    assert!(
        edges
            .keys()
            .any(|(a, b)| a == "app" && b.starts_with("app::")),
        "the reader saw nothing app/mod.rs names"
    );
    let cycles = cycles(&edges);
    assert!(
        cycles.is_empty(),
        "files of app/ that import each other, round in a cycle (a file naming its own parent \
         module is a part of it and not counted):\n{}",
        cycles.join("\n")
    );
}

/// The reader sees what it must: a brace group over several lines, `super::`, a child by its
/// name, a module named by a `use`; and not what it must not: comments, strings, `mod x;`,
/// test modules.
#[test]
fn the_reader_follows_every_kind_of_path() {
    let text = r#"
        //! crate::doc::comment
        mod child;
        use crate::{
            alpha,
            beta::{Gamma, delta::Epsilon},
        };
        use super::text;
        /* crate::block::comment */
        fn f() {
            let _ = "crate::in_a_string";
            let _ = 'c';
            text::wrap();
            child::go();
            crate::zeta::Eta::new();
            super::super::theta();
        }
        #[cfg(test)]
        mod tests {
            use crate::never;
        }
    "#;
    let module = vec!["scene".to_owned(), "labels".to_owned()];
    let s = scan(&module, &lex(text));
    let files = vec![File {
        rel: "scene/labels.rs".into(),
        module: module.clone(),
        scan: s,
    }];
    let mut r = Resolver::new(&files);
    for m in [
        &["scene"][..],
        &["scene", "text"],
        &["scene", "labels", "child"],
    ] {
        r.modules
            .insert(m.iter().map(|s| (*s).to_owned()).collect());
    }
    r.learn_aliases(&files);
    let named: BTreeSet<String> = files[0]
        .scan
        .named
        .iter()
        .filter_map(|n| r.resolve(n))
        .map(|p| p.join("::"))
        .collect();
    for want in [
        "alpha",
        "beta::Gamma",
        "beta::delta::Epsilon",
        "scene::text",
        "scene::labels::child::go",
        "zeta::Eta::new",
        "theta",
    ] {
        assert!(named.contains(want), "{want} not seen in {named:?}");
    }
    for never in ["doc", "block", "in_a_string", "never"] {
        assert!(
            !named.iter().any(|n| n.starts_with(never)),
            "{never} seen in {named:?}"
        );
    }
}
