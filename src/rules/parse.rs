//! Reading `routing.toml`. Every problem is reported with the file and line, all at once.

use std::path::Path;

use regex::Regex;
use serde::Deserialize;

use super::condition::{Condition, FieldTest};
use super::words::Phrase;
use super::{Actions, Deadline, Priority, Rule, RuleSet};
use crate::config::document::TomlDoc;
use crate::config::ConfigErrors;
use crate::extract::{ExtractSettings, FIELD_NAMES};

/// What rules may refer to.
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub departments: Vec<String>,
}

/// The default document classes.
pub const DEFAULT_CLASSES: &[&str] = &[
    "Antrag",
    "Widerspruch",
    "Klage/Gerichtspost",
    "Rechnung",
    "Mahnung",
    "Bescheid",
    "Bewerbung",
    "Beschwerde",
    "Anhörung/Bußgeld",
    "Nachweis/Vollmacht",
    "Werbung",
    "Sonstiges",
];

#[derive(Deserialize)]
#[serde(default)]
struct RawFile {
    classes: Vec<String>,
    model: RawModel,
    fields: RawFields,
    rule: Vec<RawRule>,
}

impl Default for RawFile {
    fn default() -> Self {
        RawFile {
            classes: DEFAULT_CLASSES.iter().map(|s| s.to_string()).collect(),
            model: RawModel::default(),
            fields: RawFields::default(),
            rule: Vec::new(),
        }
    }
}

#[derive(Deserialize)]
#[serde(default)]
struct RawModel {
    min_confidence: f64,
    second_opinion: Option<f64>,
    doubt: Option<f64>,
    examples: Option<String>,
}

