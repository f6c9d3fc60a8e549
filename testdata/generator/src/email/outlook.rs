//! Outlook's own formats as staff and mail servers hand them over:
//!
//! - `.msg` files (MS-OXMSG): an OLE compound file (written with `cfb`) whose streams hold the
//!   MAPI properties of the mail, its recipients and attachments; attached Outlook items are
//!   sub-storages. Texts as UTF-16 (Outlook 2003 and later) or as 8-bit windows-1252 (older
//!   Outlook, "ANSI" files); the body as plain text, HTML only, or compressed RTF only.
//! - TNEF (`winmail.dat`, MS-OXTNEF): the attribute stream Exchange attaches to mails for
//!   other mail programs, carrying the attachments and the formatted body.

use std::io::{Cursor, Write};

use super::date::unix_seconds;
use super::{sender_domain, Attachment, FilenameStyle, MailSpec};
use crate::{born_digital_pdf, Letter};

/// How the texts of a generated `.msg` are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MsgStrings {
    /// `PT_UNICODE` (UTF-16), as Outlook has written since 2003.
    Unicode,
    /// `PT_STRING8` in windows-1252, as older Outlook wrote German mail.
    Ansi,
}

/// Which body a generated `.msg` has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MsgBody {
    Plain,
    /// HTML only (`PR_HTML`, UTF-8).
    Html,
    /// Compressed RTF only (`PR_RTF_COMPRESSED`), as Outlook stores rich-text mails.
    Rtf,
}

/// Options for [`msg_of`].
#[derive(Debug, Clone)]
pub struct MsgStyle {
    pub strings: MsgStrings,
    pub body: MsgBody,
    /// Keep the SMTP headers (a received mail); without them, a mail saved from "Sent items".
    pub transport_headers: bool,
    /// Outlook items attached to the mail (each with its own attachments).
    pub embedded: Vec<MailSpec>,
}

impl Default for MsgStyle {
    fn default() -> Self {
        MsgStyle {
            strings: MsgStrings::Unicode,
            body: MsgBody::Plain,
            transport_headers: true,
            embedded: Vec::new(),
        }
    }
}

/// Name of the PDF attached to [`outlook_msg_spec`]'s mail.
pub const MSG_PDF_NAME: &str = "Widerspruch Gebührenbescheid.pdf";

/// A citizen mail as staff save it from Outlook: [`MailSpec::from_letter`] of
/// `Letter::sample(seed)` with [`MSG_PDF_NAME`] ([`born_digital_pdf`] of that letter) attached.
/// Message-ID `<seed-{seed}-msg@...>`.
pub fn outlook_msg_spec(seed: u64) -> MailSpec {
    let letter = Letter::sample(seed);
    let mut spec = MailSpec::from_letter(&letter, seed);
    spec.message_id = format!("<seed-{seed}-msg@{}>", sender_domain(seed));
    spec.attachments = vec![Attachment::new(
        MSG_PDF_NAME,
        "application/pdf",
        born_digital_pdf(&letter, 1),
    )];
    spec
}

/// `spec` as an Outlook `.msg` file. Inline attachments are written like the others.
pub fn msg_of(spec: &MailSpec, style: &MsgStyle) -> Vec<u8> {
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("in memory");
    // Named properties: none, but Outlook always writes the (empty) mapping.
    file.create_storage("/__nameid_version1.0").unwrap();
    for name in ["00020102", "00030102", "00040102"] {
        file.create_stream(format!("/__nameid_version1.0/__substg1.0_{name}"))
            .unwrap();
    }
    write_message(&mut file, "", spec, style, true);
    file.flush().unwrap();
    file.into_inner().into_inner()
}

type Compound = cfb::CompoundFile<Cursor<Vec<u8>>>;

