//! Maps from spreadsheets: Kumu's import layout (a sheet of elements, a sheet of connections;
//! kumu/docs `guides/import/import.md`) and the same with Dutch headers, from `.xlsx`, `.ods`
//! (calamine) or `.csv` (`,`, `;` as Dutch Excel writes, or tabs; with or without a byte order
//! mark).
//!
//! - Elements: `Label` / `Naam` / `Name` required; `ID`, `Type` / `Soort`, `Domain` / `Domein`,
//!   `Description` / `Omschrijving` / `Beschrijving`, `Tags` optional; any other column is kept
//!   in the partner's notes (`Column: value`).
//! - Connections: `From` / `Van` and `To` / `Naar` required (an element's ID or label; an
//!   unknown one becomes a new partner, as Kumu does); `Type` / `Soort`, `Label` /
//!   `Toelichting`, `Description` / `Omschrijving` optional. A `|`-list in `To` makes one
//!   connection per target.
//! - Sheets whose name contains `(ignore)` are skipped; headers in any letter case.
//!
//! Types become kinds by an explicit mapping first (`--kinds "Zorg=care_provider"`), then by a
//! kind's id or its name's first letters in Dutch or English. A partner of an unknown type
//! becomes "other" (and is counted); a connection of an unknown type is refused with the types
//! to map, since no kind of relation is a safe guess.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::model::{Map, Relation, RelationKind, Stakeholder, StakeholderId, StakeholderKind};

/// At most this many rows over all sheets, and this many cells.
pub const MAX_ROWS: usize = 200_000;
pub const MAX_CELLS: usize = 4_000_000;
/// A sheet's columns, at most (a cell far to the right would make every row that wide).
pub const MAX_COLUMNS: usize = 256;
/// A workbook's parts, inflated, at most this many bytes (declared in its zip): a zip bomb is
/// refused before anything is inflated.
pub const MAX_INFLATED: u64 = 256 * 1024 * 1024;
/// The file itself, at most.
pub const MAX_FILE: u64 = 64 * 1024 * 1024;

/// One sheet: its name and its rows of text, the first the headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

/// Why a spreadsheet could not be read; `user_message` says it in a language.
#[derive(Debug)]
pub enum ImportError {
    Io(std::io::Error),
    /// Not `.xlsx`, `.ods` or `.csv`.
    UnknownFormat(String),
    TooLarge(u64),
    /// The file holds nothing.
    Empty,
    /// A graph file that is not text (UTF-8): an image, a workbook…
    NotText,
    /// A graph file declares more than [`MAX_COLUMNS`] attributes of nodes or of edges.
    TooManyAttributes(usize),
    /// A sheet's filled cells span more than [`MAX_CELLS`] or [`MAX_COLUMNS`].
    GridTooLarge {
        rows: usize,
        columns: usize,
    },
    /// The workbook's parts would inflate beyond [`MAX_INFLATED`].
    Inflates(u64),
    TooManyRows(usize),
    /// The workbook could not be read (its reader's words).
    Workbook(String),
    /// A row of a CSV could not be read.
    Csv {
        line: u64,
        why: String,
    },
    /// No sheet has the headers of elements or connections.
    NoSheets,
    /// Connection types that match no kind of relation.
    UnknownRelationTypes(Vec<String>),
    /// `--kinds`: a part that is not `type=kind`, or a kind that does not exist.
    BadMapping(String),
    /// A graph file's XML cannot be read (at a line; the reader's words).
    Graph {
        line: u64,
        why: String,
    },
    /// A graph file declares or uses an entity (never expanded).
    Entity {
        line: u64,
    },
    /// A graph file whose root is not what its extension says.
    NotGraph {
        expected: String,
        found: String,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.user_message(crate::lang::Lang::En))
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    pub fn user_message(&self, lang: crate::lang::Lang) -> String {
        use ImportError as E;
        match self {
            E::Io(e) => crate::tr!(lang, "import-io", why = e.to_string()),
            E::UnknownFormat(name) => crate::tr!(lang, "import-unknown-format", name = name),
            E::TooLarge(size) => crate::tr!(lang, "import-too-large", size = *size, max = MAX_FILE),
            E::Inflates(size) => {
                crate::tr!(lang, "import-inflates", size = *size, max = MAX_INFLATED)
            }
            E::Empty => crate::tr!(lang, "import-empty").to_owned(),
            E::NotText => crate::tr!(lang, "import-not-text").to_owned(),
            E::TooManyAttributes(n) => {
                crate::tr!(
                    lang,
                    "import-too-many-attributes",
                    n = *n,
                    max = MAX_COLUMNS
                )
            }
            E::GridTooLarge { rows, columns } => crate::tr!(
                lang,
                "import-grid-too-large",
                rows = *rows,
                columns = *columns,
                max = MAX_CELLS,
                maxcols = MAX_COLUMNS
            ),
            E::TooManyRows(n) => crate::tr!(lang, "import-too-many-rows", n = *n, max = MAX_ROWS),
            E::Workbook(why) => crate::tr!(lang, "import-workbook", why = why),
            E::Csv { line, why } => crate::tr!(lang, "import-csv", line = *line, why = why),
            E::NoSheets => crate::tr!(lang, "import-no-sheets").to_owned(),
            E::UnknownRelationTypes(types) => crate::tr!(
                lang,
                "import-unknown-relation-types",
                types = types.join(", "),
                example = types.first().cloned().unwrap_or_default()
            ),
            E::BadMapping(part) => crate::tr!(lang, "import-bad-mapping", part = part),
            E::Graph { line, why } => crate::tr!(lang, "import-graph", line = *line, why = why),
            E::Entity { line } => crate::tr!(lang, "import-entity", line = *line),
            E::NotGraph { expected, found } => {
                crate::tr!(lang, "import-not-graph", expected = expected, found = found)
            }
        }
    }
}