impl Default for RawModel {
    fn default() -> Self {
        RawModel {
            min_confidence: 0.7,
            second_opinion: None,
            doubt: None,
            examples: None,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawFields {
    court_references: Option<Vec<String>>,
    file_references: Vec<String>,
}

#[derive(Deserialize)]
#[serde(default)]
struct RawRule {
    name: String,
    enabled: bool,
    when: Option<toml::Value>,
    department: Option<String>,
    class: Option<String>,
    tags: Vec<String>,
    priority: Option<String>,
    deadline: Option<String>,
    stop: bool,
    second_opinion: Option<bool>,
    doubt: Option<bool>,
}

impl Default for RawRule {
    fn default() -> Self {
        RawRule {
            name: String::new(),
            enabled: true,
            when: None,
            department: None,
            class: None,
            tags: Vec::new(),
            priority: None,
            deadline: None,
            stop: true,
            second_opinion: None,
            doubt: None,
        }
    }
}

struct Ctx<'a> {
    doc: &'a TomlDoc,
    errors: &'a mut ConfigErrors,
    classes: &'a [String],
    component: String,
}

impl Ctx<'_> {
    fn err(&mut self, path: &[String], msg: impl Into<String>) {
        let p: Vec<&str> = path.iter().map(String::as_str).collect();
        let line = self.doc.line_of(&p);
        self.errors
            .push(&self.doc.path, line, self.component.clone(), msg);
    }
}

/// Parses and checks the rules in `text` (the content of `path`).
pub fn parse(path: &Path, text: String, known: &Known) -> Result<RuleSet, ConfigErrors> {
    let mut errors = ConfigErrors::default();
    let version = crate::model::Sha256::of(text.as_bytes()).to_hex()[..12].to_string();
    let Some(doc) = TomlDoc::parse(path, text, "routing", &mut errors) else {
        return Err(errors);
    };
    let raw: RawFile = doc.section(None, &[], "routing", &mut errors);
    if raw.classes.is_empty() {
        errors.push(
            &doc.path,
            doc.line_of(&["classes"]),
            "routing",
            "`classes` is empty",
        );
    }
    if !(0.0..=1.0).contains(&raw.model.min_confidence) {
        errors.push(
            &doc.path,
            doc.line_of(&["model", "min_confidence"]),
            "[model]",
            "`min_confidence` must be between 0 and 1",
        );
    }
    if let Some(c) = raw.model.second_opinion {
        if !(c > 0.0 && c <= 1.0) || c < raw.model.min_confidence {
            errors.push(
                &doc.path,
                doc.line_of(&["model", "second_opinion"]),
                "[model]",
                "`second_opinion` must be between `min_confidence` and 1",
            );
        }
    }
    if let Some(c) = raw.model.doubt {
        let ceiling = raw.model.second_opinion.unwrap_or(1.0);
        if !(c > 0.0 && c <= ceiling) || c < raw.model.min_confidence {
            errors.push(
                &doc.path,
                doc.line_of(&["model", "doubt"]),
                "[model]",
                "`doubt` must be between `min_confidence` and `second_opinion` (or 1)",
            );
        }
    }
    let mut court_patterns = ExtractSettings::default_court_patterns();
    if let Some(list) = &raw.fields.court_references {
        court_patterns.clear();
        for p in list {
            match Regex::new(p) {
                Ok(re) => court_patterns.push(re),
                Err(e) => errors.push(
                    &doc.path,
                    doc.line_of(&["fields", "court_references"]),
                    "[fields]",
                    format!("court reference pattern {p:?} is not a valid regex: {e}"),
                ),
            }
        }
    }
    let mut reference_patterns = Vec::new();
    for p in &raw.fields.file_references {
        match Regex::new(p) {
            Ok(re) => reference_patterns.push((p.clone(), re)),
            Err(e) => errors.push(
                &doc.path,
                doc.line_of(&["fields", "file_references"]),
                "[fields]",
                format!("file reference pattern {p:?} is not a valid regex: {e}"),
            ),
        }
    }

    let mut rules = Vec::new();
    let mut names = std::collections::HashSet::new();
    for (i, r) in raw.rule.into_iter().enumerate() {
        let base = vec!["rule".to_string(), i.to_string()];
        let at = |k: &str| {
            let mut p = base.clone();
            p.push(k.to_string());
            p
        };
        let label = if r.name.is_empty() {
            format!("rule #{}", i + 1)
        } else {
            format!("rule {:?}", r.name)
        };
        let mut ctx = Ctx {
            doc: &doc,
            errors: &mut errors,
            classes: &raw.classes,
            component: label,
        };
        if r.name.trim().is_empty() {
            ctx.err(&base, "a rule needs a `name`");
        } else if !names.insert(r.name.clone()) {
            ctx.err(
                &at("name"),
                format!("another rule is also called {:?}", r.name),
            );
        }
        let when = match &r.when {
            Some(v) => compile(v, at("when"), &mut ctx),
            None => {
                ctx.err(&base, "a rule needs a `when` condition (use when = { always = true } for a catch-all)");
                Condition::Always
            }
        };
        if let Some(d) = &r.department {
            if !known.departments.contains(d) {
                ctx.err(
                    &at("department"),
                    format!(
                        "unknown department {d:?} (departments.toml has {})",
                        known.departments.join(", ")
                    ),
                );
            }
        }
        if let Some(c) = &r.class {
            if !raw.classes.contains(c) {
                ctx.err(&at("class"), format!("unknown class {c:?} (see `classes`)"));
            }
        }
        let priority = r.priority.as_deref().and_then(|p| {
            let parsed = Priority::parse(p);
            if parsed.is_none() {
                ctx.err(
                    &at("priority"),
                    format!("priority {p:?} is not low, normal, high or urgent"),
                );
            }
            parsed
        });
        let deadline = r.deadline.as_deref().and_then(|d| {
            let parsed = Deadline::parse(d);
            if parsed.is_none() {
                ctx.err(
                    &at("deadline"),
                    format!("deadline {d:?} is not like \"14 days\", \"2 weeks\" or \"1 month\""),
                );
            }
            parsed
        });
        if r.department.is_none()
            && r.class.is_none()
            && r.tags.is_empty()
            && priority.is_none()
            && deadline.is_none()
        {
            ctx.err(
                &base,
                "the rule does nothing: set department, class, tags, priority or deadline",
            );
        }
        if r.enabled {
            // A rule on where a document came from is the organisation's own routing.
            let second_opinion = r.second_opinion.unwrap_or(!when.asks_where_from());
            // A rule by a letter's form (an objection) names another matter in its words.
            let doubt = second_opinion && r.doubt.unwrap_or(when.reads_words());
            rules.push(Rule {
                name: r.name,
                line: doc.line_of(&["rule", &i.to_string()]),
                when,
                actions: Actions {
                    department: r.department,
                    class: r.class,
                    tags: r.tags,
                    priority,
                    deadline,
                },
                stop: r.stop,
                second_opinion,
                doubt,
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let phrase_index = RuleSet::index_phrases(&rules);
    Ok(RuleSet {
        file: doc.path.clone(),
        version,
        classes: raw.classes,
        min_confidence: raw.model.min_confidence,
        second_opinion: raw.model.second_opinion,
        doubt: raw.model.doubt,
        examples: raw.model.examples.map(|d| doc.path.with_file_name(d)),
        court_patterns,
        reference_patterns,
        rules,
        phrase_index,
    })
}

fn strings(v: &toml::Value) -> Option<Vec<String>> {
    match v {
        toml::Value::String(s) => Some(vec![s.clone()]),
        toml::Value::Array(a) => a.iter().map(|x| x.as_str().map(str::to_string)).collect(),
        _ => None,
    }
}

const KINDS: &[&str] = &[
    "all", "any", "not", "words", "regex", "class", "field", "pipeline", "channel", "mailbox",
    "sender", "always",
];

fn compile(v: &toml::Value, path: Vec<String>, ctx: &mut Ctx<'_>) -> Condition {
    let Some(t) = v.as_table() else {
        ctx.err(
            &path,
            "a condition is a table like { words = [\"Widerspruch\"] }",
        );
        return Condition::Always;
    };
    let at = |k: &str| {
        let mut p = path.clone();
        p.push(k.to_string());
        p
    };
    let kinds: Vec<&String> = t.keys().filter(|k| KINDS.contains(&k.as_str())).collect();
    for k in t.keys() {
        let allowed = KINDS.contains(&k.as_str())
            || (k == "min_confidence" && t.contains_key("class"))
            || (["present", "matches", "in"].contains(&k.as_str()) && t.contains_key("field"));
        if !allowed {
            ctx.err(&at(k), format!("unknown key `{k}` in a condition"));
        }
    }
    if kinds.len() != 1 {
        ctx.err(
            &path,
            format!(
                "a condition needs exactly one of {}; found {}",
                KINDS.join(", "),
                kinds.len()
            ),
        );
        return Condition::Always;
    }
    let kind = kinds[0].as_str();
    let value = &t[kind];
    let list = |ctx: &mut Ctx<'_>| -> Vec<String> {
        strings(value).unwrap_or_else(|| {
            ctx.err(
                &at(kind),
                format!("`{kind}` takes a string or a list of strings"),
            );
            Vec::new()
        })
    };
    match kind {
        "all" | "any" => {
            let Some(items) = value.as_array() else {
                ctx.err(&at(kind), format!("`{kind}` takes a list of conditions"));
                return Condition::Always;
            };
            let cs = items
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let mut p = at(kind);
                    p.push(i.to_string());
                    compile(c, p, ctx)
                })
                .collect();
            if kind == "all" {
                Condition::All(cs)
            } else {
                Condition::Any(cs)
            }
        }
        "not" => Condition::Not(Box::new(compile(value, at("not"), ctx))),
        "always" => {
            // `always = false` reads as "never": refused rather than silently matching all.
            if value.as_bool() != Some(true) {
                ctx.err(
                    &at("always"),
                    "`always` takes only `true` (a catch-all rule); remove the rule to disable it",
                );
            }
            Condition::Always
        }
        "words" => {
            let phrases: Vec<Phrase> = list(ctx).iter().filter_map(|w| Phrase::new(w)).collect();
            if phrases.is_empty() {
                ctx.err(&at("words"), "`words` lists no word");
            }
            Condition::Words(phrases)
        }
        "regex" => match value.as_str().map(|p| Regex::new(&format!("(?i){p}"))) {
            Some(Ok(re)) => Condition::Regex(re),
            Some(Err(e)) => {
                ctx.err(&at("regex"), format!("invalid regex: {e}"));
                Condition::Always
            }
            None => {
                ctx.err(&at("regex"), "`regex` takes a string");
                Condition::Always
            }
        },
        "class" => {
            let name = value.as_str().unwrap_or_default().to_string();
            if !ctx.classes.contains(&name) {
                ctx.err(
                    &at("class"),
                    format!("unknown class {name:?} (see `classes`)"),
                );
            }
            let min_confidence = match t.get("min_confidence") {
                None => 0.0,
                Some(v) => match v.as_float().or(v.as_integer().map(|i| i as f64)) {
                    Some(f) if (0.0..=1.0).contains(&f) => f,
                    _ => {
                        ctx.err(
                            &at("min_confidence"),
                            "`min_confidence` must be between 0 and 1",
                        );
                        0.0
                    }
                },
            };
            Condition::Class {
                name,
                min_confidence,
            }
        }
        "field" => {
            let name = value.as_str().unwrap_or_default().to_string();
            let invoice_fields = crate::model::INVOICE_FIELD_NAMES;
            if !FIELD_NAMES.contains(&name.as_str()) && !invoice_fields.contains(&name.as_str()) {
                ctx.err(
                    &at("field"),
                    format!(
                        "unknown field {name:?}; fields are {}, and of e-invoices {}",
                        FIELD_NAMES.join(", "),
                        invoice_fields.join(", ")
                    ),
                );
            }
            let test = if let Some(v) = t.get("matches") {
                match v.as_str().map(Regex::new) {
                    Some(Ok(re)) => FieldTest::Matches(re),
                    _ => {
                        ctx.err(&at("matches"), "`matches` takes a valid regex");
                        FieldTest::Present
                    }
                }
            } else if let Some(v) = t.get("in") {
                FieldTest::In(strings(v).unwrap_or_else(|| {
                    ctx.err(&at("in"), "`in` takes a list of strings");
                    Vec::new()
                }))
            } else {
                FieldTest::Present
            };
            Condition::Field { name, test }
        }
        "pipeline" => Condition::Pipeline(list(ctx)),
        "channel" => Condition::Channel(list(ctx)),
        "mailbox" => Condition::Mailbox(list(ctx)),
        "sender" => Condition::Sender(list(ctx).iter().map(|s| s.to_lowercase()).collect()),
        _ => unreachable!("kinds are filtered above"),
    }
}
