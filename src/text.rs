//! Names and labels broken into lines, measured with the advance widths of the embedded font
//! (`style::FONT`, which both the canvas and the export draw with). A name breaks at
//! spaces first, then after a hyphen or slash it already has, then only at a real hyphenation
//! point of its language (`hypher`), with a visible hyphen. It is never cut off: a piece that
//! cannot be broken makes its card wider.
//!
//! Below everything that sizes or draws text: cards ([`crate::card`]), the scene, the canvas,
//! the export.

use std::sync::OnceLock;

use skrifa::{
    FontRef, MetadataProvider,
    instance::{LocationRef, Size},
};

/// Advance widths in em of the characters below this code point; the rest use `FALLBACK_EM`.
const TABLE: usize = 0x3000;
/// A generous width for characters the font does not have (drawn from a fallback font).
const FALLBACK_EM: f32 = 0.65;
/// Line height as a multiple of the font size: at least the font's own row height (Open Sans:
/// ascent 1.069 + descent 0.293 = 1.362 em), as egui lays lines out, so a name's lines fit the
/// card the scene made for them.
pub const LINE_HEIGHT: f32 = 1.37;

fn advances() -> &'static [f32] {
    static TABLE_EM: OnceLock<Vec<f32>> = OnceLock::new();
    TABLE_EM.get_or_init(|| {
        let mut table = vec![FALLBACK_EM; TABLE];
        let Ok(font) = FontRef::new(crate::style::FONT) else {
            return table;
        };
        let upem = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        )
        .max(1.0);
        let metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        for (code, glyph) in font.charmap().mappings() {
            if let (Some(slot), Some(w)) =
                (table.get_mut(code as usize), metrics.advance_width(glyph))
            {
                *slot = w / upem;
            }
        }
        table
    })
}

/// The height of the font's capital letters, in em (Open Sans: about 0.71).
pub fn cap_height_em() -> f32 {
    static CAP: OnceLock<f32> = OnceLock::new();
    *CAP.get_or_init(|| {
        FontRef::new(crate::style::FONT)
            .ok()
            .and_then(|font| {
                let m = font.metrics(Size::unscaled(), LocationRef::default());
                m.cap_height.map(|c| c / f32::from(m.units_per_em).max(1.0))
            })
            .filter(|c| *c > 0.3 && *c < 1.0)
            .unwrap_or(0.7)
    })
}

/// The width of `text` at font size `size` (same units as `size`).
pub fn text_width(text: &str, size: f32) -> f32 {
    let table = advances();
    let em: f32 = text
        .chars()
        .map(|c| table.get(c as usize).copied().unwrap_or(FALLBACK_EM))
        .sum();
    em * size
}

/// How a line ends: what joins it to the next one when the text is read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// A space was broken here.
    Space,
    /// A word was hyphenated here: the line ends with an added "-".
    Hyphen,
    /// Broken after a hyphen or slash the text already has.
    Glued,
    /// The last line.
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// As drawn (with the added hyphen, if any).
    pub text: String,
    pub join: Join,
    pub width: f32,
}

/// The text read back from its lines: words separated by one space.
pub fn read_back(lines: &[Line]) -> String {
    let mut out = String::new();
    for l in lines {
        match l.join {
            Join::Hyphen => out.push_str(l.text.strip_suffix('-').unwrap_or(&l.text)),
            Join::Space => {
                out.push_str(&l.text);
                out.push(' ');
            }
            Join::Glued | Join::End => out.push_str(&l.text),
        }
    }
    out
}

/// The language whose hyphenation rules break names.
fn hyphen_lang() -> hypher::Lang {
    hypher::Lang::Dutch
}

/// Where `word` may be hyphenated: byte offsets inside it, ascending. Only inside runs of
/// letters, and never next to an existing hyphen or slash.
pub fn hyphenation_points(word: &str) -> Vec<usize> {
    let (mut points, compounds) = points_of(word);
    points.extend(compounds);
    points.sort_unstable();
    points.dedup();
    points
}

/// The syllable points (`hypher`) and the compound seams (`COMPOUND_PARTS`) inside the runs of
/// letters of `word`, as byte offsets; each run is hyphenated once.
fn points_of(word: &str) -> (Vec<usize>, Vec<usize>) {
    let (mut syllables, mut compounds) = (Vec::new(), Vec::new());
    let mut start = None;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if c.is_alphabetic() {
            start.get_or_insert(i);
        }
        let end_of_run = !c.is_alphabetic() || k + 1 == chars.len();
        if end_of_run && let Some(s) = start.take() {
            let e = if c.is_alphabetic() {
                i + c.len_utf8()
            } else {
                i
            };
            let run = &word[s..e];
            let mut at = s;
            let parts: Vec<&str> = hypher::hyphenate(run, hyphen_lang()).collect();
            for syl in &parts[..parts.len().saturating_sub(1)] {
                at += syl.len();
                syllables.push(at);
            }
            compounds.extend(compound_points(run).into_iter().map(|p| s + p));
        }
    }
    (syllables, compounds)
}

