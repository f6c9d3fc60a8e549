//! Scanners that find what mailroom's extractors and rules would find: whole-word trigger
//! matches, German dates, euro amounts, court references, Leitweg-IDs and plates.

use super::super::dates::{Day, MONTHS};
use super::super::fields::leitweg_id_is_valid;

/// Lower case with umlauts and ß written out, as mailroom's rules compare words.
pub(super) fn fold(text: &str) -> String {
    text.to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
}

/// Whether `phrase` occurs in `text` as a sequence of whole words (folded), the way mailroom's
/// `words = [...]` conditions match.
pub(super) fn has_words(text: &str, phrase: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        fold(t)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (text, phrase) = (words(text), words(phrase));
    text.windows(phrase.len()).any(|w| w == phrase.as_slice())
}

#[test]
fn whole_word_matching_is_strict() {
    assert!(has_words(
        "hiermit lege ich\nWiderspruch ein.",
        "Widerspruch"
    ));
    assert!(has_words("Ich BESCHWERE mich", "beschwere mich"));
    assert!(has_words("Restmuelltonne", "Restmülltonne"));
    assert!(!has_words("Infektionsschutzgesetz", "Infektionsschutz"));
    assert!(!has_words("ich beschwere nicht mich", "beschwere mich"));
}

/// Parses a German date at the start of `s`: "03.03.2026", "3.3.2026", "03.03.26",
/// "3. März 2026". Returns the day and the length of the match.
pub(super) fn date_at(s: &str) -> Option<(Day, usize)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(s);
    if !(1..=2).contains(&n) || !s[n..].starts_with('.') {
        return None;
    }
    let day: u32 = s[..n].parse().ok()?;
    let rest = &s[n + 1..];
    let valid = |y: i64, m: u32, d: u32| {
        let candidate = Day {
            year: y,
            month: m,
            day: d,
        };
        (1..=12).contains(&m)
            && (1..=31).contains(&d)
            && Day::from_days(candidate.days()) == candidate
    };
    if let Some(long) = rest.strip_prefix(' ') {
        let (index, name) = MONTHS
            .iter()
            .enumerate()
            .find(|(_, name)| long.starts_with(&format!("{name} ")))?;
        let year_text = &long[name.len() + 1..];
        let y = digits(year_text);
        let year: i64 = year_text[..y].parse().ok()?;
        let month = index as u32 + 1;
        let len = n + 2 + name.len() + 1 + y;
        return (y == 4 && valid(year, month, day)).then_some((Day { year, month, day }, len));
    }
    let m = digits(rest);
    if !(1..=2).contains(&m) || !rest[m..].starts_with('.') {
        return None;
    }
    let month: u32 = rest[..m].parse().ok()?;
    let year_text = &rest[m + 1..];
    let y = digits(year_text);
    let year: i64 = match y {
        4 => year_text[..4].parse().ok()?,
        2 => 2000 + year_text[..2].parse::<i64>().ok()?,
        _ => return None,
    };
    let len = n + 1 + m + 1 + y;
    valid(year, month, day).then_some((Day { year, month, day }, len))
}

/// Every date in `text` (see [`date_at`]) that does not continue a longer number.
pub(super) fn dates_in(text: &str) -> Vec<Day> {
    let mut found = Vec::new();
    let mut previous: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts = c.is_ascii_digit()
            && !previous.is_some_and(|p| p.is_ascii_digit() || p == '.' || p == ',');
        if starts {
            if let Some((day, _)) = date_at(&text[i..]) {
                found.push(day);
            }
        }
        previous = Some(c);
    }
    found
}

#[test]
fn date_parser_reads_the_printed_formats() {
    let d = Day::new(2026, 3, 3);
    assert_eq!(dates_in("Mayen, den 3. März 2026"), [d]);
    assert_eq!(dates_in("03.03.2026 und 3.3.2026 und 03.03.26"), [d, d, d]);
    assert!(dates_in("1.234,56 € für 2.500 Stück, Az. 50.2-0456/26").is_empty());
}

/// Amounts printed in `text` ("1.234,56 €", "234,00 EUR", "€ 99,90"), distinct, in order.
pub(super) fn amounts_in(text: &str) -> Vec<i64> {
    let bytes = text.as_bytes();
    let mut found: Vec<(String, i64)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0
            || !(bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.' || bytes[i - 1] == b',');
        if !(bytes[i].is_ascii_digit() && boundary) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b'.') {
            j += 1;
        }
        let is_amount = j + 2 < bytes.len()
            && bytes[j] == b','
            && bytes[j + 1].is_ascii_digit()
            && bytes[j + 2].is_ascii_digit()
            && !bytes.get(j + 3).is_some_and(u8::is_ascii_digit);
        if is_amount {
            let number = &text[i..j + 3];
            let euro_after = text[j + 3..].starts_with(" €") || text[j + 3..].starts_with(" EUR");
            let euro_before = text[..i].ends_with("€ ");
            if euro_after || euro_before {
                let cents: i64 = number.replace(['.', ','], "").parse().unwrap();
                if !found.iter().any(|(n, _)| n == number) {
                    found.push((number.to_string(), cents));
                }
            }
        }
        i = j.max(i + 1);
    }
    found.into_iter().map(|(_, c)| c).collect()
}

