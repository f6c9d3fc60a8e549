//! `/posteingang`: the documents of the user's departments, newest first, filtered by state,
//! with a state form per row; `/posteingang/ereignisse` tells an open page (server-sent
//! events) when a new document has arrived.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::Html;
use futures::Stream;
use serde::Deserialize;

use super::labels::{self, StateChoice};
use super::{render, Chrome, PageError, WebUser};
use crate::app::{documents, routing, AppError};
use crate::http::AppState;
use crate::model::{Actor, InboxEntry};
use crate::search::{SearchOrder, SearchQuery};

/// Rows one page lists; older ones are on the next pages (or a search away).
const PAGE_ROWS: usize = 200;
/// Furthest a page may start (as in the Suche).
const MAX_OFFSET: usize = 10_000;

/// How often an open Posteingang asks whether something new has arrived.
const POLL: Duration = Duration::from_secs(2);

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct InboxQuery {
    /// `offen` (default: neu and in Bearbeitung), `alle` or one state.
    status: Option<String>,
    /// After forwarding: the document sent on, and the department it went to.
    weitergeleitet: Option<i64>,
    an: Option<String>,
    /// The first row shown (paging: 0 is the newest).
    ab: usize,
}

pub struct Filter {
    key: &'static str,
    label: &'static str,
    count: usize,
    active: bool,
}

pub struct Row {
    id: i64,
    received: String,
    title: String,
    sender: String,
    /// The department as people name it, and its code (for the state form).
    department: String,
    department_id: String,
    class: String,
    priority: String,
    deadline: String,
    overdue: bool,
    channel: String,
    state: String,
}

#[derive(askama::Template)]
#[template(path = "posteingang.html")]
struct InboxPage {
    chrome: Chrome,
    filters: Vec<Filter>,
    rows: Vec<Row>,
    /// Rows `first`..=`last` of `total`; links to newer and older pages.
    first: usize,
    last: usize,
    total: usize,
    newer: Option<String>,
    older: Option<String>,
    states: Vec<StateChoice>,
    csrf: String,
    back: String,
    /// What the last action did, for a confirmation.
    notice: Option<String>,
}

/// The filters offered, with the states each one shows.
const FILTERS: [(&str, &str, &[&str]); 6] = [
    ("offen", "Offen", &["neu", "in_bearbeitung"]),
    ("neu", "Neu", &["neu"]),
    ("in_bearbeitung", "In Bearbeitung", &["in_bearbeitung"]),
    ("erledigt", "Erledigt", &["erledigt"]),
    ("weitergeleitet", "Weitergeleitet", &["weitergeleitet"]),
    ("alle", "Alle", &[]),
];

fn row(app: &AppState, e: InboxEntry, today: &str) -> Row {
    let (deadline, overdue) = labels::deadline(e.deadline.as_deref(), Some(&e.state), today);
    Row {
        id: e.document_id.0,
        received: labels::berlin_minute(e.received_at),
        title: e
            .subject
            .filter(|s| !s.trim().is_empty())
            .unwrap_or(e.original_filename),
        sender: e.sender.unwrap_or_default(),
        department: e
            .department
            .as_deref()
            .map(|d| labels::department(app, d))
            .unwrap_or_default(),
        department_id: e.department.unwrap_or_default(),
        class: e.class.unwrap_or_default(),
        priority: e.priority.unwrap_or_default(),
        deadline,
        overdue,
        channel: e.channel,
        state: e.state,
    }
}

/// The Posteingang page.
pub async fn page(
    State(app): State<AppState>,
    user: WebUser,
    Query(q): Query<InboxQuery>,
) -> Result<Html<String>, PageError> {
    let chosen = q.status.as_deref().unwrap_or("offen");
    let Some(&(key, _, states)) = FILTERS.iter().find(|f| f.0 == chosen) else {
        return Err(PageError::not_found());
    };
    let wanted: Vec<String> = states.iter().map(|s| s.to_string()).collect();
    let offset = q.ab.min(MAX_OFFSET);
    let overview = routing::inbox_overview(&app, &user.actor, &wanted, offset, PAGE_ROWS).await?;
    let total: usize = overview
        .counts
        .iter()
        .filter(|(s, _)| states.is_empty() || states.contains(&s.as_str()))
        .map(|(_, n)| *n as usize)
        .sum();
    let filters = FILTERS
        .iter()
        .map(|&(k, label, states)| Filter {
            key: k,
            label,
            count: overview
                .counts
                .iter()
                .filter(|(s, _)| states.is_empty() || states.contains(&s.as_str()))
                .map(|(_, n)| *n as usize)
                .sum(),
            active: k == key,
        })
        .collect();
    let today = labels::today_iso();
    let rows: Vec<Row> = overview
        .entries
        .into_iter()
        .map(|e| row(&app, e, &today))
        .collect();
    let page_at = |at: usize| format!("/posteingang?status={key}&ab={at}");
    let last = offset + rows.len();
    render(&InboxPage {
        chrome: Chrome::of(&app, "Posteingang", "posteingang", &user).await,
        filters,
        first: if rows.is_empty() { 0 } else { offset + 1 },
        last,
        total,
        newer: (offset > 0).then(|| page_at(offset.saturating_sub(PAGE_ROWS))),
        older: (last < total && last < MAX_OFFSET).then(|| page_at(last)),
        rows,
        states: labels::state_choices(),
        csrf: user.csrf.clone(),
        back: if offset > 0 {
            page_at(offset)
        } else {
            format!("/posteingang?status={key}")
        },
        notice: q.weitergeleitet.zip(q.an.as_deref()).map(|(id, to)| {
            format!(
                "Dokument {id} wurde an {} weitergeleitet.",
                labels::department(&app, to)
            )
        }),
    })
}

/// The newest document the user may see and how many there are: changes when one arrives.
async fn mark(app: &AppState, actor: &Actor) -> Result<(usize, Option<i64>), AppError> {
    let query = SearchQuery {
        limit: 1,
        order: SearchOrder::Newest,
        ..SearchQuery::default()
    };
    let results = documents::search(app, actor, query).await?;
    Ok((results.total, results.hits.first().map(|h| h.id.0)))
}

/// Server-sent events for an open Posteingang: `neu` whenever the newest visible document
/// changes (the page then reloads its list). Asked through search, so a clerk learns only of
/// documents of their own departments; the stream ends with the session (logout, expiry, a
/// locked account), and the browser's reconnect is sent to the login page.
pub async fn events(
    State(app): State<AppState>,
    user: WebUser,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, PageError> {
    let first = mark(&app, &user.actor).await?;
    let stream = futures::stream::unfold(first, move |last| {
        let app = app.clone();
        let user = user.clone();
        async move {
            loop {
                tokio::time::sleep(POLL).await;
                // Asked as the account is now: a department taken away is out of the stream.
                let actor = user.current_actor(&app).await?;
                match mark(&app, &actor).await {
                    Ok(now) if now != last => {
                        let event = Event::default().event("neu").data(now.0.to_string());
                        return Some((Ok(event), now));
                    }
                    Ok(_) => {}
                    // The index may be busy: end the stream, the browser reconnects.
                    Err(_) => return None,
                }
            }
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}
