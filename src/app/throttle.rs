//! Login throttling: after a few wrong passwords for one account from one address, and after
//! many from one address for any account, further attempts wait, longer each time. Kept in
//! memory: a restart forgets it, which costs an attacker a restart they cannot cause.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Wrong passwords for one account from one address before attempts must wait.
const PER_ACCOUNT: u32 = 5;
/// Wrong passwords from one address (any accounts) before attempts must wait.
const PER_ADDRESS: u32 = 20;
/// The first wait; it doubles with every further failure, up to `MAX_WAIT`.
const FIRST_WAIT: Duration = Duration::from_secs(30);
const MAX_WAIT: Duration = Duration::from_secs(15 * 60);
/// Failures older than this are forgotten.
const WINDOW: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Go,
    /// Try again in this many seconds.
    Wait(u64),
}

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

#[derive(Debug, Default)]
pub struct LoginThrottle {
    failures: Mutex<HashMap<String, Failures>>,
}

fn pair_key(account: &str, address: &str) -> String {
    format!("{}\u{0}{address}", account.to_lowercase())
}

fn wait_for(f: Failures, limit: u32, at: Instant) -> Option<Duration> {
    if f.count < limit {
        return None;
    }
    let doublings = (f.count - limit).min(10);
    let wait = (FIRST_WAIT * 2u32.pow(doublings)).min(MAX_WAIT);
    let until = f.last + wait;
    (until > at).then(|| until - at)
}

impl LoginThrottle {
    pub fn check(&self, account: &str, address: &str) -> Verdict {
        self.check_at(account, address, Instant::now())
    }

    fn check_at(&self, account: &str, address: &str, at: Instant) -> Verdict {
        let map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let waits = [
            map.get(&pair_key(account, address))
                .and_then(|f| wait_for(*f, PER_ACCOUNT, at)),
            map.get(address).and_then(|f| wait_for(*f, PER_ADDRESS, at)),
        ];
        match waits.into_iter().flatten().max() {
            Some(d) => Verdict::Wait(d.as_secs().max(1)),
            None => Verdict::Go,
        }
    }

    pub fn failed(&self, account: &str, address: &str) {
        self.failed_at(account, address, Instant::now())
    }

    fn failed_at(&self, account: &str, address: &str, at: Instant) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, f| at.duration_since(f.last) < WINDOW + MAX_WAIT);
        for key in [pair_key(account, address), address.to_string()] {
            let f = map.entry(key).or_insert(Failures { count: 0, last: at });
            if at.duration_since(f.last) > WINDOW {
                f.count = 0;
            }
            f.count += 1;
            f.last = at;
        }
    }

    pub fn succeeded(&self, account: &str, address: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(&pair_key(account, address));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_waits_after_five_wrong_passwords_and_longer_after_more() {
        let t = LoginThrottle::default();
        let at = Instant::now();
        for _ in 0..4 {
            t.failed_at("anna", "10.0.0.1", at);
        }
        assert_eq!(t.check_at("anna", "10.0.0.1", at), Verdict::Go);
        t.failed_at("anna", "10.0.0.1", at);
        assert_eq!(t.check_at("anna", "10.0.0.1", at), Verdict::Wait(30));
        // Another address is not held up by this one's failures.
        assert_eq!(t.check_at("anna", "10.0.0.2", at), Verdict::Go);
        t.failed_at("anna", "10.0.0.1", at);
        assert_eq!(t.check_at("ANNA", "10.0.0.1", at), Verdict::Wait(60));
        assert_eq!(
            t.check_at("anna", "10.0.0.1", at + Duration::from_secs(61)),
            Verdict::Go
        );
        t.succeeded("anna", "10.0.0.1");
        assert_eq!(t.check_at("anna", "10.0.0.1", at), Verdict::Go);
    }

    #[test]
    fn one_address_trying_many_accounts_is_held_up() {
        let t = LoginThrottle::default();
        let at = Instant::now();
        for i in 0..PER_ADDRESS {
            t.failed_at(&format!("user{i}"), "10.0.0.9", at);
        }
        assert!(matches!(
            t.check_at("someone-else", "10.0.0.9", at),
            Verdict::Wait(_)
        ));
        assert_eq!(t.check_at("someone-else", "10.0.0.8", at), Verdict::Go);
    }
}
