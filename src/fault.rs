//! Crash points for testing "nothing is lost". When `MAILROOM_CRASH_AT` names a point, the
//! process aborts there, exactly like a power cut or `kill -9` at that instant. Integration
//! tests use this to crash the real binary between every two steps of claiming and filing and
//! check that the restarted daemon files each document exactly once.

use std::sync::OnceLock;

/// Environment variable naming the crash point to trigger.
pub const CRASH_ENV: &str = "MAILROOM_CRASH_AT";

/// Aborts the process if `MAILROOM_CRASH_AT` is `name`.
pub fn crash_point(name: &str) {
    static TARGET: OnceLock<Option<String>> = OnceLock::new();
    let target = TARGET.get_or_init(|| std::env::var(CRASH_ENV).ok());
    if target.as_deref() == Some(name) {
        eprintln!("mailroom: crash point {name} reached; aborting as requested by {CRASH_ENV}");
        std::process::abort();
    }
}
