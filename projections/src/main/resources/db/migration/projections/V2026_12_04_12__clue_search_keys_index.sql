-- Searches need every key of the query (search_keys @> …), one index lookup per key.
CREATE INDEX clue_view_search_keys ON clue_view USING gin (search_keys);
