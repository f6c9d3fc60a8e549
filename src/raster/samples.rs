//! Turning packed samples of any common depth and colour model into 8-bit gray.

use image::GrayImage;

use super::RasterError;

/// How a page was scanned, for the transfer note's scan profile. Pages are read as grey
/// whatever they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ColourMode {
    BlackWhite,
    Grey,
    Colour,
    /// Rendered by poppler: not known.
    Unknown,
}

impl ColourMode {
    pub fn as_str(self) -> &'static str {
        match self {
            ColourMode::BlackWhite => "black-white",
            ColourMode::Grey => "grey",
            ColourMode::Colour => "colour",
            ColourMode::Unknown => "unknown",
        }
    }
}

/// How samples map to colour.
#[derive(Debug, Clone, PartialEq)]
pub enum ColorModel {
    Gray,
    Rgb,
    Cmyk,
    /// A palette of `base` colours, `hival + 1` entries, packed as bytes.
    Indexed {
        base: Box<ColorModel>,
        palette: Vec<u8>,
    },
}

impl ColorModel {
    /// The scan profile's colour mode of samples in this model with `bpc` bits each.
    pub fn colour_mode(&self, bpc: u8) -> ColourMode {
        match self {
            ColorModel::Gray if bpc == 1 => ColourMode::BlackWhite,
            ColorModel::Gray => ColourMode::Grey,
            // A palette of greys is a grey scan.
            ColorModel::Indexed { base, .. } if **base == ColorModel::Gray => ColourMode::Grey,
            _ => ColourMode::Colour,
        }
    }

    pub fn components(&self) -> usize {
        match self {
            ColorModel::Gray | ColorModel::Indexed { .. } => 1,
            ColorModel::Rgb => 3,
            ColorModel::Cmyk => 4,
        }
    }

    /// Gray value of one colour given as 8-bit components.
    fn gray_of(&self, c: &[u8]) -> u8 {
        match self {
            ColorModel::Gray => c[0],
            ColorModel::Rgb => luma(c[0], c[1], c[2]),
            ColorModel::Cmyk => {
                let ink =
                    (c[0] as u32 * 30 + c[1] as u32 * 59 + c[2] as u32 * 11) / 100 + c[3] as u32;
                255 - ink.min(255) as u8
            }
            ColorModel::Indexed { base, palette } => {
                let n = base.components();
                let i = c[0] as usize * n;
                match palette.get(i..i + n) {
                    Some(entry) => base.gray_of(entry),
                    None => 255,
                }
            }
        }
    }
}

fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((r as u32 * 299 + g as u32 * 587 + b as u32 * 114) / 1000) as u8
}

/// The grey version of a colour page, for the checks that look at ink (blank, skew,
/// separators); OCR reads the colour pixels themselves.
pub fn rgb_to_grey(image: &image::RgbImage) -> GrayImage {
    let raw: Vec<u8> = image
        .as_raw()
        .chunks_exact(3)
        .map(|p| luma(p[0], p[1], p[2]))
        .collect();
    GrayImage::from_raw(image.width(), image.height(), raw).expect("one sample per pixel")
}

/// Converts `data` (rows of `width` pixels, `bpc` bits per component, rows padded to whole
/// bytes) to gray. `invert` flips single-component samples (a PDF `/Decode [1 0]`).
pub fn to_gray(
    data: &[u8],
    width: u32,
    height: u32,
    bpc: u8,
    model: &ColorModel,
    invert: bool,
) -> Result<GrayImage, RasterError> {
    if !matches!(bpc, 1 | 2 | 4 | 8 | 16) {
        return Err(RasterError::Unsupported(format!(
            "{bpc} bits per component"
        )));
    }
    let comps = model.components();
    let row_bits = width as usize * comps * bpc as usize;
    let stride = row_bits.div_ceil(8);
    let needed = stride * height as usize;
    if data.len() < needed {
        return Err(RasterError::Corrupt(format!(
            "image data is {} bytes, {needed} expected for {width}×{height}",
            data.len()
        )));
    }
    let indexed = matches!(model, ColorModel::Indexed { .. });
    let max = (1u32 << bpc.min(8)) - 1;
    let mut out = GrayImage::new(width, height);
    let mut px = [0u8; 4];
    for y in 0..height as usize {
        let row = &data[y * stride..(y + 1) * stride];
        for x in 0..width as usize {
            for (c, slot) in px.iter_mut().enumerate().take(comps) {
                let idx = x * comps + c;
                let raw = match bpc {
                    8 => row[idx] as u32,
                    16 => row[idx * 2] as u32,
                    _ => {
                        let bit = idx * bpc as usize;
                        let byte = row[bit / 8] as u32;
                        let shift = 8 - bpc as usize - (bit % 8);
                        (byte >> shift) & max
                    }
                };
                // Palette indices stay indices; everything else scales to 0..255.
                *slot = if indexed || bpc >= 8 {
                    raw as u8
                } else {
                    (raw * 255 / max) as u8
                };
            }
            let mut g = model.gray_of(&px[..comps]);
            if invert && comps == 1 && !indexed {
                g = 255 - g;
            }
            out.put_pixel(x as u32, y as u32, image::Luma([g]));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bit_rows_are_padded_and_scaled() {
        // 10 pixels wide: 2 bytes per row. Row 0: first pixel white, rest black.
        let data = [0b1000_0000, 0, 0xFF, 0xC0];
        let g = to_gray(&data, 10, 2, 1, &ColorModel::Gray, false).unwrap();
        assert_eq!(g.get_pixel(0, 0).0[0], 255);
        assert_eq!(g.get_pixel(1, 0).0[0], 0);
        assert_eq!(g.get_pixel(9, 1).0[0], 255);
        let inv = to_gray(&data, 10, 2, 1, &ColorModel::Gray, true).unwrap();
        assert_eq!(inv.get_pixel(0, 0).0[0], 0);
    }

    #[test]
    fn colour_models() {
        let rgb = to_gray(
            &[255, 0, 0, 255, 255, 255],
            2,
            1,
            8,
            &ColorModel::Rgb,
            false,
        )
        .unwrap();
        assert_eq!(rgb.get_pixel(0, 0).0[0], 76);
        assert_eq!(rgb.get_pixel(1, 0).0[0], 255);
        let cmyk = to_gray(&[0, 0, 0, 255], 1, 1, 8, &ColorModel::Cmyk, false).unwrap();
        assert_eq!(cmyk.get_pixel(0, 0).0[0], 0);
        let indexed = ColorModel::Indexed {
            base: Box::new(ColorModel::Rgb),
            palette: vec![0, 0, 0, 255, 255, 255],
        };
        let pal = to_gray(&[0b0100_0000], 2, 1, 1, &indexed, false).unwrap();
        assert_eq!(pal.get_pixel(0, 0).0[0], 0);
        assert_eq!(pal.get_pixel(1, 0).0[0], 255);
        let sixteen = to_gray(&[0x80, 0x00], 1, 1, 16, &ColorModel::Gray, false).unwrap();
        assert_eq!(sixteen.get_pixel(0, 0).0[0], 0x80);
    }

    #[test]
    fn short_data_is_an_error_not_a_panic() {
        assert!(matches!(
            to_gray(&[0; 3], 10, 10, 8, &ColorModel::Gray, false),
            Err(RasterError::Corrupt(_))
        ));
        assert!(matches!(
            to_gray(&[0; 3], 1, 1, 3, &ColorModel::Gray, false),
            Err(RasterError::Unsupported(_))
        ));
    }
}
