//! OCR reads at least as well as the `tesseract` CLI on the same page images: character error
//! rates against the generator's ground truth, mailroom (`mailroom ingest`, the whole pipeline)
//! next to the CLI run by this test on the images `pdfimages` extracts from the same PDFs.
//!
//! Below 2° of skew mailroom may be at most 0.05 points worse than the CLI (it reads the
//! unmodified page, so it is usually exactly as good); at 4° it must be better (it straightens
//! the page, where Tesseract's own layout analysis starts merging lines). Two columns and a
//! ruled form keep their reading order.

mod common;

use std::path::PathBuf;

use common::{cer, tesseract_cli_pages, Instance};
use mailroom_testdata as gen;

#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Jpeg,
    G4,
}

struct Case {
    name: String,
    skew: f32,
    page: gen::ScannedPage,
    encoding: Encoding,
}

fn letter(seed: u64, skew: f32, noise: f32, encoding: Encoding) -> Case {
    let opts = gen::ScanOptions {
        seed,
        skew_degrees: skew,
        noise,
        ..Default::default()
    };
    let page = gen::render_scan(&gen::Letter::sample(seed), 1, &opts).remove(0);
    let kind = if encoding == Encoding::Jpeg {
        "jpeg"
    } else {
        "g4"
    };
    Case {
        name: format!("letter {seed}, {kind}, {skew}°, noise {noise}"),
        skew,
        page,
        encoding,
    }
}

struct Reading {
    name: String,
    skew: f32,
    ours: f64,
    cli: f64,
    text: String,
}

/// Files every case (one `mailroom ingest` of all of them, so pages spread over the OCR
/// workers) while the CLI reads the same images; returns both error rates per case.
fn read_all(cases: Vec<Case>) -> Vec<Reading> {
    let inst = Instance::new();
    inst.set_main("workers", "2");
    let dir = inst.dir.path().join("cases");
    std::fs::create_dir_all(&dir).unwrap();
    let files: Vec<PathBuf> = cases
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let pages = std::slice::from_ref(&c.page);
            let pdf = match c.encoding {
                Encoding::Jpeg => gen::pdf_with_jpeg_pages(pages),
                Encoding::G4 => gen::pdf_with_g4_pages(pages),
            };
            let path = dir.join(format!("case-{i:02}.pdf"));
            std::fs::write(&path, pdf).unwrap();
            path
        })
        .collect();
    let (cli, filed): (Vec<String>, serde_json::Value) = std::thread::scope(|s| {
        let cli = s.spawn(|| {
            files
                .iter()
                .map(|f| tesseract_cli_pages(f, 300).remove(0))
                .collect::<Vec<_>>()
        });
        let out = inst.json(&["ingest", "--json", dir.to_str().unwrap()]);
        assert_eq!(out["filed"], cases.len() as u64, "{out}");
        (cli.join().unwrap(), out)
    });
    let id_of = |file: &PathBuf| {
        filed["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"].as_str() == file.to_str())
            .and_then(|f| f["document_id"].as_i64())
            .unwrap_or_else(|| panic!("{} not filed: {filed}", file.display()))
    };
    cases
        .into_iter()
        .zip(files)
        .zip(cli)
        .map(|((case, file), cli_text)| {
            let doc = inst.show(id_of(&file));
            let text = doc["pages"][0]["text"].as_str().unwrap_or("").to_string();
            assert_eq!(doc["pages"][0]["text_source"], "ocr", "{}", case.name);
            Reading {
                ours: cer(&case.page.text, &text),
                cli: cer(&case.page.text, &cli_text),
                name: case.name,
                skew: case.skew,
                text,
            }
        })
        .collect()
}

fn report(readings: &[Reading]) {
    eprintln!("| page | skew | mailroom CER % | tesseract CLI CER % |");
    for r in readings {
        eprintln!(
            "| {} | {}° | {:.2} | {:.2} |",
            r.name, r.skew, r.ours, r.cli
        );
    }
}

#[test]
fn scanned_letters_read_at_least_as_well_as_the_tesseract_cli() {
    let mut cases = Vec::new();
    for (i, skew) in [0.3f32, 0.8, 1.5, 4.0].into_iter().enumerate() {
        for seed in [i as u64 * 2, i as u64 * 2 + 1] {
            cases.push(letter(seed, skew, 0.15, Encoding::Jpeg));
        }
    }
    for (seed, skew) in [(20u64, 0.8f32), (21, 1.5), (22, 4.0)] {
        cases.push(letter(seed, skew, 0.1, Encoding::G4));
    }
    let readings = read_all(cases);
    report(&readings);
    for r in &readings {
        if r.skew < 2.0 {
            assert!(
                r.ours <= r.cli + 0.05,
                "{}: mailroom {:.2} % vs CLI {:.2} %\n{}",
                r.name,
                r.ours,
                r.cli,
                r.text
            );
        } else {
            assert!(
                r.ours < r.cli,
                "{}: mailroom {:.2} % must beat the CLI's {:.2} % on a page skewed this much",
                r.name,
                r.ours,
                r.cli
            );
        }
        assert!(r.ours < 2.0, "{}: {:.2} %\n{}", r.name, r.ours, r.text);
    }
}

#[test]
fn two_columns_and_a_ruled_form_keep_their_reading_order() {
    let opts = |seed, skew| gen::ScanOptions {
        seed,
        skew_degrees: skew,
        noise: 0.1,
        ..Default::default()
    };
    let cases = vec![
        Case {
            name: "two-column notice".into(),
            skew: 0.5,
            page: gen::two_column_scan(&gen::Letter::sample(2), &opts(2, 0.5)),
            encoding: Encoding::Jpeg,
        },
        Case {
            name: "form with a table".into(),
            skew: 0.8,
            page: gen::form_scan(5, &opts(5, 0.8)),
            encoding: Encoding::Jpeg,
        },
    ];
    let readings = read_all(cases);
    report(&readings);
    for r in &readings {
        assert!(
            r.ours <= r.cli + 0.05,
            "{}: mailroom {:.2} % vs CLI {:.2} %",
            r.name,
            r.ours,
            r.cli
        );
    }
    // Read across the columns line by line (one block of text), the notice had a third of
    // its characters wrong; read column by column it has almost none.
    assert!(
        readings[0].ours < 3.0,
        "two columns read in order: {:.2} %\n{}",
        readings[0].ours,
        readings[0].text
    );
}
