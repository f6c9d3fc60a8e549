//! An upload (several files and what the portal says about them) as one MIME message, so that
//! it travels the mail path: one consignment, the files as its attachments with their exact
//! bytes, the portal's data as the cover text (searchable like a mail's body).

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;

/// What the portal tells about an upload (all optional).
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct UploadMetadata {
    pub sender: Option<String>,
    pub subject: Option<String>,
    pub reference: Option<String>,
    pub portal_case_id: Option<String>,
}

/// One uploaded file: a safe name and its bytes.
pub struct UploadedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot compose the upload message: {0}")]
pub struct ComposeError(String);

/// A file name a client sent, reduced to something safe to show and store: its last path
/// component, without control characters, at most 120 characters; `fallback` if nothing
/// is left.
pub fn safe_upload_name(raw: Option<&str>, fallback: &str) -> String {
    let last = raw.unwrap_or("").rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last.chars().filter(|c| !c.is_control()).take(120).collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim().to_string();
    if cleaned.is_empty() {
        fallback.to_string()
    } else {
        cleaned
    }
}

/// The message for an upload through `pipeline` by `requester` (a token name).
pub fn compose(
    meta: &UploadMetadata,
    files: &[UploadedFile],
    sha256s: &[String],
    requester: &str,
    channel: &str,
) -> Result<Vec<u8>, ComposeError> {
    let err = |e: &dyn std::fmt::Display| ComposeError(e.to_string());
    let from_name = meta
        .sender
        .clone()
        .unwrap_or_else(|| format!("Bürgerportal ({requester})"));
    let from = Mailbox::new(
        Some(from_name),
        "portal@upload.mailroom.invalid"
            .parse()
            .map_err(|e| err(&e))?,
    );
    let to: Mailbox = "poststelle@upload.mailroom.invalid"
        .parse()
        .map_err(|e| err(&e))?;
    let subject = meta
        .subject
        .clone()
        .unwrap_or_else(|| format!("Eingang über {channel}"));
    let mut text = format!("Eingang über {channel} (Zugang {requester})\n");
    for (label, value) in [
        ("Absender", &meta.sender),
        ("Betreff", &meta.subject),
        ("Zeichen", &meta.reference),
        ("Vorgangsnummer im Portal", &meta.portal_case_id),
    ] {
        if let Some(v) = value {
            text.push_str(&format!("{label}: {v}\n"));
        }
    }
    text.push_str("Dateien:\n");
    for (i, (f, sha)) in files.iter().zip(sha256s).enumerate() {
        text.push_str(&format!(
            "{}. {} ({} Bytes, SHA-256 {sha})\n",
            i + 1,
            f.name,
            f.bytes.len()
        ));
    }
    let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(text));
    let octets = ContentType::parse("application/octet-stream").map_err(|e| err(&e))?;
    for f in files {
        parts =
            parts.singlepart(Attachment::new(f.name.clone()).body(f.bytes.clone(), octets.clone()));
    }
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .message_id(Some(format!(
            "<upload-{:016x}@upload.mailroom.invalid>",
            rand::random::<u64>()
        )))
        .date_now()
        .multipart(parts)
        .map_err(|e| err(&e))?;
    Ok(message.formatted())
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::MimeHeaders;

    #[test]
    fn names_from_clients_lose_paths_and_control_characters() {
        assert_eq!(safe_upload_name(Some("../../etc/passwd"), "f"), "passwd");
        assert_eq!(
            safe_upload_name(Some("C:\\Users\\x\\Antrag.pdf"), "f"),
            "Antrag.pdf"
        );
        assert_eq!(safe_upload_name(Some("a\r\nb.pdf"), "f"), "ab.pdf");
        assert_eq!(safe_upload_name(Some(".."), "Datei-1"), "Datei-1");
        assert_eq!(safe_upload_name(None, "Datei-2"), "Datei-2");
        assert_eq!(safe_upload_name(Some(".bashrc"), "f"), "bashrc");
    }

    #[test]
    fn the_message_carries_the_files_as_attachments_and_the_portal_data_as_text() {
        let files = [UploadedFile {
            name: "Widerspruch Müller.pdf".into(),
            bytes: b"%PDF-1.4 test".to_vec(),
        }];
        let meta = UploadMetadata {
            sender: Some("Erika Müller".into()),
            subject: Some("Widerspruch gegen Bescheid".into()),
            reference: Some("AZ 51-123".into()),
            portal_case_id: Some("BP-2026-77".into()),
        };
        let raw = compose(
            &meta,
            &files,
            &["ab".repeat(32)],
            "token:portal-a",
            "Online (Portal)",
        )
        .unwrap();
        let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
        assert_eq!(parsed.subject(), Some("Widerspruch gegen Bescheid"));
        let body = parsed.body_text(0).unwrap();
        assert!(
            body.contains("Vorgangsnummer im Portal: BP-2026-77"),
            "{body}"
        );
        assert!(body.contains("Zeichen: AZ 51-123"), "{body}");
        let att = parsed.attachment(0).unwrap();
        assert_eq!(att.attachment_name(), Some("Widerspruch Müller.pdf"));
        assert_eq!(att.contents(), b"%PDF-1.4 test");
    }
}
