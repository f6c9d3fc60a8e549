//! Deterministic test inputs for mailroom: scanner-like files of German business letters with
//! known ground-truth text.
//!
//! A [`Letter`] is laid out on A4 pages ([`page_texts`] gives the per-page ground truth) and
//! either rendered as scanned images ([`render_scan`]) that the encoders turn into PDF, TIFF, PNG
//! and JPEG files, or written as PDFs with a real text layer. Special files cover failure paths:
//! encrypted, corrupt and oversized inputs.
//!
//! For mail intake it also writes e-mails ([`MailSpec::to_eml`] and the sample mails such as
//! [`german_mail_with_two_pdfs`], [`legacy_encoded_mail`], [`forwarding_mail`],
//! [`mail_with_inline_logo`], [`malformed_mail`]) and ZIP archives ([`zip_of`], [`zip_bomb`],
//! [`encrypted_zip`]).
//!
//! For routing, [`routed_letter`] writes letters to the Kreisverwaltung Mayen-Koblenz for every
//! [`Topic`] (document class and department) with the expected routing and extracted fields
//! ([`RoutedLetter`], [`ExpectedFields`]); [`routing_corpus`] writes many at once.
//!
//! For batch scans, [`separator_sheet`] renders separator sheets ([`SeparatorSheet`]: QR code,
//! Code 128 or Kodak PATCH-T) and [`batch_scan`] joins letters into one scan with a
//! [`Separator`] between them, simplex or duplex.
//!
//! Everything is computed by this crate; the only external input is the DejaVu Sans font from
//! Debian's `fonts-dejavu-core`, loaded at run time. The same seeds always give the same bytes.
//! No external programs are needed (encryption uses lopdf).
//!
//! Speed: rendering an A4 page at 300 dpi takes about 70 ms in an unoptimised build. The encoders
//! instantiate generic code of `image`, `fax` and `tiff` inside this crate, so unless the
//! workspace sets `[profile.dev.package.mailroom-testdata] opt-level = 2` they run unoptimised in
//! dev/test builds: a JPEG page takes ~0.55 s and a G4 page ~0.3 s instead of ~85 ms and ~7 ms.
//! Tests that only need pixels can use a lower `dpi`.

mod complex_pages;
mod continuation;
mod email;
mod fonts;
mod g4;
mod glyphs;
mod invoice;
mod layout;
mod letter;
mod noise;
mod pdf_builder;
mod pdf_files;
#[cfg(test)]
mod pdf_tests;
mod raster_files;
mod routing;
mod sample_set;
mod scan;
mod separator;
mod templates;
mod tiff_container;
mod tiff_files;
mod win_ansi;

pub use complex_pages::{form_scan, one_line_page, two_column_scan};
pub use email::{
    encrypted_zip, forwarding_mail, forwarding_mail_specs, german_mail_with_two_pdfs,
    legacy_encoded_mail, legacy_encoded_mail_spec, logo_png, mail_with_inline_logo,
    mail_with_inline_logo_spec, mail_with_winmail_dat, malformed_mail, mbox_of, msg_of,
    outlook_msg_spec, outlook_style_mail, tnef_of, zip_bomb, zip_of, Attachment, FilenameStyle,
    MailSpec, MboxStyle, MsgBody, MsgStrings, MsgStyle, COUNTY_MAILBOX, DIGITAL_PDF_NAME,
    MSG_PDF_NAME, SCANNED_PDF_NAME,
};
pub use invoice::{
    invoice_cii, invoice_ubl, leitweg_id, zugferd_pdf, Breakage, InvoiceLineSpec, InvoiceParty,
    InvoiceSpec, FACTURX_EN16931, XRECHNUNG_3,
};
pub use layout::page_texts;
pub use letter::Letter;
pub use pdf_files::{
    born_digital_pdf, born_digital_pdf_positioned_words, corrupt_pdf, encrypt_pdf, encrypted_pdf,
    mixed_pdf, pdf_with_colour_jpeg_pages, pdf_with_g4_pages, pdf_with_jpeg_pages,
    searchable_scan_pdf, PdfCipher, ENCRYPTED_PDF_OWNER_PASSWORD,
};
pub use raster_files::{colour_page, huge_png, jpeg, png};
pub use routing::{
    iban_from_bban, iban_is_valid, leitweg_check_digits, leitweg_id_is_valid, routed_letter,
    routed_letter_from, routing_corpus, town_for, ExpectedFields, RoutedLetter, Topic, Town,
    COUNTY_NAME, TOWNS,
};
pub use sample_set::{write_sample_set, SampleFile, SAMPLE_PASSWORD};
pub use scan::{blank_page, render_scan, with_blank_backs, ScanOptions, ScannedPage};
pub use separator::{batch_scan, separator_sheet, Separator, SeparatorSheet};
pub use tiff_files::{tiff_g4, tiff_grey_alpha, tiff_jpeg, tiff_lzw};
