//! Configuration: `config/mailroom.toml` plus one `pipelines/*.toml` per intake source.
//!
//! Loading collects *every* problem (syntax, unknown keys, wrong types, missing folders,
//! missing OCR languages, overlapping pipelines) before failing, each with file, component and
//! line, so that `mailroom validate` and `mailroom run` show an operator the whole list at once.
//! Relative paths in a file resolve against that file's folder.

mod auth;
mod departments;
mod diagnostic;
pub(crate) mod document;
mod examples;
mod http;
mod init;
mod main_file;
mod pipeline_file;
mod search;
pub mod tessdata;
mod upload_pipeline;

use std::path::{Component, Path, PathBuf};
use std::time::Duration;

pub use auth::{GroupMapping, LdapConfig};
pub use departments::{Department, Departments, MailroomTargets, Municipality, MAILROOM_TARGET};
pub use diagnostic::{ConfigErrors, Diagnostic};
pub use examples::ExampleLetter;
pub use http::{HttpConfig, TlsFiles};
pub use init::{init_instance, InitPaths};
pub use pipeline_file::DEFAULT_IGNORE;
pub use upload_pipeline::UploadConfig;

/// The whole, validated configuration of one mailroom instance.
#[derive(Debug, Clone)]
pub struct Config {
    /// The `mailroom.toml` this was loaded from.
    pub file: PathBuf,
    /// Database, blobs, search index and spool live here.
    pub data_dir: PathBuf,
    /// Files that could not be processed, each with a `.reason.txt` sidecar.
    pub quarantine_dir: PathBuf,
    pub pipelines_dir: PathBuf,
    /// `sqlite://…` or `postgres://…` (without password).
    pub database_url: String,
    /// Where the PostgreSQL password comes from, if the server wants one.
    pub database_password: Option<SecretSource>,
    /// Line of `password_env` / `password_file` in `[database]`, for errors.
    pub database_password_line: Option<usize>,
    pub search: SearchBackend,
    /// How long filed documents may wait before the search index commits them.
    pub search_commit_interval: Duration,
    pub ocr: OcrSettings,
    /// OCR threads, and documents processed at once.
    pub workers: usize,
    pub limits: Limits,
    /// On SIGINT/SIGTERM, how long in-flight documents may take to finish before they are
    /// abandoned (safely: they are resumed at the next start).
    pub shutdown_grace: Duration,
    /// `tracing` filter directive.
    pub log: String,
    /// How mails are taken apart.
    pub mail: crate::mail::MailOptions,
    /// Departments and routing rules; `None` when `[routing]` is not configured.
    pub routing: Option<RoutingConfig>,
    pub pipelines: Vec<PipelineConfig>,
    /// The API and web interface; `None` when `[http]` is not configured.
    pub http: Option<HttpConfig>,
    /// Directory logins; `None` when `[auth.ldap]` is not configured.
    pub ldap: Option<LdapConfig>,
}

/// The last character model fitted with corrected letters, by a hash of those letters.
pub type CorrectedFit = std::sync::Arc<
    std::sync::Mutex<
        Option<(
            u64,
            std::sync::Arc<crate::classify::characters::CharacterModel>,
        )>,
    >,
>;

/// Routing: departments, the rules file (reloaded while the daemon runs) and notifications.
#[derive(Debug, Clone)]
pub struct RoutingConfig {
    pub departments_file: PathBuf,
    pub rules_file: PathBuf,
    pub departments: Departments,
    /// The rules as loaded with the configuration.
    pub rules: std::sync::Arc<crate::rules::RuleSet>,
    /// The example letters the model starts from (`[model] examples`), read at start.
    pub examples: std::sync::Arc<Vec<ExampleLetter>>,
    /// What the router learned of `examples`, once for this configuration and its clones
    /// (the web interface builds a router per request).
    pub examples_learned: std::sync::Arc<
        std::sync::OnceLock<std::sync::Arc<crate::classify::characters::CharacterModel>>,
    >,
    /// The last character model fitted with corrected letters, by a hash of those letters:
    /// routers built per request (the web interface, `explain`) fit it once, not each.
    pub corrected_fit: CorrectedFit,
    pub notify_batch: Duration,
    /// Outgoing mail for departments notified by email.
    pub smtp: Option<SmtpConfig>,
}

/// The mail server department notifications are sent through.
#[derive(Debug, Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    /// Sender address of notifications.
    pub from: String,
    pub user: Option<String>,
    pub password: Option<SecretSource>,
    pub password_line: Option<usize>,
}

