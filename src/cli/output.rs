//! Small helpers for human-readable output.

use crate::model::{format_berlin, Timestamp};

/// `21.11.2026 10:39:00 MEZ`.
pub fn berlin(ts: Timestamp) -> String {
    format_berlin(ts)
}

/// Human size: `1.2 MB`.
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1 << 20) as f64),
        b if b >= 1 << 10 => format!("{:.1} KB", b as f64 / (1 << 10) as f64),
        b => format!("{b} B"),
    }
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}
