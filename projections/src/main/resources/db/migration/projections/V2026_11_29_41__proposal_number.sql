-- The proposal's filing number (2026-0042), set when it is filed; lists show it and the inbox finds by it.
-- Proposals filed before numbering existed keep none until the projection is replayed from their events.
ALTER TABLE proposal_view ADD COLUMN number VARCHAR(16);
CREATE UNIQUE INDEX proposal_view_number ON proposal_view (number);
CREATE INDEX proposal_view_title_trgm ON proposal_view USING gin (title gin_trgm_ops);
