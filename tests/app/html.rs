//! Just enough HTML reading for the tests that check what a page marks: its elements in
//! document order, each with its attributes and its text (what is inside it, tags left
//! out, character references decoded). Consulta's own pages close every element they open,
//! so a stack of open elements is enough; an end tag closes the elements opened after its
//! own start tag too.
use crate::helpers::unescape;

#[derive(Clone, Debug)]
pub struct Element {
    pub tag: String,
    pub attrs: Vec<(String, String)>,
    /// The text inside, with runs of white space as one space and the invisible bidi
    /// isolation marks left out.
    pub text: String,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|x| x == class))
    }
}

const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "path",
];

/// Every element of `html` in the order its start tag appears.
pub fn elements(html: &str) -> Vec<Element> {
    let mut out: Vec<Element> = Vec::new();
    // Open elements: index into `out` and where their text starts in `text`.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut text = String::new();
    let mut rest = html;
    let close = |out: &mut Vec<Element>, (at, from): (usize, usize), text: &str| {
        out[at].text = tidy(&text[from..]);
    };
    while let Some(lt) = rest.find('<') {
        text.push_str(&unescape(&rest[..lt]));
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(gt) = tag_end(rest) else { break };
        let inner = &rest[1..gt];
        rest = &rest[gt + 1..];
        if inner.starts_with('!') || inner.starts_with('?') {
            continue;
        }
        if let Some(name) = inner.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(depth) = open.iter().rposition(|(at, _)| out[*at].tag == name) {
                for entry in open.drain(depth..).rev().collect::<Vec<_>>() {
                    close(&mut out, entry, &text);
                }
            }
            continue;
        }
        let self_closing = inner.ends_with('/');
        let inner = inner.trim_end_matches('/');
        let name_end = inner
            .find(|c: char| c.is_whitespace())
            .unwrap_or(inner.len());
        let tag = inner[..name_end].to_ascii_lowercase();
        out.push(Element {
            attrs: attributes(&inner[name_end..]),
            tag: tag.clone(),
            text: String::new(),
        });
        let at = out.len() - 1;
        if tag == "script" || tag == "style" {
            let end = format!("</{tag}");
            rest = rest.find(&end).map_or("", |e| &rest[e..]);
            continue;
        }
        if !self_closing && !VOID.contains(&tag.as_str()) {
            open.push((at, text.len()));
        }
    }
    text.push_str(&unescape(rest));
    for entry in open.into_iter().rev() {
        close(&mut out, entry, &text);
    }
    out
}

/// Where the tag starting at `s[0] == '<'` ends (its `>`), quotes respected.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, next) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let end = after[1..].find(q).map_or(after.len(), |e| e + 1);
                    (&after[1..end], after.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            rest = next.trim_start();
            unescape(value)
        } else {
            String::new()
        };
        if !name.is_empty() {
            out.push((name, value));
        }
    }
    out
}

