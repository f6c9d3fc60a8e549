//! Pages whose reading order is not one column of lines: a notice set in two columns, and a
//! form with label/value pairs and a ruled table. Their ground truth is the reading order a
//! person follows: the left column before the right one, a table row by row.

use crate::continuation::body_paragraphs;
use crate::fonts::{fonts, text_width_pt, Face};
use crate::layout::{
    mm, wrap_to, PageLayout, PlacedLine, Rule, BODY_BOTTOM, BODY_SIZE, LEFT, LINE, SMALL_SIZE,
    TEXT_WIDTH,
};
use crate::letter::Letter;
use crate::scan::{render_page, ScanOptions, ScannedPage};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const GUTTER: f32 = mm(10.0);
const TOP: f32 = mm(25.0);

fn placed(x: f32, baseline: f32, face: Face, text: &str, blank_before: bool) -> PlacedLine {
    PlacedLine {
        x,
        baseline,
        size: BODY_SIZE,
        face,
        text: text.to_string(),
        blank_before,
    }
}

/// A one-page notice: a heading across the page, then the letter's paragraphs (continued with
/// neutral ones) set in two columns, the left one filled first. The ground truth is the heading,
/// the left column, then the right column.
pub fn two_column_scan(letter: &Letter, opts: &ScanOptions) -> ScannedPage {
    render_page(&two_column_layout(letter), opts, 0)
}

fn two_column_layout(letter: &Letter) -> PageLayout {
    let mut page = PageLayout::default();
    let heading = wrap_to(&letter.subject, Face::Bold, BODY_SIZE, TEXT_WIDTH);
    let mut y = TOP;
    for (i, line) in heading.iter().enumerate() {
        page.lines.push(placed(LEFT, y, Face::Bold, line, i == 0));
        y += LINE;
    }
    let top = y + LINE;
    let width = (TEXT_WIDTH - GUTTER) / 2.0;
    let columns = [LEFT, LEFT + width + GUTTER];
    let mut column = 0;
    let mut y = top;
    'fill: for paragraph in body_paragraphs(letter) {
        for (i, line) in wrap_to(paragraph, Face::Regular, BODY_SIZE, width)
            .iter()
            .enumerate()
        {
            if i == 0 && y > top {
                y += LINE;
            }
            if y > BODY_BOTTOM {
                column += 1;
                if column == columns.len() {
                    break 'fill;
                }
                y = top;
            }
            page.lines
                .push(placed(columns[column], y, Face::Regular, line, i == 0));
            y += LINE;
        }
    }
    page
}

/// An application form: a title, label/value pairs and a ruled table of items with amounts and
/// a total, varied by `seed`. The ground truth reads the pairs line by line and the table row by
/// row, cells separated by spaces.
pub fn form_scan(seed: u64, opts: &ScanOptions) -> ScannedPage {
    render_page(&form_layout(seed), opts, 0)
}

const ITEMS: &[&str] = &[
    "Fahrtkosten Koblenz und zurück",
    "Übernachtung Gästehaus Müller",
    "Verpflegungspauschale",
    "Teilnahmegebühr Fortbildung",
    "Parkgebühren Parkhaus Löhrstraße",
    "Fachbuch Straßenverkehrsrecht",
    "Porto für Rücksendung",
    "Gebühr für Führungszeugnis",
];

const NAMES: &[(&str, &str)] = &[
    ("Jürgen Weiß", "Görresstraße 14, 56068 Koblenz"),
    ("Sabine Köhler", "Am Schloßberg 3, 56727 Mayen"),
    ("Günter Maßmann", "Hauptstraße 112, 56218 Mülheim-Kärlich"),
    ("Annegret Fröhlich", "Kirchweg 7a, 56626 Andernach"),
];