/// The sheets of the file at `path`, by its extension.
pub fn read_sheets(path: &Path) -> Result<Vec<Sheet>, ImportError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let size = std::fs::metadata(path).map_err(ImportError::Io)?.len();
    if size > MAX_FILE {
        return Err(ImportError::TooLarge(size));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if matches!(ext.as_str(), "csv" | "tsv" | "txt") {
        let bytes = std::fs::read(path).map_err(ImportError::Io)?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(vec![csv_sheet(&stem, &bytes)?]);
    }
    if matches!(ext.as_str(), "xlsx" | "xlsm") {
        check_inflated(path)?;
        return xlsx_sheets(path);
    }
    if ext == "ods" {
        check_inflated(path)?;
        return workbook_sheets(path);
    }
    if let Some(format) = super::graphs::GraphFormat::from_extension(&ext) {
        let bytes = std::fs::read(path).map_err(ImportError::Io)?;
        // Not UTF-8: an image or a workbook named .gexf, or text in an old encoding (XML
        // says which; Gephi, yEd and networkx write UTF-8).
        let text = String::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
        return super::graphs::graph_sheets(&text, format);
    }
    Err(ImportError::UnknownFormat(name))
}

/// The line (1-based) of byte `at`.
pub(super) fn line_of_byte(bytes: &[u8], at: usize) -> u64 {
    bytes[..at.min(bytes.len())].split(|&b| b == b'\n').count() as u64
}

/// A zip's declared inflated size, refused over [`MAX_INFLATED`]; the reader then never
/// inflates more than each part declares.
fn check_inflated(path: &Path) -> Result<(), ImportError> {
    let file = std::fs::File::open(path).map_err(ImportError::Io)?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file))
        .map_err(|e| ImportError::Workbook(e.to_string()))?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| ImportError::Workbook(e.to_string()))?;
        total = total.saturating_add(entry.size());
    }
    if total > MAX_INFLATED {
        return Err(ImportError::Inflates(total));
    }
    Ok(())
}

/// An `.xlsx` read cell by cell: only filled cells are held, and a cell beyond the limits
/// (one value at row 1,048,576, column XFD) is refused before any grid is built.
fn xlsx_sheets(path: &Path) -> Result<Vec<Sheet>, ImportError> {
    use calamine::Reader as _;
    let bad = |e: calamine::XlsxError| ImportError::Workbook(e.to_string());
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).map_err(bad)?;
    let mut sheets = Vec::new();
    let mut cells_seen = 0;
    for name in book.sheet_names() {
        if name.to_lowercase().contains("(ignore)") {
            continue;
        }
        let mut reader = book.worksheet_cells_reader(&name).map_err(bad)?;
        let mut cells: Vec<(usize, usize, String)> = Vec::new();
        while let Some(cell) = reader.next_cell().map_err(bad)? {
            let (r, c) = cell.get_position();
            let (r, c) = (r as usize, c as usize);
            let text = cell_text(&calamine::Data::from(cell.get_value().clone()));
            if text.is_empty() {
                continue;
            }
            cells_seen += 1;
            if r >= MAX_ROWS || c >= MAX_COLUMNS || cells_seen > MAX_CELLS {
                return Err(ImportError::TooManyRows(r.max(cells_seen)));
            }
            cells.push((r, c, text));
        }
        let Some(first) = cells.iter().map(|x| x.0).min() else {
            sheets.push(Sheet {
                name,
                rows: Vec::new(),
            });
            continue;
        };
        let last = cells.iter().map(|x| x.0).max().unwrap_or(first);
        let width = cells.iter().map(|x| x.1).max().unwrap_or(0) + 1;
        if (last - first + 1).saturating_mul(width) > MAX_CELLS {
            return Err(ImportError::TooManyRows(last - first + 1));
        }
        let mut rows = vec![vec![String::new(); width]; last - first + 1];
        for (r, c, text) in cells {
            rows[r - first][c] = text;
        }
        sheets.push(Sheet { name, rows });
    }
    Ok(sheets)
}

