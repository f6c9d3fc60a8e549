//! Mailbox files (mbox): many messages in one file, each starting with an envelope line
//! `From sender date`. Pure: no IO.
//!
//! Variants seen in the wild: mboxo/mboxrd (body lines starting with `From ` quoted as
//! `>From `), mboxcl/mboxcl2 (a `Content-Length` header gives the body's length, body lines
//! unquoted), a UTF-8 byte-order mark before the first line, CRLF line ends.

/// One message of a mailbox file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MboxMessage {
    /// The envelope line without `From ` (sender and date of delivery).
    pub envelope: String,
    /// The message as an RFC 5322 mail (envelope line removed, quoting undone).
    pub bytes: Vec<u8>,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether `head` (the first bytes of a file) starts like a mailbox file: an envelope line
/// followed by a header line.
pub fn looks_like_mbox(head: &[u8]) -> bool {
    let head = head.strip_prefix(BOM).unwrap_or(head);
    if !head.starts_with(b"From ") {
        return false;
    }
    let mut lines = head.split(|&b| b == b'\n');
    lines.next();
    lines.next().is_some_and(is_header_line)
}

/// The messages of a mailbox file, in order.
pub fn split(bytes: &[u8]) -> Vec<MboxMessage> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(start) = next_separator(bytes, pos) {
        let envelope_end = line_end(bytes, start);
        let envelope =
            String::from_utf8_lossy(&bytes[start + 5..trim_eol(bytes, start, envelope_end)])
                .trim()
                .to_string();
        let body_start = envelope_end;
        // mboxcl2: trust Content-Length when the message really ends there.
        if let Some(end) = content_length_end(bytes, body_start) {
            out.push(MboxMessage {
                envelope,
                bytes: strip_final_newline(&bytes[body_start..end]).to_vec(),
            });
            pos = end;
            continue;
        }
        let end = next_separator(bytes, body_start).unwrap_or(bytes.len());
        out.push(MboxMessage {
            envelope,
            bytes: unquote(strip_final_newline(&bytes[body_start..end])),
        });
        pos = end;
    }
    out
}

/// Offset of the next envelope line at or after `from`: a line starting with `From ` that
/// begins the file or follows a blank line, and is followed by a header line.
fn next_separator(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        let at_line_start = i == 0 || bytes[i - 1] == b'\n';
        if at_line_start && bytes[i..].starts_with(b"From ") {
            let after_blank = i == 0 || i == from || preceded_by_blank_line(bytes, i);
            let next = line_end(bytes, i);
            let next_line = &bytes[next..line_end(bytes, next)];
            if after_blank && is_header_line(next_line) {
                return Some(i);
            }
        }
        i = line_end(bytes, i);
    }
    None
}

fn preceded_by_blank_line(bytes: &[u8], i: usize) -> bool {
    // bytes[i - 1] is '\n'; the line before it must be empty (LF or CRLF).
    let before = &bytes[..i - 1];
    let before = before.strip_suffix(b"\r").unwrap_or(before);
    before.is_empty() || before.ends_with(b"\n")
}

/// Offset just after the line starting at `i` (after its '\n').
fn line_end(bytes: &[u8], i: usize) -> usize {
    match bytes[i..].iter().position(|&b| b == b'\n') {
        Some(n) => i + n + 1,
        None => bytes.len(),
    }
}

fn trim_eol(bytes: &[u8], start: usize, end: usize) -> usize {
    let mut e = end;
    while e > start && matches!(bytes[e - 1], b'\n' | b'\r') {
        e -= 1;
    }
    e
}

fn is_header_line(line: &[u8]) -> bool {
    let Some(colon) = line.iter().position(|&b| b == b':') else {
        return false;
    };
    colon > 0
        && colon < 80
        && line[..colon]
            .iter()
            .all(|b| b.is_ascii_graphic() && *b != b':')
}

/// The separator's blank line belongs to the file format, not to the message.
fn strip_final_newline(m: &[u8]) -> &[u8] {
    let m = m.strip_suffix(b"\n").unwrap_or(m);
    m.strip_suffix(b"\r").unwrap_or(m)
}

