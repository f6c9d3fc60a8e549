//! IBANs (validated with their check digits), EUR amounts, and Leitweg-IDs (the routing IDs of
//! German e-invoices, validated with their ISO 7064 check digits).

use std::sync::LazyLock;

use regex::Regex;

use super::Collector;

static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?-u:\b)")
        .expect("pattern")
});
static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:€|EUR)[ \t]?(\d{1,3}(?:\.\d{3})+|\d+),(\d{2})(?-u:\b))|(?:(?-u:\b)(\d{1,3}(?:\.\d{3})+|\d+),(\d{2})[ \t]?(?:€|EUR(?-u:\b)|Euro(?-u:\b)))")
        .expect("pattern")
});
static LEITWEG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{2,12})(?:-([A-Z0-9]{1,30}))?-(\d{2})(?-u:\b)").expect("pattern")
});
/// What a letter calls a Leitweg-ID: the label right before it (same or previous line).
static LEITWEG_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(leitweg|k(ä|ae)uferreferenz|buyer[ \t]*reference|BT-10)").expect("pattern")
});

/// Whether the candidate at `start` is labelled as a Leitweg-ID: a label within the 80 bytes
/// before it, on its line or the line above.
fn labelled_leitweg(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    let window = match before.rmatch_indices('\n').nth(1) {
        Some((i, _)) => &before[i + 1..],
        None => before,
    };
    LEITWEG_LABEL.is_match(window)
}

/// Whether a Leitweg-ID may stand without its label: the full three-part form with a fine
/// part of some length (`04011000-1234512345-06`), never a date-like or short number
/// (`2026-34`, `2026-12-04`, a phone extension).
fn long_form(coarse: &str, fine: &str) -> bool {
    coarse.len() >= 3 && fine.len() >= 5
}

pub(super) fn collect(c: &mut Collector<'_>) {
    let text = c.text;
    for m in IBAN.find_iter(text) {
        // The pattern may run into a following word; shorten until the checksum holds.
        let raw = m.as_str();
        let mut end = raw.len();
        while end >= 15 {
            let candidate: String = raw[..end].chars().filter(|c| !c.is_whitespace()).collect();
            if candidate.parse::<iban::Iban>().is_ok() {
                c.push(
                    "iban",
                    candidate,
                    m.start(),
                    m.start() + raw[..end].trim_end().len(),
                );
                break;
            }
            end -= 1;
            while end > 0 && !raw.is_char_boundary(end) {
                end -= 1;
            }
        }
    }
    for cap in AMOUNT.captures_iter(text) {
        let (euros, cents) = match (cap.get(1), cap.get(2), cap.get(3), cap.get(4)) {
            (Some(e), Some(c), _, _) | (_, _, Some(e), Some(c)) => (e.as_str(), c.as_str()),
            _ => continue,
        };
        let euros: i64 = euros.replace('.', "").parse().unwrap_or(0);
        let cents: i64 = cents.parse().unwrap_or(0);
        let all = cap.get(0).expect("match");
        c.push(
            "amount",
            (euros * 100 + cents).to_string(),
            all.start(),
            all.end(),
        );
    }
    for cap in LEITWEG.captures_iter(text) {
        let grob = &cap[1];
        let fein = cap.get(2).map_or("", |m| m.as_str());
        let all = cap.get(0).expect("match");
        // Routing rules trust this field (an invoice goes to the office that pays): check
        // digits alone hold for one number in a hundred, so the letter must call it one.
        let trusted = long_form(grob, fein) || labelled_leitweg(text, all.start());
        if trusted && leitweg_check(&format!("{grob}{fein}")) == cap[3] {
            c.push("leitweg_id", all.as_str(), all.start(), all.end());
        }
    }
}

/// ISO/IEC 7064 Mod 97-10 check digits of a Leitweg-ID's coarse and fine part, letters counting
/// A=10 … Z=35.
pub fn leitweg_check(id: &str) -> String {
    let mut rem: u32 = 0;
    let mut feed = |d: u32| rem = (rem * 10 + d) % 97;
    for ch in id.chars() {
        match ch.to_digit(36) {
            Some(v) if v < 10 => feed(v),
            Some(v) => {
                feed(v / 10);
                feed(v % 10);
            }
            None => return String::new(),
        }
    }
    feed(0);
    feed(0);
    format!("{:02}", 98 - rem)
}

/// Whether `id` is a Leitweg-ID as written on an invoice: coarse part (2–12 digits), optional
/// fine part (up to 30 letters and digits), check digits that hold (`04011000-12345-03`).
pub fn valid_leitweg_id(id: &str) -> bool {
    let id = id.trim();
    match LEITWEG.captures(id) {
        Some(cap) if cap.get(0).is_some_and(|m| m.as_str().len() == id.len()) => {
            let fine = cap.get(2).map_or("", |m| m.as_str());
            leitweg_check(&format!("{}{fine}", &cap[1])) == cap[3]
        }
        _ => false,
    }
}
