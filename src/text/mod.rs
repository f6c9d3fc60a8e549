//! German text analysis, written once for everything that compares words: the embedded search
//! index, the query builder of every search backend and the classifier.
//!
//! A word's *term* is its lower-cased form with `ae`/`oe`/`ue` read as umlauts (Snowball's
//! German2 rule), stemmed by Snowball German (which also folds ß and umlauts) and with other
//! accents removed: `Straße`/`Strasse`, `Müller`/`Mueller`, `Antrags`/`Anträge`/`Antrag` meet.
//! Compounds are split by charabia's German dictionary (the segmenter Meilisearch uses), so
//! `Bauantrag` is also found as `Antrag` and `Kreisverwaltung` as `Verwaltung`.
//! No IO; no search engine types (only `search/` knows its engine).

mod identifiers;
mod query;

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use charabia::segmenter::{GermanSegmenter, Segmenter};
use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

pub use identifiers::{compact, query_identifiers};
pub use query::{chunks, Chunk};

/// Words longer than this (base64, hashes, garbage) are not indexed.
pub const MAX_WORD_BYTES: usize = 60;
/// Compound parts shorter than this are not indexed on their own (`t` of `fähr·t`).
const MIN_PART_CHARS: usize = 3;
/// Distinct words remembered (by all threads together) before the memory starts afresh.
const REMEMBERED_WORDS: usize = 100_000;
/// The memory is split so that threads analysing at once rarely wait for each other.
const MEMO_SHARDS: usize = 16;

/// One indexed term with the byte range of its word in the text and the word's position.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece<'a> {
    pub term: &'a str,
    pub start: usize,
    pub end: usize,
    pub position: usize,
}

/// The analysis of one word: its term and the terms of its compound parts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordAnalysis {
    pub term: String,
    pub parts: Vec<String>,
}

thread_local! {
    static STEMMER: Stemmer = Stemmer::create(Algorithm::German);
}

/// Letters repeat their words (and a county its vocabulary): analysing each distinct word
/// once makes indexing and classifying a letter several times cheaper. One memory for all
/// threads: documents are routed and indexed on whichever of tokio's blocking threads is
/// free (dozens under load), and a memory per thread stayed cold — 119 words of every
/// generated letter were analysed afresh, 1.3 of its 8.5 million instructions.
type Memo = Mutex<HashMap<String, Arc<WordAnalysis>>>;
static MEMO: LazyLock<[Memo; MEMO_SHARDS]> =
    LazyLock::new(|| std::array::from_fn(|_| Mutex::new(HashMap::new())));

fn memo_of(lower: &str) -> &'static Memo {
    use std::hash::BuildHasher;
    // The top bits of the hash spread the words over the shards.
    let hash = rustc_hash::FxBuildHasher.hash_one(lower);
    &MEMO[(hash >> 60) as usize % MEMO_SHARDS]
}

/// The byte ranges of the words of `text`: runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.by_ref().find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            chars.next();
        }
        Some((start, end))
    })
}

