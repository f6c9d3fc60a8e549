-- Integrity (TR-RESISCAN): the event log is append-only and hash-chained. Each event belongs to
-- one chain (`receipt:ID` for events of a delivery, `document:ID` for events of a document
-- without a delivery, such as routing) and carries the SHA-256 of the chain's previous event.
-- `hash` covers chain, receipt, time, kind, detail and prev_hash (not document_id, which is
-- set on a receipt's events once its document is filed). Events from before this migration are
-- sealed when the store opens.
ALTER TABLE events ADD COLUMN chain TEXT;
ALTER TABLE events ADD COLUMN prev_hash TEXT;
ALTER TABLE events ADD COLUMN hash TEXT;
CREATE INDEX events_by_chain ON events(chain, id);
-- Lets every start check cheaply whether events still need sealing.
CREATE INDEX events_unsealed ON events(id) WHERE hash IS NULL;

-- The last event of each chain: deleting a chain's newest events shows as a mismatch here.
CREATE TABLE chain_heads (
    chain  TEXT PRIMARY KEY,
    hash   TEXT NOT NULL,
    length INTEGER NOT NULL
);

-- Sealed events never change, except that a receipt's events get their document once filed.
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
WHEN OLD.hash IS NOT NULL AND (
    NEW.chain IS NOT OLD.chain OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
    OR NEW.receipt_id IS NOT OLD.receipt_id OR NEW.at IS NOT OLD.at OR NEW.kind IS NOT OLD.kind
    OR NEW.detail IS NOT OLD.detail
    OR (OLD.document_id IS NOT NULL AND NEW.document_id IS NOT OLD.document_id))
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

-- Only the events of a claim that never became a document (abandoned before its file was
-- spooled) may be removed, together with their chain head.
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
WHEN OLD.document_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
