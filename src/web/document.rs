//! `/dokumente/{id}`: one document with its pages (search words marked on the page image
//! from the OCR word boxes and in the text), fields with where they were found, why it went
//! where it went, the mail it came with, the transfer note and its history; its state form.

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use axum::Form;
use serde::Deserialize;

use super::labels::{self, StateChoice};
use super::{document_id, local_target, render, Chrome, PageError, WebUser};
use crate::app::document_view::{self, DocumentView};
use crate::app::routing;
use crate::http::AppState;
use crate::model::{Explanation, PageRecord, Role, RoutingRecord};

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct DocumentQuery {
    /// Words to mark on the pages (a search's words).
    q: String,
}

pub struct FieldRow {
    label: String,
    value: String,
    page: u32,
    raw: String,
}

/// An e-invoice's essentials and its checks, failed ones first.
pub struct InvoiceBox {
    profile: String,
    number: String,
    seller: String,
    leitweg_id: String,
    due: String,
    failed: usize,
    /// (rule, passed, message)
    checks: Vec<(String, bool, String)>,
}

impl InvoiceBox {
    fn of(inv: &crate::model::Invoice) -> InvoiceBox {
        let mut checks: Vec<(String, bool, String)> = inv
            .checks
            .iter()
            .map(|c| (c.rule.clone(), c.ok, c.message.clone()))
            .collect();
        checks.sort_by_key(|c| c.1);
        let dash = || "–".to_string();
        InvoiceBox {
            profile: inv.profile.clone(),
            number: inv.number.clone().unwrap_or_else(dash),
            seller: inv.seller.name.clone().unwrap_or_else(dash),
            leitweg_id: inv.buyer_reference.clone().unwrap_or_else(dash),
            due: match (inv.totals.due, &inv.currency) {
                (Some(d), Some(c)) => format!("{} {c}", crate::invoice::money(d)),
                (Some(d), None) => crate::invoice::money(d),
                _ => dash(),
            },
            failed: inv.failures().count(),
            checks,
        }
    }
}

pub struct MailBox {
    kind: &'static str,
    subject: String,
    from: String,
    received: String,
    /// Other documents of the same mail the user may see: id, name.
    others: Vec<(i64, String)>,
}

pub struct PageView {
    number: u32,
    note: Option<String>,
    /// Width and height of the page in the pixels the word boxes are given in.
    size: Option<(u32, u32)>,
    /// Boxes (left, top, width, height) of words that match.
    hits: Vec<(i64, i64, i64, i64)>,
    /// The text in pieces, `true` where a piece matches.
    text: Vec<(String, bool)>,
}

#[derive(askama::Template)]
#[template(path = "dokument.html")]
struct DocumentPage {
    chrome: Chrome,
    id: i64,
    title: String,
    received: String,
    channel: String,
    department: String,
    class: String,
    priority: String,
    deadline: String,
    overdue: bool,
    state: String,
    state_label: String,
    /// The inbox whose state the form sets (none before the document is routed).
    state_department: Option<String>,
    states: Vec<StateChoice>,
    /// Departments it can be forwarded to (none where the user may not forward it).
    forward_to: Vec<(String, String)>,
    /// Not routed yet: the form places it rather than forwarding it.
    in_triage: bool,
    note_max: usize,
    csrf: String,
    filename: String,
    size: String,
    page_count: u32,
    sha256: String,
    has_archive: bool,
    show_images: bool,
    reasons: Vec<String>,
    fields: Vec<FieldRow>,
    invoice: Option<InvoiceBox>,
    mails: Vec<MailBox>,
    q: String,
    pages: Vec<PageView>,
    transfer: Vec<(String, String)>,
    history: Vec<(String, String)>,
}

/// The query's words, folded, that mark a word of the document when they begin it.
fn query_words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_lowercase)
        .collect()
}

fn matches(word: &str, wanted: &[String]) -> bool {
    if wanted.is_empty() {
        return false;
    }
    let folded = word.to_lowercase();
    wanted.iter().any(|w| folded.starts_with(w.as_str()))
}

