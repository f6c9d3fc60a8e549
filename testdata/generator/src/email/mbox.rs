//! Mailbox files as mail clients export them: Thunderbird and mutt (mboxrd, `>From ` quoting),
//! Eudora/Solaris (mboxcl2, `Content-Length` headers, no quoting), some with a UTF-8
//! byte-order mark that Windows editors add.

/// How the messages are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MboxStyle {
    /// `From ` lines in bodies quoted as `>From `.
    Quoted,
    /// A `Content-Length` header per message; bodies as they are.
    ContentLength,
}

/// `messages` (RFC 5322, LF or CRLF) as one mailbox file.
pub fn mbox_of(messages: &[Vec<u8>], style: MboxStyle, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    for (i, m) in messages.iter().enumerate() {
        out.extend_from_slice(
            format!("From sender{i}@example.org Mon Mar  4 09:{i:02}:00 2024\n").as_bytes(),
        );
        match style {
            MboxStyle::Quoted => {
                for line in m.split_inclusive(|&b| b == b'\n') {
                    let quotes = line.iter().take_while(|&&b| b == b'>').count();
                    if line[quotes..].starts_with(b"From ") {
                        out.push(b'>');
                    }
                    out.extend_from_slice(line);
                }
            }
            MboxStyle::ContentLength => {
                let split = find(m, b"\r\n\r\n")
                    .map(|p| (p + 2, p + 4))
                    .or_else(|| find(m, b"\n\n").map(|p| (p + 1, p + 2)))
                    .unwrap_or((m.len(), m.len()));
                let (headers_end, body_start) = split;
                let body = &m[body_start..];
                out.extend_from_slice(&m[..headers_end]);
                out.extend_from_slice(format!("Content-Length: {}\n\n", body.len()).as_bytes());
                out.extend_from_slice(body);
            }
        }
        if !out.ends_with(b"\n") {
            out.push(b'\n');
        }
        out.push(b'\n');
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
