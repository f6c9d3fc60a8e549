//! Routing through the real binary: filed letters land in department inboxes with fields and an
//! explanation; triage, manual routing (which teaches the model), search filters and facets,
//! rule replay, rules edited under a running daemon, and arrival notifications by webhook
//! (a small HTTP server here) and by email (a throwaway SMTP server).

mod common;
mod realistic;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::webhook::Receiver;
use common::*;
use mailroom_testdata as gen;
use mailroom_testdata::{RoutedLetter, Topic};
use serde_json::Value;

fn pdf(l: &RoutedLetter) -> Vec<u8> {
    gen::born_digital_pdf(&l.letter, 1)
}

/// Files the given files with `mailroom ingest`; returns the document id of each, in order.
fn ingest(inst: &Instance, files: &[(&str, Vec<u8>)]) -> Vec<i64> {
    let dir = inst.dir.path().join(format!("in-{}", files[0].0));
    std::fs::create_dir_all(&dir).unwrap();
    let paths: Vec<PathBuf> = files
        .iter()
        .map(|(name, bytes)| {
            let p = dir.join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        })
        .collect();
    let mut args = vec!["ingest".to_string(), "--json".to_string()];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = inst.json(&refs);
    paths
        .iter()
        .map(|p| {
            let r = out["files"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["path"] == p.display().to_string())
                .unwrap_or_else(|| panic!("{} not in {out}", p.display()));
            assert_eq!(r["outcome"], "filed", "{r}");
            r["document_id"].as_i64().unwrap()
        })
        .collect()
}

fn text(inst: &Instance, args: &[&str]) -> String {
    let out = inst.cli(args);
    assert!(
        out.status.success(),
        "`mailroom {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn ids_of(list: &Value, key: &str) -> Vec<i64> {
    let mut v: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e[key].as_i64().unwrap())
        .collect();
    v.sort();
    v
}

fn departments_file(inst: &Instance) -> PathBuf {
    inst.config.parent().unwrap().join("departments.toml")
}

fn rules_file(inst: &Instance) -> PathBuf {
    inst.config.parent().unwrap().join("routing.toml")
}

/// Adds `key = value` lines to department `id` in departments.toml.
fn configure_department(inst: &Instance, id: &str, lines: &str) {
    let path = departments_file(inst);
    let text = std::fs::read_to_string(&path).unwrap();
    let anchor = format!("id = \"{id}\"\n");
    assert!(text.contains(&anchor));
    std::fs::write(
        &path,
        text.replacen(&anchor, &format!("{anchor}{lines}\n"), 1),
    )
    .unwrap();
}

