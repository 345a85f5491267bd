//! The floors of the code: a module of `src/` may only name (`crate::…`) modules below it in
//! [`FLOORS`]. A new top-level module must be given its place here.
use std::{
    collections::{BTreeMap, BTreeSet},
    path::Path,
};

/// Every top-level module of `src/`, lowest first. Each may import only the ones before it.
const FLOORS: &[&str] = &[
    // foundations: know no feature, no HTTP shell
    "config",
    "telemetry",
    "entities",
    "error",
    "i18n",
    "db",
    "secrets",
    "mail",
    "state",
    // HTTP glue shared by every feature
    "web",
    // features, each above the ones it uses
    "accounts",
    "consultations",
    "imports",
    "moderation",
    "aggregation",
    "participation",
    "live",
    "exports",
    "publishing",
    // the group's yearly and final reports
    "reports",
    // the group's public record: meetings, documents
    "record",
    // the adults' home, which reads every feature's state
    "home",
    // other channels than the pages (text messages), on top of every feature they reuse
    "channels",
    // the application: routes, background tasks, scaffolding, the command line
    "startup",
    "bench",
    "cli",
];

/// The top-level modules a file names with `crate::a…` or `crate::{a…, b…}`.
fn named_modules(source: &str) -> BTreeSet<String> {
    let code: String = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            found.extend(group_heads(group));
        } else {
            found.insert(identifier(rest));
        }
    }
    found.retain(|m| !m.is_empty());
    found
}

/// The first identifier of each item of a `{…}` use group (nested groups skipped).
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 1;
    let mut at_item_start = true;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => at_item_start = true,
            c if at_item_start && depth == 1 && (c.is_alphanumeric() || c == '_') => {
                heads.push(identifier(&group[i..]));
                at_item_start = false;
            }
            _ => {}
        }
    }
    heads
}

fn identifier(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("Failed to read src/") {
        let path = entry.expect("Failed to read an entry of src/").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Which top-level modules each top-level module names, with one file that does.
fn imports() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).expect("a file under src/");
        let first = relative.components().next().expect("a path");
        let module = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if matches!(module.as_str(), "lib" | "main") {
            continue;
        }
        let source = std::fs::read_to_string(&file).expect("Failed to read a source file");
        for named in named_modules(&source) {
            if named != module {
                graph
                    .entry(module.clone())
                    .or_default()
                    .entry(named)
                    .or_insert_with(|| relative.display().to_string());
            }
        }
    }
    graph
}

#[test]
fn every_module_imports_only_modules_below_it() {
    let floor = |m: &str| FLOORS.iter().position(|f| *f == m);
    let mut wrong = Vec::new();
    for (module, named) in imports() {
        let Some(own) = floor(&module) else {
            wrong.push(format!(
                "`{module}` has no place in FLOORS (tests/app/layering.rs)"
            ));
            continue;
        };
        for (other, file) in named {
            match floor(&other) {
                Some(theirs) if theirs < own => {}
                Some(_) => wrong.push(format!("{file}: `{module}` imports `{other}`, above it")),
                None => wrong.push(format!("{file}: `{other}` has no place in FLOORS")),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "Imports that point up:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_import_reader_sees_grouped_and_nested_imports() {
    let source = "use crate::{\n    accounts::{Actor, repo},\n    web::{self, page}, // crate::live\n};\nfn f() { crate::exports::x(); }";
    let named: Vec<String> = named_modules(source).into_iter().collect();
    assert_eq!(named, ["accounts", "exports", "web"]);
}
