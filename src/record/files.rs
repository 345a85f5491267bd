//! What an uploaded file really is, read from its bytes (never from its name): a PDF by its
//! signature, the office formats by what their zip holds — OOXML's `[Content_Types].xml`
//! with the part of its kind (`word/`, `xl/`, `ppt/`), ODF's `mimetype` entry. Also the
//! safe `Content-Disposition` a download is served with (RFC 6266, `filename*` per RFC 8187).
use std::io::{Cursor, Read};

/// Largest file a document may have: 25 MB (decimal, as people read "25 MB").
pub const MAX_FILE_BYTES: usize = 25_000_000;

/// The kinds of file a meeting document may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
}

impl FileKind {
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            Self::Odt => "application/vnd.oasis.opendocument.text",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Xlsx => "xlsx",
            Self::Pptx => "pptx",
            Self::Odt => "odt",
        }
    }

    /// The short name shown next to a download link.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Docx => "DOCX",
            Self::Xlsx => "XLSX",
            Self::Pptx => "PPTX",
            Self::Odt => "ODT",
        }
    }

    pub fn from_content_type(ct: &str) -> Option<Self> {
        [Self::Pdf, Self::Docx, Self::Xlsx, Self::Pptx, Self::Odt]
            .into_iter()
            .find(|k| k.content_type() == ct)
    }
}

/// Why a file is refused (each has a message in the locales: `rec-v-file-<as_str>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    Missing,
    TooLarge,
    /// Not one of the accepted formats (HTML, an executable, a picture…).
    NotAccepted,
    /// An accepted format, but its name says another one.
    NameMismatch,
}

impl FileProblem {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::TooLarge => "too-large",
            Self::NotAccepted => "not-accepted",
            Self::NameMismatch => "name-mismatch",
        }
    }
}

/// Reads what `bytes` are and checks that `filename`'s extension says the same.
///
/// # Errors
/// The [`FileProblem`] to show next to the file field.
pub fn check(filename: &str, bytes: &[u8]) -> Result<FileKind, FileProblem> {
    if bytes.is_empty() {
        return Err(FileProblem::Missing);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let kind = sniff(bytes).ok_or(FileProblem::NotAccepted)?;
    let extension = filename
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if extension != kind.extension() {
        return Err(FileProblem::NameMismatch);
    }
    Ok(kind)
}

/// The accepted format `bytes` are in, if any.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(b"%PDF-") {
        return Some(FileKind::Pdf);
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return None;
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    if let Ok(mut entry) = zip.by_name("mimetype") {
        // ODF: the first entry, stored, holding the media type (read at most 100 bytes).
        let mut kind = String::new();
        (&mut entry).take(100).read_to_string(&mut kind).ok()?;
        return (kind.trim() == FileKind::Odt.content_type()).then_some(FileKind::Odt);
    }
    zip.by_name("[Content_Types].xml").ok()?;
    let has = |name: &str| zip.index_for_name(name).is_some();
    if has("word/document.xml") {
        Some(FileKind::Docx)
    } else if has("xl/workbook.xml") {
        Some(FileKind::Xlsx)
    } else if has("ppt/presentation.xml") {
        Some(FileKind::Pptx)
    } else {
        None
    }
}

/// `attachment` with an ASCII fallback name and the exact UTF-8 name in `filename*`, so no
/// name can break out of the header or be opened in the browser.
pub fn content_disposition(filename: &str) -> String {
    let fallback: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    // RFC 8187's attr-char: letters, digits and a few marks stay as they are.
    const ENCODED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'.')
        .remove(b'-')
        .remove(b'_');
    let encoded = percent_encoding::utf8_percent_encode(filename, ENCODED);
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

