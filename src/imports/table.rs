//! The sheets of an XLSForm, whatever its layout (`.xlsx`, or pyxform's `.csv` and `.md`),
//! read within fixed bounds: rows, columns, cells and the zip's unpacked size.
use std::io::{Cursor, Read};

use calamine::{DataRef, Reader, Xlsx};

use super::Refusal;

/// Most rows read per sheet.
pub const MAX_ROWS: usize = 5_000;
/// Most columns read per sheet.
pub const MAX_COLUMNS: usize = 200;
/// Most cells read in a workbook.
const MAX_CELLS: usize = 500_000;
/// Most bytes the workbook's zip may unpack to.
const MAX_UNPACKED: u64 = 60 * 1024 * 1024;

/// One sheet: its name (lower case) and its rows, each with its number as a spreadsheet
/// shows it (the header is row 1 in `.xlsx`).
#[derive(Debug, Default)]
pub struct Sheet {
    pub name: String,
    /// Header cells trimmed and in lower case.
    pub header: Vec<String>,
    /// Header cells trimmed, as written (for the report).
    pub raw_header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Sheet {
    /// The column whose (trimmed, lower-case) header is `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
}

/// Numbered rows of cells.
type Lines = Vec<(usize, Vec<String>)>;

/// Every sheet, names in lower case.
pub type Book = Vec<Sheet>;

/// Reads an `.xlsx` workbook.
///
/// # Errors
/// A refusal naming what is wrong (not a zip, a zip too large unpacked, not a workbook,
/// too many rows or cells, a formula).
pub fn read_xlsx(bytes: &[u8]) -> Result<Book, Refusal> {
    check_zip(bytes)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| Refusal::new("imp-refuse-not-workbook", e.to_string()))?;
    let names = book.sheet_names();
    let mut sheets = Vec::new();
    let mut cells = 0usize;
    for name in names {
        let lower = name.trim().to_lowercase();
        if !matches!(lower.as_str(), "survey" | "choices" | "settings") {
            continue;
        }
        let mut reader = book
            .worksheet_cells_reader(&name)
            .map_err(|e| Refusal::new("imp-refuse-not-workbook", e.to_string()))?;
        let mut grid: Vec<Vec<String>> = Vec::new();
        loop {
            let cell = match reader.next_cell() {
                Ok(Some(cell)) => cell,
                Ok(None) => break,
                Err(e) => return Err(Refusal::new("imp-refuse-not-workbook", e.to_string())),
            };
            cells += 1;
            if cells > MAX_CELLS {
                return Err(Refusal::new("imp-refuse-too-big", MAX_CELLS.to_string()));
            }
            let (row, col) = cell.get_position();
            let value = match cell.get_value() {
                DataRef::Empty => continue,
                DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
                DataRef::SharedString(s) => (*s).to_owned(),
                DataRef::Int(n) => n.to_string(),
                DataRef::Float(f) => f.to_string(),
                DataRef::Bool(b) => b.to_string(),
                DataRef::DateTime(d) => d.as_f64().to_string(),
                DataRef::Error(e) => e.to_string(),
            };
            if value.trim().is_empty() {
                continue;
            }
            let (row, col) = (row as usize, col as usize);
            if row >= MAX_ROWS {
                return Err(Refusal::new(
                    "imp-refuse-too-many-rows",
                    MAX_ROWS.to_string(),
                ));
            }
            if col >= MAX_COLUMNS {
                return Err(Refusal::new(
                    "imp-refuse-too-many-columns",
                    MAX_COLUMNS.to_string(),
                ));
            }
            if grid.len() <= row {
                grid.resize_with(row + 1, Vec::new);
            }
            let line = &mut grid[row];
            if line.len() <= col {
                line.resize(col + 1, String::new());
            }
            line[col] = value;
        }
        sheets.push(sheet_from_grid(
            &lower,
            grid.into_iter().enumerate().map(|(i, r)| (i + 1, r)),
        ));
    }
    Ok(sheets)
}

fn sheet_from_grid(name: &str, rows: impl Iterator<Item = (usize, Vec<String>)>) -> Sheet {
    let mut sheet = Sheet {
        name: name.to_owned(),
        ..Sheet::default()
    };
    for (n, row) in rows {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if sheet.header.is_empty() {
            sheet.header = row.iter().map(|h| h.trim().to_lowercase()).collect();
            sheet.raw_header = row.iter().map(|h| h.trim().to_owned()).collect();
        } else {
            sheet.rows.push((n, row));
        }
    }
    sheet
}

