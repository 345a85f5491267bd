//! Writers of the summary sheets: CSV (UTF-8 with a byte-order mark so spreadsheets open
//! Arabic and Chinese correctly; tables one after another) and XLSX (one worksheet per
//! sheet, right to left for Arabic). Every text cell is neutralised against formulas.
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::tables::{Cell, Sheet};

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A text that a spreadsheet would read as a formula (`= + - @`, tab, carriage return at the
/// start) gets a leading `'`. So does every such start after a `;` or a tab: spreadsheets
/// set up for French, Spanish or Russian split a comma-separated file at `;`, which would
/// make a cell of what follows.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    let starts_formula = |s: &str| s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let splits_before_formula = |(i, c): (usize, char)| {
        matches!(c, ';' | '\t') && starts_formula(&text[i + c.len_utf8()..])
    };
    if !starts_formula(text) && !text.char_indices().any(splits_before_formula) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 2);
    if starts_formula(text) {
        out.push('\'');
    }
    for (i, c) in text.char_indices() {
        out.push(c);
        if splits_before_formula((i, c)) {
            out.push('\'');
        }
    }
    out.into()
}

/// A number as CSV writes it: integers without a decimal point.
pub fn number_text(n: f64) -> String {
    #[allow(clippy::cast_possible_truncation)]
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => neutralise(t).into_owned(),
        Cell::Number(Some(n)) => number_text(*n),
        Cell::Number(None) => String::new(),
    }
}

/// The sheets as one CSV: for each table a line `## <sheet name>/<table name>`, then its
/// title line, its header and its rows, then an empty record.
///
/// # Errors
/// A CSV writing error (none in practice: it writes to memory).
pub fn summary_csv(sheets: &[Sheet]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(BOM.to_vec());
    for sheet in sheets {
        for table in &sheet.tables {
            w.write_record([format!("## {}/{}", sheet.name, table.name)])?;
            w.write_record([neutralise(&table.title).as_ref()])?;
            w.write_record(table.columns.iter().map(|c| neutralise(c).into_owned()))?;
            for row in &table.rows {
                w.write_record(row.iter().map(cell_text))?;
            }
            w.write_record([""])?;
        }
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// A worksheet name: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
fn sheet_name(name: &str, used: &mut Vec<String>) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\'".contains(c) { '_' } else { c })
        .take(28)
        .collect();
    let clean = if clean.is_empty() {
        "sheet".to_owned()
    } else {
        clean
    };
    let mut candidate = clean.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{clean}~{n}");
        n += 1;
    }
    used.push(candidate.clone());
    candidate
}

/// The sheets as an XLSX workbook: one worksheet per sheet (named by its stable name), its
/// tables one under another with a bold title and header.
///
/// # Errors
/// An XLSX writing error.
pub fn summary_xlsx(sheets: &[Sheet], rtl: bool) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let mut used = Vec::new();
    for sheet in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&sheet.name, &mut used))?;
        ws.set_right_to_left(rtl);
        let mut r: u32 = 0;
        ws.write_string_with_format(r, 0, neutralise(&sheet.title), &bold)?;
        r += 2;
        for table in &sheet.tables {
            ws.write_string_with_format(r, 0, neutralise(&table.title), &bold)?;
            r += 1;
            for (c, col) in (0u16..).zip(&table.columns) {
                ws.write_string_with_format(r, c, neutralise(col), &bold)?;
            }
            r += 1;
            for row in &table.rows {
                for (c, cell) in (0u16..).zip(row) {
                    match cell {
                        Cell::Text(t) => {
                            ws.write_string(r, c, neutralise(t))?;
                        }
                        Cell::Number(Some(n)) => {
                            ws.write_number(r, c, *n)?;
                        }
                        Cell::Number(None) => {}
                    }
                }
                r += 1;
            }
            r += 1;
        }
        ws.set_column_width(0, 24)?;
        ws.set_column_width(1, 24)?;
        ws.set_column_width(2, 32)?;
    }
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised_and_other_text_is_kept() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(bad), format!("'{bad}"), "{bad:?}");
        }
        for good in [
            "1",
            "a=b",
            "",
            "نعم",
            "是",
            "a;b",
            "a; =b",
            "screen;privacy",
        ] {
            assert_eq!(neutralise(good), good);
        }
    }

    #[test]
    fn formula_starts_after_a_semicolon_or_a_tab_are_neutralised_too() {
        for (bad, neutral) in [
            ("fine;=cmd|' /C calc'!A0", "fine;'=cmd|' /C calc'!A0"),
            ("a\t@SUM(A1)", "a\t'@SUM(A1)"),
            ("=1;-2", "'=1;'-2"),
            ("\t=1", "'\t'=1"),
            ("Oui;+33 6", "Oui;'+33 6"),
        ] {
            assert_eq!(neutralise(bad), neutral, "{bad:?}");
        }
    }

    #[test]
    fn sheet_names_are_short_clean_and_unique() {
        let mut used = Vec::new();
        assert_eq!(sheet_name("a/b", &mut used), "a_b");
        assert_eq!(sheet_name("A_B", &mut used), "A_B~2");
        assert!(sheet_name(&"x".repeat(40), &mut used).chars().count() <= 31);
    }
}
