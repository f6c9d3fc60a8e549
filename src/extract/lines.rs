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
                c.push("subject", v.to_string(), start, end);
                subject_found = true;
            }
        } else if let Some((s, e)) = reference_at(text, start) {
            c.push("file_reference", text[s..e].to_string(), s, e);
        }
    }
    if c.page == 1 && !subject_found {
        // DIN 5008 letters often write the subject unlabelled, right before the salutation.
        if let Some(sal) = text.find("Sehr geehrte").or_else(|| text.find("Hallo")) {
            let before = text[..sal].trim_end();
            if let Some(line_start) = before.rfind('\n').map(|i| i + 1) {
                let line = before[line_start..].trim();
                if line.len() > 5 && line.len() < 160 {
                    let start = line_start + before[line_start..].find(line).unwrap_or(0);
                    c.push("subject", line.to_string(), start, start + line.len());
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
