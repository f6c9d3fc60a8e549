//! `mailroom rules test --letters DIR`: reads a folder of sample letters whose departments
//! are known (`DIR/expected.toml` or `.csv`) and prints how a rule set and the current model
//! route them (`app::rules_letters` routes and counts) — the tool operators tune their rules
//! with. Nothing is filed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use serde::Deserialize;

use super::output::print_json;
use super::routing_text::department_label;
use crate::app::rules_letters as letters;
use crate::config::Config;
use crate::instance::Instance;
use crate::routing::Router;

/// `expected.toml`: `[letters]` with `"file name" = "department"`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    letters: BTreeMap<String, String>,
}

/// The files with the expected departments: TOML, or CSV (`file,department`, `;` also works,
/// an optional header row) as a spreadsheet exports it.
pub const EXPECTED_FILE: &str = "expected.toml";
pub const EXPECTED_CSV: &str = "expected.csv";

/// Reads `DIR/expected.toml` or `DIR/expected.csv`: file name → department.
fn read_expected(dir: &Path) -> anyhow::Result<(PathBuf, BTreeMap<String, String>)> {
    let toml_path = dir.join(EXPECTED_FILE);
    if toml_path.exists() {
        let text = std::fs::read_to_string(&toml_path)
            .with_context(|| format!("reading {}", toml_path.display()))?;
        let expected: Expected = toml::from_str(&text).with_context(|| {
            format!(
                "{}: expected `[letters]` with \"file\" = \"department\"",
                toml_path.display()
            )
        })?;
        return Ok((toml_path, expected.letters));
    }
    let csv_path = dir.join(EXPECTED_CSV);
    let text = std::fs::read_to_string(&csv_path).with_context(|| {
        format!(
            "reading {} or {} (the expected department of each letter)",
            toml_path.display(),
            csv_path.display()
        )
    })?;
    let delimiter = if text.lines().next().is_some_and(|l| l.contains(';')) {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut letters = BTreeMap::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("{}: row {}", csv_path.display(), i + 1))?;
        let (Some(file), Some(department)) = (record.get(0), record.get(1)) else {
            anyhow::bail!(
                "{}: row {} needs `file,department`",
                csv_path.display(),
                i + 1
            );
        };
        let header = i == 0 && matches!(file.to_lowercase().as_str(), "file" | "datei");
        if !header && !file.is_empty() {
            letters.insert(file.to_string(), department.to_string());
        }
    }
    Ok((csv_path, letters))
}

pub async fn run(
    config: Config,
    router: Router,
    rules_file: &Path,
    dir: &Path,
    pipeline: &str,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let (expected_path, expected) = read_expected(dir)?;
    if let Err(e) = letters::check_expected(&router, expected.values()) {
        eprintln!("error: {}: {e}", expected_path.display());
        return Ok(ExitCode::from(super::EXIT_CONFIG));
    }
    let channel = config
        .pipelines
        .iter()
        .find(|p| p.name == pipeline)
        .map_or_else(|| pipeline.to_string(), |p| p.channel.clone());
    let instance = Instance::open(config)
        .await
        .context("opening the instance")?;
    let worker = instance.worker(None).await?;
    let mut results = Vec::new();
    let mut unreadable = Vec::new();
    for (file, department) in &expected {
        match worker.runner.read_pages(pipeline, &dir.join(file)).await {
            Ok(pages) => results.push(letters::route_letter(
                &router, file, department, &pages, pipeline, &channel,
            )),
            Err(e) => unreadable.push(letters::Unreadable {
                file: file.clone(),
                reason: e.to_string(),
            }),
        }
    }
    let report = letters::LettersReport::new(rules_file.to_path_buf(), results, unreadable);
    if json {
        print_json(&report)?;
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "Rules test: {} on {} letter(s) in {}; nothing is filed.",
        rules_file.display(),
        report.letters,
        dir.display()
    );
    println!(
        "  {:<48} {:>6} {:>6} {:>7}",
        "department", "right", "wrong", "triage"
    );
    for (d, t) in &report.per_department {
        println!(
            "  {:<48} {:>6} {:>6} {:>7}",
            department_label(&instance.config, d),
            t.right,
            t.wrong,
            t.triage
        );
    }
    println!(
        "  {:<48} {:>6} {:>6} {:>7}",
        "total", report.right, report.wrong, report.triage
    );
    for o in report.results.iter().filter(|o| o.is_wrong()) {
        let how = match &o.rule {
            Some(r) => format!("rule \"{r}\""),
            None => o.by.clone(),
        };
        println!(
            "  wrong:  {} → {} by {how}, expected {}",
            o.file,
            o.got.as_deref().unwrap_or("?"),
            o.expected
        );
    }
    for o in report.results.iter().filter(|o| o.got.is_none()) {
        println!(
            "  triage: {} (expected {}): {}",
            o.file,
            o.expected,
            o.triage_reason.as_deref().unwrap_or("")
        );
    }
    for u in &report.unreadable {
        println!("  not read: {}: {}", u.file, u.reason);
    }
    Ok(ExitCode::SUCCESS)
}
