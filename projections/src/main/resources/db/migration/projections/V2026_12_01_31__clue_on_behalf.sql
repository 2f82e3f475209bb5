-- A clue the office entered on someone's behalf (projection group "clue-pool"): on whose behalf (a citizen or a
-- member), who entered it, and the category it suggested. Null for a clue its author submitted.
ALTER TABLE clue_view ADD COLUMN on_behalf_kind VARCHAR(16);
ALTER TABLE clue_view ADD COLUMN on_behalf_member VARCHAR(64);
ALTER TABLE clue_view ADD COLUMN entered_by VARCHAR(64);
ALTER TABLE clue_view ADD COLUMN category_hint TEXT;
