//! Hand-written test letters: `letters.rs` (written while the default rules were made),
//! `held_out.rs` … `held_out_14.rs` (written by others without seeing the rules or topic
//! words).
pub mod held_out;
pub mod held_out_10;
pub mod held_out_11;
pub mod held_out_12;
pub mod held_out_13;
pub mod held_out_14;
pub mod held_out_2;
pub mod held_out_3;
pub mod held_out_4;
pub mod held_out_5;
pub mod held_out_6;
pub mod held_out_7;
pub mod held_out_8;
pub mod held_out_9;
pub mod letters;
