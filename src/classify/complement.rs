//! Complement Naive Bayes (Rennie et al., "Tackling the Poor Assumptions of Naive Bayes Text
//! Classifiers", 2003) over two sets of counts at once: the example letters shipped with the
//! configuration and the corrections people made. Each department is scored by how badly the
//! words of *all other* departments explain the letter, which is far steadier than plain naive
//! Bayes when departments have few and unevenly many examples.
//!
//! Measured on the hand-written letter sets (`tests/routing_realistic.rs`, leave one set out):
//! with the examples, 503 of 584 letters of a set the model had not seen were routed right
//! and 26 wrong (465 and 25 without, tuned on those sets), and 81 of the two newest sets' 96
//! with 8 wrong (71 and 11 without); the plain model of `naive_bayes.rs`, trained on the same
//! examples, ranked the right department first for fewer than half (BENCHMARKS.md, "Routing
//! on day one").

use rustc_hash::FxHashMap;

use super::naive_bayes::NaiveBayes;
use super::{Prediction, MIN_EXAMPLES};

/// Additive smoothing of the complement counts (0.3 beat 0.1 and 1.0 on the letter sets).
pub const ALPHA: f64 = 0.3;

/// Scores are log likelihoods summed over every word; divided by at least this before the
/// softmax, so a lead of two nats over the runner-up reads as 0.73, four as 0.88 (2 routed the
/// most letters right with the fewest wrong over the letter sets; 4 and more sent right ones
/// to triage).
pub const TEMPERATURE: f64 = 2.0;

/// Words per unit of temperature beyond [`TEMPERATURE`]: scores grow with the number of
/// words, so a long document (a ten-page scan) would otherwise look near-certain to the
/// thresholds tuned on letters. A letter of up to 120 known words keeps 2.0; measured over the
/// left-out sets, 60 routed as 2.0 alone did with one wrong fewer, 40 sent right ones to triage.
pub const WORDS_PER_DEGREE: f64 = 60.0;

fn temperature(known_words: f64) -> f64 {
    (known_words / WORDS_PER_DEGREE).max(TEMPERATURE)
}

/// The example letters' counts arranged for ranking: for each word, its count per department,
/// so that a routed letter costs one lookup per distinct word, not one per word and department.
#[derive(Debug, Clone, Default)]
pub struct ExampleCounts {
    labels: Vec<String>,
    documents: Vec<u64>,
    tokens: Vec<u64>,
    /// Word → (index into `labels`, count), only where the count is not zero.
    words: FxHashMap<String, Vec<(u32, u64)>>,
}

impl ExampleCounts {
    /// Arranges a model learned from the example letters.
    pub fn new(model: &NaiveBayes) -> ExampleCounts {
        let mut out = ExampleCounts::default();
        for (i, (label, l)) in model.labels.iter().enumerate() {
            out.labels.push(label.clone());
            out.documents.push(l.documents);
            out.tokens.push(l.tokens);
            for (word, count) in &l.counts {
                out.words
                    .entry(word.clone())
                    .or_default()
                    .push((i as u32, *count));
            }
        }
        out
    }

    /// Example letters learned.
    pub fn letters(&self) -> u64 {
        self.documents.iter().sum()
    }
}

