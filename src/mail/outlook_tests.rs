//! Outlook's formats on inputs the project's generator writes: `.msg` files (Unicode and
//! windows-1252 texts; plain, HTML-only and RTF-only bodies; attached Outlook items) and TNEF.

use super::*;
use mailroom_testdata as gen;

fn unpacked(bytes: &[u8]) -> UnpackedMail {
    unpack(bytes, &MailOptions::default()).expect("a mail")
}

/// The first words of the spec's body, which every reading must keep.
fn opening(spec: &gen::MailSpec) -> String {
    spec.body_text
        .lines()
        .find(|l| l.len() > 20)
        .unwrap()
        .to_string()
}

#[test]
fn an_outlook_message_is_read_like_a_mail_in_every_text_form() {
    let spec = gen::outlook_msg_spec(41);
    for strings in [gen::MsgStrings::Unicode, gen::MsgStrings::Ansi] {
        for body in [gen::MsgBody::Plain, gen::MsgBody::Html, gen::MsgBody::Rtf] {
            let style = gen::MsgStyle {
                strings,
                body,
                ..gen::MsgStyle::default()
            };
            let m = unpacked(&gen::msg_of(&spec, &style));
            let case = format!("{strings:?}/{body:?}");
            assert_eq!(m.media, MediaType::OutlookMsg, "{case}");
            assert_eq!(
                m.header.subject.as_deref(),
                Some(spec.subject.as_str()),
                "{case}"
            );
            let from = m.header.from.clone().unwrap_or_default();
            assert!(
                from.contains(&spec.from.1) && from.contains(&spec.from.0),
                "{case}: {from}"
            );
            assert_eq!(
                m.header.message_id.as_deref(),
                Some(spec.message_id.as_str())
            );
            assert!(m.header.sent_at.is_some(), "{case}: date");
            let to = m.header.to.clone().unwrap_or_default();
            assert!(to.contains(gen::COUNTY_MAILBOX), "{case}: {to}");
            let cover = &m.cover_pages[0];
            assert!(cover.contains(&spec.subject), "{case}: {cover}");
            let first = opening(&spec);
            let squeezed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                squeezed(cover).contains(&squeezed(&first)),
                "{case}: body missing {first:?} in {cover}"
            );
            assert_eq!(m.parts.len(), 1, "{case}");
            assert_eq!(m.parts[0].name, gen::MSG_PDF_NAME, "{case}");
            assert_eq!(m.parts[0].bytes, spec.attachments[0].bytes, "{case}");
            assert_eq!(m.parts[0].declared_type, "application/pdf");
        }
    }
}

#[test]
fn a_date_comes_from_the_submit_time_when_there_are_no_transport_headers() {
    let spec = gen::outlook_msg_spec(42);
    let with = unpacked(&gen::msg_of(&spec, &gen::MsgStyle::default()));
    let without = unpacked(&gen::msg_of(
        &spec,
        &gen::MsgStyle {
            transport_headers: false,
            ..gen::MsgStyle::default()
        },
    ));
    assert!(with.header.sent_at.is_some());
    assert_eq!(with.header.sent_at, without.header.sent_at);
}

#[test]
fn an_attached_outlook_item_is_a_forwarded_mail_with_its_own_attachments() {
    let outer = gen::outlook_msg_spec(43);
    let inner = gen::outlook_msg_spec(44);
    let style = gen::MsgStyle {
        embedded: vec![inner.clone()],
        ..gen::MsgStyle::default()
    };
    let m = unpacked(&gen::msg_of(&outer, &style));
    assert_eq!(m.cover_pages.len(), 2, "{:?}", m.cover_pages);
    assert!(m.cover_pages[1].starts_with("Weitergeleitete Nachricht:"));
    assert!(m.cover_pages[1].contains(&inner.subject));
    assert_eq!(m.parts.len(), 2);
    assert_eq!(m.parts[1].bytes, inner.attachments[0].bytes);

    // The same .msg attached to an ordinary mail as a file.
    let mut mail = gen::outlook_msg_spec(45);
    mail.attachments = vec![gen::Attachment::new(
        "Weiterleitung.msg",
        "application/vnd.ms-outlook",
        gen::msg_of(&outer, &style),
    )];
    let m = unpacked(&mail.to_eml());
    assert_eq!(m.media, MediaType::Email);
    assert_eq!(m.cover_pages.len(), 3, "{:?}", m.cover_pages);
    assert!(m.cover_pages[1].contains(&outer.subject));
    assert!(m.cover_pages[2].contains(&inner.subject));
    let names: Vec<&str> = m.parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, [gen::MSG_PDF_NAME, gen::MSG_PDF_NAME]);
}

#[test]
fn winmail_dat_gives_its_attachments_and_text_to_the_mail() {
    let (eml, inner) = gen::mail_with_winmail_dat(46);
    let m = unpacked(&eml);
    let names: Vec<&str> = m.parts.iter().map(|p| p.name.as_str()).collect();
    let expected: Vec<&str> = inner.attachments.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names, expected,
        "long names from the properties, no winmail.dat"
    );
    for (part, a) in m.parts.iter().zip(&inner.attachments) {
        assert_eq!(part.bytes, a.bytes, "{}", a.name);
    }

    // Dropped by itself: a message of its own, its body from the compressed RTF.
    let tnef = gen::tnef_of(&inner, true);
    let m = unpacked(&tnef);
    assert_eq!(m.media, MediaType::Tnef);
    assert_eq!(m.header.subject.as_deref(), Some(inner.subject.as_str()));
    let cover = m.cover_pages[0]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let first = opening(&inner)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(cover.contains(&first), "{cover}");
    assert_eq!(m.parts.len(), 2);
}

