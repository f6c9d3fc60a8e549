//! Separator sheets marked with a barcode (QR, Code 128 or Code 39), to split a batch scan into letters.
//!
//! [`read_barcodes`] decodes the symbols on a page with `rxing`; [`barcode_separator`] decides
//! whether one of them is the configured separator value, optionally carrying a department
//! code ("TRENNBLATT:JUGENDAMT"). Kodak patch sheets are found by [`super::patch`].

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

use image::imageops::thumbnail;
use image::GrayImage;
use rxing::common::HybridBinarizer;
use rxing::multi::{GenericMultipleBarcodeReader, MultipleBarcodeReader};
use rxing::{BinaryBitmap, DecodeHints, Luma8Source, MultiUseMultiFormatReader};

/// Resolution symbols are read at. Separator symbols are printed large; Code 128 with modules
/// of 0.35 mm or more and QR codes with 0.3 mm or more (2 px here) decode as at 300 dpi, in
/// a quarter of the time on a letter and an eighth on a separator sheet. Smaller modules need
/// the full resolution (measured with rxing 0.9.3).
const READ_DPI: u32 = 150;
/// Pages scanned above this are reduced to [`READ_DPI`] first. A 200 dpi page gains too
/// little from the reduction to be worth blurring its modules.
const REDUCE_ABOVE_DPI: u32 = 225;
/// Separates the separator value from a department code in a symbol's text.
const DEPARTMENT_SEPARATOR: char = ':';

/// Symbologies read on separator sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarcodeFormat {
    Qr,
    Code128,
    /// Common on printed separator sheets; full ASCII (`TRENNBLATT:51`) is decoded.
    Code39,
}

/// A decoded symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Barcode {
    pub format: BarcodeFormat,
    pub text: String,
}

/// Why a page is a separator sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeparatorKind {
    /// A Kodak PATCH-T.
    Patch,
    /// A symbol with the configured separator value.
    Barcode {
        format: BarcodeFormat,
        /// The symbol's whole text, e.g. "TRENNBLATT:JUGENDAMT".
        value: String,
        /// The department code after the value and a colon, e.g. "JUGENDAMT".
        department: Option<String>,
    },
}

/// Decodes QR and Code 128 symbols on the page. Reads a copy at about 150 dpi (same result as
/// 300 dpi for separator-sized symbols, see [`READ_DPI`], 4–8x faster). Symbols may be
/// anywhere and turned by any multiple of 90°. Decoding failures of any kind give an empty
/// list.
pub fn read_barcodes(image: &GrayImage, dpi: u32) -> Vec<Barcode> {
    let reduced;
    let page = if dpi > REDUCE_ABOVE_DPI {
        let scale = READ_DPI as f64 / dpi as f64;
        let size = |px: u32| ((px as f64 * scale).round() as u32).max(1);
        // Box averaging: reads the same symbols as `resize` with a triangle filter, in a
        // fifth of the time (50 instead of 250-300 ms for an A4 page at 300 dpi).
        reduced = thumbnail(image, size(image.width()), size(image.height()));
        &reduced
    } else {
        image
    };
    // rxing is a large port of zxing; a bug there must cost one page's separator, not a worker.
    catch_unwind(AssertUnwindSafe(|| decode(page, true))).unwrap_or_default()
}

