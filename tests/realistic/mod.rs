//! Hand-written test letters (see `letters.rs`).
pub mod letters;
