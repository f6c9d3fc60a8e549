use super::*;

fn mail(body: &str) -> Vec<u8> {
    body.replace('\n', "\r\n").into_bytes()
}

const PDF: &str = "JVBERi0xLjQKJcOkw7zDtsOfCg==";

#[test]
fn sniffing_tells_mails_from_other_text() {
    use crate::model::looks_like_mail;
    assert!(looks_like_mail(b"From: a@b.de\r\nSubject: x\r\n\r\nbody"));
    assert!(looks_like_mail(
        b"Received: from x\r\n\tby y\r\nDate: Mon, 1 Jan 2024 10:00:00 +0100\r\n\r\n"
    ));
    assert!(!looks_like_mail(b"Subject: only one\r\n\r\nbody"));
    assert!(!looks_like_mail(b"%PDF-1.4 From: x Subject: y"));
    assert!(!looks_like_mail(
        b"Sehr geehrte Damen und Herren,\nFrom: a\nTo: b\n"
    ));
}

#[test]
fn a_german_mail_with_attachments_is_taken_apart() {
    let raw = mail(&format!(
        "From: =?UTF-8?Q?J=C3=BCrgen_Wei=C3=9F?= <j.weiss@example.org>
To: poststelle@kreis.test
Date: Sat, 21 Nov 2026 10:39:00 +0100
Message-ID: <abc@example.org>
Subject: =?UTF-8?Q?Widerspruch_gegen_den_Geb=C3=BChrenbescheid?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=\"XX\"

--XX
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren, anbei mein Widerspruch. Mit freundlichen Grüßen
--XX
Content-Type: application/pdf; name=\"a.pdf\"
Content-Disposition: attachment; filename*=UTF-8''Anh%C3%B6rung%20%C3%9Cbersicht.pdf
Content-Transfer-Encoding: base64

{PDF}
--XX
Content-Type: image/png
Content-Disposition: inline; filename=logo.png
Content-ID: <logo@x>
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--XX
Content-Type: application/pkcs7-signature; name=smime.p7s
Content-Disposition: attachment; filename=smime.p7s
Content-Transfer-Encoding: base64

MIAGCSqGSIb3DQEHAqCAMIACAQEx
--XX--
"
    ));
    let m = unpack(&raw, &MailOptions::default()).unwrap();
    assert_eq!(
        m.header.subject.as_deref(),
        Some("Widerspruch gegen den Gebührenbescheid")
    );
    assert_eq!(
        m.header.from.as_deref(),
        Some("Jürgen Weiß <j.weiss@example.org>")
    );
    assert_eq!(m.header.message_id.as_deref(), Some("<abc@example.org>"));
    assert_eq!(
        m.header.sent_at.unwrap().to_string(),
        "2026-11-21T09:39:00Z"
    );
    assert_eq!(m.cover_pages.len(), 1);
    let cover = &m.cover_pages[0];
    assert!(
        cover.starts_with("Von: Jürgen Weiß <j.weiss@example.org>\nAn: poststelle@kreis.test\n"),
        "{cover}"
    );
    assert!(
        cover.contains("Betreff: Widerspruch gegen den Gebührenbescheid"),
        "{cover}"
    );
    assert!(cover.contains("Mit freundlichen Grüßen"), "{cover}");
    // The logo and the signature are part of the mail, not documents.
    assert_eq!(
        m.parts.len(),
        1,
        "{:?}",
        m.parts.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
    assert_eq!(m.parts[0].name, "Anhörung Übersicht.pdf");
    assert_eq!(m.parts[0].declared_type, "application/pdf");
    assert!(m.parts[0].bytes.starts_with(b"%PDF-1.4"));
    assert!(m.parts[0].problem.is_none());
}

#[test]
fn forwarded_mails_are_unpacked_and_oversized_parts_flagged() {
    let raw = mail(&format!(
        "From: a@b.de
To: c@d.de
Subject: Fwd: Antrag
Content-Type: multipart/mixed; boundary=\"OUT\"

--OUT
Content-Type: text/plain

Siehe unten.
--OUT
Content-Type: message/rfc822

From: buerger@example.org
To: a@b.de
Subject: Antrag auf Wohngeld
Content-Type: multipart/mixed; boundary=\"IN\"

--IN
Content-Type: text/plain

Innerer Text
--IN
Content-Type: application/pdf; name=antrag.pdf
Content-Disposition: attachment; filename=antrag.pdf
Content-Transfer-Encoding: base64

{PDF}
--IN--
--OUT
Content-Type: application/octet-stream; name=gross.bin
Content-Disposition: attachment; filename=gross.bin

0123456789012345678901234567890123456789
--OUT--
"
    ));
    let opts = MailOptions {
        max_attachment_bytes: 20,
        ..MailOptions::default()
    };
    let m = unpack(&raw, &opts).unwrap();
    assert_eq!(m.cover_pages.len(), 2);
    assert!(m.cover_pages[1].starts_with("Weitergeleitete Nachricht:\nVon: buerger@example.org"));
    assert!(m.cover_pages[1].contains("Innerer Text"));
    let names: Vec<&str> = m.parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["antrag.pdf", "gross.bin"]);
    assert_eq!(
        m.parts[1].problem.as_ref().unwrap().code(),
        "file_too_large"
    );
    assert_eq!(
        m.parts.iter().map(|p| p.position).collect::<Vec<_>>(),
        [1, 2]
    );
}

