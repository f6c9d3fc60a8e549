//! TNEF (`winmail.dat`, `application/ms-tnef`, MS-OXTNEF): how Outlook and Exchange wrap a
//! mail's formatted body and attachments for other mail programs. A stream of attributes
//! (message level, then one group per attachment), several of them lists of MAPI properties.
//!
//! Read by our own code: the `tnef` crate stops at attribute ids it does not know and loses
//! the attachments of most real files (3 of 10 public samples fail, 5 yield no attachment),
//! and the C library `libytnef` is GPL. Reading is lenient: a truncated or unknown tail ends
//! the stream, and what was read until then is kept.

use super::mapi::{self, id, ptype, OutlookAttachment, OutlookMessage, Props, Value};
use crate::stage::Reason;

const SIGNATURE: [u8; 4] = [0x78, 0x9F, 0x3E, 0x22];
/// `IID_IMessage`: an attached Outlook item, itself TNEF-encoded.
const IID_IMESSAGE: [u8; 16] = [
    0x07, 0x03, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46,
];

/// Attribute ids (the low word; the high word repeats the type).
mod att {
    pub const SUBJECT: u16 = 0x8004;
    pub const MESSAGE_ID: u16 = 0x8009;
    pub const BODY: u16 = 0x800C;
    pub const ATTACH_DATA: u16 = 0x800F;
    pub const ATTACH_TITLE: u16 = 0x8010;
    pub const ATTACH_REND_DATA: u16 = 0x9002;
    pub const MSG_PROPS: u16 = 0x9003;
    pub const RECIP_TABLE: u16 = 0x9004;
    pub const ATTACHMENT: u16 = 0x9005;
    pub const OEM_CODEPAGE: u16 = 0x9007;
}

/// Whether `bytes` are a TNEF stream.
pub fn is_tnef(bytes: &[u8]) -> bool {
    bytes.starts_with(&SIGNATURE)
}

/// Reads a TNEF stream: the message's header and body (when it has them) and its attachments.
pub fn read(bytes: &[u8]) -> Result<OutlookMessage, Reason> {
    read_nested(bytes, 0)
}

#[derive(Default)]
struct PendingAttachment {
    title: Option<Vec<u8>>,
    data: Option<Vec<u8>>,
    props: Props,
}

fn read_nested(bytes: &[u8], depth: usize) -> Result<OutlookMessage, Reason> {
    if !is_tnef(bytes) || bytes.len() < 6 {
        return Err(Reason::Corrupt {
            format: "TNEF",
            detail: "no TNEF signature".into(),
        });
    }
    let mut r = Reader(&bytes[6..]);
    let mut props = Props::default();
    let mut legacy = Props::default();
    let mut recipients = Vec::new();
    let mut pending: Vec<PendingAttachment> = Vec::new();
    let mut code_page = None;
    while let Some((level, attr, data)) = r.attribute() {
        let attr = (attr & 0xFFFF) as u16;
        let mut d = Reader(data);
        match (level, attr) {
            (_, att::OEM_CODEPAGE) => code_page = d.u32().and_then(|c| u16::try_from(c).ok()),
            (1, att::SUBJECT) => legacy.insert(id::SUBJECT, Value::String8(data.to_vec())),
            (1, att::MESSAGE_ID) => {
                legacy.insert(id::INTERNET_MESSAGE_ID, Value::String8(data.to_vec()))
            }
            (1, att::BODY) => legacy.insert(id::BODY, Value::String8(data.to_vec())),
            (1, att::MSG_PROPS) => props = d.prop_list(),
            (1, att::RECIP_TABLE) => {
                let rows = d.u32().unwrap_or(0);
                for _ in 0..rows.min(10_000) {
                    recipients.push(d.prop_list());
                }
            }
            (2, att::ATTACH_REND_DATA) => pending.push(PendingAttachment::default()),
            (2, att::ATTACH_TITLE) => current(&mut pending).title = Some(data.to_vec()),
            (2, att::ATTACH_DATA) => current(&mut pending).data = Some(data.to_vec()),
            (2, att::ATTACHMENT) => current(&mut pending).props = d.prop_list(),
            _ => {}
        }
    }
    let code_page = props.declared_code_page().or(code_page);
    props.code_page = code_page;
    props.fill_from(legacy);
    for r in &mut recipients {
        r.code_page = code_page;
    }
    let mut message = mapi::message_of(&props, &recipients);
    for a in pending {
        if let Some(a) = attachment_of(a, code_page, depth) {
            message.attachments.push(a);
        }
    }
    Ok(message)
}

fn current(pending: &mut Vec<PendingAttachment>) -> &mut PendingAttachment {
    if pending.is_empty() {
        pending.push(PendingAttachment::default());
    }
    pending.last_mut().expect("not empty")
}

