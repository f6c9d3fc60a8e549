//! Hand-written test letters: `letters.rs` (written while the default rules were made),
//! `held_out.rs`, `held_out_2.rs` and `held_out_3.rs` (written by others without seeing the rules
//! or topic words).
pub mod held_out;
pub mod held_out_2;
pub mod held_out_3;
pub mod letters;
