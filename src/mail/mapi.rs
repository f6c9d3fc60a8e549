//! MAPI properties: what Outlook's own formats (`.msg` files, TNEF `winmail.dat`) store a mail
//! as. Both readers ([`super::msg`], [`super::tnef`]) collect properties into [`Props`]; this
//! module turns them into an [`OutlookMessage`] the mail module unpacks like any mail.
//!
//! Texts come in three forms: UTF-16 (`PT_UNICODE`), 8-bit in the message's code page
//! (`PT_STRING8`, common in German mails from older Outlook: windows-1252), and binary (HTML
//! bodies). The body is taken as plain text when present, else HTML reduced to text, else the
//! compressed RTF body decompressed and reduced to text.

use std::collections::HashMap;

use crate::model::MailHeader;
use crate::model::Timestamp;

/// Property identifiers (MS-OXPROPS) this reader uses.
pub(super) mod id {
    pub const SUBJECT: u16 = 0x0037;
    pub const CLIENT_SUBMIT_TIME: u16 = 0x0039;
    pub const SENT_REPRESENTING_NAME: u16 = 0x0042;
    pub const SENT_REPRESENTING_EMAIL: u16 = 0x0065;
    pub const TRANSPORT_HEADERS: u16 = 0x007D;
    pub const RECIPIENT_TYPE: u16 = 0x0C15;
    pub const SENDER_NAME: u16 = 0x0C1A;
    pub const SENDER_EMAIL: u16 = 0x0C1F;
    pub const DISPLAY_CC: u16 = 0x0E03;
    pub const DISPLAY_TO: u16 = 0x0E04;
    pub const DELIVERY_TIME: u16 = 0x0E06;
    pub const BODY: u16 = 0x1000;
    pub const RTF_COMPRESSED: u16 = 0x1009;
    pub const HTML: u16 = 0x1013;
    pub const INTERNET_MESSAGE_ID: u16 = 0x1035;
    pub const DISPLAY_NAME: u16 = 0x3001;
    pub const EMAIL_ADDRESS: u16 = 0x3003;
    pub const ATTACH_DATA: u16 = 0x3701;
    pub const ATTACH_EXTENSION: u16 = 0x3703;
    pub const ATTACH_FILENAME: u16 = 0x3704;
    pub const ATTACH_METHOD: u16 = 0x3705;
    pub const ATTACH_LONG_FILENAME: u16 = 0x3707;
    pub const ATTACH_MIME_TAG: u16 = 0x370E;
    pub const SMTP_ADDRESS: u16 = 0x39FE;
    pub const INTERNET_CPID: u16 = 0x3FDE;
    pub const MESSAGE_CODEPAGE: u16 = 0x3FFD;
    pub const SENDER_SMTP: u16 = 0x5D01;
}

/// Property types (MS-OXCDATA 2.11.1) as far as they matter here.
pub(super) mod ptype {
    pub const SHORT: u16 = 0x0002;
    pub const LONG: u16 = 0x0003;
    pub const BOOLEAN: u16 = 0x000B;
    pub const OBJECT: u16 = 0x000D;
    pub const STRING8: u16 = 0x001E;
    pub const UNICODE: u16 = 0x001F;
    pub const TIME: u16 = 0x0040;
    pub const BINARY: u16 = 0x0102;
}

/// `PR_ATTACH_METHOD` of an attached Outlook item (a mail inside the mail).
pub(super) const ATTACH_EMBEDDED_MESSAGE: i64 = 5;

/// One property value.
#[derive(Debug, Clone)]
pub(super) enum Value {
    /// 8-bit text in the message's code page.
    String8(Vec<u8>),
    Unicode(String),
    Binary(Vec<u8>),
    Int(i64),
    /// FILETIME: 100 ns since 1601-01-01 UTC.
    Time(u64),
}

/// The properties of one message, recipient or attachment.
#[derive(Debug, Default, Clone)]
pub(super) struct Props {
    values: HashMap<u16, Value>,
    /// Code page of `PT_STRING8` values (from the message; windows-1252 when unknown).
    pub code_page: Option<u16>,
}

impl Props {
    pub fn insert(&mut self, id: u16, value: Value) {
        self.values.entry(id).or_insert(value);
    }

    /// Adds the values of `other` this set has no value for.
    pub fn fill_from(&mut self, other: Props) {
        for (id, value) in other.values {
            self.insert(id, value);
        }
    }

    pub fn text(&self, id: u16) -> Option<String> {
        let text = match self.values.get(&id)? {
            Value::Unicode(s) => s.clone(),
            Value::String8(b) => decode_8bit(b, self.code_page),
            _ => return None,
        };
        let text = text.trim_end_matches('\0').trim().to_string();
        (!text.is_empty()).then_some(text)
    }

    pub fn binary(&self, id: u16) -> Option<&[u8]> {
        match self.values.get(&id)? {
            Value::Binary(b) | Value::String8(b) => Some(b),
            _ => None,
        }
    }

