//! Server-rendered SVG charts: horizontal bars for choices, stacked bars for scales and
//! cross-tabs, and a word cloud. No JavaScript, no external reference, system fonts only.
//!
//! Charts are readable without colour: near-black on white, stacked segments told apart by
//! patterns repeated in the legend and labelled with their percentage, hidden figures written
//! out ("fewer than 10"). Every chart is `role="img"` with a `<title>` and `<desc>` in the
//! reader's language (passed in by the caller, who also shows the same numbers as a table).
//! Right-to-left charts mirror the layout: labels on the right, bars growing leftwards, and
//! `direction="rtl"` so `text-anchor="start"` means the right edge. Numbers use ASCII digits.
use std::fmt::Write;

use super::suppression::Cell;

const WIDTH: f64 = 640.0;
const MARGIN: f64 = 8.0;
const ROW: f64 = 32.0;
const BAR: f64 = 20.0;
const LABEL_WIDTH: f64 = 190.0;
const VALUE_WIDTH: f64 = 150.0;
const LABEL_CHARS: usize = 26;
const INK: &str = "#1a1a1a";
const PATTERNS: usize = 8;

/// Reading direction of a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// From an HTML `dir` value (`rtl` → [`Direction::Rtl`], anything else left-to-right).
    pub fn from_dir(dir: &str) -> Self {
        if dir.eq_ignore_ascii_case("rtl") {
            Self::Rtl
        } else {
            Self::Ltr
        }
    }

    fn attr(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

/// The translated texts and settings of one chart.
#[derive(Clone, Copy, Debug)]
pub struct ChartText<'a> {
    /// Unique in the page (a question key); prefixes the chart's element ids.
    pub id: &'a str,
    /// Short name of the chart (`<title>`).
    pub title: &'a str,
    /// What the chart shows, in a sentence or two (`<desc>`).
    pub desc: &'a str,
    pub direction: Direction,
    /// Written in place of a hidden count ("fewer than 10").
    pub fewer_than: &'a str,
    /// For facilitators: written after figures members and the public do not see.
    pub hidden_marker: &'a str,
}

/// One bar: an option's label and its figure.
#[derive(Clone, Copy, Debug)]
pub struct Bar<'a> {
    pub label: &'a str,
    pub cell: Cell,
}

/// One stacked bar: a group's label and its figures in series (legend) order.
#[derive(Clone, Copy, Debug)]
pub struct StackedRow<'a> {
    pub label: &'a str,
    pub segments: &'a [Cell],
}

/// Horizontal bars for a choice question: label, bar (longest = largest percentage), then
/// "count (percent%)" or the "fewer than" text when hidden.
pub fn bar_chart(text: &ChartText<'_>, bars: &[Bar<'_>]) -> String {
    let height = 2.0 * MARGIN + ROW * bars.len() as f64;
    let mut svg = open(text, height);
    let top = bars
        .iter()
        .filter_map(|b| b.cell.percent)
        .max()
        .unwrap_or(0);
    let area = WIDTH - 2.0 * MARGIN - LABEL_WIDTH - VALUE_WIDTH;
    let start = MARGIN + LABEL_WIDTH;
    let x = |v: f64| mirror(text.direction, v);
    for (i, bar) in bars.iter().enumerate() {
        let y = MARGIN + ROW * i as f64;
        label(&mut svg, x(MARGIN), y, bar.label);
        let length = match (bar.cell.percent, top) {
            (Some(p), t) if t > 0 => area * f64::from(p) / f64::from(t),
            _ => 0.0,
        };
        if bar.cell.count.is_some() && length > 0.0 {
            let fill = if bar.cell.suppressed {
                format!("url(#{}-p0)", id(text))
            } else {
                INK.to_owned()
            };
            let area = Area::bar(start, y, length);
            rect(&mut svg, text.direction, area, &fill, bar.cell.suppressed);
        }
        let value = value_text(text, &bar.cell);
        let italic = bar.cell.count.is_none();
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}"{}>{}</text>"#,
            fmt(x(start + length + 6.0)),
            fmt(y + 21.0),
            if italic {
                r#" font-style="italic""#
            } else {
                ""
            },
            esc(&value)
        );
    }
    close(svg, &id(text))
}