/// An `.ods`'s grid, measured before calamine builds it: each sheet's rows and columns up to
/// its last filled cell, counting `number-rows-repeated` and `number-columns-repeated`.
/// calamine allocates a sheet's whole grid (it allows 100 million cells, gigabytes): an
/// 800-byte file declaring one cell at row 10,000, column 10,000 took 22 s and 5 GB.
fn check_ods_grid(path: &Path) -> Result<(), ImportError> {
    use quick_xml::events::Event;
    use std::io::Read as _;
    let bad = |e: String| ImportError::Workbook(e);
    let file = std::fs::File::open(path).map_err(ImportError::Io)?;
    let mut zip =
        zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| bad(e.to_string()))?;
    let mut content = String::new();
    zip.by_name("content.xml")
        .map_err(|e| bad(e.to_string()))?
        .take(MAX_INFLATED)
        .read_to_string(&mut content)
        .map_err(|e| bad(e.to_string()))?;
    let mut reader = quick_xml::Reader::from_str(&content);
    let repeat = |e: &quick_xml::events::BytesStart<'_>, name: &str| -> usize {
        e.attributes()
            .flatten()
            .find(|a| a.key.local_name().as_ref() == name)
            .and_then(|a| a.value.as_ref().parse().ok())
            .unwrap_or(1usize)
            .max(1)
    };
    // A cell calamine reads as filled: any attribute but its look and its repeats (a value,
    // a value type, a formula…).
    let has_value = |e: &quick_xml::events::BytesStart<'_>| {
        e.attributes().flatten().any(|a| {
            !matches!(
                a.key.local_name().as_ref(),
                "style-name"
                    | "number-columns-repeated"
                    | "number-columns-spanned"
                    | "number-rows-spanned"
                    | "content-validation-name"
            )
        })
    };
    let ignored = |e: &quick_xml::events::BytesStart<'_>| {
        e.attributes().flatten().any(|a| {
            a.key.local_name().as_ref() == "name" && a.value.to_lowercase().contains("(ignore)")
        })
    };
    // Per sheet: the row about to be read, and the extent of filled cells.
    let (mut row, mut rows, mut cols, mut total_cells, mut total_rows) = (0usize, 0, 0, 0, 0);
    // A sheet the import skips: its cells count (calamine reads them), its rows do not.
    let mut skipped = false;
    // The row open: its repeat, the column about to be read, whether it has a filled cell.
    let (mut row_repeat, mut col, mut filled) = (1usize, 0usize, false);
    let close = |rows: usize,
                 cols: usize,
                 skipped: bool,
                 total_cells: &mut usize,
                 total_rows: &mut usize| {
        if !skipped {
            *total_rows += rows;
        }
        *total_cells = total_cells.saturating_add(rows.saturating_mul(cols));
        if *total_rows > MAX_ROWS {
            return Err(ImportError::TooManyRows(*total_rows));
        }
        if cols > MAX_COLUMNS || *total_cells > MAX_CELLS {
            return Err(ImportError::GridTooLarge {
                rows,
                columns: cols,
            });
        }
        Ok(())
    };
    loop {
        let event = reader.read_event().map_err(|e| bad(e.to_string()))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    "table" => (row, rows, cols, skipped) = (0, 0, 0, ignored(e)),
                    "table-row" if empty => {
                        row = row.saturating_add(repeat(e, "number-rows-repeated"));
                    }
                    "table-row" => {
                        (row_repeat, col, filled) = (repeat(e, "number-rows-repeated"), 0, false);
                    }
                    "table-cell" | "covered-table-cell" => {
                        let n = repeat(e, "number-columns-repeated");
                        // A cell with a value, or with text in it.
                        if has_value(e) || !empty {
                            cols = cols.max(col.saturating_add(n));
                            filled = true;
                        }
                        col = col.saturating_add(n);
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => match e.local_name().as_ref() {
                "table-row" => {
                    row = row.saturating_add(row_repeat);
                    if filled {
                        rows = row;
                    }
                }
                "table" => close(rows, cols, skipped, &mut total_cells, &mut total_rows)?,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(())
}

/// An `.ods` (calamine's range, once [`check_ods_grid`] has bounded it).
fn workbook_sheets(path: &Path) -> Result<Vec<Sheet>, ImportError> {
    use calamine::Reader as _;
    check_ods_grid(path)?;
    let mut book =
        calamine::open_workbook_auto(path).map_err(|e| ImportError::Workbook(e.to_string()))?;
    let mut sheets = Vec::new();
    let mut rows_seen = 0;
    let mut cells_seen = 0;
    for name in book.sheet_names() {
        if name.to_lowercase().contains("(ignore)") {
            continue;
        }
        let range = book
            .worksheet_range(&name)
            .map_err(|e| ImportError::Workbook(e.to_string()))?;
        let (height, width) = range.get_size();
        rows_seen += height;
        cells_seen += height.saturating_mul(width);
        if rows_seen > MAX_ROWS || cells_seen > MAX_CELLS {
            return Err(ImportError::TooManyRows(rows_seen));
        }
        let rows = range
            .rows()
            .map(|row| row.iter().map(cell_text).collect())
            .collect();
        sheets.push(Sheet { name, rows });
    }
    Ok(sheets)
}

/// A cell as text: numbers without a needless ".0", formulas by their cached value, dates as
/// `YYYY-MM-DD` (a time of day after it when there is one).
fn cell_text(d: &calamine::Data) -> String {
    use calamine::Data as D;
    match d {
        D::Empty | D::Error(_) => String::new(),
        D::String(s) | D::DateTimeIso(s) | D::DurationIso(s) => s.trim().to_owned(),
        D::Int(i) => i.to_string(),
        D::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        D::Float(f) => f.to_string(),
        D::Bool(b) => b.to_string(),
        // A date as a person writes it (Excel keeps a serial number: 45658 is 2025-01-01).
        D::DateTime(t) if t.is_datetime() => {
            let (y, mo, d, h, mi, _, _) = t.to_ymd_hms_milli();
            if (h, mi) == (0, 0) {
                format!("{y:04}-{mo:02}-{d:02}")
            } else {
                format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}")
            }
        }
        D::DateTime(t) => t.to_string(),
    }
}

/// A CSV's rows: `,`, `;` or tab, whichever the header line has most of (outside quotes); a
/// byte order mark dropped; text in UTF-8, else read as Windows-1252 (Excel's "CSV" on a
/// Dutch Windows).
pub fn csv_sheet(name: &str, bytes: &[u8]) -> Result<Sheet, ImportError> {
    delimited(name, bytes, None)
}

/// Rows separated by `delimiter`, or by the one the header line has most of.
fn delimited(name: &str, bytes: &[u8], delimiter: Option<u8>) -> Result<Sheet, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text: String = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    };
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    // The most of them on the header line; a tie goes to `;`, then `,`, then tab.
    let delimiter = delimiter.unwrap_or_else(|| {
        [b'\t', b',', b';']
            .into_iter()
            .max_by_key(|&d| outside_quotes(first, d as char))
            .unwrap_or(b',')
    });
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells = 0;
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Csv {
            line: e.position().map_or(0, csv::Position::line),
            why: e.to_string(),
        })?;
        cells += record.len();
        if rows.len() >= MAX_ROWS || cells > MAX_CELLS {
            return Err(ImportError::TooManyRows(rows.len() + 1));
        }
        rows.push(
            record
                .iter()
                .map(|c| uninert(c.trim()).to_owned())
                .collect(),
        );
    }
    Ok(Sheet {
        name: name.to_owned(),
        rows,
    })
}

