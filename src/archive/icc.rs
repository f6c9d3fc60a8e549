//! The ICC profiles of the archive's PDF/A output intent, written here byte by byte: grey
//! for archives of grey and black-white pages, sRGB for archives with colour pages.
//!
//! A PDF/A file that paints with `/DeviceGray` (Tesseract's page images do) needs an output
//! intent whose ICC profile says what those grey values mean. This is the smallest profile
//! that does: ICC v2.1, device class `mntr`, colour space `GRAY`, PCS `XYZ `, and the four
//! tags a v2 monochrome display profile requires: `desc`, `cprt`, `wtpt` (D50) and `kTRC`
//! (a pure gamma 2.2 curve, close to what scanners deliver for 8-bit grey).
//!
//! Building it in code keeps a third party's profile (and its licence) out of the crate; the
//! unit tests below check the structure a validator reads.

/// The profile's description (its `desc` tag); also the output intent's `/Info`.
pub const GREY_PROFILE_DESCRIPTION: &str = "mailroom grey, gamma 2.2, D50";

/// How many colour components the profile describes (the `/N` of its PDF stream).
pub const GREY_COMPONENTS: i64 = 1;

const HEADER_LEN: usize = 128;
const TAG_ENTRY_LEN: usize = 12;

/// The D50 illuminant as s15Fixed16Number X, Y, Z (ICC.1, 7.2.16 and Annex A).
const D50: [u32; 3] = [0x0000_F6D6, 0x0001_0000, 0x0000_D32D];

/// Gamma 2.2 as u8Fixed8Number: 2 + 51/256 = 2.1992.
const GAMMA_2_2: u16 = 0x0233;

/// The description of the colour profile (its `desc` tag and the output intent's `/Info`).
pub const RGB_PROFILE_DESCRIPTION: &str = "mailroom sRGB (IEC 61966-2.1 primaries and curve), D50";

/// How many colour components the colour profile describes.
pub const RGB_COMPONENTS: i64 = 3;

/// The sRGB primaries adapted to D50 (Bradford), as every sRGB ICC profile states them.
const SRGB_RED: [u32; 3] = [0x0000_6FA2, 0x0000_38F5, 0x0000_0390];
const SRGB_GREEN: [u32; 3] = [0x0000_6299, 0x0000_B785, 0x0000_18DA];
const SRGB_BLUE: [u32; 3] = [0x0000_24A0, 0x0000_0F84, 0x0000_B6CF];

/// Returns the complete grey profile, identical on every call.
pub fn grey_profile() -> Vec<u8> {
    let tags: [(&[u8; 4], Vec<u8>); 4] = [
        (b"desc", text_description(GREY_PROFILE_DESCRIPTION)),
        (b"cprt", text(b"No copyright, use freely")),
        (b"wtpt", xyz(D50)),
        (b"kTRC", gamma_curve(GAMMA_2_2)),
    ];
    profile(b"GRAY", &tags)
}

/// Returns the complete sRGB display profile (v2 matrix/TRC: three colorants and the sRGB
/// tone curve sampled at 1024 points), identical on every call. Colour page images are JPEGs
/// in sRGB-like `DeviceRGB`, which this profile gives a meaning.
pub fn rgb_profile() -> Vec<u8> {
    let curve = srgb_curve();
    let tags: [(&[u8; 4], Vec<u8>); 9] = [
        (b"desc", text_description(RGB_PROFILE_DESCRIPTION)),
        (b"cprt", text(b"No copyright, use freely")),
        (b"wtpt", xyz(D50)),
        (b"rXYZ", xyz(SRGB_RED)),
        (b"gXYZ", xyz(SRGB_GREEN)),
        (b"bXYZ", xyz(SRGB_BLUE)),
        (b"rTRC", curve.clone()),
        (b"gTRC", curve.clone()),
        (b"bTRC", curve),
    ];
    profile(b"RGB ", &tags)
}

fn profile(colour_space: &[u8; 4], tags: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
    let table_len = 4 + TAG_ENTRY_LEN * tags.len();
    let mut offset = HEADER_LEN + table_len;
    let mut table = Vec::with_capacity(table_len);
    let mut data = Vec::new();
    table.extend_from_slice(&(tags.len() as u32).to_be_bytes());
    for (signature, element) in tags {
        table.extend_from_slice(*signature);
        table.extend_from_slice(&(offset as u32).to_be_bytes());
        table.extend_from_slice(&(element.len() as u32).to_be_bytes());
        data.extend_from_slice(element);
        // Every tag element starts on a 4-byte boundary (ICC.1, 7.3.1); the padding is not part
        // of the element's size.
        while data.len() % 4 != 0 {
            data.push(0);
        }
        offset = HEADER_LEN + table_len + data.len();
    }

    let size = HEADER_LEN + table_len + data.len();
    let mut profile = header(size as u32, colour_space);
    profile.extend_from_slice(&table);
    profile.extend_from_slice(&data);
    debug_assert_eq!(profile.len(), size);
    profile
}

