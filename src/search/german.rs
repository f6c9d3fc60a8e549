//! The embedded index's analyzer: the shared German analysis of `crate::text` (terms, and
//! compound parts at their word's position) as a tantivy tokenizer.

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

/// Name under which the analyzer is registered with the index.
pub const GERMAN: &str = "german";

/// The analyzer for every text field.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::from(GermanTokenizer)
}

/// Tokens from [`crate::text::index_pieces`].
#[derive(Clone, Default)]
pub struct GermanTokenizer;

impl Tokenizer for GermanTokenizer {
    type TokenStream<'a> = Pieces;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Pieces {
        let mut tokens = Vec::new();
        crate::text::index_pieces(text, |p| {
            tokens.push(Token {
                offset_from: p.start,
                offset_to: p.end,
                position: p.position,
                text: p.term.to_string(),
                position_length: 1,
            })
        });
        Pieces {
            tokens,
            next: 0,
            current: Token::default(),
        }
    }
}

/// The tokens of one text.
pub struct Pieces {
    tokens: Vec<Token>,
    next: usize,
    current: Token,
}

impl TokenStream for Pieces {
    fn advance(&mut self) -> bool {
        match self.tokens.get_mut(self.next) {
            Some(t) => {
                self.current = std::mem::take(t);
                self.next += 1;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tokenizer_gives_the_shared_analysis_with_offsets() {
        let mut a = analyzer();
        let text = "Der Bauantrag, Strasse";
        let mut stream = a.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((
                t.text.clone(),
                &text[t.offset_from..t.offset_to],
                t.position,
            ));
        }
        let antrag = crate::text::term("Antrag");
        assert!(out.contains(&(antrag, "Bauantrag", 1)), "{out:?}");
        assert!(out.contains(&(crate::text::term("Straße"), "Strasse", 2)));
    }
}
