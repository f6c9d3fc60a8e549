//! `mailroom rules test --letters DIR`: routes a folder of sample letters whose departments
//! are known (`DIR/expected.toml`) with a rule set and the current model, and reports right /
//! wrong / triage per department — the tool operators tune their rules with. Nothing is filed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use serde::Deserialize;
use serde_json::json;

use super::output::print_json;
use super::routing_text::department_label;
use crate::config::Config;
use crate::instance::Instance;
use crate::routing::{DecideInput, Router};

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

/// One letter's outcome.
struct Outcome {
    file: String,
    expected: String,
    got: Option<String>,
    by: String,
    rule: serde_json::Value,
    why_triage: serde_json::Value,
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
    let known = router.departments();
    let unknown: Vec<&String> = expected
        .values()
        .filter(|d| known.get(d).is_none())
        .collect();
    if !unknown.is_empty() {
        eprintln!(
            "error: {}: no such department(s) {unknown:?}; known: {}",
            expected_path.display(),
            known.ids().join(", ")
        );
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
    let mut outcomes = Vec::new();
    let mut unreadable = Vec::new();
    for (file, department) in &expected {
        let path: PathBuf = dir.join(file);
        let pages = match worker.runner.read_pages(pipeline, &path).await {
            Ok(p) => p,
            Err(e) => {
                unreadable.push(json!({ "file": file, "reason": e.to_string() }));
                continue;
            }
        };
        let texts: Vec<&str> = pages.iter().map(String::as_str).collect();
        let fields = router.extract(&texts);
        let d = router.decide(&DecideInput {
            pages: &pages,
            fields: &fields,
            pipeline,
            channel: &channel,
            mailbox: None,
            sender: None,
            received_at: crate::model::now(),
        });
        outcomes.push(Outcome {
            file: file.clone(),
            expected: department.clone(),
            got: d.department.clone(),
            by: d.source.clone(),
            rule: d.explanation["rule"].clone(),
            why_triage: d.explanation["triage_reason"].clone(),
        });
    }
    // Per expected department: right, wrong, triage.
    let mut table: BTreeMap<String, [u64; 3]> = BTreeMap::new();
    for o in &outcomes {
        let row = table.entry(o.expected.clone()).or_default();
        match &o.got {
            Some(g) if *g == o.expected => row[0] += 1,
            Some(_) => row[1] += 1,
            None => row[2] += 1,
        }
    }
    let total = table
        .values()
        .fold([0u64; 3], |a, r| [a[0] + r[0], a[1] + r[1], a[2] + r[2]]);
    if json {
        print_json(&json!({
            "rules_file": rules_file,
            "letters": outcomes.len(),
            "right": total[0], "wrong": total[1], "triage": total[2],
            "per_department": table.iter().map(|(d, r)| (d.clone(), json!({ "right": r[0], "wrong": r[1], "triage": r[2] }))).collect::<serde_json::Map<_, _>>(),
            "results": outcomes.iter().map(|o| json!({
                "file": o.file, "expected": o.expected, "got": o.got, "by": o.by,
                "rule": o.rule, "triage_reason": o.why_triage,
            })).collect::<Vec<_>>(),
            "unreadable": unreadable,
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "Rules test: {} on {} letter(s) in {}; nothing is filed.",
        rules_file.display(),
        outcomes.len(),
        dir.display()
    );
    println!(
        "  {:<48} {:>6} {:>6} {:>7}",
        "department", "right", "wrong", "triage"
    );
    for (d, [r, w, t]) in &table {
        println!(
            "  {:<48} {r:>6} {w:>6} {t:>7}",
            department_label(&instance.config, d)
        );
    }
    println!(
        "  {:<48} {:>6} {:>6} {:>7}",
        "total", total[0], total[1], total[2]
    );
    for o in outcomes
        .iter()
        .filter(|o| o.got.is_some() && o.got.as_deref() != Some(o.expected.as_str()))
    {
        let how = match o.rule.as_str() {
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
    for o in outcomes.iter().filter(|o| o.got.is_none()) {
        println!(
            "  triage: {} (expected {}): {}",
            o.file,
            o.expected,
            o.why_triage.as_str().unwrap_or("")
        );
    }
    for u in &unreadable {
        println!(
            "  not read: {}: {}",
            u["file"].as_str().unwrap_or(""),
            u["reason"].as_str().unwrap_or("")
        );
    }
    Ok(ExitCode::SUCCESS)
}
