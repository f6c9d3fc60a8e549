-- When mailroom took a delivery (claim, fetch or upload). The time of receipt (`received_at`)
-- can be earlier: a drop-folder file that was complete while the daemon was stopped arrived
-- when it was complete (its modification time), not when the daemon came back. NULL for
-- deliveries recorded before this column existed: their claim time is their time of receipt.
ALTER TABLE receipts ADD COLUMN claimed_at TEXT;
ALTER TABLE documents ADD COLUMN claimed_at TEXT;
