//! The map as a spreadsheet (issue 27, item 2): `.xlsx` with the sheets Kumu's import reads
//! ("Elements": Label, Type, Description; "Connections": From, To, Type, Label, Direction),
//! plus the analysis (findings, and per partner betweenness, dependencies in and out, weak
//! link); or `.csv`, the elements and connections in one table as Kumu's single-sheet import
//! reads it. ecomap's own import reads both back: the ids, kinds, domains, relations, notes and
//! positions (hidden columns X and Y) come back as they were.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::analysis::Analysis;
use crate::lang::Lang;
use crate::model::{Map, RelationKind};

/// The elements' columns: Kumu's, then ecomap's.
const ELEMENT_HEADERS: [&str; 7] = ["ID", "Label", "Type", "Domain", "Description", "X", "Y"];
const CONNECTION_HEADERS: [&str; 6] = ["From", "To", "Type", "Label", "Description", "Direction"];

/// Kumu's direction: a collaboration and a schot stand between two partners, the others go
/// from one to the other.
fn direction(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Collaboration | RelationKind::Schot => "undirected",
        RelationKind::Dependency | RelationKind::Interest => "directed",
    }
}

fn elements(map: &Map, lang: Lang) -> Vec<Vec<String>> {
    map.all_stakeholders_sorted()
        .into_iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.name.clone(),
                s.kind.name(lang).to_owned(),
                s.domain.clone(),
                s.notes.clone(),
                s.x.to_string(),
                s.y.to_string(),
            ]
        })
        .collect()
}

fn connections(map: &Map, lang: Lang) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = map
        .relations()
        .map(|r| {
            vec![
                r.from.to_string(),
                r.to.to_string(),
                r.kind.name(lang).to_owned(),
                r.label.clone(),
                r.notes.clone(),
                direction(r.kind).to_owned(),
            ]
        })
        .collect();
    rows.sort();
    rows
}

fn sheet(
    ws: &mut Worksheet,
    name: &str,
    headers: &[&str],
    rows: &[Vec<String>],
    bold: &Format,
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            // Numbers as numbers (a spreadsheet sums them), the rest as text.
            match value.parse::<f64>() {
                Ok(x)
                    if x.is_finite()
                        && headers.get(usize::from(c)).is_some_and(|h| is_number(h)) =>
                {
                    ws.write_number(r, c, x)?;
                }
                _ => {
                    // A cell holds at most 32,767 characters (a very long note is cut).
                    let value: String = value.chars().take(32_767).collect();
                    ws.write_string(r, c, value)?;
                }
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofit();
    Ok(())
}

fn is_number(header: &str) -> bool {
    matches!(
        header,
        "X" | "Y" | "Betweenness" | "Dependencies in" | "Dependencies out"
    )
}

/// The workbook's bytes.
pub fn workbook(map: &Map, analysis: &Analysis, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    sheet(
        book.add_worksheet(),
        "Elements",
        &ELEMENT_HEADERS,
        &elements(map, lang),
        &bold,
    )?;
    // The positions are for ecomap: hidden.
    let ws = book.worksheet_from_name("Elements")?;
    ws.set_column_hidden(5)?;
    ws.set_column_hidden(6)?;
    sheet(
        book.add_worksheet(),
        "Connections",
        &CONNECTION_HEADERS,
        &connections(map, lang),
        &bold,
    )?;
    // The analysis: sheets Kumu's import skips, "(ignore)" in their names.
    let findings: Vec<Vec<String>> = analysis
        .findings
        .iter()
        .map(|f| {
            vec![
                f.rule.title(lang).to_owned(),
                f.message(map, lang),
                f.stakeholders
                    .iter()
                    .map(|id| map.name_of(id).to_owned())
                    .collect::<Vec<_>>()
                    .join(" | "),
            ]
        })
        .collect();
    sheet(
        book.add_worksheet(),
        "Findings (ignore)",
        &["Finding", "Sentence", "Partners"],
        &findings,
        &bold,
    )?;
    let metrics: Vec<Vec<String>> = analysis
        .metrics
        .stakeholders
        .iter()
        .map(|m| {
            vec![
                map.name_of(&m.id).to_owned(),
                m.betweenness
                    .map_or_else(String::new, |b| format!("{b:.4}")),
                m.dependency_in.to_string(),
                m.dependency_out.to_string(),
                if analysis.weak_links.contains(&m.id) {
                    "yes".to_owned()
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    sheet(
        book.add_worksheet(),
        "Metrics (ignore)",
        &[
            "Partner",
            "Betweenness",
            "Dependencies in",
            "Dependencies out",
            "Weak link",
        ],
        &metrics,
        &bold,
    )?;
    book.save_to_buffer()
}

/// A cell of the CSV: text a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first)
/// gets a `'` in front (the import takes it off again).
fn inert(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// The elements and connections as one CSV table, as Kumu's single-sheet import reads it:
/// a row per element (Label…), then a row per connection (From, To…).
pub fn csv(map: &Map, lang: Lang) -> std::io::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut headers: Vec<&str> = ELEMENT_HEADERS.to_vec();
    headers.extend(CONNECTION_HEADERS);
    let width = headers.len();
    w.write_record(&headers)?;
    for row in elements(map, lang) {
        let mut full: Vec<String> = row.into_iter().map(inert).collect();
        full.resize(width, String::new());
        w.write_record(&full)?;
    }
    for row in connections(map, lang) {
        let mut full = vec![String::new(); ELEMENT_HEADERS.len()];
        full.extend(row.into_iter().map(inert));
        w.write_record(&full)?;
    }
    w.into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))
}
