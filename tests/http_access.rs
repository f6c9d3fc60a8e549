//! Accounts, logins and department access over real HTTP against the real binary: a clerk
//! of one department gets nothing of another through any document route (search hits,
//! totals, facets, detail, original, archive, explain), other roles see what their role
//! allows, every read is a chained audit event, and bad logins are refused and throttled.

mod common;

use common::http::*;
use common::*;
use mailroom_testdata as gen;
use mailroom_testdata::Topic;
use serde_json::Value;

const PW: &str = "Sommer-2026-Poststelle";

#[test]
fn a_clerk_gets_nothing_of_another_department_through_any_route() {
    let mut inst = Instance::new();
    let TwoDepartments {
        a,
        b,
        dep_a,
        dep_b,
        b_letter,
        ..
    } = file_two_departments(&inst, 11);

    add_user(
        &inst,
        "clerk-a",
        &["--role", "clerk", "--department", dep_a],
        PW,
    );
    add_user(&inst, "staff", &["--role", "mailroom"], PW);
    add_user(&inst, "ops", &["--role", "operator"], PW);
    add_user(&inst, "audit", &["--role", "auditor"], PW);
    // A clerk without departments cannot be made (they would see nothing anyway).
    let out = inst.cli(&[
        "user",
        "add",
        "nobody",
        "--role",
        "clerk",
        "--password-stdin",
    ]);
    assert!(!out.status.success());
    inst.start();
    let base = inst.url();

    // Nobody logged in: 401 on every document route.
    for path in ["/api/v1/documents", &format!("/api/v1/documents/{a}")] {
        let r = request("GET", &format!("{base}{path}"), &[], None);
        assert_eq!(r.status, 401, "{path}");
        assert_eq!(r.header("content-type"), Some("application/problem+json"));
    }

    let clerk = login(&base, "clerk-a", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    // Search: hits, totals and facets count only department A, also for words of B's letter
    // and when asking for B explicitly.
    let all = clerk.get(&format!("{base}/api/v1/documents?facets=true"));
    assert_eq!(all.status, 200);
    // Paging past the limit is refused, not answered with another page.
    let deep = clerk.get(&format!("{base}/api/v1/documents?offset=10001"));
    assert_eq!(deep.status, 422);
    assert_eq!(
        deep.header("content-type"),
        Some("application/problem+json")
    );
    let all = all.json();
    assert_eq!(all["total"], 1, "{all}");
    assert_eq!(all["hits"][0]["id"], a);
    let deps = all["facets"]["department"].as_array().unwrap();
    assert_eq!(deps.len(), 1, "{all}");
    assert_eq!(deps[0]["value"], dep_a);
    let for_b = clerk
        .get(&format!(
            "{base}/api/v1/documents?department={dep_b}&facets=true"
        ))
        .json();
    assert_eq!(for_b["total"], 0, "{for_b}");
    assert!(for_b["hits"].as_array().unwrap().is_empty());
    let b_text = b_letter.letter.paragraphs.join(" ");
    let word = b_text
        .split_whitespace()
        .find(|w| w.len() > 8 && w.chars().all(char::is_alphabetic))
        .expect("a long word in B's letter");
    let by_word = clerk
        .get(&format!("{base}/api/v1/documents?q={word}"))
        .json();
    assert!(
        by_word["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["id"] == a),
        "{by_word}"
    );

    // Every document route of B answers exactly like a document that does not exist.
    let missing = clerk.get(&format!("{base}/api/v1/documents/999999"));
    assert_eq!(missing.status, 404);
    for suffix in ["", "/original", "/archive", "/explain", "/pages/1/image"] {
        let r = clerk.get(&format!("{base}/api/v1/documents/{b}{suffix}"));
        assert_eq!(r.status, 404, "B{suffix}");
        assert_eq!(r.body, missing.body, "B{suffix} must look like nothing");
    }
    // … while A's are readable.
    let detail = clerk.get(&format!("{base}/api/v1/documents/{a}"));
    assert_eq!(detail.status, 200);
    assert_eq!(detail.json()["id"], a);
    let original = clerk.get(&format!("{base}/api/v1/documents/{a}/original"));
    assert_eq!(original.status, 200);
    let sha = detail.json()["sha256"].as_str().unwrap().to_string();
    assert_eq!(original.header("etag"), Some(format!("\"{sha}\"").as_str()));
    assert!(original
        .header("content-disposition")
        .unwrap()
        .starts_with("attachment; filename=\"rechnung.pdf\""));
    assert!(original.body.starts_with(b"%PDF"));
    assert_eq!(
        clerk
            .get(&format!("{base}/api/v1/documents/{a}/explain"))
            .status,
        200
    );
    let page = clerk.get(&format!("{base}/api/v1/documents/{a}/pages/1/image"));
    assert_eq!(page.status, 200);
    assert_eq!(page.header("content-type"), Some("image/png"));
    let png = image::load_from_memory(&page.body).expect("a PNG");
    assert!(png.height() > png.width(), "an A4 page stands upright");
    for n in ["2", "0", "x"] {
        let r = clerk.get(&format!("{base}/api/v1/documents/{a}/pages/{n}/image"));
        assert_eq!(r.status, 404, "page {n}");
    }
    // The clerk may not read the audit log.
    assert_eq!(clerk.get(&format!("{base}/api/v1/audit")).status, 403);

    // Mail-room staff see both; operators and auditors no contents.
    let staff = login(&base, "staff", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    assert_eq!(
        staff.get(&format!("{base}/api/v1/documents")).json()["total"],
        2
    );
    assert_eq!(
        staff.get(&format!("{base}/api/v1/documents/{b}")).status,
        200
    );
    let ops = login(&base, "ops", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    for path in [
        "/api/v1/documents".to_string(),
        format!("/api/v1/documents/{a}"),
        format!("/api/v1/documents/{a}/original"),
    ] {
        assert_eq!(ops.get(&format!("{base}{path}")).status, 403, "{path}");
    }

    // Reads are in the audit log, chained: the auditor sees who read what, and verify holds.
    let auditor = login(&base, "audit", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    let log = auditor
        .get(&format!("{base}/api/v1/audit?document_id={a}"))
        .json();
    let reads: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "read" && e["detail"]["actor"] == "clerk-a")
        .collect();
    let what: Vec<&str> = reads
        .iter()
        .map(|e| e["detail"]["what"].as_str().unwrap())
        .collect();
    assert_eq!(what, ["detail", "original", "explain", "page 1"], "{log}");
    assert_eq!(reads[0]["detail"]["address"], "127.0.0.1");
    let b_log = auditor
        .get(&format!("{base}/api/v1/audit?document_id={b}"))
        .json();
    assert!(
        b_log
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["detail"]["actor"] != "clerk-a"),
        "refused reads are no reads: {b_log}"
    );
    let all_log = auditor.get(&format!("{base}/api/v1/audit")).json();
    assert!(all_log
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "login" && e["detail"]["account"] == "clerk-a"));

    // Logging out needs the CSRF token; afterwards the cookie is worthless.
    let url = format!("{base}/api/v1/session");
    let r = request("DELETE", &url, &[("Cookie", &clerk.cookie)], None);
    assert_eq!(r.status, 403, "a write without the CSRF token");
    let r = request(
        "DELETE",
        &url,
        &[
            ("Cookie", &clerk.cookie),
            ("X-CSRF-Token", &clerk.csrf),
            ("Origin", "https://evil.example"),
        ],
        None,
    );
    assert_eq!(r.status, 403, "a write from a foreign page");
    let r = request(
        "DELETE",
        &url,
        &[("Cookie", &clerk.cookie), ("X-CSRF-Token", &clerk.csrf)],
        None,
    );
    assert_eq!(r.status, 204);
    assert_eq!(clerk.get(&format!("{base}/api/v1/documents")).status, 401);

    // A disabled account's sessions end and it cannot log in.
    let out = inst.cli(&["user", "disable", "staff"]);
    assert!(out.status.success());
    assert_eq!(staff.get(&format!("{base}/api/v1/documents")).status, 401);
    assert_eq!(login(&base, "staff", PW).err().map(|a| a.status), Some(401));

    inst.stop();
    // `mailroom audit` shows the auditor's view on the command line.
    let cli_log = inst.json(&["audit", "--document", &a.to_string(), "--json"]);
    let cli_reads: Vec<&str> = cli_log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "read" && e["detail"]["actor"] == "clerk-a")
        .map(|e| e["detail"]["what"].as_str().unwrap())
        .collect();
    assert_eq!(cli_reads, what, "{cli_log}");
    let text = inst.cli(&["audit", "--limit", "5"]);
    assert!(text.status.success());
    assert_eq!(String::from_utf8_lossy(&text.stdout).lines().count(), 5);
    let verify = inst.json(&["verify", "--all", "--json"]);
    assert_eq!(verify["problems"], serde_json::json!([]), "{verify}");
    // The read and login events are among the chained events verify walked.
    let chains = inst.json(&["show", "--json", &a.to_string()]);
    assert!(event_kinds(&chains).iter().any(|k| k == "read"), "{chains}");
}

#[test]
fn inboxes_routing_and_the_mail_room_desk_follow_department_and_role() {
    let mut inst = Instance::new();
    let a_letter = gen::routed_letter(Topic::Rechnung, 21);
    let b_letter = gen::routed_letter(Topic::Widerspruch, 22);
    let (dep_a, dep_b) = (a_letter.expected_department, b_letter.expected_department);
    let a = inst.ingest(None, "a.pdf", &gen::born_digital_pdf(&a_letter.letter, 1));
    let b = inst.ingest(None, "b.pdf", &gen::born_digital_pdf(&b_letter.letter, 1));
    add_user(
        &inst,
        "clerk-a",
        &["--role", "clerk", "--department", dep_a],
        PW,
    );
    add_user(&inst, "staff", &["--role", "mailroom"], PW);
    inst.start();
    let base = inst.url();
    let clerk = login(&base, "clerk-a", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    let staff = login(&base, "staff", PW).unwrap_or_else(|a| panic!("{}", a.json()));

    // The clerk's own inbox lists A; B's inbox is as absent as a department that does not exist.
    let own = clerk.get(&format!("{base}/api/v1/inbox/{dep_a}"));
    assert_eq!(own.status, 200);
    let ids: Vec<u64> = own
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["document_id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, [a as u64]);
    let nowhere = clerk.get(&format!("{base}/api/v1/inbox/nirgends"));
    assert_eq!(nowhere.status, 404);
    let other = clerk.get(&format!("{base}/api/v1/inbox/{dep_b}"));
    assert_eq!(other.status, 404);
    assert_eq!(other.body, nowhere.body);
    // States change only in one's own inbox, only for documents one may see.
    let working = serde_json::json!({"state": "in_bearbeitung"});
    let r = clerk.post(&format!("{base}/api/v1/inbox/{dep_b}/{b}"), &working);
    assert_eq!(r.status, 404);
    let r = clerk.post(&format!("{base}/api/v1/inbox/{dep_a}/{b}"), &working);
    assert_eq!(r.status, 404);
    let r = clerk.post(
        &format!("{base}/api/v1/inbox/{dep_a}/{a}"),
        &serde_json::json!({"state": "fertig"}),
    );
    assert_eq!(r.status, 422, "{}", r.json());
    let r = clerk.post(&format!("{base}/api/v1/inbox/{dep_a}/{a}"), &working);
    assert_eq!(r.status, 204);
    let own = clerk.get(&format!("{base}/api/v1/inbox/{dep_a}")).json();
    assert_eq!(own[0]["state"], "in_bearbeitung", "{own}");

    // Routing, triage, quarantine and status are the mail room's desk, not the clerk's.
    let to_a = serde_json::json!({"department": dep_a});
    let r = clerk.post(&format!("{base}/api/v1/documents/{b}/routing"), &to_a);
    assert_eq!(r.status, 403);
    for path in ["/api/v1/triage", "/api/v1/quarantine", "/api/v1/status"] {
        assert_eq!(clerk.get(&format!("{base}{path}")).status, 403, "{path}");
        assert_eq!(staff.get(&format!("{base}{path}")).status, 200, "{path}");
    }
    let r = clerk.post(&format!("{base}/api/v1/quarantine/1/retry"), &to_a);
    assert_eq!(r.status, 403);

    // Staff route B to A by hand: the decision names them, and the clerk can now read B.
    let r = staff.post(&format!("{base}/api/v1/documents/999999/routing"), &to_a);
    assert_eq!(r.status, 404);
    let r = staff.post(
        &format!("{base}/api/v1/documents/{b}/routing"),
        &serde_json::json!({"department": "99-gibt-es-nicht"}),
    );
    assert_eq!(r.status, 422);
    let r = staff.post(&format!("{base}/api/v1/documents/{b}/routing"), &to_a);
    assert_eq!(r.status, 200, "{}", r.json());
    assert_eq!(r.json()["kind"], "corrected");
    let history = staff
        .get(&format!("{base}/api/v1/documents/{b}/explain"))
        .json();
    let last = history.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["decided_by"], "staff", "{history}");
    assert_eq!(
        clerk.get(&format!("{base}/api/v1/documents/{b}")).status,
        200
    );

    // The clerk hands B back to department B with a note (Abgabe): B leaves the clerk's
    // inbox, list and reach; department B reads the note in the history.
    let same = serde_json::json!({"department": dep_a});
    let r = clerk.post(&format!("{base}/api/v1/documents/{b}/forward"), &same);
    assert_eq!(r.status, 422, "forwarding to where it is");
    let back =
        serde_json::json!({"department": dep_b, "note": "Widerspruch, nicht unsere Rechnung"});
    let r = clerk.post(&format!("{base}/api/v1/documents/{b}/forward"), &back);
    assert_eq!(r.status, 200, "{}", r.json());
    assert_eq!(r.json()["department"], dep_b);
    let r = clerk.post(&format!("{base}/api/v1/documents/{b}/forward"), &back);
    assert_eq!(r.status, 404, "no longer the clerk's");
    assert_eq!(
        clerk.get(&format!("{base}/api/v1/documents/{b}")).status,
        404
    );
    for states in ["", "?state=weitergeleitet"] {
        let own = clerk
            .get(&format!("{base}/api/v1/inbox/{dep_a}{states}"))
            .json();
        assert!(
            own.as_array()
                .unwrap()
                .iter()
                .all(|e| e["document_id"] != b),
            "a forwarded document is no longer listed for the clerk: {own}"
        );
    }
    let staff_view = staff
        .get(&format!("{base}/api/v1/inbox/{dep_a}?state=weitergeleitet"))
        .json();
    assert!(
        staff_view
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["document_id"] == b),
        "the mail room still sees where it went: {staff_view}"
    );
    let history = staff
        .get(&format!("{base}/api/v1/documents/{b}/explain"))
        .json();
    let last = history.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["decided_by"], "clerk-a", "{history}");
    assert_eq!(
        last["explanation"]["note"], "Widerspruch, nicht unsere Rechnung",
        "{history}"
    );
    inst.stop();
}

