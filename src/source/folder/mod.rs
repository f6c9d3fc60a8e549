//! Scanner drop folders: inotify events for speed, full rescans for network shares that send
//! none, a settle rule so half-written files are never taken, and a claim by rename so every
//! file is taken exactly once.

pub mod scan;
mod settle;
pub mod waiting;
pub use scan::{ignore_set, scan};

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
use notify::{EventKind, RecursiveMode, Watcher};
use tokio::sync::mpsc;
use tracing::{debug, info, info_span, warn, Instrument};

use super::{health, Source, SourceContext, SourceError};
use crate::config::FolderConfig;
use crate::fsutil;
use crate::model::ClaimMode;
use crate::pipeline::ClaimKind;
pub use settle::{looks_complete, SettleRules, SettleTracker, Verdict};

/// How often tracked files are checked at the latest (to see changes no event reported).
const POLL: Duration = Duration::from_millis(250);
/// A file is checked this long after its wait ends (not up to a poll later), and checks come
/// no closer than this: files that arrive within it are claimed together (one transaction).
const COALESCE: Duration = Duration::from_millis(20);
/// How a failing drop folder is named among the source's troubles (see `source::health`).
const FOLDER_PART: &str = "Ordner";

/// A drop folder bound to a pipeline.
pub struct FolderSource {
    pipeline: String,
    channel: String,
    config: FolderConfig,
}

impl FolderSource {
    pub fn new(pipeline: &str, channel: &str, config: FolderConfig) -> Self {
        FolderSource {
            pipeline: pipeline.to_string(),
            channel: channel.to_string(),
            config,
        }
    }

    fn rules(&self) -> SettleRules {
        SettleRules {
            settle: self.config.settle,
            after_close: self.config.settle_after_close,
            incomplete_wait: self.config.incomplete_wait,
        }
    }
}

enum FsEvent {
    Changed(PathBuf),
    Closed(PathBuf),
    Rescan,
}

/// Most files claimed in one transaction.
const CLAIM_BATCH: usize = 256;

#[async_trait]
impl Source for FolderSource {
    fn pipeline(&self) -> &str {
        &self.pipeline
    }

    async fn run(self: Box<Self>, cx: SourceContext) -> Result<(), SourceError> {
        let span =
            info_span!("folder", pipeline = %self.pipeline, path = %self.config.path.display());
        self.watch_loop(cx).instrument(span).await
    }
}

impl FolderSource {
    /// The folder's files claimed by copy whose receipts are not finished: path → identity.
    async fn copies_in_work(&self, cx: &SourceContext) -> HashMap<PathBuf, String> {
        match cx.intake.store().claimed_receipts().await {
            Ok(receipts) => receipts
                .into_iter()
                .filter(|r| r.pipeline == self.pipeline && r.claim_mode == ClaimMode::Copied)
                .filter_map(|r| Some((r.source_path, r.source_identity?)))
                .collect(),
            Err(e) => {
                // Then a file still in work may be claimed again: filed as a duplicate of
                // itself, nothing lost.
                warn!(error = %e, "cannot list the files claimed by copy that are still in work");
                HashMap::new()
            }
        }
    }