/// Stacked horizontal bars for a scale or a cross-tab: one bar per row, one patterned segment
/// per series, its percentage written inside when it fits, and a legend of the patterns. Hidden
/// segments are left out and the rest of the bar outlined with dashes; a row whose figures are
/// all hidden says "fewer than".
pub fn stacked_chart(text: &ChartText<'_>, series: &[&str], rows: &[StackedRow<'_>]) -> String {
    let legend_rows = series.len().div_ceil(3);
    let legend_height = ROW * legend_rows as f64;
    let marked = rows
        .iter()
        .flat_map(|r| r.segments)
        .any(|c| c.suppressed && c.count.is_some());
    let footer = if marked { ROW } else { 0.0 };
    let height = 2.0 * MARGIN + legend_height + ROW * rows.len() as f64 + footer;
    let mut svg = open(text, height);
    legend(&mut svg, text, series);
    let top = MARGIN + legend_height;
    for (i, row) in rows.iter().enumerate() {
        stacked_row(&mut svg, text, row, top + ROW * i as f64);
    }
    if marked {
        let y = top + ROW * rows.len() as f64;
        let swatch = Area::new(MARGIN, y + 8.0, 24.0, 14.0);
        rect(&mut svg, text.direction, swatch, "none", true);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}">{}</text>"#,
            fmt(mirror(text.direction, MARGIN + 32.0)),
            fmt(y + 20.0),
            esc(text.hidden_marker)
        );
    }
    close(svg, &id(text))
}

/// A word cloud: terms (most frequent first) in rows, sized by frequency, centred; the same
/// input always gives the same picture. The terms are marked as written in `lang` when it
/// is not empty (the title and description stay in the page's language).
pub fn word_cloud(text: &ChartText<'_>, terms: &[(String, u64)], lang: &str) -> String {
    let lines = cloud_lines(terms);
    let height = 2.0 * MARGIN + lines.iter().map(|l| l.height).sum::<f64>();
    let mut svg = open(text, height.max(2.0 * MARGIN + ROW));
    // Every word is centred on its x: said once for the group, not per word (a summary page
    // holds a cloud per question and language, hundreds of words).
    svg.push_str(r#"<g text-anchor="middle""#);
    if !lang.is_empty() {
        let _ = write!(svg, r#" lang="{}""#, esc(lang));
    }
    svg.push('>');
    let mut y = MARGIN;
    for line in &lines {
        let mut x = (WIDTH - line.width) / 2.0;
        for word in &line.words {
            let centre = mirror(text.direction, x + word.width / 2.0);
            let weight = if word.size >= 28.0 {
                r#" font-weight="bold""#
            } else {
                ""
            };
            let _ = write!(
                svg,
                r#"<text x="{}" y="{}" font-size="{}"{}>{}</text>"#,
                fmt(centre),
                fmt(y + line.height * 0.78),
                fmt(word.size),
                weight,
                esc(&word.text)
            );
            x += word.width + WORD_GAP;
        }
        y += line.height;
    }
    svg.push_str("</g>");
    close(svg, &id(text))
}

const WORD_GAP: f64 = 14.0;
const MIN_SIZE: f64 = 14.0;
const MAX_SIZE: f64 = 40.0;

struct CloudWord {
    text: String,
    size: f64,
    width: f64,
}

struct CloudLine {
    words: Vec<CloudWord>,
    width: f64,
    height: f64,
}

/// Sizes the terms (square root of the frequency between the extremes) and fills rows.
fn cloud_lines(terms: &[(String, u64)]) -> Vec<CloudLine> {
    let max = terms.iter().map(|t| t.1).max().unwrap_or(0) as f64;
    let min = terms.iter().map(|t| t.1).min().unwrap_or(0) as f64;
    let room = WIDTH - 2.0 * MARGIN;
    let mut lines: Vec<CloudLine> = Vec::new();
    for (term, n) in terms {
        let share = if max > min {
            ((*n as f64 - min) / (max - min)).sqrt()
        } else {
            0.5
        };
        let size = (MIN_SIZE + (MAX_SIZE - MIN_SIZE) * share).round();
        let width = text_width(term, size).min(room);
        let fits = lines
            .last()
            .is_some_and(|l| l.width + WORD_GAP + width <= room);
        if !fits {
            lines.push(CloudLine {
                words: Vec::new(),
                width: -WORD_GAP,
                height: 0.0,
            });
        }
        if let Some(line) = lines.last_mut() {
            line.width += WORD_GAP + width;
            line.height = line.height.max(size * 1.3);
            line.words.push(CloudWord {
                text: term.clone(),
                size,
                width,
            });
        }
    }
    lines
}

/// Estimated rendered width: wide characters (CJK) count as a full em, others about 0.6.
fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.6 })
        .sum::<f64>()
        * size
}

