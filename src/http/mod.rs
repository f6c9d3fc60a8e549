//! The HTTP adapter: the API under `/api/v1` (JSON, errors as problem+json), health and
//! metrics at the root, and the web interface's pages (`crate::web`). Handlers only parse, call the application layer (`crate::app`) with
//! the request's actor, and serialise; who may see what is decided there.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::app::App;
use crate::config::HttpConfig;

mod api_doc;
pub mod auth;
pub(crate) mod documents;
mod extract;
mod linger;
pub mod problem;
mod system;
pub mod tls;
mod uploads;
mod work;

pub use problem::Problem;

/// The state every handler gets.
pub type AppState = Arc<App>;

/// The client's address, for the read audit and login throttling (plain and TLS alike).
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

impl axum::extract::connect_info::Connected<axum::serve::IncomingStream<'_, TcpListener>> for Peer {
    fn connect_info(stream: axum::serve::IncomingStream<'_, TcpListener>) -> Peer {
        Peer(*stream.remote_addr())
    }
}

impl axum::extract::connect_info::Connected<axum::serve::IncomingStream<'_, tls::TlsListener>>
    for Peer
{
    fn connect_info(stream: axum::serve::IncomingStream<'_, tls::TlsListener>) -> Peer {
        Peer(*stream.remote_addr())
    }
}

/// Why the HTTP listener could not start.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("cannot listen on {addr}: {source} (is another program using the port? change [http] listen or use --listen)")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("TLS: {0}")]
    Tls(String),
    #[error("{0}")]
    Insecure(String),
}

/// A running listener.
pub struct Server {
    /// Where it listens (with the port picked when asked for port 0).
    pub addr: SocketAddr,
    pub tls: bool,
    pub task: tokio::task::JoinHandle<()>,
}

impl Server {
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }
}

/// Every route, with the layers that hold for all of them.
pub fn router(app: AppState, config: &HttpConfig) -> Router {
    let tls = config.tls.is_some();
    let (routes, document) = utoipa_axum::router::OpenApiRouter::with_openapi(
        <api_doc::ApiDoc as utoipa::OpenApi>::openapi(),
    )
    .merge(system::routes())
    .merge(auth::routes())
    .merge(documents::routes())
    .merge(uploads::routes())
    .merge(work::routes())
    .split_for_parts();
    api_doc::serve(&document);
    Router::new()
        .merge(routes)
        .merge(crate::web::routes())
        .fallback(crate::web::fallback)
        .layer(middleware::from_fn(linger::drain_unread_body))
        .layer(middleware::from_fn(move |req, next| {
            security_headers(req, next, tls)
        }))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.request_timeout,
        ))
        .layer(DefaultBodyLimit::max(config.max_body_bytes as usize))
        .with_state(app)
}

/// Headers that keep browsers from sniffing types, framing pages or loading from elsewhere.
async fn security_headers(req: Request<axum::body::Body>, next: Next, tls: bool) -> Response {
    let mut response = next.run(req).await;
    crate::metrics::global()
        .http_requests
        .get_or_create(&crate::metrics::HttpLabels {
            status: response.status().as_u16(),
        })
        .inc();
    let h = response.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, name, value: &'static str| {
        h.entry(name).or_insert(HeaderValue::from_static(value));
    };
    set(
        h,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::X_FRAME_OPTIONS, "DENY");
    // Not `no-referrer`: under it browsers send `Origin: null` with form posts, and the
    // origin check of writes (see `auth`) could not tell this site's forms from others.
    set(h, header::REFERRER_POLICY, "same-origin");
    set(h, header::CACHE_CONTROL, "no-store");
    if tls {
        set(h, header::STRICT_TRANSPORT_SECURITY, "max-age=31536000");
    }
    response
}

/// Binds `listen` (or `[http] listen`) and serves until `cancel`.
pub async fn start(
    app: AppState,
    config: &HttpConfig,
    listen: Option<SocketAddr>,
    cancel: CancellationToken,
) -> Result<Server, HttpError> {
    let addr = listen.unwrap_or(config.listen);
    if let Some(msg) =
        HttpConfig::insecure_listen_error(addr, config.tls.is_some(), config.allow_insecure)
    {
        return Err(HttpError::Insecure(msg));
    }
    let tls = match &config.tls {
        Some(files) => Some(tls::server_config(files).map_err(HttpError::Tls)?),
        None => None,
    };
    let tcp = TcpListener::bind(addr)
        .await
        .map_err(|source| HttpError::Bind { addr, source })?;
    let bound = tcp
        .local_addr()
        .map_err(|source| HttpError::Bind { addr, source })?;
    let routes = router(app, config).into_make_service_with_connect_info::<Peer>();
    let shutdown = async move { cancel.cancelled().await };
    let is_tls = tls.is_some();
    let task = match tls {
        Some(tls_config) => {
            let listener = tls::TlsListener::new(tcp, tls_config)
                .map_err(|source| HttpError::Bind { addr, source })?;
            tokio::spawn(async move {
                if let Err(e) = axum::serve(listener, routes)
                    .with_graceful_shutdown(shutdown)
                    .await
                {
                    tracing::error!(error = %e, "the HTTP server stopped");
                }
            })
        }
        None => tokio::spawn(async move {
            if let Err(e) = axum::serve(tcp, routes)
                .with_graceful_shutdown(shutdown)
                .await
            {
                tracing::error!(error = %e, "the HTTP server stopped");
            }
        }),
    };
    Ok(Server {
        addr: bound,
        tls: is_tls,
        task,
    })
}