/// Refuses a zip that is not one, has too many entries, or would unpack to too much.
fn check_zip(bytes: &[u8]) -> Result<(), Refusal> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Refusal::new("imp-refuse-corrupt-zip", e.to_string()))?;
    if zip.len() > 500 {
        return Err(Refusal::new("imp-refuse-too-big", zip.len().to_string()));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let entry = zip
            .by_index(i)
            .map_err(|e| Refusal::new("imp-refuse-corrupt-zip", e.to_string()))?;
        total = total.saturating_add(entry.size());
        if total > MAX_UNPACKED {
            return Err(Refusal::new(
                "imp-refuse-too-big",
                format!("{} MB", MAX_UNPACKED / 1024 / 1024),
            ));
        }
    }
    // Unpack the entries for real, counting (declared sizes may lie), bounded.
    let mut unpacked = 0u64;
    let mut buf = [0u8; 64 * 1024];
    for i in 0..zip.len() {
        let mut entry = zip
            .by_index(i)
            .map_err(|e| Refusal::new("imp-refuse-corrupt-zip", e.to_string()))?;
        loop {
            let n = entry
                .read(&mut buf)
                .map_err(|e| Refusal::new("imp-refuse-corrupt-zip", e.to_string()))?;
            if n == 0 {
                break;
            }
            unpacked += n as u64;
            if unpacked > MAX_UNPACKED {
                return Err(Refusal::new(
                    "imp-refuse-too-big",
                    format!("{} MB", MAX_UNPACKED / 1024 / 1024),
                ));
            }
        }
    }
    Ok(())
}

/// pyxform's text layouts: a row whose first cell is a sheet name starts that sheet (its
/// other cells, or the next row's, are the header); data rows leave the first cell empty.
fn book_from_lines(lines: Lines) -> Result<Book, Refusal> {
    let mut sheets: Vec<(String, Lines)> = Vec::new();
    for (n, row) in lines {
        if row.len() > MAX_COLUMNS {
            return Err(Refusal::new(
                "imp-refuse-too-many-columns",
                MAX_COLUMNS.to_string(),
            ));
        }
        let first = row.first().map(|c| c.trim()).unwrap_or_default();
        let rest: Vec<String> = row.iter().skip(1).cloned().collect();
        if !first.is_empty() {
            sheets.push((first.to_lowercase(), Vec::new()));
        }
        if let Some((_, rows)) = sheets.last_mut()
            && rest.iter().any(|c| !c.trim().is_empty())
        {
            if rows.len() >= MAX_ROWS {
                return Err(Refusal::new(
                    "imp-refuse-too-many-rows",
                    MAX_ROWS.to_string(),
                ));
            }
            rows.push((n, rest));
        }
    }
    Ok(sheets
        .into_iter()
        .filter(|(name, _)| matches!(name.as_str(), "survey" | "choices" | "settings"))
        .map(|(name, rows)| sheet_from_grid(&name, rows.into_iter()))
        .collect())
}

/// Reads pyxform's `.csv` layout.
///
/// # Errors
/// A refusal when it is not CSV text.
pub fn read_csv(bytes: &[u8]) -> Result<Book, Refusal> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| Refusal::new("imp-refuse-not-text", String::new()))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Refusal::new("imp-refuse-not-csv", e.to_string()))?;
        let n = record.position().map_or(0, |p| p.line() as usize);
        if n > MAX_ROWS * 4 {
            return Err(Refusal::new(
                "imp-refuse-too-many-rows",
                MAX_ROWS.to_string(),
            ));
        }
        lines.push((n, record.iter().map(str::to_owned).collect()));
    }
    book_from_lines(lines)
}

/// Reads pyxform's Markdown layout (`| survey | | |` tables).
///
/// # Errors
/// A refusal when it is not text.
pub fn read_markdown(bytes: &[u8]) -> Result<Book, Refusal> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| Refusal::new("imp-refuse-not-text", String::new()))?;
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if !line.starts_with('|') {
            continue;
        }
        let inner = line.trim_start_matches('|');
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_owned()).collect();
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| ch == '-' || ch == ':' || ch == ' '))
            && cells.iter().any(|c| c.contains('-'))
        {
            continue;
        }
        lines.push((i + 1, cells));
    }
    book_from_lines(lines)
}
