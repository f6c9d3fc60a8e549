//! The warm start: before anyone has corrected a routing, the departments' task vocabulary
//! (`topics` in `departments.toml`) says where a letter probably belongs. Topic words match as
//! rule words do (endings and compounds, `rules::words`), so "Tierseuche" finds "der
//! Tierseuchenkasse" and "Sperrmüll" finds "Sperrmüllabholung".
//!
//! A department's evidence is the number of its distinct topic words in the text (a repeated
//! word a little more), each shared word divided among the departments that list it. Its
//! confidence is its squared evidence against all departments' and a fixed "none of these"
//! ([`NONE_EVIDENCE`]): one matching word alone is never enough to route, two words of one
//! department and none of another are.

use std::collections::{BTreeMap, HashMap};

use crate::rules::word_index::{Found, PhraseIndex, TextWords, WordIndex};
use crate::rules::words::{tokenize, Phrase, WordMatch};

use super::Prediction;

/// Evidence that stands for "none of these departments". A department's confidence is its
/// evidence squared over the sum of all squares plus this one squared: at 1.2, two words of one
/// department and none of another give 4 / 5.44 = 0.74 (above the shipped minimum confidence of
/// 0.65), one word 0.41, two words against one of another department 0.62, four against one
/// 0.87. Measured on the realistic letter sets (`tests/routing_realistic.rs`, BENCHMARKS.md).
pub const NONE_EVIDENCE: f64 = 1.2;

/// What a word in the subject line adds (as much as a second distinct word).
pub const SUBJECT_WEIGHT: f64 = 1.0;

/// What repeating a word adds: `REPEAT_WEIGHT × ln(occurrences)` (a word three times ≈ 1.5 words
/// at 0.5).
pub const REPEAT_WEIGHT: f64 = 0.5;

/// One department's task vocabulary.
#[derive(Debug, Clone, PartialEq)]
pub struct DepartmentTopics {
    pub department: String,
    pub words: Vec<String>,
}

#[derive(Debug, Clone)]
struct Term {
    text: String,
    /// Indexes into `TopicModel::departments`.
    departments: Vec<usize>,
}

/// The departments' task words, indexed for matching a document's words quickly.
#[derive(Debug, Clone, Default)]
pub struct TopicModel {
    departments: Vec<String>,
    terms: Vec<Term>,
    /// Folded one-word terms, by term index.
    single: WordIndex,
    /// Terms of several words (or with `*`, `=`), matched as rule phrases.
    phrases: Vec<(Phrase, usize)>,
    phrase_index: PhraseIndex,
}

/// How close a document is to each department's tasks, best first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopicPrediction {
    pub prediction: Prediction,
    /// The department's topic words found in the text, per department.
    pub words: BTreeMap<String, Vec<String>>,
}

impl TopicModel {
    pub fn new(topics: &[DepartmentTopics]) -> TopicModel {
        let mut model = TopicModel::default();
        let mut by_text: HashMap<String, usize> = HashMap::new();
        for (d, dep) in topics.iter().enumerate() {
            model.departments.push(dep.department.clone());
            for word in &dep.words {
                let Some(phrase) = Phrase::new(word) else {
                    continue;
                };
                let folded: Vec<String> = tokenize(word).into_iter().map(|t| t.folded).collect();
                let key = folded.join(" ");
                let index = *by_text.entry(key.clone()).or_insert_with(|| {
                    model.terms.push(Term {
                        text: word.clone(),
                        departments: Vec::new(),
                    });
                    let i = model.terms.len() - 1;
                    if folded.len() == 1 && !word.contains(['*', '=']) {
                        model.single.insert(&key, WordMatch::Forms, i as u32);
                    } else {
                        model.phrases.push((phrase, i));
                    }
                    i
                });
                if !model.terms[index].departments.contains(&d) {
                    model.terms[index].departments.push(d);
                }
            }
        }
        let phrases: Vec<Phrase> = model.phrases.iter().map(|(p, _)| p.clone()).collect();
        model.phrase_index = PhraseIndex::new(&phrases);
        model
    }

