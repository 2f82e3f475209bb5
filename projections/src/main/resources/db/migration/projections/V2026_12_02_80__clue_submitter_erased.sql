-- A clue whose submitter's personal data was erased shows 已删除 where the name was; the name and phone are gone.
ALTER TABLE clue_view ADD COLUMN submitter_erased BOOLEAN NOT NULL DEFAULT FALSE;