#[test]
fn amount_scanner_reads_the_three_styles() {
    assert_eq!(
        amounts_in("zahlen Sie 1.234,56 € bzw. 234,00 EUR oder € 99,90, nicht 19 % und 2,5 m"),
        [123_456, 23_400, 9_990]
    );
}

/// Text spans shaped like mailroom's built-in court reference patterns
/// (`\b[A-Z]{1,2} \d{1,3} [A-Z]{1,3} \d{1,5}/\d{2}\b` and
/// `\b\d{1,3} [A-Z][A-Za-z]{0,3} \d{1,5}/\d{2}\b`), matched on space-separated tokens.
pub(super) fn court_shapes(text: &str) -> Vec<String> {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let all = |t: &str, lo: usize, hi: usize, f: fn(char) -> bool| {
        (lo..=hi).contains(&t.chars().count()) && t.chars().all(f)
    };
    let digits = |t: &str, lo, hi| all(t, lo, hi, |c| c.is_ascii_digit());
    let upper = |t: &str, lo, hi| all(t, lo, hi, |c| c.is_ascii_uppercase());
    // A reference ends in "number/yy" followed by a non-word character.
    let tail = |t: &str| -> Option<usize> {
        let (number, rest) = t.split_once('/')?;
        let ok = digits(number, 1, 5)
            && rest.len() >= 2
            && rest[..2].chars().all(|c| c.is_ascii_digit())
            && !rest[2..].starts_with(word);
        ok.then_some(number.len() + 3)
    };
    let tokens: Vec<&str> = text.split(' ').collect();
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let t = &tokens[i..];
        let first = t[0].trim_start_matches(|c: char| !word(c));
        if t.len() >= 3
            && digits(first, 1, 3)
            && t[1].starts_with(|c: char| c.is_ascii_uppercase())
            && all(t[1], 1, 4, |c| c.is_ascii_alphabetic())
        {
            if let Some(end) = tail(t[2]) {
                found.push(format!("{first} {} {}", t[1], &t[2][..end]));
            }
        }
        if t.len() >= 4 && upper(first, 1, 2) && digits(t[1], 1, 3) && upper(t[2], 1, 3) {
            if let Some(end) = tail(t[3]) {
                found.push(format!("{first} {} {} {}", t[1], t[2], &t[3][..end]));
            }
        }
    }
    found
}

/// Valid Leitweg-IDs anywhere in the text, as mailroom's pattern
/// `\b(\d{2,12})(?:-([A-Z0-9]{1,30}))?-(\d{2})\b` plus check digit validation finds them.
pub(super) fn leitweg_shapes(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for run in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
        let parts: Vec<&str> = run.split('-').collect();
        for i in 0..parts.len() {
            for n in [2, 3] {
                if i + n <= parts.len() {
                    let candidate = parts[i..i + n].join("-");
                    if leitweg_id_is_valid(&candidate) {
                        found.push(candidate);
                    }
                }
            }
        }
    }
    found
}

/// Spans shaped like vehicle plates (`\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4}[EH]?\b`).
pub(super) fn plate_shapes(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let word = |i: usize| chars.get(i).is_some_and(|c| c.is_alphanumeric());
    let run = |from: usize, f: &dyn Fn(char) -> bool| {
        chars[from.min(chars.len())..]
            .iter()
            .take_while(|&&c| f(c))
            .count()
    };
    let mut found = Vec::new();
    for i in 0..chars.len() {
        if i > 0 && word(i - 1) {
            continue;
        }
        let district = run(i, &|c| c.is_ascii_uppercase() || "ÄÖÜ".contains(c));
        if !(1..=3).contains(&district) || chars.get(i + district) != Some(&'-') {
            continue;
        }
        let mut j = i + district + 1;
        let letters = run(j, &|c| c.is_ascii_uppercase());
        if !(1..=2).contains(&letters) {
            continue;
        }
        j += letters;
        if chars.get(j) == Some(&' ') {
            j += 1;
        }
        let numbers = run(j, &|c| c.is_ascii_digit());
        if !(1..=4).contains(&numbers) {
            continue;
        }
        j += numbers;
        if matches!(chars.get(j), Some('E' | 'H')) && !word(j + 1) {
            j += 1;
        }
        if !word(j) {
            found.push(chars[i..j].iter().collect());
        }
    }
    found
}

#[test]
fn shape_finders_work() {
    assert_eq!(
        court_shapes("Az. 3 K 1234/25. und S 7 AS 310/25,"),
        ["3 K 1234/25", "S 7 AS 310/25", "7 AS 310/25"]
    );
    assert_eq!(
        court_shapes("(12 O 88/24) 5 F 12/2026 Flur 3, Flurstück 12/15"),
        ["12 O 88/24"]
    );
    assert_eq!(
        leitweg_shapes("ID 04011000-1234512345-06, 70-12/2026"),
        ["04011000-1234512345-06"]
    );
    assert_eq!(leitweg_shapes("Az. 70-82/2026"), ["70-82"]);
    assert_eq!(
        plate_shapes("(MYK-AB 123), AW-R 12E und IT-Service, E-Mail"),
        ["MYK-AB 123", "AW-R 12E"]
    );
}