fn is_wide(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{115F}' | '\u{2E80}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF60}'
        | '\u{20000}'..='\u{3FFFD}')
}

/// One row of a stacked chart.
fn stacked_row(svg: &mut String, text: &ChartText<'_>, row: &StackedRow<'_>, y: f64) {
    let x = |v: f64| mirror(text.direction, v);
    label(svg, x(MARGIN), y, row.label);
    let start = MARGIN + LABEL_WIDTH;
    let area = WIDTH - MARGIN - start;
    let total: u32 = row
        .segments
        .iter()
        .filter_map(|c| c.percent)
        .map(u32::from)
        .sum();
    let scale = area / f64::from(total.max(100));
    if row.segments.iter().all(|c| c.count.is_none()) && !row.segments.is_empty() {
        rect(svg, text.direction, Area::bar(start, y, area), "none", true);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" font-style="italic">{}</text>"#,
            fmt(x(start + 6.0)),
            fmt(y + 21.0),
            esc(text.fewer_than)
        );
        return;
    }
    let mut offset = start;
    for (k, cell) in row.segments.iter().enumerate() {
        let Some(p) = cell.percent.filter(|_| cell.count.is_some()) else {
            continue;
        };
        let width = f64::from(p) * scale;
        let fill = format!("url(#{}-p{})", id(text), k % PATTERNS);
        rect(
            svg,
            text.direction,
            Area::bar(offset, y, width),
            &fill,
            cell.suppressed,
        );
        if width >= 34.0 {
            percent_label(svg, x(offset + width / 2.0), y, p);
        }
        offset += width;
    }
    let hidden = row.segments.iter().any(|c| c.count.is_none());
    if hidden && offset < start + area - 0.5 {
        let rest = Area::bar(offset, y, start + area - offset);
        rect(svg, text.direction, rest, "none", true);
    }
}

/// "42%" on a white plate, centred on `centre`, readable over any pattern.
fn percent_label(svg: &mut String, centre: f64, y: f64, p: u8) {
    let _ = write!(
        svg,
        r##"<rect x="{}" y="{}" width="30" height="14" rx="2" fill="#fff"/><text x="{}" y="{}" font-size="12" text-anchor="middle">{p}%</text>"##,
        fmt(centre - 15.0),
        fmt(y + 9.0),
        fmt(centre),
        fmt(y + 20.0)
    );
}

/// Pattern swatches with their series names, three per line.
fn legend(svg: &mut String, text: &ChartText<'_>, series: &[&str]) {
    let column = (WIDTH - 2.0 * MARGIN) / 3.0;
    for (k, name) in series.iter().enumerate() {
        let left = MARGIN + column * (k % 3) as f64;
        let y = MARGIN + ROW * (k / 3) as f64;
        let fill = format!("url(#{}-p{})", id(text), k % PATTERNS);
        rect(svg, text.direction, Area::bar(left, y, 24.0), &fill, false);
        let name = truncate(name, 22);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}">{}</text>"#,
            fmt(mirror(text.direction, left + 30.0)),
            fmt(y + 21.0),
            esc(&name)
        );
    }
}

/// The `<svg>` start tag, title and description (`close` adds the patterns used).
fn open(text: &ChartText<'_>, height: f64) -> String {
    let id = id(text);
    let mut svg = String::with_capacity(4096);
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {w} {h}" direction="{dir}" font-family="system-ui, sans-serif" font-size="14" fill="{INK}"><title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc><rect width="{w}" height="{h}" fill="#fff"/>"##,
        w = fmt(WIDTH),
        h = fmt(height),
        dir = text.direction.attr(),
        title = esc(text.title),
        desc = esc(text.desc),
    );
    svg
}