impl RoutingConfig {
    /// The character model of the examples and the corrected letters `labelled` (model label,
    /// text): the one fitted last for these letters by any router of this configuration, or
    /// `fit`'s.
    pub fn characters_fitted(
        &self,
        labelled: &[(&str, &str)],
        fit: impl FnOnce() -> crate::classify::characters::CharacterModel,
    ) -> std::sync::Arc<crate::classify::characters::CharacterModel> {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        labelled.hash(&mut h);
        let key = h.finish();
        if let Some((k, model)) = &*self.corrected_fit.lock().expect("fit cache lock") {
            if *k == key {
                return std::sync::Arc::clone(model);
            }
        }
        let model = std::sync::Arc::new(fit());
        *self.corrected_fit.lock().expect("fit cache lock") =
            Some((key, std::sync::Arc::clone(&model)));
        model
    }

    /// The departments no example letter teaches the model, where there are example letters:
    /// the character model never chooses them, only a rule can (`mailroom validate` says so).
    /// Departments whose post another office takes over by town count as that office.
    pub fn departments_without_examples(&self) -> Vec<&Department> {
        if self.examples.is_empty() {
            return Vec::new();
        }
        let taught: std::collections::BTreeSet<&str> = self
            .examples
            .iter()
            .map(|l| self.departments.model_label(&l.department))
            .collect();
        self.departments
            .list
            .iter()
            .filter(|d| !d.external && self.departments.model_label(&d.id) == d.id)
            .filter(|d| !taught.contains(d.id.as_str()))
            .collect()
    }

    /// Loads and checks the departments file again (the daemon picks up edits).
    pub fn load_departments(&self) -> Result<Departments, ConfigErrors> {
        let mut errors = ConfigErrors::default();
        let loaded = departments::load(&self.departments_file, self.smtp.is_some(), &mut errors);
        match loaded {
            Some(d) if errors.0.is_empty() => Ok(d),
            _ => Err(errors),
        }
    }

    /// Loads and checks a rules file against these departments.
    pub fn load_rules(&self, path: &Path) -> Result<crate::rules::RuleSet, ConfigErrors> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            let mut errors = ConfigErrors::default();
            errors.push(path, None, "routing", format!("cannot read file: {e}"));
            errors
        })?;
        self.parse_rules(path, text)
    }

    /// Checks rules `text` as if it were the file at `path` (errors name that file's lines).
    pub fn parse_rules(
        &self,
        path: &Path,
        text: String,
    ) -> Result<crate::rules::RuleSet, ConfigErrors> {
        crate::rules::parse(
            path,
            text,
            &crate::rules::Known {
                departments: self.departments.ids(),
            },
        )
    }
}

/// Where search lives.
#[derive(Debug, Clone)]
pub enum SearchBackend {
    Embedded { index_dir: PathBuf },
    Meilisearch(MeiliConfig),
}

/// A Meilisearch server shared by every mailroom process of the installation.
#[derive(Debug, Clone)]
pub struct MeiliConfig {
    pub url: String,
    /// An admin (or the master) key: mailroom writes documents and creates its search key.
    /// `None` for a development server started without a master key.
    pub api_key: Option<SecretSource>,
    /// Line of `api_key_env` / `api_key_file`, for errors.
    pub key_line: Option<usize>,
    pub index: String,
}

/// Tesseract settings shared by all OCR workers.
#[derive(Debug, Clone)]
pub struct OcrSettings {
    /// Tesseract language list, e.g. `deu+eng`.
    pub languages: String,
    pub tessdata_dir: PathBuf,
    /// A PDF page whose text layer has fewer letters and digits than this is OCRed in `auto`.
    pub min_text_chars: usize,
}

/// Bounds against decompression bombs and files nobody should have scanned.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_file_bytes: u64,
    pub max_pages: usize,
    pub max_page_pixels: u64,
    pub page_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 512 * 1024 * 1024,
            max_pages: 1000,
            // A3 at 600 dpi is 70 MP; anything far beyond that is a bomb, not a letter.
            max_page_pixels: 100_000_000,
            page_timeout: Duration::from_secs(180),
        }
    }
}

/// One intake source and how its documents are processed.
#[derive(Debug, Clone)]
pub struct PipelineConfig {
    /// The pipeline file's stem, e.g. `scanner`.
    pub name: String,
    pub file: PathBuf,
    /// Label of the intake channel recorded with each document, e.g. `Post (Scan)`.
    pub channel: String,
    pub ocr_mode: OcrMode,
    /// How scanned pages are treated: blank detection and, for batch scans, splitting.
    pub scan: ScanSettings,
    pub source: SourceConfig,
}

