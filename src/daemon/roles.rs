//! The work one process of an installation does at a time — reading a source, sending
//! notifications, handing invoices over — held as roles in the store (see
//! [`crate::store::RoleSession`]). Every daemon asks for every role; the one that gets it does
//! the work, the others ask again every [`ROLE_POLL`], so when the holder dies another one
//! takes over. A session that is lost (connection gone) stops all work done under it at once.

use std::collections::BTreeSet;
use std::future::Future;
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
}

impl Roles {
    /// Starts the session watch; everything stops with `cancel`.
    pub fn start(store: Arc<dyn Store>, cancel: &CancellationToken) -> Arc<Roles> {
        let roles = Arc::new(Roles {
            store,
            session: tokio::sync::Mutex::new(None),
            generation: Mutex::new(cancel.child_token()),
            held: Mutex::new(BTreeSet::new()),
            changed: Notify::new(),
            cancel: cancel.clone(),
        });
        let watch = Arc::clone(&roles);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(ROLE_POLL);
            loop {
                tokio::select! {
                    _ = watch.cancel.cancelled() => return,
                    _ = tick.tick() => watch.check().await,
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
    /// `work` gets a token that fires when the role is lost or the daemon stops; when `work`
    /// ends by itself, the role is given up and not asked for again.
    pub async fn run<F, Fut>(self: Arc<Self>, role: String, mut work: F)
    where
        F: FnMut(CancellationToken) -> Fut,
        Fut: Future<Output = ()>,
    {
        loop {
            let lost = tokio::select! {
                _ = self.cancel.cancelled() => return,
                lost = self.take(&role) => lost,
            };
            if self.store.several_processes() {
                info!(role = %role, "this process takes the role");
            }
            work(lost.clone()).await;
            self.release(&role).await;
            if self.cancel.is_cancelled() || !lost.is_cancelled() {
                return;
            }
            warn!(role = %role, "role lost with the database session; asking for it again");
        }
    }

    /// Waits until `role` is this process's; returns the token of the session it was taken in.
    async fn take(&self, role: &str) -> CancellationToken {
        loop {
            {
                let mut session = self.session.lock().await;
                if session.is_none() {
                    match self.store.role_session().await {
                        Ok(s) => *session = Some(s),
                        Err(e) => warn!(error = %e, "no database session for roles; retrying"),
                    }
                }
                if let Some(s) = session.as_mut() {
                    match s.try_take(role).await {
                        Ok(true) => {
                            if let Ok(mut held) = self.held.lock() {
                                held.insert(role.to_string());
                            }
                            self.changed.notify_one();
                            return self.generation().child_token();
                        }
                        Ok(false) => {}
                        Err(e) => {
                            warn!(role, error = %e, "cannot ask for a role; retrying");
                            self.lose(&mut session);
                        }
                    }
                }
            }
            tokio::time::sleep(ROLE_POLL).await;
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
        self.changed.notify_one();
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
