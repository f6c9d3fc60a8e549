//! The learned classifier: for class and for department, a multinomial Naive Bayes over the
//! document's stemmed words (the search analyzer's tokens) and the kinds of field it has.
//!
//! Why not linfa-bayes: its 0.8.1 `MultinomialNb::fit_with` still calls `dbg!` on the whole
//! class histogram (a 65 536-wide dense array per correction on stderr), and its
//! `predict_log_proba` takes log-sum-exp without subtracting the maximum, which underflows to
//! NaN for text-sized log likelihoods. The model here is sparse, incremental by construction
//! (learning one correction touches only that document's words: microseconds, whatever the
//! number of documents) and can forget a label when a person corrects it.

pub mod characters;
pub mod letters;
mod naive_bayes;
pub mod topics;

use serde::{Deserialize, Serialize};

pub use naive_bayes::{NaiveBayes, Prediction};
pub use topics::{DepartmentTopics, TopicModel, TopicPrediction};

/// Minimum examples of a label before the model may choose it.
pub const MIN_EXAMPLES: u64 = 2;

/// How sure an opinion must be to contradict another (see [`blend`]).
pub const CONTRADICTS: f64 = 0.5;

/// The department model's answer, warm-started: each department gets the higher of the two
/// opinions, the topic words' and the learned model's. The learned model's doubt is no vote
/// against a department: a letter unlike the corrections so far spreads its probability thinly
/// over many departments, which for a letter the task words place clearly is no reason to hold
/// it back. Only a contradiction is: when the two name different departments, each at least
/// [`CONTRADICTS`] sure, both are scaled down by their sum, so the letter goes to triage instead
/// of to either side.
pub fn blend(topics: &Prediction, learned: &Prediction) -> Prediction {
    let mut by_label: std::collections::BTreeMap<&str, f64> = Default::default();
    for (l, p) in topics.ranking.iter().chain(&learned.ranking) {
        let e = by_label.entry(l).or_default();
        *e = e.max(*p);
    }
    if let (Some((a, pa)), Some((b, pb))) = (topics.best(), learned.best()) {
        if a != b && pa >= CONTRADICTS && pb >= CONTRADICTS {
            let sum = by_label[a] + by_label[b];
            for l in [a, b] {
                if let Some(p) = by_label.get_mut(l) {
                    *p /= sum;
                }
            }
        }
    }
    let mut ranking: Vec<(String, f64)> = by_label
        .into_iter()
        .map(|(l, p)| (l.to_string(), p))
        .collect();
    ranking.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Prediction { ranking }
}

/// Turns a document into the tokens the models learn from.
pub fn tokens(text: &str, field_names: &[&str]) -> Vec<String> {
    let mut out = crate::text::topic_terms(text);
    out.extend(field_names.iter().map(|f| format!("field:{f}")));
    out
}

/// The two models, and the latest corrected letters the character model learns besides the
/// example letters (absent from model files written before them).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Classifier {
    pub class: NaiveBayes,
    pub department: NaiveBayes,
    #[serde(default)]
    pub letters: letters::CorrectedLetters,
}

impl Classifier {
    /// Learns a confirmed or corrected routing.
    pub fn learn(&mut self, tokens: &[String], class: Option<&str>, department: Option<&str>) {
        if let Some(c) = class {
            self.class.learn(c, tokens);
        }
        if let Some(d) = department {
            self.department.learn(d, tokens);
        }
    }

    /// Forgets an earlier routing of the same document (before learning its correction).
    pub fn forget(&mut self, tokens: &[String], class: Option<&str>, department: Option<&str>) {
        if let Some(c) = class {
            self.class.forget(c, tokens);
        }
        if let Some(d) = department {
            self.department.forget(d, tokens);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(pairs: &[(&str, f64)]) -> Prediction {
        Prediction {
            ranking: pairs.iter().map(|(l, p)| (l.to_string(), *p)).collect(),
        }
    }

    #[test]
    fn a_model_file_from_before_the_kept_letters_still_loads() {
        let mut model = Classifier::default();
        model.learn(&["sperrmüll".to_string()], Some("Antrag"), Some("70"));
        let mut json = serde_json::to_value(&model).unwrap();
        json.as_object_mut().unwrap().remove("letters");
        let loaded: Classifier = serde_json::from_value(json).unwrap();
        assert!(loaded.letters.is_empty());
        assert_eq!(loaded.department.examples().get("70"), Some(&1));
    }

    #[test]
    fn blending_keeps_the_surer_opinion_and_turns_conflicts_into_doubt() {
        let topics = p(&[("50", 0.86)]);
        // The learned model barely knows the letter: the task words decide.
        let b = blend(&topics, &p(&[("50", 0.2), ("20", 0.05)]));
        assert_eq!(b.best().unwrap().0, "50");
        assert!((b.best().unwrap().1 - 0.86).abs() < 1e-9, "{b:?}");
        // The learned model sure, the task words silent: the learned model.
        let b = blend(&p(&[("50", 0.4)]), &p(&[("20", 0.9)]));
        assert_eq!(b.best().unwrap(), ("20", 0.9));
        // Nothing learned: the topic words alone; no topic words: the learned model alone.
        assert_eq!(blend(&topics, &Prediction::default()), topics);
        assert_eq!(blend(&Prediction::default(), &topics), topics);
        // Both sure, of different departments: neither is sure any more.
        let b = blend(&p(&[("50", 0.8)]), &p(&[("20", 0.9)]));
        assert!(b.ranking.iter().all(|(_, c)| *c < 0.6), "{b:?}");
    }
}
