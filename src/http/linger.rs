//! Lingering on unread request bodies. A handler that answers before reading the whole body
//! (an upload refused for its token, one over `max_body_mb`) would have the connection closed
//! on a client still sending: the client sees "broken pipe" instead of the answer that says
//! what to fix. As web servers do with a lingering close, the rest of the body is read and
//! discarded, within bounds, before the answer goes out.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, BodyDataStream};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use futures::StreamExt;
use tokio::sync::Mutex;

/// At most this much is read and discarded after the answer is ready…
const DRAIN_BYTES: usize = 16 * 1024 * 1024;
/// …and for at most this long; a client sending more or slower gets the connection closed.
const DRAIN_TIME: Duration = Duration::from_secs(10);

/// Hands the handler the request body through a shared handle, and reads what it left.
pub async fn drain_unread_body(req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let shared: Arc<Mutex<Option<BodyDataStream>>> =
        Arc::new(Mutex::new(Some(body.into_data_stream())));
    let forwarded = futures::stream::unfold(shared.clone(), |s| async move {
        let item = s.lock().await.as_mut()?.next().await?;
        Some((item, s))
    });
    let response = next
        .run(Request::from_parts(parts, Body::from_stream(forwarded)))
        .await;
    let rest = shared.lock().await.take();
    if let Some(mut rest) = rest {
        let _ = tokio::time::timeout(DRAIN_TIME, async {
            let mut read = 0usize;
            while let Some(Ok(chunk)) = rest.next().await {
                read += chunk.len();
                if read > DRAIN_BYTES {
                    break;
                }
            }
        })
        .await;
    }
    response
}
