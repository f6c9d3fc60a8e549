//! German-aware word matching: case-insensitive, umlauts and ß folded (`Müller` = `Mueller`,
//! `Straße` = `Strasse`), on word boundaries, phrases as word sequences, and a trailing `*`
//! for "words starting with" (`widersp*`).

/// A word of a text with its byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub folded: String,
    pub start: usize,
    pub end: usize,
}

/// Lower case with umlauts, ß and accents written out.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'á' | 'à' | 'â' => out.push('a'),
            'é' | 'è' | 'ê' => out.push('e'),
            'ó' | 'ò' | 'ô' => out.push('o'),
            'ú' | 'ù' | 'û' => out.push('u'),
            'í' | 'ì' | 'î' => out.push('i'),
            'ç' => out.push('c'),
            _ => out.push(c),
        }
    }
    out
}

/// The words of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Token {
                    folded: fold(&text[s..i]),
                    start: s,
                    end: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Token {
            folded: fold(&text[s..]),
            start: s,
            end: text.len(),
        });
    }
    out
}

/// A word or phrase to look for.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    pub text: String,
    words: Vec<(String, bool)>,
}

impl Phrase {
    /// Parses `lege ich Widerspruch ein` or `widersp*`; `None` if it has no words.
    pub fn new(text: &str) -> Option<Phrase> {
        let words: Vec<(String, bool)> = text
            .split_whitespace()
            .map(|w| {
                let prefix = w.ends_with('*');
                let toks = tokenize(w.trim_end_matches('*'));
                (
                    toks.into_iter().map(|t| t.folded).collect::<String>(),
                    prefix,
                )
            })
            .filter(|(w, _)| !w.is_empty())
            .collect();
        (!words.is_empty()).then(|| Phrase {
            text: text.to_string(),
            words,
        })
    }

    /// The first occurrence in `tokens`, as a byte range of the text.
    pub fn find(&self, tokens: &[Token]) -> Option<(usize, usize)> {
        let n = self.words.len();
        if tokens.len() < n {
            return None;
        }
        (0..=tokens.len() - n).find_map(|i| {
            let hit = self
                .words
                .iter()
                .zip(&tokens[i..i + n])
                .all(|((w, prefix), t)| {
                    if *prefix {
                        t.folded.starts_with(w.as_str())
                    } else {
                        t.folded == *w
                    }
                });
            hit.then(|| (tokens[i].start, tokens[i + n - 1].end))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(p: &str, text: &str) -> Option<String> {
        Phrase::new(p)
            .unwrap()
            .find(&tokenize(text))
            .map(|(s, e)| text[s..e].to_string())
    }

    #[test]
    fn german_aware_matching() {
        assert_eq!(
            find("Mueller", "Herr MÜLLER schreibt"),
            Some("MÜLLER".into())
        );
        assert_eq!(find("Straße", "Hauptstrasse 5"), None, "whole words only");
        assert_eq!(
            find("hauptstraße", "Hauptstrasse 5"),
            Some("Hauptstrasse".into())
        );
        assert_eq!(
            find("widersp*", "ich widerspreche dem"),
            Some("widerspreche".into())
        );
        assert_eq!(find("Widerspruch", "Widerspruchsfrist"), None);
        assert_eq!(
            find(
                "lege ich Widerspruch ein",
                "hiermit lege ich\nWiderspruch ein."
            ),
            Some("lege ich\nWiderspruch ein".into())
        );
        assert!(Phrase::new(" * ").is_none());
    }
}
