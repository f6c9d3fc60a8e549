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

/// A document's key (its id) and text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    pub document: String,
    pub text: String,
}

/// The latest corrected letters by department, and a revision that changes with them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectedLetters {
    by_department: BTreeMap<String, VecDeque<Letter>>,
    revision: u64,
}

impl CorrectedLetters {
    /// Keeps `text` as `document`'s letter for `department`, replacing what was kept of that
    /// document before and dropping the department's oldest beyond [`PER_DEPARTMENT`].
    pub fn remember(&mut self, document: &str, text: &str, department: &str) {
        self.forget(document);
        let text: String = text.chars().take(TEXT_CHARS).collect();
        let letters = self
            .by_department
            .entry(department.to_string())
            .or_default();
        letters.push_back(Letter {
            document: document.to_string(),
            text,
        });
        while letters.len() > PER_DEPARTMENT {
            letters.pop_front();
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
            kept.remember(&format!("d{i}"), &format!("Brief {i}"), "70");
        }
        kept.remember("x", "Rind", "39");
        assert_eq!(kept.iter().count(), PER_DEPARTMENT + 1);
        // The oldest went.
        assert!(!kept.iter().any(|(_, t)| t == "Brief 0"));
        assert!(kept.iter().any(|(_, t)| t == "Brief 3"));
        // A second correction of a document replaces the first, and the revision moves.
        let r = kept.revision();
        kept.remember("x", "Rind", "53");
        assert!(kept.revision() > r);
        let of_x: Vec<_> = kept.iter().filter(|(_, t)| *t == "Rind").collect();
        assert_eq!(of_x, vec![("53", "Rind")]);
        // Long texts are cut.
        kept.remember("long", &"ä".repeat(TEXT_CHARS + 10), "53");
        let long = kept.iter().find(|(_, t)| t.starts_with('ä')).unwrap().1;
        assert_eq!(long.chars().count(), TEXT_CHARS);
        kept.forget("long");
        kept.forget("x");
        assert_eq!(kept.iter().filter(|(d, _)| *d == "53").count(), 0);
    }
}
