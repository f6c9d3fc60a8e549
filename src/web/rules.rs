//! `/regeln` for operators and mail-room staff: the rules file as it is on disk, with line
//! numbers and every error at its line.

use axum::extract::State;
use axum::response::Html;

use super::{render, Chrome, PageError, WebUser};
use crate::app::rules;
use crate::http::AppState;

#[derive(askama::Template)]
#[template(path = "regeln.html")]
struct RulesPage {
    chrome: Chrome,
    path: String,
    valid: Option<(String, usize)>,
    /// Line (if any) and message of each error.
    errors: Vec<(Option<usize>, String)>,
    /// Each line of the file, and whether an error points at it.
    lines: Vec<(String, bool)>,
}

pub async fn page(State(app): State<AppState>, user: WebUser) -> Result<Html<String>, PageError> {
    let file = rules::current(&app, &user.actor).await?;
    let bad: Vec<usize> = file.errors.iter().filter_map(|e| e.line).collect();
    render(&RulesPage {
        chrome: Chrome::of(&app, "Regeln", "regeln", &user).await,
        path: file.path.display().to_string(),
        valid: file.valid,
        errors: file
            .errors
            .iter()
            .map(|e| (e.line, format!("{}: {}", e.component, e.message)))
            .collect(),
        lines: file
            .text
            .lines()
            .enumerate()
            .map(|(i, l)| (l.to_string(), bad.contains(&(i + 1))))
            .collect(),
    })
}
