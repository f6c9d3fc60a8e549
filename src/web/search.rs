//! `/suche?q=`: full-text search over what the user may see (the application layer puts the
//! user's departments into the index query), with highlighted snippets, facets as links that
//! narrow the search, and a date range. `app.js` refreshes the results while typing.

use axum::extract::{Query, State};
use axum::response::Html;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use serde::Deserialize;

use super::labels;
use super::{render, Chrome, PageError, WebUser};
use crate::app::documents::{self, parse_when};
use crate::http::AppState;
use crate::search::{FacetCount, SearchOrder, SearchQuery};

/// Hits per page.
const PAGE: usize = 20;
/// Furthest a page may start (as in the API).
const MAX_OFFSET: usize = 10_000;

/// The search form's fields (the facet keys are German, like the page).
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(default)]
pub struct SearchForm {
    q: String,
    amt: Option<String>,
    klasse: Option<String>,
    schlagwort: Option<String>,
    kanal: Option<String>,
    von: Option<String>,
    bis: Option<String>,
    /// `relevanz` or `eingang` (newest first); default: relevance with words, else newest.
    sortierung: Option<String>,
    ab: usize,
}

impl SearchForm {
    /// The facet filters chosen, as (form key, value).
    fn chosen(&self) -> Vec<(&'static str, String)> {
        [
            ("amt", &self.amt),
            ("klasse", &self.klasse),
            ("schlagwort", &self.schlagwort),
            ("kanal", &self.kanal),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.clone().filter(|v| !v.is_empty()).map(|v| (k, v)))
        .collect()
    }

    /// The URL of this search with `key` set to `value` (`None`: removed), from the first hit.
    fn with(&self, key: &'static str, value: Option<&str>) -> String {
        let mut pairs: Vec<(&'static str, String)> = vec![("q", self.q.clone())];
        for (k, v) in self.chosen() {
            if k != key {
                pairs.push((k, v));
            }
        }
        if let Some(v) = value {
            pairs.push((key, v.to_string()));
        }
        for (k, v) in [
            ("von", &self.von),
            ("bis", &self.bis),
            ("sortierung", &self.sortierung),
        ] {
            if let Some(v) = v.as_ref().filter(|v| !v.is_empty()) {
                pairs.push((k, v.clone()));
            }
        }
        query_string(&pairs)
    }
}

fn query_string(pairs: &[(&str, String)]) -> String {
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", utf8_percent_encode(v, NON_ALPHANUMERIC)))
        .collect();
    format!("/suche?{}", encoded.join("&"))
}

pub struct Hit {
    id: i64,
    title: String,
    snippet_html: String,
    received: String,
    department: String,
    class: String,
    channel: String,
}

pub struct FacetLink {
    value: String,
    count: u64,
    href: String,
}

pub struct FacetGroup {
    label: &'static str,
    values: Vec<FacetLink>,
}

#[derive(askama::Template)]
#[template(path = "suche.html")]
struct SearchPage {
    chrome: Chrome,
    q: String,
    q_encoded: String,
    from: String,
    until: String,
    newest: bool,
    /// The order as chosen in the form (empty: automatic).
    sort_choice: String,
    /// Chosen facets as hidden fields (form key, value).
    chosen: Vec<(&'static str, String)>,
    /// Chosen facets as removable labels (text, URL without it).
    chosen_labels: Vec<(String, String)>,
    total: usize,
    hits: Vec<Hit>,
    facets: Vec<FacetGroup>,
    next_page: Option<String>,
}

fn group(
    app: Option<&AppState>,
    form: &SearchForm,
    label: &'static str,
    key: &'static str,
    counts: &[FacetCount],
) -> FacetGroup {
    let chosen = form.chosen();
    FacetGroup {
        label,
        values: counts
            .iter()
            .filter(|c| !chosen.iter().any(|(k, v)| *k == key && *v == c.value))
            .take(10)
            .map(|c| FacetLink {
                value: match (key, app) {
                    ("amt", Some(app)) => labels::department(app, &c.value),
                    _ => c.value.clone(),
                },
                count: c.count,
                href: form.with(key, Some(&c.value)),
            })
            .collect(),
    }
}

/// The search page: the form, and the hits of the search it holds.
pub async fn page(
    State(app): State<AppState>,
    user: WebUser,
    Query(form): Query<SearchForm>,
) -> Result<Html<String>, PageError> {
    let date = |s: &Option<String>, end| {
        s.as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| parse_when(s, end))
            .transpose()
    };
    let order = documents::search_order(form.sortierung.as_deref(), &form.q)?;
    let query = SearchQuery {
        order,
        text: form.q.clone(),
        channel: form.kanal.clone().filter(|v| !v.is_empty()),
        received_from: date(&form.von, false)?,
        received_until: date(&form.bis, true)?,
        departments: form
            .amt
            .clone()
            .filter(|v| !v.is_empty())
            .into_iter()
            .collect(),
        class: form.klasse.clone().filter(|v| !v.is_empty()),
        tags: form
            .schlagwort
            .clone()
            .filter(|v| !v.is_empty())
            .into_iter()
            .collect(),
        facets: true,
        limit: PAGE,
        offset: form.ab.min(MAX_OFFSET),
        ..SearchQuery::default()
    };
    let results = documents::search(&app, &user.actor, query).await?;
    let facets = results.facets.clone().unwrap_or_default();
    let shown = form.ab.min(MAX_OFFSET) + results.hits.len();
    let next_page = (shown < results.total && shown < MAX_OFFSET)
        .then(|| format!("{}&ab={shown}", form.with("ab", None)));
    let page = SearchPage {
        chrome: Chrome::of(&app, "Suche", "suche", &user).await,
        q: form.q.clone(),
        q_encoded: utf8_percent_encode(&form.q, NON_ALPHANUMERIC).to_string(),
        from: form.von.clone().unwrap_or_default(),
        until: form.bis.clone().unwrap_or_default(),
        newest: order == SearchOrder::Newest,
        sort_choice: form.sortierung.clone().unwrap_or_default(),
        chosen: form.chosen(),
        chosen_labels: form
            .chosen()
            .into_iter()
            .map(|(k, v)| (v, form.with(k, None)))
            .collect(),
        total: results.total,
        hits: results
            .hits
            .into_iter()
            .map(|h| Hit {
                id: h.id.0,
                title: h.original_filename,
                // Escaped by the search backend, words marked with <b>.
                snippet_html: h.snippet_html,
                received: labels::berlin_minute(h.received_at),
                department: h.department.unwrap_or_else(|| "Triage".into()),
                class: h.class.unwrap_or_default(),
                channel: h.channel,
            })
            .collect(),
        facets: vec![
            group(Some(&app), &form, "Amt", "amt", &facets.departments),
            group(None, &form, "Klasse", "klasse", &facets.classes),
            group(None, &form, "Schlagwort", "schlagwort", &facets.tags),
            group(None, &form, "Kanal", "kanal", &facets.channels),
        ],
        next_page,
    };
    render(&page)
}
