//! Court references (configurable patterns), other configured file-reference patterns, and
//! German vehicle registration plates.

use std::sync::LazyLock;

use regex::Regex;

use super::{Collector, ExtractSettings};

static PLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-ZÄÖÜ]{1,3})-([A-Z]{1,2}) ?(\d{1,4})([EH])?(?-u:\b)").expect("pattern")
});

pub(super) fn collect(c: &mut Collector<'_>, settings: &ExtractSettings) {
    let text = c.text;
    for re in &settings.court_patterns {
        for m in re.find_iter(text) {
            c.push("court_reference", m.as_str(), m.start(), m.end());
        }
    }
    for p in &settings.reference_patterns {
        for m in p.regex.find_iter(text) {
            c.push("file_reference", m.as_str(), m.start(), m.end());
        }
    }
    for cap in PLATE.captures_iter(text) {
        let all = cap.get(0).expect("match");
        let value = format!(
            "{}-{} {}{}",
            &cap[1],
            &cap[2],
            &cap[3],
            cap.get(4).map_or("", |m| m.as_str())
        );
        c.push("plate", value, all.start(), all.end());
    }
}
