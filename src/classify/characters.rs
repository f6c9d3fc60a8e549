//! The example letters' model: ridge regression over character n-grams (one-vs-rest, solved
//! in closed form). Character n-grams see German word forms and compounds without a stemmer
//! ("Sperrmüllabholung" shares "sperr", "müll" with "des Sperrmülls"), and the ridge weighs
//! every n-gram against all departments at once instead of trusting each word on its own.
//!
//! Measured on the hand-written letter sets (`tests/routing_realistic.rs`; BENCHMARKS.md,
//! "The example letters' character model"): with each example set left out in turn, routed
//! right 528 of 584 and wrong 23, against 503 and 26 with the complement naive Bayes over
//! stemmed words; on the four sets never learned 183 of 192 and 4 wrong, against 170 and 12.
//! Unlike scikit-learn's `RidgeClassifier` the intercept is penalised like any weight (a
//! constant feature): no difference measured. Features as scikit-learn's
//! `TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)`
//! (n-grams inside space-padded words, shorter words skipped), which the parameters were
//! chosen with.

use nalgebra::DMatrix;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

use super::Prediction;

mod bytes;
pub use bytes::{fingerprint, FORMAT};

/// Shortest and longest n-gram, in characters (the padding spaces included). Part of
/// [`fingerprint`]: a kept model of other n-grams is learned again.
const SHORTEST: usize = 2;
const LONGEST: usize = 5;

/// The ridge's penalty (part of [`fingerprint`]). Over the letter sets left out in turn, 0.03
/// to 0.2 ranked the same (550 of 584 first), 1.0 fewer (537), 3.0 far fewer (512).
const ALPHA: f64 = 0.1;

/// Scores are about +1 for a letter's department and −1 for the others; divided by this
/// before the softmax, so a lead of 0.1 over the runner-up reads as 0.73 (0.1 routed the most
/// left-out letters right for the fewest wrong against `min_confidence` 0.65 and `doubt`; 0.05
/// routed 7 more wrongly, 0.2 sent 40 more right ones to triage).
pub const TEMPERATURE: f64 = 0.1;

/// The temperature of the reading that may overrule or doubt a rule: gentler, because a rule
/// names its office on purpose. Over the letter sets left out in turn and the generator's 340
/// letters (whose every letter a rule routes right): 0.1 overruled 8 of those rules wrongly and
/// doubted 9; 0.15 overruled 1 and doubted 11, with 5 fewer of the left-out letters right and 1
/// fewer wrong; 0.2 overruled none but routed one more left-out letter wrongly.
pub const RULE_TEMPERATURE: f64 = 0.15;

/// Distinct known n-grams below which a text counts as too short to be sure of: the
/// temperature rises in proportion (a letter of the hand-written sets has at least 637, a
/// note like „Hallo, bitte um Rückruf. Gruß“ 86, which would otherwise read as sure as a
/// letter: every text is scaled to unit length).
pub const SHORT: usize = 400;

/// The letters' character model; empty without example letters.
#[derive(Debug, Clone, Default)]
pub struct CharacterModel {
    labels: Vec<String>,
    /// N-gram hash → index into `idf` and the rows of `weights`.
    vocabulary: FxHashMap<u64, u32>,
    /// This process's id of `vocabulary`, for the words known from earlier texts.
    vocabulary_id: u64,
    idf: Vec<f32>,
    /// One row of `labels.len()` weights per n-gram.
    weights: Vec<f32>,
    intercept: Vec<f32>,
}

/// Calls `each` with the hash of every n-gram of `text`: inside each whitespace-separated
/// word, lower case, with a space before and after it.
fn for_each_gram(text: &str, mut each: impl FnMut(u64)) {
    let mut buffer = Vec::new();
    for w in text.split_whitespace() {
        grams_of_word(w, &mut buffer, &mut each);
    }
}

/// Calls `each` with the hash of every n-gram of one word (no whitespace in it); `word` is
/// scratch space.
fn grams_of_word(w: &str, word: &mut Vec<char>, mut each: impl FnMut(u64)) {
    word.clear();
    word.push(' ');
    word.extend(w.chars().flat_map(char::to_lowercase));
    word.push(' ');
    for n in SHORTEST..=LONGEST.min(word.len()) {
        for g in word.windows(n) {
            let mut h = FxHasher::default();
            for c in g {
                h.write_u32(*c as u32);
            }
            h.write_u8(n as u8);
            each(h.finish());
        }
    }
}

