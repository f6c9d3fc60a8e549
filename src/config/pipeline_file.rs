//! `pipelines/NAME.toml`: one intake source and how its documents are processed.

use std::path::{Path, PathBuf};
use std::time::Duration;

use globset::Glob;
use serde::Deserialize;

use super::diagnostic::ConfigErrors;
use super::document::TomlDoc;
use super::{
    resolve, AfterFiling, BatchConfig, CaptureInfo, FolderConfig, ImapConfig, MailFilters, OcrMode,
    PipelineConfig, ScanSettings, SecretSource, SeparatorType, SourceConfig, TlsMode,
    DEFAULT_BLANK_THRESHOLD,
};

/// Names a scanner or a copy program uses while a file is still being written, plus files
/// that operating systems drop into folders. Matched against the file name only.
pub const DEFAULT_IGNORE: &[&str] = &[
    "*.tmp",
    "*.temp",
    "*.part",
    "*.partial",
    "*.crdownload",
    "*.filepart",
    "~*",
    ".*",
    "Thumbs.db",
    "desktop.ini",
];

#[derive(Deserialize, Default)]
struct Kind {
    #[serde(rename = "type")]
    kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(default)]
struct FolderFile {
    #[serde(rename = "type")]
    _kind: String,
    path: Option<String>,
    recursive: bool,
    ignore: Option<Vec<String>>,
    settle_secs: f64,
    settle_after_close_secs: f64,
    incomplete_wait_secs: f64,
    rescan_secs: f64,
    watch: bool,
    channel: Option<String>,
    ocr: String,
    device: Option<String>,
    station: Option<String>,
    operator: Option<String>,
    blank_threshold: f64,
    batch: Option<BatchFile>,
}

#[derive(Deserialize)]
#[serde(default)]
struct BatchFile {
    separators: Vec<String>,
    duplex: bool,
    barcode_value: String,
}

impl Default for BatchFile {
    fn default() -> Self {
        BatchFile {
            separators: vec!["barcode".into(), "patch".into()],
            duplex: false,
            barcode_value: "TRENNBLATT".into(),
        }
    }
}

