-- Attachments are deliveries too: each gets a receipt pointing at the mail's receipt, so a
-- quarantined attachment can be listed, retried and traced to the mail it came in.
ALTER TABLE receipts ADD COLUMN parent_id INTEGER REFERENCES receipts(id);
CREATE INDEX receipts_by_parent ON receipts(parent_id);

-- A consignment (Sendung): what arrived together — one mail, its body and its attachments.
CREATE TABLE consignments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    receipt_id  INTEGER NOT NULL UNIQUE REFERENCES receipts(id),
    kind        TEXT NOT NULL,
    -- The functional mailbox it came from (e.g. poststelle@kreis.de); NULL for dropped .eml files.
    mailbox     TEXT,
    message_id  TEXT,
    subject     TEXT,
    sender      TEXT,
    recipients  TEXT,
    cc          TEXT,
    sent_at     TEXT,
    created_at  TEXT NOT NULL
);

-- Position 0 is the cover document (the mail itself); attachments follow in mail order.
CREATE TABLE consignment_documents (
    consignment_id INTEGER NOT NULL REFERENCES consignments(id),
    position       INTEGER NOT NULL,
    role           TEXT NOT NULL,
    name           TEXT,
    receipt_id     INTEGER REFERENCES receipts(id),
    -- NULL while the part is in quarantine.
    document_id    INTEGER REFERENCES documents(id),
    PRIMARY KEY (consignment_id, position)
);
CREATE INDEX consignment_documents_by_document ON consignment_documents(document_id);
CREATE INDEX consignment_documents_by_receipt ON consignment_documents(receipt_id);

-- Which message on which IMAP server became which receipt. Written in the same transaction
-- as the receipt, before the message is touched on the server.
CREATE TABLE mailbox_messages (
    pipeline    TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid         INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    receipt_id  INTEGER REFERENCES receipts(id),
    -- stored: receipt recorded, message still in its folder; done: moved/flagged on the server;
    -- skipped: did not match the pipeline's filters.
    state       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (pipeline, folder, uidvalidity, uid)
);
CREATE INDEX mailbox_messages_by_state ON mailbox_messages(pipeline, folder, state);
CREATE INDEX mailbox_messages_by_sha ON mailbox_messages(pipeline, folder, sha256);
