//! Deciding when a file in a drop folder is complete. Pure logic with an explicit clock, so
//! it is tested without sleeping.
//!
//! A file is ready when its size and modification time have not changed for the settle time,
//! or — after the writer closed it — for the shorter close time. If its content looks cut off
//! (a PDF without `%%EOF`, a JPEG without its end marker), it must stay unchanged for the
//! longer incomplete-wait first: slow network scanners pause mid-file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// Timing rules for one folder.
#[derive(Debug, Clone, Copy)]
pub struct SettleRules {
    pub settle: Duration,
    pub after_close: Duration,
    pub incomplete_wait: Duration,
}

#[derive(Debug, Clone)]
struct Candidate {
    size: u64,
    mtime: Option<SystemTime>,
    unchanged_since: Instant,
    closed_at: Option<Instant>,
    /// Not before this instant (after a failed claim).
    retry_at: Option<Instant>,
}

/// What to do with a file now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Wait,
    /// Stable long enough; check its content, then claim.
    Ready,
    /// Stable long enough even by the rules for files that look cut off.
    ReadyEvenIfIncomplete,
}

/// Files seen in a folder and how long each has been unchanged.
#[derive(Debug, Default)]
pub struct SettleTracker {
    files: HashMap<PathBuf, Candidate>,
}

impl SettleTracker {
    /// Records the current size and mtime of `path`; any change restarts its clock.
    pub fn observe(&mut self, path: &Path, size: u64, mtime: Option<SystemTime>, now: Instant) {
        match self.files.get_mut(path) {
            Some(c) if c.size == size && c.mtime == mtime => {}
            Some(c) => {
                c.size = size;
                c.mtime = mtime;
                c.unchanged_since = now;
                c.closed_at = None;
            }
            None => {
                self.files.insert(
                    path.to_path_buf(),
                    Candidate {
                        size,
                        mtime,
                        unchanged_since: now,
                        closed_at: None,
                        retry_at: None,
                    },
                );
            }
        }
    }

    /// The writer closed `path` (inotify close-after-write).
    pub fn closed(&mut self, path: &Path, now: Instant) {
        if let Some(c) = self.files.get_mut(path) {
            c.closed_at = Some(now);
        }
    }

    /// Forgets a file (claimed, deleted, or ignored).
    pub fn forget(&mut self, path: &Path) {
        self.files.remove(path);
    }

    /// Tries again no earlier than `delay` from now (after a failed claim).
    pub fn back_off(&mut self, path: &Path, now: Instant, delay: Duration) {
        if let Some(c) = self.files.get_mut(path) {
            c.retry_at = Some(now + delay);
        }
    }

    /// Paths being tracked.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.files.keys().cloned().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The earliest instant after `now` at which some file's verdict can change by time
    /// alone (settle or close time over, back-off over, incomplete wait over), so the folder
    /// is checked then instead of at the next regular poll. Thresholds already passed are
    /// skipped: a file held back as cut off is due again only at its incomplete wait.
    pub fn next_due(&self, rules: &SettleRules, now: Instant) -> Option<Instant> {
        self.files
            .values()
            .flat_map(|c| {
                [
                    Some(c.unchanged_since + rules.settle),
                    c.closed_at
                        .map(|t| t.max(c.unchanged_since) + rules.after_close),
                    Some(c.unchanged_since + rules.incomplete_wait.max(rules.settle)),
                    c.retry_at,
                ]
            })
            .flatten()
            .filter(|t| *t > now)
            .min()
    }

    /// Whether `path` may be taken now.
    pub fn verdict(&self, path: &Path, rules: &SettleRules, now: Instant) -> Verdict {
        let Some(c) = self.files.get(path) else {
            return Verdict::Wait;
        };
        if c.retry_at.is_some_and(|t| now < t) {
            return Verdict::Wait;
        }
        let stable = now.saturating_duration_since(c.unchanged_since);
        if stable >= rules.incomplete_wait.max(rules.settle) {
            return Verdict::ReadyEvenIfIncomplete;
        }
        let closed_long_enough = c.closed_at.is_some_and(|t| {
            now.saturating_duration_since(t.max(c.unchanged_since)) >= rules.after_close
        });
        if stable >= rules.settle || closed_long_enough {
            Verdict::Ready
        } else {
            Verdict::Wait
        }
    }
}