/// Splits a text into runs of word and non-word characters, marking the matching words.
fn marked_text(text: &str, wanted: &[String]) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let is_word = rest.chars().next().is_some_and(char::is_alphanumeric);
        let end = rest
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric() != is_word)
            .map_or(rest.len(), |(i, _)| i);
        let (piece, tail) = rest.split_at(end);
        let hit = is_word && matches(piece, wanted);
        match out.last_mut() {
            Some(last) if !hit && !last.1 => last.0.push_str(piece),
            _ => out.push((piece.to_string(), hit)),
        }
        rest = tail;
    }
    out
}

/// Boxes of the page's OCR words that match (stored as `[[text, conf, l, t, w, h], …]`).
fn word_boxes(page: &PageRecord, wanted: &[String]) -> Vec<(i64, i64, i64, i64)> {
    let Some(json) = page.words_json.as_deref() else {
        return Vec::new();
    };
    let Ok(words) = serde_json::from_str::<Vec<(String, f64, i64, i64, i64, i64)>>(json) else {
        return Vec::new();
    };
    words
        .into_iter()
        .filter(|w| {
            w.0.split(|c: char| !c.is_alphanumeric())
                .any(|p| matches(p, wanted))
        })
        .map(|w| (w.2, w.3, w.4, w.5))
        .collect()
}

/// Why the document is where it is, in sentences.
fn reasons(last: Option<&RoutingRecord>) -> Vec<String> {
    let Some(r) = last else {
        return Vec::new();
    };
    let x: &Explanation = &r.routing.explanation;
    let mut out = vec![format!(
        "Entschieden durch: {}{}, am {}",
        labels::source_label(&r.routing.source),
        r.routing
            .decided_by
            .as_deref()
            .map(|by| format!(" ({by})"))
            .unwrap_or_default(),
        labels::berlin_minute(r.decided_at)
    )];
    if let Some(rule) = &x.rule {
        let line = x
            .rule_line
            .map(|l| format!(", Zeile {l}"))
            .unwrap_or_default();
        let file = x.rules_file.as_deref().unwrap_or("Regeldatei");
        out.push(format!("Regel „{rule}“ ({file}{line})"));
    }
    if let Some(i) = &x.invoice {
        if let Some(l) = &i.leitweg_id {
            let to = i
                .mapped_to
                .as_deref()
                .map(|d| format!(" → Amt {d}"))
                .unwrap_or_else(|| " (keinem Amt zugeordnet)".into());
            out.push(format!("E-Rechnung mit Leitweg-ID {l}{to}"));
        }
        for f in &i.failed {
            out.push(format!("E-Rechnung: Prüfung fehlgeschlagen – {f}"));
        }
    }
    for e in &x.evidence {
        let page = e.page.map(|p| format!(", Seite {p}")).unwrap_or_default();
        if e.text.is_empty() {
            out.push(format!("Bedingung: {}", e.condition));
        } else {
            out.push(format!("Gefunden: „{}“ ({}{page})", e.text, e.condition));
        }
    }
    if let Some(model) = &x.model {
        let choices: Vec<String> = model
            .departments
            .iter()
            .take(3)
            .map(|r| format!("{} ({:.0} %)", r.label, r.confidence * 100.0))
            .collect();
        if !choices.is_empty() {
            out.push(format!("Modell: {}", choices.join(", ")));
        }
    }
    if let Some(reason) = &x.triage_reason {
        out.push(format!("Triage: {reason}"));
    }
    if let Some(why) = &x.second_opinion {
        out.push(format!("Zweite Meinung des Modells: {why}"));
    }
    if let Some(t) = &x.taken_over {
        let whose = match t.by.as_str() {
            "residence" => "die betroffene Person wohnt in",
            _ => "Absender aus",
        };
        out.push(format!(
            "Übernommen von {}: {whose} {}",
            t.from, t.municipality
        ));
    }
    if let Some(note) = &x.note {
        let by = r.routing.decided_by.as_deref().unwrap_or("unbekannt");
        out.push(format!("Notiz von {by}: „{note}“"));
    }
    if let Some(p) = &x.previous {
        out.push(format!(
            "Vorher: {} ({})",
            p.department.as_deref().unwrap_or("Triage"),
            labels::source_label(&p.source)
        ));
    }
    out
}

