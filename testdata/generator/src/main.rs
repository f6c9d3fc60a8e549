//! `mailroom-testdata OUT_DIR`: writes the sample set of test inputs and lists what it wrote.
//! `mailroom-testdata scan PAGES SEED OUT.pdf`: one scanned letter of PAGES pages (a batch
//! scan for trials and benchmarks), every page different.
//! `mailroom-testdata mails SEED OUT_DIR`: the sample e-mails (.eml) and ZIP archives for SEED.
//! `mailroom-testdata letters N OUT_DIR`: N different one-page born-digital letters (PDF).

use anyhow::{Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> Result<ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [cmd, pages, seed, out] if cmd == "scan" => {
            let pages: usize = pages.parse().context("PAGES must be a number")?;
            let seed: u64 = seed.parse().context("SEED must be a number")?;
            let letter = mailroom_testdata::Letter::sample(seed);
            let opts = mailroom_testdata::ScanOptions {
                seed,
                ..Default::default()
            };
            let scan = mailroom_testdata::render_scan(&letter, pages, &opts);
            std::fs::write(out, mailroom_testdata::pdf_with_jpeg_pages(&scan))?;
            println!("{out}: {pages} pages");
            Ok(ExitCode::SUCCESS)
        }
        [cmd, n, out_dir] if cmd == "letters" => {
            let n: u64 = n.parse().context("N must be a number")?;
            let out_dir = PathBuf::from(out_dir);
            std::fs::create_dir_all(&out_dir)?;
            for i in 0..n {
                let letter = mailroom_testdata::Letter::sample(i);
                let mut pdf = mailroom_testdata::born_digital_pdf(&letter, 1);
                // Every file unique even where two seeds write the same letter.
                pdf.extend_from_slice(format!("\n% letter {i}\n").as_bytes());
                std::fs::write(out_dir.join(format!("brief-{i:05}.pdf")), pdf)?;
            }
            println!("{}: {n} letters", out_dir.display());
            Ok(ExitCode::SUCCESS)
        }
        [cmd, seed, out_dir] if cmd == "mails" => {
            let seed: u64 = seed.parse().context("SEED must be a number")?;
            write_mails(seed, &PathBuf::from(out_dir))?;
            Ok(ExitCode::SUCCESS)
        }
        [out_dir] => {
            let out_dir = PathBuf::from(out_dir);
            for file in mailroom_testdata::write_sample_set(&out_dir)? {
                println!(
                    "{:<40} {:>10} bytes  {}",
                    file.path.display(),
                    file.size,
                    file.description
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        _ => {
            eprintln!(
                "usage: mailroom-testdata OUT_DIR\n       mailroom-testdata scan PAGES SEED OUT.pdf\n       \
                 mailroom-testdata mails SEED OUT_DIR\n       mailroom-testdata letters N OUT_DIR"
            );
            Ok(ExitCode::from(2))
        }
    }
}

/// Writes every kind of generated mail and ZIP for `seed` into `out_dir`.
fn write_mails(seed: u64, out_dir: &std::path::Path) -> Result<()> {
    use mailroom_testdata as t;
    std::fs::create_dir_all(out_dir)?;
    let letter = t::Letter::sample(seed);
    let pdf = t::born_digital_pdf(&letter, 1);
    let entries: [(&str, &[u8]); 2] = [("Schreiben.pdf", &pdf), ("Notiz.txt", b"Notiz")];
    let files: Vec<(&str, Vec<u8>)> = vec![
        (
            "brief.eml",
            t::MailSpec::from_letter(&letter, seed).to_eml(),
        ),
        ("zwei-pdfs.eml", t::german_mail_with_two_pdfs(seed).0),
        ("outlook-namen.eml", t::outlook_style_mail(seed).0),
        ("latin1-rfc2231.eml", t::legacy_encoded_mail(seed)),
        ("weitergeleitet.eml", t::forwarding_mail(seed)),
        ("inline-logo.eml", t::mail_with_inline_logo(seed)),
        ("kaputt.eml", t::malformed_mail(seed)),
        ("anlagen.zip", t::zip_of(&entries)),
        (
            "verschluesselt.zip",
            t::encrypted_zip(&entries, t::SAMPLE_PASSWORD),
        ),
        ("bombe.zip", t::zip_bomb(1024)),
    ];
    for (name, bytes) in files {
        let path = out_dir.join(name);
        std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
        println!("{:<40} {:>10} bytes", path.display(), bytes.len());
    }
    Ok(())
}
