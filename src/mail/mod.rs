//! Mail as intake: an RFC 5322 message becomes a cover document (the mail's headers and text,
//! and those of mails forwarded inside it) plus one part per real attachment. Pure: no IO.
//!
//! Decoding (RFC 2047/2231, quoted-printable, base64, legacy charsets, HTML) is mail-parser's;
//! this module decides what counts as an attachment: small inline images (logos, signatures
//! in the HTML) and cryptographic signatures are not separate documents (the original .eml
//! keeps them); forwarded messages are unpacked; ZIP archives are unpacked within limits.

mod mapi;
pub mod mbox;
pub mod msg;
mod rfc2231;
mod rtf;
pub mod tnef;
pub mod upload_message;
pub mod zip;

use mail_parser::{Address, Message, MessageParser, MimeHeaders};

use crate::model::MailHeader;
use crate::model::{format_berlin, MediaType, Timestamp};
use crate::stage::Reason;
pub use mapi::{OutlookAttachment, OutlookMessage};
pub use rtf::rtf_to_text;
pub use zip::ZipLimits;

/// Mail handling settings (`[mail]` in mailroom.toml).
#[derive(Debug, Clone, Copy)]
pub struct MailOptions {
    /// Inline images up to this size are part of the mail, not documents of their own.
    pub inline_image_max_bytes: u64,
    /// Larger attachments go to quarantine.
    pub max_attachment_bytes: u64,
    pub zip: ZipLimits,
}

impl Default for MailOptions {
    fn default() -> Self {
        MailOptions {
            inline_image_max_bytes: 32 * 1024,
            max_attachment_bytes: 64 * 1024 * 1024,
            zip: ZipLimits {
                max_entries: 200,
                max_total_bytes: 256 * 1024 * 1024,
                max_ratio: 100,
            },
        }
    }
}

/// A mail taken apart.
#[derive(Debug, Clone)]
pub struct UnpackedMail {
    /// What the mail came as: an RFC 5322 message, an Outlook `.msg` or a TNEF stream.
    pub media: MediaType,
    pub header: MailHeader,
    /// Page 1: the mail; further pages: mails forwarded inside it.
    pub cover_pages: Vec<String>,
    pub parts: Vec<Part>,
}

/// One attachment.
#[derive(Debug, Clone)]
pub struct Part {
    /// 1-based, in the order of the mail.
    pub position: u32,
    pub name: String,
    /// The type the mail declares (the content decides how it is processed).
    pub declared_type: String,
    pub bytes: Vec<u8>,
    /// Set when the part must go to quarantine without being processed.
    pub problem: Option<Reason>,
}

const MAX_DEPTH: usize = 8;

/// Takes a mail apart: an RFC 5322 message, an Outlook `.msg` file or a TNEF stream
/// (`winmail.dat`), told apart by content. Fails only when the bytes are not a mail at all.
pub fn unpack(bytes: &[u8], opts: &MailOptions) -> Result<UnpackedMail, Reason> {
    let outlook = if msg::is_ole(bytes) {
        Some((MediaType::OutlookMsg, msg::read(bytes)?))
    } else if tnef::is_tnef(bytes) {
        Some((MediaType::Tnef, tnef::read(bytes)?))
    } else {
        None
    };
    if let Some((media, message)) = outlook {
        let mut unpacked = UnpackedMail {
            media,
            header: message.header.clone(),
            cover_pages: Vec::new(),
            parts: Vec::new(),
        };
        collect_outlook(message, opts, 0, &mut unpacked);
        return Ok(unpacked);
    }
    let unreadable = || Reason::Unparseable {
        detail: "no sender, subject, date, text or attachment could be found".into(),
    };
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(unreadable)?;
    let header = header_of(&message);
    let mut unpacked = UnpackedMail {
        media: MediaType::Email,
        header,
        cover_pages: Vec::new(),
        parts: Vec::new(),
    };
    collect(&message, opts, 0, &mut unpacked);
    // mail-parser accepts almost anything; what has no mail headers and yields nothing a person
    // could read is not a mail.
    let h = &unpacked.header;
    if !crate::model::looks_like_mail(bytes) && h.from.is_none() && h.subject.is_none() {
        return Err(unreadable());
    }
    let has_text = unpacked.cover_pages.iter().any(|p| {
        p.lines().any(|l| {
            let l = l.trim();
            !l.is_empty() && !l.starts_with("Weitergeleitete Nachricht")
        })
    });
    if h.from.is_none()
        && h.subject.is_none()
        && h.sent_at.is_none()
        && h.message_id.is_none()
        && !has_text
        && unpacked.parts.is_empty()
    {
        return Err(unreadable());
    }
    Ok(unpacked)
}

