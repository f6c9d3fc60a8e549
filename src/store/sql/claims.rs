//! Many receipts claimed at once (a drop folder's listing, a mailbox's new mails): one
//! multi-row statement per chunk instead of one round trip to the database per receipt. The
//! claim transaction holds the single writer's turn, so every statement saved here is time
//! the filing of earlier documents no longer waits.

use std::collections::{HashMap, VecDeque};

use sqlx::{AnyConnection, Row};

use super::BindText;
use crate::model::{format_utc, now, NewReceipt, ReceiptId};
use crate::store::StoreError;

/// Columns of one receipt row.
const COLS: usize = 10;

/// Inserts `receipts` in state `claimed`; returns, in their order, each one's id and the
/// detail of its `received` event.
pub(super) async fn insert_receipts(
    conn: &mut AnyConnection,
    receipts: &[NewReceipt],
    owner: &str,
) -> Result<Vec<(ReceiptId, serde_json::Value)>, StoreError> {
    let stamp = format_utc(now());
    let rows: Vec<Stored> = receipts.iter().map(Stored::of).collect();
    let mut ids: Vec<Option<ReceiptId>> = vec![None; receipts.len()];
    let per_statement = super::group_filing::rows_per_statement(COLS);
    for (n, chunk) in rows.chunks(per_statement).enumerate() {
        let first = n * per_statement;
        let sql = format!(
            "INSERT INTO receipts (pipeline, channel, source_path, original_filename, received_at,
                 claimed_at, claim_mode, source_identity, state, owner, updated_at)
             VALUES {}
             RETURNING id, pipeline, channel, source_path, original_filename, received_at,
                 claimed_at, claim_mode, source_identity",
            super::rows_of(
                super::mark(conn),
                "(?, ?, ?, ?, ?, ?, ?, ?, 'claimed', ?, ?)",
                chunk.len(),
                1
            )
        );
        let mut q = sqlx::query(&sql);
        for row in chunk {
            q = q
                .bind(row.0[0].as_str())
                .bind(row.0[1].as_str())
                .bind(row.0[2].as_str())
                .bind_text(row.0[3].as_str())
                .bind(row.0[4].as_str())
                .bind(row.0[5].as_str())
                .bind(row.0[6].as_str())
                .bind(row.1.as_deref())
                .bind(owner)
                .bind(&stamp);
        }
        // RETURNING promises no order of its rows: each is matched to its receipt by what was
        // inserted. Receipts alike in every column are alike in their stored row, so which of
        // them gets which id does not matter: what is not in the row (the capture) goes into
        // the event of the id handed to that receipt, below.
        let mut waiting: HashMap<&Stored, VecDeque<usize>> = HashMap::new();
        for (i, row) in chunk.iter().enumerate() {
            waiting.entry(row).or_default().push_back(first + i);
        }
        for returned in q.fetch_all(&mut *conn).await? {
            let mut text = [const { String::new() }; 7];
            for (slot, column) in text.iter_mut().zip(TEXT_COLUMNS) {
                *slot = returned.try_get(column)?;
            }
            let stored = Stored(text, returned.try_get("source_identity")?);
            let i = waiting
                .get_mut(&stored)
                .and_then(VecDeque::pop_front)
                .ok_or_else(|| StoreError::Corrupt("an unexpected receipt was claimed".into()))?;
            ids[i] = Some(ReceiptId(returned.try_get("id")?));
        }
    }
    receipts
        .iter()
        .zip(ids)
        .map(|(r, id)| {
            let id = id.ok_or_else(|| {
                StoreError::Corrupt("not every receipt of the claim was inserted".into())
            })?;
            Ok((id, received_detail(r)))
        })
        .collect()
}

/// The text columns of a receipt row, in the order of [`Stored`].
const TEXT_COLUMNS: [&str; 7] = [
    "pipeline",
    "channel",
    "source_path",
    "original_filename",
    "received_at",
    "claimed_at",
    "claim_mode",
];

/// A receipt row as inserted: [`TEXT_COLUMNS`] and the source identity.
#[derive(PartialEq, Eq, Hash)]
struct Stored([String; 7], Option<String>);

impl Stored {
    fn of(r: &NewReceipt) -> Self {
        Stored(
            [
                r.pipeline.clone(),
                r.channel.clone(),
                r.source_path.to_string_lossy().into_owned(),
                super::stored_text(&r.original_filename),
                format_utc(r.received_at),
                format_utc(r.claimed_at),
                r.claim_mode.as_str().to_string(),
            ],
            r.source_identity.clone(),
        )
    }
}

/// The detail of a receipt's `received` event.
fn received_detail(r: &NewReceipt) -> serde_json::Value {
    let mut detail = serde_json::json!({
        "pipeline": r.pipeline,
        "channel": r.channel,
        "source": r.source_path,
        "received_at": format_utc(r.received_at),
        "claimed_at": format_utc(r.claimed_at),
    });
    if let Some(capture) = &r.capture {
        detail["capture"] = capture.clone();
    }
    detail
}

#[cfg(test)]
mod tests {
    use super::super::tests::{receipt, store};
    use crate::store::Store;

    #[tokio::test]
    async fn each_receipt_of_a_large_claim_gets_its_own_row_and_event() {
        let (_dir, s) = store().await;
        // More than one statement's worth, with receipts alike in every column among them.
        let mut receipts: Vec<_> = (0..900)
            .map(|i| receipt(&format!("brief-{i}.pdf")))
            .collect();
        receipts[5] = receipt("gleich.pdf");
        receipts[6] = receipt("gleich.pdf");
        receipts[850] = receipt("gleich.pdf");
        receipts[7].source_identity = Some("1:2:3:4".into());
        receipts[7].original_filename = "Antrag\0.pdf".into();
        let ids = s.claim_many(&receipts, "owner-1").await.unwrap();
        assert_eq!(ids.len(), receipts.len());
        let distinct: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len(), "ids repeat");
        let stored = s.receipts_by_ids(&ids).await.unwrap();
        for (id, wanted) in ids.iter().zip(&receipts) {
            let got = stored.iter().find(|r| r.id == *id).expect("stored");
            assert_eq!(got.source_path, wanted.source_path);
            assert_eq!(got.source_identity, wanted.source_identity);
            let events = s.receipt_events(*id).await.unwrap();
            assert_eq!(events.len(), 1);
            assert_eq!(events[0].kind, "received");
        }
        let odd = stored.iter().find(|r| r.id == ids[7]).unwrap();
        assert_eq!(odd.original_filename, "Antrag\u{fffd}.pdf");
    }
}
