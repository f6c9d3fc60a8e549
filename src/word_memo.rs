//! What was found for a word in an earlier text, kept per thread: letters share most of their
//! words (salutations, „Antrag“, „Bescheid“, the county's place names), so a word met before
//! costs one lookup instead of the work done for it (hashing and looking up its n-grams for
//! the character model, matching its parts against the rule and topic words).
//!
//! Each memo belongs to one owner (a vocabulary, a set of rule phrases) by an id unique in the
//! process: a thread that asks for another owner starts afresh, so nothing found under
//! another vocabulary or other rules is ever reused. No IO.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::LocalKey;

/// Words kept per thread and memo: about 1.5 MB (a word's findings are ~20 numbers).
/// quick_cache's CLOCK-Pro keeps the words asked for again against one-off numbers, names and
/// IBANs.
const WORDS_KEPT: usize = 10_000;

/// A word (as the owner looks it up) → what was found for it, in the order found.
pub type Found = quick_cache::unsync::Cache<Box<str>, Box<[u32]>>;

/// One thread's memo: declare it with `thread_local!` as
/// `RefCell<Option<WordMemo>> = const { RefCell::new(None) }`.
pub struct WordMemo {
    owner: u64,
    words: Found,
}

static NEXT_OWNER: AtomicU64 = AtomicU64::new(1);

/// An id for a new owner (a vocabulary, a phrase index), unique in this process; never 0.
pub fn new_owner_id() -> u64 {
    NEXT_OWNER.fetch_add(1, Ordering::Relaxed)
}

/// Calls `f` with this thread's memo in `memo` for `owner`, emptied first if it held another
/// owner's words.
pub fn with<R>(
    memo: &'static LocalKey<RefCell<Option<WordMemo>>>,
    owner: u64,
    f: impl FnOnce(&mut Found) -> R,
) -> R {
    memo.with_borrow_mut(|kept| {
        let memo = match kept {
            Some(m) if m.owner == owner => m,
            other => other.insert(WordMemo {
                owner,
                words: Found::new(WORDS_KEPT),
            }),
        };
        f(&mut memo.words)
    })
}