/// Whether a sheet's first row names columns the import knows: a partner's name, or a
/// relation's two ends.
pub fn headed(sheet: &Sheet) -> bool {
    sheet.rows.first().is_some_and(|h| {
        let has = |c| h.iter().any(|x| column(x) == c);
        has(Column::Label) || (has(Column::From) && has(Column::To))
    })
}

/// Cells copied from a spreadsheet (tab-separated; Excel quotes a cell with a line break in
/// it), as a sheet the import reads. Without a header row the columns are taken as a list of
/// partners is usually laid out (name, type, domain, then notes), or, when the first two cells
/// of every row name partners on `map`, as relations (from, to, type, label).
pub fn pasted(text: &str, map: &Map, name: &str) -> Result<Sheet, ImportError> {
    let mut sheet = delimited(name, text.as_bytes(), Some(b'\t'))?;
    sheet
        .rows
        .retain(|r| r.iter().any(|c| !c.trim().is_empty()));
    if headed(&sheet) {
        return Ok(sheet);
    }
    let width = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
    let known: std::collections::HashSet<String> = map
        .stakeholders()
        .flat_map(|s| [s.name.to_lowercase(), s.id.to_string().to_lowercase()])
        .collect();
    let names = |c: Option<&String>| c.is_some_and(|c| known.contains(&c.trim().to_lowercase()));
    let relations = width >= 2
        && !sheet.rows.is_empty()
        && sheet
            .rows
            .iter()
            .all(|r| names(r.first()) && names(r.get(1)));
    let named: &[&str] = if relations {
        &["Van", "Naar", "Soort", "Toelichting"]
    } else {
        &["Naam", "Soort", "Domein"]
    };
    let header: Vec<String> = (0..width.max(1))
        .map(|i| {
            named
                .get(i)
                .map_or_else(|| format!("Kolom {}", i + 1), |h| (*h).to_owned())
        })
        .collect();
    sheet.rows.insert(0, header);
    Ok(sheet)
}

/// A CSV cell made safe for spreadsheets (`'=…`, see `export::sheets`) as it was.
fn uninert(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

fn outside_quotes(line: &str, d: char) -> usize {
    let mut quoted = false;
    line.chars()
        .filter(|&c| {
            if c == '"' {
                quoted = !quoted;
            }
            c == d && !quoted
        })
        .count()
}

/// Windows-1252 to Unicode (the bytes 0x80–0x9F differ from Latin-1).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Types mapped to kinds by the user: `type=kind` (a stakeholder kind's or a relation kind's
/// id), several separated by commas; types compared without regard to case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KindMapping {
    pub stakeholders: HashMap<String, StakeholderKind>,
    pub relations: HashMap<String, RelationKind>,
}

impl KindMapping {
    pub fn parse(text: &str) -> Result<KindMapping, ImportError> {
        let mut m = KindMapping::default();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((ty, kind)) = part.split_once('=') else {
                return Err(ImportError::BadMapping(part.to_owned()));
            };
            let (ty, kind) = (ty.trim().to_lowercase(), kind.trim().to_lowercase());
            if let Some(k) = StakeholderKind::from_id(&kind) {
                m.stakeholders.insert(ty, k);
            } else if let Some(k) = RelationKind::from_id(&kind) {
                m.relations.insert(ty, k);
            } else {
                return Err(ImportError::BadMapping(part.to_owned()));
            }
        }
        Ok(m)
    }
}

/// What an import made, and what it left out.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The map imported into, with what came in.
    pub map: Map,
    /// What came in (not in the map imported into).
    pub new_stakeholders: Vec<StakeholderId>,
    pub new_relations: Vec<crate::model::RelationId>,
    /// Partner types no kind matched: how many partners had each (they became "other").
    pub unknown_types: BTreeMap<String, usize>,
    /// Rows left out, with where and why.
    pub skipped: Vec<Skipped>,
    /// Partners made for a connection's end that no element named.
    pub added_for_connections: usize,
    /// The first of their names (to say which).
    pub added_names: Vec<String>,
    /// Partners whose sheet gave their place (X and Y): not laid out.
    pub placed: Vec<StakeholderId>,
    /// Too many to tidy in a moment ([`TIDY_MAX`]): the new partners were put in rows, by
    /// domain and kind (the editor's Tidy can lay them out afterwards).
    pub in_rows: bool,
}

/// Up to this many new partners an import lays out with the tidy layout (about half a
/// second); more are put in rows (tidying 10,000 takes ten seconds or more).
pub const TIDY_MAX: usize = 1_000;

/// A row left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub sheet: String,
    /// 1-based, as the spreadsheet counts (the header is row 1).
    pub row: usize,
    pub why: SkipReason,
    /// The name the row gives (empty when it gives none).
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    NoName,
    /// A partner of that name is on the map (or earlier in the sheet) already.
    AlreadyThere,
    NoEnds,
    ToItself,
}

