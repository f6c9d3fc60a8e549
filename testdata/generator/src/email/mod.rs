//! E-mail messages (`.eml`, RFC 5322/MIME) and ZIP archives for testing mail intake.
//!
//! [`MailSpec`] describes a mail (addresses, subject, bodies, attachments) and renders it with
//! `mail-builder` ([`MailSpec::to_eml`]); the sample functions build specs for the cases mail
//! intake must handle: umlauts everywhere, PDF attachments, forwarded mails, inline images.
//! Mails whose point is an unusual encoding ([`legacy_encoded_mail`]) or broken structure
//! ([`malformed_mail`]) are written by hand.
//!
//! Everything is deterministic: dates, Message-IDs and MIME boundaries derive from the seed (or
//! the spec's Message-ID), never from the clock.

mod archive;
mod broken;
mod date;
mod encode;
mod legacy;
mod mbox;
mod mime;
mod outlook;
mod samples;
#[cfg(test)]
mod tests;

pub use archive::{encrypted_zip, zip_bomb, zip_of};
pub use broken::malformed_mail;
pub use legacy::{legacy_encoded_mail, legacy_encoded_mail_spec};
pub use mbox::{mbox_of, MboxStyle};
pub use mime::FilenameStyle;
pub use outlook::{
    mail_with_winmail_dat, msg_of, outlook_msg_spec, tnef_of, MsgBody, MsgStrings, MsgStyle,
    MSG_PDF_NAME,
};
pub use samples::{
    forwarding_mail, forwarding_mail_specs, german_mail_with_two_pdfs, logo_png,
    mail_with_inline_logo, mail_with_inline_logo_spec, outlook_style_mail, DIGITAL_PDF_NAME,
    SCANNED_PDF_NAME,
};

use crate::letter::Letter;

/// The county mailbox every generated citizen mail is addressed to.
pub const COUNTY_MAILBOX: &str = "poststelle@kreis.test";

/// An attachment to put into a mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name as the sender's mail program shows it (may contain umlauts and spaces).
    pub name: String,
    /// MIME type, e.g. `application/pdf`; `message/rfc822` attaches a whole mail (`bytes` is
    /// then the inner `.eml`).
    pub mime: String,
    /// The file's content, exactly as a receiver must get it back after decoding.
    pub bytes: Vec<u8>,
    /// `Content-Disposition: inline` (e.g. an image referenced from the HTML body) instead of
    /// `attachment`.
    pub inline: bool,
    /// `Content-ID` without angle brackets, referenced from HTML as `cid:...`.
    pub content_id: Option<String>,
}

impl Attachment {
    /// A normal attachment (`Content-Disposition: attachment`).
    pub fn new(name: &str, mime: &str, bytes: Vec<u8>) -> Self {
        Attachment {
            name: name.to_string(),
            mime: mime.to_string(),
            bytes,
            inline: false,
            content_id: None,
        }
    }

    /// An inline part with a Content-ID (given with or without angle brackets), e.g. a logo
    /// that the HTML body shows via `<img src="cid:...">`.
    pub fn inline(name: &str, mime: &str, bytes: Vec<u8>, content_id: &str) -> Self {
        Attachment {
            inline: true,
            content_id: Some(strip_angle_brackets(content_id).to_string()),
            ..Attachment::new(name, mime, bytes)
        }
    }
}

/// Options for a generated mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailSpec {
    /// Sender as (display name, address), e.g. ("Jürgen Weiß", "juergen.weiss@example.org").
    pub from: (String, String),
    /// Recipients as (display name, address).
    pub to: Vec<(String, String)>,
    /// Carbon-copy recipients as (display name, address); no `Cc` header when empty.
    pub cc: Vec<(String, String)>,
    /// Subject; may contain umlauts, RFC 2047 encoded (UTF-8) in the header.
    pub subject: String,
    /// Plain-text body. Empty together with `body_html` set means an HTML-only mail (no
    /// text/plain part at all).
    pub body_text: String,
    /// If set, an HTML body: `multipart/alternative` with `body_text` (unless that is empty).
    pub body_html: Option<String>,
    /// Attachments in order; inline ones with a Content-ID go into `multipart/related` with the
    /// HTML body.
    pub attachments: Vec<Attachment>,
    /// Message-ID including angle brackets, e.g. `<seed-42@example.org>`.
    pub message_id: String,
    /// RFC 2822 date, e.g. `Fri, 14 Mar 2025 09:12:07 +0100`; written as given.
    pub date: String,
}

impl MailSpec {
    /// A realistic German citizen mail to the county mailbox [`COUNTY_MAILBOX`], derived from
    /// `letter` (normally [`Letter::sample`]`(seed)`).
    ///
    /// - From: the letter's sender name and an address made from it (umlauts transliterated,
    ///   e.g. "Jürgen Weiß" → `juergen.weiss@example.net`; the domain varies with the seed);
    /// - To: the letter's first recipient line (the authority) at [`COUNTY_MAILBOX`];
    /// - Subject: the letter's subject (always with umlauts);
    /// - body: [`Letter::text`];
    /// - Date: the letter's date (from `place_date`) at a seed-dependent time of day, German local
    ///   time; Message-ID `<seed-{seed}@{domain}>`; no attachments.
    pub fn from_letter(letter: &Letter, seed: u64) -> MailSpec {
        let name = letter
            .sender
            .first()
            .cloned()
            .unwrap_or_else(|| "Bürger".to_string());
        let domain = sender_domain(seed);
        let authority = letter
            .recipient
            .first()
            .cloned()
            .unwrap_or_else(|| "Poststelle".to_string());
        MailSpec {
            from: (name.clone(), format!("{}@{domain}", local_part(&name))),
            to: vec![(authority, COUNTY_MAILBOX.to_string())],
            cc: Vec::new(),
            subject: letter.subject.clone(),
            body_text: letter.text(),
            body_html: None,
            attachments: Vec::new(),
            message_id: format!("<seed-{seed}@{domain}>"),
            date: date::mail_date(&letter.place_date, seed),
        }
    }

    /// Renders the mail as RFC 5322 bytes with CRLF line endings; attachment names use RFC 2231
    /// (`filename*=UTF-8''...`, split into `filename*0*=`, `filename*1*=` ... when long), as
    /// Thunderbird does. Same spec → same bytes (boundaries derive from the Message-ID).
    pub fn to_eml(&self) -> Vec<u8> {
        self.to_eml_with(FilenameStyle::Rfc2231)
    }

    /// Like [`MailSpec::to_eml`] with a choice of how non-ASCII attachment names are written.
    pub fn to_eml_with(&self, style: FilenameStyle) -> Vec<u8> {
        mime::render(self, style)
    }
}

/// The domain of sample senders: reserved example domains, varied by seed.
fn sender_domain(seed: u64) -> &'static str {
    ["example.org", "example.net", "example.com"][(seed % 3) as usize]
}

/// `"Jürgen Weiß"` → `"juergen.weiss"`: lower case, umlauts transliterated, words joined by dots.
fn local_part(name: &str) -> String {
    let mut out = String::new();
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push('.');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            match c {
                'ä' => out.push_str("ae"),
                'ö' => out.push_str("oe"),
                'ü' => out.push_str("ue"),
                'ß' => out.push_str("ss"),
                c if c.is_ascii_alphanumeric() || c == '-' => out.push(c),
                _ => {}
            }
        }
    }
    out
}

fn strip_angle_brackets(id: &str) -> &str {
    id.trim().trim_start_matches('<').trim_end_matches('>')
}