/// The departments' probabilities for `tokens` under the examples' and the corrections' counts
/// together; only labels with at least [`MIN_EXAMPLES`] documents in all are ranked, and at
/// least two are needed. `label` maps a correction's department to the label the examples
/// were learned under (a town's youth office counts for the county's, see
/// `Departments::model_label`).
pub fn predict(
    examples: &ExampleCounts,
    learned: &NaiveBayes,
    label: &dyn Fn(&str) -> String,
    tokens: &[String],
) -> Prediction {
    // Labels: the examples' first, then those only corrections have.
    let mut labels: Vec<String> = examples.labels.clone();
    let mut documents = examples.documents.clone();
    let mut label_tokens = examples.tokens.clone();
    let mut learned_index = Vec::with_capacity(learned.labels.len());
    for (department, l) in &learned.labels {
        let name = label(department);
        let i = match labels.iter().position(|x| *x == name) {
            Some(i) => i,
            None => {
                labels.push(name);
                documents.push(0);
                label_tokens.push(0);
                labels.len() - 1
            }
        };
        documents[i] += l.documents;
        label_tokens[i] += l.tokens;
        learned_index.push((i, l));
    }
    let usable: Vec<bool> = documents.iter().map(|d| *d >= MIN_EXAMPLES).collect();
    if usable.iter().filter(|u| **u).count() < 2 || tokens.is_empty() {
        return Prediction::default();
    }
    let all_tokens: u64 = label_tokens.iter().sum();
    // Words shared by examples and corrections count twice: close enough for smoothing, and
    // no pass over the corrections' vocabulary per letter.
    let vocabulary = (examples.words.len() + learned.vocabulary.len()).max(1) as f64;
    let mut distinct: FxHashMap<&str, f64> = FxHashMap::default();
    for t in tokens {
        *distinct.entry(t.as_str()).or_insert(0.0) += 1.0;
    }
    // score = Σ x_w · (ln(αV + complement tokens) − ln(α + complement count of w))
    let mut scores = vec![0.0; labels.len()];
    let mut n = 0.0;
    let mut counts = vec![0u64; labels.len()];
    for (word, times) in distinct {
        let from_examples = examples.words.get(word);
        let known = from_examples.is_some() || learned.vocabulary.contains_key(word);
        if !known {
            continue;
        }
        n += times;
        counts.iter_mut().for_each(|c| *c = 0);
        for (i, c) in from_examples.into_iter().flatten() {
            counts[*i as usize] += c;
        }
        for (i, l) in &learned_index {
            counts[*i] += l.counts.get(word).copied().unwrap_or(0);
        }
        let all: u64 = counts.iter().sum();
        for (score, count) in scores.iter_mut().zip(&counts) {
            *score -= times * (ALPHA + (all - count) as f64).ln();
        }
    }
    for (score, t) in scores.iter_mut().zip(&label_tokens) {
        *score += n * (ALPHA * vocabulary + (all_tokens - t) as f64).ln();
    }
    Prediction::from_scores(
        scores
            .iter()
            .enumerate()
            .filter(|(i, _)| usable[*i])
            .map(|(i, s)| (labels[i].clone(), *s / temperature(n))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    fn same(label: &str) -> String {
        label.to_string()
    }

    #[test]
    fn pools_examples_and_corrections_and_ranks_by_the_complement() {
        let mut letters = NaiveBayes::default();
        for _ in 0..3 {
            letters.learn("39", &t("hund tierhaltung tierarzt haltung"));
            letters.learn("40", &t("schulbus schüler fahrkosten schule"));
        }
        let examples = ExampleCounts::new(&letters);
        assert_eq!(examples.letters(), 6);
        let nothing = NaiveBayes::default();
        let p = predict(&examples, &nothing, &same, &t("der hund und der tierarzt"));
        assert_eq!(p.best().unwrap().0, "39", "{p:?}");
        assert!(p.best().unwrap().1 > 0.9, "{p:?}");
        let sum: f64 = p.ranking.iter().map(|(_, p)| p).sum();
        assert!((sum - 1.0).abs() < 1e-9, "{p:?}");
        // Words no model knows: no opinion either way.
        let unsure = predict(&examples, &nothing, &same, &t("völlig anderes thema"));
        assert!((unsure.best().unwrap().1 - 0.5).abs() < 1e-9, "{unsure:?}");
        // A correction counts as much as an example: letters about a dog on the school bus,
        // corrected to 40, turn "hund schulbus" around.
        let mut corrections = NaiveBayes::default();
        let before = predict(&examples, &corrections, &same, &t("hund hund schulbus"));
        assert_eq!(before.best().unwrap().0, "39", "{before:?}");
        for _ in 0..4 {
            corrections.learn("40", &t("hund schulbus hund"));
        }
        let after = predict(&examples, &corrections, &same, &t("hund hund schulbus"));
        assert_eq!(after.best().unwrap().0, "40", "{after:?}");
        // Corrections under a town office's id count for the office it takes over.
        let fold = |l: &str| {
            if l == "JA-X" {
                "40".into()
            } else {
                l.to_string()
            }
        };
        let mut town = NaiveBayes::default();
        for _ in 0..4 {
            town.learn("JA-X", &t("hund schulbus hund"));
        }
        let folded = predict(&examples, &town, &fold, &t("hund hund schulbus"));
        assert_eq!(folded.best().unwrap().0, "40", "{folded:?}");
        assert!(
            folded.ranking.iter().all(|(l, _)| l != "JA-X"),
            "{folded:?}"
        );
        // A department only corrections know joins the ranking.
        for _ in 0..2 {
            corrections.learn("70", &t("sperrmüll abholung"));
        }
        let waste = predict(
            &examples,
            &corrections,
            &same,
            &t("sperrmüll abholung bitte"),
        );
        assert_eq!(waste.best().unwrap().0, "70", "{waste:?}");
        // One label with examples is no choice.
        let mut one = NaiveBayes::default();
        one.learn("39", &t("hund"));
        one.learn("39", &t("katze"));
        assert!(
            predict(&ExampleCounts::new(&one), &nothing, &same, &t("hund"))
                .ranking
                .is_empty()
        );
    }
}