#[test]
fn filed_letters_are_routed_explained_listed_rerouted_and_searchable_by_department() {
    let inst = Instance::new();
    without_rules(&inst, &UNRULED);
    let widerspruch = gen::routed_letter(Topic::Widerspruch, 1);
    let rechnung = gen::routed_letter(Topic::Rechnung, 2);
    let bussgeld = gen::routed_letter(Topic::Bussgeld, 3);
    let schulweg = gen::routed_letter(Topic::Schulweg, 4);
    // One of them scanned: routing works on OCR text too.
    let scanned = gen::routed_letter(Topic::Bauantrag, 5);
    let scan = gen::render_scan(
        &scanned.letter,
        1,
        &gen::ScanOptions {
            seed: 5,
            ..Default::default()
        },
    );
    let ids = ingest(
        &inst,
        &[
            ("widerspruch.pdf", pdf(&widerspruch)),
            ("rechnung.pdf", pdf(&rechnung)),
            ("anhoerung.pdf", pdf(&bussgeld)),
            ("schulweg.pdf", pdf(&schulweg)),
            ("bauantrag-scan.pdf", gen::pdf_with_jpeg_pages(&scan)),
        ],
    );
    let [w, r, b, s, scan_id] = ids[..] else {
        unreachable!()
    };

    for (id, l) in [
        (w, &widerspruch),
        (r, &rechnung),
        (b, &bussgeld),
        (scan_id, &scanned),
    ] {
        let doc = inst.show(id);
        assert_eq!(
            doc["department"], l.expected_department,
            "{:?}: {}",
            l.topic, doc["routing"]
        );
        assert_eq!(doc["class"], l.expected_class);
        assert_eq!(doc["state"], "neu");
        assert_eq!(doc["routing"]["source"], "rule");
        let fields = doc["fields"].as_array().unwrap();
        let has = |name: &str, value: &str| {
            fields
                .iter()
                .any(|f| f["name"] == name && f["value"] == value)
        };
        assert!(
            has("sender_postcode", &l.fields.sender_postcode),
            "{:?}: {fields:?}",
            l.topic
        );
        if let Some(iban) = &l.fields.iban {
            assert!(has("iban", iban), "{fields:?}");
        }
    }
    // The Widerspruch has its deadline: one month from the day of receipt.
    let doc = inst.show(w);
    assert_eq!(doc["tags"], serde_json::json!(["frist"]));
    let deadline = doc["deadline"].as_str().unwrap();
    assert!(deadline.starts_with("20"), "{doc}");
    // People read the date the German way, in the inbox and in explain.
    let (y, m, d) = (&deadline[0..4], &deadline[5..7], &deadline[8..10]);
    let german = format!("{d}.{m}.{y}");
    let inbox = text(&inst, &["inbox", "30"]);
    assert!(inbox.contains(&format!("Frist {german}")), "{inbox}");
    assert!(!inbox.contains(deadline), "{inbox}");
    let explained = text(&inst, &["explain", &w.to_string()]);
    assert!(
        explained.contains(&format!("deadline:    {german}")),
        "{explained}"
    );

    // explain: the rule, its line, the evidence with its place in the text.
    let explained = text(&inst, &["explain", &w.to_string()]);
    assert!(
        explained.contains("30 Rechtsamt, by rule \"Widerspruch\" (line "),
        "{explained}"
    );
    assert!(
        explained.contains("»Widerspruch«") || explained.contains("»widerspruch«"),
        "{explained}"
    );
    assert!(explained.contains("page 1, bytes "), "{explained}");
    let history = inst.json(&["explain", &w.to_string(), "--json"]);
    assert_eq!(history[0]["explanation"]["rule"], "Widerspruch");

    // Triage: the letter no rule knows, with the reason.
    let triage = inst.json(&["triage", "--json"]);
    assert_eq!(ids_of(&triage, "document_id"), [s]);
    assert!(triage[0]["reason"]
        .as_str()
        .unwrap()
        .contains("no rule matched"));
    let status = inst.status();
    assert_eq!(status["routing"]["triage"], 1);
    assert_eq!(status["routing"]["open_by_department"]["30"], 1);

    // Inboxes and states.
    assert_eq!(
        ids_of(&inst.json(&["inbox", "30", "--json"]), "document_id"),
        [w]
    );
    text(
        &inst,
        &[
            "inbox",
            "30",
            "--set",
            &w.to_string(),
            "--to",
            "in_bearbeitung",
        ],
    );
    assert_eq!(
        inst.json(&["inbox", "30", "--json"])[0]["state"],
        "in_bearbeitung"
    );
    let bad = inst.cli(&["inbox", "30", "--set", &w.to_string(), "--to", "fertig"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr)
        .contains("neu, in_bearbeitung, erledigt, weitergeleitet"));

    // A person routes the triage letter and re-routes the Widerspruch.
    let out = text(
        &inst,
        &[
            "route",
            &s.to_string(),
            "40",
            "--class",
            "Antrag",
            "--by",
            "mueller",
        ],
    );
    assert!(out.contains("→ 40 Schulamt"), "{out}");
    assert!(out.contains("learned in"), "{out}");
    text(
        &inst,
        &[
            "route",
            &w.to_string(),
            "50",
            "--by",
            "mueller",
            "--note",
            "Bitte übernehmen",
        ],
    );
    let why = text(&inst, &["explain", &w.to_string()]);
    assert!(why.contains("note:        Bitte übernehmen"), "{why}");
    assert!(inst
        .json(&["triage", "--json"])
        .as_array()
        .unwrap()
        .is_empty());
    let all30 = inst.json(&["inbox", "30", "--all", "--json"]);
    assert_eq!(all30[0]["state"], "weitergeleitet");
    assert_eq!(
        ids_of(&inst.json(&["inbox", "50", "--json"]), "document_id"),
        [w]
    );
    let history = inst.json(&["explain", &w.to_string(), "--json"]);
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(history[1]["source"], "manual");
    assert_eq!(history[1]["decided_by"], "mueller");
    let unknown = inst.cli(&["route", &w.to_string(), "99"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no department \"99\""));

    // Search filters and facets follow the routing.
    let hits = inst.json(&["search", "--json", "--department", "50"]);
    assert_eq!(ids_of(&hits, "id"), [w]);
    let hits = inst.json(&["search", "--json", "--class", "Rechnung"]);
    assert_eq!(ids_of(&hits, "id"), [r]);
    let plz = &bussgeld.fields.sender_postcode;
    let hits = inst.json(&[
        "search",
        "--json",
        "--field",
        &format!("sender_postcode={plz}"),
    ]);
    assert!(ids_of(&hits, "id").contains(&b), "{hits}");
    let faceted = inst.json(&["search", "--json", "--facets", "--limit", "1"]);
    assert_eq!(faceted["total"], 5);
    let departments = faceted["facets"]["department"].as_array().unwrap();
    let count = |d: &str| {
        departments
            .iter()
            .find(|c| c["value"] == d)
            .map(|c| c["count"].clone())
    };
    assert_eq!(count("20"), Some(1.into()));
    assert_eq!(count("40"), Some(1.into()));
    assert_eq!(count("30"), None, "moved away");
}

