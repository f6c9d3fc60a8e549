//! Word boxes from Tesseract's result iterator, kept per page for highlighting search hits.

use serde::{Deserialize, Serialize};

/// One recognised word and where it is on the page image (pixels).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Word {
    pub text: String,
    /// 0..100.
    pub confidence: f32,
    pub left: u32,
    pub top: u32,
    pub width: u32,
    pub height: u32,
}

/// Compact JSON for storage: `[[text, conf, left, top, width, height], …]`.
pub fn to_json(words: &[Word]) -> String {
    let rows: Vec<serde_json::Value> = words
        .iter()
        .map(|w| {
            serde_json::json!([
                w.text,
                (w.confidence * 10.0).round() / 10.0,
                w.left,
                w.top,
                w.width,
                w.height
            ])
        })
        .collect();
    serde_json::Value::Array(rows).to_string()
}

/// Mean word confidence, or `None` when there are no words.
pub fn mean_confidence(words: &[Word]) -> Option<f32> {
    if words.is_empty() {
        return None;
    }
    Some(words.iter().map(|w| w.confidence).sum::<f32>() / words.len() as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_and_storage_form() {
        let word = |text: &str, confidence: f32, left: u32| Word {
            text: text.into(),
            confidence,
            left,
            top: 400,
            width: 120,
            height: 40,
        };
        let words = [word("Straße", 96.5, 300), word("Grüße", 88.0, 430)];
        assert_eq!(mean_confidence(&words), Some(92.25));
        assert_eq!(to_json(&words[..1]), r#"[["Straße",96.5,300,400,120,40]]"#);
        assert_eq!(mean_confidence(&[]), None);
    }
}
