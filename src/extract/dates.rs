//! German dates: `21.11.2026`, `21.11.26`, `21. November 2026`, `21. Nov. 2026`; and the
//! letter's own date, the one on the place/date line (`Mayen, den 3. März 2026`).

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::Collector;

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?-u:\b)").expect("pattern")
});
static TEXTUAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(\d{1,2})\.\s*(Januar|Jänner|Jan\.?|Februar|Feb\.?|März|Maerz|Mär\.?|April|Apr\.?|Mai|Juni|Jun\.?|Juli|Jul\.?|August|Aug\.?|September|Sept\.?|Sep\.?|Oktober|Okt\.?|November|Nov\.?|Dezember|Dez\.?)\s*(\d{4})(?-u:\b)")
        .expect("pattern")
});
/// `Ort, den <date>` or `Datum: <date>` on a line of its own.
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*(?:[A-ZÄÖÜ][\p{L}\-. ]{1,40},[ \t]*(?:den[ \t]+)?|Datum:?[ \t]*)$")
        .expect("pattern")
});

fn month(name: &str) -> Option<i8> {
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    Some(match n {
        "januar" | "jänner" | "jan" => 1,
        "februar" | "feb" => 2,
        "märz" | "maerz" | "mär" => 3,
        "april" | "apr" => 4,
        "mai" => 5,
        "juni" | "jun" => 6,
        "juli" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "oktober" | "okt" => 10,
        "november" | "nov" => 11,
        "dezember" | "dez" => 12,
        _ => return None,
    })
}

fn year(y: &str) -> Option<i16> {
    let n: i16 = y.parse().ok()?;
    Some(if y.len() == 2 { 2000 + n } else { n })
}

/// A valid date, or `None` for `31.02.` and version numbers like `1.2.3`.
fn date(d: &str, m: i8, y: i16) -> Option<Date> {
    let d: i8 = d.parse().ok()?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    Date::new(y, m, d).ok()
}

pub(super) fn collect(c: &mut Collector<'_>) {
    let text = c.text;
    let mut found: Vec<(usize, usize, Date)> = Vec::new();
    for cap in NUMERIC.captures_iter(text) {
        let m: Option<i8> = cap[2].parse().ok();
        if let (Some(m), Some(y)) = (m, year(&cap[3])) {
            if let Some(d) = date(&cap[1], m, y) {
                let all = cap.get(0).expect("match");
                found.push((all.start(), all.end(), d));
            }
        }
    }
    for cap in TEXTUAL.captures_iter(text) {
        if let (Some(m), Some(y)) = (month(&cap[2]), year(&cap[3])) {
            if let Some(d) = date(&cap[1], m, y) {
                let all = cap.get(0).expect("match");
                found.push((all.start(), all.end(), d));
            }
        }
    }
    found.sort_by_key(|(s, _, _)| *s);
    for (s, e, d) in &found {
        c.push("date", d.to_string(), *s, *e);
    }
    // The letter's date: a date that ends a place/date line, on the first page.
    if c.page == 1 {
        let letter = found.iter().find(|(s, e, _)| {
            let line_start = text[..*s].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[*e..].find('\n').map_or(text.len(), |i| e + i);
            PLACE_DATE.is_match(&text[line_start..*s]) && text[*e..line_end].trim().is_empty()
        });
        // Otherwise a date standing alone on a line in the letter head (DIN 5008 layout).
        let head = text.len() * 2 / 5;
        let letter = letter.or_else(|| {
            found.iter().find(|(s, e, _)| {
                let line_start = text[..*s].rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[*e..].find('\n').map_or(text.len(), |i| e + i);
                *s < head
                    && text[line_start..*s].trim().is_empty()
                    && text[*e..line_end].trim().is_empty()
            })
        });
        if let Some((s, e, d)) = letter {
            c.push("letter_date", d.to_string(), *s, *e);
        }
    }
}