/// Calls `f` with the analysis of `word` (computed once per word, see [`MEMO`]).
pub fn with_analysis<T>(word: &str, f: impl FnOnce(&WordAnalysis) -> T) -> T {
    let lower = word.to_lowercase();
    let memo = memo_of(&lower);
    let lock = || {
        memo.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    let known = lock().get(&lower).cloned();
    let analysis = match known {
        Some(a) => a,
        None => {
            let a = Arc::new(STEMMER.with(|stemmer| analyse(stemmer, &lower)));
            let mut memo = lock();
            if memo.len() >= REMEMBERED_WORDS / MEMO_SHARDS {
                memo.clear();
            }
            memo.insert(lower, Arc::clone(&a));
            a
        }
    };
    f(&analysis)
}

/// The term of one word.
pub fn term(word: &str) -> String {
    with_analysis(word, |a| a.term.clone())
}

fn analyse(stemmer: &Stemmer, lower: &str) -> WordAnalysis {
    let stem = |w: &str| -> String {
        let mut digraphs = String::new();
        let w = if fold_digraphs(w, &mut digraphs) {
            digraphs.as_str()
        } else {
            w
        };
        // Snowball cuts `-heit`/`-keit` and then `-er`/`-en` before it: `Sicherheit` would
        // become `sich`. Such nouns (feminine: no genitive ending) keep their whole form.
        if let Some(noun) = ["heiten", "keiten"]
            .iter()
            .find_map(|p| w.strip_suffix(p).map(|stem| (stem, &p[..4])))
            .map(|(stem, suffix)| format!("{stem}{suffix}"))
            .or_else(|| (w.ends_with("heit") || w.ends_with("keit")).then(|| w.to_string()))
        {
            return strip_accents(&noun.replace('ß', "ss"));
        }
        genitive_after_vowel(strip_accents(&stemmer.stem(w)))
    };
    let term = stem(lower);
    let mut parts = Vec::new();
    if lower.chars().count() >= 2 * MIN_PART_CHARS && lower.chars().all(char::is_alphabetic) {
        // The dictionary knows nouns capitalised and their inner parts in lower case; the
        // same form for every spelling of the word keeps the result independent of case.
        let noun = title_case(lower);
        let segments: Vec<&str> = GermanSegmenter.segment_str(&noun).collect();
        // Every run of neighbouring segments is a part: `Sperr·müll·abhol·ung` is found as
        // `Sperrmüll`, `Müll`, `Abholung`.
        let n = segments.len();
        for from in 0..n {
            for to in from + 1..=n {
                if to - from == n {
                    continue;
                }
                let part = segments[from..to].concat().to_lowercase();
                if part.chars().count() < MIN_PART_CHARS {
                    continue;
                }
                let t = stem(&part);
                if t != term && !parts.contains(&t) {
                    parts.push(t);
                }
            }
        }
    }
    WordAnalysis { term, parts }
}

/// Snowball keeps the genitive `-s` after a vowel (`des Breitbandausbaus`, `des Autos`); it is
/// removed here, alike for every form, from stems of five letters on (`haus` stays).
fn genitive_after_vowel(mut stem: String) -> String {
    let b = stem.as_bytes();
    if b.len() >= 5 && b[b.len() - 1] == b's' && b"aeiouy".contains(&b[b.len() - 2]) {
        stem.pop();
    }
    stem
}

/// Calls `f` with every term to index for `text`: each word's term, and its compound parts'
/// terms at the same position (so phrases over whole words still match).
pub fn index_pieces(text: &str, mut f: impl FnMut(Piece<'_>)) {
    for (position, (start, end)) in words(text)
        .filter(|(s, e)| e - s <= MAX_WORD_BYTES)
        .enumerate()
    {
        with_analysis(&text[start..end], |a| {
            f(Piece {
                term: &a.term,
                start,
                end,
                position,
            });
            for part in &a.parts {
                f(Piece {
                    term: part,
                    start,
                    end,
                    position,
                });
            }
        });
    }
}

/// The terms of `text` that carry its topic, for the classifier: whole words' terms of more
/// than two letters, no bare numbers (they carry dates and amounts, not topics).
pub fn topic_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (start, end) in words(text).filter(|(s, e)| e - s <= MAX_WORD_BYTES) {
        with_analysis(&text[start..end], |a| {
            let t = &a.term;
            if t.chars().count() > 2 && !t.chars().all(|c| c.is_ascii_digit()) {
                out.push(t.clone());
            }
        });
    }
    out
}

/// The form a word is matched by while it is still being typed: lower case, umlauts and ß
/// written as their base letters, no stemming (`Widers` → `widers`, a prefix of the term
/// `widerspruch`).
pub fn typing_form(word: &str) -> String {
    let mut lower = word.to_lowercase().replace('ß', "ss");
    let mut digraphs = String::new();
    if fold_digraphs(&lower, &mut digraphs) {
        lower = digraphs;
    }
    strip_accents(&lower)
}

fn title_case(lower: &str) -> String {
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Removes accents and umlaut dots (`é` → `e`, `ü` → `u`).
fn strip_accents(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// Writes `text` with `ae`/`oe`/`ue` as umlauts into `out` (not the `ue` of `que`); returns
/// whether anything changed.
fn fold_digraphs(text: &str, out: &mut String) -> bool {
    if !(text.contains("ae") || text.contains("oe") || text.contains("ue")) {
        return false;
    }
    out.clear();
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let folded = match (c, chars.peek()) {
            ('a', Some('e')) => Some('ä'),
            ('o', Some('e')) => Some('ö'),
            ('u', Some('e')) if prev != Some('q') => Some('ü'),
            _ => None,
        };
        match folded {
            Some(u) => {
                chars.next();
                out.push(u);
                prev = Some(u);
            }
            None => {
                out.push(c);
                prev = Some(c);
            }
        }
    }
    true
}

#[cfg(test)]
mod tests;
