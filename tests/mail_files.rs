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

/// The documents of consignment `id` with role `role`.
fn documents_with_role(c: &serde_json::Value, role: &str) -> Vec<serde_json::Value> {
    c["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["role"] == role)
        .cloned()
        .collect()
}

#[test]
fn an_outlook_msg_file_is_a_mail_with_its_attachments_and_forwarded_items() {
    let inst = Instance::new();
    let outer = gen::outlook_msg_spec(81);
    let inner = gen::outlook_msg_spec(82);
    let style = gen::MsgStyle {
        strings: gen::MsgStrings::Ansi,
        embedded: vec![inner.clone()],
        ..gen::MsgStyle::default()
    };
    // A name that says nothing: the content decides.
    let out = ingest_json(&inst, "Nachricht", &gen::msg_of(&outer, &style));
    assert_eq!(out["files"][0]["outcome"], "filed", "{out}");
    let c = consignment(&inst, 1);
    assert_eq!(c["kind"], "email", "{c}");
    assert_eq!(c["subject"], outer.subject.as_str(), "{c}");
    let cover = &documents_with_role(&c, "cover")[0];
    let cover_doc = inst.show(cover["document_id"].as_i64().unwrap());
    assert_eq!(cover_doc["media_type"], "application/vnd.ms-outlook");
    let text = all_text(&cover_doc);
    assert!(
        text.contains(&inner.subject),
        "forwarded item on the cover: {text}"
    );
    let attachments = documents_with_role(&c, "attachment");
    assert_eq!(attachments.len(), 2, "{c}");
    for a in &attachments {
        assert_eq!(a["state"], "filed", "{c}");
        let doc = inst.show(a["document_id"].as_i64().unwrap());
        assert_eq!(doc["media_type"], "application/pdf", "{doc}");
    }
    // The attached letters' words are searchable, the forwarded one's too.
    let word = |spec: &gen::MailSpec| {
        spec.subject
            .split_whitespace()
            .max_by_key(|w| w.chars().count())
            .unwrap()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    assert!(!inst.search(&word(&outer)).is_empty());
    assert!(!inst.search(&word(&inner)).is_empty());
    assert!(inst
        .json(&["quarantine", "list", "--json"])
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn winmail_dat_attachments_are_documents_and_other_ole_files_get_a_fitting_reason() {
    let inst = Instance::new();
    let (eml, inner) = gen::mail_with_winmail_dat(83);
    let out = ingest_json(&inst, "exchange.eml", &eml);
    assert_eq!(out["files"][0]["outcome"], "filed", "{out}");
    let c = consignment(&inst, 1);
    let attachments = documents_with_role(&c, "attachment");
    let names: Vec<&str> = attachments
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = inner.attachments.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, expected, "{c}");
    assert!(attachments.iter().all(|a| a["state"] == "filed"), "{c}");
    let note = inst.show(attachments[1]["document_id"].as_i64().unwrap());
    assert!(
        all_text(&note).contains("Aktenzeichen"),
        "text attachment read: {note}"
    );

    // winmail.dat dropped by itself is a mail of its own.
    let out = ingest_json(&inst, "winmail.dat", &gen::tnef_of(&inner, false));
    assert_eq!(out["files"][0]["outcome"], "filed", "{out}");
    let c = consignment(&inst, 2);
    assert_eq!(c["subject"], inner.subject.as_str(), "{c}");
    assert_eq!(documents_with_role(&c, "attachment").len(), 2, "{c}");

    // An OLE file that is no Outlook message is refused as what it is, not as an installer;
    // attached to a mail it is kept without text.
    let mut ole = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    std::io::Write::write_all(&mut ole.create_stream("/WordDocument").unwrap(), b"x").unwrap();
    let ole = ole.into_inner().into_inner();
    let path = inst.dir.path().join("in/alt.doc");
    std::fs::write(&path, &ole).unwrap();
    let run = inst.cli(&["ingest", "--json", path.to_str().unwrap()]);
    let out: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(out["files"][0]["outcome"], "quarantined", "{out}");
    let reason = out["files"][0]["reason"].as_str().unwrap().to_string();
    assert!(reason.contains("not an Outlook message"), "{reason}");
    assert!(!reason.contains("msi"), "{reason}");
    // The advice names what is read.
    for read in ["PDF", "WebP", "Outlook .msg", "winmail.dat", "RTF"] {
        assert!(reason.contains(read), "{read}: {reason}");
    }
    let mut mail = gen::outlook_msg_spec(84);
    mail.attachments = vec![gen::Attachment::new("alt.doc", "application/msword", ole)];
    let out = ingest_json(&inst, "mit-word.eml", &mail.to_eml());
    assert_eq!(out["files"][0]["outcome"], "filed", "{out}");
}

#[test]
fn an_rtf_file_is_a_searchable_document() {
    let inst = Instance::new();
    // As WordPad and Outlook write it: umlauts as windows-1252 escapes, paragraphs as \par.
    let rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs20 \
               Sehr geehrte Damen und Herren,\\par\nhiermit widerspreche ich dem Bescheid \
               \\'fcber die M\\'fcllgeb\\'fchren.\\par\nMit freundlichen Gr\\'fc\\'dfen\\par\n}";
    let id = inst.ingest(None, "widerspruch", rtf.as_bytes());
    let doc = inst.show(id);
    assert_eq!(doc["media_type"], "application/rtf", "{doc}");
    let all = all_text(&doc);
    assert!(all.contains("Müllgebühren"), "{all}");
    assert!(all.contains("Grüßen"), "{all}");
    assert!(!all.contains("fonttbl") && !all.contains("\\par"), "{all}");
    assert!(!inst.search("Müllgebühren").is_empty());
}
