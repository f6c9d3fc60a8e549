//! Domain types shared by every layer: identifiers, content hashes, media types, timestamps,
//! who is acting (`Actor`, `Role`), deliveries, documents, consignments and routing decisions
//! with their explanation. The store reads and writes these; it does not define them.
//!
//! The identifiers are newtypes so that a receipt id can never be passed where a document id is
//! expected, and a hash is always 32 bytes.

mod account;
mod actor;
mod document;
mod ids;
mod intake;
mod invoice;
mod mail;
mod media;
mod routing;
mod sha;
mod time;

pub use account::{
    departments_from_text, departments_to_text, roles_from_text, roles_to_text, Account,
    AccountSource, ApiToken, Session,
};
pub use actor::{Actor, ActorKind, DocumentScope, Role};
pub use document::*;
pub use ids::{ConsignmentId, DocumentId, QuarantineId, ReceiptId};
pub use intake::*;
pub use invoice::*;
pub use mail::*;
pub use media::{looks_like_mail, MediaType};
pub use routing::*;
pub use sha::Sha256;
pub use time::{
    format_berlin, format_berlin_date, format_berlin_text, format_date_de, format_utc, now,
    parse_utc, serialize_utc, Timestamp,
};
