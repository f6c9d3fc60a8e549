//! The letter model: known ground-truth text that every generated file is built from.

use crate::templates;

/// A German business letter with known text.
///
/// Every field is plain text; the renderers never alter the wording, so anything that appears in
/// a generated file can be traced back to one of these fields (or, for multi-page layouts, to the
/// deterministic continuation paragraphs documented in [`crate::page_texts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// Sender block, one entry per line (name, street, town, ...).
    pub sender: Vec<String>,
    /// Recipient address block, one entry per line.
    pub recipient: Vec<String>,
    /// Place and date line, e.g. "Tübingen, 14. März 2025".
    pub place_date: String,
    /// Subject line (rendered in bold).
    pub subject: String,
    /// Salutation, e.g. "Sehr geehrte Damen und Herren,".
    pub salutation: String,
    /// Body paragraphs, each one unwrapped line of text.
    pub paragraphs: Vec<String>,
    /// Closing lines; an empty string is a blank line (space for the signature).
    pub closing: Vec<String>,
}

impl Letter {
    /// Deterministic letter picked/varied from a handful of templates by seed: realistic German
    /// administrative correspondence to a county administration (Landratsamt / Kreisverwaltung),
    /// e.g. Widerspruch gegen einen Bescheid, Antrag auf Wohngeld, Rechnung, Anfrage Bauaufsicht.
    ///
    /// `seed % 4` selects the template, so consecutive seeds cycle through all of them; the rest of
    /// the seed varies names, places, dates, amounts and file numbers. The text always contains
    /// umlauts and ß.
    pub fn sample(seed: u64) -> Letter {
        templates::build(seed)
    }

    /// The full text, lines joined with '\n' — the ground truth.
    ///
    /// Blocks (sender, recipient, date, subject, salutation, each paragraph, closing) are separated
    /// by one empty line; paragraphs are not wrapped.
    pub fn text(&self) -> String {
        let mut blocks: Vec<String> = vec![
            self.sender.join("\n"),
            self.recipient.join("\n"),
            self.place_date.clone(),
            self.subject.clone(),
            self.salutation.clone(),
        ];
        blocks.extend(self.paragraphs.iter().cloned());
        blocks.push(self.closing.join("\n"));
        blocks.join("\n\n")
    }

    /// A handful of distinctive words from the letter that OCR should find (incl. ones with
    /// umlauts/ß).
    ///
    /// Words are taken only from blocks that every layout renders (sender, recipient, subject,
    /// first paragraph, closing), so they appear in the output for any page count. Words with
    /// digits, hyphens or slashes are skipped because OCR engines legitimately split them.
    pub fn key_words(&self) -> Vec<String> {
        let sources = self
            .sender
            .iter()
            .chain(&self.recipient)
            .chain(std::iter::once(&self.subject))
            .chain(self.paragraphs.first())
            .chain(&self.closing);
        let mut candidates: Vec<String> = Vec::new();
        for word in sources
            .flat_map(|line| line.split_whitespace())
            .filter_map(clean_word)
        {
            if !candidates.contains(&word) {
                candidates.push(word);
            }
        }
        // Prefer words that exercise the German character set, then long plain words.
        let (special, plain): (Vec<String>, Vec<String>) =
            candidates.into_iter().partition(|w| !w.is_ascii());
        let mut words: Vec<String> = special.into_iter().take(6).collect();
        words.extend(plain.into_iter().filter(|w| w.chars().count() >= 8).take(3));
        words
    }
}

/// Strips surrounding punctuation; returns `None` for words OCR may reasonably split or that are
/// too short to be distinctive.
fn clean_word(raw: &str) -> Option<String> {
    let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
    let splittable = word
        .chars()
        .any(|c| c.is_ascii_digit() || c == '-' || c == '/' || c == '.');
    (word.chars().count() >= 5 && !splittable).then(|| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_is_deterministic_and_varies_with_seed() {
        assert_eq!(Letter::sample(7), Letter::sample(7));
        assert_ne!(Letter::sample(7), Letter::sample(8));
        assert_ne!(
            Letter::sample(7),
            Letter::sample(11),
            "same template, other details"
        );
    }

    #[test]
    fn every_template_has_umlauts_and_sharp_s() {
        for seed in 0..12 {
            let text = Letter::sample(seed).text();
            assert!(text.contains('ß'), "seed {seed} lacks ß");
            for umlaut in ['ä', 'ö', 'ü'] {
                assert!(text.contains(umlaut), "seed {seed} lacks {umlaut}");
            }
        }
    }

    #[test]
    fn key_words_occur_as_words_and_include_special_characters() {
        for seed in 0..8 {
            let letter = Letter::sample(seed);
            let words = letter.key_words();
            assert!(words.len() >= 5, "seed {seed}: {words:?}");
            assert!(
                words.iter().any(|w| w.contains('ß')),
                "seed {seed}: {words:?}"
            );
            assert!(
                words.iter().filter(|w| !w.is_ascii()).count() >= 3,
                "seed {seed}: {words:?}"
            );
            let text = letter.text();
            let tokens: Vec<&str> = text
                .split_whitespace()
                .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            for word in &words {
                assert!(
                    tokens.contains(&word.as_str()),
                    "{word} not a word of seed {seed}"
                );
            }
        }
    }

    #[test]
    fn text_separates_blocks_with_blank_lines() {
        let letter = Letter::sample(1);
        let text = letter.text();
        assert!(text.starts_with(&letter.sender[0]));
        assert!(text.contains(&format!("\n\n{}\n\n", letter.subject)));
        assert!(text.ends_with(letter.closing.last().unwrap()));
    }
}
