//! Quick entry: a partner typed as one line, `name / kind / domain`, with the kind found by the
//! first letters of its Dutch or English name and the domain among the map's and the common
//! ones. Pure text in, a description of the partner out: the editor shows it before Enter.

use super::StakeholderKind;
use crate::lang::Lang;

/// Domains a Dutch design lab names most, offered even on a new map (the map's own come
/// first).
pub const COMMON_DOMAINS: [&str; 11] = [
    "zorg",
    "welzijn",
    "wonen",
    "onderwijs",
    "werk",
    "Wmo",
    "Zvw",
    "Wlz",
    "Jeugdwet",
    "Participatiewet",
    "informeel",
];

/// Which part of the line the cursor is in: what Tab completes and the suggestions are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Name,
    Kind,
    Domain,
}

/// A line as read: the partner it describes, and what is being typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The name, trimmed (empty: nothing to add yet).
    pub name: String,
    /// The kind named in the line, if one was (else the default applies).
    pub kind: Option<StakeholderKind>,
    /// The domain named in the line, as the map or the common list spells it, or as typed.
    pub domain: Option<String>,
    /// The part being typed (the last one in the line).
    pub part: Part,
    /// The text of that part, trimmed.
    pub typed: String,
    /// A kind was named (`name / clint`, the slash set apart by spaces) that is no kind: the
    /// line cannot be added as it is, and says so.
    pub unknown_kind: Option<String>,
}

/// Read `line`. A second part that names no kind (no kind's name, word or code starts with it)
/// is not a kind: the slashes belong to the name (`Wijkteam Noord/Zuid`), so what is shown
/// before Enter is always what is added.
pub fn read(line: &str, domains: &[String]) -> Line {
    let parts = parts(line);
    let whole = Line {
        name: line.trim().to_owned(),
        kind: None,
        domain: None,
        part: Part::Name,
        typed: line.trim().to_owned(),
        unknown_kind: None,
    };
    if parts.len() < 2 {
        return whole;
    }
    let kind_text = parts[1].trim();
    let kind = kinds_matching(kind_text).first().copied();
    let name = parts[0].trim().to_owned();
    if kind.is_none() && !kind_text.is_empty() {
        // `Noord/Zuid`: a name. `Mevrouw Jansen / clint`: a kind mistyped, not to be added
        // as a name.
        let spaced = line.contains(" /") || line.contains("/ ");
        if !spaced {
            return whole;
        }
        return Line {
            name: parts[0].trim().to_owned(),
            kind: None,
            domain: None,
            part: if parts.len() == 2 {
                Part::Kind
            } else {
                Part::Domain
            },
            typed: kind_text.to_owned(),
            unknown_kind: Some(kind_text.to_owned()),
        };
    }
    if parts.len() == 2 {
        return Line {
            name,
            kind,
            domain: None,
            part: Part::Kind,
            typed: kind_text.to_owned(),
            unknown_kind: None,
        };
    }
    let domain_text = parts[2..].join("/").trim().to_owned();
    let domain = (!domain_text.is_empty()).then(|| {
        domains_matching(&domain_text, domains)
            .into_iter()
            .find(|d| fold(d) == fold(&domain_text))
            .unwrap_or_else(|| domain_text.clone())
    });
    Line {
        name,
        kind,
        domain,
        part: Part::Domain,
        typed: domain_text,
        unknown_kind: None,
    }
}

/// Kinds whose Dutch or English name (or one of its words, or its two-letter code) starts with
/// `typed`, best first: a whole name before a word, a word before a code; ties in the legend's
/// order. Letter case and accents do not matter (`clie` finds "Cliënt").
pub fn kinds_matching(typed: &str) -> Vec<StakeholderKind> {
    let t = fold(typed.trim());
    if t.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(u8, usize, StakeholderKind)> = Vec::new();
    for (i, k) in StakeholderKind::ALL.into_iter().enumerate() {
        let mut best: Option<u8> = None;
        for lang in [Lang::Nl, Lang::En] {
            let name = fold(k.name(lang));
            let score = if name == t {
                Some(0)
            } else if name.starts_with(&t) {
                Some(1)
            } else if name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with(&t))
            {
                Some(2)
            } else if fold(k.code(lang)) == t || fold(k.id()).starts_with(&t) {
                Some(3)
            } else {
                None
            };
            best = match (best, score) {
                (Some(b), Some(s)) => Some(b.min(s)),
                (b, s) => b.or(s),
            };
        }
        if let Some(s) = best {
            scored.push((s, i, k));
        }
    }
    scored.sort_by_key(|(s, i, _)| (*s, *i));
    scored.into_iter().map(|(_, _, k)| k).collect()
}

/// Domains starting with `typed` (letter case and accents aside): the map's own first, then the
/// common ones it lacks; every domain for an empty `typed`.
pub fn domains_matching(typed: &str, map_domains: &[String]) -> Vec<String> {
    let t = fold(typed.trim());
    let mut out: Vec<String> = Vec::new();
    let all = map_domains
        .iter()
        .map(String::as_str)
        .chain(COMMON_DOMAINS.iter().copied());
    for d in all {
        let f = fold(d);
        if f.starts_with(&t) && !out.iter().any(|o| fold(o) == f) {
            out.push(d.to_owned());
        }
    }
    out
}

/// The line with its part being typed replaced by `with`, and the separator for the next part
/// after it (Tab: take the suggestion and go on).
pub fn complete(line: &str, with: &str) -> String {
    let mut parts = parts(line);
    let last = parts.len() - 1;
    parts[last] = with;
    let mut out = parts
        .iter()
        .map(|p| p.trim())
        .collect::<Vec<_>>()
        .join(" / ");
    if parts.len() < 3 {
        out.push_str(" / ");
    }
    out
}

