//! Labelled lines: the subject (`Betreff:`, `Betr.:`) and file references (`Az.:`,
//! `Aktenzeichen:`, `Ihr Zeichen:`, `Unser Zeichen:`, `Geschäftszeichen:`).

use std::sync::LazyLock;

use regex::Regex;

use super::Collector;

static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?mi)^[ \t]*(Betreff|Betr\.|Az\.|AZ|Aktenzeichen|Ihr Zeichen|Unser Zeichen|Geschäftszeichen|Gesch\.-Z\.)[ \t]*:?[ \t]+([^\n]{2,200})$")
        .expect("pattern")
});
/// An `Az.` inside a sentence: `… Bescheid vom 3. März (Az. 70-12/2026) …`, also with the
/// reference wrapped onto the next line.
static INLINE_AZ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:Az\.|Aktenzeichen(?-u:\b)):?[ \t]*\n?[ \t]*").expect("pattern")
});

/// The file reference starting at `from`: words that contain a digit or are short capitalised
/// abbreviations (`S 7 AS 310/25`, `OWi 674976/2026`, `36-OW-33978/26`), ending with one that
/// contains a digit. Stops at the first ordinary word or punctuation (`, vom …`, ` – mein …`).
fn reference_at(text: &str, from: usize) -> Option<(usize, usize)> {
    let rest = &text[from..];
    let mut end = None;
    let mut pos = 0;
    for word in rest.split(' ') {
        let (word, line_ends) = match word.find(['\n', '\r']) {
            Some(i) => (&word[..i], true),
            None => (word, false),
        };
        let token = word.trim_end_matches([',', ';', ')', ':', '.']);
        let token_ok = !token.is_empty()
            && token
                .chars()
                .all(|c| c.is_alphanumeric() || "-/.".contains(c))
            && (token.chars().any(|c| c.is_ascii_digit())
                || (token.chars().count() <= 4 && token.starts_with(|c: char| c.is_uppercase())));
        if !token_ok {
            break;
        }
        if token.chars().any(|c| c.is_ascii_digit()) {
            end = Some(pos + token.len());
        }
        if token.len() != word.len() || line_ends {
            break;
        }
        pos += word.len() + 1;
    }
    end.filter(|e| *e >= 2).map(|e| (from, from + e))
}

/// Lines that begin with a file-reference label: part of a subject that wraps onto them.
static REFERENCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(Az\.|AZ\b|Aktenzeichen|Ihr Zeichen|Unser Zeichen|Geschäftszeichen|Gesch\.-Z\.|Kassenzeichen|Kundennummer|Vorgangsnummer)")
        .expect("pattern")
});
/// Lines that end a subject: the salutation, another label, a date line.
static NOT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(Sehr geehrte|Hallo|Guten Tag|Liebe|Lieber|Betreff|Betr\.|Datum|Telefon|Tel\.|E-Mail|Fax|Anlage)|^[\p{L} .-]{0,30},? (den )?\d{1,2}\. ?(\d{1,2}\.|[A-ZÄÖÜ])")
        .expect("pattern")
});

/// Most lines a subject wraps over (its first line included).
const SUBJECT_LINES: usize = 4;

/// The subject starting at `start` (after its label, or the first line of an unlabelled one):
/// its first line and the lines it wraps onto, if the block ends where a subject ends (an
/// empty line, the salutation or another label). Lines are joined with a space, a line
/// with a file-reference label with ` / `. Returns the value and the end of its span.
fn subject_at(text: &str, start: usize) -> Option<(String, usize)> {
    let mut value = String::new();
    let mut end = start;
    let mut lines = text[start..].split('\n');
    let mut pos = start;
    let mut count = 0;
    let mut closed = false;
    for raw in lines.by_ref() {
        let line = raw.trim();
        let line_end = pos + raw.trim_end().len();
        if count > 0 && (line.is_empty() || NOT_SUBJECT.is_match(line)) {
            closed = true;
            break;
        }
        if count == SUBJECT_LINES || line.chars().count() > 160 {
            break;
        }
        if count > 0 {
            value.push_str(if REFERENCE_LINE.is_match(line) {
                " / "
            } else {
                " "
            });
        }
        value.push_str(line);
        end = line_end;
        count += 1;
        pos += raw.len() + 1;
    }
    let closed = closed || pos >= text.len();
    if value.chars().count() < 2 {
        return None;
    }
    if count > 1 && !closed {
        // The block runs on into the body: only the first line is surely the subject.
        let first = text[start..].split('\n').next().unwrap_or("").trim_end();
        return Some((first.trim().to_string(), start + first.len()));
    }
    Some((value, end))
}

