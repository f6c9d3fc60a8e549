//! `[http]` in `mailroom.toml`: where the API and the web interface listen, TLS, and the
//! limits every request lives within. Without the section the daemon serves no HTTP.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use super::diagnostic::ConfigErrors;
use super::document::TomlDoc;
use super::resolve;

/// The HTTP listener.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    pub listen: SocketAddr,
    /// Certificate chain and key (PEM); `None`: plain HTTP (loopback, or behind a proxy).
    pub tls: Option<TlsFiles>,
    /// Plain HTTP on an address other than loopback (behind a TLS-terminating proxy).
    pub allow_insecure: bool,
    /// How people reach the web interface (links in notifications); defaults to `listen`.
    pub public_url: Option<String>,
    /// Largest request body (an upload with all its files).
    pub max_body_bytes: u64,
    /// A request (its body included) must be done within this time; slow clients are cut off.
    pub request_timeout: Duration,
}

#[derive(Debug, Clone)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

impl HttpConfig {
    /// Why serving plain HTTP on `addr` is refused, if it is.
    pub fn insecure_listen_error(
        addr: SocketAddr,
        tls: bool,
        allow_insecure: bool,
    ) -> Option<String> {
        (!tls && !allow_insecure && !addr.ip().is_loopback()).then(|| {
            format!(
                "plain HTTP on {addr} would carry passwords and letters unencrypted; listen on \
                 loopback, set tls_cert and tls_key, or set allow_insecure = true when a TLS \
                 proxy sits in front"
            )
        })
    }

    /// The base of links to the web interface.
    pub fn base_url(&self) -> String {
        match &self.public_url {
            Some(u) => u.trim_end_matches('/').to_string(),
            None => {
                let scheme = if self.tls.is_some() { "https" } else { "http" };
                format!("{scheme}://{}", self.listen)
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(default)]
struct HttpSection {
    listen: String,
    tls_cert: Option<String>,
    tls_key: Option<String>,
    allow_insecure: bool,
    public_url: Option<String>,
    max_body_mb: f64,
    request_timeout_secs: f64,
}

impl Default for HttpSection {
    fn default() -> Self {
        HttpSection {
            listen: "127.0.0.1:8080".into(),
            tls_cert: None,
            tls_key: None,
            allow_insecure: false,
            public_url: None,
            max_body_mb: 100.0,
            request_timeout_secs: 120.0,
        }
    }
}

/// Reads `[http]`; `None` when the section is absent.
pub(crate) fn load(doc: &TomlDoc, dir: &Path, errors: &mut ConfigErrors) -> Option<HttpConfig> {
    doc.line_of(&["http"])?;
    let component = "[http]";
    let s: HttpSection = doc.section(Some("http"), &[], component, errors);
    let line = |key: &str| doc.line_of(&["http", key]).or(doc.line_of(&["http"]));
    let mut err = |key: &str, msg: String| errors.push(&doc.path, line(key), component, msg);
    let listen = match s.listen.parse::<SocketAddr>() {
        Ok(a) => a,
        Err(_) => {
            err(
                "listen",
                format!(
                    "listen = {:?} is not an address with a port (e.g. \"127.0.0.1:8080\" or \"[::]:8443\")",
                    s.listen
                ),
            );
            SocketAddr::from(([127, 0, 0, 1], 8080))
        }
    };
    let tls = match (&s.tls_cert, &s.tls_key) {
        (Some(c), Some(k)) => {
            let files = TlsFiles {
                cert: resolve(dir, c),
                key: resolve(dir, k),
            };
            for (key, p) in [("tls_cert", &files.cert), ("tls_key", &files.key)] {
                if let Err(e) = std::fs::metadata(p) {
                    err(key, format!("cannot read {}: {e}", p.display()));
                }
            }
            Some(files)
        }
        (None, None) => None,
        _ => {
            err(
                "tls_cert",
                "tls_cert and tls_key go together (PEM files of the certificate chain and its key)"
                    .into(),
            );
            None
        }
    };
    if let Some(msg) = HttpConfig::insecure_listen_error(listen, tls.is_some(), s.allow_insecure) {
        err("listen", msg);
    }
    if let Some(u) = &s.public_url {
        if !(u.starts_with("https://") || u.starts_with("http://")) {
            err(
                "public_url",
                format!("public_url = {u:?} must start with https:// (or http://)"),
            );
        }
    }
    if !(s.max_body_mb > 0.0 && s.max_body_mb.is_finite()) {
        err(
            "max_body_mb",
            "`max_body_mb` must be a positive number".into(),
        );
    }
    if !(s.request_timeout_secs > 0.0 && s.request_timeout_secs.is_finite()) {
        err(
            "request_timeout_secs",
            "`request_timeout_secs` must be a positive number".into(),
        );
    }
    Some(HttpConfig {
        listen,
        tls,
        allow_insecure: s.allow_insecure,
        public_url: s.public_url,
        max_body_bytes: (s.max_body_mb.max(0.001) * 1024.0 * 1024.0) as u64,
        request_timeout: Duration::from_secs_f64(s.request_timeout_secs.clamp(1.0, 86_400.0)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<HttpConfig>, ConfigErrors) {
        let mut errors = ConfigErrors::default();
        let doc = TomlDoc::parse(
            Path::new("/etc/mailroom/mailroom.toml"),
            text.into(),
            "mailroom.toml",
            &mut errors,
        )
        .unwrap();
        (load(&doc, Path::new("/etc/mailroom"), &mut errors), errors)
    }

    #[test]
    fn without_the_section_there_is_no_listener() {
        let (http, errors) = parse("workers = 2\n");
        assert!(http.is_none());
        assert!(errors.is_empty());
    }

    #[test]
    fn defaults_listen_on_loopback() {
        let (http, errors) = parse("[http]\n");
        let http = http.unwrap();
        assert!(errors.is_empty(), "{errors}");
        assert_eq!(http.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(http.base_url(), "http://127.0.0.1:8080");
    }

    #[test]
    fn every_mistake_is_reported_with_its_line() {
        let (_, errors) = parse(
            "[http]\nlisten = \"0.0.0.0:80\"\ntls_cert = \"cert.pem\"\npublic_url = \"example.org\"\nmax_body_mb = 0\n",
        );
        let text = errors.to_string();
        assert!(text.contains("mailroom.toml:2"), "{text}");
        assert!(text.contains("unencrypted"), "{text}");
        assert!(
            text.contains("mailroom.toml:3") && text.contains("go together"),
            "{text}"
        );
        assert!(
            text.contains("mailroom.toml:4") && text.contains("https://"),
            "{text}"
        );
        assert!(
            text.contains("mailroom.toml:5") && text.contains("max_body_mb"),
            "{text}"
        );
    }

    #[test]
    fn plain_http_elsewhere_needs_allow_insecure() {
        let (http, errors) = parse("[http]\nlisten = \"0.0.0.0:8080\"\nallow_insecure = true\n");
        assert!(errors.is_empty(), "{errors}");
        assert!(http.unwrap().allow_insecure);
    }
}
