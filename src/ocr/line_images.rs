//! Tesseract's text-line images kept without compression work.
//!
//! Tesseract 5 stores every text-line image it is about to recognise as a PNG in memory and
//! decodes it again right away (`ImageData::SetPix` → leptonica `pixWriteMem(…, IFF_PNG)`, then
//! `ImageData::GetPix`). With zlib's default level and libpng's adaptive row filters that round
//! trip was 6 % of all instructions of a page and about 7 % of its time, spent on images that
//! live for milliseconds and are never written anywhere (measured with the `tesseract` CLI on a
//! generated letter page, which pays the same).
//!
//! So mailroom defines libpng's `png_set_compression_level` itself. The dynamic linker binds
//! leptonica's call to this definition, because the executable comes first in symbol lookup
//! (`build.rs` puts the symbol into the executable's dynamic symbol table); it forwards to
//! libpng's own function with level 0 (stored) and no row filter. The PNG stays valid and
//! lossless, Tesseract reads back the same pixels and recognises the same text; only the work
//! is gone. Nothing else in mailroom writes PNG through libpng (its own PNG files are written
//! by the `png` crate), so no file on disk changes. Without the export (another linker), the
//! function is simply never called and Tesseract compresses as before.

use std::ffi::{c_int, c_void};
use std::sync::OnceLock;

type SetLevel = unsafe extern "C" fn(*mut c_void, c_int);
type SetFilter = unsafe extern "C" fn(*mut c_void, c_int, c_int);

/// zlib's `Z_NO_COMPRESSION`: stored blocks, a copy and a checksum.
const STORED: c_int = 0;
/// libpng's `PNG_FILTER_TYPE_BASE` and `PNG_FILTER_NONE`.
const FILTER_METHOD: c_int = 0;
const FILTER_NONE: c_int = 0x08;

struct Libpng {
    set_level: Option<SetLevel>,
    set_filter: Option<SetFilter>,
}

fn libpng() -> &'static Libpng {
    static LIBPNG: OnceLock<Libpng> = OnceLock::new();
    LIBPNG.get_or_init(|| {
        // SAFETY: dlsym with RTLD_NEXT and NUL-terminated names only looks symbols up; the
        // pointers found are libpng's functions with exactly these C signatures (png.h).
        unsafe {
            let level = libc::dlsym(libc::RTLD_NEXT, c"png_set_compression_level".as_ptr());
            let filter = libc::dlsym(libc::RTLD_NEXT, c"png_set_filter".as_ptr());
            Libpng {
                set_level: (!level.is_null())
                    .then(|| std::mem::transmute::<*mut c_void, SetLevel>(level)),
                set_filter: (!filter.is_null())
                    .then(|| std::mem::transmute::<*mut c_void, SetFilter>(filter)),
            }
        }
    })
}

/// Stands in for libpng's function of the same name (see the module documentation): whatever
/// level the caller asks for, the PNG is stored without compression and without row filters.
///
/// # Safety
/// Called, like libpng's own function, with a live `png_structp` for writing.
#[no_mangle]
pub unsafe extern "C" fn png_set_compression_level(png_ptr: *mut c_void, _level: c_int) {
    let libpng = libpng();
    if let Some(set_level) = libpng.set_level {
        set_level(png_ptr, STORED);
    }
    if let Some(set_filter) = libpng.set_filter {
        set_filter(png_ptr, FILTER_METHOD, FILTER_NONE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether leptonica's PNG writes in this process come here (the symbol is exported and
    /// found first).
    fn in_effect() -> bool {
        // SAFETY: a lookup in the global scope by a NUL-terminated name.
        let found =
            unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"png_set_compression_level".as_ptr()) };
        found == png_set_compression_level as *mut c_void
    }

    /// A leptonica function of this process (loaded with libtesseract), looked up by name.
    fn leptonica(name: &std::ffi::CStr) -> *mut c_void {
        // SAFETY: a lookup in the global scope by a NUL-terminated name.
        let f = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr()) };
        assert!(!f.is_null(), "leptonica's {name:?} is not loaded");
        f
    }

    #[test]
    fn leptonica_writes_png_stored_through_this_definition() {
        // An engine as every OCR worker has: it loads libtesseract, leptonica and libpng.
        let _engine = tesseract_rs::TesseractAPI::new();
        assert!(
            in_effect(),
            "png_set_compression_level is not exported from the test binary (build.rs)"
        );
        let libpng = libpng();
        assert!(libpng.set_level.is_some() && libpng.set_filter.is_some());
        // The function forwarded to is libpng's, not this one (no recursion).
        assert_ne!(
            libpng.set_level.map(|f| f as *mut c_void),
            Some(png_set_compression_level as *mut c_void)
        );

        // What Tesseract does with a line image: a white 8-bit image written as PNG to memory.
        // Compressed, 100,000 equal bytes take a few hundred; stored, at least their number.
        type Create = unsafe extern "C" fn(c_int, c_int, c_int) -> *mut c_void;
        type Write = unsafe extern "C" fn(*mut *mut u8, *mut usize, *mut c_void, c_int) -> c_int;
        type Destroy = unsafe extern "C" fn(*mut *mut c_void);
        const IFF_PNG: c_int = 3;
        // SAFETY: leptonica's pixCreate/pixWriteMem/pixDestroy with their C signatures
        // (allheaders.h); the image and the buffer are released below (leptonica allocates with
        // malloc).
        unsafe {
            let create = std::mem::transmute::<*mut c_void, Create>(leptonica(c"pixCreate"));
            let write = std::mem::transmute::<*mut c_void, Write>(leptonica(c"pixWriteMem"));
            let destroy = std::mem::transmute::<*mut c_void, Destroy>(leptonica(c"pixDestroy"));
            let mut pix = create(1000, 100, 8);
            assert!(!pix.is_null());
            let (mut data, mut size) = (std::ptr::null_mut::<u8>(), 0usize);
            assert_eq!(write(&mut data, &mut size, pix, IFF_PNG), 0);
            let png = std::slice::from_raw_parts(data, size).to_vec();
            libc::free(data.cast());
            destroy(&mut pix);
            assert_eq!(&png[1..4], b"PNG");
            assert!(
                size >= 100_000,
                "leptonica compressed the line image ({size} bytes)"
            );
        }
    }
}