/// Ink coverage (percent of the page) below which a page counts as blank, unless configured.
pub const DEFAULT_BLANK_THRESHOLD: f64 = crate::raster::blank::BLANK_MAX_INK_PERCENT;

/// Page treatment of a pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanSettings {
    /// Ink coverage in percent below which a page is blank (not OCRed, not archived).
    pub blank_threshold: f64,
    /// Set when every file is a batch of letters to cut at separator pages.
    pub batch: Option<BatchConfig>,
    /// Make an archive copy (PDF/A with text layer) of every scanned document: scans made
    /// here are replacement scans; scans that arrive by mail are not.
    pub archive: bool,
}

impl Default for ScanSettings {
    fn default() -> Self {
        ScanSettings {
            blank_threshold: DEFAULT_BLANK_THRESHOLD,
            batch: None,
            archive: true,
        }
    }
}

/// How a batch scan is cut into letters (`[batch]` in a folder pipeline).
#[derive(Debug, Clone, PartialEq)]
pub struct BatchConfig {
    pub separators: Vec<SeparatorType>,
    /// Pages come in sheets of two (front, back).
    pub duplex: bool,
    /// Text of the QR / Code 128 / Code 39 symbol on separator sheets; `VALUE:CODE` also names a department.
    pub barcode_value: String,
}

/// A kind of separator page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SeparatorType {
    /// A blank page (simplex) or a sheet blank on both sides (duplex).
    Blank,
    /// A sheet with a QR, Code 128 or Code 39 symbol carrying `barcode_value`.
    Barcode,
    /// A sheet with the Kodak PATCH-T patch code.
    Patch,
}

/// When pages are OCRed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OcrMode {
    /// OCR pages that have no usable text layer.
    Auto,
    /// OCR every page that has an image, ignoring text layers.
    Always,
    /// Never OCR; take text layers only.
    Never,
}

/// Where a pipeline's input comes from.
#[derive(Debug, Clone)]
pub enum SourceConfig {
    Folder(FolderConfig),
    Imap(ImapConfig),
    /// Deliveries over `POST /api/v1/uploads` (citizen portals).
    Upload(UploadConfig),
}

impl SourceConfig {
    /// Where the source takes from, for people: a folder, or `imaps://user@host:port/INBOX`.
    pub fn location(&self) -> String {
        match self {
            SourceConfig::Folder(f) => f.path.display().to_string(),
            SourceConfig::Upload(_) => "POST /api/v1/uploads".to_string(),
            SourceConfig::Imap(c) => {
                let scheme = match c.tls {
                    TlsMode::Implicit => "imaps",
                    TlsMode::StartTls => "imap+starttls",
                    TlsMode::Plain => "imap",
                };
                format!(
                    "{scheme}://{}@{}:{}/{}",
                    c.user,
                    c.host,
                    c.port,
                    c.folders.join(",")
                )
            }
        }
    }
}

impl PipelineConfig {
    /// Scanner, station and operator to record with each receipt (drop folders only).
    pub fn capture(&self) -> Option<serde_json::Value> {
        match &self.source {
            SourceConfig::Folder(f) => f.capture.to_json(),
            SourceConfig::Imap(_) | SourceConfig::Upload(_) => None,
        }
    }

    /// The mailbox label of a mail pipeline (its IMAP account), shown with its documents and
    /// used as a search filter.
    pub fn mailbox(&self) -> Option<String> {
        match &self.source {
            SourceConfig::Imap(c) => Some(c.user.clone()),
            SourceConfig::Folder(_) | SourceConfig::Upload(_) => None,
        }
    }
}

/// A functional mailbox on an IMAP server.
#[derive(Debug, Clone)]
pub struct ImapConfig {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    /// Extra trusted CA certificate(s), PEM, for servers with an internal CA.
    pub ca_file: Option<PathBuf>,
    pub user: String,
    pub password: SecretSource,
    /// Line of `password_env`/`password_file`, for error messages.
    pub password_line: Option<usize>,
    /// Folders to take mail from.
    pub folders: Vec<String>,
    pub after: AfterFiling,
    /// Where mails go that could not be filed at all.
    pub error_folder: String,
    /// Poll interval when the server has no IDLE, and IDLE refresh interval otherwise.
    pub poll: Duration,
    pub idle: bool,
    pub filters: MailFilters,
}

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// TLS from the first byte (port 993).
    Implicit,
    /// Plain connection upgraded with STARTTLS (port 143).
    StartTls,
    /// No TLS: only to loopback, or with `allow_insecure = true`.
    Plain,
}