    async fn watch_loop(self: Box<Self>, cx: SourceContext) -> Result<(), SourceError> {
        let ignore = scan::ignore_set(&self.config.ignore);
        let rules = self.rules();
        let (tx, mut events) = mpsc::unbounded_channel::<FsEvent>();
        // Kept alive for the life of the loop; dropping it stops the events.
        let _watcher = if self.config.watch {
            self.start_watcher(tx.clone())
        } else {
            None
        };
        info!(
            watch = self.config.watch,
            rescan_secs = self.config.rescan.as_secs_f64(),
            "taking files from {}",
            self.config.path.display()
        );
        let mut tracker = SettleTracker::default();
        // Originals claimed by copy (spool on another filesystem) stay in the folder until
        // filed; remember them by identity so they are not taken twice — also those claimed
        // before this task started (by this daemon before a restart, or by another daemon
        // that read the folder before), which are still being processed.
        let mut copied = self.copies_in_work(&cx).await;
        let mut rescan = tokio::time::interval(self.config.rescan);
        let mut last_check = Instant::now();
        let mut folder_missing_logged = false;
        // Paths reported by events since the last poll, with whether the writer closed them.
        let mut touched: Vec<(PathBuf, bool, Instant)> = Vec::new();
        // Files held back as incomplete, as last published for `status`.
        let mut waiting: Vec<waiting::WaitingFile> = Vec::new();
        self.publish_waiting(&cx, Vec::new()).await;
        loop {
            tokio::select! {
                _ = cx.cancel.cancelled() => break,
                _ = rescan.tick() => {
                    let path = self.config.path.clone();
                    let (recursive, ig) = (self.config.recursive, ignore.clone());
                    let listed = tokio::task::spawn_blocking(move || scan::scan(&path, recursive, &ig)).await;
                    match listed {
                        Ok(Ok(files)) => {
                            if folder_missing_logged {
                                info!("drop folder readable again");
                                health::clear_async(&cx.state_dir, &self.pipeline, FOLDER_PART).await;
                            }
                            folder_missing_logged = false;
                            let now = Instant::now();
                            let present: std::collections::HashSet<PathBuf> =
                                files.iter().map(|f| f.path.clone()).collect();
                            for f in files {
                                tracker.observe(&f.path, f.size, f.mtime, now);
                            }
                            for p in tracker.paths() {
                                if !present.contains(&p) {
                                    tracker.forget(&p);
                                }
                            }
                            copied.retain(|p, _| present.contains(p));
                        }
                        Ok(Err(e)) => {
                            if !folder_missing_logged {
                                warn!(error = %e, "drop folder cannot be read; will keep trying (is the share mounted?)");
                                let what = format!(
                                    "{} cannot be read ({e}); is the share mounted, does the folder exist? Scans wait at the scanner until it can be read",
                                    self.config.path.display()
                                );
                                health::report_async(&cx.state_dir, &self.pipeline, FOLDER_PART, &what).await;
                                folder_missing_logged = true;
                            }
                        }
                        Err(e) => warn!(error = %e, "folder scan failed"),
                    }
                }
                Some(ev) = events.recv() => match ev {
                    FsEvent::Rescan => rescan.reset_immediately(),
                    FsEvent::Changed(p) if !scan::is_ignored(&ignore, &p) => touched.push((p, false, Instant::now())),
                    FsEvent::Closed(p) if !scan::is_ignored(&ignore, &p) => touched.push((p, true, Instant::now())),
                    _ => {}
                },
                _ = tokio::time::sleep_until(next_check(&tracker, &touched, &rules, last_check).into()) => {
                    last_check = Instant::now();
                    if tracker.is_empty() && touched.is_empty() {
                        continue;
                    }
                    // Every stat and read happens off the runtime: a hung network share
                    // must not stall the daemon.
                    let events = std::mem::take(&mut touched);
                    let (t, c) = (std::mem::take(&mut tracker), std::mem::take(&mut copied));
                    let joined = tokio::task::spawn_blocking(move || {
                        let mut t = t;
                        for (p, closed, at) in events {
                            observe_path(&mut t, &p, at);
                            if closed {
                                t.closed(&p, at);
                            }
                        }
                        let (ready, waiting) = ready_files(&mut t, &c, &rules);
                        (t, c, ready, waiting)
                    })
                    .await;
                    let Ok((t, c, ready, now_waiting)) = joined else {
                        warn!("checking the folder failed; will retry");
                        continue;
                    };
                    tracker = t;
                    copied = c;
                    if now_waiting != waiting {
                        waiting = now_waiting;
                        self.publish_waiting(&cx, waiting.clone()).await;
                    }
                    self.claim_ready(&cx, &mut tracker, &mut copied, ready).await;
                }
            }
        }
        self.publish_waiting(&cx, Vec::new()).await;
        Ok(())
    }

    /// Tells `status` which files wait for completion (off the runtime: a file write).
    async fn publish_waiting(&self, cx: &SourceContext, files: Vec<waiting::WaitingFile>) {
        let (dir, pipeline) = (cx.state_dir.clone(), self.pipeline.clone());
        let done =
            tokio::task::spawn_blocking(move || waiting::publish(&dir, &pipeline, &files)).await;
        if let Ok(Err(e)) = done {
            warn!(error = %e, "cannot publish the files waiting for completion");
        }
    }

    /// Claims the files `ready_files` found complete.
    async fn claim_ready(
        &self,
        cx: &SourceContext,
        tracker: &mut SettleTracker,
        copied: &mut HashMap<PathBuf, String>,
        ready: Vec<PathBuf>,
    ) {
        // Claimed together: one transaction and one sync per folder for all ready files.
        for chunk in ready.chunks(CLAIM_BATCH) {
            if cx.cancel.is_cancelled() {
                return;
            }
            let claimed = cx
                .intake
                .claim_many(
                    &self.pipeline,
                    &self.channel,
                    self.config.capture.to_json().as_ref(),
                    chunk,
                    ClaimKind::DropFolder,
                )
                .await;
            let results: Vec<Result<Option<_>, String>> = match claimed {
                Ok(r) => r
                    .into_iter()
                    .map(|r| r.map_err(|e| e.to_string()))
                    .collect(),
                Err(e) => chunk.iter().map(|_| Err(e.to_string())).collect(),
            };
            for (path, result) in chunk.iter().zip(results) {
                match result {
                    Ok(Some(receipt)) => {
                        tracker.forget(path);
                        if receipt.claim_mode == ClaimMode::Copied {
                            if let Some(id) = receipt.source_identity.clone() {
                                copied.insert(path.clone(), id);
                            }
                        }
                        info!(receipt = receipt.id.0, file = %receipt.original_filename, "received");
                        let _ = cx.deliveries.send(receipt);
                    }
                    Ok(None) => tracker.forget(path),
                    Err(e) => {
                        warn!(file = %path.display(), error = %e, "could not claim; will retry");
                        tracker.back_off(path, Instant::now(), Duration::from_secs(10));
                    }
                }
            }
        }
    }