fn mails(view: &DocumentView) -> Vec<MailBox> {
    view.consignments
        .iter()
        .map(|c| MailBox {
            kind: if c.kind == "email" {
                "der E-Mail"
            } else {
                "der Sendung"
            },
            subject: c.header.subject.clone().unwrap_or_default(),
            from: c.header.from.clone().unwrap_or_default(),
            received: labels::berlin_minute(c.received_at),
            others: c
                .parts
                .iter()
                .filter_map(|p| {
                    let id = p.document_id?;
                    (id != view.doc.id)
                        .then(|| (id.0, p.name.clone().unwrap_or(format!("Dokument {id}"))))
                })
                .collect(),
        })
        .collect()
}

fn transfer(view: &DocumentView) -> Vec<(String, String)> {
    let t = &view.transfer_note;
    let mut out = vec![
        (
            "Eingang".to_string(),
            crate::model::format_berlin_text(&t.received_at),
        ),
        ("Pipeline".to_string(), t.pipeline.clone()),
        (
            "SHA-256 des Originals".to_string(),
            t.original_sha256.clone(),
        ),
        ("Seiten gescannt".to_string(), t.pages_scanned.to_string()),
        (
            "Seiten mit Inhalt".to_string(),
            t.pages_with_content.to_string(),
        ),
    ];
    for a in &t.anomalies {
        out.push(("Auffälligkeit".to_string(), a.clone()));
    }
    out
}

/// The document page.
pub async fn page(
    State(app): State<AppState>,
    user: WebUser,
    Path(id): Path<String>,
    Query(q): Query<DocumentQuery>,
) -> Result<Html<String>, PageError> {
    let id = document_id(&id)?;
    let view = document_view::view(&app, &user.actor, id).await?;
    let wanted = query_words(&q.q);
    let doc = &view.doc;
    let today = labels::today_iso();
    let (deadline, overdue) =
        labels::deadline(doc.deadline.as_deref(), view.state.as_deref(), &today);
    let subject = view
        .fields
        .iter()
        .find(|f| f.name == "subject")
        .map(|f| f.value.clone());
    let show_images = doc.archive_sha256.is_some() || doc.media_type == "application/pdf";
    let page = DocumentPage {
        chrome: Chrome::of(&app, format!("Dokument {}", doc.id), "", &user).await,
        id: doc.id.0,
        title: subject.unwrap_or_else(|| doc.original_filename.clone()),
        received: crate::model::format_berlin(doc.received_at),
        channel: doc.channel.clone(),
        department: doc
            .department
            .as_deref()
            .map(|d| labels::department(&app, d))
            .unwrap_or_else(|| "– (Triage)".into()),
        class: doc.class.clone().unwrap_or_default(),
        priority: doc.priority.clone().unwrap_or_default(),
        deadline,
        overdue,
        state: view.state.clone().unwrap_or_default(),
        state_label: labels::state_label(view.state.as_deref().unwrap_or("triage")).to_string(),
        state_department: doc.department.clone().filter(|_| view.state.is_some()),
        states: labels::state_choices(),
        // Clerks and staff forward a routed document; staff also place one from triage.
        forward_to: match &doc.department {
            Some(here) if user.actor.has(Role::Clerk) || user.actor.has(Role::Mailroom) => {
                labels::department_choices(&app)
                    .into_iter()
                    .filter(|(id, _)| id != here)
                    .collect()
            }
            None if user.actor.has(Role::Mailroom) => labels::department_choices(&app),
            _ => Vec::new(),
        },
        in_triage: doc.department.is_none(),
        note_max: routing::NOTE_MAX_CHARS,
        csrf: user.csrf.clone(),
        filename: doc.original_filename.clone(),
        size: labels::size(doc.size),
        page_count: doc.page_count,
        sha256: doc.sha256.to_string(),
        has_archive: doc.archive_sha256.is_some(),
        show_images,
        reasons: reasons(view.routings.last()),
        fields: view
            .fields
            .iter()
            .map(|f| FieldRow {
                label: labels::field_label(&f.name).to_string(),
                value: f.value.clone(),
                page: f.page,
                raw: f.raw.clone(),
            })
            .collect(),
        invoice: view.invoice.as_ref().map(InvoiceBox::of),
        mails: mails(&view),
        q: q.q.clone(),
        pages: view
            .pages
            .iter()
            .map(|p| PageView {
                number: p.number,
                note: p.note.clone(),
                size: p.width.zip(p.height),
                hits: word_boxes(p, &wanted),
                text: marked_text(&p.text, &wanted),
            })
            .collect(),
        transfer: transfer(&view),
        history: view
            .events
            .iter()
            .map(|e| (labels::berlin_minute(e.at), e.kind.clone()))
            .collect(),
    };
    render(&page)
}

