//! `/regeln` for operators and mail-room staff: the rules file as it is on disk, with line
//! numbers and every error at its line; a changed text can be tried (its errors, and what
//! would move where over the newest documents) and, by operators, saved once it is valid.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::{labels, render, Chrome, PageError, WebUser};
use crate::app::rules::{self, Replay, TRIAGE, UNROUTED};
use crate::app::{rules_edit, AppError};
use crate::config::Diagnostic;
use crate::http::AppState;
use crate::model::Role;

/// Most moved documents a preview lists.
const MAX_MOVES: usize = 200;

/// A department's count now and under the tried rules.
pub struct CountRow {
    department: String,
    now: u64,
    new: u64,
    change: String,
}

/// A document the tried rules would move.
pub struct MoveRow {
    id: i64,
    name: String,
    from: String,
    to: String,
    why: String,
}

/// What trying a changed text showed.
pub struct Trial {
    valid: bool,
    documents: usize,
    counts: Vec<CountRow>,
    moves: Vec<MoveRow>,
    more_moves: usize,
    disagreements: usize,
}

#[derive(askama::Template)]
#[template(path = "regeln.html")]
struct RulesPage {
    chrome: Chrome,
    path: String,
    valid: Option<(String, usize)>,
    /// Line (if any) and message of each error (of the text shown in the editor).
    errors: Vec<(Option<usize>, String)>,
    /// Each line of the file on disk, and whether an error points at it.
    lines: Vec<(String, bool)>,
    /// The text in the editor: the file, or the changed text being tried.
    draft: String,
    basis: String,
    csrf: String,
    may_save: bool,
    trial: Option<Trial>,
    notice: Option<String>,
    preview_documents: usize,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct RulesQuery {
    /// After saving: the version now in force.
    gespeichert: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct RulesForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    regeln: String,
    #[serde(default)]
    basis: String,
}

fn error_rows(errors: &[Diagnostic]) -> Vec<(Option<usize>, String)> {
    errors
        .iter()
        .map(|e| (e.line, format!("{}: {}", e.component, e.message)))
        .collect()
}

fn place(app: &AppState, d: &str) -> String {
    match d {
        TRIAGE => "Triage".into(),
        UNROUTED => "nicht zugeordnet".into(),
        d => labels::department(app, d),
    }
}

/// What a trial shows: its moves, or only that the text is not valid.
fn shown(app: &AppState, result: &rules_edit::RulesTrial) -> Trial {
    match &result.replay {
        Some(replay) => trial(app, replay),
        None => invalid_trial(),
    }
}

fn invalid_trial() -> Trial {
    Trial {
        valid: false,
        documents: 0,
        counts: Vec::new(),
        moves: Vec::new(),
        more_moves: 0,
        disagreements: 0,
    }
}

fn trial(app: &AppState, replay: &Replay) -> Trial {
    let counts = replay
        .per_department
        .iter()
        .map(|(d, c)| {
            let change = c.new as i64 - c.now as i64;
            CountRow {
                department: place(app, d),
                now: c.now,
                new: c.new,
                change: if change == 0 {
                    String::new()
                } else {
                    format!("{change:+}")
                },
            }
        })
        .collect();
    let moves = replay
        .moves
        .iter()
        .take(MAX_MOVES)
        .map(|m| MoveRow {
            id: m.document_id.0,
            name: m.original_filename.clone(),
            from: place(app, &m.from),
            to: place(app, &m.to),
            why: match (&m.rule, m.rule_line) {
                (Some(r), Some(l)) => format!("Regel „{r}“, Zeile {l}"),
                _ => labels::source_label(&m.by).to_string(),
            },
        })
        .collect();
    Trial {
        valid: true,
        documents: replay.documents,
        counts,
        moves,
        more_moves: replay.moves.len().saturating_sub(MAX_MOVES),
        disagreements: replay.disagreements.len(),
    }
}

/// The page for the file on disk, with `draft` (and its errors and trial) in the editor.
async fn rules_page(
    app: &AppState,
    user: &WebUser,
    draft: Option<(String, Vec<Diagnostic>, Option<Trial>)>,
    notice: Option<String>,
) -> Result<RulesPage, PageError> {
    let file = rules::current(app, &user.actor).await?;
    let bad: Vec<usize> = file.errors.iter().filter_map(|e| e.line).collect();
    let lines = file
        .text
        .lines()
        .enumerate()
        .map(|(i, l)| (l.to_string(), bad.contains(&(i + 1))))
        .collect();
    let (draft, errors, trial) = match draft {
        Some((text, errors, trial)) => (text, error_rows(&errors), trial),
        None => (file.text.clone(), error_rows(&file.errors), None),
    };
    Ok(RulesPage {
        chrome: Chrome::of(app, "Regeln", "regeln", user).await,
        path: file.path.display().to_string(),
        valid: file.valid,
        errors,
        lines,
        draft,
        basis: file.sha256,
        csrf: user.csrf.clone(),
        may_save: user.actor.has(Role::Operator),
        trial,
        notice,
        preview_documents: rules_edit::PREVIEW_DOCUMENTS,
    })
}

pub async fn page(
    State(app): State<AppState>,
    user: WebUser,
    Query(q): Query<RulesQuery>,
) -> Result<Html<String>, PageError> {
    let notice = q
        .gespeichert
        .map(|v| format!("Gespeichert. Es gelten jetzt die Regeln in Fassung {v}."));
    render(&rules_page(&app, &user, None, notice).await?)
}

/// Tries a changed text: its errors, or what would move where. Nothing is saved.
pub async fn try_text(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Form(form): Form<RulesForm>,
) -> Result<Html<String>, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    let result = rules_edit::try_text(&app, &user.actor, &form.regeln).await?;
    let trial = Some(shown(&app, &result));
    let draft = (form.regeln, result.errors, trial);
    render(&rules_page(&app, &user, Some(draft), None).await?)
}

/// Saves a changed text (operators), then shows the file as it is now.
pub async fn save(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Form(form): Form<RulesForm>,
) -> Result<Response, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    match rules_edit::save(&app, &user.actor, &form.regeln, &form.basis).await {
        Ok(version) => Ok(Redirect::to(&format!("/regeln?gespeichert={version}")).into_response()),
        // Invalid or changed meanwhile: the editor keeps the text, with why it was not saved.
        Err(e @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            let (status, notice, errors) = if matches!(e, AppError::Conflict(_)) {
                let notice = "Nicht gespeichert: Die Datei wurde inzwischen geändert. Bitte neu laden und die Änderung wiederholen.";
                (StatusCode::CONFLICT, notice, Vec::new())
            } else {
                let notice = "Nicht gespeichert: Die Regeln enthalten Fehler (siehe unten).";
                let errors = rules_edit::check(&app, &user.actor, &form.regeln).await?;
                (StatusCode::UNPROCESSABLE_ENTITY, notice, errors)
            };
            let trial = (!errors.is_empty()).then(invalid_trial);
            let draft = (form.regeln, errors, trial);
            let page = rules_page(&app, &user, Some(draft), Some(notice.to_string())).await?;
            Ok((status, render(&page)?).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
