//! Request extractors whose rejections are problem+json like every other error: a malformed
//! JSON body or query string gets the same kind of answer as a refused request.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::Json;
use serde::de::DeserializeOwned;

use super::Problem;

/// A JSON request body.
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = Problem;

    async fn from_request(req: Request, state: &S) -> Result<Self, Problem> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(e) => Err(Problem::new(e.status(), e.body_text())),
        }
    }
}

/// Query parameters (repeated keys are lists: `?department=51&department=JA-AND`).
pub struct Params<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Params<T> {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        match axum_extra::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum_extra::extract::Query(value)) => Ok(Params(value)),
            Err(e) => Err(Problem::new(
                e.status(),
                format!("Ungültige Abfrageparameter: {}", e.body_text()),
            )),
        }
    }
}