#[derive(Debug, Deserialize)]
pub struct StateForm {
    #[serde(default)]
    csrf: String,
    department: String,
    state: String,
    #[serde(default)]
    zurueck: String,
}

/// Sets the document's state in a department's inbox, then back to where the form was.
pub async fn set_state(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<StateForm>,
) -> Result<Redirect, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    let id = document_id(&id)?;
    routing::set_state(&app, &user.actor, &form.department, id, &form.state).await?;
    Ok(Redirect::to(local_target(&form.zurueck)))
}

#[derive(Debug, Deserialize)]
pub struct ForwardForm {
    #[serde(default)]
    csrf: String,
    /// The receiving department's id.
    amt: String,
    #[serde(default)]
    notiz: String,
}

/// Forwards the document with a note. A clerk no longer sees it afterwards and goes back to
/// the Posteingang; mail-room staff stay on the document.
pub async fn forward(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<ForwardForm>,
) -> Result<Redirect, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    let id = document_id(&id)?;
    let note = Some(form.notiz).filter(|n| !n.trim().is_empty());
    let done = routing::forward(&app, &user.actor, id, &form.amt, note).await?;
    Ok(Redirect::to(&if user.actor.has(Role::Mailroom) {
        format!("/dokumente/{id}")
    } else {
        format!(
            "/posteingang?weitergeleitet={id}&an={}",
            super::url_encoded(&done.department)
        )
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_begin_with_a_query_word_are_marked() {
        let wanted = query_words("Widerspruch Bescheid");
        let text = marked_text(
            "Hiermit lege ich Widerspruch gegen den Bescheides ein.",
            &wanted,
        );
        let marked: Vec<&str> = text.iter().filter(|t| t.1).map(|t| t.0.as_str()).collect();
        assert_eq!(marked, ["Widerspruch", "Bescheides"]);
        let joined: String = text.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(
            joined,
            "Hiermit lege ich Widerspruch gegen den Bescheides ein."
        );
        assert!(marked_text("kein Treffer", &[]).iter().all(|t| !t.1));
    }

    #[test]
    fn boxes_come_from_the_ocr_words() {
        let page = PageRecord {
            number: 1,
            text: String::new(),
            text_source: crate::model::TextSource::Ocr,
            confidence: None,
            width: Some(2480),
            height: Some(3508),
            dpi: Some(300),
            words_json: Some(
                r#"[["Widerspruch,",91.0,100,200,300,40],["gegen",90.0,420,200,120,40]]"#.into(),
            ),
            note: None,
        };
        assert_eq!(
            word_boxes(&page, &query_words("widerspruch")),
            [(100, 200, 300, 40)]
        );
        assert!(word_boxes(&page, &[]).is_empty());
    }
}
