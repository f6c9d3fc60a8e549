//! Field extraction: dates, subject, file references, IBANs, amounts, the sender's postcode
//! and town, where the person concerned lives, Leitweg-IDs, vehicle plates and the sender
//! block, each with the text span it came from. Pure: text in, fields out.

mod closing;
mod dates;
mod lines;
mod money;
pub use money::{leitweg_check, valid_leitweg_id};
mod references;
mod residence;
mod sender;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// The kinds of field, by the names used in routing rules.
pub const FIELD_NAMES: &[&str] = &[
    "date",
    "letter_date",
    "subject",
    "file_reference",
    "court_reference",
    "iban",
    "amount",
    "sender_postcode",
    "sender_town",
    "municipality",
    "residence",
    "leitweg_id",
    "plate",
    "sender",
];

/// One extracted value and where it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// One of [`FIELD_NAMES`].
    pub name: String,
    /// Normalised value: ISO dates, compact IBANs, amounts in cents, …
    pub value: String,
    /// 1-based page.
    pub page: u32,
    /// Byte range in the page's text.
    pub start: usize,
    pub end: usize,
    /// The text as written.
    pub raw: String,
}

/// A named pattern for file references (Aktenzeichen).
#[derive(Debug, Clone)]
pub struct ReferencePattern {
    pub name: String,
    pub regex: Regex,
}

/// What extraction needs to know about the administration.
#[derive(Debug, Clone, Default)]
pub struct ExtractSettings {
    /// Patterns for court references and other file references.
    pub court_patterns: Vec<Regex>,
    pub reference_patterns: Vec<ReferencePattern>,
    /// Postcode → municipality, for the sender's town.
    pub municipalities: Vec<(String, String)>,
    /// The administration's own postcodes: never the sender's.
    pub own_postcodes: Vec<String>,
    /// The administration's name ("Kreisverwaltung Mayen-Koblenz"): a county named like a
    /// town ("wir wohnen in Mayen-Koblenz") is no one's residence.
    pub own_name: String,
}

impl ExtractSettings {
    /// The municipality a postcode belongs to, else the town as written.
    pub(crate) fn municipality_of<'a>(&'a self, postcode: &str, town: &'a str) -> &'a str {
        self.municipalities
            .iter()
            .find(|(p, _)| p == postcode)
            .map_or(town, |(_, m)| m.as_str())
    }

    /// Default court reference patterns: `3 K 1234/25` (administrative and civil courts),
    /// `S 7 AS 310/25` (social courts), `5 F 12/26` (family courts), `L 3 AS 123/25`.
    pub fn default_court_patterns() -> Vec<Regex> {
        [
            r"\b[A-Z]{1,2} \d{1,3} [A-Z]{1,3} \d{1,5}/\d{2}\b",
            r"(?-u:\b)\d{1,3} [A-Z][A-Za-z]{0,3} \d{1,5}/\d{2}(?-u:\b)",
        ]
        .iter()
        .map(|p| Regex::new(p).expect("built-in pattern"))
        .collect()
    }
}

/// A page's text with the fields found in it; `push` records a field by span.
pub(crate) struct Collector<'a> {
    pub page: u32,
    pub text: &'a str,
    pub out: &'a mut Vec<Field>,
}

impl Collector<'_> {
    pub fn push(&mut self, name: &str, value: impl Into<String>, start: usize, end: usize) {
        self.out.push(Field {
            name: name.to_string(),
            value: value.into(),
            page: self.page,
            start,
            end,
            raw: self.text[start..end].to_string(),
        });
    }
}

/// Extracts every field from the pages of a document.
pub fn extract(pages: &[&str], settings: &ExtractSettings) -> Vec<Field> {
    let mut out = Vec::new();
    for (i, text) in pages.iter().enumerate() {
        let mut c = Collector {
            page: i as u32 + 1,
            text,
            out: &mut out,
        };
        dates::collect(&mut c);
        lines::collect(&mut c);
        money::collect(&mut c);
        references::collect(&mut c, settings);
        if i == 0 {
            sender::collect(&mut c, settings);
        }
        residence::collect(&mut c, settings);
    }
    once_each(
        &mut out,
        &[
            "file_reference",
            "court_reference",
            "plate",
            "iban",
            "leitweg_id",
        ],
    );
    out
}

/// Keeps the first occurrence of each value of the fields `names` (a file reference in the
/// subject, again in the text and matched by a configured pattern is one reference).
fn once_each(fields: &mut Vec<Field>, names: &[&str]) {
    let key = |f: &Field| {
        let v: String = f
            .value
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_uppercase)
            .collect();
        (f.name.clone(), v)
    };
    let mut seen = std::collections::HashSet::new();
    fields.retain(|f| !names.contains(&f.name.as_str()) || seen.insert(key(f)));
}

/// The first value of field `name`.
pub fn first<'a>(fields: &'a [Field], name: &str) -> Option<&'a Field> {
    fields.iter().find(|f| f.name == name)
}

#[cfg(test)]
mod tests;