fn write_message(file: &mut Compound, dir: &str, spec: &MailSpec, style: &MsgStyle, root: bool) {
    let mut p = Props::new(style.strings);
    p.text(0x001A, "IPM.Note");
    p.text(0x0037, &spec.subject);
    p.text(0x0C1A, &spec.from.0);
    p.text(0x0C1E, "SMTP");
    p.text(0x0C1F, &spec.from.1);
    p.text(0x5D01, &spec.from.1);
    let names: Vec<&str> = spec.to.iter().map(|(n, _)| n.as_str()).collect();
    p.text(0x0E04, &names.join("; "));
    p.text(0x1035, &spec.message_id);
    if let Some(secs) = unix_seconds(&spec.date) {
        let filetime = (secs as u64 + 11_644_473_600) * 10_000_000;
        p.fixed(0x0039, 0x0040, filetime);
    }
    if style.transport_headers {
        let headers = format!(
            "Received: from mx.{domain} by mail.kreis.test; {date}\r\nDate: {date}\r\n\
             Message-ID: {id}\r\nFrom: {addr}\r\nMIME-Version: 1.0\r\n",
            domain = sender_domain(0),
            date = spec.date,
            id = spec.message_id,
            addr = spec.from.1
        );
        p.text(0x007D, &headers);
    }
    match style.body {
        MsgBody::Plain => p.text(0x1000, &spec.body_text),
        MsgBody::Html => {
            let html = spec.body_html.clone().unwrap_or_else(|| {
                let paragraphs: Vec<String> = spec
                    .body_text
                    .split("\n\n")
                    .map(|para| format!("<p>{}</p>", para.replace('\n', "<br>")))
                    .collect();
                format!("<html><body>{}</body></html>", paragraphs.join("\n"))
            });
            p.binary(0x1013, html.into_bytes());
            p.fixed(0x3FDE, 0x0003, 65001);
        }
        MsgBody::Rtf => {
            let rtf = rtf_of(&spec.body_text);
            p.binary(
                0x1009,
                compressed_rtf::compress_rtf(&rtf).expect("ASCII RTF"),
            );
        }
    }
    if style.strings == MsgStrings::Ansi {
        p.fixed(0x3FFD, 0x0003, 1252);
    }
    let recipients: Vec<(&(String, String), u64)> = spec
        .to
        .iter()
        .map(|r| (r, 1))
        .chain(spec.cc.iter().map(|r| (r, 2)))
        .collect();
    let attachments = spec.attachments.len() + if root { style.embedded.len() } else { 0 };
    let counts = [recipients.len() as u32, attachments as u32];
    let header_len = if root { 32 } else { 24 };
    p.write(file, dir, header_len, counts);

    for (i, ((name, address), kind)) in recipients.into_iter().enumerate() {
        let mut r = Props::new(style.strings);
        r.text(0x3001, name);
        r.text(0x3002, "SMTP");
        r.text(0x3003, address);
        r.text(0x39FE, address);
        r.fixed(0x0C15, 0x0003, kind);
        r.fixed(0x3000, 0x0003, i as u64);
        r.write(
            file,
            &format!("{dir}/__recip_version1.0_#{i:08X}"),
            8,
            [0, 0],
        );
    }
    for (i, a) in spec.attachments.iter().enumerate() {
        let mut at = Props::new(style.strings);
        let ext = a.name.rfind('.').map_or("", |d| &a.name[d..]);
        at.text(0x3707, &a.name);
        at.text(0x3704, &short_name(&a.name));
        at.text(0x3001, &a.name);
        at.text(0x3703, ext);
        at.text(0x370E, &a.mime);
        at.binary(0x3701, a.bytes.clone());
        at.fixed(0x3705, 0x0003, 1);
        at.fixed(0x0E21, 0x0003, i as u64);
        at.write(
            file,
            &format!("{dir}/__attach_version1.0_#{i:08X}"),
            8,
            [0, 0],
        );
    }
    if !root {
        return;
    }
    for (j, inner) in style.embedded.iter().enumerate() {
        let i = spec.attachments.len() + j;
        let adir = format!("{dir}/__attach_version1.0_#{i:08X}");
        let mut at = Props::new(style.strings);
        at.text(0x3001, &inner.subject);
        at.fixed(0x3705, 0x0003, 5);
        at.fixed(0x0E21, 0x0003, i as u64);
        at.write(file, &adir, 8, [0, 0]);
        let inner_style = MsgStyle {
            embedded: Vec::new(),
            ..style.clone()
        };
        let mdir = format!("{adir}/__substg1.0_3701000D");
        write_message(file, &mdir, inner, &inner_style, false);
    }
}

/// The properties of one storage: fixed-size ones go into its property stream, the others
/// into streams of their own.
struct Props {
    strings: MsgStrings,
    fixed: Vec<[u8; 16]>,
    streams: Vec<(String, Vec<u8>)>,
}

