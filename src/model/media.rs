use std::fmt;

/// The formats mailroom can read, detected from a file's content (never from its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    Pdf,
    Tiff,
    Png,
    Jpeg,
    Bmp,
    Gif,
    Webp,
    /// An RFC 5322 message (.eml).
    Email,
    /// A mailbox file: many messages, each after an envelope line `From …` (.mbox).
    Mbox,
    /// Plain text in any common charset (.txt).
    Text,
    /// An Outlook message file (.msg, an OLE compound file). Other OLE files (old Word and
    /// Excel documents, installers) share the signature; the mail reader tells them apart.
    OutlookMsg,
    /// A TNEF stream (winmail.dat) from Outlook or Exchange.
    Tnef,
    /// A Rich Text Format document (.rtf).
    Rtf,
    /// An e-invoice as XML (XRechnung UBL or CII, ZUGFeRD/Factur-X XML); other XML is text.
    Xml,
}

/// Every format, for parsing stored MIME types back.
const ALL: [MediaType; 14] = [
    MediaType::Pdf,
    MediaType::Tiff,
    MediaType::Png,
    MediaType::Jpeg,
    MediaType::Bmp,
    MediaType::Gif,
    MediaType::Webp,
    MediaType::Email,
    MediaType::Mbox,
    MediaType::Text,
    MediaType::OutlookMsg,
    MediaType::Tnef,
    MediaType::Rtf,
    MediaType::Xml,
];

impl MediaType {
    /// The MIME type stored with a document.
    pub fn mime(self) -> &'static str {
        match self {
            MediaType::Pdf => "application/pdf",
            MediaType::Tiff => "image/tiff",
            MediaType::Png => "image/png",
            MediaType::Jpeg => "image/jpeg",
            MediaType::Bmp => "image/bmp",
            MediaType::Gif => "image/gif",
            MediaType::Webp => "image/webp",
            MediaType::Email => "message/rfc822",
            MediaType::Mbox => "application/mbox",
            MediaType::Text => "text/plain",
            MediaType::OutlookMsg => "application/vnd.ms-outlook",
            MediaType::Tnef => "application/ms-tnef",
            MediaType::Rtf => "application/rtf",
            MediaType::Xml => "application/xml",
        }
    }

    /// The image formats read as pages through the `image` crate.
    pub fn image_format(self) -> Option<image::ImageFormat> {
        Some(match self {
            MediaType::Png => image::ImageFormat::Png,
            MediaType::Jpeg => image::ImageFormat::Jpeg,
            MediaType::Bmp => image::ImageFormat::Bmp,
            MediaType::Gif => image::ImageFormat::Gif,
            MediaType::Webp => image::ImageFormat::WebP,
            _ => return None,
        })
    }

    /// Parses a stored MIME type back.
    pub fn from_mime(mime: &str) -> Option<Self> {
        ALL.into_iter().find(|m| m.mime() == mime)
    }

    /// Detects the format from the first bytes of a file.
    ///
    /// PDF readers accept a `%PDF-` header anywhere in the first kilobyte (some scanners and
    /// mail gateways prepend junk), so we do too.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        let head = &bytes[..bytes.len().min(1024)];
        if head.windows(5).any(|w| w == b"%PDF-") {
            return Some(MediaType::Pdf);
        }
        if crate::mail::msg::is_ole(bytes) {
            return Some(MediaType::OutlookMsg);
        }
        if crate::mail::tnef::is_tnef(bytes) {
            return Some(MediaType::Tnef);
        }
        if bytes.trim_ascii_start().starts_with(b"{\\rtf") {
            return Some(MediaType::Rtf);
        }
        match infer::get(bytes).map(|t| t.mime_type()) {
            Some("image/tiff") => Some(MediaType::Tiff),
            Some("image/png") => Some(MediaType::Png),
            Some("image/jpeg") => Some(MediaType::Jpeg),
            Some("image/bmp") => Some(MediaType::Bmp),
            Some("image/gif") => Some(MediaType::Gif),
            Some("image/webp") => Some(MediaType::Webp),
            _ if crate::mail::mbox::looks_like_mbox(bytes) => Some(MediaType::Mbox),
            _ if looks_like_mail(bytes) => Some(MediaType::Email),
            _ if crate::invoice::looks_like_invoice(bytes) => Some(MediaType::Xml),
            _ if looks_like_text(bytes) => Some(MediaType::Text),
            _ => None,
        }
    }

    /// What some other content looks like, for a quarantine reason ("a ZIP archive").
    pub fn describe_unsupported(bytes: &[u8]) -> String {
        if crate::mail::msg::is_ole(bytes) {
            return "an OLE compound file that is not an Outlook message (an old Word or Excel \
                    document, or an installer)"
                .into();
        }
        match infer::get(bytes) {
            Some(t) => format!("{} ({})", t.mime_type(), t.extension()),
            None if bytes.iter().take(512).all(|b| b.is_ascii()) => "plain text".to_string(),
            None => "unknown binary data".to_string(),
        }
    }
}

