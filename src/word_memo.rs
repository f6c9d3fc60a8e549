//! The known n-grams of words from earlier texts, kept per thread. Letters share most of their
//! words (salutations, „Antrag“, „Bescheid“, the county's place names): a word met before costs
//! one lookup instead of hashing its n-grams (about four per letter) and looking each up in the
//! vocabulary. Entries belong to one vocabulary: a thread that judges with another model's
//! vocabulary starts afresh.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Words kept per thread: about 1.5 MB (a word's known n-grams are ~20 indices). quick_cache's
/// CLOCK-Pro keeps the words asked for again against one-off numbers, names and IBANs.
const WORDS_KEPT: usize = 10_000;

/// A word (as written in the text) → the vocabulary indices of its known n-grams, in order.
pub(super) type Known = quick_cache::unsync::Cache<Box<str>, Box<[u32]>>;

static NEXT_VOCABULARY: AtomicU64 = AtomicU64::new(1);

/// An id for a new vocabulary, unique in this process.
pub(super) fn new_vocabulary_id() -> u64 {
    NEXT_VOCABULARY.fetch_add(1, Ordering::Relaxed)
}

struct KnownWords {
    vocabulary: u64,
    words: Known,
}

thread_local! {
    static KNOWN: RefCell<Option<KnownWords>> = const { RefCell::new(None) };
}

/// Calls `f` with this thread's known words of the vocabulary `id`.
pub(super) fn with_known<R>(id: u64, f: impl FnOnce(&mut Known) -> R) -> R {
    KNOWN.with_borrow_mut(|known| {
        let fresh = || KnownWords {
            vocabulary: id,
            words: Known::new(WORDS_KEPT),
        };
        let known = match known {
            Some(k) if k.vocabulary == id => k,
            other => other.insert(fresh()),
        };
        f(&mut known.words)
    })
}
