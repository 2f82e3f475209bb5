-- The similarity index (projection group "similarity"): each clue's, proposal's and report's words as Lucene smartcn
-- segments them (repeats kept, for term frequency) and its search keys (CJK bigrams and unigrams), both GIN-indexed,
-- with each word's document frequency and the item count for IDF. Rebuilt by replay.

CREATE TABLE similarity_item (
    kind        VARCHAR(16)  NOT NULL,
    item_id     VARCHAR(64)  NOT NULL,
    title       TEXT         NOT NULL,
    reference   VARCHAR(64),
    tokens      TEXT[]       NOT NULL,
    search_keys TEXT[]       NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (kind, item_id)
);
-- candidates for duplicate detection share a word; searches need every key of the query
CREATE INDEX similarity_item_tokens ON similarity_item USING gin (tokens);
CREATE INDEX similarity_item_search_keys ON similarity_item USING gin (search_keys);

CREATE TABLE similarity_term (
    term VARCHAR(200) PRIMARY KEY,
    df   BIGINT       NOT NULL
);

CREATE TABLE similarity_corpus (
    id    SMALLINT PRIMARY KEY CHECK (id = 1),
    items BIGINT   NOT NULL
);
INSERT INTO similarity_corpus (id, items) VALUES (1, 0);
