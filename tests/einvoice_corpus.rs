//! Sweep over the public e-invoice samples in `../shared/corpus/einvoice` (when present):
//! every file of the official XRechnung test suite must be read with its profile and pass the
//! checks (the duplicate check needs an archive and is left out here); for the mustangproject
//! files the verdict is compared with valid/invalid in their names and the agreement printed.
//! Run by `scripts/test.sh`: `cargo test --test einvoice_corpus -- --ignored --nocapture`.

use std::path::{Path, PathBuf};

use mailroom::invoice;
use mailroom::model::Invoice;

fn corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/einvoice");
    p.is_dir().then_some(p)
}

fn files(dir: &Path, ext: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            let name = p.to_string_lossy().to_lowercase();
            if p.is_dir() {
                stack.push(p);
            } else if ext.iter().any(|x| name.ends_with(x)) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The invoice in a file: XML read directly, a PDF's embedded XML. A panic is a failure of
/// the sweep (reported, the sweep goes on).
fn invoice_of(path: &Path) -> Result<Option<Invoice>, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let pdf = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("pdf"));
    std::panic::catch_unwind(|| {
        if pdf {
            let doc = lopdf::Document::load_mem(&bytes).ok()?;
            let xml = invoice::hybrid::invoice_xml(&doc)?;
            invoice::read(&xml.bytes, Some(&xml.name))
        } else {
            invoice::read(&bytes, None)
        }
    })
    .map_err(|_| "panicked".to_string())
}

fn failures(inv: &Invoice) -> String {
    inv.failures()
        .map(|c| format!("{}: {}", c.rule, c.message))
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
#[ignore = "needs ../shared/corpus; run by scripts/test.sh"]
fn xrechnung_test_suite_is_read_and_passes() {
    let Some(root) = corpus() else {
        println!("SKIPPED: ../shared/corpus/einvoice not found");
        return;
    };
    let all = files(&root.join("xrechnung-testsuite"), &[".xml"]);
    assert!(!all.is_empty(), "no XRechnung test files");
    let mut bad = Vec::new();
    for path in &all {
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        match invoice_of(path) {
            Ok(Some(inv)) if inv.profile.starts_with("XRechnung") && inv.passed() => {}
            Ok(Some(inv)) => bad.push(format!("{name}: {} – {}", inv.profile, failures(&inv))),
            Ok(None) => bad.push(format!("{name}: not recognised as an invoice")),
            Err(e) => bad.push(format!("{name}: {e}")),
        }
    }
    println!(
        "XRechnung test suite: {} of {} read with their profile and passing",
        all.len() - bad.len(),
        all.len()
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
#[ignore = "needs ../shared/corpus; run by scripts/test.sh"]
fn mustang_samples_agree_with_their_names() {
    let Some(root) = corpus() else {
        println!("SKIPPED: ../shared/corpus/einvoice not found");
        return;
    };
    let all = files(&root.join("mustangproject"), &[".xml", ".pdf"]);
    let (mut labelled, mut agree, mut read, mut panics) = (0, 0, 0, Vec::new());
    for path in &all {
        let name = path.file_name().unwrap().to_string_lossy().to_lowercase();
        let expected = if name.starts_with("valid") {
            Some(true)
        } else if ["invalid", "corrupt", "fail_", "not_validating"]
            .iter()
            .any(|p| name.starts_with(p))
        {
            Some(false)
        } else {
            None
        };
        let verdict = match invoice_of(path) {
            Ok(Some(inv)) => {
                read += 1;
                if expected == Some(true) && !inv.passed() {
                    println!("valid file fails {}: {}", inv.profile, failures(&inv));
                }
                Some(inv.passed())
            }
            Ok(None) => None,
            Err(e) => {
                panics.push(format!("{}: {e}", path.display()));
                None
            }
        };
        if let Some(expected) = expected {
            labelled += 1;
            // A file that is not read as an invoice counts as refused.
            let got = verdict.unwrap_or(false);
            if got == expected {
                agree += 1;
            } else {
                println!(
                    "disagrees ({}): {}",
                    if expected { "valid" } else { "invalid" },
                    path.display()
                );
            }
        }
    }
    println!(
        "mustangproject: {} files, {read} read as invoices; {agree} of {labelled} labelled valid/invalid agree",
        all.len()
    );
    assert!(panics.is_empty(), "{}", panics.join("\n"));
}
