//! Scoring a rule set against sample letters whose departments are known (`mailroom rules test
//! --letters DIR`): each letter is routed as the daemon would route it, and the report counts
//! right / wrong / triage per expected department. Nothing is filed.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use super::AppError;
use crate::routing::{DecideInput, Router};

/// One sample letter's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct LetterResult {
    pub file: String,
    pub expected: String,
    /// The department it went to; `None`: triage.
    pub got: Option<String>,
    /// `rule`, `model` or `triage`.
    pub by: String,
    pub rule: Option<String>,
    pub triage_reason: Option<String>,
}

impl LetterResult {
    pub fn is_wrong(&self) -> bool {
        self.got.as_ref().is_some_and(|g| *g != self.expected)
    }
}

/// Letters of one expected department.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub right: u64,
    pub wrong: u64,
    pub triage: u64,
}

/// A letter that could not be read (and so was not routed).
#[derive(Debug, Clone, Serialize)]
pub struct Unreadable {
    pub file: String,
    pub reason: String,
}

/// How a rule set did on the sample letters.
#[derive(Debug, Clone, Serialize)]
pub struct LettersReport {
    pub rules_file: PathBuf,
    pub letters: usize,
    pub right: u64,
    pub wrong: u64,
    pub triage: u64,
    pub per_department: BTreeMap<String, Tally>,
    pub results: Vec<LetterResult>,
    pub unreadable: Vec<Unreadable>,
}

/// Every expected department must be configured (a typo would count every letter as wrong).
pub fn check_expected<'a>(
    router: &Router,
    expected: impl IntoIterator<Item = &'a String>,
) -> Result<(), AppError> {
    let known = router.departments();
    let mut unknown: Vec<&String> = expected
        .into_iter()
        .filter(|d| known.get(d).is_none())
        .collect();
    unknown.sort();
    unknown.dedup();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(AppError::Invalid(format!(
        "no such department(s) {unknown:?}; known: {}",
        known.ids().join(", ")
    )))
}

/// Routes one sample letter (its pages' text) as the daemon would, with today's date.
pub fn route_letter(
    router: &Router,
    file: &str,
    expected: &str,
    pages: &[String],
    pipeline: &str,
    channel: &str,
) -> LetterResult {
    let texts: Vec<&str> = pages.iter().map(String::as_str).collect();
    let fields = router.extract(&texts);
    let d = router.decide(&DecideInput {
        pages,
        fields: &fields,
        pipeline,
        channel,
        mailbox: None,
        sender: None,
        received_at: crate::model::now(),
        invoice: None,
    });
    LetterResult {
        file: file.to_string(),
        expected: expected.to_string(),
        got: d.department,
        by: d.source,
        rule: d.explanation.rule,
        triage_reason: d.explanation.triage_reason,
    }
}

impl LettersReport {
    /// Counts the results per expected department and in total.
    pub fn new(
        rules_file: PathBuf,
        results: Vec<LetterResult>,
        unreadable: Vec<Unreadable>,
    ) -> Self {
        let mut per_department: BTreeMap<String, Tally> = BTreeMap::new();
        for r in &results {
            let row = per_department.entry(r.expected.clone()).or_default();
            match &r.got {
                Some(g) if *g == r.expected => row.right += 1,
                Some(_) => row.wrong += 1,
                None => row.triage += 1,
            }
        }
        let sum = |f: fn(&Tally) -> u64| per_department.values().map(f).sum();
        LettersReport {
            rules_file,
            letters: results.len(),
            right: sum(|t| t.right),
            wrong: sum(|t| t.wrong),
            triage: sum(|t| t.triage),
            per_department,
            results,
            unreadable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(expected: &str, got: Option<&str>) -> LetterResult {
        LetterResult {
            file: format!("{expected}.txt"),
            expected: expected.into(),
            got: got.map(String::from),
            by: if got.is_some() { "rule" } else { "triage" }.into(),
            rule: None,
            triage_reason: None,
        }
    }

    #[test]
    fn the_report_counts_right_wrong_and_triage_per_expected_department() {
        let report = LettersReport::new(
            "rules.toml".into(),
            vec![
                result("30", Some("30")),
                result("30", Some("20")),
                result("30", None),
                result("51", Some("51")),
            ],
            vec![],
        );
        assert_eq!((report.right, report.wrong, report.triage), (2, 1, 1));
        assert_eq!(
            report.per_department["30"],
            Tally {
                right: 1,
                wrong: 1,
                triage: 1
            }
        );
        assert_eq!(report.per_department["51"].right, 1);
        assert_eq!(report.results.iter().filter(|r| r.is_wrong()).count(), 1);
    }
}
