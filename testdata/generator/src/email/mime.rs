//! [`MailSpec`] → MIME tree → RFC 5322 bytes, via `mail-builder` with fixed boundaries.

use super::encode::b_encoded_words_utf8;
use super::{strip_angle_brackets, Attachment, MailSpec};
use mail_builder::headers::address::Address;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::{BodyPart, MimePart};
use mail_builder::MessageBuilder;

/// How non-ASCII attachment names are written in the MIME headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FilenameStyle {
    /// Standard RFC 2231: `Content-Disposition: attachment; filename*=UTF-8''Pr%C3%BCfung.pdf`
    /// (long names continued as `filename*0*=`, `filename*1*=`, ...), and the same for the
    /// Content-Type `name` parameter. ASCII names are plain quoted strings.
    #[default]
    Rfc2231,
    /// What Outlook and many webmailers write: RFC 2047 encoded words inside the quoted value,
    /// `filename="=?UTF-8?B?...?="` and `name="=?UTF-8?B?...?="` (not standard, but ubiquitous).
    Rfc2047Quoted,
}

/// Renders `spec` (see [`MailSpec::to_eml`]).
///
/// Structure, from the outside in: `multipart/mixed` (only if there are attachments) holding
/// the body and then the attachments; the body is `text/plain`, `text/html`, or
/// `multipart/alternative` (text, html); inline parts with a Content-ID wrap the HTML in
/// `multipart/related` (html, inline parts...). Without an HTML body, inline parts are put into
/// the `multipart/mixed` with `Content-Disposition: inline`.
pub(crate) fn render(spec: &MailSpec, style: FilenameStyle) -> Vec<u8> {
    let mut boundaries = Boundaries::new(&spec.message_id);
    let mut builder = MessageBuilder::new()
        .from(address(&spec.from))
        .to(address_list(&spec.to));
    if !spec.cc.is_empty() {
        builder = builder.cc(address_list(&spec.cc));
    }
    builder
        .subject(spec.subject.as_str())
        .header("Date", Raw::new(spec.date.as_str()))
        .message_id(strip_angle_brackets(&spec.message_id))
        .body(body(spec, style, &mut boundaries))
        .write_to_vec()
        .expect("writing into memory cannot fail")
}

fn address((name, email): &(String, String)) -> Address<'_> {
    let name = (!name.is_empty()).then_some(name.as_str());
    Address::new_address(name, email.as_str())
}

fn address_list(list: &[(String, String)]) -> Address<'_> {
    match list {
        [single] => address(single),
        _ => Address::new_list(list.iter().map(address).collect()),
    }
}

fn body<'a>(spec: &'a MailSpec, style: FilenameStyle, boundaries: &mut Boundaries) -> MimePart<'a> {
    let has_html = spec.body_html.is_some();
    let (related, mixed): (Vec<&Attachment>, Vec<&Attachment>) = spec
        .attachments
        .iter()
        .partition(|a| has_html && a.inline && a.content_id.is_some());

    let text = (!spec.body_text.is_empty() || !has_html)
        .then(|| MimePart::new("text/plain", spec.body_text.as_str()));
    let html = spec.body_html.as_deref().map(|html| {
        let html_part = MimePart::new("text/html", html);
        if related.is_empty() {
            html_part
        } else {
            let mut parts = vec![html_part];
            parts.extend(related.iter().map(|a| attachment_part(a, style)));
            multipart("multipart/related", parts, boundaries)
        }
    });
    let main = match (text, html) {
        (Some(text), Some(html)) => {
            multipart("multipart/alternative", vec![text, html], boundaries)
        }
        (Some(text), None) => text,
        (None, Some(html)) => html,
        (None, None) => unreachable!("text is set whenever html is not"),
    };
    if mixed.is_empty() {
        return main;
    }
    let mut parts = vec![main];
    parts.extend(mixed.iter().map(|a| attachment_part(a, style)));
    multipart("multipart/mixed", parts, boundaries)
}

fn multipart<'a>(
    mime: &'static str,
    parts: Vec<MimePart<'a>>,
    boundaries: &mut Boundaries,
) -> MimePart<'a> {
    let content_type = ContentType::new(mime).attribute("boundary", boundaries.next());
    MimePart::new(content_type, BodyPart::Multipart(parts))
}

fn attachment_part(attachment: &Attachment, style: FilenameStyle) -> MimePart<'_> {
    let name = attachment.name.as_str();
    let disposition = if attachment.inline {
        "inline"
    } else {
        "attachment"
    };
    let is_message = attachment.mime.eq_ignore_ascii_case("message/rfc822");
    let mut part = if style == FilenameStyle::Rfc2047Quoted && !name.is_ascii() {
        let encoded = b_encoded_words_utf8(name);
        MimePart::raw(BodyPart::Binary(attachment.bytes.as_slice().into()))
            .header(
                "Content-Type",
                Raw::new(format!("{}; name=\"{encoded}\"", attachment.mime)),
            )
            .header(
                "Content-Disposition",
                Raw::new(format!("{disposition}; filename=\"{encoded}\"")),
            )
    } else {
        let content_type = ContentType::new(attachment.mime.as_str()).attribute("name", name);
        MimePart::new(
            content_type,
            BodyPart::Binary(attachment.bytes.as_slice().into()),
        )
        .header(
            "Content-Disposition",
            ContentType::new(disposition).attribute("filename", name),
        )
    };
    if let Some(cid) = &attachment.content_id {
        part = part.cid(strip_angle_brackets(cid));
    }
    if is_message {
        // RFC 2046 §5.2.1: message/rfc822 must not be base64/QP encoded; write it verbatim.
        let encoding = if attachment.bytes.is_ascii() {
            "7bit"
        } else {
            "8bit"
        };
        part = part.transfer_encoding(encoding);
    }
    part
}

/// MIME boundaries derived from the Message-ID: `=_mailroom_<hash>_<n>`. The `=_` can never
/// occur in base64 or quoted-printable content, so the boundaries cannot clash with it.
struct Boundaries {
    hash: u64,
    next: u32,
}

impl Boundaries {
    fn new(message_id: &str) -> Self {
        // FNV-1a, 64 bit.
        let hash = message_id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        Boundaries { hash, next: 0 }
    }

    fn next(&mut self) -> String {
        self.next += 1;
        format!("=_mailroom_{:016x}_{}", self.hash, self.next)
    }
}