/// The n-grams of `text` with their counts.
fn grams(text: &str) -> FxHashMap<u64, u32> {
    let mut out = FxHashMap::default();
    for_each_gram(text, |g| *out.entry(g).or_insert(0) += 1);
    out
}

/// Counts of a text's known n-grams by vocabulary index, kept between texts: counting in
/// place instead of sorting every n-gram's index halved the cost of judging a letter
/// (callgrind, BENCHMARKS.md). Only the touched entries are reset after a text.
static COUNTS: std::sync::Mutex<Vec<Vec<u32>>> = std::sync::Mutex::new(Vec::new());

/// Counting buffers kept at most (one per thread judging at the same moment; more are
/// dropped after use).
const COUNTS_KEPT: usize = 16;

/// A text's known n-grams word by word: what [`CharacterModel::telling_words`] needs without
/// looking every n-gram up in the vocabulary a second time.
#[derive(Debug, Clone, Default)]
struct WordGrams {
    /// The known n-grams of each distinct word, one word after the other, as positions in the
    /// text's vector.
    positions: Vec<u32>,
    /// For each whitespace-separated word of the text, in order, its range of `positions`.
    words: Vec<(u32, u32)>,
}

thread_local! {
    /// Each word's known n-grams (vocabulary indices, in order) from earlier texts.
    static KNOWN_WORDS: std::cell::RefCell<crate::word_memo::Memos> =
        const { std::cell::RefCell::new(crate::word_memo::Memos::new()) };
}

/// A text as a unit-length vector over the vocabulary: (1 + ln count) × idf per known
/// n-gram, sorted by index (the sums below add up in the same order whatever the text's
/// order), and its known n-grams word by word. Unknown n-grams are dropped as they come:
/// routing a letter costs one lookup per n-gram of each distinct word met for the first time
/// on this thread (`word_memo`); a word met before, in this text or an earlier one, counts
/// its known n-grams again without looking them up.
fn vector(
    text: &str,
    vocabulary: &FxHashMap<u64, u32>,
    vocabulary_id: u64,
    idf: &[f32],
) -> (Vec<(u32, f32)>, WordGrams) {
    let mut counts = COUNTS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .pop()
        .unwrap_or_default();
    if counts.len() < idf.len() {
        counts.resize(idf.len(), 0);
    }
    let mut touched: Vec<u32> = Vec::with_capacity(text.len());
    let mut found = WordGrams::default();
    let mut seen: FxHashMap<&str, (u32, u32)> = FxHashMap::default();
    let mut buffer = Vec::with_capacity(32);
    crate::word_memo::with(&KNOWN_WORDS, vocabulary_id, |known| {
        for w in text.split_whitespace() {
            let range = match seen.get(w) {
                Some(&(from, to)) => {
                    // Counted before, so none of them is new.
                    for i in &found.positions[from as usize..to as usize] {
                        counts[*i as usize] += 1;
                    }
                    (from, to)
                }
                None => {
                    let from = found.positions.len();
                    let mut count = |i: u32| {
                        let c = &mut counts[i as usize];
                        if *c == 0 {
                            touched.push(i);
                        }
                        *c += 1;
                        found.positions.push(i);
                    };
                    match known.get(w) {
                        Some(indices) => indices.iter().for_each(|&i| count(i)),
                        None => {
                            grams_of_word(w, &mut buffer, |g| {
                                if let Some(&i) = vocabulary.get(&g) {
                                    count(i);
                                }
                            });
                            crate::word_memo::keep(known, w, &found.positions[from..]);
                        }
                    }
                    let range = (from as u32, found.positions.len() as u32);
                    seen.insert(w, range);
                    range
                }
            };
            found.words.push(range);
        }
    });
    // Sorting the distinct n-grams (about a third of all) costs little.
    touched.sort_unstable();
    let mut v: Vec<(u32, f32)> = touched
        .into_iter()
        .map(|i| {
            let c = std::mem::take(&mut counts[i as usize]);
            (i, (1.0 + (c as f32).ln()) * idf[i as usize])
        })
        .collect();
    // Vocabulary index → position in `v`, through the counting buffer (zero again after).
    for (p, (i, _)) in v.iter().enumerate() {
        counts[*i as usize] = p as u32;
    }
    for i in found.positions.iter_mut() {
        *i = counts[*i as usize];
    }
    for (i, _) in &v {
        counts[*i as usize] = 0;
    }
    {
        let mut kept = COUNTS.lock().unwrap_or_else(|e| e.into_inner());
        if kept.len() < COUNTS_KEPT {
            kept.push(counts);
        }
    }
    let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, x)| *x /= norm);
    }
    (v, found)
}

