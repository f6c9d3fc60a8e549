//! Page layout of a letter on A4, in points, shared by the scan renderer and the text PDFs.
//!
//! Doing layout once (measured with the scan font) means a scanned page and a born-digital page
//! of the same letter carry exactly the same lines, so one ground truth serves every format.

use crate::continuation::body_paragraphs;
use crate::fonts::{fonts, text_width_pt, Face};
use crate::letter::Letter;

/// A4 width in points.
pub(crate) const PAGE_WIDTH_PT: f32 = 595.276;
/// A4 height in points.
pub(crate) const PAGE_HEIGHT_PT: f32 = 841.89;

pub(crate) const fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

pub(crate) const BODY_SIZE: f32 = 11.0;
pub(crate) const SMALL_SIZE: f32 = 10.0;
pub(crate) const LINE: f32 = BODY_SIZE * 1.4;
pub(crate) const LEFT: f32 = mm(25.0);
pub(crate) const TEXT_WIDTH: f32 = mm(165.0);
/// Where the date sits, like the information block of a DIN 5008 letter.
const DATE_X: f32 = mm(125.0);
const SENDER_TOP: f32 = mm(15.0);
const RECIPIENT_TOP: f32 = mm(50.0);
const DATE_BASELINE: f32 = mm(85.0);
/// The subject follows one blank line below this.
const FIRST_PAGE_BODY_TOP: f32 = mm(92.0);
const OTHER_PAGE_BODY_TOP: f32 = mm(25.0);
pub(crate) const BODY_BOTTOM: f32 = mm(272.0);
const FOOTER_BASELINE: f32 = mm(287.0);

/// One line of text at a fixed position; `baseline` is measured from the top of the page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlacedLine {
    pub x: f32,
    pub baseline: f32,
    pub size: f32,
    pub face: Face,
    pub text: String,
    /// Whether the ground truth has an empty line before this one (a paragraph break).
    pub blank_before: bool,
}

/// A filled rectangle (a ruled line of a form or table), in points from the top left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rule {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

/// All lines of one page, in reading order, and the rules drawn on it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct PageLayout {
    pub lines: Vec<PlacedLine>,
    pub rules: Vec<Rule>,
}

impl PageLayout {
    /// Ground truth of the page: rendered lines joined with '\n', paragraph breaks as empty lines.
    pub(crate) fn text(&self) -> String {
        let mut out = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
                if line.blank_before {
                    out.push('\n');
                }
            }
            out.push_str(&line.text);
        }
        out
    }
}

/// Ground-truth text per page for a letter laid out over `pages` pages.
///
/// This is the text of [`crate::render_scan`]`(letter, pages, _)` and
/// [`crate::born_digital_pdf`]`(letter, pages)` page by page (the scan options do not affect the
/// layout). [`crate::mixed_pdf`] uses the two-page layout. Lines are wrapped exactly as rendered,
/// paragraph breaks are empty lines, and each page ends with its footer "Seite i von n". When the
/// letter is too short, its body is continued with deterministic extra paragraphs; when it is too
/// long, trailing paragraphs are dropped (the closing is always kept).
pub fn page_texts(letter: &Letter, pages: usize) -> Vec<String> {
    layout_letter(letter, pages)
        .iter()
        .map(PageLayout::text)
        .collect()
}

/// Lays `letter` out over exactly `pages` pages, as full as possible.
///
/// Uses the largest number of body paragraphs that still fits; the result only has more pages
/// than requested if the first paragraph alone does not fit.
pub(crate) fn layout_letter(letter: &Letter, pages: usize) -> Vec<PageLayout> {
    assert!(pages >= 1, "a letter needs at least one page");
    let mut paragraphs = body_paragraphs(letter).map(|p| wrap(p, Face::Regular, BODY_SIZE));
    let mut wrapped = vec![paragraphs.next().unwrap_or_default()];
    let mut best = flow(letter, &wrapped);
    // The body stream is endless, so this stops once one more paragraph would overflow.
    for next in paragraphs {
        wrapped.push(next);
        let candidate = flow(letter, &wrapped);
        if candidate.len() > pages {
            break;
        }
        best = candidate;
    }
    add_footers(&mut best);
    best
}

/// Whether the letter's own text (header, all its paragraphs and the closing) fits on `pages`
/// pages, i.e. [`layout_letter`] drops none of its paragraphs.
pub(crate) fn fits(letter: &Letter, pages: usize) -> bool {
    let wrapped: Vec<Vec<String>> = letter
        .paragraphs
        .iter()
        .map(|p| wrap(p, Face::Regular, BODY_SIZE))
        .collect();
    flow(letter, &wrapped).len() <= pages
}