    pub fn int(&self, id: u16) -> Option<i64> {
        match self.values.get(&id)? {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }

    pub fn time(&self, id: u16) -> Option<Timestamp> {
        const UNIX_EPOCH_AS_FILETIME: u64 = 116_444_736_000_000_000;
        match self.values.get(&id)? {
            Value::Time(ft) if *ft > UNIX_EPOCH_AS_FILETIME => {
                let secs = (ft - UNIX_EPOCH_AS_FILETIME) / 10_000_000;
                Timestamp::from_second(i64::try_from(secs).ok()?).ok()
            }
            _ => None,
        }
    }

    /// The code page a message declares for its 8-bit texts (the Internet code page is the
    /// HTML body's, and the texts' only when nothing else is said).
    pub fn declared_code_page(&self) -> Option<u16> {
        [id::MESSAGE_CODEPAGE, id::INTERNET_CPID]
            .into_iter()
            .find_map(|i| self.int(i))
            .and_then(|cp| u16::try_from(cp).ok())
    }
}

fn decode_8bit(bytes: &[u8], code_page: Option<u16>) -> String {
    let encoding = code_page
        .and_then(codepage::to_encoding)
        .unwrap_or(encoding_rs::WINDOWS_1252);
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// A mail as Outlook stored it.
#[derive(Debug, Default)]
pub struct OutlookMessage {
    pub header: MailHeader,
    pub body: String,
    pub attachments: Vec<OutlookAttachment>,
}

/// An attachment: a file, or an Outlook item (a mail) attached to the mail.
#[derive(Debug)]
pub enum OutlookAttachment {
    File {
        name: Option<String>,
        mime: Option<String>,
        bytes: Vec<u8>,
    },
    Message(Box<OutlookMessage>),
}

/// The header and body of a message from its properties and its recipients' properties.
pub(super) fn message_of(props: &Props, recipients: &[Props]) -> OutlookMessage {
    let transport = props
        .text(id::TRANSPORT_HEADERS)
        .and_then(|h| transport_header(&h));
    let address = |name: Option<String>, email: Option<String>| {
        let email = email.filter(|e| e.contains('@'));
        match (name, email) {
            (Some(n), Some(e)) if n != e => Some(format!("{n} <{e}>")),
            (_, Some(e)) => Some(e),
            (Some(n), None) => Some(n),
            (None, None) => None,
        }
    };
    let from = address(
        props
            .text(id::SENDER_NAME)
            .or_else(|| props.text(id::SENT_REPRESENTING_NAME)),
        props
            .text(id::SENDER_SMTP)
            .or_else(|| props.text(id::SENDER_EMAIL))
            .or_else(|| props.text(id::SENT_REPRESENTING_EMAIL)),
    );
    let listed = |kind: i64| {
        let list: Vec<String> = recipients
            .iter()
            .filter(|r| r.int(id::RECIPIENT_TYPE).unwrap_or(1) == kind)
            .filter_map(|r| {
                address(
                    r.text(id::DISPLAY_NAME),
                    r.text(id::SMTP_ADDRESS)
                        .or_else(|| r.text(id::EMAIL_ADDRESS)),
                )
            })
            .collect();
        (!list.is_empty()).then(|| list.join(", "))
    };
    let t = transport.as_ref();
    let header = MailHeader {
        message_id: props
            .text(id::INTERNET_MESSAGE_ID)
            .or_else(|| t.and_then(|h| h.message_id.clone())),
        subject: props
            .text(id::SUBJECT)
            .or_else(|| t.and_then(|h| h.subject.clone())),
        from: from.or_else(|| t.and_then(|h| h.from.clone())),
        to: listed(1)
            .or_else(|| props.text(id::DISPLAY_TO))
            .or_else(|| t.and_then(|h| h.to.clone())),
        cc: listed(2)
            .or_else(|| props.text(id::DISPLAY_CC))
            .or_else(|| t.and_then(|h| h.cc.clone())),
        sent_at: props
            .time(id::CLIENT_SUBMIT_TIME)
            .or_else(|| t.and_then(|h| h.sent_at))
            .or_else(|| props.time(id::DELIVERY_TIME)),
    };
    OutlookMessage {
        header,
        body: body_of(props),
        attachments: Vec::new(),
    }
}

/// The header of the transport headers (the SMTP headers Outlook kept), read as a mail.
fn transport_header(headers: &str) -> Option<MailHeader> {
    let mut raw = headers.trim_end().to_string();
    raw.push_str("\r\n\r\n");
    let message = mail_parser::MessageParser::default().parse(raw.as_bytes())?;
    Some(super::header_of(&message))
}

/// Plain text, else HTML, else RTF: what the mail says.
fn body_of(props: &Props) -> String {
    if let Some(text) = props.text(id::BODY) {
        return text;
    }
    if let Some(html) = props.binary(id::HTML) {
        let cp = props
            .int(id::INTERNET_CPID)
            .and_then(|c| u16::try_from(c).ok());
        let html = decode_8bit(html, cp.or(props.code_page).or(Some(65001)));
        return mail_parser::decoders::html::html_to_text(&html);
    }
    props
        .binary(id::RTF_COMPRESSED)
        .and_then(rtf_text)
        .unwrap_or_default()
}

/// The text of a compressed RTF body (MS-OXRTFCP). RTF that wraps HTML (`\fromhtml1`)
/// yields the HTML's text.
pub(super) fn rtf_text(compressed: &[u8]) -> Option<String> {
    // The decompressor trusts its 16-byte header: it indexes the header, slices the claimed
    // size of an uncompressed body, and reserves the claimed size before decompressing.
    // LZ references of 2 bytes give at most 17, so more than 9x the input is a lie.
    let word = |at: usize| {
        compressed
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize)
    };
    let (raw_size, kind) = (word(4)?, word(8)?);
    const UNCOMPRESSED: usize = 0x414C_454D; // "MELA"
    let body = compressed.len() - 16;
    if (kind == UNCOMPRESSED && raw_size > body) || raw_size > body * 9 + 4096 {
        return None;
    }
    let rtf = compressed_rtf::decompress_rtf(compressed).ok()?;
    let text = super::rtf::rtf_to_text(&rtf)?;
    (!text.is_empty()).then_some(text)
}

/// The name an attachment is shown with: long name, short name, display name.
pub(super) fn attachment_name(props: &Props) -> Option<String> {
    props
        .text(id::ATTACH_LONG_FILENAME)
        .or_else(|| props.text(id::ATTACH_FILENAME))
        .or_else(|| props.text(id::DISPLAY_NAME))
}
