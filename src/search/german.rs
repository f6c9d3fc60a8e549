//! Analysis for German text: lower case, Snowball German stemming (which also folds ß to ss and
//! umlauts to their base vowel), with the "German2" rule that `ae`, `oe`, `ue` are written-out
//! umlauts. So `Straße`/`Strasse`, `Müller`/`Mueller` and `Häuser`/`Haeuser` match each other,
//! at index and query time alike.

use std::cell::RefCell;
use std::collections::HashMap;
use std::mem;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer,
    Stemmer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Name under which the analyzer is registered with the index.
pub const GERMAN: &str = "german";

/// The analyzer for every text field.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(RememberedWords)
        .build()
}

/// What becomes of one lower-cased word: digraphs folded, stemmed, accents folded.
fn word_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(UmlautDigraphs)
        .filter(Stemmer::new(Language::German))
        // Accents outside German (é, ç, ñ …) after stemming, which needs the umlauts.
        .filter(AsciiFoldingFilter)
        .build()
}

/// Distinct words remembered per thread before the memory starts afresh.
const REMEMBERED_WORDS: usize = 100_000;

thread_local! {
    /// Letters repeat their words (and a county its vocabulary): analysing each distinct word
    /// once made indexing and classifying a letter several times cheaper.
    static WORDS: RefCell<(TextAnalyzer, HashMap<String, String>)> =
        RefCell::new((word_analyzer(), HashMap::new()));
}

/// [`word_analyzer`] with each word's result remembered (the same terms, computed once).
#[derive(Clone)]
pub struct RememberedWords;

impl TokenFilter for RememberedWords {
    type Tokenizer<T: Tokenizer> = RememberedWordsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        RememberedWordsFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct RememberedWordsFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for RememberedWordsFilter<T> {
    type TokenStream<'a> = RememberedWordsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RememberedWordsStream {
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct RememberedWordsStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for RememberedWordsStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        WORDS.with(|words| {
            let (analyzer, memo) = &mut *words.borrow_mut();
            if let Some(term) = memo.get(&token.text) {
                token.text.clone_from(term);
                return;
            }
            let mut stream = analyzer.token_stream(&token.text);
            let term = if stream.advance() {
                stream.token().text.clone()
            } else {
                token.text.clone()
            };
            drop(stream);
            if memo.len() >= REMEMBERED_WORDS {
                memo.clear();
            }
            memo.insert(mem::replace(&mut token.text, term.clone()), term);
        });
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Rewrites `ae`/`oe`/`ue` as `ä`/`ö`/`ü` (but not the `ue` of `que`), like Snowball's
/// German2 variant, so that stemming treats both spellings alike.
#[derive(Clone)]
pub struct UmlautDigraphs;

impl TokenFilter for UmlautDigraphs {
    type Tokenizer<T: Tokenizer> = UmlautDigraphsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        UmlautDigraphsFilter {
            inner: tokenizer,
            buffer: String::new(),
        }
    }
}

#[derive(Clone)]
pub struct UmlautDigraphsFilter<T> {
    inner: T,
    buffer: String,
}

impl<T: Tokenizer> Tokenizer for UmlautDigraphsFilter<T> {
    type TokenStream<'a> = UmlautDigraphsStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        UmlautDigraphsStream {
            tail: self.inner.token_stream(text),
            buffer: &mut self.buffer,
        }
    }
}

pub struct UmlautDigraphsStream<'a, T> {
    tail: T,
    buffer: &'a mut String,
}

impl<T: TokenStream> TokenStream for UmlautDigraphsStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let text = &self.tail.token().text;
        if fold_digraphs(text, self.buffer) {
            mem::swap(&mut self.tail.token_mut().text, self.buffer);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Writes `text` with digraphs folded into `out`; returns whether anything changed.
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
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        let mut a = analyzer();
        let mut stream = a.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn spelling_variants_of_german_words_meet() {
        for (a, b) in [
            ("Straße", "Strasse"),
            ("Müller", "Mueller"),
            ("Häuser", "Haeuser"),
            ("Gebühren", "Gebuehren"),
            ("Größe", "Groesse"),
            ("GRÜSSE", "Grüße"),
            ("Bescheid", "Bescheides"),
        ] {
            assert_eq!(terms(a), terms(b), "{a} vs {b}");
        }
        assert_ne!(terms("Widerspruch"), terms("Bescheid"));
    }

    #[test]
    fn remembered_words_give_the_terms_of_the_full_analysis() {
        let full = |text: &str| {
            let mut a = TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(60))
                .filter(LowerCaser)
                .filter(UmlautDigraphs)
                .filter(Stemmer::new(Language::German))
                .filter(AsciiFoldingFilter)
                .build();
            let mut stream = a.token_stream(text);
            let mut out = Vec::new();
            while stream.advance() {
                out.push(stream.token().text.clone());
            }
            out
        };
        let text = "Widerspruch gegen den Gebührenbescheid, Straße 12, Müller Mueller café \
                    Widerspruchs Bescheides Bescheid queue";
        assert_eq!(terms(text), full(text));
        assert_eq!(terms(text), full(text), "and again from memory");
    }

    #[test]
    fn que_is_not_an_umlaut_and_numbers_survive() {
        let mut out = String::new();
        assert!(fold_digraphs("queue", &mut out));
        assert_eq!(out, "queü");
        assert_eq!(terms("Az. 3 K 1234/25"), ["az", "3", "k", "1234", "25"]);
    }
}
