//! The OpenAPI 3.1 document at `/api/v1/openapi.json`, against the real binary: it validates
//! (openapi-spec-validator, PyPI), it lists every route the issue names, and a property-based
//! run of schemathesis (PyPI) against it, logged in as each role, finds no 5xx answer and no
//! answer whose status, media type or body the document does not describe. Both tools live in
//! `target/py` (`scripts/setup.sh` installs them).

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::http::*;
use common::*;
use mailroom_testdata as gen;
use mailroom_testdata::Topic;

const PW: &str = "Herbst-2026-Schnittstelle";

fn python_tool(name: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/py/bin")
        .join(name);
    assert!(
        path.exists(),
        "{} is missing: run ./scripts/setup.sh (it installs it from PyPI)",
        path.display()
    );
    path
}

/// An instance with an upload pipeline and two filed letters of different departments.
fn instance() -> (Instance, i64) {
    let mut inst = Instance::new();
    std::fs::write(
        inst.pipelines_dir().join("buergerportal.toml"),
        "type = \"upload\"\nchannel = \"Online (Portal)\"\n",
    )
    .unwrap();
    let letter = gen::routed_letter(Topic::Rechnung, 3);
    let id = inst.ingest(
        None,
        "rechnung.pdf",
        &gen::born_digital_pdf(&letter.letter, 1),
    );
    let other = gen::routed_letter(Topic::Widerspruch, 4);
    inst.ingest(
        None,
        "widerspruch.pdf",
        &gen::born_digital_pdf(&other.letter, 1),
    );
    inst.start();
    (inst, id)
}

#[test]
fn the_openapi_document_validates_and_lists_every_route_served() {
    let (inst, _) = instance();
    let base = inst.url();
    let answer = request("GET", &format!("{base}/api/v1/openapi.json"), &[], None);
    assert_eq!(answer.status, 200);
    let doc = answer.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut operations: Vec<String> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| format!("{} {path}", method.to_uppercase()))
        })
        .collect();
    operations.sort();
    let mut expected = vec![
        "GET /healthz",
        "GET /readyz",
        "GET /metrics",
        "GET /api/v1/openapi.json",
        "POST /api/v1/session",
        "DELETE /api/v1/session",
        "GET /api/v1/documents",
        "GET /api/v1/documents/{id}",
        "GET /api/v1/documents/{id}/original",
        "GET /api/v1/documents/{id}/archive",
        "GET /api/v1/documents/{id}/pages/{n}/image",
        "GET /api/v1/documents/{id}/explain",
        "POST /api/v1/documents/{id}/routing",
        "POST /api/v1/documents/{id}/forward",
        "GET /api/v1/inbox/{department}",
        "POST /api/v1/inbox/{department}/{id}",
        "GET /api/v1/triage",
        "GET /api/v1/quarantine",
        "POST /api/v1/quarantine/{id}/retry",
        "POST /api/v1/quarantine/{id}/discard",
        "GET /api/v1/status",
        "GET /api/v1/audit",
        "POST /api/v1/uploads",
        "GET /api/v1/receipts/{id}",
    ];
    expected.sort();
    assert_eq!(operations, expected);
    // Every operation says what its errors look like.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            for (status, response) in op["responses"].as_object().unwrap() {
                if status.starts_with('4') || status.starts_with('5') {
                    assert!(
                        response["content"]["application/problem+json"].is_object(),
                        "{method} {path} {status}: {response}"
                    );
                }
            }
        }
    }

    // A body that is no such object is refused like every other error.
    let refused = request(
        "POST",
        &format!("{base}/api/v1/session"),
        &[],
        Some(&serde_json::json!("username=x")),
    );
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.header("content-type"),
        Some("application/problem+json")
    );
    assert!(refused.json()["detail"].is_string());

    let file = inst.dir.path().join("openapi.json");
    std::fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();
    let out = Command::new(python_tool("openapi-spec-validator"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs schemathesis against the daemon with `headers`; panics with its report on failure.
fn schemathesis(inst: &Instance, role: &str, headers: &[String]) {
    let base = inst.url();
    let mut cmd = Command::new(python_tool("schemathesis"));
    // It keeps a cache of findings in its working directory: the instance's, not the tree.
    cmd.current_dir(inst.dir.path())
        .args(["run", &format!("{base}/api/v1/openapi.json")])
        .args([
            "--checks",
            "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-examples",
            "25",
            "--seed",
            "20261204",
            "--workers",
            "1",
            "--no-color",
        ]);
    for h in headers {
        cmd.args(["-H", h]);
        // A logout would end the run's own session halfway.
        if h.starts_with("Cookie:") {
            cmd.args(["--exclude-method", "DELETE"]);
        }
    }
    let out = cmd.output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    let summary = report
        .lines()
        .find(|l| {
            l.trim()
                .split_once(" generated")
                .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
        })
        .unwrap_or("");
    println!("{role}: {}", summary.trim());
    assert!(
        out.status.success(),
        "schemathesis as {role}:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        summary.contains("passed"),
        "{role}: no test cases ran:\n{report}"
    );
}

#[test]
fn schemathesis_finds_no_server_error_and_no_answer_off_the_document_for_any_role() {
    let (inst, document) = instance();
    let base = inst.url();
    let department = inst.show(document)["department"]
        .as_str()
        .unwrap()
        .to_string();
    let bearer = |args: &[&str]| {
        let token = create_token(&inst, args);
        vec![format!("Authorization: Bearer {token}")]
    };
    // Admins log in with a password: the session cookie and its CSRF token for writes. Before
    // the runs, whose failed logins get the address throttled.
    add_user(&inst, "st-admin", &["--role", "admin"], PW);
    let session = login(&base, "st-admin", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    schemathesis(&inst, "anonymous", &[]);
    schemathesis(
        &inst,
        "portal",
        &bearer(&[
            "st-portal",
            "--role",
            "portal",
            "--pipeline",
            "buergerportal",
        ]),
    );
    schemathesis(
        &inst,
        "clerk",
        &bearer(&["st-clerk", "--role", "clerk", "--department", &department]),
    );
    schemathesis(
        &inst,
        "mailroom",
        &bearer(&["st-staff", "--role", "mailroom"]),
    );
    schemathesis(
        &inst,
        "operator",
        &bearer(&["st-ops", "--role", "operator"]),
    );
    schemathesis(
        &inst,
        "auditor",
        &bearer(&["st-audit", "--role", "auditor"]),
    );
    schemathesis(
        &inst,
        "admin",
        &[
            format!("Cookie: {}", session.cookie),
            format!("X-CSRF-Token: {}", session.csrf),
        ],
    );
    // The instance is still sound: the event chain verifies after all of that.
    let verify = inst.cli(&["verify", "--all"]);
    assert!(
        verify.status.success(),
        "{}{}",
        String::from_utf8_lossy(&verify.stdout),
        String::from_utf8_lossy(&verify.stderr)
    );
    assert_eq!(
        request("GET", &format!("{base}/healthz"), &[], None).status,
        200
    );
}
