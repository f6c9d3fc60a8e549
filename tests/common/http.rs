//! HTTP helpers for tests against the running daemon: requests that return any status,
//! browser sessions (cookie + CSRF token) and accounts made through the CLI.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use super::{Instance, BIN};

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

/// Status, body and headers of a request with the given extra headers.
pub struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub fn request(method: &str, url: &str, headers: &[(&str, &str)], body: Option<&Value>) -> Answer {
    let agent = agent();
    let mut r = match (method, body) {
        ("GET", _) => {
            let mut req = agent.get(url);
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            req.call()
        }
        ("DELETE", _) => {
            let mut req = agent.delete(url);
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            req.call()
        }
        ("POST", Some(b)) => {
            let mut req = agent.post(url);
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            req.send_json(b)
        }
        _ => unreachable!(),
    }
    .expect("request");
    let headers = r
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let status = r.status().as_u16();
    let body = r.body_mut().read_to_vec().unwrap();
    Answer {
        status,
        body,
        headers,
    }
}

/// A logged-in browser: its cookie and CSRF token.
pub struct Session {
    pub cookie: String,
    pub csrf: String,
}

impl Session {
    pub fn get(&self, url: &str) -> Answer {
        request("GET", url, &[("Cookie", &self.cookie)], None)
    }

    pub fn post(&self, url: &str, body: &Value) -> Answer {
        let headers = [
            ("Cookie", self.cookie.as_str()),
            ("X-CSRF-Token", &self.csrf),
        ];
        request("POST", url, &headers, Some(body))
    }
}

pub fn login(base: &str, user: &str, password: &str) -> Result<Session, Answer> {
    let a = request(
        "POST",
        &format!("{base}/api/v1/session"),
        &[],
        Some(&serde_json::json!({"username": user, "password": password})),
    );
    if a.status != 201 {
        return Err(a);
    }
    let set_cookie = a
        .header("set-cookie")
        .expect("a session cookie")
        .to_string();
    assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
    assert!(set_cookie.contains("SameSite=Strict"), "{set_cookie}");
    let cookie = set_cookie.split(';').next().unwrap().to_string();
    let csrf = a.json()["csrf_token"].as_str().unwrap().to_string();
    Ok(Session { cookie, csrf })
}

pub fn add_user(inst: &Instance, name: &str, args: &[&str], password: &str) {
    let mut child = Command::new(BIN)
        .arg("--config")
        .arg(&inst.config)
        .args(["user", "add", name, "--password-stdin"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "user add {name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `mailroom token create ARGS…`: the token it prints once.
pub fn create_token(inst: &Instance, args: &[&str]) -> String {
    let mut all = vec!["token", "create"];
    all.extend_from_slice(args);
    let out = inst.cli(&all);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}
