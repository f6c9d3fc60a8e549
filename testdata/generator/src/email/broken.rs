//! Broken input that must not crash mail intake.

use super::encode::base64_lines;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Broken input: a header block that never ends, a truncated base64 part and binary garbage.
///
/// Exactly, with CRLF line ends:
///
/// 1. header-like lines: `Received: from unknown (HELO scanner.local) ...`, `From:` with an empty
///    address `<>`, `Subject:` with an unterminated encoded word (`=?UTF-8?B?QW5ow7ZydW5nIHpV`,
///    no `?=`), `MIME-Version: 1.0`, `Content-Type: multipart/mixed;
///    boundary="=_kaputt_{seed:x}"` — no Date, no Message-ID, no To;
/// 2. no empty line: the first boundary line `--=_kaputt_{seed:x}` follows the headers
///    directly, then part headers `Content-Type: application/pdf; name="Scan.pdf"`,
///    `Content-Transfer-Encoding: base64` and an empty line;
/// 3. base64 of a PDF beginning (`%PDF-1.5`, a catalog object) cut off mid-quantum (the last
///    line's length is not a multiple of 4) and without a line end;
/// 4. 300–800 bytes of seeded binary garbage (NUL, lone CR, 0xFF, ... ); no closing boundary.
///
/// Same seed → same bytes. mail-parser 0.11 still returns a `Message` for it (see the tests);
/// a robust intake must either reject it or file what it can without panicking.
pub fn malformed_mail(seed: u64) -> Vec<u8> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let boundary = format!("=_kaputt_{seed:x}");
    let mut out = String::new();
    out.push_str(
        "Received: from unknown (HELO scanner.local) by mx.kreis.test with SMTP; \
         Mon, 3 Mar 2025 08:00:00 +0100\r\n",
    );
    out.push_str("From: \"Scanner Erdgeschoss\" <>\r\n");
    out.push_str("Subject: =?UTF-8?B?QW5ow7ZydW5nIHpV\r\n");
    out.push_str("MIME-Version: 1.0\r\n");
    out.push_str(&format!(
        "Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n"
    ));
    out.push_str(&format!("--{boundary}\r\n"));
    out.push_str("Content-Type: application/pdf; name=\"Scan.pdf\"\r\n");
    out.push_str("Content-Transfer-Encoding: base64\r\n\r\n");
    let pdf_start = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n";
    let encoded = base64_lines(pdf_start);
    // Drop the final CRLF and two more characters: a truncated quantum, mid-line.
    out.push_str(&encoded[..encoded.len() - 4]);
    let mut bytes = out.into_bytes();
    let garbage_len = rng.random_range(300..800);
    bytes.extend((0..garbage_len).map(|i| match i % 97 {
        0 => 0,
        1 => b'\r',
        2 => 0xFF,
        _ => rng.random::<u8>(),
    }));
    bytes
}
