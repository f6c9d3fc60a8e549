-- Every delivery (file taken from a drop folder, file ingested by hand). Written *before* the
-- file is moved into the spool, so a crash at any point leaves a row that recovery can act on.
CREATE TABLE receipts (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    pipeline          TEXT NOT NULL,
    channel           TEXT NOT NULL,
    source_path       TEXT NOT NULL,
    original_filename TEXT NOT NULL,
    -- Time of receipt, UTC, never changed: legal deadlines run from it.
    received_at       TEXT NOT NULL,
    -- moved: renamed into the spool; copied: copied, original removed after filing;
    -- ingested: copied, original left alone (mailroom ingest).
    claim_mode        TEXT NOT NULL,
    -- dev:inode:size:mtime of a copied original, so we never delete a newer file of that name.
    source_identity   TEXT,
    -- claimed | filed | duplicate | quarantined | discarded | vanished
    state             TEXT NOT NULL,
    -- Process token of whoever works on a claimed receipt (see pipeline::owner).
    owner             TEXT,
    size              INTEGER,
    sha256            TEXT,
    media_type        TEXT,
    document_id       INTEGER REFERENCES documents(id),
    reason_code       TEXT,
    reason            TEXT,
    quarantine_path   TEXT,
    attempts          INTEGER NOT NULL DEFAULT 0,
    updated_at        TEXT NOT NULL
);
CREATE INDEX receipts_by_state ON receipts(state);
CREATE INDEX receipts_by_sha ON receipts(sha256);

-- One row per unique content.
CREATE TABLE documents (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256            TEXT NOT NULL UNIQUE,
    receipt_id        INTEGER NOT NULL REFERENCES receipts(id),
    pipeline          TEXT NOT NULL,
    channel           TEXT NOT NULL,
    original_filename TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    size              INTEGER NOT NULL,
    media_type        TEXT NOT NULL,
    page_count        INTEGER NOT NULL,
    status            TEXT NOT NULL,
    filed_at          TEXT NOT NULL,
    indexed_at        TEXT
);
CREATE INDEX documents_unindexed ON documents(id) WHERE indexed_at IS NULL;
CREATE INDEX documents_by_received ON documents(received_at);

CREATE TABLE pages (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    number      INTEGER NOT NULL,
    text        TEXT NOT NULL,
    -- text_layer | ocr | none
    text_source TEXT NOT NULL,
    -- Mean word confidence 0..100 for OCRed pages.
    confidence  REAL,
    width       INTEGER,
    height      INTEGER,
    dpi         INTEGER,
    -- JSON array of [text, confidence, left, top, width, height] per word, for highlighting.
    words       TEXT,
    note        TEXT,
    PRIMARY KEY (document_id, number)
);

-- Append-only history of receipts and documents.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER REFERENCES documents(id),
    receipt_id  INTEGER REFERENCES receipts(id),
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX events_by_document ON events(document_id);
CREATE INDEX events_by_receipt ON events(receipt_id);
