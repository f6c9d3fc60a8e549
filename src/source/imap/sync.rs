//! One pass over a folder: move (or flag) the mails whose receipts are finished, then fetch
//! and claim the new ones.

use std::collections::HashSet;
use std::path::PathBuf;

use futures::TryStreamExt;
use tracing::{info, warn};

use super::connect::ImapSession;
use super::{filters, FolderJob, ImapError};
use crate::config::{AfterFiling, ImapConfig};
use crate::model::{now, Sha256, Timestamp};
use crate::model::{ClaimMode, MailboxKey, NewReceipt, ReceiptState};
use crate::pipeline::safe_file_name;
use crate::source::SourceContext;

/// What a sync pass needs.
pub(super) struct SyncContext<'a> {
    pub job: &'a FolderJob,
    pub cx: &'a SourceContext,
    pub uidvalidity: u32,
    pub can_move: bool,
}

/// How many messages are fetched per command.
const FETCH_BATCH: usize = 25;

/// Creates the processed and error folders if they are missing (errors for existing folders
/// are expected and ignored).
pub(super) async fn ensure_folders(session: &mut ImapSession, config: &ImapConfig) {
    if let AfterFiling::Move(folder) = &config.after {
        let _ = session.create(folder).await;
    }
    let _ = session.create(&config.error_folder).await;
}

/// Returns whether mails of the folder wait for their receipts to be finished.
pub(super) async fn sync(
    session: &mut ImapSession,
    ctx: &SyncContext<'_>,
) -> Result<bool, ImapError> {
    let mut waiting = move_finished(session, ctx).await?;
    let fetched = fetch_new(session, ctx).await?;
    if fetched.recognised {
        // Mails recognised from before a UIDVALIDITY change are finished already.
        waiting = move_finished(session, ctx).await?;
    }
    Ok(waiting || fetched.claimed)
}

/// Moves (or flags) the mails whose receipts are finished; returns whether others wait.
async fn move_finished(
    session: &mut ImapSession,
    ctx: &SyncContext<'_>,
) -> Result<bool, ImapError> {
    let job = ctx.job;
    let store = ctx.cx.intake.store();
    let known = store
        .mailbox_messages(&job.pipeline, &job.folder, ctx.uidvalidity)
        .await?;
    let mut waiting = false;
    for m in known.iter().filter(|m| m.state == "stored") {
        let destination = match m.receipt_state {
            Some(ReceiptState::Filed | ReceiptState::Duplicate) => Some(None),
            // Nothing of the mail could be filed: the error folder.
            Some(ReceiptState::Quarantined | ReceiptState::Discarded | ReceiptState::Vanished) => {
                Some(Some(job.config.error_folder.as_str()))
            }
            Some(ReceiptState::Claimed) | None => None,
        };
        let Some(error_folder) = destination else {
            waiting = true;
            continue;
        };
        crate::fault::crash_point("mail-before-move");
        let uid = m.key.uid;
        let done = match error_folder {
            Some(folder) => move_message(session, uid, folder, ctx.can_move).await,
            None => after_filing(session, uid, &job.config.after, ctx.can_move).await,
        };
        match done {
            Ok(()) => {
                store
                    .record_mailbox_message(&m.key, m.sha256, m.receipt_id, "done")
                    .await?;
            }
            Err(e) => {
                warn!(uid, error = %e, "filed mail could not be moved/flagged on the server; will retry")
            }
        }
    }
    Ok(waiting)
}

/// What a fetch pass found.
struct Fetched {
    /// Some mail was recognised as filed before (a UIDVALIDITY change).
    recognised: bool,
    /// Some new mail was fetched (claimed, unless a filter skipped it).
    claimed: bool,
}

/// Fetches and claims new mails.
async fn fetch_new(session: &mut ImapSession, ctx: &SyncContext<'_>) -> Result<Fetched, ImapError> {
    let job = ctx.job;
    let store = ctx.cx.intake.store();
    let known = store
        .mailbox_messages(&job.pipeline, &job.folder, ctx.uidvalidity)
        .await?;
    let query = match &job.config.after {
        AfterFiling::Move(_) => "ALL".to_string(),
        AfterFiling::Seen => "UNSEEN".to_string(),
        AfterFiling::Keyword(k) => format!("UNKEYWORD {k}"),
    };
    let known_uids: HashSet<u32> = known.iter().map(|m| m.key.uid).collect();
    let mut uids: Vec<u32> = session
        .uid_search(&query)
        .await?
        .into_iter()
        .filter(|u| !known_uids.contains(u))
        .collect();
    uids.sort_unstable();
    let mut recognised = false;
    for chunk in uids.chunks(FETCH_BATCH) {
        let set = chunk
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let fetches: Vec<_> = session
            .uid_fetch(&set, "(UID INTERNALDATE BODY.PEEK[])")
            .await?
            .try_collect()
            .await?;
        for f in fetches {
            let (Some(uid), Some(body)) = (f.uid, f.body()) else {
                continue;
            };
            let received = f
                .internal_date()
                .and_then(|d| Timestamp::from_second(d.timestamp()).ok());
            recognised |= take_message(ctx, uid, body, received).await?;
        }
    }
    Ok(Fetched {
        recognised,
        claimed: !uids.is_empty(),
    })
}