impl Props {
    fn new(strings: MsgStrings) -> Self {
        Props {
            strings,
            fixed: Vec::new(),
            streams: Vec::new(),
        }
    }

    fn fixed(&mut self, id: u16, kind: u16, value: u64) {
        let mut e = [0u8; 16];
        e[..2].copy_from_slice(&kind.to_le_bytes());
        e[2..4].copy_from_slice(&id.to_le_bytes());
        e[4..8].copy_from_slice(&6u32.to_le_bytes()); // readable, writable
        e[8..].copy_from_slice(&value.to_le_bytes());
        self.fixed.push(e);
    }

    fn variable(&mut self, id: u16, kind: u16, data: Vec<u8>) {
        self.fixed(id, kind, data.len() as u64);
        self.streams
            .push((format!("__substg1.0_{id:04X}{kind:04X}"), data));
    }

    fn text(&mut self, id: u16, text: &str) {
        match self.strings {
            MsgStrings::Unicode => {
                let mut data: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
                data.extend([0, 0]);
                self.variable(id, 0x001F, data);
            }
            MsgStrings::Ansi => {
                let mut data = windows_1252(text);
                data.push(0);
                self.variable(id, 0x001E, data);
            }
        }
    }

    fn binary(&mut self, id: u16, data: Vec<u8>) {
        self.variable(id, 0x0102, data);
    }

    fn write(self, file: &mut Compound, dir: &str, header_len: usize, counts: [u32; 2]) {
        if !dir.is_empty() {
            file.create_storage(dir).unwrap();
        }
        let mut stream = vec![0u8; header_len];
        if header_len >= 24 {
            for (k, v) in [counts[0], counts[1], counts[0], counts[1]]
                .iter()
                .enumerate()
            {
                stream[8 + 4 * k..12 + 4 * k].copy_from_slice(&v.to_le_bytes());
            }
        }
        for e in &self.fixed {
            stream.extend_from_slice(e);
        }
        let mut s = file
            .create_stream(format!("{dir}/__properties_version1.0"))
            .unwrap();
        s.write_all(&stream).unwrap();
        for (name, data) in self.streams {
            let mut s = file.create_stream(format!("{dir}/{name}")).unwrap();
            s.write_all(&data).unwrap();
        }
    }
}

/// Windows-1252 for the characters German mail uses (Latin-1 plus dash, quotes and euro).
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '€' => 0x80,
            '„' => 0x84,
            '–' => 0x96,
            '—' => 0x97,
            '“' => 0x93,
            '”' => 0x94,
            c if (c as u32) < 0x100 => c as u8,
            _ => b'?',
        })
        .collect()
}

/// An 8.3 name as Outlook derives it ("WIDERS~1.PDF").
fn short_name(name: &str) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    let stem: String = stem
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(6)
        .collect::<String>()
        .to_uppercase();
    format!("{stem}~1.{}", ext.to_uppercase())
}

/// The body as RTF: non-ASCII characters as windows-1252 escapes, paragraphs with `\par`.
fn rtf_of(text: &str) -> String {
    let mut rtf = String::from(
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs20 ",
    );
    for c in text.chars() {
        match c {
            '\n' => rtf.push_str("\\par\n"),
            '\\' | '{' | '}' => {
                rtf.push('\\');
                rtf.push(c);
            }
            c if c.is_ascii() => rtf.push(c),
            c => rtf.push_str(&format!("\\'{:02x}", windows_1252(&c.to_string())[0])),
        }
    }
    rtf.push('}');
    rtf
}

