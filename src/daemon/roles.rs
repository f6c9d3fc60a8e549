//! The work one process of an installation does at a time — reading a source, sending
//! notifications, handing invoices over — held as roles in the store (see
//! [`crate::store::RoleSession`]). Every daemon asks for every role; the one that gets it does
//! the work, the others ask again every [`ROLE_POLL`], so when the holder dies another one
//! takes over. A session that is lost (connection gone) stops all work done under it at once.
//! Sources are spread: a daemon reads at most its fair share (all sources divided among the
//! live daemons, rounded up) and gives one away when it holds more.

use std::collections::BTreeSet;
use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::store::{RoleSession, Store};

/// How often a daemon without a role asks for it again, and checks that its session lives.
pub const ROLE_POLL: Duration = Duration::from_secs(2);

/// This process's roles.
pub struct Roles {
    store: Arc<dyn Store>,
    session: tokio::sync::Mutex<Option<Box<dyn RoleSession>>>,
    /// Cancelled when the session is lost; each session has its own.
    generation: Mutex<CancellationToken>,
    held: Mutex<BTreeSet<String>>,
    /// Told whenever a role is taken or given up (the liveness row lists the sources).
    pub changed: Notify,
    cancel: CancellationToken,
    /// For the owner locks of the other daemons (who is alive).
    data_dir: PathBuf,
    /// Source roles this process asks for (every daemon of a configuration asks for all).
    sources: AtomicUsize,
    /// The most sources this process should read now.
    fair: AtomicUsize,
}

/// What the roles of reading sources start with (`source:<pipeline>`).
pub(super) const SOURCE_ROLE: &str = "source:";

fn is_source(role: &str) -> bool {
    role.starts_with(SOURCE_ROLE)
}

impl Roles {
    /// Starts the session watch; everything stops with `cancel`.
    pub fn start(
        store: Arc<dyn Store>,
        data_dir: PathBuf,
        cancel: &CancellationToken,
    ) -> Arc<Roles> {
        let roles = Arc::new(Roles {
            store,
            session: tokio::sync::Mutex::new(None),
            generation: Mutex::new(cancel.child_token()),
            held: Mutex::new(BTreeSet::new()),
            changed: Notify::new(),
            cancel: cancel.clone(),
            data_dir,
            sources: AtomicUsize::new(0),
            fair: AtomicUsize::new(usize::MAX),
        });
        let watch = Arc::clone(&roles);
        tokio::spawn(async move {
            // Not at once: the fair share needs every source asked for first.
            let mut tick =
                tokio::time::interval_at(tokio::time::Instant::now() + ROLE_POLL, ROLE_POLL);
            loop {
                tokio::select! {
                    _ = watch.cancel.cancelled() => return,
                    _ = tick.tick() => {
                        watch.check().await;
                        watch.update_fair_share().await;
                    }
                }
            }
        });
        roles
    }

