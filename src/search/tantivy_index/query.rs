//! What a clerk typed, as a tantivy query: every word must match (as its term, a compound
//! part, one typo away, or — for the word still being typed — as a beginning); `"…"` is a
//! phrase, `-word` excludes; `1234/25` is a phrase of its parts; an IBAN typed with spaces
//! is one identifier.

use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use crate::text::{self, Chunk};

/// Words at least this long also match one typo away (`Widerpruch` → `Widerspruch`).
const MIN_FUZZY_CHARS: usize = 5;
/// A word being typed matches as a beginning from this many letters (`Wid…`).
const MIN_PREFIX_CHARS: usize = 3;

/// The fields a text query looks at.
#[derive(Clone, Copy)]
pub(super) struct TextFields {
    pub body: Field,
    pub filename: Field,
    pub identifiers: Field,
}

fn term_query(field: Field, t: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, t),
        IndexRecordOption::WithFreqs,
    ))
}

fn phrase(field: Field, words: &str) -> Option<Box<dyn Query>> {
    let terms: Vec<Term> = text::words(words)
        .map(|(s, e)| Term::from_field_text(field, &text::term(&words[s..e])))
        .collect();
    match terms.len() {
        0 => None,
        1 => Some(Box::new(TermQuery::new(
            terms.into_iter().next()?,
            IndexRecordOption::WithFreqs,
        ))),
        _ => Some(Box::new(PhraseQuery::new(terms))),
    }
}

/// The alternatives by which one typed word matches.
fn word_query(f: TextFields, word: &str, last: bool) -> Box<dyn Query> {
    let t = text::term(word);
    let mut any: Vec<(Occur, Box<dyn Query>)> = vec![
        (
            Occur::Should,
            Box::new(BoostQuery::new(term_query(f.body, &t), 2.0)),
        ),
        (Occur::Should, term_query(f.filename, &t)),
        (
            Occur::Should,
            term_query(f.identifiers, &text::compact(word)),
        ),
    ];
    let letters = word.chars().count();
    let alphabetic = word.chars().all(char::is_alphabetic);
    if last && alphabetic && letters >= MIN_PREFIX_CHARS {
        let typing = Term::from_field_text(f.body, &text::typing_form(word));
        any.push((
            Occur::Should,
            Box::new(FuzzyTermQuery::new_prefix(typing, 0, false)),
        ));
    }
    if alphabetic && letters >= MIN_FUZZY_CHARS {
        let near = Term::from_field_text(f.body, &t);
        any.push((Occur::Should, Box::new(FuzzyTermQuery::new(near, 1, true))));
    }
    Box::new(BooleanQuery::new(any))
}

/// The query for the typed text, or `None` when it holds nothing to search for.
pub(super) fn text_query(f: TextFields, typed: &str) -> Option<Box<dyn Query>> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for chunk in text::chunks(typed) {
        match chunk {
            Chunk::Identifier(compact) => {
                let any: Vec<(Occur, Box<dyn Query>)> = vec![
                    (Occur::Should, term_query(f.identifiers, &compact)),
                    (Occur::Should, term_query(f.body, &compact)),
                ];
                clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
            }
            Chunk::Phrase(p) => {
                if let Some(q) = phrase(f.body, &p) {
                    clauses.push((Occur::Must, q));
                }
            }
            Chunk::Words {
                text: w,
                exclude,
                last,
            } => {
                let occur = if exclude { Occur::MustNot } else { Occur::Must };
                let spans: Vec<(usize, usize)> = text::words(&w).collect();
                let query = match spans.as_slice() {
                    [] => continue,
                    // `Az.` or `Müller,`: one word with punctuation around it.
                    [(s, e)] if exclude => term_query(f.body, &text::term(&w[*s..*e])),
                    [(s, e)] => word_query(f, &w[*s..*e], last && *e == w.len()),
                    // `1234/25`, `E-Mail`: its parts in this order.
                    _ => match phrase(f.body, &w) {
                        Some(p) => p,
                        None => continue,
                    },
                };
                clauses.push((occur, query));
            }
        }
    }
    if clauses.iter().all(|(o, _)| *o == Occur::MustNot) {
        if clauses.is_empty() {
            return None;
        }
        clauses.push((Occur::Must, Box::new(tantivy::query::AllQuery)));
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}
