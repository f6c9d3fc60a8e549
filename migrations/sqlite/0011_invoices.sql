-- E-invoices (XRechnung, ZUGFeRD, Factur-X) read as data: one row per document that is or
-- carries one. `data` is the typed invoice with its checks (JSON); the columns beside it are
-- what the duplicate check and routing look up.
CREATE TABLE invoices (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    seller_key TEXT,
    number TEXT,
    buyer_reference TEXT,
    passed INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX invoices_by_seller_number ON invoices(seller_key, number);
-- The hand-over to finance (`[invoices] export`): when it succeeded (exactly once per invoice),
-- and the retries until then.
ALTER TABLE invoices ADD COLUMN exported_at TEXT;
ALTER TABLE invoices ADD COLUMN export_target TEXT;
ALTER TABLE invoices ADD COLUMN export_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN export_next_at TEXT;
ALTER TABLE invoices ADD COLUMN export_error TEXT;
CREATE INDEX invoices_to_export ON invoices(exported_at) WHERE exported_at IS NULL;
