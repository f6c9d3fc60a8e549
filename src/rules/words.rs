//! German-aware word matching: case-insensitive, umlauts and ß folded (`Müller` = `Mueller`,
//! `Straße` = `Strasse`), on word boundaries, phrases as word sequences, and a trailing `*`
//! for "words starting with" (`widersp*`). A word also matches its inflected forms (`des
//! Sperrmülls`, `Anträgen` aside: endings only) and compounds it begins or ends
//! (`Sperrmüllabholung`, `Widerspruchsbescheid`, `Bauantrag`), as letters write them.

/// Endings a word takes in a letter: genitive, plural, dative (`Bescheids`, `Bescheide`,
/// `Bescheiden`).
const ENDINGS: &[&str] = &["s", "es", "e", "en", "n", "er", "ern", "ns"];
/// Linking elements between the parts of a compound (`Widerspruch·s·bescheid`).
const LINKS: &[&str] = &["", "s", "es", "n", "en", "e", "er"];
/// Shortest word that matches its endings; shorter ones (`ein`, `Amt`) match only themselves.
const MIN_INFLECTED: usize = 4;
/// Shortest word that matches inside compounds, and shortest other part of the compound:
/// `Antrag` in `Bauantrag`, never `Rat` in `Heirat`.
const MIN_COMPOUND: usize = 5;
const MIN_OTHER_PART: usize = 3;

/// Whether the folded text word `token` is a form of the folded rule word `word`.
pub fn is_form_of(word: &str, token: &str) -> bool {
    // Most pairs of a letter's words and rule words fail here, in a few nanoseconds: a form is
    // never shorter than the word, and outside the word's own beginning it ends with the word
    // plus an ending of at most three letters.
    if token.len() < word.len() {
        return false;
    }
    if token == word {
        return true;
    }
    let starts = token.starts_with(word);
    if !starts {
        let last = *word.as_bytes().last().unwrap_or(&0);
        let tail = &token.as_bytes()[token.len().saturating_sub(4)..];
        if !tail.contains(&last) {
            return false;
        }
    }
    let len = word.chars().count();
    if let Some(rest) = token.strip_prefix(word) {
        if len >= MIN_INFLECTED && ENDINGS.contains(&rest) {
            return true;
        }
        // The word in front: Sperrmüll·abholung, Widerspruch·s·bescheid.
        if len >= MIN_COMPOUND
            && LINKS.iter().any(|l| {
                rest.strip_prefix(l)
                    .is_some_and(|head| head.chars().count() > MIN_OTHER_PART)
            })
        {
            return true;
        }
    }
    // The word as the compound's head: Bau·antrag, Bau·antrags.
    len >= MIN_COMPOUND
        && std::iter::once("")
            .chain(ENDINGS.iter().copied())
            .any(|end| {
                token
                    .strip_suffix(end)
                    .and_then(|stem| stem.strip_suffix(word))
                    .is_some_and(|front| front.chars().count() >= MIN_OTHER_PART)
            })
}

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

/// How a word of a phrase matches a word of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordMatch {
    /// The word, its endings and compounds (the default).
    Forms,
    /// `widersp*`: any word starting so.
    Prefix,
    /// `=Straße`: this word only (not `Hauptstraße`, not `Straßen`).
    Exact,
}

/// A word or phrase to look for.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    pub text: String,
    words: Vec<(String, WordMatch)>,
}

impl Phrase {
    /// Parses `lege ich Widerspruch ein`, `widersp*` or `=Straße`; `None` if it has no words.
    pub fn new(text: &str) -> Option<Phrase> {
        let words: Vec<(String, WordMatch)> = text
            .split_whitespace()
            .map(|w| {
                let how = if w.ends_with('*') {
                    WordMatch::Prefix
                } else if w.starts_with('=') {
                    WordMatch::Exact
                } else {
                    WordMatch::Forms
                };
                let toks = tokenize(w.trim_end_matches('*').trim_start_matches('='));
                (toks.into_iter().map(|t| t.folded).collect::<String>(), how)
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
        (0..=tokens.len() - n).find_map(|i| self.at(tokens, i, 0))
    }

    /// The first word: how a phrase is found in a [`super::word_index::WordIndex`].
    pub fn first(&self) -> (&str, WordMatch) {
        let (w, how) = &self.words[0];
        (w, *how)
    }

    /// The phrase at token `i`, its first `known` words already known to match.
    pub fn at(&self, tokens: &[Token], i: usize, known: usize) -> Option<(usize, usize)> {
        let n = self.words.len();
        let window = tokens.get(i..i + n)?;
        let hit = self
            .words
            .iter()
            .zip(window)
            .skip(known)
            .all(|((w, how), t)| word_matches(w, *how, &t.folded));
        hit.then(|| (window[0].start, window[n - 1].end))
    }
}

/// Whether the folded text word `token` matches the folded phrase word `word`.
pub fn word_matches(word: &str, how: WordMatch, token: &str) -> bool {
    match how {
        WordMatch::Prefix => token.starts_with(word),
        WordMatch::Exact => token == word,
        WordMatch::Forms => is_form_of(word, token),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(word: &str, text: &str) -> bool {
        Phrase::new(word).unwrap().find(&tokenize(text)).is_some()
    }

    #[test]
    fn rule_words_match_their_inflected_and_compound_forms() {
        for (word, text) in [
            ("Sperrmüll", "die Abholung des Sperrmülls"),
            ("Sperrmüll", "Antrag auf Sperrmüllabholung"),
            ("Widerspruch", "gegen den Widerspruchsbescheid"),
            ("Antrag", "mein Bauantrag vom März"),
            ("Antrag", "des Bauantrags"),
            ("Bescheid", "gegen die Bescheide"),
            ("Beistandschaft", "Antrag auf Beistandschaften"),
            ("Hund", "meine Hunde"),
            ("Waffe", "Antrag auf einen Waffenschein"),
        ] {
            assert!(matches(word, text), "{word} in {text:?}");
        }
        assert!(
            matches("Kita", "zwei Kitas"),
            "a short word takes its endings"
        );
        for (word, text) in [
            ("Rat", "nach der Heirat"),
            ("Amt", "ein Amtsgericht"),
            ("Bau", "Baum"),
            ("Kita", "die Kitaleitung"),
            ("Hund", "Hundertschaft"),
        ] {
            assert!(!matches(word, text), "{word} in {text:?}");
        }
    }

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
        assert_eq!(
            find("Straße", "Hauptstrasse 5"),
            Some("Hauptstrasse".into()),
            "the head of a compound"
        );
        assert_eq!(find("=Straße", "Hauptstrasse 5"), None, "=: this word only");
        assert_eq!(find("=Straße", "die STRASSE"), Some("STRASSE".into()));
        assert_eq!(
            find("hauptstraße", "Hauptstrasse 5"),
            Some("Hauptstrasse".into())
        );
        assert_eq!(
            find("widersp*", "ich widerspreche dem"),
            Some("widerspreche".into())
        );
        assert_eq!(
            find("Widerspruch", "Widerspruchsfrist"),
            Some("Widerspruchsfrist".into())
        );
        assert_eq!(find("=Widerspruch", "Widerspruchsfrist"), None);
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