    /// Whether any department has topic words.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The departments whose task words occur in `text`. `subject` is the letter's subject
    /// line, if it has one: it names the matter, so its words count [`SUBJECT_WEIGHT`] more.
    pub fn predict(&self, text: &str, subject: Option<&str>) -> TopicPrediction {
        self.predict_words(&TextWords::new(&[text]), subject)
    }

    /// [`TopicModel::predict`] on a document's words, tokenised once for rules and topics.
    pub fn predict_words(&self, words: &TextWords, subject: Option<&str>) -> TopicPrediction {
        if self.is_empty() {
            return TopicPrediction::default();
        }
        let occurrences = self.occurrences(words);
        let in_subject = subject
            .map(|s| self.occurrences(&TextWords::new(&[s])))
            .unwrap_or_default();
        let mut evidence = vec![0.0; self.departments.len()];
        let mut words: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (i, (term, &n)) in self
            .terms
            .iter()
            .zip(&occurrences)
            .enumerate()
            .filter(|(_, (_, n))| **n > 0)
        {
            // A word repeated weighs a little more than once, far less than distinct words.
            let subject = if in_subject.get(i).is_some_and(|n| *n > 0) {
                SUBJECT_WEIGHT
            } else {
                0.0
            };
            let weight =
                (1.0 + f64::from(n).ln() * REPEAT_WEIGHT + subject) / term.departments.len() as f64;
            for &d in &term.departments {
                evidence[d] += weight;
                words
                    .entry(self.departments[d].clone())
                    .or_default()
                    .push(term.text.clone());
            }
        }
        // Squared: the more words a department has over the others, the more it leads.
        let total: f64 =
            evidence.iter().map(|e| e * e).sum::<f64>() + NONE_EVIDENCE * NONE_EVIDENCE;
        let mut ranking: Vec<(String, f64)> = self
            .departments
            .iter()
            .zip(&evidence)
            .filter(|(_, e)| **e > 0.0)
            .map(|(d, e)| (d.clone(), e * e / total))
            .collect();
        ranking.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        TopicPrediction {
            prediction: Prediction { ranking },
            words,
        }
    }