pub(super) fn collect(c: &mut Collector<'_>) {
    let text = c.text;
    let mut subject_found = false;
    for cap in LABELLED.captures_iter(text) {
        let label = cap[1].to_lowercase();
        let value = cap.get(2).expect("group");
        let v = value.as_str().trim_end();
        let (start, end) = (value.start(), value.start() + v.len());
        if label.starts_with("betr") {
            if !subject_found {
                let (subject, end) = subject_at(text, start).unwrap_or((v.to_string(), end));
                c.push("subject", subject, start, end);
                subject_found = true;
            }
        } else if let Some((s, e)) = reference_at(text, start) {
            c.push("file_reference", text[s..e].to_string(), s, e);
        }
    }
    if c.page == 1 && !subject_found {
        // DIN 5008 letters often write the subject unlabelled, right before the salutation;
        // it may wrap over a few lines (the paragraph before the salutation).
        if let Some(sal) = text.find("Sehr geehrte").or_else(|| text.find("Hallo")) {
            let before = text[..sal].trim_end();
            let para_start = before.rfind("\n\n").map_or(0, |i| i + 2);
            // The paragraph's lines (start offsets), without a date line at its top.
            let mut starts: Vec<usize> = std::iter::once(para_start)
                .chain(
                    before[para_start..]
                        .match_indices('\n')
                        .map(|(i, _)| para_start + i + 1),
                )
                .filter(|&s| {
                    !before[s..]
                        .split('\n')
                        .next()
                        .unwrap_or("")
                        .trim()
                        .is_empty()
                })
                .collect();
            while starts.first().is_some_and(|&s| {
                NOT_SUBJECT.is_match(before[s..].split('\n').next().unwrap_or("").trim())
            }) {
                starts.remove(0);
            }
            let first_line = match starts.as_slice() {
                [] => None,
                lines if lines.len() < SUBJECT_LINES => Some(lines[0]),
                lines => lines.last().copied(),
            };
            if let Some(first_line) = first_line {
                let skip = before[first_line..].len() - before[first_line..].trim_start().len();
                let start = first_line + skip;
                if let Some((subject, end)) = subject_at(before, start) {
                    if subject.len() > 5 && subject.len() < 300 {
                        c.push("subject", subject, start, end);
                    }
                }
            }
        }
    }
    for m in INLINE_AZ.find_iter(text) {
        let Some((s, e)) = reference_at(text, m.end()) else {
            continue;
        };
        let already = c
            .out
            .iter()
            .any(|f| f.name == "file_reference" && f.page == c.page && f.start <= s && s < f.end);
        if !already {
            c.push("file_reference", text[s..e].to_string(), s, e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::reference_at;

    fn r(text: &str) -> Option<&str> {
        reference_at(text, 0).map(|(s, e)| &text[s..e])
    }

    #[test]
    fn references_end_where_the_sentence_goes_on() {
        assert_eq!(r("S 14 SO 35/26 – mein Verfahren"), Some("S 14 SO 35/26"));
        assert_eq!(r("OWi 753046/2026 (MY-A 365)"), Some("OWi 753046/2026"));
        assert_eq!(
            r("50-639/2025 fristgerecht Widerspruch"),
            Some("50-639/2025")
        );
        assert_eq!(r("32.1-4050/26, fristgerecht"), Some("32.1-4050/26"));
        assert_eq!(r("26.886660.3"), Some("26.886660.3"));
        assert_eq!(r("50.2-3509/26). Bitte"), Some("50.2-3509/26"));
        assert_eq!(r("vom 3. März"), None);
        assert_eq!(r("Nr. 5"), None, "a lone abbreviation is not a reference");
    }
}
