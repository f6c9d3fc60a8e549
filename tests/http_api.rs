//! The HTTP listener of `mailroom run`: health, readiness, metrics, problem+json errors,
//! security headers, TLS, and the refusal of plain HTTP on a public address.

mod common;

use std::process::Command;
use std::time::Duration;

use common::Instance;

fn get(url: &str) -> (u16, String, Vec<(String, String)>) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let mut r = agent.get(url).call().expect("request");
    let headers = r
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let status = r.status().as_u16();
    (status, r.body_mut().read_to_string().unwrap(), headers)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

#[test]
fn health_readiness_and_metrics_answer_and_unknown_paths_are_problems() {
    let mut inst = Instance::new();
    inst.start();
    let base = inst.url();
    assert!(inst
        .log()
        .contains(&format!("web interface and API at {base}")));
    assert_eq!(get(&format!("{base}/healthz")).0, 200);
    let (status, body, _) = get(&format!("{base}/readyz"));
    assert_eq!((status, body.trim()), (200, "ready"));

    inst.drop_file(
        "brief.pdf",
        &mailroom_testdata::born_digital_pdf(&mailroom_testdata::Letter::sample(3), 1),
    );
    inst.wait_for_documents(1, Duration::from_secs(60));
    let (status, metrics, headers) = get(&format!("{base}/metrics"));
    assert_eq!(status, 200);
    assert!(header(&headers, "content-type")
        .unwrap()
        .contains("openmetrics"));
    assert!(metrics.contains("mailroom_documents 1"), "{metrics}");
    assert!(
        metrics.contains("mailroom_receipts{pipeline=\"scanner\",state=\"filed\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("mailroom_processed_total{pipeline=\"scanner\",outcome=\"filed\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("mailroom_stage_duration_seconds_count{stage=\"extract\"}"),
        "{metrics}"
    );
    assert!(metrics.contains("mailroom_unindexed"), "{metrics}");

    let (status, body, headers) = get(&format!("{base}/no/such/thing"));
    assert_eq!(status, 404);
    assert_eq!(
        header(&headers, "content-type"),
        Some("application/problem+json")
    );
    let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(problem["status"], 404);
    assert_eq!(problem["detail"], "Nicht gefunden");
    for h in [
        "content-security-policy",
        "x-content-type-options",
        "x-frame-options",
    ] {
        assert!(header(&headers, h).is_some(), "missing {h}: {headers:?}");
    }
    assert!(header(&headers, "content-security-policy")
        .unwrap()
        .contains("frame-ancestors 'none'"));
    inst.stop();
}

#[test]
fn plain_http_on_a_public_address_is_refused_and_tls_is_served() {
    let inst = Instance::new();
    inst.set_main("listen", "\"0.0.0.0:0\"");
    let out = inst.cli(&["validate"]);
    assert_eq!(out.status.code(), Some(78));
    let text =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("mailroom.toml:") && text.contains("[http]") && text.contains("unencrypted"),
        "{text}"
    );

    // With a certificate the same address is fine, and the API answers over TLS only.
    let dir = inst.data.parent().unwrap().join("tls");
    std::fs::create_dir_all(&dir).unwrap();
    let ok = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
        ])
        .args(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
        .arg("-keyout")
        .arg(dir.join("key.pem"))
        .arg("-out")
        .arg(dir.join("cert.pem"))
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    inst.set_main("listen", "\"127.0.0.1:0\"");
    let config = std::fs::read_to_string(&inst.config).unwrap().replace(
        "# tls_cert = \"/etc/mailroom/tls/cert.pem\"\n# tls_key = \"/etc/mailroom/tls/key.pem\"",
        &format!(
            "tls_cert = \"{}\"\ntls_key = \"{}\"",
            dir.join("cert.pem").display(),
            dir.join("key.pem").display()
        ),
    );
    std::fs::write(&inst.config, config).unwrap();
    let mut inst = inst;
    inst.start();
    let url = inst.url();
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");
    let curl = Command::new("curl")
        .args(["-sS", "-i", "--cacert"])
        .arg(dir.join("cert.pem"))
        .arg(format!("{url}/healthz"))
        .output()
        .unwrap();
    let answer = String::from_utf8_lossy(&curl.stdout);
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "{answer} {}",
        String::from_utf8_lossy(&curl.stderr)
    );
    assert!(answer
        .to_ascii_lowercase()
        .contains("strict-transport-security"));
    // Plain HTTP to the TLS port gets no answer.
    let plain = Command::new("curl")
        .args(["-sS", "--max-time", "5"])
        .arg(format!("{}/healthz", url.replace("https://", "http://")))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("ok"));
    inst.stop();
}