fn collect(message: &Message<'_>, opts: &MailOptions, depth: usize, out: &mut UnpackedMail) {
    let mut page = cover_text(message);
    if depth > 0 {
        page = format!("Weitergeleitete Nachricht:\n{page}");
    }
    out.cover_pages.push(page);
    for part in message.attachments() {
        if let Some(inner) = part.message() {
            if depth < MAX_DEPTH {
                collect(inner, opts, depth + 1, out);
                continue;
            }
        }
        let declared = part
            .content_type()
            .map(|ct| match ct.subtype() {
                Some(sub) => format!("{}/{}", ct.ctype(), sub),
                None => ct.ctype().to_string(),
            })
            .unwrap_or_else(|| "application/octet-stream".into())
            .to_ascii_lowercase();
        let bytes = part.contents();
        if is_signature(&declared) {
            continue;
        }
        let inline_image = declared.starts_with("image/")
            && (part.content_id().is_some()
                || part.content_disposition().is_some_and(|d| d.is_inline()))
            && bytes.len() as u64 <= opts.inline_image_max_bytes;
        if inline_image {
            continue;
        }
        let name = part
            .attachment_name()
            .map(|n| {
                if n.contains('\u{FFFD}') {
                    repaired_name(part, message.raw_message()).unwrap_or_else(|| n.to_string())
                } else {
                    n.to_string()
                }
            })
            .map(|n| clean_name(&n))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| {
                format!("Anhang-{}{}", out.parts.len() + 1, extension_for(&declared))
            });
        if depth < MAX_DEPTH && unpack_outlook_part(bytes, opts, depth, out) {
            continue;
        }
        push_part(out, name, declared, bytes.to_vec(), opts);
    }
}

/// An Outlook item (`.msg`) attached to a mail is unpacked like a forwarded mail; a TNEF part
/// (`winmail.dat`) gives its attachments to the mail, and its text when the mail has none.
/// False when `bytes` are neither (or cannot be read: then they are kept as an attachment).
fn unpack_outlook_part(
    bytes: &[u8],
    opts: &MailOptions,
    depth: usize,
    out: &mut UnpackedMail,
) -> bool {
    if msg::is_ole(bytes) {
        return match msg::read(bytes) {
            Ok(m) => {
                collect_outlook(m, opts, depth + 1, out);
                true
            }
            Err(_) => false,
        };
    }
    if tnef::is_tnef(bytes) {
        let Ok(m) = tnef::read(bytes) else {
            return false;
        };
        let body = m.body.trim();
        if let Some(page) = out.cover_pages.last_mut() {
            if !body.is_empty() && !page.contains(body) {
                page.push_str("\n\n");
                page.push_str(body);
            }
        }
        for a in m.attachments {
            outlook_attachment(a, opts, depth, out);
        }
        return true;
    }
    false
}

/// A mail from Outlook's formats: its cover page (a forwarded one below the top level), then
/// its attachments.
fn collect_outlook(m: OutlookMessage, opts: &MailOptions, depth: usize, out: &mut UnpackedMail) {
    let mut page = cover_page(&m.header, m.body.trim_end());
    if depth > 0 {
        page = format!("Weitergeleitete Nachricht:\n{page}");
    }
    out.cover_pages.push(page);
    for a in m.attachments {
        outlook_attachment(a, opts, depth, out);
    }
}

fn outlook_attachment(
    a: OutlookAttachment,
    opts: &MailOptions,
    depth: usize,
    out: &mut UnpackedMail,
) {
    match a {
        OutlookAttachment::Message(inner) if depth < MAX_DEPTH => {
            collect_outlook(*inner, opts, depth + 1, out)
        }
        OutlookAttachment::Message(_) => {}
        OutlookAttachment::File { name, mime, bytes } => {
            if depth < MAX_DEPTH && unpack_outlook_part(&bytes, opts, depth, out) {
                return;
            }
            // A saved mail (.eml) attached to an Outlook mail: a forwarded mail.
            if depth < MAX_DEPTH && crate::model::looks_like_mail(&bytes) {
                if let Some(mail) = MessageParser::default().parse(&bytes[..]) {
                    collect(&mail, opts, depth + 1, out);
                    return;
                }
            }
            let declared = mime
                .map(|m| m.to_ascii_lowercase())
                .unwrap_or_else(|| "application/octet-stream".into());
            let name = name
                .map(|n| clean_name(&n))
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| {
                    format!("Anhang-{}{}", out.parts.len() + 1, extension_for(&declared))
                });
            push_part(out, name, declared, bytes, opts);
        }
    }
}