    /// The roles held now, in order.
    pub fn held(&self) -> Vec<String> {
        self.held
            .lock()
            .map(|h| h.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Runs `work` whenever this process holds `role`, until `cancel` (given at start) fires.
    /// `work` gets a token that fires when the role is lost, given away or the daemon stops,
    /// and is awaited to its end before the role goes; when `work` ends by itself, the role is
    /// given up and not asked for again.
    pub async fn run<F, Fut>(self: Arc<Self>, role: String, mut work: F)
    where
        F: FnMut(CancellationToken) -> Fut,
        Fut: Future<Output = ()>,
    {
        let source = is_source(&role);
        if source {
            self.sources.fetch_add(1, Ordering::Relaxed);
        }
        loop {
            let lost = tokio::select! {
                _ = self.cancel.cancelled() => return,
                lost = self.take(&role) => lost,
            };
            if self.store.several_processes() {
                info!(role = %role, "this process takes the role");
            }
            let stop = lost.child_token();
            let running = work(stop.clone());
            tokio::pin!(running);
            let mut gave_way = false;
            loop {
                tokio::select! {
                    _ = &mut running => break,
                    _ = tokio::time::sleep(ROLE_POLL), if source && !gave_way => {
                        if self.should_give_way(&role) {
                            info!(role = %role, "leaving the source to another daemon (fair share)");
                            gave_way = true;
                            stop.cancel();
                        }
                    }
                }
            }
            self.release(&role).await;
            if self.cancel.is_cancelled() || !(lost.is_cancelled() || gave_way) {
                return;
            }
            if !gave_way {
                warn!(role = %role, "role lost with the database session; asking for it again");
            }
        }
    }

    /// Recomputes the fair share of sources from the daemons alive now.
    async fn update_fair_share(&self) {
        if !self.store.several_processes() {
            return;
        }
        let Ok(live) = super::liveness::live_daemons(self.store.as_ref(), &self.data_dir).await
        else {
            return;
        };
        let live = live.len().max(1);
        let fair = self.sources.load(Ordering::Relaxed).div_ceil(live).max(1);
        self.fair.store(fair, Ordering::Relaxed);
    }

    fn sources_held(&self) -> Vec<String> {
        self.held
            .lock()
            .map(|h| h.iter().filter(|r| is_source(r)).cloned().collect())
            .unwrap_or_default()
    }

    /// Whether this process may ask for `role` now (sources: below its fair share).
    fn may_take(&self, role: &str) -> bool {
        !is_source(role) || self.sources_held().len() < self.fair.load(Ordering::Relaxed)
    }

    /// Whether `role` is the source this process should give away (the last of those it holds
    /// beyond its share; one at a time).
    fn should_give_way(&self, role: &str) -> bool {
        let held = self.sources_held();
        held.len() > self.fair.load(Ordering::Relaxed)
            && held.last().map(String::as_str) == Some(role)
    }

    /// Waits until `role` is this process's; returns the token of the session it was taken in.
    async fn take(&self, role: &str) -> CancellationToken {
        loop {
            if self.may_take(role) {
                if let Some(lost) = self.try_take(role).await {
                    return lost;
                }
            }
            tokio::time::sleep(ROLE_POLL).await;
        }
    }

    /// Takes `role` if it is free, opening a session first if there is none.
    async fn try_take(&self, role: &str) -> Option<CancellationToken> {
        let mut session = self.session.lock().await;
        if session.is_none() {
            match self.store.role_session().await {
                Ok(s) => *session = Some(s),
                Err(e) => warn!(error = %e, "no database session for roles; retrying"),
            }
        }
        let s = session.as_mut()?;
        match s.try_take(role).await {
            Ok(true) => {
                if let Ok(mut held) = self.held.lock() {
                    held.insert(role.to_string());
                }
                self.tell(role);
                Some(self.generation().child_token())
            }
            Ok(false) => None,
            Err(e) => {
                warn!(role, error = %e, "cannot ask for a role; retrying");
                self.lose(&mut session);
                None
            }
        }
    }

    async fn release(&self, role: &str) {
        let mut session = self.session.lock().await;
        if let Some(s) = session.as_mut() {
            if let Err(e) = s.release(role).await {
                warn!(role, error = %e, "cannot give a role up; dropping the session");
                self.lose(&mut session);
            }
        }
        if let Ok(mut held) = self.held.lock() {
            held.remove(role);
        }
        self.tell(role);
    }

    /// The liveness row lists the sources: tell it when one changes hands.
    fn tell(&self, role: &str) {
        if is_source(role) {
            self.changed.notify_one();
        }
    }

    async fn check(&self) {
        let mut session = self.session.lock().await;
        if let Some(s) = session.as_mut() {
            if let Err(e) = s.check().await {
                warn!(error = %e, "database session for roles lost; its work stops");
                self.lose(&mut session);
            }
        }
    }

    fn generation(&self) -> CancellationToken {
        self.generation
            .lock()
            .map(|g| g.clone())
            .unwrap_or_else(|_| self.cancel.child_token())
    }

    /// The session is gone: whatever ran under it stops (another process may hold its roles
    /// by now), and the next session starts a new generation.
    fn lose(&self, session: &mut Option<Box<dyn RoleSession>>) {
        *session = None;
        if let Ok(mut g) = self.generation.lock() {
            g.cancel();
            *g = self.cancel.child_token();
        }
        if let Ok(mut held) = self.held.lock() {
            held.clear();
        }
        self.changed.notify_one();
    }
}

/// Invoices in work are held across processes as short-lived roles.
#[async_trait::async_trait]
impl crate::pipeline::SharedLocks for Roles {
    async fn try_lock(&self, name: &str) -> bool {
        self.try_take(name).await.is_some()
    }

    async fn unlock(&self, name: &str) {
        self.release(name).await;
    }
}
