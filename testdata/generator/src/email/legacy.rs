//! A hand-written mail in the style of an old Windows mail program: ISO-8859-1 everywhere,
//! quoted-printable body, RFC 2047 "Q" subject and RFC 2231 continued attachment names.

use super::encode::{
    base64_lines, latin1_safe, q_encoded_words, quoted_printable, rfc2231_continuation, to_latin1,
};
use super::{sender_domain, Attachment, MailSpec};
use crate::{born_digital_pdf, Letter};

/// What [`legacy_encoded_mail`] contains, decoded (its bytes are hand-written, NOT
/// `spec.to_eml()`):
///
/// - From/To/Date as [`MailSpec::from_letter`]`(&Letter::sample(seed), seed)`, Message-ID
///   `<seed-{seed}-legacy@...>`;
/// - subject and body: the letter's subject and [`Letter::text`] made Latin-1-safe (`€` →
///   `EUR`, dashes → `-`, typographic quotes → ASCII quotes; other non-Latin-1 characters → `?`);
/// - one attachment "Gebührenbescheid für {sender's last name}.pdf" (e.g. "Gebührenbescheid für
///   Müller.pdf") = [`born_digital_pdf`]`(&letter, 1)`.
pub fn legacy_encoded_mail_spec(seed: u64) -> MailSpec {
    let letter = Letter::sample(seed);
    let mut spec = MailSpec::from_letter(&letter, seed);
    spec.message_id = format!("<seed-{seed}-legacy@{}>", sender_domain(seed));
    spec.subject = latin1_safe(&letter.subject);
    spec.body_text = latin1_safe(&letter.text());
    let last_name = spec.from.0.split_whitespace().last().unwrap_or("Bürger");
    spec.attachments = vec![Attachment::new(
        &latin1_safe(&format!("Gebührenbescheid für {last_name}.pdf")),
        "application/pdf",
        born_digital_pdf(&letter, 1),
    )];
    spec
}

/// A mail as Outlook Express / old Thunderbird wrote it, content as in
/// [`legacy_encoded_mail_spec`]`(seed)`:
///
/// - `From:` display name and `Subject:` RFC 2047 encoded in ISO-8859-1
///   (`=?ISO-8859-1?Q?Widerspruch_gegen_den_Geb=FChrenbescheid...?=`), the subject split into
///   several encoded words on folded lines (whitespace between them must be dropped when
///   decoding);
/// - `multipart/mixed` with a preamble; body `text/plain; charset="iso-8859-1"`,
///   `Content-Transfer-Encoding: quoted-printable` (soft line breaks, `=FC` etc.);
/// - the PDF attachment's name as RFC 2231 continuation with charset, in both
///   `Content-Type: application/pdf; name*0*=ISO-8859-1''Geb%FChrenbes...; name*1*=...;
///   name*2*=...` and `Content-Disposition: attachment; filename*0*=...; filename*1*=...;
///   filename*2*=...`, three sections each; base64 body in 76-column lines.
pub fn legacy_encoded_mail(seed: u64) -> Vec<u8> {
    let spec = legacy_encoded_mail_spec(seed);
    let attachment = &spec.attachments[0];
    let boundary = format!(
        "----=_NextPart_000_{:04X}_01DA{:04X}.5E3F1A20",
        seed % 0x10000,
        (seed * 31) % 0x10000
    );
    let name_latin1 = to_latin1(&attachment.name);
    let (to_name, to_address) = &spec.to[0];

    let mut out = String::new();
    out.push_str(&format!(
        "From: {} <{}>\r\n",
        q_encoded_words(&to_latin1(&spec.from.0), "ISO-8859-1"),
        spec.from.1
    ));
    out.push_str(&format!(
        "To: {} <{to_address}>\r\n",
        q_encoded_words(&to_latin1(to_name), "ISO-8859-1")
    ));
    out.push_str(&format!(
        "Subject: {}\r\n",
        q_encoded_words(&to_latin1(&spec.subject), "ISO-8859-1")
    ));
    out.push_str(&format!("Date: {}\r\n", spec.date));
    out.push_str(&format!("Message-ID: {}\r\n", spec.message_id));
    out.push_str("MIME-Version: 1.0\r\n");
    out.push_str(&format!(
        "Content-Type: multipart/mixed;\r\n\tboundary=\"{boundary}\"\r\n"
    ));
    out.push_str("X-Priority: 3\r\nX-Mailer: Microsoft Outlook Express 6.00.2900.5931\r\n");
    out.push_str("\r\nThis is a multi-part message in MIME format.\r\n\r\n");

    out.push_str(&format!("--{boundary}\r\n"));
    out.push_str("Content-Type: text/plain;\r\n\tcharset=\"iso-8859-1\"\r\n");
    out.push_str("Content-Transfer-Encoding: quoted-printable\r\n\r\n");
    out.push_str(&quoted_printable(&to_latin1(&spec.body_text)));
    // This CRLF belongs to the boundary delimiter, so the body decodes exactly to `body_text`.
    out.push_str("\r\n");

    out.push_str(&format!("--{boundary}\r\n"));
    out.push_str(&format!(
        "Content-Type: {};\r\n\t{}\r\n",
        attachment.mime,
        rfc2231_continuation("name", &name_latin1, "ISO-8859-1", 3)
    ));
    out.push_str("Content-Transfer-Encoding: base64\r\n");
    out.push_str(&format!(
        "Content-Disposition: attachment;\r\n\t{}\r\n\r\n",
        rfc2231_continuation("filename", &name_latin1, "ISO-8859-1", 3)
    ));
    out.push_str(&base64_lines(&attachment.bytes));
    out.push_str(&format!("\r\n--{boundary}--\r\n"));
    out.into_bytes()
}
