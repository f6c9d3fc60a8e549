//! `mailroom validate`

use std::path::Path;
use std::process::ExitCode;

use super::output::print_json;
use super::EXIT_CONFIG;
use crate::config::Config;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Print the result as JSON (`{"valid": bool, "errors": [...]}`).
    #[arg(long)]
    json: bool,
}

pub fn run(config: &Path, args: Args) -> anyhow::Result<ExitCode> {
    match Config::load(config).and_then(|c| {
        let secrets = c.check_secrets();
        if secrets.0.is_empty() {
            Ok(c)
        } else {
            Err(secrets)
        }
    }) {
        Ok(c) => {
            let notes = notes(&c);
            if args.json {
                print_json(&serde_json::json!({
                    "valid": true,
                    "errors": [],
                    "pipelines": c.pipelines.iter().map(|p| &p.name).collect::<Vec<_>>(),
                    "notes": notes,
                }))?;
            } else {
                println!("{}: configuration is valid", c.file.display());
                println!("  data:        {}", c.data_dir.display());
                println!("  quarantine:  {}", c.quarantine_dir.display());
                println!("  database:    {}", c.database_url);
                println!("  OCR:         {} ({} workers)", c.ocr.languages, c.workers);
                for p in &c.pipelines {
                    println!(
                        "  pipeline {:12} {} (channel \"{}\", ocr {:?})",
                        p.name,
                        p.source.location(),
                        p.channel,
                        p.ocr_mode
                    );
                    if let Some(b) = &p.scan.batch {
                        let seps: Vec<String> = b
                            .separators
                            .iter()
                            .map(|s| format!("{s:?}").to_lowercase())
                            .collect();
                        println!(
                            "      batch scans: {}, separators {}{}",
                            if b.duplex { "duplex" } else { "simplex" },
                            seps.join(", "),
                            if b.separators
                                .contains(&crate::config::SeparatorType::Barcode)
                            {
                                format!(" (barcode value \"{}\")", b.barcode_value)
                            } else {
                                String::new()
                            }
                        );
                    }
                }
                for note in &notes {
                    println!("  note: {note}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            if args.json {
                let list: Vec<_> = errors
                    .0
                    .iter()
                    .map(|d| {
                        serde_json::json!({
                            "file": d.file, "line": d.line,
                            "component": d.component, "message": d.message,
                        })
                    })
                    .collect();
                print_json(&serde_json::json!({ "valid": false, "errors": list }))?;
            } else {
                eprint!("{errors}");
            }
            Ok(ExitCode::from(EXIT_CONFIG))
        }
    }
}

/// What is valid but likely not what the operator wants.
fn notes(c: &Config) -> Vec<String> {
    let Some(routing) = &c.routing else {
        return Vec::new();
    };
    routing
        .departments_without_examples()
        .iter()
        .map(|d| {
            format!(
                "department {} ({}) has no example letter under [model] examples in {}: the \
                 model never chooses it, only a rule can; add a few of its letters there",
                d.id,
                d.name,
                routing.rules_file.display()
            )
        })
        .collect()
}