/// `spec`'s attachments and body as a TNEF stream (`winmail.dat`), as Exchange writes it: the
/// legacy attributes (title, data) and the MAPI properties (long name, MIME type) of every
/// attachment; the body as a property (plain text, or compressed RTF when `rtf_body`).
pub fn tnef_of(spec: &MailSpec, rtf_body: bool) -> Vec<u8> {
    let mut out = vec![0x78, 0x9F, 0x3E, 0x22, 0x01, 0x00];
    attribute(&mut out, 1, 0x0008_9006, &0x0001_0000u32.to_le_bytes());
    attribute(&mut out, 1, 0x0006_9007, &[0xE4, 0x04, 0, 0, 0, 0, 0, 0]);
    attribute(&mut out, 1, 0x0007_8008, b"IPM.Microsoft Mail.Note\0");
    let mut props = PropList::default();
    props.unicode(0x0037, &spec.subject);
    props.unicode(0x0C1A, &spec.from.0);
    props.unicode(0x5D01, &spec.from.1);
    props.unicode(0x1035, &spec.message_id);
    if rtf_body {
        let rtf = compressed_rtf::compress_rtf(&rtf_of(&spec.body_text)).expect("ASCII RTF");
        props.binary(0x1009, &rtf);
    } else {
        props.unicode(0x1000, &spec.body_text);
    }
    attribute(&mut out, 1, 0x0006_9003, &props.finish());
    for a in &spec.attachments {
        let mut rend = Vec::new();
        rend.extend(1u16.to_le_bytes());
        rend.extend(u32::MAX.to_le_bytes());
        rend.extend([0u8; 8]);
        attribute(&mut out, 2, 0x0006_9002, &rend);
        let mut title = windows_1252(&short_name(&a.name));
        title.push(0);
        attribute(&mut out, 2, 0x0001_8010, &title);
        attribute(&mut out, 2, 0x0006_800F, &a.bytes);
        let mut props = PropList::default();
        props.unicode(0x3707, &a.name);
        props.unicode(0x370E, &a.mime);
        props.long(0x3705, 1);
        attribute(&mut out, 2, 0x0006_9005, &props.finish());
    }
    out
}

fn attribute(out: &mut Vec<u8>, level: u8, id: u32, data: &[u8]) {
    out.push(level);
    out.extend(id.to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out.extend(data);
    let sum = data.iter().fold(0u16, |s, b| s.wrapping_add(u16::from(*b)));
    out.extend(sum.to_le_bytes());
}

/// A TNEF list of MAPI properties.
#[derive(Default)]
struct PropList {
    count: u32,
    bytes: Vec<u8>,
}

impl PropList {
    fn tag(&mut self, id: u16, kind: u16) {
        self.count += 1;
        self.bytes
            .extend((u32::from(id) << 16 | u32::from(kind)).to_le_bytes());
    }

    fn long(&mut self, id: u16, value: u32) {
        self.tag(id, 0x0003);
        self.bytes.extend(value.to_le_bytes());
    }

    fn variable(&mut self, id: u16, kind: u16, data: &[u8]) {
        self.tag(id, kind);
        self.bytes.extend(1u32.to_le_bytes());
        self.bytes.extend((data.len() as u32).to_le_bytes());
        self.bytes.extend(data);
        self.bytes
            .resize(self.bytes.len() + (4 - data.len() % 4) % 4, 0);
    }

    fn unicode(&mut self, id: u16, text: &str) {
        let mut data: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        data.extend([0, 0]);
        self.variable(id, 0x001F, &data);
    }

    fn binary(&mut self, id: u16, data: &[u8]) {
        self.variable(id, 0x0102, data);
    }

    fn finish(self) -> Vec<u8> {
        let mut out = self.count.to_le_bytes().to_vec();
        out.extend(self.bytes);
        out
    }
}

/// A mail from an Exchange server whose attachments travel in `winmail.dat`: the mail has a
/// plain-text body and one `application/ms-tnef` part; inside it are the attachments of
/// [`outlook_msg_spec`]`(seed)` plus "Notiz für Sachbearbeitung.txt", and the body as
/// compressed RTF. Returns the mail and the spec whose attachments the TNEF part holds.
pub fn mail_with_winmail_dat(seed: u64) -> (Vec<u8>, MailSpec) {
    let mut inner = outlook_msg_spec(seed);
    inner.attachments.push(Attachment::new(
        "Notiz für Sachbearbeitung.txt",
        "text/plain",
        "Bitte Aktenzeichen prüfen und Rückruf an die Antragstellerin.\n"
            .as_bytes()
            .to_vec(),
    ));
    let mut outer = inner.clone();
    outer.message_id = format!("<seed-{seed}-tnef@{}>", sender_domain(seed));
    outer.attachments = vec![Attachment::new(
        "winmail.dat",
        "application/ms-tnef",
        tnef_of(&inner, true),
    )];
    (outer.to_eml_with(FilenameStyle::Rfc2231), inner)
}