#[test]
fn rules_test_replays_a_new_rule_set_and_changes_nothing() {
    let inst = Instance::new();
    let letters: Vec<RoutedLetter> = [
        Topic::Widerspruch,
        Topic::Widerspruch,
        Topic::Rechnung,
        Topic::Abfall,
    ]
    .iter()
    .enumerate()
    .map(|(i, &t)| gen::routed_letter(t, 10 + i as u64))
    .collect();
    let files: Vec<(&str, Vec<u8>)> = ["w1.pdf", "w2.pdf", "r.pdf", "a.pdf"]
        .into_iter()
        .zip(letters.iter().map(pdf))
        .collect();
    let ids = ingest(&inst, &files);

    // A candidate rule set: objections go to the Sozialamt, as a deliberate exception (the
    // model, having learned the example letters, would otherwise overrule such a rule).
    let current = std::fs::read_to_string(rules_file(&inst)).unwrap();
    let candidate = current.replacen(
        "class = \"Widerspruch\"\ndepartment = \"30\"",
        "class = \"Widerspruch\"\ndepartment = \"50\"\nsecond_opinion = false",
        1,
    );
    assert_ne!(candidate, current);
    let path = inst.dir.path().join("routing-candidate.toml");
    std::fs::write(&path, &candidate).unwrap();
    let replay = inst.json(&["rules", "test", "--rules", path.to_str().unwrap(), "--json"]);
    assert_eq!(replay["documents"], 4);
    // Moves are listed by document id; ingest order need not match it.
    let mut moved = ids_of(&replay["moves"], "document_id");
    moved.sort_unstable();
    let mut expected = vec![ids[0], ids[1]];
    expected.sort_unstable();
    assert_eq!(moved, expected, "{replay}");
    assert_eq!(replay["moves"][0]["from"], "30");
    assert_eq!(replay["moves"][0]["to"], "50");
    assert_eq!(
        replay["per_department"]["30"],
        serde_json::json!({"now": 2, "new": 0})
    );
    assert_eq!(
        replay["per_department"]["50"],
        serde_json::json!({"now": 0, "new": 2})
    );
    let printed = text(&inst, &["rules", "test", "--rules", path.to_str().unwrap()]);
    assert!(printed.contains("Would move: 2 document(s)"), "{printed}");
    // Nothing changed.
    assert_eq!(inst.show(ids[0])["department"], "30");
    assert_eq!(
        inst.json(&["inbox", "50", "--json"])
            .as_array()
            .unwrap()
            .len(),
        0
    );

    // The active rules replay to no change at all.
    let same = inst.json(&["rules", "test", "--json"]);
    assert!(same["moves"].as_array().unwrap().is_empty(), "{same}");

    // An invalid candidate is reported with its line, exit code 78.
    std::fs::write(
        &path,
        candidate.replacen("department = \"50\"", "department = \"55\"", 1),
    )
    .unwrap();
    let out = inst.cli(&["rules", "test", "--rules", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(78));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("routing-candidate.toml:"), "{err}");
    assert!(err.contains("55"), "{err}");
}