fn tidy(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The accessible name an element gets from `aria-labelledby` (the referenced elements'
/// texts joined by a space) or `aria-label`; `Err` names an id that is not on the page.
pub fn name_of(all: &[Element], e: &Element) -> Result<String, String> {
    if let Some(ids) = e.attr("aria-labelledby") {
        let mut parts = Vec::new();
        for id in ids.split_whitespace() {
            let target = all
                .iter()
                .find(|x| x.attr("id") == Some(id))
                .ok_or_else(|| format!("aria-labelledby names “{id}”, which no element has"))?;
            parts.push(target.text.clone());
        }
        return Ok(parts.join(" ").trim().to_owned());
    }
    Ok(e.attr("aria-label").unwrap_or_default().trim().to_owned())
}

#[test]
fn elements_have_their_attributes_and_text_and_nesting_closes_properly() {
    let page = elements(
        r#"<!DOCTYPE html><div id="a" class="x y"><p lang=es>Hola &amp; <b>adiós</b></p><input name="n" value="1"><br></div><script>if (a<b) {}</script><span>z</span>"#,
    );
    let tags: Vec<&str> = page.iter().map(|e| e.tag.as_str()).collect();
    assert_eq!(tags, ["div", "p", "b", "input", "br", "script", "span"]);
    assert_eq!(page[0].text, "Hola & adiós");
    assert!(page[0].has_class("y"));
    assert_eq!(page[1].attr("lang"), Some("es"));
    assert_eq!(page[3].attr("value"), Some("1"));
    assert_eq!(page[6].text, "z");
    let labelled =
        elements(r#"<h2 id="h">Votes</h2><div aria-labelledby="c h"></div><p id="c">Table</p>"#);
    assert_eq!(name_of(&labelled, &labelled[1]).unwrap(), "Table Votes");
    let missing = elements(r#"<div aria-labelledby="nope"></div>"#);
    assert!(name_of(&missing, &missing[0]).is_err());
}

/// Every table region of a results page (`.table-wrap`, and every other element with
/// `role="region"` or a named `<section>`, which are landmarks too) has an accessible name
/// that is not empty and is unlike every other landmark's on the page, and no table region
/// is a Tab stop by itself (the page's script makes one focusable only while its table is
/// wider than it). Returns how many table regions the page has.
pub fn assert_regions_named(html: &str, page: &str) -> usize {
    let all = elements(html);
    let mut names: Vec<(String, String)> = Vec::new();
    let mut tables = 0;
    for e in &all {
        let is_wrap = e.has_class("table-wrap");
        let is_landmark = e.attr("role") == Some("region")
            || (e.tag == "section"
                && (e.attr("aria-labelledby").is_some() || e.attr("aria-label").is_some()));
        if !is_wrap && !is_landmark {
            continue;
        }
        let what = format!(
            "<{} aria-labelledby={:?}>",
            e.tag,
            e.attr("aria-labelledby")
        );
        if is_wrap {
            tables += 1;
            assert_eq!(
                e.attr("role"),
                Some("region"),
                "{page}: a table region {what} is not a region"
            );
            assert!(
                e.attr("tabindex").is_none(),
                "{page}: the table region {what} is a Tab stop even when nothing scrolls"
            );
        }
        let name = name_of(&all, e).unwrap_or_else(|why| panic!("{page}: {what}: {why}"));
        assert!(!name.is_empty(), "{page}: {what} has no name");
        if let Some((_, first)) = names.iter().find(|(n, _)| *n == name) {
            panic!("{page}: {what} and {first} are both named “{name}”");
        }
        names.push((name, what));
    }
    tables
}

#[test]
fn a_missing_or_repeated_region_name_is_found() {
    let good = r#"<section aria-labelledby="h1"><h2 id="h1">Age</h2><div class="table-wrap" role="region" aria-labelledby="c1 h1"><table><caption id="c1">Counts</caption></table></div></section>
<section aria-labelledby="h2"><h2 id="h2">Gender</h2><div class="table-wrap" role="region" aria-labelledby="c2 h2"><table><caption id="c2">Counts</caption></table></div></section>"#;
    assert_eq!(assert_regions_named(good, "good"), 2);
    for bad in [
        // The same caption alone twice.
        r#"<div class="table-wrap" role="region" aria-labelledby="c1"><caption id="c1">Counts</caption></div><div class="table-wrap" role="region" aria-labelledby="c2"><caption id="c2">Counts</caption></div>"#,
        // No name.
        r#"<div class="table-wrap" role="region"><table></table></div>"#,
        // A name pointing at nothing.
        r#"<div class="table-wrap" role="region" aria-labelledby="gone"></div>"#,
        // Not a region.
        r#"<div class="table-wrap" aria-label="Counts"></div>"#,
        // An empty Tab stop.
        r#"<div class="table-wrap" role="region" tabindex="0" aria-label="Counts"></div>"#,
    ] {
        let caught = std::panic::catch_unwind(|| assert_regions_named(bad, "bad"));
        assert!(caught.is_err(), "not caught: {bad}");
    }
}
