//! Outlook `.msg` files (MS-OXMSG): an OLE compound file (read by `cfb`) whose streams hold
//! MAPI properties. Recognised by content: an OLE file with a property stream at its root;
//! other OLE files (old Word/Excel documents, installers) are not mail.
//!
//! Attached Outlook items are sub-storages read the same way (not re-parsed from bytes), so
//! a mail forwarded as an attachment inside a `.msg` keeps its header, text and attachments.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use super::mapi::{
    self, id, ptype, OutlookAttachment, OutlookMessage, Props, Value, ATTACH_EMBEDDED_MESSAGE,
};
use crate::stage::Reason;

const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const PROPERTIES: &str = "__properties_version1.0";
const EMBEDDED_MESSAGE: &str = "__substg1.0_3701000D";
/// Property stream headers: the top-level message, an attached message, anything else.
const ROOT_HEADER: usize = 32;
const EMBEDDED_HEADER: usize = 24;
const OTHER_HEADER: usize = 8;

type Compound<'a> = cfb::CompoundFile<Cursor<&'a [u8]>>;

/// Whether `bytes` are an OLE compound file (an Outlook message or some other Office file).
pub fn is_ole(bytes: &[u8]) -> bool {
    bytes.starts_with(&OLE_SIGNATURE)
}

/// Whether `bytes` are an Outlook message (an OLE file with a property stream at its root).
pub fn is_outlook_message(bytes: &[u8]) -> bool {
    is_ole(bytes)
        && cfb::CompoundFile::open(Cursor::new(bytes))
            .is_ok_and(|f| f.is_stream(Path::new("/").join(PROPERTIES)))
}

/// Reads an Outlook message.
pub fn read(bytes: &[u8]) -> Result<OutlookMessage, Reason> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| Reason::Corrupt {
        format: "Outlook",
        detail: e.to_string(),
    })?;
    if !file.is_stream(Path::new("/").join(PROPERTIES)) {
        return Err(Reason::UnsupportedType {
            detected: crate::model::MediaType::describe_unsupported(bytes),
        });
    }
    read_message(&mut file, Path::new("/"), ROOT_HEADER, 0)
}

fn read_message(
    file: &mut Compound<'_>,
    dir: &Path,
    header_len: usize,
    depth: usize,
) -> Result<OutlookMessage, Reason> {
    let mut props = read_props(file, dir, header_len, None)?;
    props.code_page = props.declared_code_page();
    let code_page = props.code_page;
    let mut recipients = Vec::new();
    let mut attachments = Vec::new();
    for (name, path) in children(file, dir, |e| e.is_storage()) {
        if name.starts_with("__recip_version1.0_") {
            recipients.push(read_props(file, &path, OTHER_HEADER, code_page)?);
        } else if name.starts_with("__attach_version1.0_") {
            if let Some(a) = read_attachment(file, &path, code_page, depth)? {
                attachments.push(a);
            }
        }
    }
    let mut message = mapi::message_of(&props, &recipients);
    message.attachments = attachments;
    Ok(message)
}

fn read_attachment(
    file: &mut Compound<'_>,
    dir: &Path,
    code_page: Option<u16>,
    depth: usize,
) -> Result<Option<OutlookAttachment>, Reason> {
    let props = read_props(file, dir, OTHER_HEADER, code_page)?;
    let inner = dir.join(EMBEDDED_MESSAGE);
    if props.int(id::ATTACH_METHOD) == Some(ATTACH_EMBEDDED_MESSAGE) && file.is_storage(&inner) {
        if depth >= super::MAX_DEPTH {
            return Ok(None);
        }
        let message = read_message(file, &inner, EMBEDDED_HEADER, depth + 1)?;
        return Ok(Some(OutlookAttachment::Message(Box::new(message))));
    }
    // Attachments without data (links, OLE objects drawn in the text) stay in the original.
    let Some(bytes) = props.binary(id::ATTACH_DATA) else {
        return Ok(None);
    };
    let name = mapi::attachment_name(&props).map(|n| match props.text(id::ATTACH_EXTENSION) {
        Some(ext) if !n.contains('.') => format!("{n}{ext}"),
        _ => n,
    });
    Ok(Some(OutlookAttachment::File {
        name,
        mime: props.text(id::ATTACH_MIME_TAG),
        bytes: bytes.to_vec(),
    }))
}

/// The properties stored in storage `dir`: fixed-size ones in its property stream, the others
/// in streams named `__substg1.0_IIIITTTT` (property id, type).
fn read_props(
    file: &mut Compound<'_>,
    dir: &Path,
    header_len: usize,
    code_page: Option<u16>,
) -> Result<Props, Reason> {
    let mut props = Props::default();
    props.code_page = code_page;
    let fixed = read_stream(file, &dir.join(PROPERTIES))?;
    for entry in fixed.get(header_len..).unwrap_or_default().chunks_exact(16) {
        let kind = u16::from_le_bytes([entry[0], entry[1]]);
        let pid = u16::from_le_bytes([entry[2], entry[3]]);
        let v = &entry[8..16];
        let value = match kind {
            ptype::SHORT => Value::Int(i16::from_le_bytes([v[0], v[1]]).into()),
            ptype::LONG => Value::Int(i32::from_le_bytes([v[0], v[1], v[2], v[3]]).into()),
            ptype::BOOLEAN => Value::Int(i64::from(v[0] != 0)),
            ptype::TIME => Value::Time(u64::from_le_bytes(v.try_into().expect("8 bytes"))),
            _ => continue,
        };
        props.insert(pid, value);
    }
    let streams = children(file, dir, |e| {
        e.is_stream() && e.name().starts_with("__substg1.0_")
    });
    for (name, path) in streams {
        let tag = &name["__substg1.0_".len()..];
        let (Some(pid), Some(kind)) = (
            tag.get(..4).and_then(|t| u16::from_str_radix(t, 16).ok()),
            tag.get(4..8).and_then(|t| u16::from_str_radix(t, 16).ok()),
        ) else {
            continue;
        };
        let value = match kind {
            ptype::UNICODE => {
                let bytes = read_stream(file, &path)?;
                let units: Vec<u16> = bytes
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .collect();
                Value::Unicode(String::from_utf16_lossy(&units))
            }
            ptype::STRING8 => Value::String8(read_stream(file, &path)?),
            ptype::BINARY => Value::Binary(read_stream(file, &path)?),
            // Multi-valued and other properties carry nothing a clerk reads.
            _ => continue,
        };
        props.insert(pid, value);
    }
    Ok(props)
}

/// The entries directly inside `dir` that `keep` selects, in name order.
fn children(
    file: &Compound<'_>,
    dir: &Path,
    keep: impl Fn(&cfb::Entry) -> bool,
) -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = match file.read_storage(dir) {
        Ok(entries) => entries
            .filter(|e| keep(e))
            .map(|e| (e.name().to_string(), e.path().to_path_buf()))
            .collect(),
        Err(_) => Vec::new(),
    };
    out.sort();
    out
}

/// A stream's bytes; a missing stream is empty (Outlook leaves out what it has no value for).
fn read_stream(file: &mut Compound<'_>, path: &Path) -> Result<Vec<u8>, Reason> {
    if !file.is_stream(path) {
        return Ok(Vec::new());
    }
    let corrupt = |e: std::io::Error| Reason::Corrupt {
        format: "Outlook",
        detail: format!("{}: {e}", path.display()),
    };
    let mut stream = file.open_stream(path).map_err(corrupt)?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).map_err(corrupt)?;
    Ok(bytes)
}
