//! Conditions and their evaluation.

use regex::Regex;

use super::words::Phrase;
use super::{Evidence, Found, Input};

/// A test on an extracted field.
#[derive(Debug, Clone)]
pub enum FieldTest {
    Present,
    Matches(Regex),
    In(Vec<String>),
}

/// A rule's condition.
#[derive(Debug, Clone)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// Any of these words or phrases.
    Words(Vec<Phrase>),
    Regex(Regex),
    /// The model's class, at least this confident.
    Class {
        name: String,
        min_confidence: f64,
    },
    Field {
        name: String,
        test: FieldTest,
    },
    Pipeline(Vec<String>),
    Channel(Vec<String>),
    Mailbox(Vec<String>),
    /// Case-insensitive parts of the sender.
    Sender(Vec<String>),
    /// Matches every document (a catch-all rule).
    Always,
}

fn fact(condition: String, text: &str) -> Vec<Evidence> {
    vec![Evidence {
        condition,
        text: text.to_string(),
        page: None,
        start: None,
        end: None,
    }]
}

impl Condition {
    /// Calls `f` with every phrase of this condition and the conditions inside it.
    pub fn each_phrase(&self, f: &mut impl FnMut(&Phrase)) {
        match self {
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.each_phrase(f)),
            Condition::Not(c) => c.each_phrase(f),
            Condition::Words(phrases) => phrases.iter().for_each(f),
            _ => {}
        }
    }

    /// Whether the condition asks where the document came from (pipeline, channel, mailbox,
    /// sender) rather than only what it says: such a rule is the organisation's own routing
    /// (a department's scanner, its mailbox), not a guess from words.
    pub fn asks_where_from(&self) -> bool {
        match self {
            Condition::All(cs) | Condition::Any(cs) => cs.iter().any(Condition::asks_where_from),
            Condition::Pipeline(_)
            | Condition::Channel(_)
            | Condition::Mailbox(_)
            | Condition::Sender(_) => true,
            _ => false,
        }
    }

    /// Whether the condition reads the letter's words (a word or regex not under `not`): only
    /// such a rule is a guess the model's doubt may question, not a catch-all.
    pub fn reads_words(&self) -> bool {
        match self {
            Condition::All(cs) | Condition::Any(cs) => cs.iter().any(Condition::reads_words),
            Condition::Words(_) | Condition::Regex(_) => true,
            _ => false,
        }
    }

    /// `Some(evidence)` if the condition holds.
    pub fn eval(&self, input: &Input<'_>, found: &Found<'_>) -> Option<Vec<Evidence>> {
        match self {
            Condition::All(cs) => {
                let mut all = Vec::new();
                for c in cs {
                    all.extend(c.eval(input, found)?);
                }
                Some(all)
            }
            Condition::Any(cs) => cs.iter().find_map(|c| c.eval(input, found)),
            Condition::Not(c) => match c.eval(input, found) {
                Some(_) => None,
                None => Some(Vec::new()),
            },
            Condition::Words(phrases) => phrases.iter().find_map(|p| {
                let (i, s, e) = found.find(p)?;
                Some(vec![Evidence {
                    condition: format!("word {:?}", p.text),
                    text: input.pages[i][s..e].to_string(),
                    page: Some(i as u32 + 1),
                    start: Some(s),
                    end: Some(e),
                }])
            }),
            Condition::Regex(re) => input.pages.iter().enumerate().find_map(|(i, text)| {
                let m = re.find(text)?;
                Some(vec![Evidence {
                    condition: format!("regex {:?}", re.as_str()),
                    text: m.as_str().to_string(),
                    page: Some(i as u32 + 1),
                    start: Some(m.start()),
                    end: Some(m.end()),
                }])
            }),
            Condition::Class {
                name,
                min_confidence,
            } => {
                let (class, conf) = input.class?;
                (class == name && conf >= *min_confidence).then(|| {
                    fact(
                        format!("class {name} with confidence ≥ {min_confidence:.2}"),
                        &format!("{class} ({conf:.2})"),
                    )
                })
            }
            Condition::Field { name, test } => {
                let field = input.fields.iter().find(|f| {
                    f.name == *name
                        && match test {
                            FieldTest::Present => true,
                            FieldTest::Matches(re) => re.is_match(&f.value),
                            FieldTest::In(list) => list.iter().any(|v| v == &f.value),
                        }
                })?;
                let what = match test {
                    FieldTest::Present => format!("field {name} present"),
                    FieldTest::Matches(re) => format!("field {name} matches {:?}", re.as_str()),
                    FieldTest::In(list) => format!("field {name} in {list:?}"),
                };
                Some(vec![Evidence {
                    condition: what,
                    text: field.raw.clone(),
                    page: Some(field.page),
                    start: Some(field.start),
                    end: Some(field.end),
                }])
            }
            Condition::Pipeline(list) => list
                .iter()
                .any(|p| p == input.pipeline)
                .then(|| fact(format!("pipeline in {list:?}"), input.pipeline)),
            Condition::Channel(list) => list
                .iter()
                .any(|c| c == input.channel)
                .then(|| fact(format!("channel in {list:?}"), input.channel)),
            Condition::Mailbox(list) => {
                let m = input.mailbox?;
                list.iter()
                    .any(|x| x.eq_ignore_ascii_case(m))
                    .then(|| fact(format!("mailbox in {list:?}"), m))
            }
            Condition::Sender(parts) => {
                let sender = input.sender?;
                let lower = sender.to_lowercase();
                parts
                    .iter()
                    .find(|p| lower.contains(p.as_str()))
                    .map(|p| fact(format!("sender contains {p:?}"), sender))
            }
            Condition::Always => Some(Vec::new()),
        }
    }
}