/// Whether `head` is plain text: no NUL bytes and no other control characters than line
/// ends, tabs and form feeds, in UTF-8 or a single-byte charset (decided when it is read).
pub fn looks_like_text(head: &[u8]) -> bool {
    if head.is_empty() {
        return false;
    }
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c) || b == 0x7f)
        .count();
    let letters = head.iter().filter(|b| b.is_ascii_alphanumeric()).count();
    control == 0 && letters * 4 >= head.len()
}

/// Header names that mark the start of a mail; two of them in the first lines make a mail.
const MAIL_HEADERS: &[&str] = &[
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "received",
    "mime-version",
    "return-path",
    "delivered-to",
    "content-type",
];

/// Whether `bytes` look like an RFC 5322 message: header lines from the first line on,
/// including at least two well-known mail headers.
pub fn looks_like_mail(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
    };
    // The header block runs until the first line that is not a header (normally the blank
    // line; in broken mails whatever comes next). Saved mails often start with the mbox
    // envelope line `From sender date`, which is skipped.
    let mut lines = text.lines().take(200).peekable();
    if lines.peek().is_some_and(|l| l.starts_with("From ")) {
        lines.next();
    }
    let (mut known, mut mime) = (0, false);
    for (i, line) in lines.enumerate() {
        if i > 0 && (line.starts_with(' ') || line.starts_with('\t')) {
            continue;
        }
        // RFC 822's obsolete syntax allows blanks before the colon (`From  : …`).
        let name = line
            .split_once(':')
            .map(|(n, _)| n.trim_end())
            .unwrap_or_default();
        let is_header =
            !name.is_empty() && name.len() < 80 && name.bytes().all(|b| b.is_ascii_graphic());
        if !is_header {
            break;
        }
        let lower = name.to_ascii_lowercase();
        if MAIL_HEADERS.contains(&lower.as_str()) {
            known += 1;
        }
        mime |= lower == "mime-version"
            || (lower == "content-type" && line.to_ascii_lowercase().contains("multipart/"));
    }
    // Two mail headers, or a bare MIME message (just a multipart Content-Type).
    known >= 2 || (known == 1 && mime)
}

impl fmt::Display for MediaType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mime())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_content_not_name() {
        assert_eq!(MediaType::sniff(b"%PDF-1.7\n..."), Some(MediaType::Pdf));
        assert_eq!(
            MediaType::sniff(b"garbage\r\n%PDF-1.4\n"),
            Some(MediaType::Pdf)
        );
        assert_eq!(
            MediaType::sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(MediaType::Png)
        );
        assert_eq!(
            MediaType::sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF\0"),
            Some(MediaType::Jpeg)
        );
        assert_eq!(
            MediaType::sniff(b"II*\0\x08\0\0\0\x10\0"),
            Some(MediaType::Tiff)
        );
        assert_eq!(
            MediaType::sniff(b"MM\0*\0\0\0\x08\0\x10"),
            Some(MediaType::Tiff)
        );
        assert_eq!(MediaType::sniff(b"PK\x03\x04rest"), None);
        assert_eq!(
            MediaType::sniff(b"From a@b.de Tue May 10 11:28:07 2005\r\nReturn-Path: <a@b.de>\r\nSubject: x\r\n\r\n"),
            // A saved mail with its envelope line: a mailbox file of one message, read as a mail.
            Some(MediaType::Mbox)
        );
        assert_eq!(
            MediaType::sniff(b"Content-Type: multipart/mixed; boundary=\"1\"\n\n--1\n"),
            Some(MediaType::Email)
        );
        // One header is no mail, but it is readable text.
        assert_eq!(
            MediaType::sniff(b"Content-Type: text/plain\n\nhallo"),
            Some(MediaType::Text)
        );
        assert_eq!(MediaType::sniff(b""), None);
    }

    #[test]
    fn mime_round_trips() {
        for m in [
            MediaType::Pdf,
            MediaType::Tiff,
            MediaType::Png,
            MediaType::Jpeg,
        ] {
            assert_eq!(MediaType::from_mime(m.mime()), Some(m));
        }
    }
}
