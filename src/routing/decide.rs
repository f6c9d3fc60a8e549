//! Deciding: rules first, then the model if it is sure enough, else triage.

use jiff::tz::TimeZone;
use serde_json::json;

use super::Router;
use crate::classify::{blend, tokens};
use crate::extract::Field;
use crate::model::Timestamp;
use crate::rules::Input;
use crate::store::NewRouting;

/// A document as the router sees it.
#[derive(Debug, Clone, Copy)]
pub struct DecideInput<'a> {
    pub pages: &'a [String],
    pub fields: &'a [Field],
    pub pipeline: &'a str,
    pub channel: &'a str,
    pub mailbox: Option<&'a str>,
    /// The mail's From, if it came by mail (else the sender block is used).
    pub sender: Option<&'a str>,
    pub received_at: Timestamp,
}

fn top(ranking: &[(String, f64)], n: usize) -> serde_json::Value {
    json!(ranking
        .iter()
        .take(n)
        .map(|(l, p)| json!({ "label": l, "confidence": (p * 1000.0).round() / 1000.0 }))
        .collect::<Vec<_>>())
}

/// The tokens the model sees of a document's text and fields.
fn tokens_of_text(text: &str, fields: &[Field]) -> Vec<String> {
    let mut names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    tokens(text, &names)
}

impl Router {
    /// The tokens the model sees of a document.
    pub fn tokens_of(&self, pages: &[String], fields: &[Field]) -> Vec<String> {
        tokens_of_text(&pages.join("\n"), fields)
    }

    /// Where a document goes, and why.
    pub fn decide(&self, d: &DecideInput<'_>) -> NewRouting {
        let rules = self.rules();
        let subject = d
            .fields
            .iter()
            .find(|f| f.name == "subject")
            .map(|f| f.value.as_str());
        let text = d.pages.join("\n");
        let topics = self.topics().predict(&text, subject);
        let toks = tokens_of_text(&text, d.fields);
        let model = self.model.read().expect("model lock");
        let classes = model.class.predict(&toks);
        let learned = model.department.predict(&toks);
        let learned_documents: u64 = model.department.examples().values().sum();
        drop(model);
        let departments = blend(&topics.prediction, &learned);
        let sender_block = d
            .fields
            .iter()
            .find(|f| f.name == "sender")
            .map(|f| f.value.as_str());
        let outcome = rules.evaluate(&Input {
            pages: d.pages,
            fields: d.fields,
            pipeline: d.pipeline,
            channel: d.channel,
            mailbox: d.mailbox,
            sender: d.sender.or(sender_block),
            class: classes.best(),
        });
        let min = rules.min_confidence;
        fn sure(p: Option<(&str, f64)>, min: f64) -> Option<(&str, f64)> {
            p.filter(|(_, c)| *c >= min)
        }
        let (source, department, department_confidence, triage_reason) = match (
            &outcome.department,
            sure(departments.best(), min),
        ) {
            (Some(dept), _) => ("rule", Some(dept.clone()), None, None),
            (None, Some((dept, c))) => ("model", Some(dept.to_string()), Some(c), None),
            (None, None) => {
                let why = match departments.best() {
                    Some((dept, c)) => {
                        let name = self
                            .departments()
                            .get(dept)
                            .map(|x| format!(" {}", x.name))
                            .unwrap_or_default();
                        let words = topics
                            .words
                            .get(dept)
                            .map(|w| format!("; its words here: {}", w.join(", ")))
                            .unwrap_or_default();
                        format!(
                            "no rule matched and the model is not sure enough (closest: {dept}{name} with {c:.2} < {min:.2}{words})"
                        )
                    }
                    None => "no rule matched, no department's task words occur in the text and the model has not learned enough corrections yet".to_string(),
                };
                (
                    "triage",
                    None,
                    departments.best().map(|(_, c)| c),
                    Some(why),
                )
            }
        };
        let (class, class_confidence) = match (&outcome.class, sure(classes.best(), min)) {
            (Some(c), _) => (Some(c.clone()), None),
            (None, Some((c, p))) => (Some(c.to_string()), Some(p)),
            (None, None) => (None, None),
        };
        let berlin = TimeZone::get("Europe/Berlin").expect("bundled tz database");
        let received = d.received_at.to_zoned(berlin).date();
        let deadline = outcome.deadline.map(|dl| dl.due(received).to_string());
        let first = outcome.matched.iter().find(|_| source == "rule").cloned();
        let explanation = json!({
            "rule": first.as_ref().map(|(n, _)| n),
            "rule_line": first.as_ref().and_then(|(_, l)| *l),
            "rules_file": rules.file,
            "rules_matched": outcome.matched.iter().map(|(n, l)| json!({ "name": n, "line": l })).collect::<Vec<_>>(),
            "evidence": outcome.evidence,
            "model": {
                "classes": top(&classes.ranking, 3),
                "departments": top(&departments.ranking, 3),
                "learned": top(&learned.ranking, 3),
                "learned_documents": learned_documents,
                "topics": topics.prediction.ranking.iter().take(3).map(|(l, p)| json!({
                    "label": l,
                    "confidence": (p * 1000.0).round() / 1000.0,
                    "words": topics.words.get(l),
                })).collect::<Vec<_>>(),
                "min_confidence": min,
            },
            "triage_reason": triage_reason,
        });
        NewRouting {
            source: source.to_string(),
            department,
            class,
            class_confidence,
            department_confidence,
            tags: outcome.tags,
            priority: outcome.priority.map(|p| p.as_str().to_string()),
            deadline,
            rules_version: Some(rules.version.clone()),
            explanation,
            decided_by: None,
        }
    }
}
