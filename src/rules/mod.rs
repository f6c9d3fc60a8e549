//! Routing rules from `config/routing.toml`: ordered rules whose conditions (all / any / not
//! over words, regexes, the model's class, extracted fields, pipeline, channel, mailbox,
//! sender) set a department, class, tags, priority and deadline. Pure: parsing takes the
//! file's text, evaluation takes a document's text and fields. No IO.

mod condition;
mod parse;
pub mod word_index;
pub mod words;

use std::path::PathBuf;

use jiff::civil::Date;
use regex::Regex;
use serde::Serialize;

pub use condition::{Condition, FieldTest};
pub use parse::{parse, Known};

use crate::extract::Field;
use word_index::{Found, PhraseIndex, TextWords};

/// How urgent a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    Low,
    Normal,
    High,
    Urgent,
}

impl Priority {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "low" | "niedrig" => Priority::Low,
            "normal" => Priority::Normal,
            "high" | "hoch" => Priority::High,
            "urgent" | "dringend" => Priority::Urgent,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }
}

/// A deadline relative to the time of receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Deadline {
    Days(i32),
    Months(i32),
}

impl Deadline {
    /// `14 days`, `2 weeks`, `1 month`, also German (`1 Monat`, `2 Wochen`, `10 Tage`).
    pub fn parse(s: &str) -> Option<Self> {
        let mut it = s.split_whitespace();
        let n: i32 = it.next()?.parse().ok().filter(|n| *n > 0 && *n < 1000)?;
        let unit = it.next()?.to_lowercase();
        if it.next().is_some() {
            return None;
        }
        Some(match unit.as_str() {
            "day" | "days" | "tag" | "tage" => Deadline::Days(n),
            "week" | "weeks" | "woche" | "wochen" => Deadline::Days(n * 7),
            "month" | "months" | "monat" | "monate" => Deadline::Months(n),
            _ => return None,
        })
    }

    /// The due date for a document received on `received`.
    pub fn due(self, received: Date) -> Date {
        match self {
            Deadline::Days(d) => received
                .checked_add(jiff::Span::new().days(d))
                .unwrap_or(received),
            Deadline::Months(m) => received
                .checked_add(jiff::Span::new().months(m))
                .unwrap_or(received),
        }
    }
}

/// What a rule does when it matches.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Actions {
    pub department: Option<String>,
    pub class: Option<String>,
    pub tags: Vec<String>,
    pub priority: Option<Priority>,
    pub deadline: Option<Deadline>,
}

/// One rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub name: String,
    pub line: Option<usize>,
    pub when: Condition,
    pub actions: Actions,
    /// Stop evaluating further rules when this one matches (the default).
    pub stop: bool,
    /// Whether `[model] second_opinion` may overrule this rule: by default yes, unless it asks
    /// where the document came from (pipeline, channel, mailbox, sender); `second_opinion =
    /// false` for a deliberate exception the words contradict.
    pub second_opinion: bool,
    /// Whether `[model] doubt` may send this rule's decision to triage: by default a rule that
    /// reads the letter's words and may meet a second opinion; not a catch-all, and not a rule
    /// by a letter's form with `doubt = false` (an objection names the decision it is against,
    /// so the model always points to the deciding office).
    pub doubt: bool,
}

/// A loaded, validated rules file.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub file: PathBuf,
    /// Short hash of the file's text: which rules made a decision.
    pub version: String,
    pub classes: Vec<String>,
    /// Below this the model's choice is not used (triage).
    pub min_confidence: f64,
    /// When the model is at least this sure of another department than the deciding rule's,
    /// the model decides and names the rule it overruled: a rule word used in passing ("ich
    /// bewerbe mich um einen Studienplatz") must not send a letter to the wrong office.
    pub second_opinion: Option<f64>,
    /// When the model is at least this sure of another department than the deciding rule's
    /// (but below `second_opinion`), rule and words disagree: the letter waits in triage with
    /// both named rather than go to either office on a guess.
    pub doubt: Option<f64>,
    /// The folder of example letters the model starts from (`[model] examples`, relative to
    /// the rules file), read by `config::examples`.
    pub examples: Option<std::path::PathBuf>,
    pub court_patterns: Vec<Regex>,
    pub reference_patterns: Vec<(String, Regex)>,
    pub rules: Vec<Rule>,
    /// The first words of every rule phrase ([`RuleSet::index_phrases`]).
    phrase_index: PhraseIndex,
}

/// What the rules see of a document.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub pages: &'a [String],
    pub fields: &'a [Field],
    pub pipeline: &'a str,
    pub channel: &'a str,
    pub mailbox: Option<&'a str>,
    /// The sender block or the mail's From.
    pub sender: Option<&'a str>,
    /// The model's class and its confidence.
    pub class: Option<(&'a str, f64)>,
}

pub use crate::model::Evidence;

/// The rules' verdict on a document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RuleOutcome {
    /// Rules that matched, with their line in the rules file.
    pub matched: Vec<(String, Option<usize>)>,
    pub department: Option<String>,
    /// The rule that set `department`, with its line.
    pub decided_by: Option<(String, Option<usize>)>,
    /// Whether that rule's decision may meet the model's second opinion.
    pub second_opinion: bool,
    /// Whether that rule's decision may meet the model's doubt.
    pub doubt: bool,
    pub class: Option<String>,
    pub tags: Vec<String>,
    pub priority: Option<Priority>,
    #[serde(skip)]
    pub deadline: Option<Deadline>,
    pub evidence: Vec<Evidence>,
}

impl RuleSet {
    /// The index of every rule phrase's first word, for rules as parsed.
    fn index_phrases(rules: &[Rule]) -> PhraseIndex {
        let mut all = Vec::new();
        for rule in rules {
            rule.when.each_phrase(&mut |p| all.push(p.clone()));
        }
        PhraseIndex::new(&all)
    }

    /// Runs the rules in order. Later matching rules override what earlier ones set (tags
    /// add up); a matching rule with `stop` ends the evaluation.
    pub fn evaluate(&self, input: &Input<'_>) -> RuleOutcome {
        self.evaluate_words(input, &TextWords::new(input.pages))
    }

    /// [`RuleSet::evaluate`] with the document's words already tokenised (`input.pages`).
    pub fn evaluate_words(&self, input: &Input<'_>, words: &TextWords) -> RuleOutcome {
        let found = Found::new(words, &self.phrase_index);
        let mut out = RuleOutcome::default();
        for rule in &self.rules {
            let Some(evidence) = rule.when.eval(input, &found) else {
                continue;
            };
            out.matched.push((rule.name.clone(), rule.line));
            out.evidence.extend(evidence);
            let a = &rule.actions;
            if a.department.is_some() {
                out.department.clone_from(&a.department);
                out.decided_by = Some((rule.name.clone(), rule.line));
                out.second_opinion = rule.second_opinion;
                out.doubt = rule.doubt;
            }
            if a.class.is_some() {
                out.class.clone_from(&a.class);
            }
            for t in &a.tags {
                if !out.tags.contains(t) {
                    out.tags.push(t.clone());
                }
            }
            out.priority = a.priority.or(out.priority);
            out.deadline = a.deadline.or(out.deadline);
            if rule.stop {
                break;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
