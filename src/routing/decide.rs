//! Deciding: rules first, then the model if it is sure enough, else triage.

use jiff::tz::TimeZone;

use super::Router;
use crate::classify::{blend, characters, tokens};
use crate::extract::Field;
use crate::model::{
    rounded, source, Explanation, ModelOpinion, NewRouting, Ranked, RuleMatch, TakenOver,
    Timestamp, TopicOpinion,
};
use crate::rules::word_index::TextWords;
use crate::rules::Input;

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
    /// The e-invoice the document is or carries: routed by its Leitweg-ID, or to the invoice
    /// review when a check failed; its fields (`invoice.*`) are there for the rules.
    pub invoice: Option<&'a crate::model::Invoice>,
}

/// Below `doubt`, the model still doubts a rule when it is at least this sure of another office
/// and at most this sure of the rule's (with `doubt` configured). Over the 584 example letters,
/// each set left out in turn: 6 fewer routed wrongly, 2 fewer rightly (BENCHMARKS.md).
const UNSUPPORTED: f64 = 0.3;

/// Words a reason names at most.
const TELLING_WORDS: usize = 4;

/// What the model's opinion does to the deciding rule ([`Router::opinion`]).
enum Opinion<'p> {
    /// The model decides: this department, its confidence, the reason.
    Overrule(&'p str, f64, String),
    /// Rule and words disagree: triage, with the model's confidence and the reason.
    Doubt(f64, String),
}

fn top(ranking: &[(String, f64)], n: usize) -> Vec<Ranked> {
    ranking
        .iter()
        .take(n)
        .map(|(l, p)| Ranked::new(l.as_str(), *p))
        .collect()
}

/// The tokens the model sees of a document's text and fields.
pub(super) fn tokens_of_text(text: &str, fields: &[Field]) -> Vec<String> {
    let mut names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    tokens(text, &names)
}

