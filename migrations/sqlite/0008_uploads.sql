-- Uploads through the API (citizen portals). One row per upload request, written in the
-- transaction that records its receipt: the same Idempotency-Key again finds this row and
-- gets the same answer, never a second receipt. The key is scoped by the requester.
CREATE TABLE uploads (
    idempotency_key TEXT PRIMARY KEY,     -- requester, a newline, the client's key
    receipt_id      INTEGER NOT NULL UNIQUE,
    requester       TEXT NOT NULL,        -- the token's actor name
    sha256s         TEXT NOT NULL,        -- JSON list of the uploaded files' SHA-256
    created_at      TEXT NOT NULL
);