/// How many names a message lists (then "…").
const SHOWN_NAMES: usize = 5;

impl Imported {
    /// "Partners added for connections' ends": the count and the first names.
    pub fn added_message(&self, lang: crate::lang::Lang) -> String {
        let mut names = self.added_names.join(", ");
        if self.added_for_connections > self.added_names.len() {
            names.push_str(", …");
        }
        crate::tr!(
            lang,
            "import-added-ends",
            n = self.added_for_connections,
            names = names
        )
    }
}

impl Skipped {
    pub fn user_message(&self, lang: crate::lang::Lang) -> String {
        let why = match self.why {
            SkipReason::NoName => crate::tr!(lang, "import-skip-no-name"),
            SkipReason::AlreadyThere => crate::tr!(lang, "import-skip-already-there"),
            SkipReason::NoEnds => crate::tr!(lang, "import-skip-no-ends"),
            SkipReason::ToItself => crate::tr!(lang, "import-skip-itself"),
        };
        if self.name.is_empty() {
            crate::tr!(
                lang,
                "import-skipped-row",
                sheet = &self.sheet,
                row = self.row,
                why = why
            )
        } else {
            crate::tr!(
                lang,
                "import-skipped-row-named",
                sheet = &self.sheet,
                row = self.row,
                name = crate::model::shown_max(&self.name, 60),
                why = why
            )
        }
    }
}

/// What a header names (Kumu's and Dutch headers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Label,
    Id,
    Type,
    Domain,
    Description,
    Tags,
    From,
    To,
    Direction,
    /// ecomap's own export: where the partner stands.
    X,
    Y,
    Other,
}

fn column(header: &str) -> Column {
    match header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .as_str()
    {
        "label" | "naam" | "name" | "toelichting" | "partner" | "organisatie" | "organisation"
        | "organization" | "belanghebbende" | "stakeholder" => Column::Label,
        "id" => Column::Id,
        "type" | "soort" | "kind" => Column::Type,
        "domain" | "domein" => Column::Domain,
        "description" | "omschrijving" | "beschrijving" | "notes" | "notities" => {
            Column::Description
        }
        "tags" => Column::Tags,
        "from" | "van" => Column::From,
        "to" | "naar" => Column::To,
        "direction" | "richting" => Column::Direction,
        "x" => Column::X,
        "y" => Column::Y,
        _ => Column::Other,
    }
}

/// What a connection's end may name: a partner's id (as the sheet gives it) or its name; ids
/// first. Both lower case.
#[derive(Debug, Default)]
struct Names {
    by_id: HashMap<String, StakeholderId>,
    by_name: HashMap<String, StakeholderId>,
    /// New ids made from names, by their stem: the next number to try (a thousand names that
    /// make the same id need not try every number each).
    next_suffix: HashMap<String, u64>,
}

impl Names {
    fn find(&self, text: &str) -> Option<StakeholderId> {
        let key = text.trim().to_lowercase();
        self.by_id
            .get(&key)
            .or_else(|| self.by_name.get(&key))
            .cloned()
    }

    /// A new id from `name`, free in `map` (in any scenario).
    fn fresh(&mut self, map: &Map, name: &str) -> StakeholderId {
        let first = map.fresh_stakeholder_id(name);
        let stem = first.to_string();
        if map.any_stakeholder(&first).is_none() && !self.next_suffix.contains_key(&stem) {
            self.next_suffix.insert(stem, 2);
            return first;
        }
        let next = self.next_suffix.entry(stem.clone()).or_insert(2);
        loop {
            let id = StakeholderId::parse(&format!("{stem}-{next}"));
            *next += 1;
            if let Some(id) = id
                && map.any_stakeholder(&id).is_none()
            {
                return id;
            }
        }
    }
}

/// The sheets as a new map: elements first, then connections; positions by the tidy layout.
pub fn import(sheets: &[Sheet], kinds: &KindMapping) -> Result<Imported, ImportError> {
    import_into(&Map::new(""), sheets, kinds)
}

