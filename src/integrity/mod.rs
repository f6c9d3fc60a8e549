//! Integrity protection (BSI TR-RESISCAN): the hash chain of the event log. Pure: the store
//! seals events with [`event_hash`] when it writes them; `mailroom verify` walks each chain
//! with [`check_chain`].
//!
//! A chain is the event history of one delivery (`receipt:ID`) or of one document's own
//! events without a delivery (`document:ID`, e.g. routing). Each event carries the SHA-256 of
//! the chain's previous event, so changing, removing or reordering an event breaks every later
//! link; the chain head (last hash and length, kept beside the log) shows a removed tail.

mod transfer_note;

pub use transfer_note::{pending_transfer_note, transfer_note, NoteFacts, TransferNote};

use serde::Serialize;
use sha2::{Digest, Sha256};

/// The chain an event belongs to: its delivery's if it has one, else its document's.
pub fn chain_of(receipt: Option<i64>, document: Option<i64>) -> String {
    match (receipt, document) {
        (Some(r), _) => format!("receipt:{r}"),
        (None, Some(d)) => format!("document:{d}"),
        (None, None) => "system".to_string(),
    }
}

/// The sealed content of one event, exactly as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedEvent {
    pub id: i64,
    pub chain: String,
    pub receipt_id: Option<i64>,
    pub at: String,
    pub kind: String,
    pub detail: String,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
}

/// SHA-256 (hex) over the event's content and its predecessor's hash. The fields are encoded
/// as a JSON array, so no field's content can be mistaken for another's boundary.
pub fn event_hash(
    chain: &str,
    receipt_id: Option<i64>,
    at: &str,
    kind: &str,
    detail: &str,
    prev_hash: Option<&str>,
) -> String {
    let canonical = serde_json::json!([chain, receipt_id, at, kind, detail, prev_hash]);
    hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
}

impl SealedEvent {
    /// What the hash of this event must be.
    pub fn expected_hash(&self) -> String {
        event_hash(
            &self.chain,
            self.receipt_id,
            &self.at,
            &self.kind,
            &self.detail,
            self.prev_hash.as_deref(),
        )
    }
}

/// One chain as stored: its events in log order, its recorded head, and the document its
/// events belong to (none for a delivery that never became one, e.g. quarantined).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventChain {
    pub events: Vec<SealedEvent>,
    pub head: Option<ChainHead>,
    pub document: Option<i64>,
}

/// The recorded end of a chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    pub hash: String,
    pub length: i64,
}

/// One integrity problem, in words an operator can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// `chain_broken`, `event_modified`, `chain_truncated`, `unsealed_event`,
    /// `original_missing`, `original_modified`, `original_unreadable`.
    pub kind: &'static str,
    pub document_id: Option<i64>,
    pub chain: Option<String>,
    pub event_id: Option<i64>,
    pub message: String,
}

/// Checks one chain's events (in log order) against each other and against its head.
pub fn check_chain(
    chain: &str,
    document: Option<i64>,
    events: &[SealedEvent],
    head: Option<&ChainHead>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let problem = |kind, event_id, message: String| Problem {
        kind,
        document_id: document,
        chain: Some(chain.to_string()),
        event_id,
        message,
    };
    let mut prev: Option<&str> = None;
    for e in events {
        let Some(hash) = e.hash.as_deref() else {
            problems.push(problem(
                "unsealed_event",
                Some(e.id),
                format!(
                    "event {} ({}) of {chain} carries no hash: it was written around the \
                     integrity protection",
                    e.id, e.kind
                ),
            ));
            prev = None;
            continue;
        };
        if e.prev_hash.as_deref() != prev {
            problems.push(problem(
                "chain_broken",
                Some(e.id),
                format!(
                    "event {} ({}) of {chain} does not follow the event before it: an event \
                     before it was removed, inserted or changed",
                    e.id, e.kind
                ),
            ));
        }
        if e.expected_hash() != hash {
            problems.push(problem(
                "event_modified",
                Some(e.id),
                format!(
                    "event {} ({}) of {chain} was changed after it was written (its content no \
                     longer matches its hash)",
                    e.id, e.kind
                ),
            ));
        }
        prev = Some(hash);
    }
    match head {
        Some(h) if h.length != events.len() as i64 || Some(h.hash.as_str()) != prev => problems
            .push(problem(
                "chain_truncated",
                None,
                format!(
                    "{chain} should end after {} event(s) with hash {}, but the log has {} \
                     event(s): events were removed or added outside mailroom",
                    h.length,
                    short(&h.hash),
                    events.len()
                ),
            )),
        None if !events.is_empty() => problems.push(problem(
            "chain_truncated",
            None,
            format!("{chain} has events but no recorded head: the head record was removed"),
        )),
        _ => {}
    }
    problems
}

