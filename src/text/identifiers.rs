//! Identifiers written in groups: an IBAN is printed `DE02 1203 0000 0000 2020 51` and typed
//! either way. Both the index and the query use the compact form, so one finds the other.

use std::sync::LazyLock;

use regex::Regex;

/// An IBAN as people write it: country, check digits, groups of four with or without spaces.
/// ASCII word boundaries (`-u`): with Unicode ones the regex engine cannot use its DFA on
/// German text and every document's text went through the slower backtracker.
static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
        .expect("valid pattern")
});

/// The compact, lower-case form of an identifier (`DE02 1203 …` → `de021203…`).
pub fn compact(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The IBANs in what someone typed, as (byte range, compact form); only those whose check
/// digits hold, so a date or file reference is never mistaken for one.
pub fn query_identifiers(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    IBAN.find_iter(text)
        .filter_map(|m| {
            let compact = compact(m.as_str());
            compact
                .to_uppercase()
                .parse::<iban::Iban>()
                .ok()
                .map(|_| (m.range(), compact))
        })
        .collect()
}