/// The sheets added to `base`: a connection may name a partner already there; what comes in
/// is placed by the tidy layout around the partners already placed (they stay put).
pub fn import_into(
    base: &Map,
    sheets: &[Sheet],
    kinds: &KindMapping,
) -> Result<Imported, ImportError> {
    let mut out = Imported {
        map: base.clone(),
        new_stakeholders: Vec::new(),
        new_relations: Vec::new(),
        unknown_types: BTreeMap::new(),
        skipped: Vec::new(),
        added_for_connections: 0,
        added_names: Vec::new(),
        placed: Vec::new(),
        in_rows: false,
    };
    // What a connection's end may name: the partners of the scenario shown, by id and name.
    let mut named = Names::default();
    for s in base.stakeholders() {
        named
            .by_id
            .insert(s.id.to_string().to_lowercase(), s.id.clone());
        named.by_name.insert(s.name.to_lowercase(), s.id.clone());
    }
    let is_connections = |s: &Sheet| {
        s.rows.first().is_some_and(|h| {
            h.iter().any(|c| column(c) == Column::From) && h.iter().any(|c| column(c) == Column::To)
        })
    };
    let is_elements = |s: &Sheet| {
        !is_connections(s)
            && s.rows
                .first()
                .is_some_and(|h| h.iter().any(|c| column(c) == Column::Label))
    };
    if !sheets.iter().any(|s| is_elements(s) || is_connections(s)) {
        return Err(ImportError::NoSheets);
    }
    // One table of both (Kumu's single-sheet layout, ecomap's CSV): its rows with a From or
    // To are connections, the others elements.
    let split: Vec<Sheet> = sheets.iter().flat_map(split_mixed).collect();
    let sheets = &split[..];
    for sheet in sheets.iter().filter(|s| is_elements(s)) {
        elements(sheet, kinds, &mut named, &mut out);
    }
    // Connection types to relation kinds, all checked before any is added.
    let mut unknown: Vec<String> = Vec::new();
    for sheet in sheets.iter().filter(|s| is_connections(s)) {
        let header: Vec<Column> = sheet.rows[0].iter().map(|h| column(h)).collect();
        for row in &sheet.rows[1..] {
            let ty = cell(row, &header, Column::Type);
            if relation_kind(ty, kinds).is_none()
                && !unknown.iter().any(|u| u.eq_ignore_ascii_case(ty))
            {
                unknown.push(ty.to_owned());
            }
        }
    }
    if !unknown.is_empty() {
        return Err(ImportError::UnknownRelationTypes(unknown));
    }
    for sheet in sheets.iter().filter(|s| is_connections(s)) {
        connections(sheet, kinds, &mut named, &mut out);
    }
    out.new_stakeholders = out
        .map
        .stakeholders()
        .filter(|s| base.any_stakeholder(&s.id).is_none())
        .map(|s| s.id.clone())
        .collect();
    out.new_relations = out
        .map
        .relations()
        .filter(|r| base.relation(&r.id).is_none())
        .map(|r| r.id.clone())
        .collect();
    // The partners already there, and those the sheet placed, stay where they are (pinned
    // while laying out); all placed: no layout.
    let placed: std::collections::HashSet<&StakeholderId> = out.placed.iter().collect();
    let stays = |id: &StakeholderId| base.stakeholder(id).is_some() || placed.contains(id);
    if out.new_stakeholders.iter().all(|id| placed.contains(id)) {
        return Ok(out);
    }
    let unplaced = out
        .new_stakeholders
        .iter()
        .filter(|id| !placed.contains(id))
        .count();
    if unplaced > TIDY_MAX {
        let ids: Vec<StakeholderId> = out
            .new_stakeholders
            .iter()
            .filter(|id| !placed.contains(id))
            .cloned()
            .collect();
        in_rows(&mut out.map, &ids);
        out.in_rows = true;
        return Ok(out);
    }
    let mut laid = out.map.clone();
    if base.stakeholder_count() + out.placed.len() > 0 {
        for s in out.map.all_stakeholders_sorted() {
            if stays(&s.id) {
                let mut pinned = s.clone();
                pinned.pinned = true;
                let _ = laid.update_stakeholder(pinned);
            }
        }
    }
    for (id, x, y) in crate::layout::tidy(&laid) {
        if stays(&id) {
            continue;
        }
        if let Some(mut s) = out.map.stakeholder(&id).cloned() {
            (s.x, s.y) = (x, y);
            let _ = out.map.update_stakeholder(s);
        }
    }
    Ok(out)
}

/// `ids` in rows below the partners already placed (or from the origin), ordered by domain,
/// kind and name so each domain is a block: a map of thousands in a moment, roughly as wide as
/// a 16:9 screen.
fn in_rows(map: &mut Map, ids: &[StakeholderId]) {
    use crate::style::{CARD_HEIGHT, CARD_WIDTH};
    let moving: std::collections::HashSet<&StakeholderId> = ids.iter().collect();
    let (step_x, step_y) = (f64::from(CARD_WIDTH) * 1.3, f64::from(CARD_HEIGHT) * 1.8);
    let (mut left, mut top) = (0.0_f64, 0.0_f64);
    let mut any = false;
    for s in map.stakeholders().filter(|s| !moving.contains(&s.id)) {
        left = if any { left.min(s.x) } else { s.x };
        top = if any { top.max(s.y) } else { s.y };
        any = true;
    }
    if any {
        top += 2.0 * step_y;
    }
    let mut order: Vec<(String, &'static str, String, StakeholderId)> = ids
        .iter()
        .filter_map(|id| map.stakeholder(id))
        .map(|s| {
            (
                s.domain.to_lowercase(),
                s.kind.id(),
                s.name.to_lowercase(),
                s.id.clone(),
            )
        })
        .collect();
    order.sort();
    // Columns for a 16:9 block of cards (wider than tall).
    let n = order.len() as f64;
    let cols = ((n * 16.0 / 9.0 * step_y / step_x).sqrt().ceil() as usize).max(1);
    for (i, (.., id)) in order.into_iter().enumerate() {
        if let Some(mut s) = map.stakeholder(&id).cloned() {
            s.x = left + (i % cols) as f64 * step_x;
            s.y = top + (i / cols) as f64 * step_y;
            let _ = map.update_stakeholder(s);
        }
    }
}

/// A name or label from a cell, as the editor would take it typed: one line (a line break,
/// Excel's Alt+Enter or a label over two lines in yEd, is a space), no characters the loader
/// refuses.
fn clean(text: &str) -> String {
    const BREAKS: [char; 6] = ['\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{2028}'];
    let text = text.trim();
    let one = if text.contains(BREAKS) {
        let parts: Vec<&str> = text
            .split(BREAKS)
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        crate::model::cleaned(&parts.join(" "), false)
    } else {
        crate::model::cleaned(text, false)
    };
    // A name or label longer than anyone reads (a whole text pasted in a cell) is cut.
    if one.chars().count() > MAX_TEXT {
        one.chars().take(MAX_TEXT).collect()
    } else {
        one
    }
}

/// A name, label or domain from a file, at most this many characters.
const MAX_TEXT: usize = 500;

/// A sheet with both a Label and From/To columns as two: its elements, its connections (row
/// numbers kept: rows the other kind are left empty).
fn split_mixed(sheet: &Sheet) -> Vec<Sheet> {
    let Some(head) = sheet.rows.first() else {
        return vec![sheet.clone()];
    };
    let header: Vec<Column> = head.iter().map(|h| column(h)).collect();
    let has = |c| header.contains(&c);
    if !(has(Column::Label) && has(Column::From) && has(Column::To)) {
        return vec![sheet.clone()];
    }
    let is_link = |row: &[String]| {
        !cell(row, &header, Column::From).is_empty() || !cell(row, &header, Column::To).is_empty()
    };
    // The columns before the first From/To are the elements', the rest the connections' (a
    // header may be in both: Type, Label, Description).
    let first_link = header
        .iter()
        .position(|c| matches!(c, Column::From | Column::To))
        .unwrap_or(0);
    let keep = |links: bool| Sheet {
        name: sheet.name.clone(),
        rows: std::iter::once(
            head.iter()
                .enumerate()
                .map(|(i, h)| {
                    if (i >= first_link) == links {
                        h.clone()
                    } else {
                        String::new()
                    }
                })
                .collect(),
        )
        .chain(sheet.rows[1..].iter().map(|row| {
            if is_link(row) == links {
                row.clone()
            } else {
                Vec::new()
            }
        }))
        .collect(),
    };
    vec![keep(false), keep(true)]
}

fn cell<'a>(row: &'a [String], header: &[Column], which: Column) -> &'a str {
    header
        .iter()
        .position(|&c| c == which)
        .and_then(|i| row.get(i))
        .map_or("", |s| s.trim())
}