/// Runs rxing over the whole page. `try_harder` makes the 1D reader scan every few rows of
/// the page (instead of 15 rows around its middle) and also the page turned by 90°; without
/// it a Code 128 symbol near the top or bottom of the page, or sideways, is missed.
fn decode(page: &GrayImage, try_harder: bool) -> Vec<Barcode> {
    let (w, h) = page.dimensions();
    if w == 0 || h == 0 {
        return Vec::new();
    }
    let Some(pixels) = page.as_raw().get(..w as usize * h as usize) else {
        return Vec::new();
    };
    let Ok(source) = Luma8Source::new_with_slice(pixels, w, h) else {
        return Vec::new();
    };
    let hints = DecodeHints {
        PossibleFormats: Some(HashSet::from([
            rxing::BarcodeFormat::QR_CODE,
            rxing::BarcodeFormat::CODE_128,
            rxing::BarcodeFormat::CODE_39,
        ])),
        TryHarder: Some(try_harder),
        ..DecodeHints::default()
    };
    // Finds one symbol, then searches the page left, above, right and below it for more.
    let mut reader = GenericMultipleBarcodeReader::new(MultiUseMultiFormatReader::default());
    let mut bitmap = BinaryBitmap::new(HybridBinarizer::new(source));
    let Ok(results) = reader.decode_multiple_with_hints(&mut bitmap, &hints) else {
        return Vec::new();
    };
    let mut barcodes: Vec<Barcode> = Vec::new();
    for result in results {
        let format = match result.getBarcodeFormat() {
            rxing::BarcodeFormat::QR_CODE => BarcodeFormat::Qr,
            rxing::BarcodeFormat::CODE_128 => BarcodeFormat::Code128,
            rxing::BarcodeFormat::CODE_39 => BarcodeFormat::Code39,
            _ => continue,
        };
        let text = match format {
            BarcodeFormat::Code39 => code39_full_ascii(result.getText()),
            _ => result.getText().to_owned(),
        };
        let barcode = Barcode { format, text };
        if !barcodes.contains(&barcode) {
            barcodes.push(barcode);
        }
    }
    barcodes
}

/// Code 39's full-ASCII form: characters outside its 43 are written as two (`/Z` is `:`,
/// `+A` is `a`). rxing's combined reader leaves them as written. Text with a pair that is
/// no such character is returned as read (plain Code 39 may contain `/`, `+`, `%`, `$`).
fn code39_full_ascii(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if !matches!(c, '$' | '%' | '/' | '+') {
            out.push(c);
            continue;
        }
        let Some(next) = chars.next().filter(char::is_ascii_uppercase) else {
            return raw.to_owned();
        };
        let n = next as u8 - b'A';
        let decoded = match (c, next) {
            ('$', _) => n + 1,
            ('+', _) => b'a' + n,
            ('/', 'A'..='O') => b'!' + n,
            ('/', 'Z') => b':',
            ('%', 'A'..='E') => 0x1B + n,
            ('%', 'F'..='J') => b';' + (n - 5),
            ('%', 'K'..='O') => b'[' + (n - 10),
            ('%', 'P'..='T') => b'{' + (n - 15),
            ('%', 'U') => 0,
            ('%', 'V') => b'@',
            ('%', 'W') => b'`',
            ('%', 'X'..='Z') => 0x7F,
            _ => return raw.to_owned(),
        };
        out.push(decoded as char);
    }
    out
}