/// A file name to store: the uploaded name without any folder, control characters or
/// quotes, at most 120 characters, ending in the format's extension.
pub fn stored_name(uploaded: &str, kind: FileKind) -> String {
    let base = uploaded.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = base.rsplit_once('.').map_or(base, |(s, _)| s);
    let clean: String = stem
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\\' | '/' | ';'))
        .take(120)
        .collect();
    let clean = clean.trim();
    let stem = if clean.is_empty() { "document" } else { clean };
    format!("{stem}.{}", kind.extension())
}

/// A minimal valid one-page PDF with `text` (ASCII) on it: the demo's documents and the
/// tests' uploads.
pub fn tiny_pdf(text: &str) -> Vec<u8> {
    let text: String = text
        .chars()
        .filter(|c| c.is_ascii() && !matches!(c, '(' | ')' | '\\'))
        .collect();
    let stream = format!("BT /F1 18 Tf 72 720 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for at in offsets {
        pdf.extend_from_slice(format!("{at:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        for (name, bytes) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn formats_are_told_by_their_content() {
        assert_eq!(sniff(&tiny_pdf("hello")), Some(FileKind::Pdf));
        let docx = zip_with(&[
            ("[Content_Types].xml", b"<x/>"),
            ("word/document.xml", b"<x/>"),
        ]);
        assert_eq!(sniff(&docx), Some(FileKind::Docx));
        let xlsx = zip_with(&[
            ("[Content_Types].xml", b"<x/>"),
            ("xl/workbook.xml", b"<x/>"),
        ]);
        assert_eq!(sniff(&xlsx), Some(FileKind::Xlsx));
        let pptx = zip_with(&[
            ("[Content_Types].xml", b"<x/>"),
            ("ppt/presentation.xml", b"<x/>"),
        ]);
        assert_eq!(sniff(&pptx), Some(FileKind::Pptx));
        let odt = zip_with(&[("mimetype", b"application/vnd.oasis.opendocument.text")]);
        assert_eq!(sniff(&odt), Some(FileKind::Odt));
    }

    #[test]
    fn html_executables_and_plain_zips_are_refused_whatever_their_name() {
        let cases: [(&str, &[u8]); 4] = [
            ("page.pdf", b"<!doctype html><script>alert(1)</script>"),
            ("setup.pdf", b"MZ\x90\x00\x03\x00\x00\x00"),
            ("elf.pdf", b"\x7fELF\x02\x01\x01"),
            ("empty.docx", b"PK\x03\x04 not really a zip"),
        ];
        for (name, bytes) in cases {
            assert_eq!(check(name, bytes), Err(FileProblem::NotAccepted), "{name}");
        }
        let plain = zip_with(&[("hello.txt", b"hi")]);
        assert_eq!(check("hello.docx", &plain), Err(FileProblem::NotAccepted));
    }

    #[test]
    fn a_real_file_under_another_formats_name_is_refused() {
        assert_eq!(
            check("report.docx", &tiny_pdf("x")),
            Err(FileProblem::NameMismatch)
        );
        assert_eq!(check("report.PDF", &tiny_pdf("x")), Ok(FileKind::Pdf));
    }

    #[test]
    fn a_file_over_25_mb_is_refused_before_it_is_read() {
        let mut big = tiny_pdf("x");
        big.resize(MAX_FILE_BYTES + 1, b' ');
        assert_eq!(check("big.pdf", &big), Err(FileProblem::TooLarge));
    }

    #[test]
    fn download_names_cannot_break_the_header() {
        let header = content_disposition("Rapport \"final\";\r\nX: é.pdf");
        assert!(header.starts_with("attachment; filename=\"Rapport__final____X___.pdf\""));
        assert!(
            header.contains("filename*=UTF-8''Rapport%20%22final%22%3B%0D%0AX%3A%20%C3%A9.pdf")
        );
        assert_eq!(
            stored_name("C:\\tmp\\تقرير.PDF", FileKind::Pdf),
            "تقرير.pdf"
        );
        assert_eq!(stored_name("", FileKind::Odt), "document.odt");
    }
}
