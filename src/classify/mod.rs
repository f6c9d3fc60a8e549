//! The learned classifier: for class and for department, a multinomial Naive Bayes over the
//! document's stemmed words (the search analyzer's tokens) and the kinds of field it has.
//!
//! Why not linfa-bayes: its 0.8.1 `MultinomialNb::fit_with` still calls `dbg!` on the whole
//! class histogram (a 65 536-wide dense array per correction on stderr), and its
//! `predict_log_proba` takes log-sum-exp without subtracting the maximum, which underflows to
//! NaN for text-sized log likelihoods. The model here is sparse, incremental by construction
//! (learning one correction touches only that document's words: microseconds, whatever the
//! number of documents) and can forget a label when a person corrects it.

mod naive_bayes;

use serde::{Deserialize, Serialize};
use tantivy::tokenizer::TokenStream;

pub use naive_bayes::{NaiveBayes, Prediction};

/// Minimum examples of a label before the model may choose it.
pub const MIN_EXAMPLES: u64 = 2;

/// Turns a document into the tokens the models learn from.
pub fn tokens(text: &str, field_names: &[&str]) -> Vec<String> {
    let mut analyzer = crate::search::german_analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let t = &stream.token().text;
        // Digits carry dates and amounts, not topics.
        if t.chars().count() > 2 && !t.chars().all(|c| c.is_ascii_digit()) {
            out.push(t.clone());
        }
    }
    out.extend(field_names.iter().map(|f| format!("field:{f}")));
    out
}

/// The two models.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Classifier {
    pub class: NaiveBayes,
    pub department: NaiveBayes,
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
