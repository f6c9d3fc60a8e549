//! Mail intake against a real Dovecot: consignments, IDLE, reconnects, crashes between
//! storing and moving, bad mails and attachments, IMAPS.

mod common;

use std::time::{Duration, Instant};

use common::dovecot::{Dovecot, PASSWORD};
use common::*;
use mailroom_testdata as gen;

const USER: &str = "poststelle@kreis.test";

/// An instance with an IMAP pipeline `poststelle` for `USER` on `dv` (plain, loopback).
fn mail_instance(dv: &Dovecot, extra: &str) -> Instance {
    let mut inst = Instance::new();
    inst.set_env("MAILROOM_TEST_IMAP_PASSWORD", PASSWORD);
    dv.pipeline(&inst.pipelines_dir(), "poststelle", USER, extra);
    inst
}

fn consignment(inst: &Instance, id: i64) -> serde_json::Value {
    inst.json(&["show", "--consignment", &id.to_string(), "--json"])
}

fn part_names(c: &serde_json::Value) -> Vec<String> {
    c["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["role"] == "attachment")
        .map(|d| d["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_german_mail_with_two_pdfs_becomes_one_consignment_of_three_searchable_documents() {
    let dv = Dovecot::start(&[USER], false);
    let (raw, spec) = gen::german_mail_with_two_pdfs(21);
    dv.append(USER, "INBOX", &raw);
    let mut inst = mail_instance(&dv, "");
    inst.start();
    inst.wait_for_documents(3, Duration::from_secs(180));
    inst.wait_for("the mail to be moved", Duration::from_secs(20), |_| {
        dv.count(USER, "INBOX") == 0 && dv.count(USER, "Verarbeitet") == 1
    });

    let c = consignment(&inst, 1);
    assert_eq!(c["subject"], spec.subject.as_str());
    assert_eq!(c["mailbox"], USER);
    assert!(c["from"].as_str().unwrap().contains(&spec.from.1));
    let want: Vec<String> = spec.attachments.iter().map(|a| a.name.clone()).collect();
    assert_eq!(part_names(&c), want, "umlaut attachment names survive");
    let docs = c["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 3);
    assert!(docs.iter().all(|d| d["state"] == "filed"), "{c}");

    // Each attachment is a document of its own, traceable to its mail.
    let scanned = docs.iter().find(|d| d["name"] == want[0].as_str()).unwrap();
    let scan = inst.show(scanned["document_id"].as_i64().unwrap());
    assert_eq!(scan["media_type"], "application/pdf");
    assert!(scan["pages"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["text_source"] == "ocr"));
    assert_eq!(scan["consignments"][0]["subject"], spec.subject.as_str());
    let cover = inst.show(docs[0]["document_id"].as_i64().unwrap());
    assert_eq!(cover["media_type"], "message/rfc822");
    assert!(
        all_text(&cover).contains("Betreff: "),
        "{}",
        all_text(&cover)
    );
    assert_eq!(cover["sha256"], mailroom::model::Sha256::of(&raw).to_hex());

    // All three are searchable: the mail's subject, the scanned PDF's OCR text, the
    // born-digital PDF's text, and the mailbox filter.
    let subject_word = spec
        .subject
        .split_whitespace()
        .max_by_key(|w| w.len())
        .unwrap()
        .trim_matches(|c: char| !c.is_alphanumeric());
    let scan_word = scan["pages"][0]["text"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .rfind(|w| w.chars().count() > 8 && w.chars().all(char::is_alphabetic))
        .unwrap()
        .to_string();
    inst.wait_for("all three to be searchable", Duration::from_secs(15), |i| {
        i.status()["unindexed"] == 0
    });
    assert!(
        inst.search(subject_word)
            .iter()
            .any(|h| h["id"] == docs[0]["document_id"]),
        "{subject_word}"
    );
    assert!(
        inst.search(&scan_word)
            .iter()
            .any(|h| h["id"] == scanned["document_id"]),
        "{scan_word}"
    );
    let by_mailbox = inst.json(&["search", "--json", "--mailbox", USER, ""]);
    assert_eq!(by_mailbox.as_array().unwrap().len(), 3);
    assert!(inst
        .json(&["search", "--json", "--mailbox", "rechnung@kreis.test", ""])
        .as_array()
        .unwrap()
        .is_empty());
    assert!(inst.stop().success());
}

#[test]
fn a_mail_delivered_while_the_daemon_idles_is_filed_within_seconds() {
    let dv = Dovecot::start(&[USER], false);
    let mut inst = mail_instance(&dv, "");
    inst.start();
    inst.wait_for(
        "the mailbox to be connected",
        Duration::from_secs(20),
        |i| i.log().contains("connected"),
    );
    std::thread::sleep(Duration::from_millis(500));
    let raw = gen::MailSpec::from_letter(&gen::Letter::sample(22), 22).to_eml();
    let t = Instant::now();
    dv.append(USER, "INBOX", &raw);
    // poll_secs is 600: only IDLE can explain a quick pick-up.
    inst.wait_for_documents(1, Duration::from_secs(20));
    eprintln!("filed {:?} after delivery", t.elapsed());
    inst.wait_for("the mail to be moved", Duration::from_secs(10), |_| {
        dv.count(USER, "Verarbeitet") == 1
    });
}

#[test]
fn a_restarted_server_is_reconnected_to_and_nothing_is_lost_or_doubled() {
    let mut dv = Dovecot::start(&[USER], false);
    let mut inst = mail_instance(&dv, "");
    inst.start();
    dv.append(
        USER,
        "INBOX",
        &gen::MailSpec::from_letter(&gen::Letter::sample(23), 23).to_eml(),
    );
    inst.wait_for_documents(1, Duration::from_secs(60));
    dv.stop();
    std::thread::sleep(Duration::from_secs(3));
    dv.start_again();
    for seed in 24..27 {
        dv.append(
            USER,
            "INBOX",
            &gen::MailSpec::from_letter(&gen::Letter::sample(seed), seed).to_eml(),
        );
    }
    inst.wait_for_documents(4, Duration::from_secs(90));
    inst.wait_for("all mails moved", Duration::from_secs(30), |_| {
        dv.count(USER, "INBOX") == 0 && dv.count(USER, "Verarbeitet") == 4
    });
    let s = inst.status();
    assert_eq!(s["receipts"], 4, "{s}");
    assert_eq!(s["duplicates"], 0);
    assert!(inst.log().contains("reconnecting"), "{}", inst.log());
}

/// Kills the daemon at `point` while it handles one mail, restarts it, checks one copy.
fn crash_once(point: &str) {
    let dv = Dovecot::start(&[USER], false);
    let raw = gen::MailSpec::from_letter(&gen::Letter::sample(30), 30).to_eml();
    let mut inst = mail_instance(&dv, "");
    inst.start_with_env(&[("MAILROOM_CRASH_AT", point)]);
    inst.wait_for(
        "the mailbox to be connected",
        Duration::from_secs(20),
        |i| i.log().contains("connected"),
    );
    dv.append(USER, "INBOX", &raw);
    inst.wait_for_crash(Duration::from_secs(60));
    assert!(inst.log().contains(&format!("crash point {point}")));
    inst.start();
    inst.wait_for_documents(1, Duration::from_secs(60));
    inst.wait_for("the mail to be moved", Duration::from_secs(30), |_| {
        dv.count(USER, "INBOX") == 0 && dv.count(USER, "Verarbeitet") == 1
    });
    let s = inst.status();
    assert_eq!(s["receipts"], 1, "{point}: {s}");
    assert_eq!(s["documents"], 1, "{point}");
    assert_eq!(
        inst.show(1)["sha256"],
        mailroom::model::Sha256::of(&raw).to_hex()
    );
    inst.wait_for("an empty spool", Duration::from_secs(10), |i| {
        i.spool_contents().is_empty()
    });
}

#[test]
fn a_crash_between_storing_and_moving_leaves_exactly_one_copy() {
    for point in ["mail-stored", "document-filed", "mail-before-move"] {
        crash_once(point);
    }
}

#[test]
fn bad_mails_and_attachments_are_quarantined_with_reasons() {
    let dv = Dovecot::start(&[USER], false);
    // Not a mail at all.
    dv.append(
        USER,
        "INBOX",
        b"\x00\x01\x02 binary garbage \xff\xfe\x00 that is no mail\r\n",
    );
    // A zip bomb and an oversized attachment next to a good PDF.
    let letter = gen::Letter::sample(31);
    let mut spec = gen::MailSpec::from_letter(&letter, 31);
    spec.attachments = vec![
        gen::Attachment::new("Unterlagen.zip", "application/zip", gen::zip_bomb(300)),
        gen::Attachment::new("Riesenscan.pdf", "application/pdf", {
            let mut big = gen::born_digital_pdf(&letter, 1);
            big.resize(3 * 1024 * 1024, b' ');
            big
        }),
        gen::Attachment::new(
            "Antrag.pdf",
            "application/pdf",
            gen::born_digital_pdf(&letter, 1),
        ),
    ];
    dv.append(USER, "INBOX", &spec.to_eml());
    let mut inst = mail_instance(&dv, "");
    inst.set_main("max_attachment_mb", "2");
    inst.start();
    inst.wait_for("both mails handled", Duration::from_secs(90), |i| {
        let s = i.status();
        s["in_progress"] == 0 && s["receipts"].as_u64() == Some(5)
    });
    inst.wait_for(
        "the mails to leave the inbox",
        Duration::from_secs(30),
        |_| dv.count(USER, "INBOX") == 0,
    );
    // Nothing of the garbage could be filed: error folder. The other mail was filed.
    assert_eq!(dv.count(USER, "Fehler"), 1);
    assert_eq!(dv.count(USER, "Verarbeitet"), 1);
    let q = inst.json(&["quarantine", "list", "--json"]);
    let codes: Vec<&str> = q
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["reason_code"].as_str().unwrap())
        .collect();
    for code in ["unparseable_mail", "zip_refused", "file_too_large"] {
        assert!(codes.contains(&code), "{code} missing: {q}");
    }
    let c = consignment(&inst, 1);
    let states: Vec<(String, String)> = c["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["role"] == "attachment")
        .map(|d| {
            (
                d["name"].as_str().unwrap().to_string(),
                d["state"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            ("Unterlagen.zip".to_string(), "quarantined".to_string()),
            ("Riesenscan.pdf".to_string(), "quarantined".to_string()),
            ("Antrag.pdf".to_string(), "filed".to_string()),
        ]
    );
    let bomb = q
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["reason_code"] == "zip_refused")
        .unwrap();
    let path = std::path::PathBuf::from(bomb["path"].as_str().unwrap());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        gen::zip_bomb(300),
        "the archive is kept as delivered"
    );
    assert!(inst.status()["daemon"]["running"].as_bool().unwrap());
}

#[test]
fn imaps_and_starttls_with_a_test_certificate_and_a_broken_mailbox_does_not_stall_the_others() {
    let dv = Dovecot::start(&[USER, "rechnung@kreis.test", "ohneca@kreis.test"], true);
    let mut inst = Instance::new();
    inst.set_env("MAILROOM_TEST_IMAP_PASSWORD", PASSWORD);
    inst.set_env("MAILROOM_WRONG_PASSWORD", "falsch");
    let ca = dv.cert.clone().unwrap();
    std::fs::write(
        inst.pipelines_dir().join("poststelle.toml"),
        format!("type = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"implicit\"\nca_file = {:?}\nuser = \"{USER}\"\npassword_env = \"MAILROOM_TEST_IMAP_PASSWORD\"\n", dv.imaps_port.unwrap(), ca.display().to_string()),
    ).unwrap();
    std::fs::write(
        inst.pipelines_dir().join("rechnung.toml"),
        format!("type = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"starttls\"\nca_file = {:?}\nuser = \"rechnung@kreis.test\"\npassword_env = \"MAILROOM_TEST_IMAP_PASSWORD\"\n", dv.port, ca.display().to_string()),
    ).unwrap();
    std::fs::write(
        inst.pipelines_dir().join("kaputt.toml"),
        format!("type = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"plain\"\nuser = \"{USER}\"\npassword_env = \"MAILROOM_WRONG_PASSWORD\"\nfolders = [\"Gibtsnicht\"]\n", dv.port),
    ).unwrap();
    // The same server without its CA: the self-signed certificate must be refused.
    std::fs::write(
        inst.pipelines_dir().join("ohneca.toml"),
        format!("type = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"implicit\"\nuser = \"ohneca@kreis.test\"\npassword_env = \"MAILROOM_TEST_IMAP_PASSWORD\"\n", dv.imaps_port.unwrap()),
    ).unwrap();
    dv.append(
        USER,
        "INBOX",
        &gen::MailSpec::from_letter(&gen::Letter::sample(40), 40).to_eml(),
    );
    dv.append(
        "rechnung@kreis.test",
        "INBOX",
        &gen::MailSpec::from_letter(&gen::Letter::sample(41), 41).to_eml(),
    );
    dv.append(
        "ohneca@kreis.test",
        "INBOX",
        &gen::MailSpec::from_letter(&gen::Letter::sample(42), 42).to_eml(),
    );
    inst.start();
    inst.wait_for_documents(2, Duration::from_secs(60));
    inst.wait_for(
        "the other mailboxes to report",
        Duration::from_secs(20),
        |i| {
            let log = i.log();
            log.contains("login failed") && log.contains("TLS handshake")
        },
    );
    assert_eq!(
        dv.count("ohneca@kreis.test", "INBOX"),
        1,
        "untrusted server: mail stays where it is"
    );
    assert_eq!(inst.status()["documents"], 2);
    let s = inst.status();
    let mailboxes: Vec<&str> = s["pipelines"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["mailbox"].as_str())
        .collect();
    assert!(mailboxes.contains(&USER) && mailboxes.contains(&"rechnung@kreis.test"));
}

#[test]
fn plaintext_to_a_remote_host_and_passwords_in_files_are_config_errors() {
    let inst = Instance::new();
    std::fs::write(
        inst.pipelines_dir().join("extern.toml"),
        "type = \"imap\"\nhost = \"imap.example.org\"\ntls = \"plain\"\nuser = \"a@example.org\"\npassword = \"geheim\"\n",
    )
    .unwrap();
    let out = inst.cli(&["validate"]);
    assert_eq!(out.status.code(), Some(78));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("only allowed to loopback"), "{err}");
    assert!(
        err.contains("passwords do not belong in pipeline files"),
        "{err}"
    );
    assert!(
        err.contains("extern.toml:4"),
        "line of the plaintext setting: {err}"
    );
}

#[test]
fn an_eml_dropped_into_a_folder_gives_the_same_result_as_the_mail_fetched_over_imap() {
    let (raw, _) = gen::german_mail_with_two_pdfs(50);
    let dv = Dovecot::start(&[USER], false);
    dv.append(USER, "INBOX", &raw);
    let mut by_imap = mail_instance(&dv, "");
    by_imap.start();
    by_imap.wait_for_documents(3, Duration::from_secs(180));

    let mut by_folder = Instance::new();
    by_folder.start();
    by_folder.drop_file("mail.eml", &raw);
    by_folder.wait_for_documents(3, Duration::from_secs(180));

    let summary = |inst: &Instance| {
        let c = consignment(inst, 1);
        c["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let doc = inst.show(d["document_id"].as_i64().unwrap());
                (
                    d["role"].to_string(),
                    d["name"].to_string(),
                    doc["sha256"].to_string(),
                    doc["pages"].as_array().unwrap().len(),
                    all_text(&doc).len() / 50,
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(summary(&by_imap), summary(&by_folder));
}

#[test]
fn a_missing_mailbox_password_stops_run_and_validate_but_not_status() {
    let dv = Dovecot::start(&[USER], false);
    let inst = Instance::new();
    dv.pipeline(&inst.pipelines_dir(), "poststelle", USER, "");
    // The variable is not set for this instance.
    let v = inst.cli(&["validate"]);
    assert_eq!(v.status.code(), Some(78));
    let err = String::from_utf8_lossy(&v.stderr);
    assert!(
        err.contains("poststelle.toml:6") && err.contains("MAILROOM_TEST_IMAP_PASSWORD is not set"),
        "{err}"
    );
    assert_eq!(inst.cli(&["run"]).status.code(), Some(78));
    assert!(
        inst.cli(&["status"]).status.success(),
        "status works without the secret"
    );
}

#[test]
fn a_changed_uidvalidity_does_not_import_a_filed_mail_again() {
    let mut dv = Dovecot::start(&[USER], false);
    let raw = gen::MailSpec::from_letter(&gen::Letter::sample(60), 60).to_eml();
    let mut inst = mail_instance(&dv, "");
    // Filed, but the daemon dies before moving the mail on the server...
    inst.start_with_env(&[("MAILROOM_CRASH_AT", "mail-before-move")]);
    inst.wait_for(
        "the mailbox to be connected",
        Duration::from_secs(20),
        |i| i.log().contains("connected"),
    );
    dv.append(USER, "INBOX", &raw);
    inst.wait_for_crash(Duration::from_secs(60));
    // ...and the server renumbers its mails meanwhile.
    let before = inst.log();
    dv.reset_uidvalidity(USER);
    inst.start();
    inst.wait_for("the mail to be moved", Duration::from_secs(30), |_| {
        dv.count(USER, "INBOX") == 0 && dv.count(USER, "Verarbeitet") == 1
    });
    let s = inst.status();
    assert_eq!(s["receipts"], 1, "not imported again: {s}");
    assert_eq!(s["documents"], 1);
    let after = inst.log();
    let uidvalidities: Vec<&str> = after.lines().filter(|l| l.contains("connected")).collect();
    assert!(uidvalidities.len() >= 2 && before.len() < after.len());
    assert!(after.contains("UIDVALIDITY change"), "{after}");
}
