// Rebuild when a migration is added: `sqlx::migrate!` embeds the folders' files at compile
// time, and a new file alone would not make cargo compile the crate again.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    // Tesseract's line images stored without compression work (src/ocr/line_images.rs): the
    // executable's definition of libpng's function must be in its dynamic symbol table to be
    // found before libpng's own. (GNU ld and lld take the flag; other platforms go without.)
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg=-Wl,--export-dynamic-symbol=png_set_compression_level");
    }
}
