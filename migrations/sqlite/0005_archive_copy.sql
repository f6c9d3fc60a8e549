-- The archive copy of a scanned document (TR-RESISCAN): one PDF with the corrected page
-- images and an invisible text layer, PDF/A-2b, blank pages left out. Stored in the blob
-- store like originals; NULL for documents that have none (born-digital files, mails).
ALTER TABLE documents ADD COLUMN archive_sha256 TEXT;
ALTER TABLE documents ADD COLUMN archive_size INTEGER;
