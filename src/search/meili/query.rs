//! Building a Meilisearch request and reading its answer: filters with quoted values, the
//! typed text as the shared German analysis has it, snippets escaped, facets counted.

use std::collections::HashMap;

use super::{POST, PRE};
use crate::search::{FacetCount, Facets, SearchQuery};
use crate::text::Chunk;

/// `attr IN ["a", "b"]` with the values quoted.
pub(super) fn any_of<'a>(attr: &str, values: impl Iterator<Item = &'a String>) -> String {
    let quoted: Vec<String> = values.map(|v| quote(v)).collect();
    format!("{attr} IN [{}]", quoted.join(", "))
}

/// A filter value in double quotes, with `"` and `\` escaped.
pub(super) fn quote(v: &str) -> String {
    format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The filters a user chose (the actor's scope is in the token, not here).
pub(super) fn filter(q: &SearchQuery) -> String {
    let mut all = Vec::new();
    for (attr, value) in [
        ("pipeline", &q.pipeline),
        ("channel", &q.channel),
        ("mailbox", &q.mailbox),
        ("class", &q.class),
    ] {
        if let Some(v) = value {
            all.push(format!("{attr} = {}", quote(v)));
        }
    }
    if !q.departments.is_empty() {
        all.push(any_of("department", q.departments.iter()));
    }
    for t in &q.tags {
        all.push(format!("tags = {}", quote(t)));
    }
    for (n, v) in &q.fields {
        all.push(format!("fields = {}", quote(&format!("{n}={v}"))));
    }
    if let Some(from) = q.received_from {
        all.push(format!("received_at >= {}", from.as_second()));
    }
    if let Some(until) = q.received_until {
        // Exclusive, rounded up to the next whole second.
        let secs = until.as_second() + i64::from(until.subsec_nanosecond() > 0);
        all.push(format!("received_at < {secs}"));
    }
    all.join(" AND ")
}

/// What was typed, as the terms of the shared German analysis (`crate::text`), matched
/// against the documents' `terms`: both backends compare words alike. Phrases and pieces like
/// `1234/25` stay phrases; IBANs typed in groups are compact.
pub(super) fn meili_query(typed: &str) -> String {
    let terms_of = |s: &str| -> Vec<String> {
        crate::text::words(s)
            .map(|(a, b)| crate::text::term(&s[a..b]))
            .collect()
    };
    let mut out: Vec<String> = Vec::new();
    for chunk in crate::text::chunks(typed) {
        match chunk {
            Chunk::Identifier(c) => out.push(c),
            Chunk::Phrase(p) => {
                let t = terms_of(&p);
                if !t.is_empty() {
                    out.push(format!("\"{}\"", t.join(" ")));
                }
            }
            Chunk::Words { text, exclude, .. } => {
                let t = terms_of(&text);
                let not = if exclude { "-" } else { "" };
                match t.len() {
                    0 => {}
                    1 => out.push(format!("{not}{}", t[0])),
                    _ => out.push(format!("{not}\"{}\"", t.join(" "))),
                }
            }
        }
    }
    out.join(" ")
}

/// The terms of a document's text and file name, as the embedded index has them.
pub(super) fn terms(text: &str, filename: &str) -> String {
    let mut out = String::with_capacity(text.len() + filename.len());
    for t in [text, filename] {
        crate::text::index_pieces(t, |p| {
            out.push_str(p.term);
            out.push(' ');
        });
    }
    out
}

pub(super) fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The formatted passage, HTML-escaped, with the match markers as `<b>…</b>`.
pub(super) fn snippet_html(formatted: &str) -> String {
    let escaped = flat(formatted)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;");
    escaped.replace(PRE, "<b>").replace(POST, "</b>")
}

pub(super) fn facets_of(distribution: HashMap<String, HashMap<String, usize>>) -> Facets {
    let counts = |name: &str| -> Vec<FacetCount> {
        let mut v: Vec<FacetCount> = distribution
            .get(name)
            .map(|m| {
                m.iter()
                    .map(|(value, count)| FacetCount {
                        value: value.clone(),
                        count: *count as u64,
                    })
                    .collect()
            })
            .unwrap_or_default();
        v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        v
    };
    let fields = crate::search::field_facets(counts("fields"));
    Facets {
        departments: counts("department"),
        classes: counts("class"),
        tags: counts("tags"),
        channels: counts("channel"),
        fields,
    }
}