fn elements(sheet: &Sheet, kinds: &KindMapping, named: &mut Names, out: &mut Imported) {
    let headers = &sheet.rows[0];
    let header: Vec<Column> = headers.iter().map(|h| column(h)).collect();
    // The domains so far (the map's, then each new one as the sheet first spells it), folded.
    let mut domains: Vec<(String, String)> = out
        .map
        .domains()
        .into_iter()
        .map(|d| (crate::model::entry::fold(&d), d))
        .collect();
    for (i, row) in sheet.rows.iter().enumerate().skip(1) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let skip = |why, name: String| Skipped {
            sheet: sheet.name.clone(),
            row: i + 1,
            why,
            name,
        };
        let name = clean(cell(row, &header, Column::Label));
        if name.is_empty() {
            out.skipped.push(skip(SkipReason::NoName, String::new()));
            continue;
        }
        // A partner the map has already (by name): not added again; the sheet's ID names it.
        if let Some(there) = named.by_name.get(&name.to_lowercase()).cloned() {
            let key = cell(row, &header, Column::Id);
            if !key.is_empty() {
                named.by_id.insert(key.to_lowercase(), there);
            }
            out.skipped.push(skip(SkipReason::AlreadyThere, name));
            continue;
        }
        let ty = cell(row, &header, Column::Type);
        let kind = stakeholder_kind(ty, kinds).unwrap_or_else(|| {
            if !ty.is_empty() {
                *out.unknown_types.entry(ty.to_owned()).or_default() += 1;
            }
            StakeholderKind::Other
        });
        // The sheet's ID as the partner's id where it is free (ecomap's own export comes back
        // with its ids), else one made from the name.
        let key = cell(row, &header, Column::Id);
        let id = StakeholderId::parse(key)
            .filter(|id| {
                out.map.any_stakeholder(id).is_none() && !key.contains(char::is_whitespace)
            })
            .unwrap_or_else(|| named.fresh(&out.map, &name));
        let mut s = Stakeholder::new(id.clone(), &name, kind, 0.0, 0.0);
        // A place within the map's bounds; else laid out like the rest.
        let number = |c| {
            cell(row, &header, c)
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && x.abs() <= crate::model::MAX_COORDINATE)
        };
        let place = number(Column::X).zip(number(Column::Y));
        if let Some((x, y)) = place {
            (s.x, s.y) = (x, y);
        }
        // A domain the map has already, in the map's spelling ("wmo" is its "Wmo"); else as
        // the sheet writes it.
        let domain = clean(cell(row, &header, Column::Domain));
        let folded = crate::model::entry::fold(&domain);
        s.domain = if let Some((_, d)) = domains.iter().find(|(f, _)| *f == folded) {
            d.clone()
        } else {
            if !domain.is_empty() {
                domains.push((folded, domain.clone()));
            }
            domain
        };
        // Notes: the description, the tags, and every column ecomap has no place for.
        let mut notes: Vec<String> = Vec::new();
        let description = cell(row, &header, Column::Description);
        if !description.is_empty() {
            notes.push(description.to_owned());
        }
        for (h, (c, value)) in headers.iter().zip(header.iter().zip(row)) {
            let value = value.trim();
            if !value.is_empty() && matches!(c, Column::Tags | Column::Other) {
                notes.push(format!("{}: {}", h.trim(), value));
            }
        }
        s.notes = notes.join("\n");
        if out.map.add_stakeholder(s).is_err() {
            out.skipped.push(skip(SkipReason::NoName, name));
            continue;
        }
        if place.is_some() {
            out.placed.push(id.clone());
        }
        if !key.is_empty() {
            named.by_id.insert(key.to_lowercase(), id.clone());
        }
        named.by_name.entry(name.to_lowercase()).or_insert(id);
    }
}

