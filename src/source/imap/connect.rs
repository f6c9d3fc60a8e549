//! Connecting and logging in: implicit TLS, STARTTLS, or plain to loopback; rustls with the
//! system's trusted roots plus an optional CA file for servers with an internal CA.

use std::fmt::Debug;
use std::sync::Arc;
use std::time::Duration;

use async_imap::{Client, Session};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::rustls::{self, ClientConfig, RootCertStore};
use tokio_rustls::TlsConnector;

use super::ImapError;
use crate::config::{ImapConfig, TlsMode};

/// A connection, TLS or not.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send + Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + Debug> Io for T {}

pub type ImapSession = Session<Box<dyn Io>>;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

fn tls_config(cfg: &ImapConfig) -> Result<ClientConfig, ImapError> {
    let mut roots = RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    if let Some(ca) = &cfg.ca_file {
        let certs = CertificateDer::pem_file_iter(ca)
            .map_err(|e| ImapError::Setup(format!("CA file {}: {e}", ca.display())))?;
        for cert in certs {
            let cert =
                cert.map_err(|e| ImapError::Setup(format!("CA file {}: {e}", ca.display())))?;
            roots
                .add(cert)
                .map_err(|e| ImapError::Setup(format!("CA file {}: {e}", ca.display())))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ImapError::Setup(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

async fn tls(cfg: &ImapConfig, tcp: TcpStream) -> Result<Box<dyn Io>, ImapError> {
    let connector = TlsConnector::from(Arc::new(tls_config(cfg)?));
    let name = ServerName::try_from(cfg.host.clone())
        .map_err(|e| ImapError::Setup(format!("host {:?}: {e}", cfg.host)))?;
    let stream = tokio::time::timeout(CONNECT_TIMEOUT, connector.connect(name, tcp))
        .await
        .map_err(|_| ImapError::Network("TLS handshake timed out".into()))?
        .map_err(|e| ImapError::Network(format!("TLS handshake with {}: {e}", cfg.host)))?;
    Ok(Box::new(stream))
}

async fn greeting(client: &mut Client<Box<dyn Io>>) -> Result<(), ImapError> {
    client
        .read_response()
        .await
        .map_err(|e| ImapError::Network(format!("reading the server greeting: {e}")))?
        .ok_or_else(|| ImapError::Network("the server closed the connection".into()))?;
    Ok(())
}

/// Connects and logs in.
pub async fn connect(cfg: &ImapConfig, password: &str) -> Result<ImapSession, ImapError> {
    let tcp = tokio::time::timeout(
        CONNECT_TIMEOUT,
        TcpStream::connect((cfg.host.as_str(), cfg.port)),
    )
    .await
    .map_err(|_| ImapError::Network(format!("connecting to {}:{} timed out", cfg.host, cfg.port)))?
    .map_err(|e| ImapError::Network(format!("connecting to {}:{}: {e}", cfg.host, cfg.port)))?;
    let client = match cfg.tls {
        TlsMode::Implicit => {
            let mut c = Client::new(tls(cfg, tcp).await?);
            greeting(&mut c).await?;
            c
        }
        TlsMode::Plain => {
            let mut c = Client::new(Box::new(tcp) as Box<dyn Io>);
            greeting(&mut c).await?;
            c
        }
        TlsMode::StartTls => {
            let mut plain = Client::new(tcp);
            plain
                .read_response()
                .await
                .map_err(|e| ImapError::Network(format!("reading the server greeting: {e}")))?;
            plain
                .run_command_and_check_ok("STARTTLS", None)
                .await
                .map_err(|e| ImapError::Network(format!("STARTTLS refused: {e}")))?;
            // No greeting after STARTTLS.
            Client::new(tls(cfg, plain.into_inner()).await?)
        }
    };
    client
        .login(&cfg.user, password)
        .await
        .map_err(|(e, _)| ImapError::Login(format!("{} on {}: {e}", cfg.user, cfg.host)))
}