/// Whether `barcodes` contain the configured separator value. A symbol whose text equals
/// `value` is a separator; a symbol `value:CODE` (e.g. "TRENNBLATT:JUGENDAMT") is a separator
/// carrying department code CODE (trimmed, non-empty). Matching of `value` is exact,
/// case-sensitive.
///
/// A symbol `value:` with an empty code is still a separator, without a department: the sheet
/// was meant to separate, and missing a split merges two letters. A symbol carrying a
/// department wins over a plain one on the same page; otherwise the first match counts. An
/// empty `value` matches nothing.
pub fn barcode_separator(barcodes: &[Barcode], value: &str) -> Option<SeparatorKind> {
    if value.is_empty() {
        return None;
    }
    let mut plain = None;
    for barcode in barcodes {
        let department = if barcode.text == value {
            None
        } else if let Some(code) = barcode
            .text
            .strip_prefix(value)
            .and_then(|rest| rest.strip_prefix(DEPARTMENT_SEPARATOR))
        {
            Some(code.trim()).filter(|c| !c.is_empty())
        } else {
            continue;
        };
        let kind = SeparatorKind::Barcode {
            format: barcode.format,
            value: barcode.text.clone(),
            department: department.map(str::to_owned),
        };
        if department.is_some() {
            return Some(kind);
        }
        plain.get_or_insert(kind);
    }
    plain
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::imageops::{resize, FilterType};
    use image::Luma;
    use rxing::{MultiFormatWriter, Writer};
    use std::time::Instant;

    const VALUE: &str = "TRENNBLATT";

    fn px(dpi: u32, mm: f64) -> f64 {
        mm * dpi as f64 / 25.4
    }

    /// An A4 page: paper grey with mild scanner noise and a few specks (deterministic).
    fn paper(dpi: u32) -> GrayImage {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let (w, h) = (px(dpi, 210.0) as u32, px(dpi, 297.0) as u32);
        GrayImage::from_fn(w, h, |_, _| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let v = if seed.is_multiple_of(997) {
                40
            } else {
                218 + (seed % 30) as u8
            };
            Luma([v])
        })
    }

    fn fill_mm(img: &mut GrayImage, dpi: u32, (x, y): (f64, f64), (w, h): (f64, f64)) {
        let (x0, y0) = (px(dpi, x).round() as u32, px(dpi, y).round() as u32);
        let (x1, y1) = (px(dpi, x + w).round() as u32, px(dpi, y + h).round() as u32);
        for yy in y0..y1.min(img.height()) {
            for xx in x0..x1.min(img.width()) {
                img.put_pixel(xx, yy, Luma([30]));
            }
        }
    }

    /// Draws a symbol encoded by rxing with modules of `module` mm at (`x`, `y`) mm. Rows of a
    /// 1D symbol (one row from the writer) are stretched to `bar_height` mm.
    fn draw_symbol(
        img: &mut GrayImage,
        dpi: u32,
        (x, y): (f64, f64),
        format: rxing::BarcodeFormat,
        text: &str,
        module: f64,
        bar_height: f64,
    ) {
        let matrix = MultiFormatWriter.encode(text, &format, 0, 0).unwrap();
        let row_height = if matrix.height() == 1 {
            bar_height
        } else {
            module
        };
        for my in 0..matrix.height() {
            for mx in 0..matrix.width() {
                if matrix.get(mx, my) {
                    let at = (x + mx as f64 * module, y + my as f64 * row_height);
                    fill_mm(img, dpi, at, (module, row_height));
                }
            }
        }
    }

    /// Some lines of text-like marks, as on a letter.
    fn text(img: &mut GrayImage, dpi: u32, top: f64) {
        for line in 0..12 {
            for letter in 0..60 {
                if letter % 7 != 6 {
                    let at = (25.0 + letter as f64 * 2.6, top + line as f64 * 4.2);
                    fill_mm(img, dpi, at, (0.3, 2.5));
                    fill_mm(img, dpi, (at.0, at.1 + 1.1), (1.8, 0.3));
                }
            }
        }
    }

    /// A separator sheet: a QR code (~40 mm) at the top left, a Code 128 (~90 mm, 15 mm high)
    /// lower down, and some printed instructions.
    fn separator_sheet(dpi: u32) -> GrayImage {
        let mut img = paper(dpi);
        let qr = rxing::BarcodeFormat::QR_CODE;
        let code128 = rxing::BarcodeFormat::CODE_128;
        draw_symbol(
            &mut img,
            dpi,
            (20.0, 20.0),
            qr,
            "TRENNBLATT:JUGENDAMT",
            1.2,
            0.0,
        );
        draw_symbol(&mut img, dpi, (50.0, 200.0), code128, VALUE, 0.5, 15.0);
        text(&mut img, dpi, 100.0);
        img
    }

    fn texts(barcodes: &[Barcode]) -> Vec<(BarcodeFormat, &str)> {
        let mut t: Vec<_> = barcodes
            .iter()
            .map(|b| (b.format, b.text.as_str()))
            .collect();
        t.sort_by_key(|(_, text)| *text);
        t
    }

    #[test]
    fn symbols_are_read_at_300_and_200_dpi() {
        for dpi in [300, 200] {
            let found = read_barcodes(&separator_sheet(dpi), dpi);
            assert_eq!(
                texts(&found),
                [
                    (BarcodeFormat::Code128, VALUE),
                    (BarcodeFormat::Qr, "TRENNBLATT:JUGENDAMT")
                ],
                "{dpi} dpi"
            );
        }
    }

    #[test]
    fn small_modules_and_a_sideways_code_128_are_read() {
        let dpi = 300;
        let mut img = paper(dpi);
        let qr = rxing::BarcodeFormat::QR_CODE;
        draw_symbol(
            &mut img,
            dpi,
            (120.0, 240.0),
            qr,
            "TRENNBLATT:POST",
            0.5,
            0.0,
        );
        let code128 = rxing::BarcodeFormat::CODE_128;
        draw_symbol(
            &mut img,
            dpi,
            (20.0, 20.0),
            code128,
            "TRENNBLATT:BAU",
            0.4,
            12.0,
        );
        let sideways = image::imageops::rotate90(&img);
        for (page, name) in [(&img, "upright"), (&sideways, "sideways")] {
            let found = read_barcodes(page, dpi);
            assert_eq!(
                texts(&found),
                [
                    (BarcodeFormat::Code128, "TRENNBLATT:BAU"),
                    (BarcodeFormat::Qr, "TRENNBLATT:POST")
                ],
                "{name}"
            );
        }
    }

    #[test]
    fn a_letter_has_no_symbols() {
        let mut img = paper(300);
        text(&mut img, 300, 40.0);
        text(&mut img, 300, 150.0);
        assert_eq!(read_barcodes(&img, 300), []);
        assert_eq!(read_barcodes(&paper(200), 200), []);
    }

    #[test]
    fn degenerate_pages_give_no_symbols() {
        assert_eq!(read_barcodes(&GrayImage::new(0, 0), 300), []);
        assert_eq!(read_barcodes(&GrayImage::new(1, 1), 300), []);
        assert_eq!(read_barcodes(&GrayImage::new(3, 2000), 600), []);
        let black = GrayImage::from_pixel(400, 300, Luma([0]));
        assert_eq!(read_barcodes(&black, 0), []);
    }

    fn code(text: &str) -> Barcode {
        Barcode {
            format: BarcodeFormat::Code128,
            text: text.to_owned(),
        }
    }

    fn separator(format: BarcodeFormat, value: &str, department: Option<&str>) -> SeparatorKind {
        SeparatorKind::Barcode {
            format,
            value: value.to_owned(),
            department: department.map(str::to_owned),
        }
    }

    #[test]
    fn a_code_39_sheet_as_printed_and_scanned_is_a_separator_with_its_department() {
        use mailroom_testdata as gen;
        for (seed, dpi) in [(1, 300), (2, 200)] {
            let opts = gen::ScanOptions {
                seed,
                dpi,
                ..gen::ScanOptions::default()
            };
            let sheet = gen::SeparatorSheet::Code39("TRENNBLATT:JUGENDAMT".into());
            let page = gen::separator_sheet(&sheet, &opts, 0);
            let found = read_barcodes(&page.image, dpi);
            assert_eq!(
                barcode_separator(&found, VALUE),
                Some(SeparatorKind::Barcode {
                    format: BarcodeFormat::Code39,
                    value: "TRENNBLATT:JUGENDAMT".into(),
                    department: Some("JUGENDAMT".into()),
                }),
                "{dpi} dpi: {found:?}"
            );
        }
    }

    #[test]
    fn code_39_full_ascii_pairs_are_decoded_and_plain_text_kept() {
        assert_eq!(code39_full_ascii("TRENNBLATT/Z51"), "TRENNBLATT:51");
        assert_eq!(code39_full_ascii("+A+B/A%V"), "ab!@");
        assert_eq!(code39_full_ascii("A/B-1"), "A\"-1");
        // A shift character before something that is no pair: as read.
        assert_eq!(code39_full_ascii("10/5"), "10/5");
        assert_eq!(code39_full_ascii("50%"), "50%");
    }

    #[test]
    fn the_exact_value_is_a_separator() {
        let found = barcode_separator(&[code("RECHNUNG-4711"), code(VALUE)], VALUE);
        let expected = separator(BarcodeFormat::Code128, VALUE, None);
        assert_eq!(found, Some(expected));
    }

    #[test]
    fn a_value_with_a_department_code_carries_it() {
        let qr = Barcode {
            format: BarcodeFormat::Qr,
            text: "TRENNBLATT: JUGENDAMT ".to_owned(),
        };
        let found = barcode_separator(&[code(VALUE), qr], VALUE);
        let expected = separator(
            BarcodeFormat::Qr,
            "TRENNBLATT: JUGENDAMT ",
            Some("JUGENDAMT"),
        );
        assert_eq!(found, Some(expected));
    }

    #[test]
    fn other_values_are_not_separators() {
        for text in [
            "RECHNUNG",
            "TRENNBLATTX",
            "TRENNBLATTX:BAU",
            "trennblatt",
            " TRENNBLATT",
            "X:TRENNBLATT",
        ] {
            assert_eq!(barcode_separator(&[code(text)], VALUE), None, "{text}");
        }
        assert_eq!(barcode_separator(&[], VALUE), None);
        assert_eq!(barcode_separator(&[code(""), code(":BAU")], ""), None);
    }

    #[test]
    fn an_empty_department_code_is_a_plain_separator() {
        for text in ["TRENNBLATT:", "TRENNBLATT:   "] {
            let found = barcode_separator(&[code(text)], VALUE);
            assert_eq!(found, Some(separator(BarcodeFormat::Code128, text, None)));
        }
    }

    /// Prints how long separator detection takes on an A4 page at 300 dpi; never fails on time.
    #[test]
    fn timing_on_an_a4_page_at_300_dpi() {
        let dpi = 300;
        let sheet = separator_sheet(dpi);
        let mut letter = paper(dpi);
        text(&mut letter, dpi, 40.0);
        text(&mut letter, dpi, 150.0);
        let mut patch = paper(dpi);
        let bars = [(0.0, 2.03), (4.06, 5.08), (11.17, 2.03), (15.23, 5.08)];
        for (y, h) in bars {
            fill_mm(&mut patch, dpi, (30.0, 30.0 + y), (150.0, h));
        }
        let time = |what: &str, f: &dyn Fn() -> usize| {
            let start = Instant::now();
            let n = f();
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            eprintln!("{what}: {ms:.0} ms ({n} found)");
        };
        time("read_barcodes, separator sheet", &|| {
            read_barcodes(&sheet, dpi).len()
        });
        time("read_barcodes, letter", &|| {
            read_barcodes(&letter, dpi).len()
        });
        // Where the time goes, and what reading at 300 dpi or without try-harder would cost.
        let (w, h) = (sheet.width() / 2, sheet.height() / 2);
        time("  reduction to 150 dpi (thumbnail)", &|| {
            thumbnail(&sheet, w, h).len()
        });
        time("  reduction to 150 dpi with resize(Triangle)", &|| {
            resize(&sheet, w, h, FilterType::Triangle).len()
        });
        let small = thumbnail(&sheet, w, h);
        let small_letter = thumbnail(&letter, w, h);
        for (name, page, harder) in [
            ("  rxing at 150 dpi, separator sheet", &small, true),
            ("  rxing at 150 dpi, letter", &small_letter, true),
            (
                "  rxing at 150 dpi without try-harder, separator sheet",
                &small,
                false,
            ),
            (
                "  rxing at 150 dpi without try-harder, letter",
                &small_letter,
                false,
            ),
            ("  rxing at 300 dpi, separator sheet", &sheet, true),
            ("  rxing at 300 dpi, letter", &letter, true),
        ] {
            time(name, &|| decode(page, harder).len());
        }
        let find = super::super::patch::find_patch_t;
        time("find_patch_t, patch sheet", &|| {
            find(&patch, dpi).iter().count()
        });
        time("find_patch_t, letter", &|| {
            find(&letter, dpi).iter().count()
        });
        time("find_patch_t, separator sheet", &|| {
            find(&sheet, dpi).iter().count()
        });
    }
}