impl CharacterModel {
    /// Learns from `(label, text)` letters; empty with fewer than two labels.
    pub fn learn(letters: &[(&str, &str)]) -> CharacterModel {
        let mut labels: Vec<String> = letters.iter().map(|(l, _)| l.to_string()).collect();
        labels.sort();
        labels.dedup();
        if labels.len() < 2 {
            return CharacterModel::default();
        }
        // Letter by letter: all letters' n-gram sets at once took ~50 MB for the shipped 584
        // letters, at the moment the OCR engines load (peak RSS of a first start).
        let mut df: FxHashMap<u64, u32> = FxHashMap::default();
        for (_, text) in letters {
            for g in grams(text).into_keys() {
                *df.entry(g).or_insert(0) += 1;
            }
        }
        // N-grams of a single letter say nothing about the next one (scikit-learn's min_df=2).
        let mut kept: Vec<(u64, u32)> = df.into_iter().filter(|(_, d)| *d >= 2).collect();
        kept.sort_unstable();
        let n = letters.len();
        let vocabulary: FxHashMap<u64, u32> = kept
            .iter()
            .enumerate()
            .map(|(i, (g, _))| (*g, i as u32))
            .collect();
        let idf: Vec<f32> = kept
            .iter()
            .map(|(_, d)| (((1 + n) as f32) / ((1 + d) as f32)).ln() + 1.0)
            .collect();
        let vocabulary_id = crate::word_memo::new_owner_id();
        let rows: Vec<Vec<(u32, f32)>> = letters
            .iter()
            .map(|(_, t)| vector(t, &vocabulary, vocabulary_id, &idf).0)
            .collect();
        // The dual problem: (X Xᵀ + 1 + αI) A = Y, the 1 being a constant feature (the
        // intercept). With a few hundred letters and tens of thousands of n-grams this is far
        // smaller than the primal one. X Xᵀ is summed n-gram by n-gram over the letters that
        // have it: a third of the work of a dot product per pair of letters.
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); kept.len()];
        for (i, row) in rows.iter().enumerate() {
            for (t, x) in row {
                postings[*t as usize].push((i as u32, *x));
            }
        }
        let mut lower = vec![0.0f32; n * n];
        for p in &postings {
            for (a, (i, xi)) in p.iter().enumerate() {
                let line = &mut lower[*i as usize * n..];
                for (j, xj) in &p[..=a] {
                    line[*j as usize] += xi * xj;
                }
            }
        }
        let gram = DMatrix::<f64>::from_fn(n, n, |i, j| {
            let (i, j) = if j > i { (j, i) } else { (i, j) };
            let alpha = if i == j { ALPHA } else { 0.0 };
            f64::from(lower[i * n + j]) + 1.0 + alpha
        });
        let targets = DMatrix::<f64>::from_fn(n, labels.len(), |i, c| {
            if labels[c] == letters[i].0 {
                1.0
            } else {
                -1.0
            }
        });
        let Some(cholesky) = gram.cholesky() else {
            // Positive definite by construction (a Gram matrix plus αI); kept as no opinion.
            return CharacterModel::default();
        };
        let dual = cholesky.solve(&targets);
        let width = labels.len();
        let mut weights = vec![0.0f32; kept.len() * width];
        for (i, row) in rows.iter().enumerate() {
            for (t, x) in row {
                let w = &mut weights[*t as usize * width..(*t as usize + 1) * width];
                for (c, w) in w.iter_mut().enumerate() {
                    *w += x * dual[(i, c)] as f32;
                }
            }
        }
        let intercept = (0..width).map(|c| dual.column(c).sum() as f32).collect();
        CharacterModel {
            labels,
            vocabulary,
            vocabulary_id,
            idf,
            weights,
            intercept,
        }
    }

    /// Whether the model learned anything.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Each department's raw score for `text` (about +1 for its own letters).
    pub fn judge(&self, text: &str) -> Scores {
        if self.is_empty() {
            return Scores::default();
        }
        let width = self.labels.len();
        let mut scores: Vec<f32> = self.intercept.clone();
        let (v, words) = vector(text, &self.vocabulary, self.vocabulary_id, &self.idf);
        for (t, x) in &v {
            let w = &self.weights[*t as usize * width..(*t as usize + 1) * width];
            scores.iter_mut().zip(w).for_each(|(s, w)| *s += x * w);
        }
        Scores {
            scores: self
                .labels
                .iter()
                .cloned()
                .zip(scores.into_iter().map(f64::from))
                .collect(),
            known: v.len(),
            vector: v,
            words,
        }
    }

    /// Up to `n` words of `text` that speak most for `label`, best first: each distinct word
    /// scored by its n-grams' share of the letter's score for `label` (an n-gram two words
    /// share counts for both). What a person reads in a reason ("its words here: …").
    /// `judged` is this model's [`CharacterModel::judge`] of the same text.
    pub fn telling_words(&self, text: &str, judged: &Scores, label: &str, n: usize) -> Vec<String> {
        let Some(c) = self.labels.iter().position(|l| l == label) else {
            return Vec::new();
        };
        let width = self.labels.len();
        let mut scored: Vec<(f32, String)> = Vec::new();
        let mut seen = rustc_hash::FxHashSet::default();
        let found = &judged.words;
        for (k, word) in text.split_whitespace().enumerate() {
            // The word's n-grams, found when the same text was judged.
            let positions = found
                .words
                .get(k)
                .and_then(|(from, to)| found.positions.get(*from as usize..*to as usize))
                .unwrap_or_default();
            let shown = word.trim_matches(|ch: char| !ch.is_alphanumeric());
            if shown.chars().count() < 3 || !seen.insert(shown.to_lowercase()) {
                continue;
            }
            // (`judged` of another model or text gives wrong words, never a panic.)
            let mut score = 0.0f32;
            for p in positions {
                if let Some((t, x)) = judged.vector.get(*p as usize) {
                    score += x * self.weights.get(*t as usize * width + c).unwrap_or(&0.0);
                }
            }
            if score > 0.0 {
                scored.push((score, shown.to_string()));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        scored.into_iter().take(n).map(|(_, w)| w).collect()
    }

    /// The departments' probabilities for `text` at [`TEMPERATURE`].
    pub fn predict(&self, text: &str) -> Prediction {
        self.judge(text).prediction(TEMPERATURE)
    }
}

/// Four short letters of two departments (70: bulky waste, 39: animals), for the tests of
/// this model, its bytes and its kept copy.
#[cfg(test)]
pub(crate) const FOUR_LETTERS: [(&str, &str); 4] = [
    ("70", "Bitte holen Sie unseren Sperrmüll ab, einen Schrank."),
    ("70", "Die Abholung des Sperrmülls wurde vergessen."),
    (
        "39",
        "Auf der Weide liegt ein totes Rind, bitte holen Sie es ab.",
    ),
    (
        "39",
        "Das Rind des Nachbarn auf der Weide wird nicht versorgt.",
    ),
];

/// A text's scores per department and how many distinct n-grams of it the model knows.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub scores: Vec<(String, f64)>,
    pub known: usize,
    /// The text's vector (vocabulary index, weight), for [`CharacterModel::telling_words`].
    vector: Vec<(u32, f32)>,
    /// Where the text's words' n-grams are in `vector`.
    words: WordGrams,
}

impl Scores {
    /// The softmax of the scores over `temperature`, raised for texts shorter than [`SHORT`].
    pub fn prediction(&self, temperature: f64) -> Prediction {
        let temperature = temperature * (SHORT as f64 / self.known.max(1) as f64).max(1.0);
        Prediction::from_scores(
            self.scores
                .iter()
                .map(|(l, s)| (l.clone(), s / temperature)),
        )
    }
}

#[cfg(test)]
mod tests;
