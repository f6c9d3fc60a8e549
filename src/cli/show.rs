//! `mailroom show ID`

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use super::output::{berlin, print_json, size};
use super::routing_text::explain_lines;
use crate::app::documents::{self, Content};
use crate::app::App;
use crate::config::Config;
use crate::integrity::transfer_note;
use crate::model::{Actor, ConsignmentId, DocumentId};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Document id.
    id: DocumentId,
    /// Print as JSON (`id`, `sha256`, `received_at`, `status`, `pipeline`, `original_filename`,
    /// `pages` with `number`/`text`/`confidence`, `events`, …).
    #[arg(long)]
    json: bool,
    /// Print every page's full text (default: the first lines of each page).
    #[arg(long)]
    full: bool,
    /// Write the original file (checked against its SHA-256) to this path; `-` for stdout.
    #[arg(long, value_name = "PATH")]
    original: Option<PathBuf>,
    /// Write the archive copy (PDF/A with text layer, checked against its SHA-256) to this
    /// path; `-` for stdout.
    #[arg(long, value_name = "PATH", conflicts_with = "original")]
    archive: Option<PathBuf>,
    /// ID is a consignment (a mail with its attachments): list its documents.
    #[arg(long)]
    consignment: bool,
}

async fn show_consignment(app: &App, id: ConsignmentId, json: bool) -> anyhow::Result<ExitCode> {
    if json {
        print_json(&documents::consignment(app, &Actor::local(), id).await?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some(c) = app.store.consignment(id).await? else {
        eprintln!("error: no consignment {id}");
        return Ok(ExitCode::FAILURE);
    };
    println!("Consignment #{} ({})", c.id, c.kind);
    println!("  received:   {}", berlin(c.received_at));
    if let Some(m) = &c.mailbox {
        println!("  mailbox:    {m}");
    }
    for (label, v) in [
        ("from", &c.header.from),
        ("to", &c.header.to),
        ("subject", &c.header.subject),
    ] {
        if let Some(v) = v {
            println!("  {label:<10}  {v}");
        }
    }
    println!("Documents:");
    for p in &c.parts {
        let what = match (p.document_id, p.state.as_deref()) {
            (Some(d), Some("duplicate")) => format!("#{d} (already filed before)"),
            (Some(d), _) => format!("#{d}"),
            (None, Some("quarantined")) => format!(
                "quarantined ({}; see `mailroom quarantine list`)",
                p.receipt_id
                    .map(|r| crate::model::QuarantineId(r).to_string())
                    .unwrap_or_default()
            ),
            (None, Some(state)) => format!(
                "{state} (receipt {})",
                p.receipt_id.map(|r| r.0).unwrap_or(0)
            ),
            (None, None) => "-".into(),
        };
        println!(
            "  {:>3}  {:<10} {:<40} {what}",
            p.position,
            p.role,
            p.name.as_deref().unwrap_or(if c.kind == "batch" {
                "(the batch scan itself)"
            } else {
                "(the mail itself)"
            })
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let app = App::open(config).await.context("opening the instance")?;
    if args.consignment {
        return show_consignment(&app, ConsignmentId(args.id.0), args.json).await;
    }
    let Some(doc) = app.store.document(args.id).await? else {
        eprintln!(
            "error: no document {} (see `mailroom search` or `mailroom status`)",
            args.id
        );
        return Ok(ExitCode::FAILURE);
    };
    let wanted = match (&args.original, &args.archive) {
        (Some(dest), _) => Some((dest, Content::Original)),
        (None, Some(dest)) if doc.archive_sha256.is_none() => {
            eprintln!(
                "error: document {} has no archive copy (only scanned documents from drop folders get one); use --original; {dest:?} not written",
                doc.id
            );
            return Ok(ExitCode::FAILURE);
        }
        (None, Some(dest)) => Some((dest, Content::Archive)),
        (None, None) => None,
    };
    if let Some((dest, which)) = wanted {
        let file = documents::content(&app, &Actor::local(), doc.id, which).await?;
        let bytes = file.bytes;
        if dest.as_os_str() == "-" {
            std::io::stdout().write_all(&bytes)?;
        } else {
            std::fs::write(dest, &bytes).with_context(|| format!("writing {}", dest.display()))?;
            eprintln!(
                "wrote {} ({}, SHA-256 verified)",
                dest.display(),
                size(bytes.len() as u64)
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let pages = app.store.pages(doc.id).await?;
    let events = app.store.document_events(doc.id).await?;
    let consignments = app.store.consignments_of(doc.id).await?;
    let routings = app.store.routings(doc.id).await?;
    let fields = app.store.fields(doc.id).await?;
    let state_now = match &doc.department {
        Some(d) => app.store.assignment_state(doc.id, d).await?,
        None => None,
    };
    if args.json {
        print_json(&crate::app::document_view::detail(&app, &Actor::local(), doc.id).await?)?;
        return Ok(ExitCode::SUCCESS);
    }
    println!("Document #{}  {}", doc.id, doc.original_filename);
    println!("  received:   {}", berlin(doc.received_at));
    // A file that waited in its folder (daemon stopped) was received before it was taken in.
    if doc.claimed_at.duration_since(doc.received_at).as_secs() >= 1 {
        println!(
            "  taken in:   {} (the file was complete in the folder before)",
            berlin(doc.claimed_at)
        );
    }
    println!(
        "  pipeline:   {} (channel \"{}\")",
        doc.pipeline, doc.channel
    );
    println!("  status:     {}", doc.status);
    println!(
        "  type:       {}, {}, {} page(s)",
        doc.media_type,
        size(doc.size),
        doc.page_count
    );
    println!("  sha256:     {}", doc.sha256);
    match (doc.archive_sha256, doc.archive_size) {
        (Some(a), Some(n)) if a == doc.sha256 => println!(
            "  archive:    this PDF/A is the archive copy ({}); `--original PATH` saves it",
            size(n)
        ),
        (Some(a), Some(n)) => println!(
            "  archive:    PDF/A copy {a} ({}); `--archive PATH` saves it",
            size(n)
        ),
        _ => {}
    }
    println!(
        "  searchable: {}",
        if doc.indexed_at.is_some() {
            "yes"
        } else {
            "not yet"
        }
    );
    for c in &consignments {
        let role = c
            .parts
            .iter()
            .find(|p| p.document_id == Some(doc.id))
            .map_or("part of", |p| {
                if p.role == "cover" {
                    "as the text of"
                } else {
                    "as an attachment of"
                }
            });
        if c.kind == "batch" {
            let part = c.parts.iter().find(|p| p.document_id == Some(doc.id));
            match part {
                Some(p) if p.role == "cover" => println!(
                    "  batch scan: cut into {} letter(s) (consignment #{}; `mailroom show --consignment {}`)",
                    c.parts.len() - 1,
                    c.id,
                    c.id
                ),
                Some(p) => println!(
                    "  batch scan: letter {} of {} (consignment #{})",
                    p.position,
                    c.parts.len() - 1,
                    c.id
                ),
                None => {}
            }
            continue;
        }
        println!(
            "  came in:    {role} the mail {:?} from {} (consignment #{}{})",
            c.header.subject.as_deref().unwrap_or(""),
            c.header.from.as_deref().unwrap_or("?"),
            c.id,
            c.mailbox
                .as_deref()
                .map(|m| format!(", mailbox {m}"))
                .unwrap_or_default()
        );
    }
    if let Some(r) = routings.last() {
        let state = state_now
            .as_ref()
            .map(|s| format!("state {s}; "))
            .unwrap_or_default();
        println!(
            "Routing ({state}`mailroom explain {}` shows the evidence):",
            doc.id
        );
        for line in explain_lines(&app.config, r, &pages)
            .into_iter()
            .take_while(|l| !l.starts_with("evidence:"))
        {
            println!("  {line}");
        }
    }
    if !fields.is_empty() {
        println!("Fields:");
        for f in &fields {
            let raw = if f.raw != f.value {
                format!("  (\"{}\")", f.raw)
            } else {
                String::new()
            };
            println!(
                "  {:<16} {}{raw}  [page {}, bytes {}–{}]",
                f.name, f.value, f.page, f.start, f.end
            );
        }
    }
    if let Some(inv) = app.store.invoice(doc.id).await? {
        print_invoice(&inv);
    }
    if pages.iter().any(|p| p.dpi.is_some()) {
        let n = transfer_note(&doc, &pages, &events);
        println!("Transfer note (TR-RESISCAN):");
        if let Some(c) = &n.capture {
            let get = |k: &str| c.get(k).and_then(|v| v.as_str()).unwrap_or("-").to_string();
            println!(
                "  scanner:    {}; station {}; operator {}",
                get("device"),
                get("station"),
                get("operator")
            );
        }
        if let Some(letters) = n.batch.as_ref().and_then(|b| b.get("letters")) {
            let b = n.batch.as_ref().expect("checked");
            println!(
                "  batch:      cut into {letters} letter(s); separator pages {}; their text is with the letters",
                b["separator_pages"]
            );
        } else if let Some(b) = &n.batch {
            println!(
                "  batch:      letter {} of {} from {} (scan pages {}; blank pages left out: {})",
                b["letter"],
                b["of"],
                b["batch_file"].as_str().unwrap_or("?"),
                b["scan_pages"],
                b["blank_pages"]
            );
        }
        let dpi: Vec<String> = n.scan_profile.dpi.iter().map(u32::to_string).collect();
        println!(
            "  pages:      {} scanned, {} with content; {} dpi, {}",
            n.pages_scanned,
            n.pages_with_content,
            dpi.join("/"),
            n.scan_profile.colour.join("/")
        );
        let q = &n.quality;
        println!(
            "  quality:    blank {:?}, low confidence {:?}, straightened {}, turned {}, unreadable {:?}",
            q.blank_pages,
            q.low_confidence_pages,
            q.skew_corrected.len(),
            q.orientation_changed.len(),
            q.unreadable_pages
        );
        for a in &n.anomalies {
            println!("  anomaly:    {a}");
        }
    }
    println!("History:");
    for e in &events {
        let detail = match e.detail.as_object() {
            Some(o) if !o.is_empty() => format!("  {}", e.detail),
            _ => String::new(),
        };
        println!("  {}  {}{}", berlin(e.at), e.kind, detail);
    }
    for p in &pages {
        let conf = p
            .confidence
            .map(|c| format!(", confidence {c:.0}%"))
            .unwrap_or_default();
        println!(
            "--- page {} ({}{conf}) ---",
            p.number,
            p.text_source.as_str()
        );
        if let Some(note) = &p.note {
            println!("[{note}]");
        }
        let lines: Vec<&str> = p.text.lines().filter(|l| !l.trim().is_empty()).collect();
        let shown = if args.full {
            lines.len()
        } else {
            lines.len().min(8)
        };
        for l in &lines[..shown] {
            println!("{l}");
        }
        if shown < lines.len() {
            println!("[… {} more lines; --full shows all]", lines.len() - shown);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// An e-invoice's essentials and its failed checks.
fn print_invoice(inv: &crate::model::Invoice) {
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    println!("E-invoice ({}):", inv.profile);
    println!("  number:     {}", or_dash(&inv.number));
    println!("  seller:     {}", or_dash(&inv.seller.name));
    println!("  Leitweg-ID: {}", or_dash(&inv.buyer_reference));
    let due = inv.totals.due.map(crate::invoice::money);
    println!("  due:        {} {}", or_dash(&due), or_dash(&inv.currency));
    let failed: Vec<_> = inv.failures().collect();
    if failed.is_empty() {
        println!("  checks:     all {} passed", inv.checks.len());
    } else {
        println!(
            "  checks:     {} of {} FAILED:",
            failed.len(),
            inv.checks.len()
        );
        for c in failed {
            println!("    {}: {}", c.rule, c.message);
        }
    }
}