#[test]
fn corrections_through_the_cli_teach_the_model_for_new_letters() {
    let inst = Instance::new();
    without_rules(&inst, &UNRULED);
    let kinds = [Topic::Schulweg, Topic::Tierhaltung, Topic::Waffen];
    let training: Vec<RoutedLetter> = kinds
        .iter()
        .flat_map(|&t| (0..5).map(move |s| gen::routed_letter(t, s)))
        .collect();
    let names: Vec<String> = (0..training.len()).map(|i| format!("t{i}.pdf")).collect();
    let files: Vec<(&str, Vec<u8>)> = names
        .iter()
        .map(String::as_str)
        .zip(training.iter().map(pdf))
        .collect();
    let ids = ingest(&inst, &files);
    assert_eq!(inst.status()["routing"]["triage"], 15);
    let before = text(&inst, &["explain", &ids[14].to_string()]);
    assert!(before.contains("nothing learned yet"), "{before}");
    for (id, l) in ids.iter().zip(&training) {
        text(
            &inst,
            &[
                "route",
                &id.to_string(),
                l.expected_department,
                "--class",
                l.expected_class,
            ],
        );
    }
    // The corrected letters' texts are kept with the model for the character model (it
    // learns them beside example letters where an instance has them), under their departments.
    for (id, l) in ids.iter().zip(&training) {
        let letter = kept_letter(&inst, l.expected_department, *id)
            .unwrap_or_else(|| panic!("document {id} not kept"));
        assert!(holds_text_of(&letter, l), "{letter}");
    }
    // A letter decided before the corrections: explain shows what the model learned since.
    let after = text(&inst, &["explain", &ids[14].to_string()]);
    let now = after
        .split("Model now")
        .nth(1)
        .unwrap_or_else(|| panic!("{after}"));
    assert!(!now.contains("nothing learned yet"), "{after}");
    let best = format!("departments: {} ", training[14].expected_department);
    assert!(now.contains(&best), "{after}");
    let held_out: Vec<RoutedLetter> = kinds
        .iter()
        .flat_map(|&t| (50..54).map(move |s| gen::routed_letter(t, s)))
        .collect();
    let names: Vec<String> = (0..held_out.len()).map(|i| format!("h{i}.pdf")).collect();
    let files: Vec<(&str, Vec<u8>)> = names
        .iter()
        .map(String::as_str)
        .zip(held_out.iter().map(pdf))
        .collect();
    let ids = ingest(&inst, &files);
    let (mut right, mut wrong) = (Vec::new(), 0);
    for (id, l) in ids.iter().zip(&held_out) {
        let doc = inst.show(*id);
        match (doc["routing"]["source"].as_str(), &doc["department"]) {
            (Some("model"), d) if d == l.expected_department => right.push(*id),
            (Some("triage"), _) => {}
            other => {
                wrong += 1;
                println!("{:?} → {other:?}", l.topic);
            }
        }
    }
    println!(
        "held-out letters routed by the model: {}/{}",
        right.len(),
        held_out.len()
    );
    assert!(
        right.len() * 3 >= held_out.len() * 2,
        "only {} of {} held-out letters routed",
        right.len(),
        held_out.len()
    );
    assert_eq!(wrong, 0, "none goes to a wrong department");
    let explained = text(&inst, &["explain", &right[0].to_string()]);
    assert!(explained.contains("by the learned model"), "{explained}");
}

