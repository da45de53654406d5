//! The map as a spreadsheet (issue 27, item 2): `.xlsx` with the sheets Kumu's import reads
//! ("Elements": Label, Type, Description; "Connections": From, To, Type, Label, Direction),
//! plus the analysis (findings, per partner betweenness, dependencies in and out, weak link;
//! the actions; the dependency matrix), each sheet a table with its header frozen; or `.csv`, the elements and connections in one table as Kumu's single-sheet import
//! reads it. ecomap's own import reads both back: the ids, kinds, domains, relations, notes and
//! positions (hidden columns X and Y) come back as they were.

use rust_xlsxwriter::{Format, Table, TableColumn, TableStyle, Workbook, Worksheet, XlsxError};

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

/// The widest a column is made, in characters (a long note wraps in Excel's cell view).
const MAX_WIDTH: usize = 60;
/// Rows looked at for a column's width (the first, like Excel's own "autofit" of a view).
const WIDTH_ROWS: usize = 2_000;

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
    let numbers: Vec<bool> = headers.iter().map(|h| is_number(h)).collect();
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            if value.is_empty() {
                continue;
            }
            // Numbers as numbers (a spreadsheet sums them), the rest as text.
            match value.parse::<f64>() {
                Ok(x) if x.is_finite() && numbers.get(usize::from(c)) == Some(&true) => {
                    ws.write_number(r, c, x)?;
                }
                _ => {
                    // A cell holds at most 32,767 characters (a very long note is cut).
                    if value.chars().count() > 32_767 {
                        let cut: String = value.chars().take(32_767).collect();
                        ws.write_string(r, c, cut)?;
                    } else {
                        ws.write_string(r, c, value)?;
                    }
                }
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    // Column widths from the header and the first rows' longest line (rust_xlsxwriter's
    // `autofit` measures every cell: most of the time of a big export).
    for (c, h) in headers.iter().enumerate() {
        let widest = rows
            .iter()
            .take(WIDTH_ROWS)
            .filter_map(|row| row.get(c))
            .map(|v| v.lines().map(|l| l.chars().count()).max().unwrap_or(0))
            .chain(std::iter::once(h.chars().count() + 3))
            .max()
            .unwrap_or(8);
        ws.set_column_width(c as u16, widest.clamp(6, MAX_WIDTH) as f64 + 1.0)?;
    }
    // A table (banded rows, a filter on each header): Excel's look for a list.
    if !rows.is_empty() && !headers.is_empty() {
        let columns: Vec<TableColumn> = headers
            .iter()
            .map(|h| TableColumn::new().set_header(*h))
            .collect();
        let table = Table::new()
            .set_columns(&columns)
            .set_style(TableStyle::Medium2);
        ws.add_table(0, 0, rows.len() as u32, (headers.len() - 1) as u16, &table)?;
    }
    Ok(())
}

/// Partners' names in one cell, `|` between them (Kumu's list separator).
fn names(map: &Map, ids: &[crate::model::StakeholderId]) -> String {
    ids.iter()
        .map(|id| map.name_of(id))
        .collect::<Vec<_>>()
        .join(" | ")
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
    // Deflate's fastest level: a third of the export's time went to compressing at the
    // default level, for a file a little smaller.
    book.set_zip_compression_level(1);
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
                names(map, &f.stakeholders),
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
    let actions: Vec<Vec<String>> = map
        .actions()
        .iter()
        .map(|a| {
            vec![
                a.what.clone(),
                a.owner
                    .as_deref()
                    .map_or_else(String::new, |o| super::pack::owner_name(map, o).to_owned()),
                a.due.clone().unwrap_or_default(),
                super::pack::status_word(a, lang).to_owned(),
                a.rule.title(lang).to_owned(),
                names(map, &a.stakeholders),
            ]
        })
        .collect();
    sheet(
        book.add_worksheet(),
        "Actions (ignore)",
        &["Action", "Owner", "Due", "Status", "Finding", "Partners"],
        &actions,
        &bold,
    )?;
    dependencies(book.add_worksheet(), map, &bold)?;
    book.save_to_buffer()
}

/// Up to this many partners the dependencies are a matrix; beyond, a list (a matrix of
/// thousands squared is more than anyone reads, and slow to write).
pub const MATRIX_MAX: usize = 300;

/// Who depends on whom: partner × partner, `1` where the row's partner depends on the
/// column's; or, for a big map, one row per dependency.
fn dependencies(ws: &mut Worksheet, map: &Map, bold: &Format) -> Result<(), XlsxError> {
    let all = map.all_stakeholders_sorted();
    let depends: Vec<(&str, &str)> = map
        .relations()
        .filter(|r| r.kind == RelationKind::Dependency)
        .map(|r| (r.from.as_str(), r.to.as_str()))
        .collect();
    if all.len() > MATRIX_MAX {
        let rows: Vec<Vec<String>> = depends
            .iter()
            .map(|(from, to)| vec![map.name_of(*from).to_owned(), map.name_of(*to).to_owned()])
            .collect();
        return sheet(
            ws,
            "Dependencies (ignore)",
            &["Partner", "Depends on"],
            &rows,
            bold,
        );
    }
    ws.set_name("Dependency matrix (ignore)")?;
    ws.write_string_with_format(0, 0, "Depends on →", bold)?;
    let index: std::collections::HashMap<&str, u16> = all
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i as u16 + 1))
        .collect();
    for (i, s) in all.iter().enumerate() {
        let i = i as u16 + 1;
        // A cell holds at most 32,767 characters.
        let name: String = s.name.chars().take(32_767).collect();
        ws.write_string_with_format(0, i, &name, bold)?;
        ws.write_string_with_format(u32::from(i), 0, &name, bold)?;
    }
    for (from, to) in depends {
        if let (Some(&r), Some(&c)) = (index.get(from), index.get(to)) {
            ws.write_number(u32::from(r), c, 1.0)?;
        }
    }
    let widest = all
        .iter()
        .map(|s| s.name.chars().count())
        .max()
        .unwrap_or(8);
    ws.set_column_width(0, widest.clamp(8, MAX_WIDTH) as f64 + 1.0)?;
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}

/// A cell of the CSV: text a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first)
/// gets a `'` in front (the import takes it off again).
fn inert(cell: String) -> String {
    // A number stays a number (a place of -551 is not a formula).
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err() {
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