    /// How often each term occurs in the words. A text word counts for its most specific
    /// term only: "Fahrschule" for `Fahrschule`, not also for `Schule`; "Lebensunterhalt" for
    /// `Lebensunterhalt`, not also for `Unterhalt`.
    fn occurrences(&self, words: &TextWords) -> Vec<u32> {
        let mut occurrences = vec![0u32; self.terms.len()];
        let mut best: Vec<(usize, u32)> = Vec::new();
        for (token, places) in words.distinct() {
            best.clear();
            self.single
                .for_each_match(token, |id, len| best.push((len, id)));
            let longest = best.iter().map(|(len, _)| *len).max().unwrap_or(0);
            best.retain(|(len, _)| *len == longest);
            best.sort_unstable();
            best.dedup();
            for &(_, i) in &best {
                occurrences[i as usize] += places.len() as u32;
            }
        }
        let found = Found::new(words, &self.phrase_index);
        for (phrase, i) in &self.phrases {
            occurrences[*i] += u32::from(found.find(phrase).is_some());
        }
        occurrences
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl TopicModel {
        fn predict_text(&self, text: &str) -> TopicPrediction {
            self.predict(text, None)
        }
    }

    #[test]
    fn subject_words_weigh_more() {
        let m = model();
        let body = "der Tierarzt kam wegen der Mülltonne";
        let tie = m.predict(body, None);
        assert_eq!(tie.prediction.ranking[0].1, tie.prediction.ranking[1].1);
        let p = m.predict(body, Some("Beschwerde über die Mülltonne"));
        assert_eq!(p.prediction.best().unwrap().0, "70", "{p:?}");
    }

    fn model() -> TopicModel {
        TopicModel::new(&[
            DepartmentTopics {
                department: "39".into(),
                words: vec![
                    "Tierseuche".into(),
                    "Tierarzt".into(),
                    "Rind".into(),
                    "Hund".into(),
                ],
            },
            DepartmentTopics {
                department: "70".into(),
                words: vec!["Sperrmüll".into(), "Mülltonne".into(), "Hund".into()],
            },
            DepartmentTopics {
                department: "50".into(),
                words: vec!["Hilfe zur Pflege".into(), "Grundsicherung".into()],
            },
        ])
    }

    #[test]
    fn topic_words_match_inflected_and_compound_forms() {
        let m = model();
        let p =
            m.predict_text("Die Tierseuchenkasse und der Tierarzt haben die Rinder untersucht.");
        assert_eq!(p.prediction.best().unwrap().0, "39");
        assert_eq!(p.words["39"], ["Tierseuche", "Tierarzt", "Rind"]);
        // Three words of one department, none of another.
        let three = 9.0 / (9.0 + NONE_EVIDENCE * NONE_EVIDENCE);
        assert!((p.prediction.best().unwrap().1 - three).abs() < 1e-9);
        let p = m.predict_text("Termin zur Sperrmüllabholung");
        assert_eq!(p.words["70"], ["Sperrmüll"]);
        let p = m.predict_text("Antrag auf Hilfe zur Pflege für meine Mutter");
        assert_eq!(p.prediction.best().unwrap().0, "50");
    }

    #[test]
    fn one_word_is_not_enough_and_shared_words_count_half() {
        let m = model();
        let p = m.predict_text("der Tierarzt kam");
        assert!(
            (p.prediction.best().unwrap().1 - 1.0 / (1.0 + NONE_EVIDENCE * NONE_EVIDENCE)).abs()
                < 1e-9
        );
        assert!(
            p.prediction.best().unwrap().1 < 0.7,
            "below the shipped minimum"
        );
        let two = m.predict_text("der Tierarzt und das Rind");
        assert!(two.prediction.best().unwrap().1 > 0.7, "{two:?}");
        // "Hund" belongs to two departments: half a word each.
        let p = m.predict_text("mein Hund");
        assert_eq!(p.prediction.ranking.len(), 2);
        let half = 0.25 / (0.5 + NONE_EVIDENCE * NONE_EVIDENCE);
        assert!(p
            .prediction
            .ranking
            .iter()
            .all(|(_, c)| (c - half).abs() < 1e-9));
        assert!(m
            .predict_text("Sehr geehrte Damen und Herren")
            .prediction
            .ranking
            .is_empty());
        assert!(
            m.predict_text("Hundertschaft")
                .prediction
                .ranking
                .is_empty(),
            "not a form of Hund"
        );
    }

    #[test]
    fn a_word_counts_for_its_most_specific_term_and_repeats_weigh_little() {
        let m = TopicModel::new(&[
            DepartmentTopics {
                department: "40".into(),
                words: vec!["Schule".into(), "Schulbus".into()],
            },
            DepartmentTopics {
                department: "36".into(),
                words: vec!["Fahrschule".into()],
            },
        ]);
        let p = m.predict_text("Anmeldung bei der Fahrschule");
        assert_eq!(p.words.keys().collect::<Vec<_>>(), ["36"], "{p:?}");
        let once = m.predict_text("Schule").prediction.best().unwrap().1;
        let thrice = m
            .predict_text("Schule, Schule, Schule")
            .prediction
            .best()
            .unwrap()
            .1;
        let two_words = m
            .predict_text("Schule und Schulbus")
            .prediction
            .best()
            .unwrap()
            .1;
        assert!(
            once < thrice && thrice < two_words,
            "{once} {thrice} {two_words}"
        );
    }
}
