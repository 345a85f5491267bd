//! `consulta-report`: reads a report document (JSON, see `report.typ` for its fields) on
//! standard input and writes the PDF to standard output. The Consulta server runs it as a
//! separate process so that typst's long build stays out of the main crate.
//!
//! Fonts are read at run time from `CONSULTA_FONT_DIR` (default `/usr/share/fonts`), from
//! Debian's `fonts-noto-core` and `fonts-noto-cjk`: nothing is downloaded.
use std::io::{Read, Write};
use std::process::ExitCode;

use typst::foundations::{Dict, IntoValue};
use typst_as_lib::TypstEngine;

static TEMPLATE: &str = include_str!("report.typ");

const FONTS: [&str; 6] = [
    "truetype/noto/NotoSans-Regular.ttf",
    "truetype/noto/NotoSans-Bold.ttf",
    "truetype/noto/NotoNaskhArabic-Regular.ttf",
    "truetype/noto/NotoNaskhArabic-Bold.ttf",
    "opentype/noto/NotoSansCJK-Regular.ttc",
    "opentype/noto/NotoSansCJK-Bold.ttc",
];

fn run() -> Result<Vec<u8>, String> {
    let dir = std::env::var("CONSULTA_FONT_DIR").unwrap_or_else(|_| "/usr/share/fonts".into());
    let fonts = FONTS
        .iter()
        .map(|f| {
            let path = format!("{dir}/{f}");
            std::fs::read(&path).map_err(|e| format!("Failed to read the font {path}: {e}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut data = String::new();
    std::io::stdin()
        .read_to_string(&mut data)
        .map_err(|e| format!("Failed to read the report document: {e}"))?;
    let engine = TypstEngine::builder()
        .main_file(TEMPLATE)
        .fonts(fonts)
        .build();
    let mut inputs = Dict::new();
    inputs.insert("data".into(), data.into_value());
    let warned = engine.compile_with_input(inputs);
    let doc: typst_layout::PagedDocument = warned
        .output
        .map_err(|e| format!("The report did not compile: {e:?}"))?;
    typst_pdf::pdf(&doc, &typst_pdf::PdfOptions::default())
        .map_err(|e| format!("The PDF could not be written: {e:?}"))
}

fn main() -> ExitCode {
    match run() {
        Ok(pdf) => {
            let mut out = std::io::stdout().lock();
            if out.write_all(&pdf).and_then(|()| out.flush()).is_err() {
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