fn header(size: u32, colour_space: &[u8; 4]) -> Vec<u8> {
    let mut h = Vec::with_capacity(HEADER_LEN);
    h.extend_from_slice(&size.to_be_bytes()); // 0: profile size
    h.extend_from_slice(&[0; 4]); // 4: preferred CMM: none
    h.extend_from_slice(&0x0210_0000u32.to_be_bytes()); // 8: version 2.1.0
    h.extend_from_slice(b"mntr"); // 12: device class
    h.extend_from_slice(colour_space); // 16: colour space of the data
    h.extend_from_slice(b"XYZ "); // 20: profile connection space
    for part in [2024u16, 1, 1, 0, 0, 0] {
        h.extend_from_slice(&part.to_be_bytes()); // 24: creation date and time (fixed)
    }
    h.extend_from_slice(b"acsp"); // 36: profile file signature
    h.extend_from_slice(&[0; 4]); // 40: primary platform: none
    h.extend_from_slice(&[0; 4]); // 44: flags: not embedded-only, independent
    h.extend_from_slice(&[0; 4]); // 48: device manufacturer
    h.extend_from_slice(&[0; 4]); // 52: device model
    h.extend_from_slice(&[0; 8]); // 56: device attributes: reflective, glossy
    h.extend_from_slice(&0u32.to_be_bytes()); // 64: rendering intent: perceptual
    for value in D50 {
        h.extend_from_slice(&value.to_be_bytes()); // 68: PCS illuminant
    }
    h.extend_from_slice(&[0; 4]); // 80: profile creator
    h.extend_from_slice(&[0; 16]); // 84: profile ID (v4 only; zero in v2)
    h.extend_from_slice(&[0; 28]); // 100: reserved
    debug_assert_eq!(h.len(), HEADER_LEN);
    h
}

/// textDescriptionType (ICC.1:2001-04, 6.5.17): ASCII, an empty Unicode and an empty
/// ScriptCode description.
fn text_description(ascii: &str) -> Vec<u8> {
    let mut e = Vec::new();
    e.extend_from_slice(b"desc");
    e.extend_from_slice(&[0; 4]);
    e.extend_from_slice(&(ascii.len() as u32 + 1).to_be_bytes());
    e.extend_from_slice(ascii.as_bytes());
    e.push(0);
    e.extend_from_slice(&[0; 4]); // Unicode language code
    e.extend_from_slice(&[0; 4]); // Unicode character count
    e.extend_from_slice(&[0; 2]); // ScriptCode code
    e.push(0); // ScriptCode count
    e.extend_from_slice(&[0; 67]); // ScriptCode description (fixed size)
    e
}

/// textType (6.5.18): NUL-terminated ASCII.
fn text(ascii: &[u8]) -> Vec<u8> {
    let mut e = Vec::new();
    e.extend_from_slice(b"text");
    e.extend_from_slice(&[0; 4]);
    e.extend_from_slice(ascii);
    e.push(0);
    e
}

/// XYZType (6.5.20) with one XYZNumber.
fn xyz(value: [u32; 3]) -> Vec<u8> {
    let mut e = Vec::new();
    e.extend_from_slice(b"XYZ ");
    e.extend_from_slice(&[0; 4]);
    for v in value {
        e.extend_from_slice(&v.to_be_bytes());
    }
    e
}

/// curveType (6.5.3) with one entry: a pure power function of that gamma.
fn gamma_curve(gamma: u16) -> Vec<u8> {
    let mut e = Vec::new();
    e.extend_from_slice(b"curv");
    e.extend_from_slice(&[0; 4]);
    e.extend_from_slice(&1u32.to_be_bytes());
    e.extend_from_slice(&gamma.to_be_bytes());
    e
}