fn short(hash: &str) -> &str {
    &hash[..hash.len().min(12)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: usize) -> (Vec<SealedEvent>, ChainHead) {
        let mut events: Vec<SealedEvent> = Vec::new();
        for i in 0..n {
            let prev = events.last().and_then(|e| e.hash.clone());
            let mut e = SealedEvent {
                id: i as i64 + 1,
                chain: "receipt:7".into(),
                receipt_id: Some(7),
                at: format!("2026-11-23T08:00:0{i}Z"),
                kind: format!("k{i}"),
                detail: format!("{{\"n\":{i}}}"),
                prev_hash: prev,
                hash: None,
            };
            e.hash = Some(e.expected_hash());
            events.push(e);
        }
        let head = ChainHead {
            hash: events.last().unwrap().hash.clone().unwrap(),
            length: n as i64,
        };
        (events, head)
    }

    fn kinds(p: &[Problem]) -> Vec<&str> {
        p.iter().map(|p| p.kind).collect()
    }

    #[test]
    fn an_untouched_chain_passes() {
        let (events, head) = chain(4);
        assert!(check_chain("receipt:7", Some(1), &events, Some(&head)).is_empty());
    }

    #[test]
    fn a_changed_detail_is_found_at_its_event() {
        let (mut events, head) = chain(4);
        events[1].detail = "{\"n\":99}".into();
        let p = check_chain("receipt:7", Some(1), &events, Some(&head));
        assert_eq!(kinds(&p), ["event_modified"]);
        assert_eq!(p[0].event_id, Some(2));
    }

    #[test]
    fn a_removed_event_breaks_the_link_after_it() {
        let (mut events, head) = chain(4);
        events.remove(1);
        let p = check_chain("receipt:7", None, &events, Some(&head));
        assert_eq!(kinds(&p), ["chain_broken", "chain_truncated"]);
        assert_eq!(p[0].event_id, Some(3));
    }

    #[test]
    fn a_removed_tail_shows_against_the_head() {
        let (mut events, head) = chain(4);
        events.pop();
        let p = check_chain("receipt:7", None, &events, Some(&head));
        assert_eq!(kinds(&p), ["chain_truncated"]);
        assert!(p[0].message.contains("4 event(s)"), "{}", p[0].message);
    }

    #[test]
    fn a_resealed_event_still_breaks_the_next_link() {
        // Whoever changes an event and recomputes its hash breaks its successor's link.
        let (mut events, head) = chain(3);
        events[0].kind = "forged".into();
        events[0].hash = Some(events[0].expected_hash());
        let p = check_chain("receipt:7", None, &events, Some(&head));
        assert_eq!(kinds(&p), ["chain_broken"]);
        assert_eq!(p[0].event_id, Some(2));
    }

    #[test]
    fn the_hash_covers_every_field() {
        let base = event_hash("c", Some(1), "t", "k", "d", Some("p"));
        assert_ne!(base, event_hash("c2", Some(1), "t", "k", "d", Some("p")));
        assert_ne!(base, event_hash("c", Some(2), "t", "k", "d", Some("p")));
        assert_ne!(base, event_hash("c", Some(1), "t2", "k", "d", Some("p")));
        assert_ne!(base, event_hash("c", Some(1), "t", "k2", "d", Some("p")));
        assert_ne!(base, event_hash("c", Some(1), "t", "k", "d2", Some("p")));
        assert_ne!(base, event_hash("c", Some(1), "t", "k", "d", None));
        // Field boundaries are not ambiguous.
        assert_ne!(
            event_hash("ab", None, "c", "k", "d", None),
            event_hash("a", None, "bc", "k", "d", None)
        );
    }
}
