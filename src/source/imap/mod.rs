//! IMAP mailboxes. One task per folder, independent of every other mailbox: it connects
//! (reconnecting with backoff after any error), then alternates between a sync pass (see
//! `sync.rs`) and waiting — IDLE where the server offers it, polling otherwise — woken early
//! when the runner finishes a receipt so the mail is moved promptly.
//!
//! Exactly once: a message is fetched with `BODY.PEEK[]`, its raw bytes and its
//! UIDVALIDITY/UID are recorded with the receipt in one transaction and spooled durably, and
//! only after the receipt is finished is the message moved or flagged on the server.

mod connect;
mod filters;
mod sync;

use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::broadcast;
use tracing::{error, info, info_span, warn, Instrument};

use super::{health, Source, SourceContext, SourceError};
use crate::config::ImapConfig;
use crate::store::StoreError;

/// Errors of one mailbox session; all of them lead to a reconnect after a pause.
#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("configuration: {0}")]
    Setup(String),
    #[error("network: {0}")]
    Network(String),
    #[error("login failed: {0}")]
    Login(String),
    #[error("server: {0}")]
    Protocol(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("storing a fetched mail: {0}")]
    Spool(String),
}

impl From<async_imap::error::Error> for ImapError {
    fn from(e: async_imap::error::Error) -> Self {
        ImapError::Protocol(e.to_string())
    }
}

/// A mailbox bound to a pipeline.
pub struct ImapSource {
    pipeline: String,
    channel: String,
    config: ImapConfig,
}

impl ImapSource {
    pub fn new(pipeline: &str, channel: &str, config: ImapConfig) -> Self {
        ImapSource {
            pipeline: pipeline.to_string(),
            channel: channel.to_string(),
            config,
        }
    }
}

const FIRST_BACKOFF: Duration = Duration::from_secs(1);
const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// How soon a folder is looked at again while its mails wait for receipts another daemon
/// may finish (PostgreSQL with several daemons).
const LOOK_AGAIN_WHEN_SHARED: Duration = Duration::from_secs(2);

#[async_trait]
impl Source for ImapSource {
    fn pipeline(&self) -> &str {
        &self.pipeline
    }

    async fn run(self: Box<Self>, cx: SourceContext) -> Result<(), SourceError> {
        let mut tasks = Vec::new();
        for folder in &self.config.folders {
            let span = info_span!("mailbox", pipeline = %self.pipeline, user = %self.config.user, folder = %folder);
            let job = FolderJob {
                pipeline: self.pipeline.clone(),
                channel: self.channel.clone(),
                config: self.config.clone(),
                folder: folder.clone(),
            };
            let cx = cx.clone();
            tasks.push(tokio::spawn(job.run(cx).instrument(span)));
        }
        for t in tasks {
            let _ = t.await;
        }
        Ok(())
    }
}

/// One folder of one mailbox.
#[derive(Clone)]
pub(crate) struct FolderJob {
    pub pipeline: String,
    pub channel: String,
    pub config: ImapConfig,
    pub folder: String,
}

impl FolderJob {
    async fn run(self, cx: SourceContext) {
        info!(
            server = %format!("{}:{}", self.config.host, self.config.port),
            "taking mail from {}",
            self.folder
        );
        let mut backoff = FIRST_BACKOFF;
        let mut finished = cx.finished.subscribe();
        while !cx.cancel.is_cancelled() {
            let result = self.session(&cx, &mut finished, &mut backoff).await;
            match result {
                Ok(()) => break,
                Err(e) => {
                    let log = matches!(e, ImapError::Login(_) | ImapError::Setup(_));
                    let what = if log {
                        format!("{e}; fix the credentials or settings in the pipeline file (mail stays on the server)")
                    } else {
                        format!("{e}; reconnecting (mail stays on the server)")
                    };
                    health::report_async(&cx.state_dir, &self.pipeline, &self.folder, &what).await;
                    if log {
                        error!(error = %e, retry_in_secs = backoff.as_secs(), "mailbox unavailable; fix the credentials or settings (mail stays on the server)");
                    } else {
                        warn!(error = %e, retry_in_secs = backoff.as_secs(), "mailbox connection lost; reconnecting (mail stays on the server)");
                    }
                    tokio::select! {
                        _ = cx.cancel.cancelled() => break,
                        _ = tokio::time::sleep(backoff) => {}
                    }
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
            }
        }
    }

    /// One connection, until an error or cancellation.
    async fn session(
        &self,
        cx: &SourceContext,
        finished: &mut broadcast::Receiver<crate::model::ReceiptId>,
        backoff: &mut Duration,
    ) -> Result<(), ImapError> {
        let password = self.config.password.read().map_err(ImapError::Setup)?;
        let mut session = connect::connect(&self.config, &password).await?;
        let caps = session.capabilities().await?;
        let can_idle = self.config.idle && caps.has_str("IDLE");
        let can_move = caps.has_str("MOVE");
        sync::ensure_folders(&mut session, &self.config).await;
        let mailbox = session.select(&self.folder).await?;
        let uidvalidity = mailbox
            .uid_validity
            .ok_or_else(|| ImapError::Protocol("server sent no UIDVALIDITY".into()))?;
        info!(uidvalidity, idle = can_idle, "connected");
        *backoff = FIRST_BACKOFF;
        health::clear_async(&cx.state_dir, &self.pipeline, &self.folder).await;
        let ctx = sync::SyncContext {
            job: self,
            cx,
            uidvalidity,
            can_move,
        };
        // With several daemons, another one may finish this folder's mails: its runner's
        // `finished` does not reach this process, so the folder is looked at again soon
        // while mails wait for their receipts.
        let several = cx.intake.store().several_processes();
        loop {
            let waiting = sync::sync(&mut session, &ctx).await?;
            if cx.cancel.is_cancelled() {
                let _ = session.logout().await;
                return Ok(());
            }
            let wait = if several && waiting {
                self.config.poll.min(LOOK_AGAIN_WHEN_SHARED)
            } else {
                self.config.poll
            };
            session = if can_idle {
                self.idle(session, cx, finished, wait).await?
            } else {
                tokio::select! {
                    _ = cx.cancel.cancelled() => {}
                    _ = tokio::time::sleep(wait) => {}
                    _ = finished.recv() => {}
                }
                // A NOOP per cycle notices dead connections on polling servers too.
                session.noop().await?;
                session
            };
        }
    }

    /// Waits in IDLE until the server reports news, `timeout` ends, a receipt
    /// finishes (so its mail is moved at once) or the daemon stops.
    async fn idle(
        &self,
        session: connect::ImapSession,
        cx: &SourceContext,
        finished: &mut broadcast::Receiver<crate::model::ReceiptId>,
        timeout: Duration,
    ) -> Result<connect::ImapSession, ImapError> {
        let mut idle = session.idle();
        idle.init().await?;
        {
            let (wait, stop) = idle.wait_with_timeout(timeout);
            tokio::pin!(wait);
            let mut stop = Some(stop);
            loop {
                tokio::select! {
                    r = &mut wait => { r?; break; }
                    _ = cx.cancel.cancelled(), if stop.is_some() => { stop.take(); }
                    _ = finished.recv(), if stop.is_some() => { stop.take(); }
                }
            }
        }
        Ok(idle.done().await?)
    }
}