/// Ends the chart, defining only the patterns it uses: a word cloud or a chart without a
/// hidden figure needs none, and the eight would add 1.6 KB to each of a summary's charts.
fn close(mut svg: String, id: &str) -> String {
    let used: String = (0..PATTERNS)
        .filter(|k| svg.contains(&format!("url(#{id}-p{k})")))
        .map(|k| pattern(id, k))
        .collect();
    if !used.is_empty() {
        let at = svg.find("</desc>").map_or(0, |i| i + "</desc>".len());
        svg.insert_str(at, &format!("<defs>{used}</defs>"));
    }
    svg.push_str("</svg>");
    svg
}

/// Pattern `k` of eight told apart without colour: hatches, dots, grids, stripes.
fn pattern(id: &str, k: usize) -> String {
    const SHAPES: [&str; PATTERNS] = [
        r#"<path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke-width="1.5"/>"#,
        r#"<circle cx="4" cy="4" r="1.6" stroke="none" fill="currentColor"/>"#,
        r#"<path d="M0,4 h8" stroke-width="2"/>"#,
        r#"<path d="M0,0 l8,8 M8,0 l-8,8" stroke-width="1"/>"#,
        r#"<path d="M4,0 v8" stroke-width="2"/>"#,
        r#"<path d="M9,1 l-2,-2 M8,8 l-8,-8 M1,9 l-2,-2" stroke-width="1.5"/>"#,
        r#"<path d="M0,4 h8 M4,0 v8" stroke-width="1"/>"#,
        r#"<rect width="8" height="8" stroke="none" fill="currentColor" fill-opacity="0.35"/>"#,
    ];
    format!(
        r#"<pattern id="{id}-p{k}" width="8" height="8" patternUnits="userSpaceOnUse" color="{INK}" stroke="{INK}" fill="none">{}</pattern>"#,
        SHAPES[k % PATTERNS]
    )
}

/// A rectangle in logical coordinates: `start` is the left edge in LTR, the right in RTL.
#[derive(Clone, Copy, Debug)]
struct Area {
    start: f64,
    y: f64,
    width: f64,
    height: f64,
}

impl Area {
    fn new(start: f64, y: f64, width: f64, height: f64) -> Self {
        Self {
            start,
            y,
            width,
            height,
        }
    }

    /// A bar of the row at `y`.
    fn bar(start: f64, y: f64, width: f64) -> Self {
        Self::new(start, y + 6.0, width, BAR)
    }
}

/// Draws `area` outlined, with `fill`; dashed when it marks a figure others do not see.
fn rect(svg: &mut String, dir: Direction, area: Area, fill: &str, dashed: bool) {
    let Area {
        start,
        y,
        width,
        height,
    } = area;
    let left = match dir {
        Direction::Ltr => start,
        Direction::Rtl => WIDTH - start - width,
    };
    let dash = if dashed {
        r#" stroke-dasharray="4 3""#
    } else {
        ""
    };
    let _ = write!(
        svg,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="{INK}"{dash}/>"#,
        fmt(left),
        fmt(y),
        fmt(width),
        fmt(height),
        esc(fill)
    );
}

/// A row label at `x`, shortened to fit the label column.
fn label(svg: &mut String, x: f64, y: f64, text: &str) {
    let _ = write!(
        svg,
        r#"<text x="{}" y="{}">{}</text>"#,
        fmt(x),
        fmt(y + 21.0),
        esc(&truncate(text, LABEL_CHARS))
    );
}

/// "12 (40%)", "fewer than 10", or for facilitators "3 (5%) hidden from members".
fn value_text(text: &ChartText<'_>, cell: &Cell) -> String {
    let Some(count) = cell.count else {
        return text.fewer_than.to_owned();
    };
    let mut value = match cell.percent {
        Some(p) => format!("{count} ({p}%)"),
        None => count.to_string(),
    };
    if cell.suppressed {
        value.push(' ');
        value.push_str(text.hidden_marker);
    }
    value
}