/// The line's parts: split at a slash with a space beside it, or at the end of the line
/// (`Thuiszorg / za / Wlz`, `Thuiszorg /`). A slash between letters is part of a name
/// (`Noord/Zuid`, `a/b`).
pub fn parts(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in line.match_indices('/') {
        let before = line[..i].chars().next_back();
        let after = line[i + 1..].chars().next();
        let separates =
            before.is_none_or(char::is_whitespace) || after.is_none_or(char::is_whitespace);
        if separates {
            out.push(&line[start..i]);
            start = i + 1;
        }
    }
    out.push(&line[start..]);
    out
}

/// Lower case without accents, for matching what is typed (`Cliënt` → `client`).
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use StakeholderKind as K;

    fn map_domains() -> Vec<String> {
        vec!["Wmo".into(), "zorg".into(), "wijk".into()]
    }

    #[test]
    fn a_name_alone_is_a_name() {
        let l = read("  Welzijn Overbetuwe ", &map_domains());
        assert_eq!(l.name, "Welzijn Overbetuwe");
        assert_eq!((l.kind, l.domain, l.part), (None, None, Part::Name));
    }

    #[test]
    fn kinds_by_the_first_letters_of_either_language() {
        assert_eq!(kinds_matching("wel")[0], K::Welfare);
        assert_eq!(kinds_matching("gem")[0], K::Municipality);
        assert_eq!(kinds_matching("mun")[0], K::Municipality);
        assert_eq!(kinds_matching("mantel")[0], K::InformalCarer);
        assert_eq!(kinds_matching("clie")[0], K::Citizen);
        assert_eq!(kinds_matching("zorgverz")[0], K::Financier);
        assert_eq!(kinds_matching("ZA")[0], K::CareProvider);
        assert!(kinds_matching("xq").is_empty());
        assert!(kinds_matching("").is_empty());
        // "zorg" is the start of "Zorgaanbieder" (a whole name) before a word in another.
        assert_eq!(kinds_matching("zorg")[0], K::CareProvider);
    }

    #[test]
    fn name_kind_and_domain_in_one_line() {
        let l = read("Welzijn Overbetuwe / wel / welz", &map_domains());
        assert_eq!(l.name, "Welzijn Overbetuwe");
        assert_eq!(l.kind, Some(K::Welfare));
        // A domain being typed that is no domain yet stays as typed.
        assert_eq!(l.domain.as_deref(), Some("welz"));
        assert_eq!((l.part, l.typed.as_str()), (Part::Domain, "welz"));
        // The map's spelling wins over the letter case typed.
        let l = read("Gemeente Neder-Betuwe / gem / wmo", &map_domains());
        assert_eq!(l.domain.as_deref(), Some("Wmo"));
        let l = read("Thuiszorg / za /", &map_domains());
        assert_eq!((l.kind, l.domain.clone()), (Some(K::CareProvider), None));
        assert_eq!(l.part, Part::Domain);
    }

    #[test]
    fn a_slash_between_letters_is_part_of_a_name() {
        assert_eq!(parts("a/b/c"), ["a/b/c"]);
        assert_eq!(
            parts("Thuiszorg / za / Wlz"),
            ["Thuiszorg ", " za ", " Wlz"]
        );
        assert_eq!(parts("Thuiszorg /"), ["Thuiszorg ", ""]);
        assert_eq!(parts("/"), ["", ""]);
        let l = read("Apotheek Noord/Zuid / za", &[]);
        assert_eq!(
            (l.name.as_str(), l.kind),
            ("Apotheek Noord/Zuid", Some(StakeholderKind::CareProvider))
        );
    }

    #[test]
    fn a_slash_that_names_no_kind_belongs_to_the_name() {
        let l = read("Wijkteam Noord/Zuid", &map_domains());
        assert_eq!(l.name, "Wijkteam Noord/Zuid");
        assert_eq!((l.kind, l.unknown_kind), (None, None));
        // Set apart by spaces it is a kind, mistyped: said, not made part of the name.
        let l = read("Mevrouw Jansen / clint / Wlz", &map_domains());
        assert_eq!(l.name, "Mevrouw Jansen");
        assert_eq!(l.unknown_kind.as_deref(), Some("clint"));
        // While the letters could still be a kind, the slash starts the kind.
        let l = read("Wijkteam / we", &map_domains());
        assert_eq!((l.name.as_str(), l.part), ("Wijkteam", Part::Kind));
    }

    #[test]
    fn domains_offer_the_maps_then_the_common_ones() {
        let d = domains_matching("w", &map_domains());
        assert_eq!(d, ["Wmo", "wijk", "welzijn", "wonen", "werk", "Wlz"]);
        assert_eq!(domains_matching("jeu", &[]), ["Jeugdwet"]);
        assert_eq!(domains_matching("", &[]).len(), COMMON_DOMAINS.len());
    }

    #[test]
    fn tab_completes_the_part_being_typed_and_goes_on() {
        assert_eq!(
            complete("Thuiszorg / za", "Zorgaanbieder"),
            "Thuiszorg / Zorgaanbieder / "
        );
        assert_eq!(
            complete("Thuiszorg / Zorgaanbieder / wm", "Wmo"),
            "Thuiszorg / Zorgaanbieder / Wmo"
        );
        // A kind written out in full reads back as that kind.
        let l = read(
            &complete("Thuiszorg / za", K::CareProvider.name(Lang::Nl)),
            &[],
        );
        assert_eq!(l.kind, Some(K::CareProvider));
        let l = read(
            &complete("Zilveren Kruis / fin", K::Financier.name(Lang::Nl)),
            &[],
        );
        assert_eq!(l.kind, Some(K::Financier), "{l:?}");
    }
}