fn attachment_of(
    mut a: PendingAttachment,
    code_page: Option<u16>,
    depth: usize,
) -> Option<OutlookAttachment> {
    a.props.code_page = code_page;
    if let Some(title) = a.title.take() {
        a.props.fill_from({
            let mut p = Props::default();
            p.insert(id::ATTACH_FILENAME, Value::String8(title));
            p
        });
    }
    // The data is in the legacy attribute, or in the properties (as bytes or as an object
    // after its interface id; an attached Outlook item is a TNEF stream of its own).
    // An attached Outlook item's legacy data is only a placeholder.
    let embedded = a.props.int(id::ATTACH_METHOD) == Some(mapi::ATTACH_EMBEDDED_MESSAGE);
    let from_props = a.props.binary(id::ATTACH_DATA).map(<[u8]>::to_vec);
    let data = match (a.data.take().filter(|d| !d.is_empty()), from_props) {
        (_, Some(p)) if embedded => p,
        (Some(d), _) => d,
        (None, Some(p)) => p,
        // An empty file is still an attachment the sender sent.
        (None, None) => Vec::new(),
    };
    if let Some(inner) = data.strip_prefix(&IID_IMESSAGE) {
        if depth < super::MAX_DEPTH {
            if let Ok(m) = read_nested(inner, depth + 1) {
                return Some(OutlookAttachment::Message(Box::new(m)));
            }
        }
    }
    Some(OutlookAttachment::File {
        name: mapi::attachment_name(&a.props),
        mime: a.props.text(id::ATTACH_MIME_TAG),
        bytes: data,
    })
}

/// A bounds-checked little-endian reader.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Some(head)
    }

    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")))
    }

    fn u64(&mut self) -> Option<u64> {
        self.take(8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes")))
    }

    /// One attribute: level, id, data (the checksum is not checked: a wrong one does not make
    /// the content less readable).
    fn attribute(&mut self) -> Option<(u8, u32, &'a [u8])> {
        let level = *self.take(1)?.first()?;
        let attr = self.u32()?;
        let len = self.u32()? as usize;
        let data = self.take(len)?;
        self.take(2)?;
        Some((level, attr, data))
    }

    /// A variable-length value padded to four bytes.
    fn padded(&mut self) -> Option<&'a [u8]> {
        let len = self.u32()? as usize;
        let data = self.take(len)?;
        self.take((4 - len % 4) % 4)?;
        Some(data)
    }

    /// A list of MAPI properties (MS-OXTNEF 2.1.3.4): what cannot be read ends the list.
    fn prop_list(&mut self) -> Props {
        let mut props = Props::default();
        let Some(count) = self.u32() else {
            return props;
        };
        for _ in 0..count.min(100_000) {
            if self.property(&mut props).is_none() {
                break;
            }
        }
        props
    }

    fn property(&mut self, props: &mut Props) -> Option<()> {
        let tag = self.u32()?;
        let (kind, pid) = ((tag & 0xFFFF) as u16, (tag >> 16) as u16);
        if pid >= 0x8000 {
            // Named property: GUID, then a number or a name.
            self.take(16)?;
            if self.u32()? == 0 {
                self.take(4)?;
            } else {
                self.padded()?;
            }
        }
        let multi = kind & 0x1000 != 0;
        let base = kind & 0x0FFF;
        let variable = matches!(
            base,
            ptype::STRING8 | ptype::UNICODE | ptype::BINARY | ptype::OBJECT
        );
        let values = if multi || variable { self.u32()? } else { 1 };
        for i in 0..values.min(100_000) {
            let value = match base {
                ptype::SHORT => {
                    let b = self.take(4)?;
                    Some(Value::Int(i16::from_le_bytes([b[0], b[1]]).into()))
                }
                ptype::LONG => Some(Value::Int(
                    i32::from_le_bytes(self.take(4)?.try_into().ok()?).into(),
                )),
                ptype::BOOLEAN => Some(Value::Int(i64::from(self.u32()? != 0))),
                // float, error code
                0x0004 | 0x000A => self.take(4).map(|_| None)?,
                // double, currency, application time, 64-bit integer
                0x0005..=0x0007 | 0x0014 => self.take(8).map(|_| None)?,
                ptype::TIME => Some(Value::Time(self.u64()?)),
                // CLSID
                0x0048 => self.take(16).map(|_| None)?,
                ptype::STRING8 => Some(Value::String8(self.padded()?.to_vec())),
                ptype::UNICODE => {
                    let units: Vec<u16> = self
                        .padded()?
                        .chunks_exact(2)
                        .map(|c| u16::from_le_bytes([c[0], c[1]]))
                        .collect();
                    Some(Value::Unicode(String::from_utf16_lossy(&units)))
                }
                ptype::BINARY => Some(Value::Binary(self.padded()?.to_vec())),
                // An object starts with its interface id; an attached Outlook item keeps it
                // (see `attachment_of`), other objects are their bytes.
                ptype::OBJECT => {
                    let data = self.padded()?;
                    let bytes = match data.get(16..) {
                        Some(rest) if !data.starts_with(&IID_IMESSAGE) => rest,
                        _ => data,
                    };
                    Some(Value::Binary(bytes.to_vec()))
                }
                _ => return None,
            };
            if let (0, false, Some(v)) = (i, multi, value) {
                props.insert(pid, v);
            }
        }
        Some(())
    }
}
