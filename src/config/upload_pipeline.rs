//! `type = "upload"` pipelines: the channel through which citizen portals deliver over
//! `POST /api/v1/uploads`. The pipeline's name is its file name; a portal token created with
//! `--pipeline NAME` may deliver to it.

use serde::Deserialize;

use super::diagnostic::ConfigErrors;
use super::document::TomlDoc;
use super::{PipelineConfig, ScanSettings, SourceConfig};

/// What an upload pipeline accepts.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadConfig {
    /// Files in one upload (one consignment).
    pub max_files: usize,
}

#[derive(Deserialize)]
#[serde(default)]
struct UploadFile {
    #[serde(rename = "type")]
    _kind: String,
    channel: Option<String>,
    ocr: String,
    max_files: usize,
}

impl Default for UploadFile {
    fn default() -> Self {
        UploadFile {
            _kind: String::new(),
            channel: None,
            ocr: "auto".into(),
            max_files: 20,
        }
    }
}

pub(super) fn load(
    doc: &TomlDoc,
    name: &str,
    component: &str,
    errors: &mut ConfigErrors,
) -> Option<PipelineConfig> {
    let raw: UploadFile = doc.section(None, &[], component, errors);
    let ocr_mode = super::pipeline_file::ocr_mode(&raw.ocr, doc, component, errors);
    if !(1..=1000).contains(&raw.max_files) {
        errors.push(
            &doc.path,
            doc.line_of(&["max_files"]),
            component,
            "`max_files` must be between 1 and 1000",
        );
    }
    Some(PipelineConfig {
        name: name.to_string(),
        file: doc.path.clone(),
        channel: raw
            .channel
            .filter(|c| !c.trim().is_empty())
            .unwrap_or_else(|| "Online (Portal)".into()),
        ocr_mode,
        // Uploads are what citizens sent, not replacement scans made here.
        scan: ScanSettings {
            archive: false,
            ..ScanSettings::default()
        },
        source: SourceConfig::Upload(UploadConfig {
            max_files: raw.max_files.clamp(1, 1000),
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(text: &str) -> (Option<PipelineConfig>, ConfigErrors) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portal.toml");
        std::fs::write(&path, text).unwrap();
        let mut errors = ConfigErrors::default();
        let p = super::super::pipeline_file::load(&path, &mut errors);
        (p, errors)
    }

    #[test]
    fn an_upload_pipeline_needs_only_its_type() {
        let (p, errors) = load_text("type = \"upload\"\nchannel = \"Online (Bürgerportal)\"\n");
        assert!(errors.is_empty(), "{errors}");
        let p = p.unwrap();
        assert_eq!(p.name, "portal");
        assert_eq!(p.channel, "Online (Bürgerportal)");
        assert!(matches!(
            p.source,
            SourceConfig::Upload(UploadConfig { max_files: 20 })
        ));
        assert!(!p.scan.archive);
    }

    #[test]
    fn unknown_keys_and_bad_limits_are_reported_with_lines() {
        let (_, errors) = load_text("type = \"upload\"\nmax_files = 0\npath = \"/srv\"\n");
        let text = errors.to_string();
        assert!(
            text.contains("portal.toml:2") && text.contains("max_files"),
            "{text}"
        );
        assert!(
            text.contains("portal.toml:3") && text.contains("path"),
            "{text}"
        );
    }
}
