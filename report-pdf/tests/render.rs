//! The report program as the server runs it: a JSON document in, a PDF out. Being an
//! integration test of this package also makes `cargo test --workspace` build the
//! `consulta-report` program next to the server's tests, which render reports through it.
use std::io::Write;
use std::process::{Command, Stdio};

fn fonts_installed() -> bool {
    let dir = std::env::var("CONSULTA_FONT_DIR").unwrap_or_else(|_| "/usr/share/fonts".into());
    std::path::Path::new(&dir)
        .join("opentype/noto/NotoSansCJK-Regular.ttc")
        .is_file()
}

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

fn render(input: &serde_json::Value) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_consulta-report"))
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

#[test]
fn a_document_in_arabic_or_english_becomes_a_pdf() {
    if !fonts_installed() {
        assert!(
            std::env::var("CONSULTA_REQUIRE_PDF").is_err(),
            "the Noto fonts are missing: apt-get install fonts-noto-core fonts-noto-cjk"
        );
        eprintln!("skipped: the Noto fonts are not installed");
        return;
    }
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
