//! `config/mailroom.toml`: where data lives, which database and search backend, OCR and limits.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use super::diagnostic::ConfigErrors;
use super::document::TomlDoc;
use super::pipeline_file::is_loopback;
use super::tessdata;
use super::{resolve, Config, Limits, OcrSettings, SecretSource, SmtpConfig, TlsMode};
use crate::mail::{MailOptions, ZipLimits};

#[derive(Deserialize)]
#[serde(default)]
struct General {
    data_dir: String,
    quarantine_dir: String,
    pipelines_dir: String,
    workers: usize,
    shutdown_grace_secs: f64,
    log: String,
}

impl Default for General {
    fn default() -> Self {
        General {
            data_dir: "../data".into(),
            quarantine_dir: "../quarantine".into(),
            pipelines_dir: "../pipelines".into(),
            workers: 0,
            shutdown_grace_secs: 10.0,
            log: "info".into(),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DatabaseSection {
    url: Option<String>,
    /// Name of an environment variable holding the PostgreSQL password.
    password_env: Option<String>,
    /// A file holding the PostgreSQL password (its first line).
    password_file: Option<String>,
}

#[derive(Deserialize)]
#[serde(default)]
pub(super) struct SearchSection {
    pub(super) backend: String,
    pub(super) commit_interval_ms: u64,
    /// Meilisearch only.
    pub(super) url: Option<String>,
    pub(super) api_key_env: Option<String>,
    pub(super) api_key_file: Option<String>,
    pub(super) index: Option<String>,
}

impl Default for SearchSection {
    fn default() -> Self {
        SearchSection {
            backend: "embedded".into(),
            commit_interval_ms: 250,
            url: None,
            api_key_env: None,
            api_key_file: None,
            index: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(default)]
struct OcrSection {
    languages: String,
    tessdata_dir: Option<String>,
    min_text_chars: usize,
}

impl Default for OcrSection {
    fn default() -> Self {
        OcrSection {
            languages: "deu+eng".into(),
            tessdata_dir: None,
            min_text_chars: 20,
        }
    }
}

#[derive(Deserialize)]
#[serde(default)]
struct LimitsSection {
    max_file_mb: f64,
    max_pages: usize,
    max_page_megapixels: f64,
    page_timeout_secs: f64,
}

impl Default for LimitsSection {
    fn default() -> Self {
        let l = Limits::default();
        LimitsSection {
            max_file_mb: l.max_file_bytes as f64 / (1024.0 * 1024.0),
            max_pages: l.max_pages,
            max_page_megapixels: l.max_page_pixels as f64 / 1e6,
            page_timeout_secs: l.page_timeout.as_secs_f64(),
        }
    }
}

const SECTIONS: [&str; 8] = [
    "database", "search", "ocr", "limits", "mail", "routing", "http", "auth",
];

#[derive(Deserialize)]
#[serde(default)]
struct RoutingSection {
    departments: String,
    rules: String,
    notify_batch_secs: f64,
    smtp: Option<SmtpSection>,
}

impl Default for RoutingSection {
    fn default() -> Self {
        RoutingSection {
            departments: "departments.toml".into(),
            rules: "routing.toml".into(),
            notify_batch_secs: 60.0,
            smtp: None,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SmtpSection {
    host: String,
    port: Option<u16>,
    tls: Option<String>,
    from: String,
    user: Option<String>,
    password_env: Option<String>,
    password_file: Option<String>,
    allow_insecure: bool,
}

/// What `[routing]` names.
pub(crate) struct RoutingFiles {
    pub departments: PathBuf,
    pub rules: PathBuf,
    pub notify_batch: Duration,
    pub smtp: Option<SmtpConfig>,
}

/// The departments and rules files named in `[routing]`, if the section exists.
pub(crate) fn routing_files(path: &Path, errors: &mut ConfigErrors) -> Option<RoutingFiles> {
    let doc = TomlDoc::read(path, "mailroom.toml", errors)?;
    doc.line_of(&["routing"])?;
    let r: RoutingSection = doc.section(Some("routing"), &[], "[routing]", errors);
    let dir = path.parent().unwrap_or(Path::new("."));
    if !(r.notify_batch_secs >= 1.0 && r.notify_batch_secs <= 86_400.0) {
        errors.push(
            path,
            doc.line_of(&["routing", "notify_batch_secs"]),
            "[routing]",
            "`notify_batch_secs` must be between 1 and 86400",
        );
    }
    let smtp = r.smtp.map(|s| smtp_config(&doc, dir, s, errors));
    Some(RoutingFiles {
        departments: resolve(dir, &r.departments),
        rules: resolve(dir, &r.rules),
        notify_batch: Duration::from_secs_f64(r.notify_batch_secs.clamp(1.0, 86_400.0)),
        smtp,
    })
}

fn smtp_config(doc: &TomlDoc, dir: &Path, s: SmtpSection, errors: &mut ConfigErrors) -> SmtpConfig {
    let component = "[routing.smtp]";
    let line = |key: &str| {
        doc.line_of(&["routing", "smtp", key])
            .or(doc.line_of(&["routing", "smtp"]))
    };
    let mut err = |key: &str, msg: String| errors.push(&doc.path, line(key), component, msg);
    if s.host.trim().is_empty() {
        err(
            "host",
            "missing `host` (the mail server that sends notifications)".into(),
        );
    }
    if !s.from.contains('@') {
        err("from", format!("`from` = {:?} is not an address", s.from));
    }
    let tls = match s.tls.as_deref().unwrap_or("starttls") {
        "implicit" => TlsMode::Implicit,
        "starttls" => TlsMode::StartTls,
        "plain" => TlsMode::Plain,
        other => {
            err(
                "tls",
                format!("tls = {other:?} is not one of \"implicit\", \"starttls\", \"plain\""),
            );
            TlsMode::StartTls
        }
    };
    if tls == TlsMode::Plain && !is_loopback(&s.host) && !s.allow_insecure {
        err(
            "tls",
            format!("tls = \"plain\" would send mail unencrypted to {}; it is only allowed to loopback (set allow_insecure = true to force it)", s.host),
        );
    }
    let password = match (&s.password_env, &s.password_file) {
        (Some(_), Some(_)) => {
            err(
                "password_env",
                "set either password_env or password_file, not both".into(),
            );
            None
        }
        (Some(v), None) => Some(SecretSource::Env(v.clone())),
        (None, Some(f)) => Some(SecretSource::File(resolve(dir, f))),
        (None, None) => None,
    };
    if password.is_some() != s.user.is_some() {
        err(
            "user",
            "`user` and a password (password_env or password_file) go together".into(),
        );
    }
    SmtpConfig {
        port: s.port.unwrap_or(match tls {
            TlsMode::Implicit => 465,
            TlsMode::StartTls => 587,
            TlsMode::Plain => 25,
        }),
        host: s.host,
        tls,
        from: s.from,
        user: s.user,
        password,
        password_line: line("password_env").or(line("password_file")),
    }
}

#[derive(Deserialize)]
#[serde(default)]
struct MailSection {
    inline_image_max_kb: f64,
    max_attachment_mb: f64,
    zip_max_entries: usize,
    zip_max_total_mb: f64,
    zip_max_ratio: u64,
}

impl Default for MailSection {
    fn default() -> Self {
        let d = MailOptions::default();
        MailSection {
            inline_image_max_kb: d.inline_image_max_bytes as f64 / 1024.0,
            max_attachment_mb: d.max_attachment_bytes as f64 / 1048576.0,
            zip_max_entries: d.zip.max_entries,
            zip_max_total_mb: d.zip.max_total_bytes as f64 / 1048576.0,
            zip_max_ratio: d.zip.max_ratio,
        }
    }
}

/// Loads `mailroom.toml`; the returned configuration has no pipelines yet.
pub(crate) fn load(path: &Path, errors: &mut ConfigErrors) -> Option<Config> {
    let doc = TomlDoc::read(path, "mailroom.toml", errors)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let general: General = doc.section(None, &SECTIONS, "[general]", errors);
    let database: DatabaseSection = doc.section(Some("database"), &[], "[database]", errors);
    let search: SearchSection = doc.section(Some("search"), &[], "[search]", errors);
    let ocr: OcrSection = doc.section(Some("ocr"), &[], "[ocr]", errors);
    let limits: LimitsSection = doc.section(Some("limits"), &[], "[limits]", errors);
    let mail: MailSection = doc.section(Some("mail"), &[], "[mail]", errors);
    let http = super::http::load(&doc, dir, errors);
    let file = &doc.path;

    let data_dir = resolve(dir, &general.data_dir);
    let quarantine_dir = resolve(dir, &general.quarantine_dir);
    let pipelines_dir = resolve(dir, &general.pipelines_dir);
    for (key, p) in [("data_dir", &data_dir), ("quarantine_dir", &quarantine_dir)] {
        if p.exists() && !p.is_dir() {
            errors.push(
                file,
                doc.line_of(&[key]),
                "[general]",
                format!("`{key}` = {} exists but is not a folder", p.display()),
            );
        }
    }
    if general.workers > 256 {
        errors.push(
            file,
            doc.line_of(&["workers"]),
            "[general]",
            format!(
                "workers = {} is too many (at most 256; 0 means one per CPU core)",
                general.workers
            ),
        );
    }
    if general
        .log
        .parse::<tracing_subscriber::EnvFilter>()
        .is_err()
    {
        errors.push(
            file,
            doc.line_of(&["log"]),
            "[general]",
            format!(
                "log = {:?} is not a log filter (try \"info\" or \"mailroom=debug\")",
                general.log
            ),
        );
    }

    let database_url = match database.url.as_deref().map(str::trim) {
        None | Some("") => format!("sqlite://{}", data_dir.join("mailroom.db").display()),
        Some(url) => {
            if let Some(rest) = url.strip_prefix("sqlite://") {
                if rest.is_empty() {
                    errors.push(
                        file,
                        doc.line_of(&["database", "url"]),
                        "[database]",
                        "sqlite:// URL names no file",
                    );
                }
                // A relative database file is relative to the config file, like every path.
                format!("sqlite://{}", resolve(dir, rest).display())
            } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
                let user_info = url
                    .split_once("://")
                    .and_then(|(_, rest)| rest.split_once('@'))
                    .map(|(user, _)| user);
                if user_info.is_some_and(|u| u.contains(':')) {
                    errors.push(
                        file,
                        doc.line_of(&["database", "url"]),
                        "[database]",
                        "the URL holds a password: put it in `password_file` or `password_env` instead, so the config file can be read by others",
                    );
                }
                url.to_string()
            } else {
                errors.push(
                    file,
                    doc.line_of(&["database", "url"]),
                    "[database]",
                    format!("unsupported database URL {url:?}: expected sqlite://PATH or postgres://USER@HOST/DATABASE"),
                );
                url.to_string()
            }
        }
    };

    let search_backend = super::search::backend(&doc, dir, &data_dir, &search, errors);

    let tessdata_dir = ocr
        .tessdata_dir
        .as_deref()
        .map(|d| resolve(dir, d))
        .or_else(tessdata::default_dir);
    let ocr_line = doc.line_of(&["ocr", "languages"]).or(doc.line_of(&["ocr"]));
    match &tessdata_dir {
        None => errors.push(
            file,
            doc.line_of(&["ocr"]),
            "[ocr]",
            "no Tesseract language data found (looked in $TESSDATA_PREFIX and /usr/share/tesseract-ocr/*/tessdata); install tesseract-ocr-deu and tesseract-ocr-eng or set ocr.tessdata_dir",
        ),
        Some(d) => {
            for msg in tessdata::check_languages(d, &ocr.languages) {
                errors.push(file, ocr_line, "[ocr]", msg);
            }
        }
    }

    let mut check_positive = |key: &str, v: f64| {
        if !(v > 0.0 && v.is_finite()) {
            errors.push(
                file,
                doc.line_of(&["limits", key]),
                "[limits]",
                format!("`{key}` must be a positive number"),
            );
        }
    };
    check_positive("max_file_mb", limits.max_file_mb);
    check_positive("max_pages", limits.max_pages as f64);
    check_positive("max_page_megapixels", limits.max_page_megapixels);
    check_positive("page_timeout_secs", limits.page_timeout_secs);
    for (key, v) in [
        ("inline_image_max_kb", mail.inline_image_max_kb),
        ("max_attachment_mb", mail.max_attachment_mb),
        ("zip_max_total_mb", mail.zip_max_total_mb),
        ("zip_max_entries", mail.zip_max_entries as f64),
        ("zip_max_ratio", mail.zip_max_ratio as f64),
    ] {
        if !(v >= 0.0 && v.is_finite()) || (key != "inline_image_max_kb" && v == 0.0) {
            errors.push(
                file,
                doc.line_of(&["mail", key]),
                "[mail]",
                format!("`{key}` must be a positive number"),
            );
        }
    }
    if !(general.shutdown_grace_secs >= 0.0 && general.shutdown_grace_secs.is_finite()) {
        errors.push(
            file,
            doc.line_of(&["shutdown_grace_secs"]),
            "[general]",
            "`shutdown_grace_secs` must be zero or positive",
        );
    }

    let database_password = match (&database.password_env, &database.password_file) {
        (Some(_), Some(_)) => {
            errors.push(
                file,
                doc.line_of(&["database", "password_file"]),
                "[database]",
                "set either `password_env` or `password_file`, not both",
            );
            None
        }
        (Some(name), None) => Some(SecretSource::Env(name.clone())),
        (None, Some(f)) => Some(SecretSource::File(resolve(dir, f))),
        (None, None) => None,
    };
    let database_password_line = doc
        .line_of(&["database", "password_env"])
        .or_else(|| doc.line_of(&["database", "password_file"]));
    if database_password.is_some() && database_url.starts_with("sqlite:") {
        errors.push(
            file,
            doc.line_of(&["database", "url"]),
            "[database]",
            "a password is only used with a postgres:// URL",
        );
    }

    Some(Config {
        file: path.to_path_buf(),
        data_dir,
        quarantine_dir,
        pipelines_dir,
        database_url,
        database_password,
        database_password_line,
        search: search_backend,
        search_commit_interval: Duration::from_millis(search.commit_interval_ms.max(10)),
        ocr: OcrSettings {
            languages: ocr.languages,
            tessdata_dir: tessdata_dir.unwrap_or_default(),
            min_text_chars: ocr.min_text_chars,
        },
        workers: if general.workers == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            general.workers
        },
        limits: Limits {
            max_file_bytes: (limits.max_file_mb.max(0.0) * 1024.0 * 1024.0) as u64,
            max_pages: limits.max_pages,
            max_page_pixels: (limits.max_page_megapixels.max(0.0) * 1e6) as u64,
            page_timeout: Duration::from_secs_f64(limits.page_timeout_secs.clamp(0.001, 1e6)),
        },
        shutdown_grace: Duration::from_secs_f64(general.shutdown_grace_secs.clamp(0.0, 3600.0)),
        log: general.log,
        mail: MailOptions {
            inline_image_max_bytes: (mail.inline_image_max_kb.max(0.0) * 1024.0) as u64,
            max_attachment_bytes: (mail.max_attachment_mb.max(0.0) * 1048576.0) as u64,
            zip: ZipLimits {
                max_entries: mail.zip_max_entries,
                max_total_bytes: (mail.zip_max_total_mb.max(0.0) * 1048576.0) as u64,
                max_ratio: mail.zip_max_ratio.max(1),
            },
        },
        pipelines: Vec::new(),
        routing: None,
        http,
        ldap: None,
    })
}