#[test]
fn wrong_passwords_are_refused_alike_and_then_throttled() {
    let mut inst = Instance::new();
    add_user(&inst, "anna", &["--role", "mailroom"], PW);
    inst.start();
    let base = inst.url();
    let unknown = login(&base, "niemand", "falsch-falsch").err().unwrap();
    let wrong = login(&base, "anna", "falsch-falsch").err().unwrap();
    assert_eq!((unknown.status, wrong.status), (401, 401));
    assert_eq!(unknown.json()["detail"], wrong.json()["detail"]);
    for _ in 0..4 {
        assert_eq!(
            login(&base, "anna", "falsch-falsch").err().unwrap().status,
            401
        );
    }
    // Five failures: even the right password must wait now.
    let held = login(&base, "anna", PW).err().expect("throttled");
    assert_eq!(held.status, 429);
    assert!(held.header("retry-after").is_some());
    // Tokens: shown once on stdout, work as bearer, never for what their role does not allow.
    let out = inst.cli(&["token", "create", "scripts", "--role", "mailroom"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(token.starts_with("mrt_") && !token.contains(' '), "{token}");
    let bearer = format!("Bearer {token}");
    let r = request(
        "GET",
        &format!("{base}/api/v1/documents"),
        &[("Authorization", &bearer)],
        None,
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        inst.cli(&["token", "revoke", "scripts"]).status.code(),
        Some(0)
    );
    let r = request(
        "GET",
        &format!("{base}/api/v1/documents"),
        &[("Authorization", &bearer)],
        None,
    );
    assert_eq!(r.status, 401);
    inst.stop();
}

#[test]
fn the_data_folder_and_database_are_private_to_the_service_account() {
    use std::os::unix::fs::PermissionsExt;
    let inst = Instance::new();
    let id = inst.ingest(
        None,
        "brief.pdf",
        &gen::born_digital_pdf(&gen::Letter::sample(5), 1),
    );
    assert!(id > 0);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&inst.data), 0o700, "data folder");
    assert_eq!(mode(&inst.quarantine), 0o700, "quarantine folder");
    // With MAILROOM_TEST_DB=postgres the database is the server's, not a file here.
    if !inst.database_url().starts_with("postgres") {
        assert_eq!(mode(&inst.data.join("mailroom.db")) & 0o077, 0, "database");
    }
    assert_eq!(mode(&inst.data.join("blobs")) & 0o077, 0, "blob folder");
}