    fn start_watcher(
        &self,
        tx: mpsc::UnboundedSender<FsEvent>,
    ) -> Option<notify::RecommendedWatcher> {
        let handler = move |res: notify::Result<notify::Event>| match res {
            Ok(event) => {
                // A file renamed into the folder is as complete as its writer made it (the
                // usual way to deliver a finished file): the close time applies, as after a
                // close-after-write. Any later change still restarts the wait.
                let closed = matches!(
                    event.kind,
                    EventKind::Access(AccessKind::Close(AccessMode::Write))
                        | EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both))
                );
                let relevant =
                    closed || matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_));
                if event.need_rescan() {
                    let _ = tx.send(FsEvent::Rescan);
                }
                if !relevant {
                    return;
                }
                for p in event.paths {
                    let _ = tx.send(if closed {
                        FsEvent::Closed(p)
                    } else {
                        FsEvent::Changed(p)
                    });
                }
            }
            Err(_) => {
                let _ = tx.send(FsEvent::Rescan);
            }
        };
        let mut watcher = match notify::recommended_watcher(handler) {
            Ok(w) => w,
            Err(e) => {
                warn!(error = %e, "file change events unavailable; relying on rescans");
                return None;
            }
        };
        let mode = if self.config.recursive {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        if let Err(e) = watcher.watch(&self.config.path, mode) {
            warn!(error = %e, "cannot watch the folder for changes; relying on rescans");
            return None;
        }
        Some(watcher)
    }
}

/// When to check the folder next: at the regular poll after `last`, or earlier when a
/// tracked file's (or a just reported file's) wait ends.
fn next_check(
    tracker: &SettleTracker,
    touched: &[(PathBuf, bool, Instant)],
    rules: &SettleRules,
    last: Instant,
) -> Instant {
    let reported = touched.iter().map(|(_, closed, at)| {
        *at + if *closed {
            rules.after_close.min(rules.settle)
        } else {
            rules.settle
        }
    });
    let due = tracker
        .next_due(rules, last)
        .into_iter()
        .chain(reported)
        .min();
    let poll = last + POLL;
    due.map_or(poll, |d| (d + COALESCE).min(poll))
        .max(last + COALESCE)
}

/// Re-stats every tracked file and returns those that are complete, and those held back
/// because their content looks cut off or cannot be read yet (sorted by path). Blocking.
fn ready_files(
    tracker: &mut SettleTracker,
    copied: &HashMap<PathBuf, String>,
    rules: &SettleRules,
) -> (Vec<PathBuf>, Vec<waiting::WaitingFile>) {
    let mut ready = Vec::new();
    let mut held = Vec::new();
    let hold = |path: &Path, meta: &std::fs::Metadata, reason: String| waiting::WaitingFile {
        path: path.to_path_buf(),
        size: meta.len(),
        modified: meta
            .modified()
            .ok()
            .and_then(|m| crate::model::Timestamp::try_from(m).ok())
            .map(crate::model::format_utc),
        reason,
    };
    for path in tracker.paths() {
        let now = Instant::now();
        // Re-stat: the tracker must see every change, even without events.
        let meta = match std::fs::metadata(&path) {
            Ok(m) if m.is_file() => m,
            _ => {
                tracker.forget(&path);
                continue;
            }
        };
        if copied.get(&path) == Some(&fsutil::identity(&meta)) {
            continue;
        }
        tracker.observe(&path, meta.len(), meta.modified().ok(), now);
        let verdict = tracker.verdict(&path, rules, now);
        if verdict == Verdict::Wait {
            continue;
        }
        if verdict == Verdict::Ready && meta.len() > 0 {
            match scan::head_and_tail(&path) {
                Ok((head, tail)) if !looks_complete(&head, &tail) => {
                    debug!(file = %path.display(), "looks cut off; waiting for more data");
                    let reason = format!(
                        "looks cut off (no end marker such as a PDF's %%EOF yet); taken as it is \
                         once unchanged for {} s",
                        rules.incomplete_wait.max(rules.settle).as_secs()
                    );
                    held.push(hold(&path, &meta, reason));
                    continue;
                }
                Ok(_) => {}
                Err(e) => {
                    debug!(file = %path.display(), error = %e, "cannot read yet");
                    tracker.back_off(&path, now, Duration::from_secs(5));
                    held.push(hold(&path, &meta, format!("cannot be read yet: {e}")));
                    continue;
                }
            }
        }
        ready.push(path);
    }
    held.sort_by(|a, b| a.path.cmp(&b.path));
    (ready, held)
}

fn observe_path(tracker: &mut SettleTracker, path: &Path, now: Instant) {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => tracker.observe(path, m.len(), m.modified().ok(), now),
        _ => tracker.forget(path),
    }
}