/// curveType (6.5.3) sampling the sRGB transfer function (IEC 61966-2.1) at 1024 points.
fn srgb_curve() -> Vec<u8> {
    const POINTS: u32 = 1024;
    let mut e = Vec::new();
    e.extend_from_slice(b"curv");
    e.extend_from_slice(&[0; 4]);
    e.extend_from_slice(&POINTS.to_be_bytes());
    for i in 0..POINTS {
        let v = f64::from(i) / f64::from(POINTS - 1);
        let linear = if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        };
        e.extend_from_slice(&((linear * 65535.0).round() as u16).to_be_bytes());
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u32_at(p: &[u8], at: usize) -> u32 {
        u32::from_be_bytes(p[at..at + 4].try_into().unwrap())
    }

    fn tags(p: &[u8]) -> Vec<([u8; 4], usize, usize)> {
        let count = u32_at(p, 128) as usize;
        (0..count)
            .map(|i| {
                let at = 132 + 12 * i;
                (
                    p[at..at + 4].try_into().unwrap(),
                    u32_at(p, at + 4) as usize,
                    u32_at(p, at + 8) as usize,
                )
            })
            .collect()
    }

    #[test]
    fn header_describes_a_v2_grey_display_profile() {
        let p = grey_profile();
        assert_eq!(u32_at(&p, 0) as usize, p.len(), "size field");
        assert_eq!(p.len() % 4, 0);
        assert_eq!(&p[8..10], &[2, 0x10], "version 2.1");
        assert_eq!(&p[12..16], b"mntr");
        assert_eq!(&p[16..20], b"GRAY");
        assert_eq!(&p[20..24], b"XYZ ");
        assert_eq!(&p[36..40], b"acsp");
        assert_eq!(u32_at(&p, 68), 0x0000_F6D6, "D50 X");
        assert_eq!(u32_at(&p, 72), 0x0001_0000, "D50 Y");
        assert_eq!(u32_at(&p, 76), 0x0000_D32D, "D50 Z");
        assert!(
            p[84..128].iter().all(|&b| b == 0),
            "profile ID and reserved bytes"
        );
        assert_eq!(grey_profile(), p, "deterministic");
    }

    #[test]
    fn tag_table_is_complete_aligned_and_in_range() {
        let p = grey_profile();
        let tags = tags(&p);
        let signatures: Vec<&[u8; 4]> = tags.iter().map(|(s, _, _)| s).collect();
        assert_eq!(signatures, [b"desc", b"cprt", b"wtpt", b"kTRC"]);
        let data_start = 128 + 4 + 12 * tags.len();
        let mut previous_end = data_start;
        for (signature, offset, size) in &tags {
            let name = String::from_utf8_lossy(signature);
            assert_eq!(offset % 4, 0, "{name} offset aligned");
            assert!(
                *offset >= previous_end,
                "{name} does not overlap the previous tag"
            );
            assert!(offset + size <= p.len(), "{name} within the profile");
            assert!(
                *size >= 12,
                "{name} has a type signature, reserved bytes and data"
            );
            assert_eq!(&p[offset + 4..offset + 8], &[0; 4], "{name} reserved bytes");
            previous_end = offset + size;
        }
        let element = |sig: &[u8; 4]| {
            let (_, offset, size) = tags.iter().find(|(s, _, _)| s == sig).unwrap();
            &p[*offset..offset + size]
        };
        let desc = element(b"desc");
        assert_eq!(&desc[..4], b"desc");
        let n = u32_at(desc, 8) as usize;
        assert_eq!(
            &desc[12..12 + n],
            format!("{GREY_PROFILE_DESCRIPTION}\0").as_bytes()
        );
        assert_eq!(desc.len(), 12 + n + 4 + 4 + 2 + 1 + 67);
        assert_eq!(&element(b"cprt")[..4], b"text");
        assert_eq!(*element(b"cprt").last().unwrap(), 0, "cprt NUL-terminated");
        let wtpt = element(b"wtpt");
        assert_eq!(&wtpt[..4], b"XYZ ");
        assert_eq!(&wtpt[8..], &p[68..80], "white point is D50");
        let trc = element(b"kTRC");
        assert_eq!(&trc[..4], b"curv");
        assert_eq!(u32_at(trc, 8), 1, "one entry: a gamma value");
        assert_eq!(&trc[12..14], &[0x02, 0x33], "gamma 2.2 as u8Fixed8");
        assert_eq!(trc.len(), 14);
    }

    #[test]
    fn rgb_profile_has_colorants_and_curves_a_display_profile_needs() {
        let p = rgb_profile();
        assert_eq!(u32_at(&p, 0) as usize, p.len());
        assert_eq!(&p[16..20], b"RGB ");
        assert_eq!(&p[12..16], b"mntr");
        let tags = tags(&p);
        let signatures: Vec<&[u8; 4]> = tags.iter().map(|(s, _, _)| s).collect();
        for needed in [
            b"desc", b"cprt", b"wtpt", b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC",
        ] {
            assert!(
                signatures.contains(&needed),
                "{}",
                String::from_utf8_lossy(needed)
            );
        }
        for (_, offset, size) in &tags {
            assert_eq!(offset % 4, 0);
            assert!(offset + size <= p.len());
        }
        // The colorants add up to the D50 white point (within rounding), as sRGB's do.
        let sum = |i: usize| -> i64 {
            [b"rXYZ", b"gXYZ", b"bXYZ"]
                .iter()
                .map(|sig| {
                    let (_, offset, _) = tags.iter().find(|(s, _, _)| s == *sig).unwrap();
                    i64::from(u32_at(&p, offset + 8 + 4 * i))
                })
                .sum()
        };
        for (i, white) in D50.iter().enumerate() {
            assert!((sum(i) - i64::from(*white)).abs() < 16, "component {i}");
        }
        let (_, offset, _) = tags.iter().find(|(s, _, _)| s == b"rTRC").unwrap();
        assert_eq!(u32_at(&p, offset + 8), 1024);
        assert_eq!(rgb_profile(), p, "deterministic");
    }
}