/// Whether the end of a file looks like the end of a complete file of its kind. `head` is the
/// first bytes, `tail` the last ones.
pub fn looks_complete(head: &[u8], tail: &[u8]) -> bool {
    let contains = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
    if contains(&head[..head.len().min(1024)], b"%PDF-") {
        return contains(tail, b"%%EOF");
    }
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        let end = &tail[tail.len().saturating_sub(64)..];
        return contains(end, &[0xFF, 0xD9]);
    }
    if head.starts_with(b"\x89PNG") {
        let end = &tail[tail.len().saturating_sub(32)..];
        return contains(end, b"IEND");
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: SettleRules = SettleRules {
        settle: Duration::from_secs(3),
        after_close: Duration::from_secs(1),
        incomplete_wait: Duration::from_secs(30),
    };

    #[test]
    fn a_growing_file_is_never_ready() {
        let mut t = SettleTracker::default();
        let p = Path::new("/drop/a.pdf");
        let t0 = Instant::now();
        for i in 0..20u64 {
            let now = t0 + Duration::from_secs(i * 2);
            t.observe(p, 1000 * (i + 1), None, now);
            assert_eq!(
                t.verdict(p, &RULES, now + Duration::from_millis(1900)),
                Verdict::Wait
            );
        }
    }

    #[test]
    fn stable_for_the_settle_time_is_ready() {
        let mut t = SettleTracker::default();
        let p = Path::new("/drop/a.pdf");
        let t0 = Instant::now();
        t.observe(p, 10, None, t0);
        t.observe(p, 10, None, t0 + Duration::from_secs(2));
        assert_eq!(
            t.verdict(p, &RULES, t0 + Duration::from_secs(2)),
            Verdict::Wait
        );
        assert_eq!(
            t.verdict(p, &RULES, t0 + Duration::from_secs(3)),
            Verdict::Ready
        );
        assert_eq!(
            t.verdict(p, &RULES, t0 + Duration::from_secs(30)),
            Verdict::ReadyEvenIfIncomplete
        );
    }

    #[test]
    fn close_after_write_shortens_the_wait_but_a_new_write_cancels_it() {
        let mut t = SettleTracker::default();
        let p = Path::new("/drop/a.pdf");
        let t0 = Instant::now();
        t.observe(p, 10, None, t0);
        t.closed(p, t0);
        assert_eq!(
            t.verdict(p, &RULES, t0 + Duration::from_millis(500)),
            Verdict::Wait
        );
        assert_eq!(
            t.verdict(p, &RULES, t0 + Duration::from_secs(1)),
            Verdict::Ready
        );
        // Reopened and appended to: the close no longer counts.
        t.observe(p, 20, None, t0 + Duration::from_millis(1500));
        assert_eq!(
            t.verdict(p, &RULES, t0 + Duration::from_millis(2600)),
            Verdict::Wait
        );
    }

    #[test]
    fn the_next_check_is_due_when_a_wait_ends() {
        let mut t = SettleTracker::default();
        let (a, b) = (Path::new("/drop/a.pdf"), Path::new("/drop/b.pdf"));
        let t0 = Instant::now();
        assert_eq!(t.next_due(&RULES, t0), None);
        t.observe(a, 10, None, t0);
        assert_eq!(t.next_due(&RULES, t0), Some(t0 + RULES.settle));
        // Closed half a second later: ready one close time after that.
        let closed = t0 + Duration::from_millis(500);
        t.observe(b, 10, None, closed);
        t.closed(b, closed);
        assert_eq!(t.next_due(&RULES, closed), Some(closed + RULES.after_close));
        // Passed thresholds do not count: a file held back as cut off is due at its
        // incomplete wait, not again and again.
        let later = t0 + Duration::from_secs(4);
        t.forget(b);
        assert_eq!(t.verdict(a, &RULES, later), Verdict::Ready);
        assert_eq!(t.next_due(&RULES, later), Some(t0 + RULES.incomplete_wait));
        let after_all = t0 + RULES.incomplete_wait;
        assert_eq!(t.next_due(&RULES, after_all), None);
    }

    #[test]
    fn back_off_delays_a_retry() {
        let mut t = SettleTracker::default();
        let p = Path::new("/drop/a.pdf");
        let t0 = Instant::now();
        t.observe(p, 10, None, t0);
        t.back_off(p, t0 + Duration::from_secs(3), Duration::from_secs(5));
        assert_eq!(
            t.verdict(p, &RULES, t0 + Duration::from_secs(4)),
            Verdict::Wait
        );
        assert_eq!(
            t.verdict(p, &RULES, t0 + Duration::from_secs(8)),
            Verdict::Ready
        );
    }

    #[test]
    fn content_completeness() {
        assert!(looks_complete(b"%PDF-1.7\n", b"trailer\n%%EOF\n"));
        assert!(!looks_complete(b"%PDF-1.7\n", b"stream\nxyz"));
        assert!(looks_complete(
            &[0xFF, 0xD8, 0xFF, 0xE0],
            &[1, 2, 0xFF, 0xD9]
        ));
        assert!(!looks_complete(&[0xFF, 0xD8, 0xFF, 0xE0], &[1, 2, 3]));
        assert!(looks_complete(b"\x89PNG\r\n", b"\0\0\0\0IEND\xaeB`\x82"));
        assert!(looks_complete(b"II*\0", b"whatever"));
    }
}
