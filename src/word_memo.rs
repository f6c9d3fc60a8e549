//! What was found for a word in an earlier text, kept per thread: letters share most of their
//! words (salutations, „Antrag“, „Bescheid“, the county's place names), so a word met before
//! costs one lookup instead of the work done for it (hashing and looking up its n-grams for
//! the character model, matching its parts against the rule and topic words).
//!
//! Each memo belongs to one owner (a vocabulary, a set of rule phrases) by an id unique in the
//! process, so nothing found under another vocabulary or other rules is ever reused. A thread
//! keeps the memos of its last few owners: routing asks the rules' and the topic words'
//! indexes in turn for every document. No IO.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::LocalKey;

/// Words kept per thread and owner: about 1.5 MB (a word's findings are ~20 numbers).
/// quick_cache's CLOCK-Pro keeps the words asked for again against one-off numbers, names and
/// IBANs.
const WORDS_KEPT: usize = 10_000;

/// Owners whose memos a thread keeps (the least recently asked for is dropped).
const OWNERS_KEPT: usize = 4;

/// Longer words (bytes) are not kept: what is found for a word grows with its length, and a
/// run of text without spaces (a broken text layer, base64) is not met again anyway.
const LONGEST_WORD: usize = 64;

/// A word (as the owner looks it up) → what was found for it, in the order found.
pub type Found = quick_cache::unsync::Cache<Box<str>, Box<[u32]>>;

/// A thread's memos, one per owner: declare with `thread_local!` as
/// `RefCell<Memos> = const { RefCell::new(Memos::new()) }`.
pub struct Memos(Vec<(u64, Found)>);

impl Memos {
    pub const fn new() -> Memos {
        Memos(Vec::new())
    }
}

impl Default for Memos {
    fn default() -> Self {
        Memos::new()
    }
}

static NEXT_OWNER: AtomicU64 = AtomicU64::new(1);

/// An id for a new owner (a vocabulary, a phrase index), unique in this process; never 0.
pub fn new_owner_id() -> u64 {
    NEXT_OWNER.fetch_add(1, Ordering::Relaxed)
}

/// Calls `f` with this thread's memo in `memos` for `owner` (a new one if it has none).
pub fn with<R>(
    memos: &'static LocalKey<RefCell<Memos>>,
    owner: u64,
    f: impl FnOnce(&mut Found) -> R,
) -> R {
    memos.with_borrow_mut(|Memos(kept)| {
        // Most recently asked for last.
        match kept.iter().position(|(o, _)| *o == owner) {
            Some(i) => {
                let memo = kept.remove(i);
                kept.push(memo);
            }
            None => {
                if kept.len() == OWNERS_KEPT {
                    kept.remove(0);
                }
                kept.push((owner, Found::new(WORDS_KEPT)));
            }
        }
        let (_, found) = kept.last_mut().expect("just pushed");
        f(found)
    })
}

/// Keeps what was found for `word`, unless the word is too long to be worth it.
pub fn keep(found: &mut Found, word: &str, what: &[u32]) {
    if word.len() <= LONGEST_WORD {
        found.insert(word.into(), what.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static MEMOS: RefCell<Memos> = const { RefCell::new(Memos::new()) };
    }

    fn kept(owner: u64, word: &str) -> Option<Vec<u32>> {
        with(&MEMOS, owner, |found| found.get(word).map(|v| v.to_vec()))
    }

    #[test]
    fn each_owner_has_its_own_words_and_the_least_recent_is_dropped() {
        let owners: Vec<u64> = (0..5).map(|_| new_owner_id()).collect();
        for (i, owner) in owners[..4].iter().enumerate() {
            with(&MEMOS, *owner, |found| keep(found, "antrag", &[i as u32]));
        }
        for (i, owner) in owners[..4].iter().enumerate() {
            assert_eq!(kept(*owner, "antrag"), Some(vec![i as u32]));
        }
        // A fifth owner: the first, asked for longest ago, is dropped; the others stay.
        assert_eq!(kept(owners[4], "antrag"), None);
        assert_eq!(kept(owners[0], "antrag"), None);
        assert_eq!(kept(owners[3], "antrag"), Some(vec![3]));
    }

    #[test]
    fn long_words_are_not_kept() {
        let owner = new_owner_id();
        let (long, short) = ("x".repeat(LONGEST_WORD + 1), "y".repeat(LONGEST_WORD));
        with(&MEMOS, owner, |found| {
            keep(found, &long, &[1]);
            keep(found, &short, &[2]);
        });
        assert_eq!(kept(owner, &long), None);
        assert_eq!(kept(owner, &short), Some(vec![2]));
    }
}