/// mboxrd: `>From `, `>>From ` … lose one `>`.
fn unquote(m: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(m.len());
    let mut i = 0;
    while i < m.len() {
        let end = line_end(m, i);
        let line = &m[i..end];
        let quotes = line.iter().take_while(|&&b| b == b'>').count();
        if quotes > 0 && line[quotes..].starts_with(b"From ") {
            out.extend_from_slice(&line[1..]);
        } else {
            out.extend_from_slice(line);
        }
        i = end;
    }
    out
}

/// Where a message with a `Content-Length` header ends, if that length leads exactly to the
/// end of the file or to the next envelope line.
fn content_length_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    let mut length = None;
    loop {
        if i >= bytes.len() {
            return None;
        }
        let end = line_end(bytes, i);
        let line = &bytes[i..trim_eol(bytes, i, end)];
        if line.is_empty() {
            i = end;
            break;
        }
        if let Some(v) = strip_prefix_ignore_case(line, b"content-length:") {
            length = std::str::from_utf8(v).ok()?.trim().parse::<usize>().ok();
        }
        i = end;
    }
    let body_end = i.checked_add(length?)?;
    if body_end > bytes.len() {
        return None;
    }
    let rest = &bytes[body_end..];
    let rest = rest.strip_prefix(b"\r").unwrap_or(rest);
    let rest_start = bytes.len() - rest.len();
    let after_newline = rest.strip_prefix(b"\n").map(|r| bytes.len() - r.len());
    let ok = |p: usize| p == bytes.len() || bytes[p..].starts_with(b"From ");
    if rest.is_empty() || ok(rest_start) {
        Some(body_end)
    } else {
        after_newline.filter(|&p| ok(p))
    }
}

fn strip_prefix_ignore_case<'a>(line: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    (line.len() >= prefix.len() && line[..prefix.len()].eq_ignore_ascii_case(prefix))
        .then(|| &line[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(subject: &str, body: &str) -> String {
        format!("From: a@example.org\nSubject: {subject}\n\n{body}\n")
    }

    #[test]
    fn every_message_of_an_mbox_is_found_with_quoting_undone() {
        let file = format!(
            "From a@example.org Mon Jan  1 10:00:00 2024\n{}\nFrom b@example.org Tue Jan  2 10:00:00 2024\n{}\nFrom c@example.org Wed Jan  3 10:00:00 2024\n{}",
            mail("Eins", "Text\n>From the start"),
            mail("Zwei", "From here on unquoted but not after a blank line"),
            mail("Drei", "Ende")
        );
        let messages = split(file.as_bytes());
        assert_eq!(messages.len(), 3);
        assert!(messages[0].envelope.starts_with("a@example.org"));
        let first = String::from_utf8(messages[0].bytes.clone()).unwrap();
        assert!(first.starts_with("From: a@example.org\nSubject: Eins"));
        assert!(first.contains("\nFrom the start"), "{first}");
        assert!(String::from_utf8_lossy(&messages[2].bytes).contains("Subject: Drei"));
    }

    #[test]
    fn content_length_keeps_from_lines_inside_a_body() {
        let body = "Zeile\n\nFrom x@example.org Mon Jan  1 00:00:00 2024\nX-Not: a header\n";
        let file = format!(
            "\u{feff}From a@example.org Mon Jan  1 10:00:00 2024\r\nSubject: Eins\r\nContent-Length: {}\r\n\r\n{body}\nFrom b@example.org Tue Jan  2 10:00:00 2024\r\nSubject: Zwei\r\n\r\nZwei\r\n",
            body.len()
        );
        assert!(looks_like_mbox(file.as_bytes()));
        let messages = split(file.as_bytes());
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(String::from_utf8_lossy(&messages[0].bytes)
            .trim_end()
            .ends_with("X-Not: a header"));
        assert!(String::from_utf8_lossy(&messages[1].bytes).contains("Subject: Zwei"));
    }

    #[test]
    fn a_plain_mail_is_not_a_mailbox() {
        assert!(!looks_like_mbox(mail("Eins", "x").as_bytes()));
        assert!(!looks_like_mbox(b"From here on, plain text.\nNo headers."));
    }
}
