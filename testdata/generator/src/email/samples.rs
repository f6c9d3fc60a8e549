//! Sample mails built from [`MailSpec`]s: PDFs with umlaut names, Outlook-style names, a
//! forwarded mail, an HTML mail with an inline logo.

use super::date::mail_date_at;
use super::{sender_domain, zip_of, Attachment, FilenameStyle, MailSpec, COUNTY_MAILBOX};
use crate::{born_digital_pdf, pdf_with_jpeg_pages, render_scan, Letter, ScanOptions};

/// Name of the scanned PDF in [`german_mail_with_two_pdfs`].
pub const SCANNED_PDF_NAME: &str = "Bescheid Prüfung.pdf";
/// Name of the born-digital PDF in [`german_mail_with_two_pdfs`].
pub const DIGITAL_PDF_NAME: &str = "Anhörung Übersicht.pdf";

/// The mail the main integration test needs: a citizen mail ([`MailSpec::from_letter`] of
/// [`Letter::sample`]`(seed)`, Message-ID `<seed-{seed}-pdfs@...>`) with a short plain-text cover
/// note instead of the letter text, and two attachments (RFC 2231 names, base64):
///
/// 1. [`SCANNED_PDF_NAME`] "Bescheid Prüfung.pdf": [`pdf_with_jpeg_pages`] of a 2-page
///    [`render_scan`] of `Letter::sample(seed)` (default scan options with `seed`; text only
///    recoverable by OCR, ground truth [`crate::page_texts`]`(&letter, 2)`), about 1.5 MB
///    (the whole mail about 2 MB);
/// 2. [`DIGITAL_PDF_NAME`] "Anhörung Übersicht.pdf": [`born_digital_pdf`]`(&Letter::sample(seed +
///    1), 1)` (a different letter, with a text layer).
///
/// The subject is the letter's subject (with umlauts). Returns the mail bytes and the spec with
/// the exact names, bytes, subject and body text.
pub fn german_mail_with_two_pdfs(seed: u64) -> (Vec<u8>, MailSpec) {
    let letter = Letter::sample(seed);
    let mut spec = MailSpec::from_letter(&letter, seed);
    spec.message_id = format!("<seed-{seed}-pdfs@{}>", sender_domain(seed));
    spec.body_text = cover_note(&spec.from.0);
    let opts = ScanOptions {
        seed,
        ..ScanOptions::default()
    };
    let scanned = pdf_with_jpeg_pages(&render_scan(&letter, 2, &opts));
    let digital = born_digital_pdf(&Letter::sample(seed + 1), 1);
    spec.attachments = vec![
        Attachment::new(SCANNED_PDF_NAME, "application/pdf", scanned),
        Attachment::new(DIGITAL_PDF_NAME, "application/pdf", digital),
    ];
    (spec.to_eml(), spec)
}

/// Attachment names as Outlook writes them: RFC 2047 encoded words inside quoted parameters
/// (`filename="=?UTF-8?B?...?="`, see [`FilenameStyle::Rfc2047Quoted`]), in a
/// `multipart/alternative` text + HTML mail. Attachments:
///
/// 1. "Stellungnahme zur Anhörung – Änderung der Gebührenfestsetzung für das Grundstück.pdf"
///    (long: several encoded words): [`born_digital_pdf`]`(&Letter::sample(seed), 1)`;
/// 2. "Unterlagen Grundstück.zip": [`zip_of`] with "Schreiben.pdf" (the same PDF) and
///    "Notiz für Sachbearbeitung.txt".
///
/// Message-ID `<seed-{seed}-outlook@...>`. Cheap: no scan rendering.
pub fn outlook_style_mail(seed: u64) -> (Vec<u8>, MailSpec) {
    let letter = Letter::sample(seed);
    let mut spec = MailSpec::from_letter(&letter, seed);
    spec.message_id = format!("<seed-{seed}-outlook@{}>", sender_domain(seed));
    spec.body_text = cover_note(&spec.from.0);
    spec.body_html = Some(format!(
        "<html><body><p>{}</p></body></html>",
        html_escape(&spec.body_text)
            .replace("\n\n", "</p><p>")
            .replace('\n', "<br>")
    ));
    let pdf = born_digital_pdf(&letter, 1);
    let note = "Bitte an die zuständige Stelle weiterleiten. Grüße".as_bytes();
    let zip = zip_of(&[
        ("Schreiben.pdf", pdf.as_slice()),
        ("Notiz für Sachbearbeitung.txt", note),
    ]);
    spec.attachments = vec![
        Attachment::new(
            "Stellungnahme zur Anhörung – Änderung der Gebührenfestsetzung für das Grundstück.pdf",
            "application/pdf",
            pdf,
        ),
        Attachment::new("Unterlagen Grundstück.zip", "application/zip", zip),
    ];
    (spec.to_eml_with(FilenameStyle::Rfc2047Quoted), spec)
}

