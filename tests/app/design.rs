//! The stylesheet keeps to the design guide (`docs/design.md`): colours only through its
//! tokens, each token as documented, and each text pair with the contrast written there.
use std::{collections::BTreeMap, path::Path};

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative))
        .unwrap_or_else(|e| panic!("Failed to read {relative}: {e}"))
}

/// `#abc` and `#a1b2c3` colour literals in `text` (selectors like `#f-email` are not hex).
fn hex_colours(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('#') {
        let digits: String = text[at + 1..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if matches!(digits.len(), 3 | 6) && digits.chars().all(|c| c.is_ascii_hexdigit()) {
            found.push(format!("#{}", digits.to_lowercase()));
        }
    }
    found
}

/// The stylesheet's `:root` tokens, and the rest of it.
fn tokens_and_rules(css: &str) -> (BTreeMap<String, String>, String) {
    let start = css
        .find(":root{")
        .expect("app.css defines its tokens in :root");
    let end = start + css[start..].find('}').expect("a closed :root block");
    let tokens = css[start + ":root{".len()..end]
        .split(';')
        .filter_map(|d| d.trim().strip_prefix("--")?.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_lowercase()))
        .collect();
    (tokens, format!("{}{}", &css[..start], &css[end + 1..]))
}

/// The guide's colour table: token → value.
fn documented_tokens(guide: &str) -> BTreeMap<String, String> {
    guide
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let name = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            let value = cells.get(2)?.strip_prefix('`')?.strip_suffix('`')?;
            value
                .starts_with('#')
                .then(|| (name.to_owned(), value.to_lowercase()))
        })
        .collect()
}

/// WCAG 2.2 relative luminance of `#rgb` or `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let h = hex.trim_start_matches('#');
    let h: String = if h.len() == 3 {
        h.chars().flat_map(|c| [c, c]).collect()
    } else {
        h.to_owned()
    };
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&h[i..i + 2], 16).expect("hex")) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_stylesheet_uses_colours_only_through_the_documented_tokens() {
    let css = read("frontend/static/css/app.css");
    let guide = read("docs/design.md");
    let (tokens, rules) = tokens_and_rules(&css);
    assert!(
        hex_colours(&rules).is_empty(),
        "colour literals outside :root in app.css (use a token from docs/design.md): {:?}",
        hex_colours(&rules)
    );
    for used in rules.split("var(--").skip(1) {
        let name: String = used
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        assert!(
            tokens.contains_key(&name),
            "var(--{name}) is not defined in :root"
        );
    }
    assert_eq!(
        documented_tokens(&guide),
        tokens,
        "docs/design.md's colour table and app.css's :root differ"
    );
}

#[test]
fn every_text_pair_of_the_guide_has_the_contrast_it_claims() {
    let css = read("frontend/static/css/app.css");
    let (tokens, _) = tokens_and_rules(&css);
    let guide = read("docs/design.md");
    let section = guide
        .split("## Text contrast")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("a Text contrast section");
    let mut pairs = 0;
    for line in section.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (Some(fg), Some(bg), Some(ratio)) = (cells.get(1), cells.get(2), cells.get(3)) else {
            continue;
        };
        let Ok(claimed) = ratio.parse::<f64>() else {
            continue;
        };
        let colour = |t: &str| {
            tokens
                .get(t.trim_matches('`'))
                .unwrap_or_else(|| panic!("{t} is not a token"))
                .clone()
        };
        let actual = contrast(&colour(fg), &colour(bg));
        assert!(
            (actual - claimed).abs() < 0.06,
            "{fg} on {bg}: the guide says {claimed}, it is {actual:.2}"
        );
        assert!(actual >= 4.5, "{fg} on {bg} is {actual:.2}:1, under 4.5:1");
        pairs += 1;
    }
    assert!(
        pairs >= 10,
        "the guide lists its text pairs ({pairs} found)"
    );
}