/// A page shown once is kept: the second request is served from memory (the metrics count
/// both), a client that has it gets `304`, and every request is still a read in the audit log.
#[test]
fn page_images_are_rendered_once_and_revalidated_by_etag() {
    let mut inst = Instance::new();
    let letter = gen::routed_letter(Topic::Bauantrag, 5);
    let id = inst.ingest(
        None,
        "bauantrag.pdf",
        &gen::born_digital_pdf(&letter.letter, 1),
    );
    add_user(&inst, "staff", &["--role", "mailroom"], PW);
    inst.start();
    let base = inst.url();
    let staff = login(&base, "staff", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    let url = format!("{base}/api/v1/documents/{id}/pages/1/image");
    let first = staff.get(&url);
    assert_eq!(first.status, 200);
    let second = staff.get(&url);
    assert_eq!(second.status, 200);
    assert_eq!(first.body, second.body, "the same image");
    let etag = first.header("etag").expect("an ETag").to_string();
    let again = request(
        "GET",
        &url,
        &[("Cookie", &staff.cookie), ("If-None-Match", &etag)],
        None,
    );
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    let metrics =
        String::from_utf8(request("GET", &format!("{base}/metrics"), &[], None).body).unwrap();
    let count = |source: &str| -> u64 {
        metrics
            .lines()
            .find(|l| {
                l.starts_with(&format!(
                    "mailroom_page_images_total{{source=\"{source}\"}}"
                ))
            })
            .and_then(|l| l.split_whitespace().last())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    assert_eq!(count("rendered"), 1, "{metrics}");
    assert_eq!(count("cached"), 2, "{metrics}");
    let auditor_reads = inst.cli(&["audit", "--document", &id.to_string(), "--json"]);
    let log: Value = serde_json::from_slice(&auditor_reads.stdout).unwrap();
    let pages = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "read" && e["detail"]["what"] == "page 1")
        .count();
    assert_eq!(pages, 3, "each request is a read: {log}");
}
