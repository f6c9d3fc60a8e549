//! The readable PDF/A-3 copy of an XML-only e-invoice: the lines laid out by
//! `invoice::render` drawn in DejaVu Sans Mono (a subset embedded, with Unicode mappings so the
//! text can be extracted), the original XML embedded as the associated file it was made
//! from (`AFRelationship /Source`). krilla checks PDF/A-3u conformance while writing.

use std::sync::OnceLock;

use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::Point;
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};

use crate::invoice::render::{RenderLine, LINES_PER_PAGE};
use crate::model::Timestamp;

/// Where Debian's fonts-dejavu-core puts the fonts (`MAILROOM_INVOICE_FONT_DIR` overrides).
const FONT_DIR: &str = "/usr/share/fonts/truetype/dejavu";
const FONT_SIZE: f32 = 9.0;
const LINE_HEIGHT: f32 = 12.4;
const LEFT: f32 = 48.0;
const TOP: f32 = 52.0;

/// Why the copy could not be made.
#[derive(Debug, thiserror::Error)]
pub enum InvoicePdfError {
    #[error(
        "the font for readable invoice copies is missing ({0}): install Debian's \
         fonts-dejavu-core or set MAILROOM_INVOICE_FONT_DIR"
    )]
    Font(String),
    #[error("writing the PDF/A-3 copy failed: {0}")]
    Pdf(String),
}

fn fonts() -> Result<&'static (Font, Font), InvoicePdfError> {
    static FONTS: OnceLock<Result<(Font, Font), String>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let dir = std::env::var("MAILROOM_INVOICE_FONT_DIR").unwrap_or(FONT_DIR.into());
            let load = |name: &str| {
                let path = std::path::Path::new(&dir).join(name);
                let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                Font::new(data.into(), 0).ok_or_else(|| format!("{}: not a font", path.display()))
            };
            Ok((
                load("DejaVuSansMono.ttf")?,
                load("DejaVuSansMono-Bold.ttf")?,
            ))
        })
        .as_ref()
        .map_err(|e| InvoicePdfError::Font(e.clone()))
}

fn pdf_date(t: Timestamp) -> DateTime {
    let utc = t.to_zoned(jiff::tz::TimeZone::UTC);
    DateTime::new(utc.year() as u16)
        .month(utc.month() as u8)
        .day(utc.day() as u8)
        .hour(utc.hour() as u8)
        .minute(utc.minute() as u8)
        .second(utc.second() as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// The facts of the copy besides its lines.
pub struct InvoicePdfMeta<'a> {
    pub title: String,
    pub created: Timestamp,
    /// The original XML and the name it is embedded under.
    pub xml: &'a [u8],
    pub xml_name: String,
}

/// Writes the copy. Blocking (CPU).
pub fn write_invoice_pdf(
    lines: &[RenderLine],
    meta: &InvoicePdfMeta<'_>,
) -> Result<Vec<u8>, InvoicePdfError> {
    let (regular, bold) = fonts()?;
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A3_U)
        .finish()
        .map_err(|e| InvoicePdfError::Pdf(format!("{e:?}")))?;
    let mut doc = Document::new_with(SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    });
    let date = pdf_date(meta.created);
    doc.set_metadata(
        Metadata::new()
            .title(meta.title.clone())
            .language("de".into())
            .producer(format!("mailroom {}", env!("CARGO_PKG_VERSION")))
            .creation_date(date),
    );
    let page_settings = PageSettings::from_wh(595.28, 841.89)
        .ok_or_else(|| InvoicePdfError::Pdf("page size".into()))?;
    for chunk in lines.chunks(LINES_PER_PAGE) {
        let mut page = doc.start_page_with(page_settings.clone());
        let mut surface = page.surface();
        for (i, line) in chunk.iter().enumerate() {
            if line.text.trim().is_empty() {
                continue;
            }
            let font = if line.bold { bold } else { regular };
            surface.draw_text(
                Point::from_xy(LEFT, TOP + i as f32 * LINE_HEIGHT),
                font.clone(),
                FONT_SIZE,
                line.text.trim_end(),
                false,
                TextDirection::Auto,
            );
        }
        surface.finish();
        page.finish();
    }
    let embedded = EmbeddedFile {
        path: meta.xml_name.clone(),
        mime_type: MimeType::new("application/xml"),
        description: Some("Rechnungsdaten (XML), aus denen diese Fassung erstellt ist".into()),
        association_kind: AssociationKind::Source,
        data: meta.xml.to_vec().into(),
        modification_date: Some(date),
        compress: Some(true),
        location: None,
    };
    doc.embed_file(embedded)
        .ok_or_else(|| InvoicePdfError::Pdf("two embedded files with one name".into()))?;
    doc.finish()
        .map_err(|e| InvoicePdfError::Pdf(format!("{e:?}")))
}