fn connections(sheet: &Sheet, kinds: &KindMapping, named: &mut Names, out: &mut Imported) {
    let header: Vec<Column> = sheet.rows[0].iter().map(|h| column(h)).collect();
    // Relation ids counted on from one past the map's highest (asking the map for each would
    // look at every relation each time).
    let mut next: u64 = out
        .map
        .fresh_relation_id()
        .as_str()
        .trim_start_matches('r')
        .parse()
        .unwrap_or(1);
    for (i, row) in sheet.rows.iter().enumerate().skip(1) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let skip = |why, name: &str| Skipped {
            sheet: sheet.name.clone(),
            row: i + 1,
            why,
            name: name.to_owned(),
        };
        let from = cell(row, &header, Column::From);
        let to = cell(row, &header, Column::To);
        if from.is_empty() || to.is_empty() {
            out.skipped.push(skip(SkipReason::NoEnds, ""));
            continue;
        }
        let kind = relation_kind(cell(row, &header, Column::Type), kinds)
            .unwrap_or(RelationKind::Interest);
        let from = end(from, named, out);
        // A `|`-list, unless the whole names a partner ("Zorg | Welzijn").
        let targets: Vec<&str> = if named.find(to).is_some() {
            vec![to]
        } else {
            to.split('|')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .collect()
        };
        for target in targets {
            // Every relation counts towards the limits (one cell could list millions).
            if out.map.relation_count() + out.map.stakeholder_count() > MAX_CELLS {
                return;
            }
            let to = end(target, named, out);
            if from == to {
                out.skipped.push(skip(SkipReason::ToItself, target));
                continue;
            }
            let mut r = Relation::new(next_relation_id(&out.map, next), kind, from.clone(), to);
            next += 1;
            r.label = clean(cell(row, &header, Column::Label));
            cell(row, &header, Column::Description).clone_into(&mut r.notes);
            let _ = out.map.add_relation(r);
        }
    }
}

/// `r<n>`, or the next free one after it.
fn next_relation_id(map: &Map, n: u64) -> crate::model::RelationId {
    let mut n = n;
    loop {
        let id = crate::model::RelationId::parse(&format!("r{n}"));
        match id {
            Some(id) if map.relation(&id).is_none() => return id,
            _ => n += 1,
        }
    }
}

/// The partner a connection's end names (by ID or label); a new "other" partner if none does.
fn end(text: &str, named: &mut Names, out: &mut Imported) -> StakeholderId {
    if let Some(id) = named.find(text) {
        return id;
    }
    let name = clean(text);
    let id = named.fresh(&out.map, &name);
    if out
        .map
        .add_stakeholder(Stakeholder::new(
            id.clone(),
            &name,
            StakeholderKind::Other,
            0.0,
            0.0,
        ))
        .is_ok()
    {
        out.added_for_connections += 1;
        if out.added_names.len() < SHOWN_NAMES {
            out.added_names.push(name);
        }
    }
    named.by_name.insert(text.trim().to_lowercase(), id.clone());
    id
}

/// A partner type as a kind: the mapping, a kind's id, or the one kind whose Dutch or English
/// name starts with it (or it with the name: "Zorgaanbieder thuiszorg").
fn stakeholder_kind(ty: &str, kinds: &KindMapping) -> Option<StakeholderKind> {
    let t = ty.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    if let Some(&k) = kinds.stakeholders.get(&t) {
        return Some(k);
    }
    if let Some(k) = StakeholderKind::from_id(&t.replace(' ', "_")) {
        return Some(k);
    }
    // A kind's names in both languages, whole and their first part ("Financier" of
    // "Financier (zorgverzekeraar, zorgkantoor)"), lower case.
    let names = |k: StakeholderKind| {
        crate::lang::Lang::ALL.map(|l| {
            let name = k.name(l).to_lowercase();
            let first = name
                .split([',', '('])
                .next()
                .unwrap_or("")
                .trim()
                .to_owned();
            (name, first)
        })
    };
    let by_name = StakeholderKind::ALL.into_iter().find(|&k| {
        names(k)
            .iter()
            .any(|(name, first)| *name == t || *first == t)
    });
    // A longer type that starts with a kind's name: "Welzijnsorganisatie", "Gemeente Arnhem".
    let by_start = || {
        let found: Vec<StakeholderKind> = StakeholderKind::ALL
            .into_iter()
            .filter(|&k| {
                names(k)
                    .iter()
                    .any(|(_, first)| first.chars().count() >= 4 && t.starts_with(first.as_str()))
            })
            .collect();
        match found.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    };
    let by_name = by_name.or_else(by_start);
    by_name.or_else(
        || match crate::model::entry::kinds_matching(&t).as_slice() {
            [one] => Some(*one),
            _ => None,
        },
    )
}

/// A connection type as a kind of relation: the mapping, else the kinds' Dutch and English
/// words; an empty type is an interest (Kumu's plain connection).
fn relation_kind(ty: &str, kinds: &KindMapping) -> Option<RelationKind> {
    let t = ty.trim().to_lowercase();
    if let Some(&k) = kinds.relations.get(&t) {
        return Some(k);
    }
    if t.is_empty() {
        return Some(RelationKind::Interest);
    }
    let starts = |words: &[&str]| words.iter().any(|w| t.starts_with(w));
    if starts(&["afhankelijk", "depend", "afh"]) {
        Some(RelationKind::Dependency)
    } else if starts(&["belang", "interest"]) {
        Some(RelationKind::Interest)
    } else if starts(&["schot", "wall", "barrier", "barrière"]) {
        Some(RelationKind::Schot)
    } else if starts(&["samenwerk", "collab", "cooperat"]) {
        Some(RelationKind::Collaboration)
    } else {
        None
    }
}
