// Rebuild when a migration is added: `sqlx::migrate!` embeds the folders' files at compile
// time, and a new file alone would not make cargo compile the crate again.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
