//! A routing decision and why it was made: the one typed shape that the router writes, the store
//! keeps as JSON, and the CLI, the API and the web pages read.
//!
//! Stored explanations are read back leniently (every field has a default, `null` lists read as
//! empty), so decisions written by older versions still show.

use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

use super::{DocumentId, Timestamp};

/// How a decision was reached.
pub mod source {
    pub const RULE: &str = "rule";
    pub const MODEL: &str = "model";
    pub const TRIAGE: &str = "triage";
    pub const MANUAL: &str = "manual";
    pub const SEPARATOR: &str = "separator";
    /// An e-invoice: by its Leitweg-ID, or to the invoice review for a failed check.
    pub const INVOICE: &str = "invoice";
}

/// A routing decision to store.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NewRouting {
    /// `rule`, `model`, `triage`, `manual` or `separator` (see [`source`]).
    pub source: String,
    /// `None`: triage.
    pub department: Option<String>,
    pub class: Option<String>,
    pub class_confidence: Option<f64>,
    pub department_confidence: Option<f64>,
    pub tags: Vec<String>,
    pub priority: Option<String>,
    /// ISO date.
    pub deadline: Option<String>,
    pub rules_version: Option<String>,
    /// Rules matched, evidence with spans, the model's ranking, why triage.
    pub explanation: Explanation,
    /// Who decided, for manual routing.
    pub decided_by: Option<String>,
}

/// A stored routing decision.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RoutingRecord {
    pub id: i64,
    #[schema(value_type = i64)]
    pub document_id: DocumentId,
    #[schema(value_type = String)]
    pub decided_at: Timestamp,
    #[serde(flatten)]
    pub routing: NewRouting,
}

/// Why a document went where it went.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct Explanation {
    /// The rule that decided the department (for decisions by rule).
    pub rule: Option<String>,
    /// Its line in the rules file.
    pub rule_line: Option<u64>,
    pub rules_file: Option<String>,
    /// Every rule that matched, in order (later ones may set class, tags, priority).
    #[serde(deserialize_with = "null_is_empty")]
    pub rules_matched: Vec<RuleMatch>,
    /// What in the document made the rules match.
    #[serde(deserialize_with = "null_is_empty")]
    pub evidence: Vec<Evidence>,
    /// The model's opinion at the time of the decision (absent for manual decisions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelOpinion>,
    /// Why the document went to triage, in words a person can act on.
    pub triage_reason: Option<String>,
    /// A separator sheet's department code (batch scans).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub separator: Option<SeparatorSheet>,
    /// For a mail decided as a whole: where each part's pages start in the evidence's page
    /// numbers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<Vec<PartPages>>,
    /// Set on decisions a person made.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub manual: bool,
    /// The decision a person's decision replaced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<PreviousDecision>,
    /// What the person who forwarded the document wrote to the receiving department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For an e-invoice: its Leitweg-ID, where that points and the checks that failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice: Option<InvoiceDecision>,
    /// Set when the model overruled the rule that matched (`[model] second_opinion`): which
    /// rule chose what, and why the model decided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub second_opinion: Option<String>,
    /// Set when another office takes the decided department's post from a town (`takes_over`
    /// in departments.toml): the department first decided, the town and how it was known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taken_over: Option<TakenOver>,
}

/// A decision handed on to the office that takes the department's post from a town.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TakenOver {
    /// The department the rules or the model chose.
    pub from: String,
    /// The town: where the person concerned lives, else the sender's town.
    pub municipality: String,
    /// How the town was known: `residence` (the letter says where the person concerned
    /// lives) or `sender` (the sender's postcode). Empty in explanations stored before.
    #[serde(default)]
    pub by: String,
}

/// How an e-invoice was routed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct InvoiceDecision {
    /// BT-10.
    pub leitweg_id: Option<String>,
    /// The department `departments.toml` maps the Leitweg-ID to.
    pub mapped_to: Option<String>,
    /// `rule: message` of every failed check.
    pub failed: Vec<String>,
}

/// A rule that matched, with its line in the rules file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RuleMatch {
    pub name: String,
    #[serde(default)]
    pub line: Option<u64>,
}

/// Why a condition matched: a place in the text or a fact about the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Evidence {
    /// `word "Widerspruch"`, `field sender_postcode in [...]`, `class Rechnung ≥ 0.80`, …
    pub condition: String,
    /// The matched text.
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub page: Option<u32>,
    /// Byte offsets in the page's text.
    #[serde(default)]
    pub start: Option<usize>,
    #[serde(default)]
    pub end: Option<usize>,
}

