//! The stylesheet and script, compiled into the binary (nothing is loaded from elsewhere).

use axum::http::header;
use axum::response::IntoResponse;

const CSS: &str = include_str!("../../assets/web/app.css");
const JS: &str = include_str!("../../assets/web/app.js");

pub async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS)
}

pub async fn js() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        JS,
    )
}