fn push_part(
    out: &mut UnpackedMail,
    name: String,
    declared: String,
    bytes: Vec<u8>,
    opts: &MailOptions,
) {
    let position = out.parts.len() as u32 + 1;
    let size = bytes.len() as u64;
    if size > opts.max_attachment_bytes {
        out.parts.push(Part {
            position,
            name,
            declared_type: declared,
            bytes,
            problem: Some(Reason::FileTooLarge {
                size,
                limit: opts.max_attachment_bytes,
            }),
        });
        return;
    }
    if zip::is_zip(&bytes) {
        match zip::unpack(&bytes, &opts.zip) {
            Ok(entries) => {
                for e in entries {
                    let entry_name = format!("{name}/{}", clean_name(&e.name));
                    push_part(
                        out,
                        entry_name,
                        "application/octet-stream".into(),
                        e.bytes,
                        opts,
                    );
                }
            }
            Err(reason) => out.parts.push(Part {
                position,
                name,
                declared_type: declared,
                bytes,
                problem: Some(reason),
            }),
        }
        return;
    }
    out.parts.push(Part {
        position,
        name,
        declared_type: declared,
        bytes,
        problem: None,
    });
}

/// The attachment name decoded from the raw headers (see `rfc2231`).
fn repaired_name(part: &mail_parser::MessagePart<'_>, raw: &[u8]) -> Option<String> {
    use mail_parser::HeaderName;
    let raw_of = |name: HeaderName<'static>| {
        part.headers()
            .iter()
            .find(|h| h.name == name)
            .and_then(|h| raw.get(h.offset_field() as usize..h.offset_end() as usize))
    };
    raw_of(HeaderName::ContentDisposition)
        .and_then(|h| rfc2231::decode_param(h, "filename"))
        .or_else(|| raw_of(HeaderName::ContentType).and_then(|h| rfc2231::decode_param(h, "name")))
        .filter(|n| !n.contains('\u{FFFD}'))
}

fn is_signature(mime: &str) -> bool {
    matches!(
        mime,
        "application/pkcs7-signature"
            | "application/x-pkcs7-signature"
            | "application/pgp-signature"
    )
}

fn extension_for(mime: &str) -> &'static str {
    match mime {
        "application/pdf" => ".pdf",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/tiff" => ".tif",
        "text/plain" => ".txt",
        "text/html" => ".html",
        "message/rfc822" => ".eml",
        _ => ".bin",
    }
}

/// A file name without folders or control characters.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
}

fn addresses(a: Option<&Address<'_>>) -> Option<String> {
    let list: Vec<String> = a?
        .iter()
        .map(|addr| match (addr.name(), addr.address()) {
            (Some(n), Some(e)) => format!("{n} <{e}>"),
            (None, Some(e)) => e.to_string(),
            (Some(n), None) => n.to_string(),
            (None, None) => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect();
    (!list.is_empty()).then(|| list.join(", "))
}

fn header_of(m: &Message<'_>) -> MailHeader {
    MailHeader {
        message_id: m.message_id().map(|s| format!("<{s}>")),
        subject: m.subject().map(str::to_string),
        from: addresses(m.from()),
        to: addresses(m.to()),
        cc: addresses(m.cc()),
        sent_at: m
            .date()
            .and_then(|d| Timestamp::from_second(d.to_timestamp()).ok()),
    }
}

/// The mail as a clerk reads it: German header labels, then the text.
fn cover_text(m: &Message<'_>) -> String {
    let bodies: Vec<String> = (0..m.text_body_count())
        .filter_map(|i| m.body_text(i).map(|t| t.trim_end().to_string()))
        .filter(|t| !t.trim().is_empty())
        .collect();
    cover_page(&header_of(m), &bodies.join("\n\n"))
}

/// German header labels, a blank line, the text.
fn cover_page(header: &MailHeader, body: &str) -> String {
    let h = header.clone();
    let mut text = String::new();
    let mut line = |label: &str, value: Option<String>| {
        if let Some(v) = value {
            text.push_str(&format!("{label}: {v}\n"));
        }
    };
    line("Von", h.from);
    line("An", h.to);
    line("Cc", h.cc);
    line("Datum", h.sent_at.map(format_berlin));
    line("Betreff", h.subject);
    text.push('\n');
    text.push_str(body);
    text
}

/// Text of unknown charset: UTF-8 (with or without byte-order mark) when it is valid,
/// otherwise the charset that `chardetng` finds (German: windows-1252 / ISO-8859-15).
pub fn decode_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(t) = std::str::from_utf8(bytes) {
        return t.to_string();
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(Some(b"de"), true);
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

#[cfg(test)]
mod outlook_tests;
#[cfg(test)]
mod tests;
