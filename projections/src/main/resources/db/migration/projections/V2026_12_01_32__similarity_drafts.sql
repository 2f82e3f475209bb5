-- A draft (a proposal or a report not yet submitted) is private to its author: it stays in the index, so its words
-- and its later submission need no second pass, but it is no one's candidate until it is submitted.
ALTER TABLE similarity_item ADD COLUMN shown BOOLEAN NOT NULL DEFAULT TRUE;
