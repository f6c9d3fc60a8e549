//! Sparse multinomial Naive Bayes with Laplace smoothing.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::MIN_EXAMPLES;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct Label {
    pub(super) documents: u64,
    pub(super) tokens: u64,
    /// Fx hashing: looked up once per distinct word of every routed document and label.
    pub(super) counts: FxHashMap<String, u64>,
}

/// Prior weight of the "none of these" competitor (all learned documents pooled) against the
/// labels. Measured with `cargo bench --bench routing` (BENCHMARKS.md): 0.1 keeps a model that
/// has seen one correction per kind from routing wrongly (8 % wrong without it, 0 % with it)
/// and costs little once each kind has a few corrections; 1.0 sent most letters to triage.
const NONE_WEIGHT: f64 = 0.1;

/// One model: labels with their token counts.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NaiveBayes {
    pub(super) labels: BTreeMap<String, Label>,
    /// How many labels use each token (its size is the vocabulary for smoothing).
    pub(super) vocabulary: FxHashMap<String, u32>,
}

/// The model's answer: labels with probabilities, best first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    pub ranking: Vec<(String, f64)>,
}

impl Prediction {
    /// The softmax of log-scores, the best first (ties by label); the maximum is subtracted
    /// first, so text-sized scores do not overflow.
    pub fn from_scores(scores: impl IntoIterator<Item = (String, f64)>) -> Prediction {
        let mut ranking: Vec<(String, f64)> = scores.into_iter().collect();
        let max = ranking
            .iter()
            .map(|(_, s)| *s)
            .fold(f64::NEG_INFINITY, f64::max);
        let sum: f64 = ranking.iter().map(|(_, s)| (s - max).exp()).sum();
        ranking
            .iter_mut()
            .for_each(|(_, s)| *s = (*s - max).exp() / sum);
        ranking.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Prediction { ranking }
    }

    /// The best label and its probability.
    pub fn best(&self) -> Option<(&str, f64)> {
        self.ranking.first().map(|(l, p)| (l.as_str(), *p))
    }
}

impl NaiveBayes {
    /// Adds one document with `label`.
    pub fn learn(&mut self, label: &str, tokens: &[String]) {
        let entry = self.labels.entry(label.to_string()).or_default();
        entry.documents += 1;
        for t in tokens {
            let c = entry.counts.entry(t.clone()).or_insert(0);
            if *c == 0 {
                *self.vocabulary.entry(t.clone()).or_insert(0) += 1;
            }
            *c += 1;
            entry.tokens += 1;
        }
    }

    /// Removes one document with `label` (a person corrected it).
    pub fn forget(&mut self, label: &str, tokens: &[String]) {
        let Some(entry) = self.labels.get_mut(label) else {
            return;
        };
        entry.documents = entry.documents.saturating_sub(1);
        for t in tokens {
            if let Some(c) = entry.counts.get_mut(t) {
                *c -= 1;
                entry.tokens -= 1;
                if *c == 0 {
                    entry.counts.remove(t);
                    if let Some(v) = self.vocabulary.get_mut(t) {
                        *v -= 1;
                        if *v == 0 {
                            self.vocabulary.remove(t);
                        }
                    }
                }
            }
        }
        if entry.documents == 0 {
            self.labels.remove(label);
        }
    }

    /// Documents learned per label.
    pub fn examples(&self) -> BTreeMap<String, u64> {
        self.labels
            .iter()
            .map(|(l, s)| (l.clone(), s.documents))
            .collect()
    }

    /// Whether [`NaiveBayes::predict`] can rank anything: two labels with at least
    /// [`MIN_EXAMPLES`] documents each (else the tokens need not be made).
    pub fn ranks(&self) -> bool {
        self.labels
            .values()
            .filter(|s| s.documents >= MIN_EXAMPLES)
            .nth(1)
            .is_some()
    }

