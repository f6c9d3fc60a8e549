//! `/quarantaene/{id}`: one quarantined file — why, what to do, a preview where the browser can
//! show it safely (images; the beginning of a text), the file itself to download, and a form
//! to upload a corrected file that replaces it and goes back to processing.

use axum::extract::multipart::Multipart;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::{labels, render, Chrome, PageError, WebUser};
use crate::app::quarantine;
use crate::http::AppState;
use crate::model::{MediaType, QuarantineId, ReceiptId};

/// Most characters of a text file shown on the page.
const TEXT_PREVIEW_CHARS: usize = 3000;

#[derive(askama::Template)]
#[template(path = "quarantaene_eintrag.html")]
struct EntryPage {
    chrome: Chrome,
    id: i64,
    filename: String,
    received: String,
    pipeline: String,
    reason: String,
    reason_code: String,
    help: Option<(&'static str, &'static str)>,
    attempts: u32,
    size: String,
    /// What the bytes are (sniffed), for people.
    kind: String,
    image: bool,
    text: Option<String>,
    csrf: String,
}

/// `13` or `Q13`, as staff see quarantine ids everywhere.
fn receipt_id(raw: &str) -> Result<ReceiptId, PageError> {
    raw.parse::<QuarantineId>()
        .map(|q| q.0)
        .map_err(|_| PageError::not_found())
}

/// The beginning of a file as text, if it is UTF-8 (a character cut at the end of the head
/// is left out, not a reason to show nothing).
fn text_start(head: &[u8]) -> Option<&str> {
    match std::str::from_utf8(head) {
        Ok(t) => Some(t),
        Err(e) if e.error_len().is_none() && e.valid_up_to() > 0 => {
            std::str::from_utf8(&head[..e.valid_up_to()]).ok()
        }
        Err(_) => None,
    }
}

/// Images a browser shows in an `<img>` (which runs no script).
fn shown_as_image(media: Option<MediaType>) -> bool {
    matches!(
        media,
        Some(MediaType::Png | MediaType::Jpeg | MediaType::Gif | MediaType::Webp)
    )
}

pub async fn page(
    State(app): State<AppState>,
    user: WebUser,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = receipt_id(&id)?;
    let (r, file) = quarantine::file(&app, &user.actor, id).await?;
    let media = file.as_ref().and_then(|f| f.media_type);
    let text = file
        .as_ref()
        .filter(|_| media == Some(MediaType::Text) || media.is_none())
        .and_then(|f| text_start(&f.head))
        .map(|t| t.chars().take(TEXT_PREVIEW_CHARS).collect());
    render(&EntryPage {
        chrome: Chrome::of(&app, format!("Quarantäne Q{}", id.0), "quarantaene", &user).await,
        id: id.0,
        filename: r.original_filename.clone(),
        received: labels::berlin_minute(r.received_at),
        pipeline: r.pipeline.clone(),
        reason: r.reason.clone().unwrap_or_default(),
        reason_code: r.reason_code.clone().unwrap_or_default(),
        help: r.reason_code.as_deref().and_then(labels::quarantine_help),
        attempts: r.attempts,
        size: r.size.map(labels::size).unwrap_or_default(),
        kind: match (&file, media) {
            (None, _) => "Datei nicht mehr lesbar".into(),
            (_, Some(m)) => m.mime().to_string(),
            (_, None) => "unbekannte Art".into(),
        },
        image: shown_as_image(media),
        text,
        csrf: user.csrf.clone(),
    })
}

/// The quarantined file: images inline (for the preview), everything else as a download.
/// The sandbox policy keeps anything the browser opens from running script on this site.
pub async fn file(
    State(app): State<AppState>,
    user: WebUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = receipt_id(&id)?;
    let (r, f) = quarantine::file(&app, &user.actor, id).await?;
    let f = f.ok_or_else(PageError::not_found)?;
    let inline = shown_as_image(f.media_type);
    let mime = match f.media_type {
        Some(m) if inline => m.mime(),
        _ => "application/octet-stream",
    };
    // Streamed from the quarantine folder: a file too large to process is large.
    let opened = tokio::fs::File::open(&f.path).await.map_err(|e| {
        PageError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("Die Datei ist nicht lesbar ({e}); bitte im Quarantäne-Ordner nachsehen."),
        )
    })?;
    let body = axum::body::Body::from_stream(tokio_util::io::ReaderStream::new(opened));
    let mut response = (StatusCode::OK, body).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if !inline {
        let disposition = crate::http::documents::content_disposition(&r.original_filename);
        if let Ok(v) = HeaderValue::from_str(&disposition) {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
    }
    Ok(response)
}

/// Replaces the quarantined file with the uploaded one (`datei`) and retries it.
pub async fn replace(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    mut form: Multipart,
) -> Result<Redirect, PageError> {
    let id = receipt_id(&id)?;
    let bad = |m: &str| PageError::new(StatusCode::UNPROCESSABLE_ENTITY, m.to_string());
    let (mut csrf, mut upload) = (String::new(), None);
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|_| bad("Das Formular kam unvollständig an; bitte erneut senden."))?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("datei") => {
                let name = field.file_name().unwrap_or("korrigiert").to_string();
                let bytes = field.bytes().await.map_err(|e| {
                    PageError::new(
                        e.status(),
                        "Die Datei kam nicht vollständig an (zu groß? [http] max_body_mb).",
                    )
                })?;
                upload = Some((name, bytes.to_vec()));
            }
            _ => {}
        }
    }
    user.check_form(&app, &headers, &csrf)?;
    let (name, bytes) = upload
        .filter(|(_, b)| !b.is_empty())
        .ok_or_else(|| bad("Keine Datei gewählt: bitte die korrigierte Datei auswählen."))?;
    quarantine::replace(&app, &user.actor, id, &name, bytes).await?;
    Ok(Redirect::to("/quarantaene?ersetzt=1"))
}
