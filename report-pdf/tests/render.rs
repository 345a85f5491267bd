//! The report program as the server runs it: a JSON document in, a PDF out. Being an
//! integration test of this package also makes `cargo test --workspace` build the
//! `consulta-report` program next to the server's tests, which render reports through it.
use std::io::Write;
use std::process::{Command, Stdio};

fn document(dir: &str, title: &str) -> serde_json::Value {
    let labels = [
        "context",
        "methodology",
        "results",
        "representativeness",
        "feedback",
        "option",
        "count",
        "percent",
        "key_terms",
        "quotes",
        "hidden",
        "generated",
    ];
    serde_json::json!({
        "lang": if dir == "rtl" { "ar" } else { "en" },
        "dir": dir,
        "title": title,
        "context": "Why we ask",
        "feedback": "",
        "labels": labels.iter().map(|l| (l.to_string(), serde_json::json!(l))).collect::<serde_json::Map<_, _>>(),
        "methodology": "Counts below 10 are hidden.",
        "responses": "42 responses",
        "questions": [{
            "text": title,
            "answered": "40 answered, 2 skipped",
            "rows": [["Yes", "30", "75%", 75.0], ["No", "—", "—", 0.0]],
            "terms": ["social media (12)"],
            "quotes": ["社交媒体很有用"],
        }],
        "representativeness": [{ "name": "Age", "rows": [["13-17", "40", "95%"]] }],
    })
}

/// Runs the program; `font_dir` replaces the system's font folder.
fn render_with(
    input: &serde_json::Value,
    font_dir: Option<&std::path::Path>,
) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_consulta-report"));
    if let Some(dir) = font_dir {
        command.env("CONSULTA_FONT_DIR", dir);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn render(input: &serde_json::Value) -> std::process::Output {
    render_with(input, None)
}

#[test]
fn a_document_in_arabic_or_english_becomes_a_pdf() {
    for (dir, title) in [
        ("ltr", "Do you feel safe online?"),
        ("rtl", "هل تشعر بالأمان؟"),
    ] {
        let out = render(&document(dir, title));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.starts_with(b"%PDF"), "{dir}");
    }
}

#[test]
fn a_broken_document_is_a_clear_error_and_no_pdf() {
    let out = render(&serde_json::json!({ "lang": "en" }));
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(!out.stderr.is_empty());
}

/// Words of the six languages, as they must come back out of the PDF.
const SIX: [(&str, &str, &str); 6] = [
    ("en", "ltr", "Do you feel safe online?"),
    ("fr", "ltr", "Vous sentez-vous en sécurité ?"),
    ("es", "ltr", "¿Te sientes seguro en línea?"),
    ("ru", "ltr", "Чувствуете ли вы себя в безопасности?"),
    ("ar", "rtl", "هل تشعر بالأمان؟"),
    ("zh", "ltr", "你在网上感到安全吗？"),
];

/// Whether `expected`'s letters are in the PDF's `text`. Letters only: the text comes back
/// with its own spaces, and right-to-left lines come back in the order they are drawn (from
/// the left), so they are also looked for reversed.
fn appears(text: &str, expected: &str) -> bool {
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).collect::<String>();
    let (text, expected) = (letters(text), letters(expected));
    text.contains(&expected) || text.contains(&expected.chars().rev().collect::<String>())
}

#[test]
fn the_report_renders_six_languages_with_no_system_fonts() {
    let no_fonts = std::env::temp_dir().join(format!("consulta-no-fonts-{}", std::process::id()));
    std::fs::create_dir_all(&no_fonts).unwrap();
    for (lang, dir, title) in SIX {
        let mut input = document(dir, title);
        input["lang"] = lang.into();
        // The quote is traditional Chinese, the other text of the document.
        input["questions"][0]["quotes"] = serde_json::json!(["網路上的朋友"]);
        let out = render_with(&input, Some(&no_fonts));
        assert!(
            out.status.success(),
            "{lang}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = pdf_extract::extract_text_from_mem(&out.stdout).unwrap();
        for expected in [title, "網路上的朋友", "Why we ask"] {
            assert!(
                appears(&text, expected),
                "{lang}: {expected:?} not in {text:?}"
            );
        }
    }
    std::fs::remove_dir_all(&no_fonts).unwrap();
}