/// Where a password comes from; never the pipeline file itself.
#[derive(Debug, Clone)]
pub enum SecretSource {
    Env(String),
    File(PathBuf),
}

impl SecretSource {
    /// Reads the secret (trailing newline removed).
    pub fn read(&self) -> Result<String, String> {
        match self {
            SecretSource::Env(name) => {
                std::env::var(name).map_err(|_| format!("environment variable {name} is not set"))
            }
            SecretSource::File(path) => std::fs::read_to_string(path)
                .map(|s| s.trim_end_matches(['\r', '\n']).to_string())
                .map_err(|e| format!("cannot read password file {}: {e}", path.display())),
        }
    }
}

/// What happens to a mail on the server once it is filed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterFiling {
    /// Move it into this folder (created if missing).
    Move(String),
    /// Set `\Seen`.
    Seen,
    /// Set this keyword.
    Keyword(String),
}

/// Only mails matching every configured filter are taken (case-insensitive substrings; a
/// filter list matches if any of its entries matches).
#[derive(Debug, Clone, Default)]
pub struct MailFilters {
    pub from: Vec<String>,
    pub subject: Vec<String>,
    pub attachment: Vec<String>,
}

/// A scanner drop folder.
#[derive(Debug, Clone)]
pub struct FolderConfig {
    pub path: PathBuf,
    pub recursive: bool,
    /// Glob patterns matched against file names; matching files are never taken.
    pub ignore: Vec<String>,
    /// A file is taken when its size and mtime have not changed for this long.
    pub settle: Duration,
    /// ... or for this long after the writer closed it.
    pub settle_after_close: Duration,
    /// A file whose content looks cut off (PDF without `%%EOF` …) is taken only after being
    /// unchanged this long; it may just be a slow scanner pausing.
    pub incomplete_wait: Duration,
    /// Full rescan interval; the only way to notice files on shares that send no events.
    pub rescan: Duration,
    /// Use inotify events (in addition to rescans).
    pub watch: bool,
    /// Who and what scans into this folder, for the transfer note (TR-RESISCAN).
    pub capture: CaptureInfo,
}

/// The scanner and the scanning station/operator of a drop folder, recorded with every
/// receipt from it (in its sealed `received` event) for the transfer note.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct CaptureInfo {
    pub device: Option<String>,
    pub station: Option<String>,
    pub operator: Option<String>,
}

impl CaptureInfo {
    /// `None` when nothing is configured.
    pub fn to_json(&self) -> Option<serde_json::Value> {
        (self.device.is_some() || self.station.is_some() || self.operator.is_some())
            .then(|| serde_json::json!(self))
    }
}

impl Config {
    /// Loads and validates the configuration rooted at `file`.
    pub fn load(file: &Path) -> Result<Config, ConfigErrors> {
        let (config, rules_errors) = Self::load_parts(file)?;
        if !rules_errors.is_empty() {
            return Err(rules_errors);
        }
        Ok(config)
    }

    /// Like [`Config::load`], but an invalid routing rules file only empties the rules, and an
    /// invalid example letter is left out (the errors returned beside the configuration):
    /// commands that look at what is stored (`status`, `show`, `inbox` …) must keep working
    /// while an operator fixes an edit, which the running daemon meanwhile ignores.
    pub fn load_tolerating_rules(file: &Path) -> Result<(Config, ConfigErrors), ConfigErrors> {
        Self::load_parts(file)
    }

    fn load_parts(file: &Path) -> Result<(Config, ConfigErrors), ConfigErrors> {
        let mut rules_errors = ConfigErrors::default();
        let mut errors = ConfigErrors::default();
        let file = absolute(file);
        let Some(mut config) = main_file::load(&file, &mut errors) else {
            return Err(errors);
        };
        config.pipelines = load_pipelines(&config.pipelines_dir, &file, &mut errors);
        config.routing = main_file::routing_files(&file, &mut errors).and_then(|files| {
            let departments =
                departments::load(&files.departments, files.smtp.is_some(), &mut errors)?;
            let mut routing = RoutingConfig {
                departments_file: files.departments,
                rules_file: files.rules.clone(),
                departments,
                rules: Default::default(),
                examples: Default::default(),
                examples_learned: Default::default(),
                corrected_fit: Default::default(),
                notify_batch: files.notify_batch,
                smtp: files.smtp,
            };
            match routing.load_rules(&files.rules) {
                Ok(rules) => {
                    if let Some(dir) = &rules.examples {
                        // Like the rules: a bad letter file must not stop `status` or `show`.
                        let letters = examples::load(dir, &routing.departments, &mut rules_errors);
                        routing.examples = std::sync::Arc::new(letters);
                    }
                    routing.rules = std::sync::Arc::new(rules);
                }
                Err(e) => rules_errors.0.extend(e.0),
            }
            Some(routing)
        });
        config.ldap = auth::load(
            &file,
            config.routing.as_ref().map(|r| &r.departments),
            &mut errors,
        );
        check_overlaps(&config.pipelines, &mut errors);
        if !errors.is_empty() {
            // Every problem at once, in the order of the files.
            errors.0.extend(rules_errors.0);
            return Err(errors);
        }
        Ok((config, rules_errors))
    }

