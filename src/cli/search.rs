//! `mailroom search QUERY`

use std::process::ExitCode;

use anyhow::{bail, Context};

use super::output::{berlin, print_json};
use crate::app::documents::{self, SearchView};
use crate::app::App;
use crate::config::Config;
use crate::model::Actor;
use crate::search::SearchQuery;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Words to find (all must occur; "quoted phrases" work). Empty lists by filters only.
    query: Vec<String>,
    /// Only documents of this pipeline.
    #[arg(long)]
    pipeline: Option<String>,
    /// Only documents of this intake channel.
    #[arg(long)]
    channel: Option<String>,
    /// Only documents that came in this mailbox (e.g. poststelle@kreis.de).
    #[arg(long)]
    mailbox: Option<String>,
    /// Received on or after this day (TT.MM.JJJJ or YYYY-MM-DD, Berlin time) or instant (RFC 3339).
    #[arg(long)]
    from: Option<String>,
    /// Received on or before this day (TT.MM.JJJJ or YYYY-MM-DD, inclusive) or before this instant.
    #[arg(long)]
    to: Option<String>,
    /// Only documents of this department (repeat for any of several).
    #[arg(long, value_name = "DEPT")]
    department: Vec<String>,
    /// Only documents of this class (e.g. Widerspruch).
    #[arg(long)]
    class: Option<String>,
    /// Only documents with this tag (repeat: all of them).
    #[arg(long, value_name = "TAG")]
    tag: Vec<String>,
    /// Only documents with this extracted value, e.g. `municipality=Andernach` or
    /// `file_reference=3 K 1234/25` (repeat: all of them).
    #[arg(long, value_name = "NAME=VALUE")]
    field: Vec<String>,
    /// Also count departments, classes, tags and field values over all matches.
    #[arg(long)]
    facets: bool,
    /// Maximum number of hits.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Print hits as a JSON array (`id`, `score`, `snippet`, `department`, `class`, `tags`, …);
    /// with --facets an object `{hits, total, facets}`.
    #[arg(long)]
    json: bool,
}

fn field_filters(args: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    args.iter()
        .map(|a| match a.split_once('=') {
            Some((n, v)) if !n.trim().is_empty() => {
                Ok((n.trim().to_string(), v.trim().to_string()))
            }
            _ => bail!("--field {a:?}: expected NAME=VALUE, e.g. municipality=Andernach"),
        })
        .collect()
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let query = SearchQuery {
        text: args.query.join(" "),
        pipeline: args.pipeline.clone(),
        channel: args.channel.clone(),
        mailbox: args.mailbox.clone(),
        received_from: args
            .from
            .as_deref()
            .map(|s| documents::parse_when(s, false))
            .transpose()?,
        received_until: args
            .to
            .as_deref()
            .map(|s| documents::parse_when(s, true))
            .transpose()?,
        departments: args.department.clone(),
        class: args.class.clone(),
        tags: args.tag.clone(),
        fields: field_filters(&args.field)?,
        facets: args.facets,
        limit: args.limit,
        ..SearchQuery::default()
    };
    let app = App::open(config).await.context("opening the instance")?;
    let results = documents::search(&app, &Actor::local(), query).await?;
    let hits = &results.hits;
    if args.json {
        let view = SearchView::from_results(&results);
        if args.facets {
            print_json(&view)?;
        } else {
            print_json(&view.hits)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if hits.is_empty() {
        println!("no documents found");
    } else if results.total > hits.len() {
        println!(
            "{} of {} documents (--limit N shows more)",
            hits.len(),
            results.total
        );
    }
    for h in hits {
        let routing = match (&h.department, &h.class) {
            (Some(d), Some(c)) => format!("  → {d} ({c})"),
            (Some(d), None) => format!("  → {d}"),
            (None, Some(c)) => format!("  ({c})"),
            (None, None) => String::new(),
        };
        println!(
            "#{:<6} {}  {}  [{}]{routing}",
            h.id,
            berlin(h.received_at),
            h.original_filename,
            h.pipeline
        );
        if !h.snippet.is_empty() {
            println!("        {}", h.snippet);
        }
    }
    if let Some(f) = &results.facets {
        let line = |label: &str, counts: &[crate::search::FacetCount]| {
            if !counts.is_empty() {
                let list: Vec<String> = counts
                    .iter()
                    .map(|c| format!("{} ({})", c.value, c.count))
                    .collect();
                println!("  {label:<18} {}", list.join(", "));
            }
        };
        println!("Facets over {} matching document(s):", results.total);
        line("department", &f.departments);
        line("class", &f.classes);
        line("tag", &f.tags);
        for (name, counts) in &f.fields {
            line(name, &counts[..counts.len().min(10)]);
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_berlin_days() {
        assert_eq!(
            documents::parse_when("2026-11-21", false)
                .unwrap()
                .to_string(),
            "2026-11-20T23:00:00Z"
        );
        assert_eq!(
            documents::parse_when("2026-11-21", true)
                .unwrap()
                .to_string(),
            "2026-11-21T23:00:00Z"
        );
        // As German offices write dates, too.
        for german in ["21.11.2026", "21.11.2026 "] {
            assert_eq!(
                documents::parse_when(german, true).unwrap(),
                documents::parse_when("2026-11-21", true).unwrap()
            );
        }
        assert!(documents::parse_when("31.02.2026", false).is_err());
        assert!(documents::parse_when("2026/11/21", false).is_err());
    }
}
