-- The clue pool's search keys: each character and each pair of neighbouring characters of the title and content
-- (ChineseText.substringKeys), so a search of any length, one- and two-character Chinese queries included, is
-- narrowed by a GIN index before the exact substring check. Only the title and content are keyed, never the
-- submitter. Rows already in the view are keyed by the Java migration V2026_12_04_11__ClueSearchKeys (infra), the
-- index is built after that (V2026_12_04_12), so the backfill does not maintain it row by row.
ALTER TABLE clue_view ADD COLUMN search_keys TEXT[] NOT NULL DEFAULT '{}';

-- The content's trigram index served ILIKE '%…%' on the content for queries of three characters or more; the
-- search keys serve every length now. The title's stays: the case lookup by title uses it.
DROP INDEX IF EXISTS clue_view_content_trgm;