#[test]
fn broken_or_foreign_compound_files_are_refused_with_a_reason_and_never_panic() {
    // An OLE file that is no Outlook message (as an old Word document would be).
    let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    std::io::Write::write_all(&mut file.create_stream("/WordDocument").unwrap(), b"x").unwrap();
    let doc = file.into_inner().into_inner();
    assert!(!msg::is_outlook_message(&doc));
    match unpack(&doc, &MailOptions::default()) {
        Err(Reason::UnsupportedType { detected }) => {
            assert!(detected.contains("not an Outlook message"), "{detected}")
        }
        other => panic!("{other:?}"),
    }
    // Compressed RTF headers that claim more than they hold.
    for header in [[12u32, 100, 0x414C_454D, 0], [12, u32::MAX, 0x7546_5A4C, 0]] {
        let bytes: Vec<u8> = header.iter().flat_map(|w| w.to_le_bytes()).collect();
        assert_eq!(mapi::rtf_text(&bytes), None);
    }
    // Every truncation of a real .msg and TNEF stream: a reason or a mail, no panic.
    let spec = gen::outlook_msg_spec(47);
    let msg_bytes = gen::msg_of(&spec, &gen::MsgStyle::default());
    let tnef_bytes = gen::tnef_of(&spec, true);
    for bytes in [&msg_bytes, &tnef_bytes] {
        for cut in (0..bytes.len()).step_by(bytes.len() / 97 + 1) {
            let _ = unpack(&bytes[..cut], &MailOptions::default());
        }
    }
}

/// The public TNEF samples in `../shared/corpus` (MimeKit's, with the attachment list each
/// should yield): every file named there comes out (attached Outlook items as forwarded
/// mails). `cargo test --lib corpus_tnef -- --ignored --nocapture`.
#[test]
#[ignore = "reads ../shared/corpus"]
fn corpus_tnef_samples_yield_their_attachments() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/email/mimekit/UnitTests/TestData/tnef");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("SKIPPED: {} not found", dir.display());
        return;
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tnef"))
        .collect();
    files.sort();
    let mut short = Vec::new();
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let expected: Vec<String> = std::fs::read_to_string(path.with_extension("list"))
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with("body."))
            .map(str::to_string)
            .collect();
        let got = unpack(&bytes, &MailOptions::default());
        let (parts, forwarded, text) = match &got {
            Ok(m) => (
                m.parts.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
                m.cover_pages.len() - 1,
                m.cover_pages[0].len(),
            ),
            Err(_) => (Vec::new(), 0, 0),
        };
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        println!("{name}: expected {expected:?}, got {parts:?} + {forwarded} forwarded, cover {text} chars, {:?}", got.as_ref().err());
        // MimeKit names attached Outlook items "Untitled Attachment"; here they are
        // forwarded mails. Every named file must be there.
        let named_missing = expected
            .iter()
            .filter(|e| !e.starts_with("Untitled"))
            .any(|e| !parts.contains(e));
        if named_missing || (!expected.is_empty() && parts.len() + forwarded == 0) {
            short.push(name);
        }
    }
    assert!(short.is_empty(), "attachments missing from {short:?}");
}

/// The public `.msg` samples in `../shared/corpus` (msg-extractor's, with the expected text
/// and attachments): subject, text and every attachment byte for byte.
#[test]
#[ignore = "reads ../shared/corpus"]
fn corpus_msg_samples_match_their_expected_outputs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/email/msg-extractor/example-msg-files");
    let cases = [
        ("unicode.msg", "2013-11-18_0026 Test for TIF files"),
        ("strangeDate.msg", "2016-02-23_0657 MSG Test File"),
    ];
    if !root.is_dir() {
        println!("SKIPPED: {} not found", root.display());
        return;
    }
    for (file, expected) in cases {
        let m = unpacked(&std::fs::read(root.join(file)).unwrap());
        let dir = root.join("expected-outputs").join(expected);
        let text = std::fs::read_to_string(dir.join("message.text")).unwrap();
        let subject = text
            .lines()
            .find_map(|l| l.strip_prefix("Subject: "))
            .unwrap();
        assert_eq!(m.header.subject.as_deref(), Some(subject.trim()), "{file}");
        let body = text.split("-----------------").nth(1).unwrap();
        let first = body.lines().map(str::trim).find(|l| !l.is_empty()).unwrap();
        assert!(m.cover_pages[0].contains(first), "{file}: {first:?}");
        for part in &m.parts {
            let want = std::fs::read(dir.join(&part.name)).unwrap();
            assert_eq!(part.bytes, want, "{file}: {}", part.name);
        }
        let files = std::fs::read_dir(&dir).unwrap().count() - 1;
        assert_eq!(m.parts.len(), files, "{file}");
    }
}