/// Records and spools one fetched mail, unless it is known or filtered out. Returns whether it
/// was recognised as filed before a UIDVALIDITY change.
async fn take_message(
    ctx: &SyncContext<'_>,
    uid: u32,
    raw: &[u8],
    internal_date: Option<Timestamp>,
) -> Result<bool, ImapError> {
    let job = ctx.job;
    let store = ctx.cx.intake.store();
    let sha = Sha256::of(raw);
    let key = MailboxKey {
        pipeline: job.pipeline.clone(),
        folder: job.folder.clone(),
        uidvalidity: ctx.uidvalidity,
        uid,
    };
    // After a UIDVALIDITY change every message has a new UID; one we filed before keeps its
    // receipt and is only moved, not imported again.
    if let Some(prev) = store
        .mailbox_message_by_sha(&job.pipeline, &job.folder, sha)
        .await?
    {
        if prev.key.uidvalidity != ctx.uidvalidity {
            info!(uid, receipt = ?prev.receipt_id, "known from before a UIDVALIDITY change; not imported again");
            store
                .record_mailbox_message(&key, sha, prev.receipt_id, "stored")
                .await?;
            return Ok(true);
        }
    }
    if !filters::passes(&job.config.filters, raw) {
        store
            .record_mailbox_message(&key, sha, None, "skipped")
            .await?;
        return Ok(false);
    }
    // The time of receipt of a mail is when the server accepted it (INTERNALDATE), not when
    // mailroom fetched it: a mail that arrived while mailroom was down arrived on time.
    let receipt = NewReceipt {
        pipeline: job.pipeline.clone(),
        channel: job.channel.clone(),
        source_path: PathBuf::from(format!(
            "imap://{}@{}/{};UIDVALIDITY={}/;UID={uid}",
            job.config.user, job.config.host, job.folder, ctx.uidvalidity
        )),
        original_filename: mail_file_name(raw, uid),
        received_at: internal_date.map(|t| t.min(now())).unwrap_or_else(now),
        claimed_at: now(),
        claim_mode: ClaimMode::Fetched,
        source_identity: None,
        capture: None,
    };
    let r = ctx
        .cx
        .intake
        .claim_message(receipt, &key, raw, sha)
        .await
        .map_err(|e| ImapError::Spool(e.to_string()))?;
    info!(receipt = r.id.0, uid, "received");
    let _ = ctx.cx.deliveries.send(r);
    Ok(false)
}

/// `Betreff der Mail.eml`, from the subject.
fn mail_file_name(raw: &[u8], uid: u32) -> String {
    let subject = mail_parser::MessageParser::default()
        .parse_headers(raw)
        .and_then(|m| m.subject().map(str::to_string))
        .map(|s| s.chars().take(80).collect::<String>())
        .map(|s| safe_file_name(s.trim()))
        .filter(|s| !s.is_empty() && s != "file");
    format!("{}.eml", subject.unwrap_or_else(|| format!("Mail {uid}")))
}

async fn after_filing(
    session: &mut ImapSession,
    uid: u32,
    action: &AfterFiling,
    can_move: bool,
) -> Result<(), ImapError> {
    match action {
        AfterFiling::Move(folder) => move_message(session, uid, folder, can_move).await,
        AfterFiling::Seen => add_flags(session, uid, "\\Seen").await,
        AfterFiling::Keyword(k) => add_flags(session, uid, k).await,
    }
}

async fn add_flags(session: &mut ImapSession, uid: u32, flags: &str) -> Result<(), ImapError> {
    let _: Vec<_> = session
        .uid_store(uid.to_string(), format!("+FLAGS.SILENT ({flags})"))
        .await?
        .try_collect()
        .await?;
    Ok(())
}

async fn move_message(
    session: &mut ImapSession,
    uid: u32,
    folder: &str,
    can_move: bool,
) -> Result<(), ImapError> {
    if can_move {
        session.uid_mv(uid.to_string(), folder).await?;
        return Ok(());
    }
    session.uid_copy(uid.to_string(), folder).await?;
    add_flags(session, uid, "\\Deleted").await?;
    let _: Vec<_> = session
        .uid_expunge(uid.to_string())
        .await?
        .try_collect()
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_files_are_named_after_the_subject() {
        let raw = b"From: a@b.de\r\nSubject: =?UTF-8?Q?Antrag_auf_Geb=C3=BChrenerlass/Stundung?=\r\n\r\nx";
        assert_eq!(
            mail_file_name(raw, 7),
            "Antrag auf Gebührenerlass_Stundung.eml"
        );
        assert_eq!(mail_file_name(b"From: a@b.de\r\n\r\nx", 7), "Mail 7.eml");
    }
}