#[test]
fn a_mail_and_its_attachment_are_routed_together() {
    let inst = Instance::new();
    let objection = gen::routed_letter(Topic::Widerspruch, 7);
    let mut spec = gen::MailSpec::from_letter(&gen::routed_letter(Topic::Schulweg, 7).letter, 7);
    spec.subject = "Mein Schreiben vom heutigen Tage".into();
    spec.body_text =
        "Sehr geehrte Damen und Herren,\nanbei mein Schreiben.\nMit freundlichen Grüßen".into();
    spec.attachments = vec![gen::Attachment::new(
        "schreiben.pdf",
        "application/pdf",
        pdf(&objection),
    )];
    let ids = ingest(&inst, &[("mail.eml", spec.to_eml())]);
    let cover = inst.show(ids[0]);
    let consignment = &cover["consignments"][0];
    let attachment = consignment["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["role"] == "attachment")
        .unwrap()["document_id"]
        .as_i64()
        .unwrap();
    assert_eq!(cover["department"], "30", "{}", cover["routing"]);
    assert_eq!(inst.show(attachment)["department"], "30");
    let fields = cover["fields"].as_array().unwrap();
    assert!(
        fields
            .iter()
            .any(|f| f["name"] == "sender" && f["value"].as_str().unwrap().contains(&spec.from.1)),
        "{fields:?}"
    );
    let pages = &cover["routing"]["explanation"]["pages"];
    assert_eq!(pages[1]["part"], "schreiben.pdf", "{pages}");
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn a_webhook_gets_arrivals_batched_and_also_after_it_was_down() {
    let mut inst = Instance::new();
    let port = free_port();
    configure_department(
        &inst,
        "30",
        &format!("webhook = \"http://127.0.0.1:{port}/hooks/rechtsamt\""),
    );
    inst.set_main("notify_batch_secs", "1");
    inst.start();
    let l = gen::routed_letter(Topic::Widerspruch, 20);
    inst.drop_file("widerspruch.pdf", &pdf(&l));
    inst.wait_for_documents(1, Duration::from_secs(60));
    // Nobody listens yet: the delivery fails and is retried.
    inst.wait_for("a failed delivery", Duration::from_secs(30), |i| {
        i.log().contains("department notification failed")
    });
    assert_eq!(inst.status()["routing"]["notifications_failing"], 1);
    let receiver = Receiver::listen(
        "x-mailroom-notification",
        TcpListener::bind(("127.0.0.1", port)).unwrap(),
    );
    inst.wait_for("the webhook delivery", Duration::from_secs(40), |_| {
        !receiver.received().is_empty()
    });
    let (id, body) = receiver.received()[0].clone();
    assert!(!id.is_empty(), "notification id header");
    assert_eq!(body["department"], "30");
    assert_eq!(body["department_name"], "Rechtsamt");
    assert_eq!(body["count"], 1);
    assert_eq!(body["documents"][0]["id"], 1);
    assert_eq!(body["documents"][0]["class"], "Widerspruch");
    // A link to the document's page in the web interface (the daemon's own address here).
    let link = format!("{}/dokumente/1", inst.url());
    assert_eq!(body["documents"][0]["url"], link.as_str());
    inst.wait_for("the outbox to empty", Duration::from_secs(10), |i| {
        i.status()["routing"]["notifications_pending"] == 0
    });

    // Two more letters shortly after one another: announced once more, each exactly once.
    inst.drop_file("w2.pdf", &pdf(&gen::routed_letter(Topic::Widerspruch, 21)));
    inst.drop_file("w3.pdf", &pdf(&gen::routed_letter(Topic::Gerichtspost, 22)));
    inst.wait_for_documents(3, Duration::from_secs(60));
    inst.wait_for("both arrivals announced", Duration::from_secs(30), |_| {
        let all: Vec<i64> = receiver
            .received()
            .iter()
            .flat_map(|(_, b)| {
                b["documents"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|d| d["id"].as_i64().unwrap())
                    .collect::<Vec<_>>()
            })
            .collect();
        all.contains(&2) && all.contains(&3)
    });
    let mut announced: Vec<i64> = receiver
        .received()
        .iter()
        .flat_map(|(_, b)| {
            b["documents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["id"].as_i64().unwrap())
                .collect::<Vec<_>>()
        })
        .collect();
    announced.sort();
    assert_eq!(announced, [1, 2, 3], "each arrival once");
    inst.stop();
}

#[test]
fn the_mail_room_is_told_of_quarantined_files_and_failing_mailboxes() {
    let mut inst = Instance::new();
    let port = free_port();
    let path = departments_file(&inst);
    let text = std::fs::read_to_string(&path).unwrap();
    let sample = "# webhook = \"http://intranet.kreis.local/hooks/poststelle\"";
    assert!(
        text.contains(sample),
        "the shipped file has a [poststelle] example"
    );
    let ours = format!("webhook = \"http://127.0.0.1:{port}/hooks/poststelle\"");
    std::fs::write(&path, text.replacen(sample, &ours, 1)).unwrap();
    inst.set_main("notify_batch_secs", "1");
    // A mailbox nobody answers for: its pipeline keeps failing.
    let dead = free_port();
    std::fs::write(
        inst.pipelines_dir().join("postfach.toml"),
        format!(
            "type = \"imap\"\nhost = \"127.0.0.1\"\nport = {dead}\ntls = \"plain\"\nuser = \"post\"\npassword_env = \"MAILROOM_TEST_IMAP_PASSWORD\"\npoll_secs = 600\nchannel = \"E-Mail\"\n"
        ),
    )
    .unwrap();
    let receiver = Receiver::listen(
        "x-mailroom-notification",
        TcpListener::bind(("127.0.0.1", port)).unwrap(),
    );
    inst.start_with_env(&[("MAILROOM_TEST_IMAP_PASSWORD", "geheim")]);
    inst.drop_file("kaputt.pdf", &gen::corrupt_pdf(3));
    let event = |kind: &str| {
        receiver
            .received()
            .into_iter()
            .map(|(_, b)| b)
            .find(|b| b["event"] == kind)
    };
    inst.wait_for("the quarantine alert", Duration::from_secs(60), |_| {
        event("quarantine").is_some()
    });
    let q = event("quarantine").unwrap();
    assert_eq!(q["count"], 1, "{q}");
    assert_eq!(q["files"][0]["original_filename"], "kaputt.pdf");
    assert!(q["files"][0]["reason"].as_str().unwrap().len() > 10, "{q}");
    let link = format!("{}/quarantaene/", inst.url());
    assert!(
        q["files"][0]["url"].as_str().unwrap().starts_with(&link),
        "{q}"
    );
    inst.wait_for("the failing mailbox alert", Duration::from_secs(60), |_| {
        event("source_failing").is_some()
    });
    let f = event("source_failing").unwrap();
    assert_eq!(f["sources"][0]["pipeline"], "postfach", "{f}");
    assert!(f["text"].as_str().unwrap().contains("postfach"), "{f}");
    let status = inst.status();
    let pipeline = status["pipelines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "postfach")
        .unwrap()
        .clone();
    assert_eq!(pipeline["failing"][0]["part"], "INBOX", "{pipeline}");
    // Each news once: a second quarantined file is a new alert, the old one is not repeated.
    inst.drop_file("kaputt-2.pdf", &gen::corrupt_pdf(4));
    inst.wait_for("the second alert", Duration::from_secs(60), |_| {
        receiver
            .received()
            .iter()
            .filter(|(_, b)| b["event"] == "quarantine")
            .count()
            == 2
    });
    std::thread::sleep(Duration::from_secs(3));
    let quarantine_alerts: Vec<Value> = receiver
        .received()
        .into_iter()
        .map(|(_, b)| b)
        .filter(|b| b["event"] == "quarantine")
        .collect();
    assert_eq!(quarantine_alerts.len(), 2);
    assert_eq!(
        quarantine_alerts[1]["files"][0]["original_filename"],
        "kaputt-2.pdf"
    );
    let failing_alerts = receiver
        .received()
        .iter()
        .filter(|(_, b)| b["event"] == "source_failing")
        .count();
    assert_eq!(failing_alerts, 1, "one run of failures, one alert");
    inst.stop();
}

/// A throwaway SMTP server (Debian's python3-aiosmtpd) writing what it receives to a Maildir.
struct SmtpSink {
    child: Child,
    maildir: PathBuf,
}

impl SmtpSink {
    fn start(dir: &Path, port: u16) -> SmtpSink {
        let maildir = dir.join("maildir");
        let child = Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3-aiosmtpd (scripts/setup.sh installs it)");
        // Owned at once, so that it is killed and reaped even if it never comes up.
        let sink = SmtpSink { child, maildir };
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return sink;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("SMTP server did not start on port {port}");
    }

    fn messages(&self) -> Vec<Vec<u8>> {
        list(&self.maildir.join("new"))
            .iter()
            .map(|n| std::fs::read(self.maildir.join("new").join(n)).unwrap())
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn departments_with_an_address_are_notified_by_email() {
    let mut inst = Instance::new();
    let port = free_port();
    let smtp = SmtpSink::start(inst.dir.path(), port);
    configure_department(&inst, "20", "email = \"kaemmerei@kreis.test\"");
    let config = std::fs::read_to_string(&inst.config).unwrap();
    let with_smtp = config.replacen(
        "notify_batch_secs = 60",
        &format!(
            "notify_batch_secs = 1\n\n[routing.smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"plain\"\nfrom = \"poststelle@kreis.test\""
        ),
        1,
    );
    assert_ne!(config, with_smtp);
    std::fs::write(&inst.config, with_smtp).unwrap();
    inst.start();
    let invoice = gen::routed_letter(Topic::Rechnung, 30);
    inst.drop_file("rechnung.pdf", &pdf(&invoice));
    inst.wait_for_documents(1, Duration::from_secs(60));
    inst.wait_for("the notification mail", Duration::from_secs(30), |_| {
        !smtp.messages().is_empty()
    });
    let raw = smtp.messages().remove(0);
    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("To: kaemmerei@kreis.test"), "{text}");
    assert!(
        text.contains("Subject: Posteingang 20: 1 neues Dokument"),
        "{text}"
    );
    assert!(text.contains("Nr. 1 vom"), "{text}");
    inst.stop();
}

#[test]
fn an_invalid_rules_edit_is_reported_and_the_running_daemon_keeps_the_old_rules() {
    let mut inst = Instance::new();
    inst.start();
    let path = rules_file(&inst);
    let good = std::fs::read_to_string(&path).unwrap();
    // Two mistakes at once: an unknown department and a broken regex.
    let broken = good.replacen("department = \"20\"", "department = \"2O\"", 1)
        + "\n[[rule]]\nname = \"Kaputt\"\nwhen = { regex = \"(unclosed\" }\ndepartment = \"30\"\n";
    std::fs::write(&path, &broken).unwrap();
    let bad_line = broken.lines().position(|l| l.contains("\"2O\"")).unwrap() + 1;

    let validate = inst.cli(&["validate"]);
    assert_eq!(validate.status.code(), Some(78));
    let err = String::from_utf8_lossy(&validate.stderr);
    assert!(err.contains(&format!("routing.toml:{bad_line}")), "{err}");
    assert!(err.contains("2O"), "{err}");
    assert!(err.contains("Kaputt") || err.contains("regex"), "{err}");

    inst.wait_for(
        "the daemon to report the invalid rules",
        Duration::from_secs(20),
        |i| !i.status()["routing"]["error"].is_null(),
    );
    let status = inst.status();
    let errors = status["routing"]["error"].to_string();
    assert!(
        errors.contains(&format!("routing.toml:{bad_line}")),
        "{errors}"
    );
    let shown = String::from_utf8_lossy(&inst.cli(&["status"]).stdout).into_owned();
    assert!(shown.contains("INVALID"), "{shown}");

    // The old rules keep working: an invoice still goes to the Kämmerei.
    inst.drop_file(
        "rechnung.pdf",
        &pdf(&gen::routed_letter(Topic::Rechnung, 40)),
    );
    inst.wait_for_documents(1, Duration::from_secs(60));
    assert_eq!(inst.show(1)["department"], "20");

    // A valid edit is picked up: invoices now go to the Hauptamt (a deliberate exception
    // the letters' words contradict, so without the model's second opinion).
    let version = status["routing"]["version"].clone();
    std::fs::write(
        &path,
        good.replacen(
            "class = \"Rechnung\"\ndepartment = \"20\"",
            "class = \"Rechnung\"\ndepartment = \"10\"\nsecond_opinion = false",
            1,
        ),
    )
    .unwrap();
    inst.wait_for("the new rules", Duration::from_secs(20), |i| {
        let s = i.status();
        s["routing"]["error"].is_null() && s["routing"]["version"] != version
    });
    inst.drop_file(
        "rechnung2.pdf",
        &pdf(&gen::routed_letter(Topic::Rechnung, 41)),
    );
    inst.wait_for_documents(2, Duration::from_secs(60));
    assert_eq!(inst.show(2)["department"], "10");
    assert!(inst.log().contains("routing rules reloaded"));
    inst.stop();
}

#[test]
fn departments_edits_apply_while_running_and_status_says_when_a_restart_is_needed() {
    let mut inst = Instance::new();
    let (wrong, right) = (free_port(), free_port());
    configure_department(
        &inst,
        "30",
        &format!("webhook = \"http://127.0.0.1:{wrong}/hooks/rechtsamt\""),
    );
    inst.set_main("notify_batch_secs", "1");
    inst.start();
    assert_eq!(inst.status()["restart_needed"], serde_json::json!([]));
    inst.drop_file(
        "widerspruch.pdf",
        &pdf(&gen::routed_letter(Topic::Widerspruch, 60)),
    );
    inst.wait_for_documents(1, Duration::from_secs(60));
    inst.wait_for("a failed delivery", Duration::from_secs(30), |i| {
        i.log().contains("department notification failed")
    });
    // The operator fixes the target: the waiting notification goes there, no restart.
    let receiver = Receiver::listen(
        "x-mailroom-notification",
        TcpListener::bind(("127.0.0.1", right)).unwrap(),
    );
    let path = departments_file(&inst);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace(&wrong.to_string(), &right.to_string())).unwrap();
    inst.wait_for(
        "the delivery to the fixed target",
        Duration::from_secs(60),
        |_| !receiver.received().is_empty(),
    );
    assert_eq!(receiver.received()[0].1["documents"][0]["id"], 1);
    let status = inst.status();
    assert_eq!(status["restart_needed"], serde_json::json!([]), "{status}");
    assert!(status["routing"]["departments_error"].is_null(), "{status}");

    // A new pipeline file is read only at start: status says so.
    let fax = inst.drop.parent().unwrap().join("fax");
    std::fs::create_dir_all(&fax).unwrap();
    std::fs::write(
        inst.pipelines_dir().join("fax.toml"),
        format!(
            "type = \"folder\"\npath = {:?}\nchannel = \"Fax\"\n",
            fax.display().to_string()
        ),
    )
    .unwrap();
    let status = inst.status();
    let fax_pipeline = status["pipelines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "fax")
        .unwrap()
        .clone();
    assert_eq!(fax_pipeline["running"], false, "{status}");
    assert!(
        status["restart_needed"].to_string().contains("fax"),
        "{status}"
    );
    let shown = String::from_utf8_lossy(&inst.cli(&["status"]).stdout).into_owned();
    assert!(
        shown.contains("RESTART NEEDED") && shown.contains("fax"),
        "{shown}"
    );
    // After the restart it runs and nothing is pending.
    inst.stop();
    inst.start();
    let status = inst.status();
    assert_eq!(status["restart_needed"], serde_json::json!([]), "{status}");
}

#[test]
fn rules_test_on_a_folder_of_sample_letters_reports_right_wrong_and_triage_per_department() {
    let inst = Instance::new();
    let dir = inst.dir.path().join("proben");
    std::fs::create_dir_all(&dir).unwrap();
    let pick = |name: &str| {
        realistic::examples("letters")
            .iter()
            .find(|(n, _, _)| *n == name)
            .unwrap()
            .2
    };
    std::fs::write(dir.join("sperrmuell.txt"), pick("sperrmuell")).unwrap();
    std::fs::write(dir.join("kita.txt"), pick("kita-noro")).unwrap();
    std::fs::write(dir.join("pflege.txt"), pick("hilfe-zur-pflege")).unwrap();
    std::fs::write(
        dir.join("rechnung.pdf"),
        pdf(&gen::routed_letter(Topic::Rechnung, 9)),
    )
    .unwrap();
    std::fs::write(dir.join("kaputt.pdf"), gen::corrupt_pdf(5)).unwrap();
    std::fs::write(
        dir.join("unbekannt.txt"),
        "Hallo,\n\nbitte um Rückruf.\n\nGruß\n",
    )
    .unwrap();
    // The operator expects the Pflege letter at the Jugendamt: a wrong answer to look at.
    std::fs::write(
        dir.join("expected.toml"),
        "[letters]\n\"sperrmuell.txt\" = \"70\"\n\"kita.txt\" = \"53\"\n\"pflege.txt\" = \"51\"\n\
         \"rechnung.pdf\" = \"20\"\n\"kaputt.pdf\" = \"20\"\n\"unbekannt.txt\" = \"10\"\n",
    )
    .unwrap();
    let dir_arg = dir.to_str().unwrap();
    let report = inst.json(&["rules", "test", "--letters", dir_arg, "--json"]);
    assert_eq!(report["letters"], 5, "{report}");
    assert_eq!(report["right"], 3, "{report}");
    assert_eq!(report["wrong"], 1, "{report}");
    assert_eq!(report["triage"], 1, "{report}");
    assert_eq!(report["per_department"]["51"]["wrong"], 1, "{report}");
    assert_eq!(report["per_department"]["10"]["triage"], 1, "{report}");
    assert_eq!(report["unreadable"][0]["file"], "kaputt.pdf", "{report}");
    let wrong = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["file"] == "pflege.txt")
        .unwrap();
    assert_eq!(wrong["got"], "50");
    assert_eq!(wrong["rule"], "Sozialamt");
    let shown = text(&inst, &["rules", "test", "--letters", dir_arg]);
    assert!(
        shown.contains("wrong:  pflege.txt → 50 by rule \"Sozialamt\", expected 51"),
        "{shown}"
    );
    assert!(shown.contains("triage: unbekannt.txt"), "{shown}");
    // Nothing was filed.
    assert_eq!(inst.status()["documents"], 0);
    // The same list as a spreadsheet exports it (semicolons, a header row).
    std::fs::remove_file(dir.join("expected.toml")).unwrap();
    std::fs::write(
        dir.join("expected.csv"),
        "Datei;Amt\nsperrmuell.txt;70\nkita.txt;53\npflege.txt;51\n",
    )
    .unwrap();
    let from_csv = inst.json(&["rules", "test", "--letters", dir_arg, "--json"]);
    assert_eq!(from_csv["letters"], 3, "{from_csv}");
    assert_eq!(from_csv["right"], 2, "{from_csv}");
    assert_eq!(from_csv["wrong"], 1, "{from_csv}");
    // An expected department that does not exist is a configuration error.
    std::fs::write(
        dir.join("expected.toml"),
        "[letters]\n\"kita.txt\" = \"99\"\n",
    )
    .unwrap();
    let out = inst.cli(&["rules", "test", "--letters", dir_arg]);
    assert_eq!(out.status.code(), Some(78));
    assert!(String::from_utf8_lossy(&out.stderr).contains("99"));
}

/// The letter the model file keeps of document `id` under `department`, if any.
fn kept_letter(inst: &Instance, department: &str, id: i64) -> Option<Value> {
    let file = std::fs::read(inst.data.join("models/classifier.json")).ok()?;
    let model: Value = serde_json::from_slice(&file).ok()?;
    model["letters"]["by_department"][department]
        .as_array()?
        .iter()
        .find(|x| x["document"].as_str() == Some(id.to_string().as_str()))
        .cloned()
}

/// Whether a kept letter holds `l`'s text (the first words of its subject).
fn holds_text_of(letter: &Value, l: &RoutedLetter) -> bool {
    let subject: Vec<&str> = l.letter.subject.split_whitespace().take(3).collect();
    letter["text"]
        .as_str()
        .is_some_and(|t| t.contains(&subject.join(" ")))
}

/// A model file written before corrected letters were kept with it (its corrections only in
/// the naive Bayes counts, which the example letters' character model does not read): the
/// daemon rebuilds it from the stored decisions at start, the letters included.
#[test]
fn a_model_file_from_before_the_kept_letters_is_rebuilt_at_start() {
    let mut inst = Instance::new();
    let l = gen::routed_letter(Topic::Wohngeld, 0);
    let ids = ingest(&inst, &[("wohngeld.pdf", pdf(&l))]);
    assert_ne!(inst.show(ids[0])["department"], "10");
    text(&inst, &["route", &ids[0].to_string(), "10"]);
    assert!(
        kept_letter(&inst, "10", ids[0]).is_some(),
        "the correction keeps its letter"
    );
    let path = inst.data.join("models/classifier.json");
    let mut model: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    model.as_object_mut().unwrap().remove("letters");
    std::fs::write(&path, serde_json::to_vec(&model).unwrap()).unwrap();
    assert!(kept_letter(&inst, "10", ids[0]).is_none());
    inst.start();
    inst.wait_for("the model rebuilt", Duration::from_secs(30), |i| {
        kept_letter(i, "10", ids[0]).is_some()
    });
    let letter = kept_letter(&inst, "10", ids[0]).unwrap();
    assert!(holds_text_of(&letter, &l), "{letter}");
    inst.stop();
}