/// Parts of Dutch compounds common in care and welfare. Where one ends and another begins
/// inside a word is a hyphenation point even where the syllable patterns miss it
/// ("Mantelzorg-ondersteuning", the patterns say "zor-gon").
const COMPOUND_PARTS: [&str; 72] = [
    "zorg",
    "werk",
    "wijk",
    "huis",
    "jeugd",
    "school",
    "scholen",
    "onder",
    "steun",
    "onderwijs",
    "woning",
    "wonen",
    "welzijn",
    "welzijns",
    "gezondheid",
    "gezondheids",
    "centrum",
    "centrale",
    "netwerk",
    "punt",
    "service",
    "team",
    "platform",
    "raad",
    "bureau",
    "kantoor",
    "dienst",
    "diensten",
    "verband",
    "praktijk",
    "organisatie",
    "instelling",
    "vereniging",
    "budget",
    "hulp",
    "ouderen",
    "mantel",
    "vrijwilligers",
    "werkgevers",
    "adviseurs",
    "verpleeg",
    "thuis",
    "buurt",
    "sport",
    "coach",
    "opvang",
    "kinder",
    "verzekeraar",
    "gemeente",
    "beleid",
    "samenwerkings",
    "gehandicapten",
    "verslavings",
    "revalidatie",
    "huurders",
    "bewoners",
    "ervarings",
    "schuld",
    "gemeenschap",
    "corporatie",
    "senioren",
    "deskundigen",
    "therapie",
    "verlening",
    "besteding",
    "bestedings",
    "zieken",
    "leer",
    "traject",
    "trajecten",
    "loket",
    "wachtlijst",
];

/// Byte offsets inside `run` (letters only) where one known compound part ends and another
/// begins, each part at least three letters.
fn compound_points(run: &str) -> Vec<usize> {
    if !run.is_ascii() || run.len() < 6 {
        return Vec::new();
    }
    let lower = run.to_ascii_lowercase();
    (3..=lower.len() - 3)
        .filter(|&i| {
            let (head, tail) = lower.split_at(i);
            COMPOUND_PARTS.iter().any(|p| head.ends_with(p))
                && COMPOUND_PARTS.iter().any(|p| tail.starts_with(p))
        })
        .collect()
}

/// Break points of one word: (byte offset, whether a hyphen is added there, how likely it
/// joins two parts of a compound: see `seam`), each worked out once.
fn word_breaks(word: &str) -> Vec<(usize, bool, u8)> {
    let (syllables, compounds) = points_of(word);
    let mut breaks: Vec<(usize, bool, u8)> = syllables
        .iter()
        .chain(&compounds)
        .copied()
        .map(|p| (p, true, seam(word, p, &compounds)))
        .collect();
    for (i, c) in word.char_indices() {
        let after = i + c.len_utf8();
        if matches!(c, '-' | '/' | '–') && after < word.len() && i > 0 {
            breaks.push((after, false, 3));
        }
    }
    // Where a hyphen or slash already breaks, no hyphen is added: the glued one (false) first.
    breaks.sort_unstable_by_key(|b| (b.0, b.1));
    breaks.dedup_by_key(|b| b.0);
    breaks
}

/// How likely a hyphenation point at `b` joins two parts of a compound, to prefer it among
/// the points that fit: 3 for known parts (`compounds`, see `COMPOUND_PARTS`), 2 after a
/// linking "s" ("Vrijwilligers-centrale"), 1 after "en" ("Scholen-gemeenschap"), else 0. Only
/// a preference among real hyphenation points, never a break of its own.
fn seam(word: &str, b: usize, compounds: &[usize]) -> u8 {
    let head = &word[..b];
    if compounds.contains(&b) {
        3
    } else if head.ends_with('s') {
        2
    } else {
        u8::from(head.ends_with("en"))
    }
}

