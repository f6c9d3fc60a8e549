//! The application layer: every operation mailroom offers people and machines, written once,
//! taking the [`Actor`] who asks and checking there what they may see and do. The CLI and the
//! HTTP API are thin adapters over these functions.

use std::sync::Arc;

use crate::config::Config;
use crate::model::Actor;
use crate::routing::Router;
use crate::search::{SearchError, SearchIndex};
use crate::store::{BlobStore, Store, StoreError};

pub mod accounts;
pub mod directory;
pub mod document_view;
pub mod documents;
pub mod pages;
pub mod quarantine;
pub mod routing;
pub mod rules;
pub mod rules_edit;
pub mod rules_letters;
pub mod system;
mod throttle;
pub mod uploads;

pub use throttle::LoginThrottle;

/// What an operation may fail with. `NotFound` is also the answer for what exists but is not
/// the actor's to see: existence itself is not disclosed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    NotFound(String),
    /// The actor's roles do not allow the operation at all (not about a particular document).
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Conflict(String),
    /// No valid login, session or token.
    #[error("{0}")]
    Unauthenticated(String),
    /// Too many failed logins: try again in this many seconds.
    #[error("too many failed logins; try again in {0} seconds")]
    TooManyAttempts(u64),
    /// A part mailroom needs is not available right now (try again later).
    #[error("{0}")]
    Unavailable(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Search(#[from] SearchError),
}

/// The open instance every operation works on.
pub struct App {
    pub config: Config,
    pub store: Arc<dyn Store>,
    pub blobs: BlobStore,
    pub search: Arc<dyn SearchIndex>,
    /// Rules and the learned model; `None` without `[routing]`.
    pub router: Option<Arc<Router>>,
    /// When this process started (for `status`).
    pub started_at: crate::model::Timestamp,
    /// Failed logins per account and address.
    pub throttle: LoginThrottle,
    /// Where uploads go; only while the daemon runs (its workers take them).
    pub uploads: Option<crate::pipeline::ApiIntake>,
    /// Rendered page images.
    pub page_cache: pages::PageCache,
}

impl App {
    pub fn new(
        config: Config,
        store: Arc<dyn Store>,
        blobs: BlobStore,
        search: Arc<dyn SearchIndex>,
        router: Option<Arc<Router>>,
    ) -> App {
        App {
            config,
            store,
            blobs,
            search,
            router,
            started_at: crate::model::now(),
            throttle: LoginThrottle::default(),
            uploads: None,
            page_cache: pages::PageCache::default(),
        }
    }

    /// Takes uploads into `sink` (the daemon's workers process them).
    pub fn with_uploads(mut self, sink: Option<crate::pipeline::ApiIntake>) -> App {
        self.uploads = sink;
        self
    }

    /// The instance as the CLI uses it: the store and a read-only search index (a running
    /// daemon keeps writing it).
    pub async fn open(config: Config) -> Result<App, crate::instance::InstanceError> {
        Self::open_with_index(config, false).await
    }

    /// Like [`App::open`], but takes the index writer when no daemon holds it, so a change
    /// made here (a routing by hand) is searchable at once.
    pub async fn open_writable(config: Config) -> Result<App, crate::instance::InstanceError> {
        Self::open_with_index(config, true).await
    }

    async fn open_with_index(
        config: Config,
        writable: bool,
    ) -> Result<App, crate::instance::InstanceError> {
        let instance = crate::instance::Instance::open(config).await?;
        let search = instance.search(writable).await?;
        Ok(App::new(
            instance.config,
            instance.store,
            instance.blobs,
            search.index,
            None,
        ))
    }

    /// The `[routing]` configuration, or why there is none.
    pub fn routing_config(&self) -> Result<&crate::config::RoutingConfig, AppError> {
        self.config.routing.as_ref().ok_or_else(|| {
            AppError::Unavailable(format!(
                "routing is not configured: add a [routing] section to {}",
                self.config.file.display()
            ))
        })
    }

    /// The departments as the running daemon last loaded them (edits of departments.toml
    /// apply while it runs), else as configured; `None` without `[routing]`.
    pub fn departments(&self) -> Option<Arc<crate::config::Departments>> {
        match (&self.router, &self.config.routing) {
            (Some(r), _) => Some(r.departments()),
            (None, Some(routing)) => Some(Arc::new(routing.departments.clone())),
            (None, None) => None,
        }
    }

    /// Fails unless `actor` holds one of `roles`.
    pub fn require(
        &self,
        actor: &Actor,
        roles: &[crate::model::Role],
        what: &str,
    ) -> Result<(), AppError> {
        if roles.iter().any(|r| actor.has(*r)) {
            Ok(())
        } else {
            let names: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
            Err(AppError::Forbidden(format!(
                "{what} needs the role {}",
                names.join(" or ")
            )))
        }
    }
}