#[test]
fn garbage_is_not_a_mail() {
    assert_eq!(
        unpack(b"\x00\x01\x02", &MailOptions::default())
            .unwrap_err()
            .code(),
        "unparseable_mail"
    );
}

#[test]
fn generated_mails_decode_names_subjects_and_bodies() {
    use mailroom_testdata as gen;
    let opts = MailOptions::default();
    let (raw, spec) = gen::german_mail_with_two_pdfs(1);
    let m = unpack(&raw, &opts).unwrap();
    assert_eq!(m.header.subject.as_deref(), Some(spec.subject.as_str()));
    let names: Vec<&str> = m.parts.iter().map(|p| p.name.as_str()).collect();
    let want: Vec<&str> = spec.attachments.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, want);
    for (p, a) in m.parts.iter().zip(&spec.attachments) {
        assert_eq!(p.bytes, a.bytes, "{}", a.name);
    }

    // ISO-8859-1 everywhere, RFC 2231 continuation with umlauts (mail-parser bug worked around).
    let legacy = unpack(&gen::legacy_encoded_mail(2), &opts).unwrap();
    let spec = gen::legacy_encoded_mail_spec(2);
    assert_eq!(
        legacy.header.subject.as_deref(),
        Some(spec.subject.as_str())
    );
    assert_eq!(legacy.parts[0].name, spec.attachments[0].name);
    assert!(legacy.cover_pages[0].contains(spec.body_text.lines().next().unwrap().trim()));

    // A forwarded mail contributes its text and its attachment.
    let fwd = unpack(&gen::forwarding_mail(3), &opts).unwrap();
    let (_outer, inner) = gen::forwarding_mail_specs(3);
    assert_eq!(fwd.cover_pages.len(), 2);
    assert!(fwd.cover_pages[1].contains(inner.subject.as_str()));
    assert_eq!(fwd.parts.len(), inner.attachments.len());

    // The inline logo is not a document; the HTML body becomes text.
    let logo = unpack(&gen::mail_with_inline_logo(4), &opts).unwrap();
    let spec = gen::mail_with_inline_logo_spec(4);
    assert_eq!(
        logo.parts.len(),
        spec.attachments.iter().filter(|a| !a.inline).count()
    );
    let cover = &logo.cover_pages[0];
    assert!(
        !cover.contains("<p>") && !cover.contains("<html") && !cover.contains("<img "),
        "{cover}"
    );

    // Encrypted ZIPs and bombs are parts with a problem, not unpacked.
    let z = gen::encrypted_zip(&[("a.pdf", b"%PDF-1.4")], "geheim");
    let m = MailOptions::default();
    let mut out = UnpackedMail {
        media: MediaType::Email,
        header: MailHeader::default(),
        cover_pages: vec![],
        parts: vec![],
    };
    push_part(&mut out, "x.zip".into(), "application/zip".into(), z, &m);
    push_part(
        &mut out,
        "bomb.zip".into(),
        "application/zip".into(),
        gen::zip_bomb(300),
        &m,
    );
    push_part(
        &mut out,
        "ok.zip".into(),
        "application/zip".into(),
        gen::zip_of(&[("in/a.pdf", b"%PDF-1.4 x")]),
        &m,
    );
    assert_eq!(out.parts[0].problem.as_ref().unwrap().code(), "encrypted");
    assert_eq!(out.parts[1].problem.as_ref().unwrap().code(), "zip_refused");
    assert_eq!(out.parts[2].name, "ok.zip/a.pdf");
    assert!(out.parts[2].problem.is_none());

    // Malformed input is either refused or taken apart without panicking.
    let _ = unpack(&gen::malformed_mail(5), &opts);
}
