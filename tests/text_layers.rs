//! Text layers of born-digital PDFs are read like poppler's `pdftotext` reads them: PDFs that
//! place words apart instead of writing space characters (their own text objects, or gaps in
//! a `TJ` array) keep their word spaces, so fields and search work on them. The real binary
//! against the real `pdftotext`.

mod common;

use std::process::Command;

use common::Instance;
use mailroom_testdata as gen;

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

fn pdftotext(pdf: &std::path::Path, page: usize) -> String {
    let out = Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn words_placed_apart_get_the_spaces_pdftotext_finds() {
    let inst = Instance::new();
    for seed in 0..4u64 {
        let letter = gen::Letter::sample(seed);
        let pdf = gen::born_digital_pdf_positioned_words(&letter, 2);
        let id = inst.ingest(None, &format!("ohne-leerzeichen-{seed}.pdf"), &pdf);
        let doc = inst.show(id);
        let path = inst
            .dir
            .path()
            .join(format!("in/ohne-leerzeichen-{seed}.pdf"));
        let truth = gen::page_texts(&letter, 2);
        for (i, page) in doc["pages"].as_array().unwrap().iter().enumerate() {
            assert_eq!(page["text_source"], "text_layer");
            let ours = words(page["text"].as_str().unwrap());
            // The same words as pdftotext (which sometimes moves a short last word of a
            // line behind the next line, so as a sorted list) ...
            let (mut a, mut b) = (ours.clone(), words(&pdftotext(&path, i + 1)));
            a.sort();
            b.sort();
            assert_eq!(a, b, "seed {seed} page {}", i + 1);
            // ... in the order of the page.
            assert_eq!(ours, words(&truth[i]), "seed {seed} page {}", i + 1);
        }
        // Lines stay lines (the sender block is its own lines, not one run-on line).
        let first = doc["pages"][0]["text"].as_str().unwrap();
        assert!(
            first.starts_with(&format!("{}\n{}", letter.sender[0], letter.sender[1])),
            "{first}"
        );
    }
}

#[test]
fn iban_leitweg_id_and_sender_come_out_of_positioned_runs() {
    let inst = Instance::new();
    let mut checked = 0;
    for seed in 0..40u64 {
        let l = gen::routed_letter(gen::Topic::Rechnung, seed);
        let (Some(iban), Some(leitweg)) = (&l.fields.iban, &l.fields.leitweg_id) else {
            continue;
        };
        let pdf = gen::born_digital_pdf_positioned_words(&l.letter, 1);
        let id = inst.ingest(None, &format!("rechnung-{seed}.pdf"), &pdf);
        let doc = inst.show(id);
        let fields = doc["fields"].as_array().unwrap();
        let values = |name: &str| -> Vec<&str> {
            fields
                .iter()
                .filter(|f| f["name"] == name)
                .filter_map(|f| f["value"].as_str())
                .collect()
        };
        assert_eq!(values("iban"), [iban.as_str()], "seed {seed}: {fields:?}");
        assert_eq!(values("leitweg_id"), [leitweg.as_str()], "seed {seed}");
        assert_eq!(
            values("sender_postcode"),
            [l.fields.sender_postcode.as_str()]
        );
        let town_line = l
            .letter
            .sender
            .iter()
            .position(|s| s.starts_with(&l.fields.sender_postcode))
            .expect("the sender block has the postcode line");
        let sender = l.letter.sender[..=town_line].join(", ");
        assert_eq!(values("sender"), [sender.as_str()], "seed {seed}");
        checked += 1;
        if checked == 3 {
            break;
        }
    }
    assert_eq!(
        checked, 3,
        "the generator writes invoices with IBAN and Leitweg-ID"
    );
}