/// A municipal clerk forwards a citizen's mail to the county mailbox "as attachment".
///
/// Returns `(outer, inner)`. The inner mail is [`MailSpec::from_letter`] of
/// [`Letter::sample`]`(seed)` sent to a municipality (`buergerbuero@gemeinde.test`), Message-ID
/// `<seed-{seed}-original@...>`, with the attachment "Schreiben {last name}.pdf" =
/// [`born_digital_pdf`]`(&letter, 1)`. The outer mail (From "Katrin Höß"
/// `<k.hoess@gemeinde.test>`, To [`COUNTY_MAILBOX`], subject "WG: " + inner subject, Message-ID
/// `<seed-{seed}-fwd@gemeinde.test>`) has a short text body and one attachment of type
/// `message/rfc822` named "{inner subject}.eml" (long UTF-8 name, so RFC 2231 continuation
/// `filename*0*=UTF-8''...; filename*1*=...`) whose bytes are `inner.to_eml()`, unencoded
/// (`Content-Transfer-Encoding: 7bit`).
pub fn forwarding_mail_specs(seed: u64) -> (MailSpec, MailSpec) {
    let letter = Letter::sample(seed);
    let mut inner = MailSpec::from_letter(&letter, seed);
    inner.message_id = format!("<seed-{seed}-original@{}>", sender_domain(seed));
    inner.to = vec![(
        "Bürgerbüro der Gemeinde".to_string(),
        "buergerbuero@gemeinde.test".to_string(),
    )];
    let last_name = inner.from.0.split_whitespace().last().unwrap_or("Bürger");
    inner.attachments = vec![Attachment::new(
        &format!("Schreiben {last_name}.pdf"),
        "application/pdf",
        born_digital_pdf(&letter, 1),
    )];

    let outer = MailSpec {
        from: (
            "Katrin Höß".to_string(),
            "k.hoess@gemeinde.test".to_string(),
        ),
        to: vec![county()],
        cc: vec![(
            "Bürgerbüro der Gemeinde".to_string(),
            "buergerbuero@gemeinde.test".to_string(),
        )],
        subject: format!("WG: {}", inner.subject),
        body_text: "Sehr geehrte Damen und Herren,\n\n\
                    zuständigkeitshalber leite ich Ihnen die angehängte E-Mail eines Bürgers \
                    weiter. Die Originalnachricht mit Anlage finden Sie im Anhang.\n\n\
                    Mit freundlichen Grüßen\nIm Auftrag\nKatrin Höß\nBürgerbüro"
            .to_string(),
        body_html: None,
        attachments: vec![Attachment::new(
            &format!("{}.eml", inner.subject),
            "message/rfc822",
            inner.to_eml(),
        )],
        message_id: format!("<seed-{seed}-fwd@gemeinde.test>"),
        date: mail_date_at(&letter.place_date, 17, 45, 3),
    };
    (outer, inner)
}