    /// Probabilities of the labels with at least [`MIN_EXAMPLES`] documents. Naive Bayes is
    /// near-certain on long texts (every word multiplies the odds), so log likelihoods are
    /// tempered by the document's length before the (max-shifted, stable) softmax; the result
    /// separates "clearly this" from "could be several" well enough to send the latter to
    /// triage. The probabilities sum to at most 1: the rest is "none of these" (see
    /// [`NONE_WEIGHT`]).
    pub fn predict(&self, tokens: &[String]) -> Prediction {
        let usable: Vec<(&String, &Label)> = self
            .labels
            .iter()
            .filter(|(_, s)| s.documents >= MIN_EXAMPLES)
            .collect();
        if usable.len() < 2 || tokens.is_empty() {
            return Prediction {
                ranking: Vec::new(),
            };
        }
        let total_docs: u64 = usable.iter().map(|(_, s)| s.documents).sum();
        let v = self.vocabulary.len().max(1) as f64;
        let n = tokens.len() as f64;
        let temperature = (n / 10.0).max(1.0);
        // A token a label never saw adds ln(0 + 1) - denom = -denom: every token adds -denom
        // (n · denom in all), and only tokens the label saw add ln(count + 1) on top. So each
        // distinct token is looked up once per label, words no label knows not at all.
        let mut distinct: FxHashMap<&str, f64> = FxHashMap::default();
        for t in tokens {
            *distinct.entry(t.as_str()).or_insert(0.0) += 1.0;
        }
        let mut seen = vec![0.0; usable.len()];
        let mut pooled_seen = 0.0;
        for (t, times) in distinct {
            if !self.vocabulary.contains_key(t) {
                continue;
            }
            let mut all = 0u64;
            let mut u = 0;
            for label in self.labels.values() {
                let count = label.counts.get(t).copied().unwrap_or(0);
                all += count;
                let is_usable = label.documents >= MIN_EXAMPLES;
                if is_usable {
                    if count > 0 {
                        seen[u] += times * (count as f64 + 1.0).ln();
                    }
                    u += 1;
                }
            }
            if all > 0 {
                pooled_seen += times * (all as f64 + 1.0).ln();
            }
        }
        let mut scores: Vec<(String, f64)> = usable
            .iter()
            .zip(&seen)
            .map(|((label, s), seen)| {
                let prior = (s.documents as f64 / total_docs as f64).ln();
                let denom = (s.tokens as f64 + v).ln();
                ((*label).clone(), prior + (seen - n * denom) / temperature)
            })
            .collect();
        // "None of these": all learned documents pooled stand for letters in general. A label
        // is only sure if it explains the document clearly better than that; a letter of a kind
        // nobody has corrected yet is explained about as well by the pool as by any label.
        let pooled_tokens: u64 = self.labels.values().map(|s| s.tokens).sum();
        let pooled_denom = (pooled_tokens as f64 + v).ln();
        let pooled = pooled_seen - n * pooled_denom;
        let none_prior = (NONE_WEIGHT / (usable.len() as f64 + 1.0)).ln();
        scores.push((String::new(), none_prior + pooled / temperature));
        let mut p = Prediction::from_scores(scores);
        p.ranking.retain(|(label, _)| !label.is_empty());
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn learns_separates_and_forgets() {
        let mut nb = NaiveBayes::default();
        assert!(nb.predict(&t("hund")).ranking.is_empty(), "nothing learned");
        assert!(!nb.ranks());
        for i in 0..3 {
            nb.learn("39", &t("hund tierhaltung tierarzt haltung"));
            // `ranks` says exactly when `predict` has an opinion (the router skips making
            // the tokens otherwise).
            assert_eq!(
                nb.ranks(),
                !nb.predict(&t("hund")).ranking.is_empty(),
                "{i}"
            );
            nb.learn("40", &t("schulbus schüler fahrkosten schule"));
            assert_eq!(
                nb.ranks(),
                !nb.predict(&t("hund")).ranking.is_empty(),
                "{i}"
            );
        }
        assert!(nb.ranks());
        let p = nb.predict(&t("der hund und der tierarzt"));
        assert_eq!(p.best().unwrap().0, "39");
        assert!(p.best().unwrap().1 > 0.8, "{p:?}");
        // What is missing to 1 is "none of these".
        let sum: f64 = p.ranking.iter().map(|(_, p)| p).sum();
        assert!(sum <= 1.0 + 1e-9 && sum > 0.8, "{p:?}");
        // Unknown words: no reason to be sure.
        let unsure = nb.predict(&t("völlig anderes thema"));
        assert!(unsure.best().unwrap().1 < 0.6, "{unsure:?}");
        for _ in 0..3 {
            nb.forget("39", &t("hund tierhaltung tierarzt haltung"));
        }
        assert_eq!(nb.examples().get("39"), None);
        assert!(nb.predict(&t("hund")).ranking.is_empty(), "one label left");
        assert!(!nb.ranks());
    }

    #[test]
    fn stays_finite_on_long_documents() {
        let mut nb = NaiveBayes::default();
        let long_a: Vec<String> = (0..5000).map(|i| format!("a{}", i % 50)).collect();
        let long_b: Vec<String> = (0..5000).map(|i| format!("b{}", i % 50)).collect();
        for _ in 0..2 {
            nb.learn("A", &long_a);
            nb.learn("B", &long_b);
        }
        let p = nb.predict(&long_a);
        assert!(p.ranking.iter().all(|(_, p)| p.is_finite()));
        assert_eq!(p.best().unwrap().0, "A");
    }

    /// The textbook formula, token by token (as `predict` computed it before it summed per
    /// distinct token): both must rank alike with the same probabilities.
    fn reference(nb: &NaiveBayes, tokens: &[String]) -> Vec<(String, f64)> {
        let usable: Vec<(&String, &Label)> = nb
            .labels
            .iter()
            .filter(|(_, s)| s.documents >= MIN_EXAMPLES)
            .collect();
        let total: u64 = usable.iter().map(|(_, s)| s.documents).sum();
        let v = nb.vocabulary.len().max(1) as f64;
        let temperature = (tokens.len() as f64 / 10.0).max(1.0);
        let mut scores: Vec<(String, f64)> = usable
            .iter()
            .map(|(label, s)| {
                let denom = (s.tokens as f64 + v).ln();
                let l: f64 = tokens
                    .iter()
                    .map(|t| (*s.counts.get(t).unwrap_or(&0) as f64 + 1.0).ln() - denom)
                    .sum();
                let prior = (s.documents as f64 / total as f64).ln();
                ((*label).clone(), prior + l / temperature)
            })
            .collect();
        let pooled_denom = (nb.labels.values().map(|s| s.tokens).sum::<u64>() as f64 + v).ln();
        let pooled: f64 = tokens
            .iter()
            .map(|t| {
                let n: u64 = nb
                    .labels
                    .values()
                    .map(|s| *s.counts.get(t).unwrap_or(&0))
                    .sum();
                (n as f64 + 1.0).ln() - pooled_denom
            })
            .sum();
        let none = (NONE_WEIGHT / (usable.len() as f64 + 1.0)).ln() + pooled / temperature;
        scores.push((String::new(), none));
        let max = scores
            .iter()
            .map(|(_, s)| *s)
            .fold(f64::NEG_INFINITY, f64::max);
        let sum: f64 = scores.iter().map(|(_, s)| (s - max).exp()).sum();
        scores
            .iter_mut()
            .for_each(|(_, s)| *s = (*s - max).exp() / sum);
        scores.retain(|(l, _)| !l.is_empty());
        scores.sort_by(|a, b| b.1.total_cmp(&a.1));
        scores
    }

    #[test]
    fn summing_per_distinct_token_gives_the_textbook_probabilities() {
        let mut nb = NaiveBayes::default();
        for i in 0..4 {
            nb.learn("39", &t(&format!("hund tierarzt hund rind stall{i}")));
            nb.learn(
                "40",
                &t(&format!("schulbus schule fahrkarte schule klasse{i}")),
            );
            nb.learn("50", &t(&format!("grundsicherung antrag rente hund{i}")));
        }
        nb.learn("70", &t("müll tonne"));
        for text in [
            "der hund und der tierarzt im stall hund hund",
            "antrag auf schulbus fahrkarte und grundsicherung",
            "völlig unbekannte wörter",
            "müll tonne hund",
        ] {
            let got = nb.predict(&t(text)).ranking;
            let want = reference(&nb, &t(text));
            assert_eq!(got.len(), want.len(), "{text}");
            for ((gl, gp), (wl, wp)) in got.iter().zip(&want) {
                assert_eq!(gl, wl, "{text}");
                assert!((gp - wp).abs() < 1e-9, "{text}: {gp} vs {wp}");
            }
        }
    }
}
