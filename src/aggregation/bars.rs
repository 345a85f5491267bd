//! Bar charts drawn in HTML for the summary and the public results: each label and figure is
//! page text at the page's size (never below 12 px, on a 360 px phone too), and only the bar
//! itself is a small SVG stretched by its `viewBox` (it carries no text, so nothing shrinks).
//! Bars are one colour (`brand` on a `brand-tint` track): the label beside each bar carries
//! the meaning, so no pattern is needed. A hidden figure has no bar and says "fewer than 10";
//! facilitators see a marker after figures members and the public do not see.
//!
//! The responses-over-time chart is columns in a stretched SVG without text; its first and
//! last days and its busiest day are written below it in HTML, and its name says the same.
use std::fmt::Write;

use super::suppression::Cell;

/// One bar: a label and its figure.
pub struct Item<'a> {
    pub label: &'a str,
    pub cell: Cell,
}

/// How figures are written for this reader.
pub struct Words<'a> {
    /// "fewer than 10".
    pub fewer_than: &'a str,
    /// For facilitators, the marker's spoken text after figures others do not see; empty for
    /// the public.
    pub hidden_marker: &'a str,
}

/// A list of labelled bars; the longest bar is the largest percentage.
pub fn html(items: &[Item<'_>], words: &Words<'_>) -> String {
    let top = items
        .iter()
        .filter_map(|i| i.cell.percent)
        .max()
        .unwrap_or(0);
    let mut out = String::from(r#"<ul class="bars">"#);
    for item in items {
        let width = match (item.cell.count, item.cell.percent) {
            (Some(_), Some(p)) if top > 0 => u32::from(p) * 100 / u32::from(top),
            _ => 0,
        };
        let value = match (item.cell.count, item.cell.percent) {
            (Some(c), Some(p)) => format!("{c} ({p}%)"),
            (Some(c), None) => c.to_string(),
            (None, _) => words.fewer_than.to_owned(),
        };
        let _ = write!(
            out,
            r#"<li><span class="bar-label"><bdi>{}</bdi></span><span class="bar-line"><svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" width="100" height="4"/>"#,
            esc(item.label)
        );
        if width > 0 {
            let _ = write!(out, r#"<rect width="{width}" height="4"/>"#);
        }
        let hidden = item.cell.count.is_none();
        let _ = write!(
            out,
            r#"</svg><span class="bar-value{}">{}"#,
            if hidden { " hidden-figure" } else { "" },
            esc(&value)
        );
        if item.cell.suppressed && !words.hidden_marker.is_empty() && !hidden {
            let _ = write!(
                out,
                r#"<span aria-hidden="true"> *</span><span class="visually-hidden"> {}</span>"#,
                esc(words.hidden_marker)
            );
        }
        out.push_str("</span></span></li>");
    }
    out.push_str("</ul>");
    out
}

/// Columns of responses per day (`days` in date order, "YYYY-MM-DD"), named by `label`.
pub fn timeline(days: &[(String, u64)], label: &str) -> String {
    let top = days.iter().map(|d| d.1).max().unwrap_or(0).max(1);
    let width = days.len().max(1) * 10;
    let mut out = format!(
        r#"<svg class="timeline" viewBox="0 0 {width} 40" preserveAspectRatio="none" role="img" aria-label="{}"><rect class="bar-track" width="{width}" height="40"/>"#,
        esc(label)
    );
    for (i, (_, n)) in days.iter().enumerate() {
        let h = (*n * 40).div_ceil(top);
        let _ = write!(
            out,
            r#"<rect x="{}" y="{}" width="8" height="{h}"/>"#,
            i * 10 + 1,
            40 - h
        );
    }
    out.push_str("</svg>");
    out
}

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(count: Option<u64>, percent: Option<u8>, suppressed: bool) -> Cell {
        Cell {
            count,
            percent,
            suppressed,
        }
    }

    #[test]
    fn bars_are_page_text_with_the_longest_bar_for_the_largest_share() {
        let words = Words {
            fewer_than: "fewer than 10",
            hidden_marker: "",
        };
        let html = html(
            &[
                Item {
                    label: "Games <& apps>",
                    cell: cell(Some(30), Some(60), false),
                },
                Item {
                    label: "Chat",
                    cell: cell(Some(15), Some(30), false),
                },
                Item {
                    label: "Other",
                    cell: cell(None, None, true),
                },
            ],
            &words,
        );
        assert!(html.contains("<bdi>Games &lt;&amp; apps&gt;</bdi>"));
        assert!(html.contains(r#"<rect width="100" height="4"/>"#));
        assert!(html.contains(r#"<rect width="50" height="4"/>"#));
        assert!(html.contains("30 (60%)"));
        assert!(html.contains(r#"<span class="bar-value hidden-figure">fewer than 10</span>"#));
        assert!(!html.contains("<text"), "no text inside the SVG");
    }

    #[test]
    fn the_timeline_scales_to_the_busiest_day() {
        let svg = timeline(
            &[("2026-01-01".into(), 2), ("2026-01-02".into(), 4)],
            "per day",
        );
        assert!(svg.contains(r#"<rect x="1" y="20" width="8" height="20"/>"#));
        assert!(svg.contains(r#"<rect x="11" y="0" width="8" height="40"/>"#));
        assert!(svg.contains(r#"aria-label="per day""#));
    }
}