/// Lines of at most `max_width` (at `size`); see the module doc. Linear in the text's length
/// apart from the hyphenation of each too-long word.
pub fn wrap(text: &str, max_width: f32, size: f32, hyphenate: bool) -> Vec<Line> {
    let space = text_width(" ", size);
    let mut lines: Vec<Line> = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0.0_f32;
    let push = |lines: &mut Vec<Line>, cur: &mut String, cur_w: &mut f32, join: Join| {
        lines.push(Line {
            text: std::mem::take(cur),
            join,
            width: *cur_w,
        });
        *cur_w = 0.0;
    };
    for word in text.split_whitespace() {
        let w = text_width(word, size);
        let lead = if cur.is_empty() { 0.0 } else { space };
        if cur_w + lead + w <= max_width {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
            cur_w += lead + w;
            continue;
        }
        if !cur.is_empty() && w <= max_width {
            push(&mut lines, &mut cur, &mut cur_w, Join::Space);
            cur.push_str(word);
            cur_w = w;
            continue;
        }
        if !hyphenate {
            // Labels: a long word stays whole on a line of its own.
            if !cur.is_empty() {
                push(&mut lines, &mut cur, &mut cur_w, Join::Space);
            }
            cur.push_str(word);
            cur_w = w;
            continue;
        }
        // Too long for any line: break the word at its break points. Widths from a running
        // sum, so a hostile 100,000-letter word still takes linear time.
        let breaks = word_breaks(word);
        let mut cum = vec![0.0_f32; word.len() + 1];
        let mut acc = 0.0;
        for (i, c) in word.char_indices() {
            cum[i] = acc;
            acc += text_width(c.encode_utf8(&mut [0; 4]), size);
        }
        cum[word.len()] = acc;
        let hyphen_w = text_width("-", size);
        let (mut rest, mut next) = (0usize, 0usize);
        loop {
            let lead = if cur.is_empty() { 0.0 } else { space };
            let room = max_width - cur_w - lead;
            if cum[word.len()] - cum[rest] <= room {
                if !cur.is_empty() {
                    cur.push(' ');
                }
                cur.push_str(&word[rest..]);
                cur_w += lead + cum[word.len()] - cum[rest];
                break;
            }
            // The longest piece (from `rest`) that fits, with its hyphen; or a little shorter
            // where a compound likely joins (see `seam`).
            let mut fit = None;
            let mut k = next;
            while let Some(&(b, hy, _)) = breaks.get(k) {
                let w = cum[b] - cum[rest] + if hy { hyphen_w } else { 0.0 };
                if w > room {
                    break;
                }
                fit = Some((k, b, hy));
                k += 1;
            }
            if let Some((_, last, _)) = fit {
                let good = (1..=3).rev().find_map(|want| {
                    breaks[next..]
                        .iter()
                        .enumerate()
                        .take_while(|(_, (b, _, _))| *b <= last)
                        .filter(|(_, (_, _, rank))| *rank >= want)
                        // A known compound seam may leave more room on the line than a
                        // syllable would ("Zorg-verzekeraar", not "Zorgverzeke-raar").
                        .filter(|(_, (b, _, _))| {
                            let share = if want == 3 { 0.3 } else { 0.6 };
                            cum[*b] - cum[rest] >= share * (cum[last] - cum[rest])
                        })
                        .last()
                        .map(|(i, &(b, hy, _))| (next + i, b, hy))
                });
                if good.is_some() {
                    fit = good;
                } else if !cur.is_empty()
                    && breaks[next..].iter().any(|&(b, _, rank)| {
                        rank >= 2 && cum[b] - cum[rest] + hyphen_w <= max_width && b > last
                    })
                {
                    // A better break fits on a line of its own: start one.
                    fit = None;
                }
            }
            let (k, b, hy) = match fit {
                Some(f) => f,
                None if !cur.is_empty() => {
                    // Nothing fits after what the line holds: start a new line.
                    push(&mut lines, &mut cur, &mut cur_w, Join::Space);
                    continue;
                }
                // Not even the first piece fits an empty line: it goes whole (the card
                // widens), then the rest continues.
                None => {
                    let Some(&(b, hy, _)) = breaks.get(next) else {
                        cur.push_str(&word[rest..]);
                        cur_w = cum[word.len()] - cum[rest];
                        break;
                    };
                    (next, b, hy)
                }
            };
            if !cur.is_empty() {
                cur.push(' ');
                cur_w += space;
            }
            cur.push_str(&word[rest..b]);
            cur_w += cum[b] - cum[rest];
            if hy {
                cur.push('-');
                cur_w += hyphen_w;
            }
            push(
                &mut lines,
                &mut cur,
                &mut cur_w,
                if hy { Join::Hyphen } else { Join::Glued },
            );
            rest = b;
            next = k + 1;
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        push(&mut lines, &mut cur, &mut cur_w, Join::End);
    } else if let Some(last) = lines.last_mut() {
        last.join = Join::End;
    }
    lines
}

/// The widest line.
pub fn widest(lines: &[Line]) -> f32 {
    lines.iter().map(|l| l.width).fold(0.0, f32::max)
}

/// The most characters of a name or label that are drawn: a hostile 100,000-character name is
/// shortened for drawing, never in the file.
pub const MAX_DRAWN_CHARS: usize = 400;

/// `text` as drawn: at most [`MAX_DRAWN_CHARS`] characters (then "…").
pub fn drawable(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(MAX_DRAWN_CHARS) {
        None => std::borrow::Cow::Borrowed(text),
        Some((cut, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..cut])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn widths_come_from_the_font() {
        let w = text_width("Gemeente", 10.0);
        assert!(w > 30.0 && w < 50.0, "{w}");
        assert!(text_width("WWW", 10.0) > text_width("iii", 10.0) * 2.0);
        assert!((text_width("ab", 20.0) - 2.0 * text_width("ab", 10.0)).abs() < 1e-3);
    }

    #[test]
    fn dutch_compounds_break_at_their_syllables() {
        for word in [
            "Vrijwilligerscentrale",
            "Ouderenadviseursnetwerk",
            "Gehandicaptenzorg",
            "Werkgeversservicepunt",
            "Seniorenwoningcorporatie",
        ] {
            let lines = wrap(word, text_width("Vrijwilligers", 10.0), 10.0, true);
            assert!(lines.len() >= 2, "{word}: {:?}", texts(&lines));
            assert_eq!(read_back(&lines), word);
            let points = hyphenation_points(word);
            let mut at = 0;
            for l in &lines[..lines.len() - 1] {
                assert_eq!(l.join, Join::Hyphen, "{word}: {:?}", texts(&lines));
                at += l.text.len() - 1;
                assert!(
                    points.contains(&at),
                    "{word} broken at {at}: {:?}",
                    texts(&lines)
                );
            }
        }
        // Where a compound joins is preferred.
        let size = 10.0;
        let w = text_width("Scholengemeen-", size);
        assert_eq!(
            texts(&wrap("Scholengemeenschap", w, size, true))[0],
            "Scholen-"
        );
        let w = text_width("Huisartsenprak-", size);
        assert_eq!(
            texts(&wrap("Huisartsenpraktijk", w, size, true))[0],
            "Huisartsen-"
        );
        let w = text_width("UWV / Werkgevers-", size) - 1.0;
        assert_eq!(
            texts(&wrap("UWV / Werkgeversservicepunt", w, size, true))[..2],
            ["UWV /", "Werkgevers-"]
        );
        let w = text_width("Zorgverzeke-", size);
        assert_eq!(texts(&wrap("Zorgverzekeraar", w, size, true))[0], "Zorg-");
        let w = text_width("Mantelzorgon-", size);
        assert_eq!(
            texts(&wrap("Mantelzorgondersteuning", w, size, true))[0],
            "Mantelzorg-"
        );
        let w = text_width("Vrijwilligerscen-", size) + 1.0;
        assert_eq!(
            texts(&wrap("Vrijwilligerscentrale", w, size, true))[0],
            "Vrijwilligers-"
        );
        // Only where both sides are known parts: "Mantelzorgers" is not "Mantelzorg-ers".
        assert!(!hyphenation_points("Mantelzorgers").contains(&"Mantelzorg".len()));
        // The wrong breaks seen in old exports are not hyphenation points.
        assert!(!hyphenation_points("Vrijwilligerscentrale").contains(&"Vrijwilligersc".len()));
        assert!(hyphenation_points("Gehandicaptenzorg").contains(&"Gehandicapten".len()));
    }

    #[test]
    fn spaces_first_then_existing_hyphens_and_slashes() {
        let size = 10.0;
        let lines = wrap(
            "Huisartsenpraktijk De Linde",
            text_width("Huisartsenpraktijk", size) + 1.0,
            size,
            true,
        );
        assert_eq!(texts(&lines), ["Huisartsenpraktijk", "De Linde"]);
        let lines = wrap(
            "onderwijs/jeugdwet",
            text_width("onderwijs/", size) + 1.0,
            size,
            true,
        );
        assert_eq!(texts(&lines), ["onderwijs/", "jeugdwet"]);
        assert_eq!(lines[0].join, Join::Glued);
        assert_eq!(read_back(&lines), "onderwijs/jeugdwet");
        let lines = wrap("Welzijn Oost", 1000.0, size, true);
        assert_eq!(texts(&lines), ["Welzijn Oost"]);
    }

    #[test]
    fn nothing_is_cut_even_when_too_narrow() {
        let lines = wrap("Zorgkantoor Rivierenland Wlz", 5.0, 10.0, true);
        assert_eq!(read_back(&lines), "Zorgkantoor Rivierenland Wlz");
        // A huge text wraps in linear time and keeps every word.
        let long = "woord ".repeat(20_000);
        let lines = wrap(&long, 200.0, 10.0, false);
        assert_eq!(read_back(&lines).split(' ').count(), 20_000);
    }
}
