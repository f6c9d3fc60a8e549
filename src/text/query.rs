//! What someone typed into a search box, in parts every backend reads alike: identifiers
//! (an IBAN typed in groups), `"…"` phrases, words (`-word` excluded; the last one possibly
//! still being typed).

use super::query_identifiers;

/// One part of the typed text.
#[derive(Debug, PartialEq)]
pub enum Chunk {
    /// A whitespace-free piece (`Antrag`, `1234/25`, `-Mahnung` as `exclude`); `last` when it
    /// ends the text without a space after it (still being typed).
    Words {
        text: String,
        exclude: bool,
        last: bool,
    },
    /// The words between double quotes, in this order.
    Phrase(String),
    /// An IBAN in its compact, lower-case form.
    Identifier(String),
}

/// The parts of `typed`: identifiers first, then phrases, then words in the order typed.
pub fn chunks(typed: &str) -> Vec<Chunk> {
    let mut out = Vec::new();
    let ids = query_identifiers(typed);
    let mut rest = String::with_capacity(typed.len());
    let mut at = 0;
    for (range, compact) in ids {
        rest.push_str(&typed[at..range.start]);
        rest.push(' ');
        out.push(Chunk::Identifier(compact));
        at = range.end;
    }
    rest.push_str(&typed[at..]);
    let still_typing = !typed.ends_with(char::is_whitespace);
    let mut parts = rest.split('"');
    let mut in_quotes = false;
    let mut words = Vec::new();
    for part in parts.by_ref() {
        if in_quotes {
            out.push(Chunk::Phrase(part.to_string()));
        } else {
            words.extend(part.split_whitespace().map(str::to_string));
        }
        in_quotes = !in_quotes;
    }
    let n = words.len();
    for (i, w) in words.into_iter().enumerate() {
        let (text, exclude) = match w.strip_prefix('-') {
            Some(t) if !t.is_empty() => (t.to_string(), true),
            _ => (w, false),
        };
        out.push(Chunk::Words {
            text,
            exclude,
            last: i + 1 == n && still_typing,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_words_phrases_and_identifiers() {
        assert_eq!(
            chunks("Zahlung \"3 K 1234/25\" DE02 1203 0000 0000 2020 51 -Mahnung Wider"),
            vec![
                Chunk::Identifier("de02120300000000202051".into()),
                Chunk::Phrase("3 K 1234/25".into()),
                Chunk::Words {
                    text: "Zahlung".into(),
                    exclude: false,
                    last: false
                },
                Chunk::Words {
                    text: "Mahnung".into(),
                    exclude: true,
                    last: false
                },
                Chunk::Words {
                    text: "Wider".into(),
                    exclude: false,
                    last: true
                },
            ]
        );
        assert!(matches!(
            chunks("Widerspruch ").last(),
            Some(Chunk::Words { last: false, .. })
        ));
    }
}