fn form_layout(seed: u64) -> PageLayout {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x0f0f);
    let mut page = PageLayout::default();
    let (name, address) = NAMES[rng.random_range(0..NAMES.len())];
    let mut y = TOP;
    page.lines.push(placed(
        LEFT,
        y,
        Face::Bold,
        "Antrag auf Erstattung von Auslagen",
        false,
    ));
    y += 2.0 * LINE;
    let file = format!(
        "AZ-{}-{:05}",
        2024 + seed % 3,
        rng.random_range(100..99_999)
    );
    let pairs = [
        ("Antragsteller:", name.to_string()),
        ("Anschrift:", address.to_string()),
        ("Aktenzeichen:", file),
        (
            "Zeitraum:",
            format!("{}. März bis {}. April 2025", 3 + seed % 20, 2 + seed % 25),
        ),
    ];
    for (i, (label, value)) in pairs.iter().enumerate() {
        page.lines
            .push(placed(LEFT, y, Face::Regular, label, i == 0));
        page.lines
            .push(placed(LEFT + mm(40.0), y, Face::Regular, value, false));
        y += LINE;
    }
    y += LINE;
    // Table: column starts, a header row, items, ruled boxes around every row.
    let cols = [
        LEFT + mm(2.0),
        LEFT + mm(16.0),
        LEFT + mm(104.0),
        LEFT + mm(124.0),
        LEFT + mm(146.0),
    ];
    let row_height = LINE * 1.5;
    let table_top = y;
    let header = ["Pos.", "Bezeichnung", "Menge", "Preis", "Betrag"];
    let mut rows: Vec<[String; 5]> = vec![header.map(String::from)];
    let mut total = 0u32;
    let count = rng.random_range(4..=6);
    for pos in 1..=count {
        let item = ITEMS[rng.random_range(0..ITEMS.len())];
        let qty = rng.random_range(1..=4u32);
        let price = rng.random_range(250..9_000u32);
        total += qty * price;
        rows.push([
            pos.to_string(),
            item.to_string(),
            qty.to_string(),
            euros(price),
            euros(qty * price),
        ]);
    }
    let thin = 0.6;
    let right = LEFT + TEXT_WIDTH;
    for (r, row) in rows.iter().enumerate() {
        let top = table_top + r as f32 * row_height;
        page.rules.push(Rule {
            x0: LEFT,
            y0: top,
            x1: right,
            y1: top + thin,
        });
        let baseline = top + row_height * 0.68;
        for (c, cell) in row.iter().enumerate() {
            let face = if r == 0 { Face::Bold } else { Face::Regular };
            page.lines
                .push(placed(cols[c], baseline, face, cell, r == 0 && c == 0));
        }
    }
    let bottom = table_top + rows.len() as f32 * row_height;
    page.rules.push(Rule {
        x0: LEFT,
        y0: bottom,
        x1: right,
        y1: bottom + thin,
    });
    for x in [LEFT, cols[1] - mm(2.0), cols[2] - mm(2.0), right - thin] {
        page.rules.push(Rule {
            x0: x,
            y0: table_top,
            x1: x + thin,
            y1: bottom,
        });
    }
    y = bottom + 2.0 * LINE;
    let sum = format!("Summe: {}", euros(total));
    let width = text_width_pt(fonts().get(Face::Bold), &sum, BODY_SIZE);
    page.lines
        .push(placed(right - width, y, Face::Bold, &sum, true));
    y += 3.0 * LINE;
    page.lines.push(PlacedLine {
        x: LEFT,
        baseline: y,
        size: SMALL_SIZE,
        face: Face::Regular,
        text: "Ich versichere die Richtigkeit meiner Angaben.".into(),
        blank_before: true,
    });
    page
}

/// A page that is empty but for one line of `text` at `size_pt`, `from_top_mm` below the top
/// edge at the left margin: a sparse page ("Seite 2", "Anlage") that is not blank.
pub fn one_line_page(
    text: &str,
    size_pt: f32,
    from_top_mm: f32,
    opts: &ScanOptions,
) -> ScannedPage {
    let page = PageLayout {
        lines: vec![PlacedLine {
            x: LEFT,
            baseline: mm(from_top_mm),
            size: size_pt,
            face: Face::Regular,
            text: text.to_string(),
            blank_before: false,
        }],
        rules: Vec::new(),
    };
    render_page(&page, opts, 0)
}

fn euros(cents: u32) -> String {
    format!("{},{:02} €", cents / 100, cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn low_res() -> ScanOptions {
        ScanOptions {
            dpi: 100,
            skew_degrees: 0.0,
            ..ScanOptions::default()
        }
    }

    #[test]
    fn two_columns_fill_left_then_right() {
        let layout = two_column_layout(&Letter::sample(2));
        let xs: Vec<f32> = layout.lines.iter().skip(2).map(|l| l.x).collect();
        let switch = xs
            .iter()
            .position(|&x| x > LEFT + 1.0)
            .expect("a right column");
        assert!(switch > 10, "left column has lines");
        assert!(
            xs[switch..].iter().all(|&x| x > LEFT + 1.0),
            "left column first"
        );
        let page = two_column_scan(&Letter::sample(2), &low_res());
        assert!(page.text.contains(&Letter::sample(2).subject[..10]));
    }

    #[test]
    fn form_has_a_table_with_rules_and_a_total() {
        let layout = form_layout(5);
        assert!(layout.rules.len() >= 8);
        let text = layout.text();
        assert!(
            text.contains("Pos.\nBezeichnung\nMenge\nPreis\nBetrag"),
            "{text}"
        );
        assert!(text.contains("Summe: "));
        assert_eq!(form_layout(5), form_layout(5));
        assert_ne!(form_layout(5), form_layout(6));
        let page = form_scan(5, &low_res());
        let dark = page.image.pixels().filter(|p| p.0[0] < 128).count();
        assert!(dark > 5_000, "rules and text drawn: {dark}");
    }
}