    /// Problems reading the secrets (mailbox passwords) the daemon will need. Checked by
    /// `validate` and `run` only, so other commands work in a shell without the secrets.
    pub fn check_secrets(&self) -> ConfigErrors {
        let mut errors = ConfigErrors::default();
        for p in &self.pipelines {
            if let SourceConfig::Imap(c) = &p.source {
                if let Err(e) = c.password.read() {
                    errors.push(
                        &p.file,
                        c.password_line,
                        format!("pipeline \"{}\"", p.name),
                        e,
                    );
                }
            }
        }
        if let Some(smtp) = self.routing.as_ref().and_then(|r| r.smtp.as_ref()) {
            if let Some(Err(e)) = smtp.password.as_ref().map(SecretSource::read) {
                errors.push(&self.file, smtp.password_line, "[routing.smtp]", e);
            }
        }
        if let Some(Err(e)) = self.database_password.as_ref().map(SecretSource::read) {
            errors.push(&self.file, self.database_password_line, "[database]", e);
        }
        if let SearchBackend::Meilisearch(m) = &self.search {
            if let Some(Err(e)) = m.api_key.as_ref().map(SecretSource::read) {
                errors.push(&self.file, m.key_line, "[search]", e);
            }
        }
        if let Some(Err(e)) = self
            .ldap
            .as_ref()
            .and_then(|l| l.bind_password.as_ref())
            .map(SecretSource::read)
        {
            let line = self.ldap.as_ref().and_then(|l| l.password_line);
            errors.push(&self.file, line, "[auth.ldap]", e);
        }
        errors
    }

    /// The pipeline called `name`.
    pub fn pipeline(&self, name: &str) -> Option<&PipelineConfig> {
        self.pipelines.iter().find(|p| p.name == name)
    }
}

fn load_pipelines(dir: &Path, main_file: &Path, errors: &mut ConfigErrors) -> Vec<PipelineConfig> {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(
                main_file,
                None,
                "[general]",
                format!("pipelines folder {} cannot be read: {e}", dir.display()),
            );
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .collect();
    files.sort();
    if files.is_empty() {
        errors.push(
            main_file,
            None,
            "[general]",
            format!(
                "no pipelines: {} holds no *.toml files (run `mailroom init` for an example)",
                dir.display()
            ),
        );
    }
    files
        .iter()
        .filter_map(|f| pipeline_file::load(f, errors))
        .collect()
}

/// Two pipelines taking from the same folder would race for every file.
fn check_overlaps(pipelines: &[PipelineConfig], errors: &mut ConfigErrors) {
    for (i, a) in pipelines.iter().enumerate() {
        for b in &pipelines[i + 1..] {
            let (SourceConfig::Folder(fa), SourceConfig::Folder(fb)) = (&a.source, &b.source)
            else {
                continue;
            };
            if fa.path.as_os_str().is_empty() || fb.path.as_os_str().is_empty() {
                continue;
            }
            let clash = fa.path == fb.path
                || (fa.recursive && fb.path.starts_with(&fa.path))
                || (fb.recursive && fa.path.starts_with(&fb.path));
            if clash {
                errors.push(
                    &b.file,
                    None,
                    format!("pipeline \"{}\"", b.name),
                    format!(
                        "watches {} which pipeline \"{}\" ({}) also watches; each folder belongs to one pipeline",
                        fb.path.display(),
                        a.name,
                        a.file.display()
                    ),
                );
            }
        }
    }
}

/// `p` relative to `base` unless absolute, with `.` and `..` folded away so that paths in
/// messages are readable and comparable.
pub(crate) fn resolve(base: &Path, p: &str) -> PathBuf {
    let p = Path::new(p);
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        base.join(p)
    };
    normalize(&joined)
}

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        normalize(p)
    } else {
        normalize(&std::env::current_dir().unwrap_or_default().join(p))
    }
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests;