/// What the model thought: its rankings (best first, at most three each).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct ModelOpinion {
    #[serde(deserialize_with = "null_is_empty")]
    pub classes: Vec<Ranked>,
    /// The opinion routing uses: with example letters their character model (learned with the
    /// latest corrected letters once there are any), without them the task words and the
    /// corrections.
    #[serde(deserialize_with = "null_is_empty")]
    pub departments: Vec<Ranked>,
    /// The learned model: with example letters the same character model, without them the
    /// corrections.
    #[serde(deserialize_with = "null_is_empty")]
    pub learned: Vec<Ranked>,
    /// How many corrections and confirmations the model has learned from.
    pub learned_documents: u64,
    /// What the departments' task words say alone, with the words found; only where no
    /// example letters are configured (then they are the model's start; with example
    /// letters the character model alone judges, so this stays empty).
    #[serde(deserialize_with = "null_is_empty")]
    pub topics: Vec<TopicOpinion>,
    /// From this confidence on, the model decides alone when no rule matches.
    pub min_confidence: f64,
}

impl ModelOpinion {
    /// The department the model would choose, and how sure it is.
    pub fn best_department(&self) -> Option<&Ranked> {
        self.departments.first()
    }
}

/// A label with the model's confidence (0..1, three decimals).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Ranked {
    pub label: String,
    pub confidence: f64,
}

impl Ranked {
    pub fn new(label: impl Into<String>, confidence: f64) -> Self {
        Ranked {
            label: label.into(),
            confidence: rounded(confidence),
        }
    }
}

/// A confidence as explanations show it: three decimals.
pub fn rounded(confidence: f64) -> f64 {
    (confidence * 1000.0).round() / 1000.0
}

/// A department by its task words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TopicOpinion {
    pub label: String,
    pub confidence: f64,
    /// The department's task words found in the document.
    #[serde(default, deserialize_with = "null_is_empty")]
    pub words: Vec<String>,
}

/// A separator sheet that named a department.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SeparatorSheet {
    pub page: u32,
    pub department: String,
}

/// Where one part of a mail starts in the page numbers of a decision for the whole mail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PartPages {
    pub first_page: u32,
    /// `mail` for the mail's own text, else the attachment's name.
    pub part: String,
}

/// The decision a manual one replaced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PreviousDecision {
    #[serde(default)]
    pub department: Option<String>,
    #[serde(default)]
    pub class: Option<String>,
    #[serde(default)]
    pub source: String,
}

impl Explanation {
    /// An explanation as stored; one that cannot be read (hand-edited, corrupt) reads as empty,
    /// so the decision itself still shows.
    pub fn from_stored(json: &str) -> Self {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// The explanation as JSON text, for storing.
    pub fn to_stored(&self) -> String {
        // Plain data (strings, numbers, lists): serialising cannot fail.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }
}

/// `null` reads as an empty list (older decisions wrote `null` where nothing was found).
fn null_is_empty<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explanations_written_by_older_versions_still_read() {
        // As stored before the explanation was typed: nulls for lists, no optional keys.
        let old = r#"{"rule":null,"rule_line":null,"rules_file":"config/rules.toml",
            "rules_matched":[],"evidence":null,"model":{"classes":[],"departments":
            [{"label":"30","confidence":0.41}],"topics":[{"label":"30","confidence":0.41,
            "words":null}],"min_confidence":0.7},"triage_reason":"unsure",
            "pages":[{"first_page":1,"part":"mail"}]}"#;
        let x = Explanation::from_stored(old);
        assert_eq!(x.triage_reason.as_deref(), Some("unsure"));
        let model = x.model.expect("model");
        assert_eq!(model.best_department().unwrap().label, "30");
        assert!(model.topics[0].words.is_empty());
        assert_eq!(x.pages.unwrap()[0].part, "mail");
        let manual = Explanation::from_stored(
            r#"{"manual":true,"previous":{"department":"20","class":null,"source":"rule"}}"#,
        );
        assert!(manual.manual);
        assert_eq!(manual.previous.unwrap().department.as_deref(), Some("20"));
    }

    #[test]
    fn an_explanation_survives_storing() {
        let x = Explanation {
            rule: Some("Widerspruch".into()),
            rule_line: Some(12),
            rules_matched: vec![RuleMatch {
                name: "Widerspruch".into(),
                line: Some(12),
            }],
            evidence: vec![Evidence {
                condition: "word \"Widerspruch\"".into(),
                text: "Widerspruch".into(),
                page: Some(1),
                start: Some(3),
                end: Some(14),
            }],
            separator: Some(SeparatorSheet {
                page: 1,
                department: "30".into(),
            }),
            ..Explanation::default()
        };
        let json = serde_json::to_string(&x).unwrap();
        assert!(!json.contains("\"manual\""), "false is left out: {json}");
        assert_eq!(Explanation::from_stored(&json), x);
        assert_eq!(Explanation::from_stored("not json"), Explanation::default());
    }
}
