-- Which process works on a claimed receipt: set when work starts; a daemon with free capacity
-- takes claimed receipts nobody has started yet (FOR UPDATE SKIP LOCKED).
ALTER TABLE receipts ADD COLUMN worker TEXT;
CREATE INDEX receipts_unstarted ON receipts (id) WHERE state = 'claimed' AND worker IS NULL;
