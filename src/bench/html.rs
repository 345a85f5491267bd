//! Just enough HTML reading for the bench: hidden fields and what a page loads.

/// Decodes the character references askama writes in attributes.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        if let Some(c) = decoded {
            out.push(c);
            rest = &rest[end + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The value of an attribute in one tag's text.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let marker = format!(" {name}=\"");
    let at = tag.find(&marker)? + marker.len();
    let value = tag[at..].split('"').next()?;
    Some(unescape(value))
}

/// The tags named `name` (their text between `<` and `>`).
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let tail = &rest[at..];
        let end = tail.find('>').unwrap_or(tail.len());
        found.push(&tail[..end]);
        rest = &tail[end..];
    }
    found
}

/// The value of the input named `name`.
pub fn input_value(html: &str, name: &str) -> Option<String> {
    tags(html, "input")
        .into_iter()
        .find(|tag| attribute(tag, "name").as_deref() == Some(name))
        .and_then(|tag| attribute(tag, "value"))
}

/// What a page loads with it: stylesheets and scripts, in document order.
pub fn subresources(html: &str) -> Vec<String> {
    let styles = tags(html, "link").into_iter().filter_map(|tag| {
        let rel = attribute(tag, "rel")?;
        rel.split_whitespace()
            .any(|r| r.eq_ignore_ascii_case("stylesheet"))
            .then(|| attribute(tag, "href"))?
    });
    let scripts = tags(html, "script")
        .into_iter()
        .filter_map(|tag| attribute(tag, "src"));
    styles.chain(scripts).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_fields_and_subresources_are_read() {
        let html = r#"<link rel="stylesheet" href="/static/app.1.css"><script src="/static/app.2.js" defer></script>
<input type="hidden" name="state" value="{&quot;a&quot;:1}"><input type="hidden" name="sig" value="ab">"#;
        assert_eq!(input_value(html, "state").as_deref(), Some("{\"a\":1}"));
        assert_eq!(input_value(html, "sig").as_deref(), Some("ab"));
        assert_eq!(input_value(html, "nope"), None);
        assert_eq!(
            subresources(html),
            ["/static/app.1.css", "/static/app.2.js"]
        );
    }
}