impl Router {
    /// The model's opinion on the rule that decided: it overrules the rule when it is at least
    /// `[model] second_opinion` sure of another office (a rule word used in passing, as the
    /// held-out letter sets showed: "Beschwerde" in a school-bus complaint, "Mülltonnen" in a
    /// report of neglected cats), and it doubts it when at least `[model] doubt` sure (the
    /// model would route the letter elsewhere on its own): then a person decides. With the
    /// reason a person reads.
    fn opinion<'p>(
        &self,
        rules: &crate::rules::RuleSet,
        outcome: &crate::rules::RuleOutcome,
        departments: &'p crate::classify::Prediction,
        words: &dyn Fn(&str) -> Vec<String>,
    ) -> Option<Opinion<'p>> {
        let rule_department = outcome.department.as_deref()?;
        if !outcome.second_opinion {
            return None;
        }
        let (other, c) = departments.best()?;
        let known = self.departments();
        let same_office = other == rule_department
            || known
                .get(rule_department)
                .and_then(|d| d.takes_over.as_ref())
                .is_some_and(|t| t.department == other);
        if same_office {
            return None;
        }
        let rule = outcome
            .decided_by
            .as_ref()
            .map(|(name, line)| match line {
                Some(l) => format!("rule {name:?} (line {l})"),
                None => format!("rule {name:?}"),
            })
            .unwrap_or_else(|| "a rule".into());
        // Named only where a reason is given: the words cost as much as judging the letter.
        let named = || self.named_with_words(other, words);
        if let Some(at) = rules.second_opinion.filter(|at| c >= *at) {
            let (name, words) = named();
            let why = format!(
                "{rule} chose {rule_department}, but the letter's words point clearly to \
                 {other}{name} ({c:.2} ≥ second_opinion {at:.2}{words}): {other} decided"
            );
            return Some(Opinion::Overrule(other, c, why));
        }
        if !outcome.doubt {
            return None;
        }
        let at = rules.doubt?;
        if c >= at {
            let (name, words) = named();
            let why = format!(
                "{rule} chose {rule_department}, but the letter's words point to {other}{name} \
                 ({c:.2} ≥ doubt {at:.2}{words}): rule and words disagree, a person decides"
            );
            return Some(Opinion::Doubt(c, why));
        }
        // Less sure of the other office, but the rule's own office is hardly in the picture:
        // a rule word in passing ("Zulassungsstelle" in a staff member's leave request).
        // A town's office is in the model's ranking as the office it takes over.
        let rule_label = known.model_label(rule_department);
        let support = departments
            .ranking
            .iter()
            .find(|(l, _)| l == rule_label)
            .map_or(0.0, |(_, p)| *p);
        if c >= UNSUPPORTED && support <= UNSUPPORTED {
            let (name, words) = named();
            let why = format!(
                "{rule} chose {rule_department}, but the letter's words point rather to \
                 {other}{name} ({c:.2}) and hardly to {rule_department} ({support:.2}{words}): \
                 rule and words disagree, a person decides"
            );
            return Some(Opinion::Doubt(c, why));
        }
        None
    }

    /// `" <name>"` of department `id`, and `"; its words here: …"` of the words that speak
    /// for it (`words`), for the reasons a person reads.
    fn named_with_words(&self, id: &str, words: &dyn Fn(&str) -> Vec<String>) -> (String, String) {
        let name = self
            .departments()
            .get(id)
            .map(|x| format!(" {}", x.name))
            .unwrap_or_default();
        let words = words(id);
        let words = if words.is_empty() {
            String::new()
        } else {
            format!("; its words here: {}", words.join(", "))
        };
        (name, words)
    }

    /// The tokens the model sees of a document.
    pub fn tokens_of(&self, pages: &[String], fields: &[Field]) -> Vec<String> {
        tokens_of_text(&pages.join("\n"), fields)
    }

    /// Where a document goes, and why.
    pub fn decide(&self, d: &DecideInput<'_>) -> NewRouting {
        let Some(invoice) = d.invoice else {
            return self.decide_by_text(d);
        };
        // The rules see the invoice's data as fields too.
        let mut fields = d.fields.to_vec();
        for (name, value) in invoice.field_values() {
            if !fields.iter().any(|f| f.name == name) {
                fields.push(Field {
                    name: name.to_string(),
                    value,
                    page: 0,
                    start: 0,
                    end: 0,
                    raw: String::new(),
                });
            }
        }
        let mut routing = self.decide_by_text(&DecideInput {
            fields: &fields,
            ..*d
        });
        self.route_invoice(&mut routing, invoice);
        routing
    }

    /// An e-invoice that fails a check goes to the invoice review (`[invoices] review`), else
    /// to triage; one that passes goes where its Leitweg-ID points, if a department lists it.
    fn route_invoice(&self, routing: &mut NewRouting, invoice: &crate::model::Invoice) {
        let departments = self.departments();
        let leitweg_id = invoice.buyer_reference.clone();
        let mapped_to = leitweg_id
            .as_deref()
            .and_then(|l| departments.by_leitweg_id(l))
            .map(|d| d.id.clone());
        let failed: Vec<String> = invoice
            .failures()
            .map(|c| format!("{}: {}", c.rule, c.message))
            .collect();
        routing.tags.push("e-rechnung".into());
        if !failed.is_empty() {
            routing.tags.push("rechnungsprüfung".into());
            routing.department_confidence = None;
            match &departments.invoices.review {
                Some(review) => {
                    routing.source = source::INVOICE.into();
                    routing.department = Some(review.clone());
                    routing.explanation.triage_reason = None;
                }
                None => {
                    routing.source = source::TRIAGE.into();
                    routing.department = None;
                    routing.explanation.triage_reason = Some(format!(
                        "E-Rechnung mit fehlgeschlagener Prüfung ({}); ohne [invoices] review in \
                         departments.toml kommt sie in die Triage",
                        failed.join("; ")
                    ));
                }
            }
        } else if let Some(department) = &mapped_to {
            routing.source = source::INVOICE.into();
            routing.department = Some(department.clone());
            routing.department_confidence = None;
            routing.explanation.triage_reason = None;
        }
        routing.explanation.invoice = Some(crate::model::InvoiceDecision {
            leitweg_id,
            mapped_to,
            failed,
        });
    }

    /// Where a document goes by its text and fields: rules, then the model, else triage.
    fn decide_by_text(&self, d: &DecideInput<'_>) -> NewRouting {
        let rules = self.rules();
        let subject = d
            .fields
            .iter()
            .find(|f| f.name == "subject")
            .map(|f| f.value.as_str());
        let text = d.pages.join("\n");
        // Tokenised once for the rules' phrases and the departments' task words.
        let words = TextWords::new(d.pages);
        // Judged outside the model's lock (`characters` takes it only to read the revision):
        // a correction being learned and saved waits for no letter's judging.
        let characters_model = self.characters();
        // The corrections' naive Bayes models see the letter's analysed words; made only
        // where one of them can rank (a new installation has learned no classes).
        let ranks = {
            let model = self.model.read().expect("model lock");
            model.class.ranks() || (characters_model.is_empty() && model.department.ranks())
        };
        let toks = if ranks {
            tokens_of_text(&text, d.fields)
        } else {
            Vec::new()
        };
        let judged = characters_model.judge(&text);
        // The task words speak only where no example letters do: then they are the model's
        // start. Beside the character model they would only be shown, not weighed (and cost
        // a tenth of filing a born-digital letter).
        let topics = if characters_model.is_empty() {
            self.topics().predict_words(&words, subject)
        } else {
            Default::default()
        };
        let model = self.model.read().expect("model lock");
        let classes = model.class.predict(&toks);
        let learned_documents: u64 = model.department.examples().values().sum();
        // With example letters, their character model judges (learned again with the latest
        // corrected letters once people corrected routings: `Router::characters`). Without
        // examples, the departments' task words and the corrections. `challenge` is the
        // reading that may overrule or doubt a rule (gentler with the character model, see
        // `RULE_TEMPERATURE`).
        let (learned, departments, challenge) = if characters_model.is_empty() {
            let learned = model.department.predict(&toks);
            let departments = blend(&topics.prediction, &learned);
            (learned, departments.clone(), departments)
        } else {
            let characters = judged.prediction(characters::TEMPERATURE);
            let gentle = judged.prediction(characters::RULE_TEMPERATURE);
            (characters.clone(), characters, gentle)
        };
        drop(model);
        let sender_block = d
            .fields
            .iter()
            .find(|f| f.name == "sender")
            .map(|f| f.value.as_str());
        let outcome = rules.evaluate_words(
            &Input {
                pages: d.pages,
                fields: d.fields,
                pipeline: d.pipeline,
                channel: d.channel,
                mailbox: d.mailbox,
                sender: d.sender.or(sender_block),
                class: classes.best(),
            },
            &words,
        );
        let min = rules.min_confidence;
        fn sure(p: Option<(&str, f64)>, min: f64) -> Option<(&str, f64)> {
            p.filter(|(_, c)| *c >= min)
        }
        // The words a reason names: those the opinion that routes weighed for the department.
        let telling = |id: &str| {
            if characters_model.is_empty() {
                topics.words.get(id).cloned().unwrap_or_default()
            } else {
                characters_model.telling_words(&text, &judged, id, TELLING_WORDS)
            }
        };
        let opinion = self.opinion(&rules, &outcome, &challenge, &telling);
        let (decided_by, department, department_confidence, triage_reason) = match (
            &opinion,
            &outcome.department,
            sure(departments.best(), min),
        ) {
            (Some(Opinion::Overrule(dept, c, _)), _, _) => {
                (source::MODEL, Some(dept.to_string()), Some(*c), None)
            }
            (Some(Opinion::Doubt(c, why)), _, _) => {
                (source::TRIAGE, None, Some(*c), Some(why.clone()))
            }
            (None, Some(dept), _) => (source::RULE, Some(dept.clone()), None, None),
            (None, None, Some((dept, c))) => (source::MODEL, Some(dept.to_string()), Some(c), None),
            (None, None, None) => {
                let why = match departments.best() {
                    Some((dept, c)) => {
                        let (name, words) = self.named_with_words(dept, &telling);
                        format!(
                            "no rule matched and the model is not sure enough (closest: {dept}{name} with {c:.2} < {min:.2}{words})"
                        )
                    }
                    None => "no rule matched, no department's task words occur in the text and the model has not learned enough corrections yet".to_string(),
                };
                (
                    source::TRIAGE,
                    None,
                    departments.best().map(|(_, c)| c),
                    Some(why),
                )
            }
        };
        // A town with its own office (a youth office) takes that department's post from its
        // citizens, whichever way the department was chosen. Where the person concerned lives
        // decides before the sender's town (a court in Mayen writing about a youth from Mendig).
        let mut department = department;
        let mut taken_over = None;
        // The letter's own page first: an attached judgment may name the other parent's home.
        let field = |name: &str, first_page: bool| {
            d.fields
                .iter()
                .find(|f| f.name == name && (f.page == 1) == first_page)
        };
        let town = field("residence", true)
            .map(|f| (f, "residence"))
            .or_else(|| field("municipality", true).map(|f| (f, "sender")))
            .or_else(|| field("residence", false).map(|f| (f, "residence")));
        if let (Some(dept), Some((town, by))) = (department.as_deref(), town) {
            if let Some(office) = self.departments().taken_over(dept, &town.value) {
                taken_over = Some(TakenOver {
                    from: dept.to_string(),
                    municipality: town.value.clone(),
                    by: by.to_string(),
                });
                department = Some(office.id.clone());
            }
        }
        let (class, class_confidence) = match (&outcome.class, sure(classes.best(), min)) {
            (Some(c), _) => (Some(c.clone()), None),
            (None, Some((c, p))) => (Some(c.to_string()), Some(p)),
            (None, None) => (None, None),
        };
        let berlin = TimeZone::get("Europe/Berlin").expect("bundled tz database");
        let received = d.received_at.to_zoned(berlin).date();
        let deadline = outcome.deadline.map(|dl| dl.due(received).to_string());
        let first = outcome
            .matched
            .iter()
            .find(|_| decided_by == source::RULE)
            .cloned();
        let explanation = Explanation {
            rule: first.as_ref().map(|(n, _)| n.clone()),
            rule_line: first.as_ref().and_then(|(_, l)| l.map(|l| l as u64)),
            rules_file: Some(rules.file.display().to_string()),
            rules_matched: outcome
                .matched
                .iter()
                .map(|(name, line)| RuleMatch {
                    name: name.clone(),
                    line: line.map(|l| l as u64),
                })
                .collect(),
            evidence: outcome.evidence,
            model: Some(ModelOpinion {
                classes: top(&classes.ranking, 3),
                departments: top(&departments.ranking, 3),
                learned: top(&learned.ranking, 3),
                learned_documents,
                topics: topics
                    .prediction
                    .ranking
                    .iter()
                    .take(3)
                    .map(|(l, p)| TopicOpinion {
                        label: l.clone(),
                        confidence: rounded(*p),
                        words: topics.words.get(l).cloned().unwrap_or_default(),
                    })
                    .collect(),
                min_confidence: min,
            }),
            triage_reason,
            second_opinion: match opinion {
                Some(Opinion::Overrule(_, _, why)) => Some(why),
                _ => None,
            },
            taken_over,
            ..Explanation::default()
        };
        NewRouting {
            source: decided_by.to_string(),
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
