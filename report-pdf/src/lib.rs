//! Consulta's PDF report: a report document (JSON, see `report.typ` for its fields) on
//! standard input, the PDF on standard output ([`stdio`]). The `consulta` program runs it as
//! `consulta report-pdf` in a child process of its own, so a report's memory is given back when
//! it is done and a failing report cannot take the server down; `consulta-report` is the same
//! as a program of its own.
//!
//! The fonts it needs for the six languages are built into the program (`fonts/`, subsets of
//! Noto under the SIL Open Font License), so it needs no font package. Where Debian's
//! `fonts-noto-core` and `fonts-noto-cjk` are installed (`CONSULTA_FONT_DIR`, default
//! `/usr/share/fonts`), they are read too, after the bundled ones: they render the rare
//! characters the subsets leave out, and bold Chinese. Nothing is downloaded.
use std::io::{Read, Write};
use std::process::ExitCode;

use typst::foundations::{Bytes, Dict, IntoValue};
use typst::text::Font;
use typst_as_lib::TypstEngine;

static TEMPLATE: &str = include_str!("report.typ");

/// The bundled fonts: Latin and Cyrillic, Arabic, Chinese (see fonts/README.md).
static BUNDLED: [&[u8]; 6] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../fonts/NotoSansCJKsc-Regular.otf"),
];

/// The system's fonts read when present, relative to `CONSULTA_FONT_DIR`.
const SYSTEM: [&str; 6] = [
    "truetype/noto/NotoSans-Regular.ttf",
    "truetype/noto/NotoSans-Bold.ttf",
    "truetype/noto/NotoNaskhArabic-Regular.ttf",
    "truetype/noto/NotoNaskhArabic-Bold.ttf",
    "opentype/noto/NotoSansCJK-Regular.ttc",
    "opentype/noto/NotoSansCJK-Bold.ttc",
];

/// The bundled fonts first, then the system's that are there. Typst takes the first of equal
/// faces of a family, so the bundled ones are used where they suffice; a character they lack
/// falls back to any font that has it, the system's full ones included.
fn fonts() -> Vec<Font> {
    let dir = std::env::var("CONSULTA_FONT_DIR").unwrap_or_else(|_| "/usr/share/fonts".into());
    let system = SYSTEM
        .iter()
        .filter_map(|f| std::fs::read(std::path::Path::new(&dir).join(f)).ok());
    BUNDLED
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .chain(system.flat_map(|data| Font::iter(Bytes::new(data))))
        .collect()
}

fn run() -> Result<Vec<u8>, String> {
    let mut data = String::new();
    std::io::stdin()
        .read_to_string(&mut data)
        .map_err(|e| format!("Failed to read the report document: {e}"))?;
    let engine = TypstEngine::builder()
        .main_file(TEMPLATE)
        .fonts(fonts())
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

/// Reads the report document on standard input and writes the PDF to standard output; on
/// failure, writes why to standard error and nothing to standard output.
#[must_use]
pub fn stdio() -> ExitCode {
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
