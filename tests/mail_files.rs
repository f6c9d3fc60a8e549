//! Mail saved as files, as staff and other systems hand them over: mailbox files (mbox) with
//! many messages, plain text files. Every message is its own consignment; nothing is lost.

mod common;

use common::*;
use mailroom_testdata as gen;

fn ingest_json(inst: &Instance, name: &str, bytes: &[u8]) -> serde_json::Value {
    let dir = inst.dir.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    inst.json(&["ingest", "--json", path.to_str().unwrap()])
}

fn consignment(inst: &Instance, id: i64) -> serde_json::Value {
    inst.json(&["show", "--consignment", &id.to_string(), "--json"])
}

/// Three generated mails (the second with two PDFs) and one message that is no mail.
fn messages() -> (Vec<Vec<u8>>, Vec<String>) {
    let (with_pdfs, spec) = gen::german_mail_with_two_pdfs(71);
    let plain = gen::legacy_encoded_mail_spec(72);
    let forwarded = gen::forwarding_mail(73);
    let broken = b"X-Unknown: 1\n\n".to_vec();
    let subjects = vec![plain.subject.clone(), spec.subject.clone()];
    (vec![plain.to_eml(), with_pdfs, broken, forwarded], subjects)
}

fn every_message_is_a_consignment(style: gen::MboxStyle, bom: bool) {
    let inst = Instance::new();
    let (msgs, subjects) = messages();
    let file = gen::mbox_of(&msgs, style, bom);
    let out = ingest_json(&inst, "export.mbox", &file);
    assert_eq!(out["files"][0]["outcome"], "filed", "{out}");

    // Consignment 1 is the file; each message has its own, in order, the broken one in
    // quarantine by itself.
    let file_c = consignment(&inst, 1);
    assert_eq!(file_c["kind"], "mbox", "{file_c}");
    let parts: Vec<&serde_json::Value> = file_c["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["role"] == "message")
        .collect();
    assert_eq!(parts.len(), 4, "{file_c}");
    let states: Vec<&str> = parts.iter().map(|p| p["state"].as_str().unwrap()).collect();
    assert_eq!(
        states,
        ["filed", "filed", "quarantined", "filed"],
        "{file_c}"
    );
    let receipts: std::collections::BTreeSet<i64> = parts
        .iter()
        .map(|p| p["receipt_id"].as_i64().unwrap())
        .collect();
    assert_eq!(receipts.len(), 4, "every message has its own receipt");

    let mut mail_subjects = Vec::new();
    for id in 2..=4 {
        let c = consignment(&inst, id);
        assert_eq!(c["kind"], "email", "{c}");
        mail_subjects.push(c["subject"].as_str().unwrap_or_default().to_string());
    }
    assert_eq!(&mail_subjects[..2], &subjects[..], "messages in file order");
    let pdf_mail = consignment(&inst, 3);
    let attachments = pdf_mail["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["role"] == "attachment" && d["document_id"].is_i64())
        .count();
    assert_eq!(
        attachments, 2,
        "attachments of a message are documents: {pdf_mail}"
    );

    let q = inst.json(&["quarantine", "list", "--json"]);
    let q = q.as_array().unwrap();
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0]["reason_code"], "unparseable_mail", "{q:?}");

    // Filing the same file again is a repeat delivery, not four new mails.
    let again = ingest_json(&inst, "export-again.mbox", &file);
    assert_eq!(again["files"][0]["outcome"], "duplicate", "{again}");
    assert!(inst
        .cli(&["show", "--consignment", "6", "--json"])
        .status
        .code()
        .is_some_and(|c| c != 0));
    // Every message's text is searchable.
    assert!(!inst.search(&subjects[0]).is_empty());
}

#[test]
fn every_message_of_a_quoted_mbox_becomes_its_own_consignment() {
    every_message_is_a_consignment(gen::MboxStyle::Quoted, false);
}

#[test]
fn content_length_headers_and_a_byte_order_mark_lose_no_message() {
    every_message_is_a_consignment(gen::MboxStyle::ContentLength, true);
}

#[test]
fn a_text_file_is_a_searchable_document_in_its_own_charset() {
    let inst = Instance::new();
    let text = "Sehr geehrte Damen und Herren,\r\nhiermit widerspreche ich dem Bescheid über die \
                Müllgebühren vom 3. März.\r\nMit freundlichen Grüßen\r\n";
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let id = inst.ingest(None, "widerspruch.txt", &latin1);
    let doc = inst.show(id);
    assert_eq!(doc["media_type"], "text/plain", "{doc}");
    let all = all_text(&doc);
    assert!(all.contains("Müllgebühren"), "{all}");
    assert!(all.contains("Grüßen"), "{all}");
    assert!(!inst.search("Müllgebühren").is_empty());
}
