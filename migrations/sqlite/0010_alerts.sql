-- When the mail room was told (webhook/e-mail, `[poststelle]` in departments.toml) that this
-- delivery is in quarantine; NULL: not yet. Entries quarantined before this column existed
-- count as told (an upgrade must not flood the mail room with old news).
ALTER TABLE receipts ADD COLUMN alerted_at TEXT;
UPDATE receipts SET alerted_at = updated_at WHERE state = 'quarantined';
CREATE INDEX receipts_by_pipeline ON receipts(pipeline, received_at);
