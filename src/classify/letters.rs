//! The latest corrected letters per department, kept with the model so that the character
//! model can learn them beside the example letters (`characters`). Bounded: the character
//! model is re-solved from scratch (cubic in its letters), and a department's latest
//! corrections say best what the mail room wants now. (Without example letters every
//! correction counts, in the naive Bayes counts.)

use std::collections::{BTreeMap, VecDeque};

use serde::{Deserialize, Serialize};

/// Corrected letters kept per department (per department id: a town's office taking over
/// the county's keeps its own). With the 16 shipped departments at most 320 letters join the
/// 584 examples: fitting those 904 took 0.54 s in a release build, 864 took 0.60 s in a test
/// build (BENCHMARKS.md).
pub const PER_DEPARTMENT: usize = 20;

/// The characters of a letter kept: the first pages say where a letter goes; an attached
/// 50-page file would only make the model file large.
pub const TEXT_CHARS: usize = 20_000;

/// A document's key (its id) and text, and whether the example letters alone would have
/// sent it elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    pub document: String,
    pub text: String,
    #[serde(default)]
    pub surprising: bool,
}

/// The latest corrected letters by department, and a revision that changes with them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectedLetters {
    by_department: BTreeMap<String, VecDeque<Letter>>,
    revision: u64,
}

impl CorrectedLetters {
    /// Keeps `text` as `document`'s letter for `department`, replacing what was kept of that
    /// document before. Beyond [`PER_DEPARTMENT`] the department's oldest letter goes that
    /// is not `surprising` (the example letters alone would route it right, so it teaches
    /// little), else its oldest: a kind of post the mail room routes differently from the
    /// examples stays taught while routine confirmations come and go.
    pub fn remember(&mut self, document: &str, text: &str, department: &str, surprising: bool) {
        self.forget(document);
        let text: String = text.chars().take(TEXT_CHARS).collect();
        let letters = self
            .by_department
            .entry(department.to_string())
            .or_default();
        letters.push_back(Letter {
            document: document.to_string(),
            text,
            surprising,
        });
        while letters.len() > PER_DEPARTMENT {
            let oldest_routine = letters.iter().position(|l| !l.surprising).unwrap_or(0);
            letters.remove(oldest_routine);
        }
        self.revision += 1;
    }

    /// Drops what was kept of `document` (a correction replaces an earlier one).
    pub fn forget(&mut self, document: &str) {
        for letters in self.by_department.values_mut() {
            let before = letters.len();
            letters.retain(|l| l.document != document);
            if letters.len() != before {
                self.revision += 1;
            }
        }
        self.by_department.retain(|_, l| !l.is_empty());
    }

    /// Changes whenever the kept letters change.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_empty(&self) -> bool {
        self.by_department.is_empty()
    }

    /// `(department, text)` of every kept letter.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_department
            .iter()
            .flat_map(|(d, l)| l.iter().map(move |l| (d.as_str(), l.text.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_latest_letters_per_department_and_one_per_document() {
        let mut kept = CorrectedLetters::default();
        assert!(kept.is_empty());
        for i in 0..PER_DEPARTMENT + 3 {
            kept.remember(&format!("d{i}"), &format!("Brief {i}"), "70", false);
        }
        kept.remember("x", "Rind", "39", false);
        assert_eq!(kept.iter().count(), PER_DEPARTMENT + 1);
        // The oldest went.
        assert!(!kept.iter().any(|(_, t)| t == "Brief 0"));
        assert!(kept.iter().any(|(_, t)| t == "Brief 3"));
        // A second correction of a document replaces the first, and the revision moves.
        let r = kept.revision();
        kept.remember("x", "Rind", "53", false);
        assert!(kept.revision() > r);
        let of_x: Vec<_> = kept.iter().filter(|(_, t)| *t == "Rind").collect();
        assert_eq!(of_x, vec![("53", "Rind")]);
        // Long texts are cut.
        kept.remember("long", &"ä".repeat(TEXT_CHARS + 10), "53", false);
        let long = kept.iter().find(|(_, t)| t.starts_with('ä')).unwrap().1;
        assert_eq!(long.chars().count(), TEXT_CHARS);
        kept.forget("long");
        kept.forget("x");
        assert_eq!(kept.iter().filter(|(d, _)| *d == "53").count(), 0);
    }

    #[test]
    fn surprising_letters_outlast_routine_ones() {
        let mut kept = CorrectedLetters::default();
        kept.remember("s0", "Wohngeld 0", "10", true);
        kept.remember("s1", "Wohngeld 1", "10", true);
        for i in 0..3 * PER_DEPARTMENT {
            kept.remember(&format!("r{i}"), &format!("Routine {i}"), "10", false);
        }
        let texts: Vec<&str> = kept.iter().map(|(_, t)| t).collect();
        assert_eq!(texts.len(), PER_DEPARTMENT);
        assert!(texts.contains(&"Wohngeld 0") && texts.contains(&"Wohngeld 1"));
        // The newest routine ones stay beside them.
        let newest = format!("Routine {}", 3 * PER_DEPARTMENT - 1);
        assert!(texts.contains(&newest.as_str()));
        assert!(!texts.contains(&"Routine 0"));
        // Only surprising ones: the oldest goes.
        for i in 0..PER_DEPARTMENT {
            kept.remember(&format!("t{i}"), &format!("Anders {i}"), "10", true);
        }
        let texts: Vec<&str> = kept.iter().map(|(_, t)| t).collect();
        assert!(!texts.contains(&"Wohngeld 0"), "{texts:?}");
        let last = format!("Anders {}", PER_DEPARTMENT - 1);
        assert!(texts.contains(&last.as_str()));
    }
}
