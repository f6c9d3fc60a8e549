//! Word boxes from Tesseract's TSV output, kept per page for highlighting search hits.

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

/// Parses Tesseract TSV (level, page, block, par, line, word, left, top, width, height, conf,
/// text) into its words (level 5, non-empty text).
pub fn parse_tsv(tsv: &str) -> Vec<Word> {
    tsv.lines()
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 12 || cols[0] != "5" {
                return None;
            }
            let text = cols[11..].join("\t").trim().to_string();
            if text.is_empty() {
                return None;
            }
            let n = |i: usize| cols[i].trim().parse::<u32>().ok();
            Some(Word {
                text,
                confidence: cols[10].trim().parse::<f32>().ok()?.max(0.0),
                left: n(6)?,
                top: n(7)?,
                width: n(8)?,
                height: n(9)?,
            })
        })
        .collect()
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
    fn parses_word_rows_only() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n\
                   5\t1\t1\t1\t1\t1\t300\t400\t120\t40\t96.5\tStraße\n\
                   5\t1\t1\t1\t1\t2\t430\t400\t80\t40\t88\tGrüße\n\
                   5\t1\t1\t1\t1\t3\t530\t400\t10\t40\t-1\t \n";
        let words = parse_tsv(tsv);
        assert_eq!(words.len(), 2);
        assert_eq!(words[0].text, "Straße");
        assert_eq!(words[1].left, 430);
        assert_eq!(mean_confidence(&words), Some(92.25));
        assert_eq!(to_json(&words[..1]), r#"[["Straße",96.5,300,400,120,40]]"#);
        assert_eq!(mean_confidence(&[]), None);
    }
}