fn mirror(dir: Direction, x: f64) -> f64 {
    match dir {
        Direction::Ltr => x,
        Direction::Rtl => WIDTH - x,
    }
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(max - 1).collect();
        short.push('…');
        short
    }
}

/// The chart id reduced to characters safe in an id and a `url(#…)` reference.
fn id(text: &ChartText<'_>) -> String {
    let safe: String = text
        .id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    format!("chart-{safe}")
}

/// A coordinate with at most one decimal.
fn fmt(v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// Escapes text for XML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(direction: Direction) -> ChartText<'static> {
        ChartText {
            id: "q1",
            title: "Where do you feel safe online?",
            desc: "Answers of 120 young people.",
            direction,
            fewer_than: "fewer than 10",
            hidden_marker: "(hidden from members)",
        }
    }

    fn cell(count: Option<u64>, percent: Option<u8>, suppressed: bool) -> Cell {
        Cell {
            count,
            percent,
            suppressed,
        }
    }

    /// Every tag closed in order, quotes paired, no stray `<` or `&` outside entities.
    fn assert_well_formed(svg: &str) {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(open) = rest.find('<') {
            let text = &rest[..open];
            assert!(!text.contains('>'), "stray > in {text:?}");
            let close = rest[open..].find('>').expect("an unclosed tag") + open;
            let tag = &rest[open + 1..close];
            assert_eq!(
                tag.matches('"').count() % 2,
                0,
                "unbalanced quotes in <{tag}>"
            );
            assert!(!tag.contains('<'), "< inside <{tag}>");
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            if let Some(closing) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(closing.trim()), "in {svg}");
            } else if !tag.ends_with('/') {
                stack.push(name);
            }
            rest = &rest[close + 1..];
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
        for (i, _) in svg.match_indices('&') {
            let entity = &svg[i..svg.len().min(i + 6)];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                    .iter()
                    .any(|e| entity.starts_with(e)),
                "{entity}"
            );
        }
    }

    fn bars() -> Vec<Bar<'static>> {
        vec![
            Bar {
                label: "At home",
                cell: cell(Some(60), Some(50), false),
            },
            Bar {
                label: "At school",
                cell: cell(Some(48), Some(40), false),
            },
            Bar {
                label: "Nowhere",
                cell: cell(None, None, true),
            },
        ]
    }

    #[test]
    fn a_bar_chart_is_an_accessible_self_contained_image() {
        let svg = bar_chart(&text(Direction::Ltr), &bars());
        assert_well_formed(&svg);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""));
        assert!(svg.contains(r#"aria-labelledby="chart-q1-title chart-q1-desc""#));
        assert!(
            svg.contains(r#"<title id="chart-q1-title">Where do you feel safe online?</title>"#)
        );
        assert!(svg.contains("<desc id=\"chart-q1-desc\">Answers of 120 young people.</desc>"));
        assert!(svg.contains(r#"font-family="system-ui, sans-serif""#));
        assert!(svg.contains("60 (50%)") && svg.contains("48 (40%)"));
        assert!(svg.contains(">fewer than 10</text>"));
        assert!(
            !svg.contains("http://") || svg.matches("http://").count() == 1,
            "only the namespace"
        );
        assert!(!svg.contains("<script") && !svg.contains("href"));
        assert!(svg.len() < 6000, "small: {} bytes", svg.len());
    }

    #[test]
    fn facilitators_see_hidden_figures_marked() {
        let bars = [
            Bar {
                label: "Yes",
                cell: cell(Some(40), Some(93), false),
            },
            Bar {
                label: "No",
                cell: cell(Some(3), Some(7), true),
            },
        ];
        let svg = bar_chart(&text(Direction::Ltr), &bars);
        assert_well_formed(&svg);
        assert!(svg.contains("3 (7%) (hidden from members)"));
        assert!(svg.contains("url(#chart-q1-p0)") && svg.contains("stroke-dasharray"));
    }

    #[test]
    fn every_text_is_escaped() {
        let evil = "<script>alert('x')</script> & \"quotes\"";
        let t = ChartText {
            id: "q\"><script>",
            title: evil,
            desc: evil,
            fewer_than: evil,
            ..text(Direction::Ltr)
        };
        let bars = [Bar {
            label: evil,
            cell: cell(None, None, true),
        }];
        let rows = [StackedRow {
            label: evil,
            segments: &[cell(None, None, true)],
        }];
        let outputs = [
            bar_chart(&t, &bars),
            stacked_chart(&t, &[evil], &rows),
            word_cloud(&t, &[(evil.to_owned(), 3)], ""),
        ];
        for svg in outputs {
            assert_well_formed(&svg);
            assert!(!svg.contains("<script"), "{svg}");
            assert!(svg.contains("&lt;script&gt;alert(&#39;x&#39;)"));
            assert!(svg.contains("&amp; &quot;quotes&quot;"));
            assert!(svg.contains("id=\"chart-qscript-title\""));
        }
    }

    #[test]
    fn a_right_to_left_chart_mirrors_its_layout() {
        let ltr = bar_chart(&text(Direction::Ltr), &bars());
        let rtl = bar_chart(&text(Direction::Rtl), &bars());
        assert_well_formed(&rtl);
        assert!(ltr.contains(r#"direction="ltr""#) && rtl.contains(r#"direction="rtl""#));
        assert!(
            ltr.contains(r#"<text x="8" y="29">At home</text>"#),
            "{ltr}"
        );
        assert!(
            rtl.contains(r#"<text x="632" y="29">At home</text>"#),
            "{rtl}"
        );
        // The 50% bar fills the bar area: from x=198 rightwards, or ending at x=442 leftwards.
        assert!(
            ltr.contains(r##"<rect x="198" y="14" width="284" height="20" fill="#1a1a1a""##),
            "{ltr}"
        );
        assert!(
            rtl.contains(r##"<rect x="158" y="14" width="284" height="20" fill="#1a1a1a""##),
            "{rtl}"
        );
        assert_eq!(Direction::from_dir("rtl"), Direction::Rtl);
        assert_eq!(Direction::from_dir("ltr"), Direction::Ltr);
    }

    #[test]
    fn stacked_bars_use_patterns_labels_and_a_legend() {
        let series = ["Agree", "Not sure", "Disagree"];
        let young = [
            cell(Some(30), Some(60), false),
            cell(Some(15), Some(30), false),
            cell(Some(5), Some(10), false),
        ];
        let hidden = [
            cell(Some(20), Some(80), false),
            cell(None, None, true),
            cell(None, None, true),
        ];
        let small = [cell(None, None, true); 3];
        let rows = [
            StackedRow {
                label: "13-15",
                segments: &young,
            },
            StackedRow {
                label: "16-17",
                segments: &hidden,
            },
            StackedRow {
                label: "9-12",
                segments: &small,
            },
        ];
        let svg = stacked_chart(&text(Direction::Ltr), &series, &rows);
        assert_well_formed(&svg);
        for k in 0..3 {
            assert!(svg.contains(&format!("fill=\"url(#chart-q1-p{k})\"")));
        }
        assert!(svg.contains(">Agree</text>") && svg.contains(">Not sure</text>"));
        assert!(svg.contains(">60%</text>") && svg.contains(">30%</text>"));
        assert!(svg.contains(">80%</text>"));
        assert!(svg.contains("fewer than 10"));
        assert!(
            !svg.contains("hidden from members"),
            "no marker for the public"
        );
        let rtl = stacked_chart(&text(Direction::Rtl), &series, &rows);
        assert_well_formed(&rtl);
        assert_ne!(svg.replace("ltr", "rtl"), rtl);
    }

    #[test]
    fn a_facilitator_stacked_chart_explains_its_marker() {
        let marked = [
            cell(Some(40), Some(93), false),
            cell(Some(3), Some(7), true),
        ];
        let rows = [StackedRow {
            label: "all",
            segments: &marked,
        }];
        let svg = stacked_chart(&text(Direction::Ltr), &["Yes", "No"], &rows);
        assert_well_formed(&svg);
        assert!(svg.contains(">(hidden from members)</text>"));
    }

    #[test]
    fn a_word_cloud_is_deterministic_and_sized_by_frequency() {
        let terms: Vec<(String, u64)> = [
            ("safety", 40),
            ("bullying", 25),
            ("网络安全", 10),
            ("privacy", 3),
        ]
        .iter()
        .map(|(t, n)| ((*t).to_owned(), *n))
        .collect();
        let svg = word_cloud(&text(Direction::Ltr), &terms, "");
        assert_well_formed(&svg);
        assert_eq!(svg, word_cloud(&text(Direction::Ltr), &terms, ""));
        assert!(
            svg.contains(r#"font-size="40" font-weight="bold">safety<"#),
            "{svg}"
        );
        assert!(svg.contains(r#"font-size="14">privacy<"#));
        assert!(svg.contains(r#"<g text-anchor="middle">"#), "{svg}");
        let rtl = word_cloud(&text(Direction::Rtl), &terms, "");
        assert_ne!(svg.replace("ltr", "rtl"), rtl);
        let many: Vec<(String, u64)> = (0..60).map(|i| (format!("word{i}"), 100 - i)).collect();
        let big = word_cloud(&text(Direction::Ltr), &many, "");
        assert_well_formed(&big);
        assert!(big.matches("<text").count() == 60);
        let empty = word_cloud(&text(Direction::Ltr), &[], "");
        assert_well_formed(&empty);
        // Spanish answers in an English page: the terms are marked, the title is not.
        let es = word_cloud(&text(Direction::Ltr), &terms, "es");
        assert_well_formed(&es);
        let (before, terms_part) = es
            .split_once(r#"<g text-anchor="middle" lang="es">"#)
            .expect("marked terms");
        assert!(before.contains("<title"), "{es}");
        assert!(terms_part.contains(">safety<") && !terms_part.contains("<title"));
    }
}

/// One opinion group drawn on the map: a shaded region (an ellipse two standard deviations
/// wide around the group's centre), never its members one by one.
#[derive(Clone, Debug)]
pub struct Region<'a> {
    pub label: &'a str,
    pub centre: (f64, f64),
    pub spread: (f64, f64),
}

/// The opinion map: groups as shaded regions told apart by pattern, each labelled; the
/// caller shows the same groups in a table beside it. The labels are drawn at 24 (of a
/// 640-wide picture) so a phone 360 px wide still shows them at about 12 px.
pub fn opinion_map(text: &ChartText<'_>, regions: &[Region<'_>]) -> String {
    const SIZE: f64 = 400.0;
    let extent = regions
        .iter()
        .flat_map(|r| {
            [
                r.centre.0.abs() + 2.0 * r.spread.0,
                r.centre.1.abs() + 2.0 * r.spread.1,
            ]
        })
        .fold(1e-9, f64::max);
    let scale = (SIZE / 2.0 - 24.0) / extent;
    let mut svg = open(text, SIZE);
    let id = id(text);
    let _ = write!(
        svg,
        r##"<path d="M{m},{cy} H{ex} M{cx},{m} V{ey}" stroke="#999" stroke-dasharray="4 4"/>"##,
        m = fmt(MARGIN),
        cx = fmt(WIDTH / 2.0),
        cy = fmt(SIZE / 2.0),
        ex = fmt(WIDTH - MARGIN),
        ey = fmt(SIZE - MARGIN)
    );
    for (i, r) in regions.iter().enumerate() {
        // The axes of a projection have no reading direction: the map is not mirrored.
        let x = WIDTH / 2.0 + r.centre.0 * scale;
        let y = SIZE / 2.0 - r.centre.1 * scale;
        let _ = write!(
            svg,
            r##"<ellipse cx="{x}" cy="{y}" rx="{rx}" ry="{ry}" fill="url(#{id}-p{p})" fill-opacity="0.7" stroke="{INK}" stroke-width="1.5"/><text x="{x}" y="{ty}" text-anchor="middle" font-size="24" font-weight="bold" paint-order="stroke" stroke="#fff" stroke-width="5">{label}</text>"##,
            x = fmt(x),
            y = fmt(y),
            rx = fmt((2.0 * r.spread.0 * scale).max(12.0)),
            ry = fmt((2.0 * r.spread.1 * scale).max(12.0)),
            p = i % PATTERNS,
            ty = fmt(y + 8.0),
            label = esc(r.label),
        );
    }
    close(svg, &id)
}