/// The outer mail of [`forwarding_mail_specs`] as bytes: a mail that forwards another mail as a
/// `message/rfc822` attachment; the inner mail has its own PDF attachment.
pub fn forwarding_mail(seed: u64) -> Vec<u8> {
    forwarding_mail_specs(seed).0.to_eml()
}

/// Spec of [`mail_with_inline_logo`]: an HTML-only mail (no text/plain part; `body_text` is
/// empty) from the letter's sender, subject = letter subject, Message-ID
/// `<seed-{seed}-logo@...>`. The HTML holds the salutation, the letter paragraphs and the
/// closing (written with entities: `Mit freundlichen Gr&uuml;&szlig;en`) and shows
/// `<img src="cid:logo.{seed}@kreis.test">`. Parts: `multipart/mixed` [ `multipart/related`
/// [ text/html, image/png "logo.png" (inline, Content-ID `<logo.{seed}@kreis.test>`, bytes
/// [`logo_png`]) ], application/pdf "Rechnung.pdf" = [`born_digital_pdf`]`(&letter, 1)` ].
pub fn mail_with_inline_logo_spec(seed: u64) -> MailSpec {
    let letter = Letter::sample(seed);
    let mut spec = MailSpec::from_letter(&letter, seed);
    spec.message_id = format!("<seed-{seed}-logo@{}>", sender_domain(seed));
    let cid = format!("logo.{seed}@kreis.test");
    let mut html = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n\
         <p><img src=\"cid:{cid}\" alt=\"Logo\" width=\"96\" height=\"32\"></p>\n<p>{}</p>\n",
        html_escape(&letter.salutation)
    );
    for paragraph in &letter.paragraphs {
        html.push_str(&format!("<p>{}</p>\n", html_escape(paragraph)));
    }
    html.push_str(&format!(
        "<p>Mit freundlichen Gr&uuml;&szlig;en<br>\n{}</p>\n</body></html>\n",
        html_escape(&spec.from.0)
    ));
    spec.body_text = String::new();
    spec.body_html = Some(html);
    spec.attachments = vec![
        Attachment::inline("logo.png", "image/png", logo_png(), &cid),
        Attachment::new(
            "Rechnung.pdf",
            "application/pdf",
            born_digital_pdf(&letter, 1),
        ),
    ];
    spec
}

/// A mail with an HTML body that references a small inline logo image (`cid:`), plus one real
/// PDF attachment; see [`mail_with_inline_logo_spec`].
pub fn mail_with_inline_logo(seed: u64) -> Vec<u8> {
    mail_with_inline_logo_spec(seed).to_eml()
}

/// A 96×32 RGB PNG "logo": blue with three white bars; always the same bytes.
pub fn logo_png() -> Vec<u8> {
    let (width, height) = (96u32, 32u32);
    let mut pixels = Vec::with_capacity((width * height * 3) as usize);
    for y in 0..height {
        for x in 0..width {
            let bar = (8..24).contains(&y)
                && [(8, 24), (32, 48), (56, 88)]
                    .iter()
                    .any(|&(a, b)| (a..b).contains(&x));
            pixels.extend_from_slice(if bar { &[255, 255, 255] } else { &[0, 84, 159] });
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().expect("PNG header into memory");
    writer
        .write_image_data(&pixels)
        .expect("PNG data into memory");
    writer.finish().expect("PNG end into memory");
    out
}

fn county() -> (String, String) {
    ("Poststelle".to_string(), COUNTY_MAILBOX.to_string())
}

fn cover_note(name: &str) -> String {
    format!(
        "Sehr geehrte Damen und Herren,\n\n\
         anbei übersende ich Ihnen den Bescheid zur Prüfung sowie die Übersicht zur Anhörung. \
         Über eine kurze Eingangsbestätigung würde ich mich freuen.\n\n\
         Mit freundlichen Grüßen\n{name}"
    )
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
