//! The upload channel for citizen portals over real HTTP: a portal token delivers files, gets
//! a proof of receipt whose SHA-256 match what is filed, the same Idempotency-Key gives the
//! same answer and no second receipt, bad requests get a clear 4xx and store nothing, portals
//! see only their own receipts, and uploads survive SIGKILL at the crash points (the client
//! retries whatever was not answered) exactly once.

mod common;

use std::time::Duration;

use common::*;
use mailroom_testdata as gen;
use serde_json::Value;
use sha2::Digest;

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

/// A multipart/form-data body: `(field name, file name, bytes)`.
fn multipart(parts: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "mailroom-test-boundary-7d1f";
    let mut body = Vec::new();
    for (name, filename, bytes) in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match filename {
            Some(f) => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

struct Answer {
    status: u16,
    body: Value,
    replayed: bool,
}

fn post_upload(
    base: &str,
    token: &str,
    key: Option<&str>,
    content_type: &str,
    body: &[u8],
) -> Result<Answer, ureq::Error> {
    let mut req = agent()
        .post(&format!("{base}/api/v1/uploads"))
        .header("Authorization", &format!("Bearer {token}"))
        .header("Content-Type", content_type);
    if let Some(k) = key {
        req = req.header("Idempotency-Key", k);
    }
    let mut r = req.send(body)?;
    let replayed = r.headers().get("idempotent-replayed").is_some();
    let status = r.status().as_u16();
    let text = r.body_mut().read_to_string().unwrap_or_default();
    Ok(Answer {
        status,
        body: serde_json::from_str(&text).unwrap_or(Value::String(text)),
        replayed,
    })
}

fn get(base: &str, token: &str, path: &str) -> (u16, Value) {
    let mut r = agent()
        .get(&format!("{base}{path}"))
        .header("Authorization", &format!("Bearer {token}"))
        .call()
        .unwrap();
    let status = r.status().as_u16();
    let text = r.body_mut().read_to_string().unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

fn token(inst: &Instance, args: &[&str]) -> String {
    common::http::create_token(inst, args)
}

fn portal_instance() -> Instance {
    let inst = Instance::new();
    std::fs::write(
        inst.pipelines_dir().join("buergerportal.toml"),
        "type = \"upload\"\nchannel = \"Online (Portal)\"\nmax_files = 3\n",
    )
    .unwrap();
    inst.set_main("max_body_mb", "2");
    inst
}

fn letter_pdf(seed: u64) -> Vec<u8> {
    gen::born_digital_pdf(&gen::Letter::sample(seed), 1)
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(bytes))
}

fn wait_filed(inst: &Instance, base: &str, token: &str, receipt: &Value) -> Value {
    let path = format!("/api/v1/receipts/{receipt}");
    let mut last = Value::Null;
    for _ in 0..600 {
        let (status, body) = get(base, token, &path);
        assert_eq!(status, 200, "{body}");
        if body["state"] == "filed" {
            return body;
        }
        last = body;
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("receipt {receipt} not filed: {last}\n{}", inst.log());
}

#[test]
fn a_portal_uploads_once_gets_proof_and_sees_only_its_own_receipts() {
    let mut inst = portal_instance();
    let portal = token(
        &inst,
        &[
            "portal-a",
            "--role",
            "portal",
            "--pipeline",
            "buergerportal",
        ],
    );
    let other = token(
        &inst,
        &[
            "portal-b",
            "--role",
            "portal",
            "--pipeline",
            "buergerportal",
        ],
    );
    let staff = token(&inst, &["poststelle", "--role", "mailroom"]);
    // A portal token needs its pipeline, and only an upload pipeline will do.
    assert!(!inst
        .cli(&["token", "create", "x", "--role", "portal"])
        .status
        .success());
    assert!(!inst
        .cli(&[
            "token",
            "create",
            "y",
            "--role",
            "portal",
            "--pipeline",
            "scanner"
        ])
        .status
        .success());
    inst.start();
    let base = inst.url();

    let (a, b) = (letter_pdf(31), letter_pdf(32));
    let meta = br#"{"sender": "Erika Mustermann", "subject": "Antrag auf Wohngeld", "reference": "WG-2026-17", "portal_case_id": "BP-4711"}"#;
    let (ct, body) = multipart(&[
        ("metadata", None, meta),
        ("file", Some("Antrag.pdf"), &a),
        ("file", Some("../../etc/Nachweis.pdf"), &b),
    ]);
    let first = post_upload(&base, &portal, Some("case-4711-1"), &ct, &body).unwrap();
    assert_eq!(first.status, 201, "{}", first.body);
    assert_eq!(first.body["sha256"], serde_json::json!([sha(&a), sha(&b)]));
    let receipt = first.body["receipt_id"].clone();
    assert_eq!(
        first.body["status_url"],
        format!("/api/v1/receipts/{receipt}")
    );
    assert!(first.body["received_at"].as_str().unwrap().ends_with('Z'));
    // The same key again: the same answer, marked as a replay, nothing new stored.
    let again = post_upload(&base, &portal, Some("case-4711-1"), &ct, &body).unwrap();
    assert_eq!((again.status, &again.body), (201, &first.body));
    assert!(again.replayed && !first.replayed);

    let status = wait_filed(&inst, &base, &portal, &receipt);
    let ids: Vec<i64> = status["document_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    assert_eq!(
        ids.len(),
        3,
        "the portal's cover text and two files: {status}"
    );
    // Filed with the channel, the exact bytes, safe names; the portal data searchable.
    let mut filed_shas = Vec::new();
    for id in &ids {
        let doc = inst.show(*id);
        assert_eq!(doc["channel"], "Online (Portal)");
        assert_eq!(doc["pipeline"], "buergerportal");
        filed_shas.push(doc["sha256"].as_str().unwrap().to_string());
        assert!(!doc["original_filename"].as_str().unwrap().contains('/'));
    }
    assert!(filed_shas.contains(&sha(&a)) && filed_shas.contains(&sha(&b)));
    // Searchable once the indexer has committed (within a second or so).
    let mut hits = Value::Null;
    for _ in 0..100 {
        hits = get(&base, &staff, "/api/v1/documents?q=Mustermann%20Wohngeld").1;
        if hits["total"].as_u64().unwrap_or(0) >= 1 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(hits["total"].as_u64().unwrap() >= 1, "{hits}");
    let (_, all) = get(&base, &staff, "/api/v1/documents?limit=50");
    assert_eq!(all["total"], 3, "no second receipt for the replay: {all}");

    // Receipts are the portal's own; a portal reads no documents.
    assert_eq!(
        get(&base, &other, &format!("/api/v1/receipts/{receipt}")).0,
        404
    );
    assert_eq!(get(&base, &portal, "/api/v1/receipts/999999").0, 404);
    assert_eq!(
        get(&base, &portal, &format!("/api/v1/documents/{}", ids[0])).0,
        403
    );
    assert_eq!(
        get(&base, &staff, &format!("/api/v1/receipts/{receipt}")).0,
        200
    );

    // Bad requests: clear 4xx, nothing stored.
    let before = inst.status();
    let cases: Vec<(&str, u16, String, Vec<u8>, &str)> = {
        let (ct_none, none) = multipart(&[("metadata", None, b"{}")]);
        let (ct_bad, bad) = multipart(&[("metadata", None, b"{nope"), ("file", Some("a.pdf"), &a)]);
        let (ct_unknown, unknown) = multipart(&[
            ("metadata", None, br#"{"iban": "x"}"#),
            ("file", Some("a.pdf"), &a),
        ]);
        let (ct_many, many) = multipart(&[
            ("file", Some("1.pdf"), &a),
            ("file", Some("2.pdf"), &a),
            ("file", Some("3.pdf"), &a),
            ("file", Some("4.pdf"), &a),
        ]);
        let big = vec![b'x'; 3 * 1024 * 1024];
        let (ct_big, big) = multipart(&[("file", Some("gross.pdf"), &big)]);
        // Far beyond the limit and what socket buffers hold: the client is still sending
        // when the server has its answer; it must get the answer, not a broken pipe.
        let huge = vec![b'x'; 14 * 1024 * 1024];
        let (ct_huge, huge) = multipart(&[("file", Some("riesig.pdf"), &huge)]);
        let mut refused_token = body.clone();
        refused_token.extend(std::iter::repeat_n(b' ', 12 * 1024 * 1024));
        vec![
            ("no file", 422, ct_none, none, &portal),
            ("bad metadata", 422, ct_bad, bad, &portal),
            ("unknown metadata key", 422, ct_unknown, unknown, &portal),
            ("too many files", 422, ct_many, many, &portal),
            ("oversize", 413, ct_big, big, &portal),
            ("far oversize", 413, ct_huge, huge, &portal),
            (
                "not multipart",
                400,
                "application/json".into(),
                b"{}".to_vec(),
                &portal,
            ),
            (
                "a mail-room token cannot upload",
                403,
                ct.clone(),
                body.clone(),
                &staff,
            ),
            (
                "a mail-room token cannot upload, large body",
                403,
                ct.clone(),
                refused_token,
                &staff,
            ),
        ]
    };
    for (what, want, ct, body, who) in cases {
        let r = post_upload(&base, who, None, &ct, &body).unwrap();
        assert_eq!(r.status, want, "{what}: {}", r.body);
        assert!(
            r.body["detail"].is_string(),
            "{what}: problem+json {}",
            r.body
        );
    }
    let r = post_upload(&base, "mrt_nonsense", None, &ct, &body).unwrap();
    assert_eq!(r.status, 401);
    let after = inst.status();
    assert_eq!(
        before["receipts"], after["receipts"],
        "refused uploads stored nothing"
    );
    inst.stop();
    let verify = inst.json(&["verify", "--all", "--json"]);
    assert_eq!(verify["problems"], serde_json::json!([]), "{verify}");
}

/// SIGKILL at every step of taking an upload; the portal retries what got no answer. Each
/// upload is filed exactly once.
#[test]
fn uploads_survive_crashes_exactly_once() {
    let mut inst = portal_instance();
    let portal = token(
        &inst,
        &["portal", "--role", "portal", "--pipeline", "buergerportal"],
    );
    let staff = token(&inst, &["staff", "--role", "mailroom"]);
    let points = ["upload-written", "upload-claimed", "upload-moved", ""];
    let mut receipts = Vec::new();
    for (i, point) in points.iter().enumerate() {
        let pdf = letter_pdf(100 + i as u64);
        let (ct, body) = multipart(&[("file", Some("brief.pdf"), &pdf)]);
        let key = format!("crash-{i}");
        inst.start_with_env(&[("MAILROOM_CRASH_AT", point)]);
        let base = inst.url();
        let answered = post_upload(&base, &portal, Some(&key), &ct, &body);
        let crashed = !point.is_empty();
        if crashed {
            inst.wait_for_crash(Duration::from_secs(30));
        }
        if crashed {
            assert!(
                answered.as_ref().map_or(true, |a| a.status != 201),
                "{point}: answered before it was durable"
            );
            inst.start();
        }
        // The client retries until it has its proof.
        let base = inst.url();
        let answer = post_upload(&base, &portal, Some(&key), &ct, &body).unwrap();
        assert_eq!(answer.status, 201, "{point}: {}", answer.body);
        assert_eq!(answer.body["sha256"][0], sha(&pdf));
        wait_filed(&inst, &base, &portal, &answer.body["receipt_id"]);
        receipts.push(answer.body["receipt_id"].clone());
        inst.stop();
    }
    inst.start();
    let base = inst.url();
    let (_, all) = get(&base, &staff, "/api/v1/documents?limit=100");
    // Each upload: its cover text and its one file.
    assert_eq!(all["total"], 2 * points.len(), "{all}");
    receipts.dedup();
    assert_eq!(receipts.len(), points.len());
    inst.stop();
    assert!(
        inst.data
            .join("uploads/incoming")
            .read_dir()
            .map_or(true, |mut d| d.next().is_none()),
        "no upload file left behind"
    );
}

#[test]
fn an_invoice_portal_uploads_an_xrechnung_that_is_filed_as_data_and_routed() {
    let mut inst = portal_instance();
    let portal = token(
        &inst,
        &[
            "rechnungsportal",
            "--role",
            "portal",
            "--pipeline",
            "buergerportal",
        ],
    );
    let staff = token(&inst, &["poststelle", "--role", "mailroom"]);
    inst.start();
    let base = inst.url();
    let spec = gen::InvoiceSpec::sample(21, &gen::leitweg_id("07137000", "63BAU"));
    let xml = gen::invoice_ubl(&spec, None);
    let (ct, body) = multipart(&[("file", Some("xrechnung.xml"), xml.as_bytes())]);
    let answer = post_upload(&base, &portal, Some("re-21"), &ct, &body).unwrap();
    assert_eq!(answer.status, 201, "{}", answer.body);
    let status = wait_filed(&inst, &base, &portal, &answer.body["receipt_id"]);
    let invoice = status["document_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| get(&base, &staff, &format!("/api/v1/documents/{id}")).1)
        .find(|d| !d["invoice"].is_null())
        .unwrap_or_else(|| panic!("no document with an invoice: {status}"));
    assert_eq!(invoice["invoice"]["number"], spec.number.as_str());
    assert_eq!(invoice["department"], "63");
    assert_eq!(invoice["channel"], "Online (Portal)");
}