impl Default for FolderFile {
    fn default() -> Self {
        FolderFile {
            _kind: String::new(),
            path: None,
            recursive: false,
            ignore: None,
            settle_secs: 3.0,
            settle_after_close_secs: 1.0,
            incomplete_wait_secs: 30.0,
            rescan_secs: 10.0,
            watch: true,
            channel: None,
            ocr: "auto".into(),
            device: None,
            station: None,
            operator: None,
            blank_threshold: DEFAULT_BLANK_THRESHOLD,
            batch: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(default)]
struct ImapFile {
    #[serde(rename = "type")]
    _kind: String,
    host: String,
    port: Option<u16>,
    tls: String,
    allow_insecure: bool,
    ca_file: Option<String>,
    user: String,
    /// Only to say that it is not allowed.
    password: Option<toml::Value>,
    password_env: Option<String>,
    password_file: Option<String>,
    folders: Vec<String>,
    after: String,
    processed_folder: String,
    keyword: String,
    error_folder: String,
    poll_secs: f64,
    idle: bool,
    filter_from: Vec<String>,
    filter_subject: Vec<String>,
    filter_attachment: Vec<String>,
    channel: Option<String>,
    ocr: String,
}

impl Default for ImapFile {
    fn default() -> Self {
        ImapFile {
            _kind: String::new(),
            host: String::new(),
            port: None,
            tls: "implicit".into(),
            allow_insecure: false,
            ca_file: None,
            user: String::new(),
            password: None,
            password_env: None,
            password_file: None,
            folders: vec!["INBOX".into()],
            after: "move".into(),
            processed_folder: "Verarbeitet".into(),
            keyword: "$MailroomFiled".into(),
            error_folder: "Fehler".into(),
            poll_secs: 60.0,
            idle: true,
            filter_from: Vec::new(),
            filter_subject: Vec::new(),
            filter_attachment: Vec::new(),
            channel: None,
            ocr: "auto".into(),
        }
    }
}

/// A pipeline's name comes from its file name, so it is unique by construction.
pub(crate) fn name_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(crate) fn load(path: &Path, errors: &mut ConfigErrors) -> Option<PipelineConfig> {
    let name = name_of(path);
    let component = format!("pipeline \"{name}\"");
    let doc = TomlDoc::read(path, &component, errors)?;
    let file = doc.path.clone();
    let dir = path.parent().unwrap_or(Path::new("."));
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        errors.push(
            &file,
            None,
            &component,
            "pipeline file names may only use letters, digits, '-' and '_' (the name is used in commands and search filters)",
        );
    }
    // Read `type` alone first: the rest of the file is checked against that type's keys.
    let kind: Kind = {
        let mut scratch = ConfigErrors::default();
        doc.section(None, &[], &component, &mut scratch)
    };
    match kind.kind.as_deref() {
        Some("folder") => load_folder(&doc, dir, &name, &component, errors),
        Some("imap") => load_imap(&doc, dir, &name, &component, errors),
        Some("upload") => super::upload_pipeline::load(&doc, &name, &component, errors),
        Some(other) => {
            errors.push(
                &file,
                doc.line_of(&["type"]),
                &component,
                format!(
                    "unknown pipeline type {other:?}; this version supports \"folder\", \"imap\" and \"upload\""
                ),
            );
            None
        }
        None => {
            errors.push(
                &file,
                None,
                &component,
                "missing `type` (e.g. type = \"folder\")",
            );
            None
        }
    }
}

pub(super) fn ocr_mode(
    raw: &str,
    doc: &TomlDoc,
    component: &str,
    errors: &mut ConfigErrors,
) -> OcrMode {
    match raw {
        "auto" => OcrMode::Auto,
        "always" => OcrMode::Always,
        "never" => OcrMode::Never,
        other => {
            errors.push(
                &doc.path,
                doc.line_of(&["ocr"]),
                component,
                format!("ocr = {other:?} is not one of \"auto\", \"always\", \"never\""),
            );
            OcrMode::Auto
        }
    }
}

pub(crate) fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn load_imap(
    doc: &TomlDoc,
    dir: &Path,
    name: &str,
    component: &str,
    errors: &mut ConfigErrors,
) -> Option<PipelineConfig> {
    let raw: ImapFile = doc.section(None, &[], component, errors);
    let file = &doc.path;
    let line = |key: &str| doc.line_of(&[key]);
    let mut err = |key: &str, msg: String| errors.push(file, line(key), component, msg);

    if raw.host.trim().is_empty() {
        err("host", "missing `host`: the IMAP server".into());
    }
    if raw.user.trim().is_empty() {
        err("user", "missing `user`: the mailbox account".into());
    }
    if raw.password.is_some() {
        err(
            "password",
            "passwords do not belong in pipeline files; use password_env = \"VARIABLE\" or password_file = \"path\"".into(),
        );
    }
    let tls = match raw.tls.as_str() {
        "implicit" => TlsMode::Implicit,
        "starttls" => TlsMode::StartTls,
        "plain" => TlsMode::Plain,
        other => {
            err(
                "tls",
                format!("tls = {other:?} is not one of \"implicit\", \"starttls\", \"plain\""),
            );
            TlsMode::Implicit
        }
    };
    if tls == TlsMode::Plain && !is_loopback(&raw.host) && !raw.allow_insecure {
        err(
            "tls",
            format!("tls = \"plain\" would send the password unencrypted to {}; it is only allowed to loopback (set allow_insecure = true to force it)", raw.host),
        );
    }
    // Whether the secret can be read is checked by `validate` and `run` only (see
    // `Config::check_secrets`): `status` or `search` must work in a shell without it.
    let password = match (&raw.password_env, &raw.password_file) {
        (Some(v), None) => SecretSource::Env(v.clone()),
        (None, Some(f)) => SecretSource::File(resolve(dir, f)),
        (Some(_), Some(_)) => {
            err(
                "password_env",
                "set either password_env or password_file, not both".into(),
            );
            SecretSource::Env(String::new())
        }
        (None, None) => {
            err("user", "missing password_env or password_file".into());
            SecretSource::Env(String::new())
        }
    };
    let ca_file = raw.ca_file.as_deref().map(|f| resolve(dir, f));
    if let Some(ca) = &ca_file {
        if let Err(e) = std::fs::metadata(ca) {
            err(
                "ca_file",
                format!("CA file {} cannot be read: {e}", ca.display()),
            );
        }
    }
    if raw.folders.is_empty() || raw.folders.iter().any(|f| f.trim().is_empty()) {
        err(
            "folders",
            "`folders` must list at least one folder, e.g. [\"INBOX\"]".into(),
        );
    }
    let after = match raw.after.as_str() {
        "move" if raw.processed_folder.trim().is_empty() => {
            err("processed_folder", "`processed_folder` is empty".into());
            AfterFiling::Seen
        }
        "move" => AfterFiling::Move(raw.processed_folder.clone()),
        "seen" => AfterFiling::Seen,
        "keyword" if raw.keyword.trim().is_empty() || raw.keyword.contains(char::is_whitespace) => {
            err(
                "keyword",
                format!("keyword = {:?} must be one word", raw.keyword),
            );
            AfterFiling::Seen
        }
        "keyword" => AfterFiling::Keyword(raw.keyword.clone()),
        other => {
            err(
                "after",
                format!("after = {other:?} is not one of \"move\", \"seen\", \"keyword\""),
            );
            AfterFiling::Seen
        }
    };
    if raw.folders.contains(&raw.processed_folder) && matches!(after, AfterFiling::Move(_)) {
        err(
            "processed_folder",
            format!(
                "processed_folder {:?} is also in `folders`: filed mails would be taken again",
                raw.processed_folder
            ),
        );
    }
    if raw.error_folder.trim().is_empty() {
        err("error_folder", "`error_folder` is empty".into());
    }
    if !(raw.poll_secs >= 1.0 && raw.poll_secs <= 1740.0) {
        err(
            "poll_secs",
            format!(
                "poll_secs = {} must be between 1 and 1740 (29 minutes, the IDLE limit)",
                raw.poll_secs
            ),
        );
    }
    let ocr_mode = ocr_mode(&raw.ocr, doc, component, errors);
    let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect::<Vec<_>>();
    Some(PipelineConfig {
        name: name.to_string(),
        file: file.clone(),
        channel: raw
            .channel
            .filter(|c| !c.trim().is_empty())
            .unwrap_or_else(|| "E-Mail".into()),
        ocr_mode,
        scan: ScanSettings {
            archive: false,
            ..ScanSettings::default()
        },
        source: SourceConfig::Imap(ImapConfig {
            port: raw
                .port
                .unwrap_or(if tls == TlsMode::Implicit { 993 } else { 143 }),
            host: raw.host,
            tls,
            ca_file,
            user: raw.user,
            password,
            password_line: line("password_env").or(line("password_file")),
            folders: raw.folders,
            after,
            error_folder: raw.error_folder,
            poll: Duration::from_secs_f64(raw.poll_secs.clamp(1.0, 1740.0)),
            idle: raw.idle,
            filters: MailFilters {
                from: lower(&raw.filter_from),
                subject: lower(&raw.filter_subject),
                attachment: lower(&raw.filter_attachment),
            },
        }),
    })
}

fn load_folder(
    doc: &TomlDoc,
    dir: &Path,
    name: &str,
    component: &str,
    errors: &mut ConfigErrors,
) -> Option<PipelineConfig> {
    let raw: FolderFile = doc.section(None, &[], component, errors);
    let file = &doc.path;
    let line = |key: &str| doc.line_of(&[key]);

    let path = match raw.path.as_deref() {
        None | Some("") => {
            errors.push(file, None, component, "missing `path`: the folder to watch");
            PathBuf::new()
        }
        Some(p) => {
            let resolved = resolve(dir, p);
            if !resolved.exists() {
                errors.push(
                    file,
                    line("path"),
                    component,
                    format!(
                        "folder {} does not exist (path = {p:?}); create it or fix the path",
                        resolved.display()
                    ),
                );
            } else if !resolved.is_dir() {
                errors.push(
                    file,
                    line("path"),
                    component,
                    format!("{} is not a folder (path = {p:?})", resolved.display()),
                );
            } else if let Err(e) = std::fs::read_dir(&resolved) {
                errors.push(
                    file,
                    line("path"),
                    component,
                    format!("folder {} cannot be read: {e}", resolved.display()),
                );
            }
            resolved
        }
    };

    let ignore = raw
        .ignore
        .clone()
        .unwrap_or_else(|| DEFAULT_IGNORE.iter().map(|s| s.to_string()).collect());
    for pattern in &ignore {
        if let Err(e) = Glob::new(pattern) {
            errors.push(
                file,
                line("ignore"),
                component,
                format!("ignore pattern {pattern:?} is invalid: {e}"),
            );
        }
    }

    let mut duration = |key: &str, v: f64, min: f64| -> Duration {
        if !(v >= min && v.is_finite() && v < 86_400.0) {
            errors.push(
                file,
                line(key),
                component,
                format!("`{key}` = {v} must be between {min} and 86400 seconds"),
            );
            return Duration::from_secs_f64(min.max(0.1));
        }
        Duration::from_secs_f64(v)
    };
    let settle = duration("settle_secs", raw.settle_secs, 0.0);
    let settle_after_close = duration("settle_after_close_secs", raw.settle_after_close_secs, 0.0);
    let incomplete_wait = duration("incomplete_wait_secs", raw.incomplete_wait_secs, 0.0);
    let rescan = duration("rescan_secs", raw.rescan_secs, 0.1);

    let ocr_mode = ocr_mode(&raw.ocr, doc, component, errors);
    let scan = scan_settings(&raw, doc, component, errors);
    let channel = match raw.channel {
        Some(c) if c.trim().is_empty() => {
            errors.push(file, line("channel"), component, "`channel` is empty");
            name.to_string()
        }
        Some(c) => c,
        None => name.to_string(),
    };

    Some(PipelineConfig {
        name: name.to_string(),
        file: file.clone(),
        channel,
        ocr_mode,
        scan,
        source: SourceConfig::Folder(FolderConfig {
            path,
            recursive: raw.recursive,
            ignore,
            settle,
            settle_after_close: settle_after_close.min(settle),
            incomplete_wait,
            rescan,
            watch: raw.watch,
            capture: CaptureInfo {
                device: raw.device.filter(|s| !s.trim().is_empty()),
                station: raw.station.filter(|s| !s.trim().is_empty()),
                operator: raw.operator.filter(|s| !s.trim().is_empty()),
            },
        }),
    })
}

fn scan_settings(
    raw: &FolderFile,
    doc: &TomlDoc,
    component: &str,
    errors: &mut ConfigErrors,
) -> ScanSettings {
    let file = &doc.path;
    // A threshold of 1 % would call a short letter blank; dust on the glass is ~0.001 %.
    if !(raw.blank_threshold > 0.0 && raw.blank_threshold <= 0.5) {
        errors.push(
            file,
            doc.line_of(&["blank_threshold"]),
            component,
            format!(
                "blank_threshold = {} must be above 0 and at most 0.5 (percent of the page covered by ink; default {DEFAULT_BLANK_THRESHOLD})",
                raw.blank_threshold
            ),
        );
    }
    let batch = raw.batch.as_ref().map(|b| {
        let mut separators = Vec::new();
        for s in &b.separators {
            match s.as_str() {
                "blank" => separators.push(SeparatorType::Blank),
                "barcode" => separators.push(SeparatorType::Barcode),
                "patch" => separators.push(SeparatorType::Patch),
                other => errors.push(
                    file,
                    doc.line_of(&["batch", "separators"]),
                    component,
                    format!("separator {other:?} is not one of \"blank\", \"barcode\", \"patch\""),
                ),
            }
        }
        if b.separators.is_empty() {
            errors.push(
                file,
                doc.line_of(&["batch", "separators"]).or(doc.line_of(&["batch"])),
                component,
                "`batch.separators` is empty: list at least one of \"blank\", \"barcode\", \"patch\"",
            );
        }
        let value = b.barcode_value.trim();
        if separators.contains(&SeparatorType::Barcode)
            && (value.is_empty() || value.contains(':'))
        {
            errors.push(
                file,
                doc.line_of(&["batch", "barcode_value"]).or(doc.line_of(&["batch"])),
                component,
                format!(
                    "batch.barcode_value = {:?} must be non-empty text without ':' (a sheet with \"VALUE:CODE\" names a department)",
                    b.barcode_value
                ),
            );
        }
        BatchConfig {
            separators,
            duplex: b.duplex,
            barcode_value: value.to_string(),
        }
    });
    ScanSettings {
        blank_threshold: raw.blank_threshold.clamp(0.000_1, 0.5),
        batch,
        archive: true,
    }
}