/// Greedy word wrap to the text column width.
fn wrap(text: &str, face: Face, size: f32) -> Vec<String> {
    wrap_to(text, face, size, TEXT_WIDTH)
}

/// Greedy word wrap to `width` points.
pub(crate) fn wrap_to(text: &str, face: Face, size: f32, width: f32) -> Vec<String> {
    let font = fonts().get(face);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in unbreakable_words(text) {
        let candidate = if current.is_empty() {
            word.clone()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || text_width_pt(font, &candidate, size) <= width {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, word));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// Space-separated words, with units kept on the line of their number ("12,50 €", "234,00 EUR",
/// "€ 99,90", "19 %") and "§" on the line of its section number, as typesetters (and readers of
/// OCR output) expect.
fn unbreakable_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        // A unit may carry the punctuation that ends its clause ("12,50 €.", "234,00 EUR,").
        let unit = word.trim_end_matches(['.', ',', ';', ':', ')']);
        let starts_with_digit = word.starts_with(|c: char| c.is_ascii_digit());
        match words.last_mut() {
            Some(last)
                if matches!(unit, "€" | "%")
                    || last == "§"
                    || (unit == "EUR" && last.ends_with(|c: char| c.is_ascii_digit()))
                    || ((last == "€" || last.ends_with(" €")) && starts_with_digit) =>
            {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
    }
    words
}

/// Places the header, the given wrapped body paragraphs and the closing; no footers yet.
fn flow(letter: &Letter, body: &[Vec<String>]) -> Vec<PageLayout> {
    let mut flow = Flow::first_page(letter);
    for (i, subject_line) in wrap(&letter.subject, Face::Bold, BODY_SIZE)
        .into_iter()
        .enumerate()
    {
        flow.line(subject_line, Face::Bold, i == 0);
    }
    flow.line(letter.salutation.clone(), Face::Regular, true);
    for paragraph in body {
        for (i, line) in paragraph.iter().enumerate() {
            flow.line(line.clone(), Face::Regular, i == 0);
        }
    }
    // Keep the closing (greeting, signature, attachments) together on one page.
    if flow.y + closing_extent(&letter.closing) > BODY_BOTTOM {
        flow.new_page();
    }
    let mut blank = true;
    for line in &letter.closing {
        if line.is_empty() {
            flow.y += LINE;
            blank = true;
        } else {
            flow.line(line.clone(), Face::Regular, blank);
            blank = false;
        }
    }
    flow.pages
}

/// Distance from the current position to the last baseline of the closing block, mirroring the
/// spacing rules of [`Flow::line`] (a blank line before each block, empty lines add space).
fn closing_extent(closing: &[String]) -> f32 {
    let (mut offset, mut last, mut blank) = (0.0, 0.0, true);
    for line in closing {
        if line.is_empty() {
            offset += LINE;
            blank = true;
        } else {
            if blank {
                offset += LINE;
            }
            last = offset;
            offset += LINE;
            blank = false;
        }
    }
    last
}

/// Running state while placing body lines.
struct Flow {
    pages: Vec<PageLayout>,
    /// Baseline of the next line.
    y: f32,
}

impl Flow {
    /// A flow whose first page already holds sender, recipient and date.
    fn first_page(letter: &Letter) -> Flow {
        let mut page = PageLayout::default();
        let mut place = |lines: &[String], top: f32, size: f32, x: f32| {
            for (i, text) in lines.iter().enumerate() {
                page.lines.push(PlacedLine {
                    x,
                    baseline: top + size * 1.3 * i as f32,
                    size,
                    face: Face::Regular,
                    text: text.clone(),
                    blank_before: i == 0 && top > SENDER_TOP,
                });
            }
        };
        place(&letter.sender, SENDER_TOP, SMALL_SIZE, LEFT);
        place(&letter.recipient, RECIPIENT_TOP, BODY_SIZE, LEFT);
        // Long town names would run past the margin; then the date ends at the right edge.
        let date_width = text_width_pt(fonts().get(Face::Regular), &letter.place_date, BODY_SIZE);
        place(
            std::slice::from_ref(&letter.place_date),
            DATE_BASELINE,
            BODY_SIZE,
            DATE_X.min(LEFT + TEXT_WIDTH - date_width),
        );
        Flow {
            pages: vec![page],
            y: FIRST_PAGE_BODY_TOP,
        }
    }

    fn new_page(&mut self) {
        self.pages.push(PageLayout::default());
        self.y = OTHER_PAGE_BODY_TOP;
    }

    /// Places one line, breaking the page first if it would run into the footer area.
    /// `paragraph_start` adds a blank line before it unless it starts a page.
    fn line(&mut self, text: String, face: Face, paragraph_start: bool) {
        let page_has_body = self.pages.len() == 1 || !self.current().lines.is_empty();
        let mut blank_before = paragraph_start;
        if paragraph_start && page_has_body {
            self.y += LINE;
        }
        if self.y > BODY_BOTTOM {
            self.new_page();
            blank_before = false;
        }
        let baseline = self.y;
        self.current().lines.push(PlacedLine {
            x: LEFT,
            baseline,
            size: BODY_SIZE,
            face,
            text,
            blank_before,
        });
        self.y += LINE;
    }

    fn current(&mut self) -> &mut PageLayout {
        self.pages.last_mut().expect("flow always has a page")
    }
}

/// Appends "Seite i von n", centred at the bottom of each page.
fn add_footers(pages: &mut [PageLayout]) {
    let total = pages.len();
    let font = fonts().get(Face::Regular);
    for (i, page) in pages.iter_mut().enumerate() {
        let text = format!("Seite {} von {total}", i + 1);
        let width = text_width_pt(font, &text, SMALL_SIZE);
        page.lines.push(PlacedLine {
            x: (PAGE_WIDTH_PT - width) / 2.0,
            baseline: FOOTER_BASELINE,
            size: SMALL_SIZE,
            face: Face::Regular,
            text,
            blank_before: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_has_exactly_the_requested_pages_with_footers() {
        let letter = Letter::sample(0);
        for pages in 1..=4 {
            let layout = layout_letter(&letter, pages);
            assert_eq!(layout.len(), pages);
            for (i, page) in layout.iter().enumerate() {
                let footer = format!("Seite {} von {pages}", i + 1);
                assert!(page.text().ends_with(&footer), "{}", page.text());
            }
        }
    }

    #[test]
    fn every_page_is_well_filled() {
        for seed in 0..4 {
            let letter = Letter::sample(seed);
            for page in layout_letter(&letter, 3) {
                let words = page.text().split_whitespace().count();
                assert!(words > 150, "seed {seed}: only {words} words");
            }
        }
    }

    #[test]
    fn lines_stay_inside_the_text_area() {
        for seed in 0..4 {
            for page in layout_letter(&Letter::sample(seed), 3) {
                for line in &page.lines {
                    let width = text_width_pt(fonts().get(line.face), &line.text, line.size);
                    assert!(line.x + width <= LEFT + TEXT_WIDTH + 0.01, "{}", line.text);
                    assert!(line.baseline <= FOOTER_BASELINE);
                }
            }
        }
    }

    #[test]
    fn key_words_and_closing_are_rendered_for_any_page_count() {
        let letter = Letter::sample(5);
        for pages in 1..=3 {
            let text = page_texts(&letter, pages).join("\n");
            for word in letter.key_words() {
                assert!(text.contains(&word), "{word} missing with {pages} pages");
            }
            assert!(text.contains("Mit freundlichen Grüßen"));
        }
    }

    #[test]
    fn page_text_preserves_the_letter_words_in_order() {
        let letter = Letter::sample(6);
        let rendered = page_texts(&letter, 2).join("\n");
        let rendered: Vec<&str> = rendered.split_whitespace().collect();
        let expected: Vec<&str> = letter
            .sender
            .iter()
            .flat_map(|l| l.split_whitespace())
            .collect();
        assert_eq!(&rendered[..expected.len()], &expected[..]);
        let first_paragraph: Vec<&str> = letter.paragraphs[0].split_whitespace().collect();
        assert!(rendered
            .windows(first_paragraph.len())
            .any(|w| w == first_paragraph.as_slice()));
    }

    #[test]
    fn amounts_and_sections_are_not_split() {
        let words = unbreakable_words("zahlen Sie 12,50 € gemäß § 80 VwGO, also 19 % mehr");
        assert!(words.contains(&"12,50 €".to_string()));
        assert!(words.contains(&"§ 80".to_string()));
        assert!(words.contains(&"19 %".to_string()));
        assert_eq!(
            unbreakable_words("zahlen 234,00 EUR, bitte"),
            ["zahlen", "234,00 EUR,", "bitte"]
        );
        assert_eq!(
            unbreakable_words("also € 99,90 und 5 €."),
            ["also € 99,90", "und", "5 €."]
        );
        assert_eq!(unbreakable_words("ein EUR-Konto"), ["ein", "EUR-Konto"]);
    }

    #[test]
    fn wrap_keeps_words_and_respects_width() {
        let text = "Straße ".repeat(100);
        let lines = wrap(&text, Face::Regular, BODY_SIZE);
        assert!(lines.len() > 3);
        assert_eq!(lines.join(" ").split(' ').count(), 100);
    }
}
