-- The app nodes running event processors on this database, each renewing its row while it runs, so every node can
-- tell how many share the processors' segments (SegmentShare).
CREATE TABLE processor_node (
    node    VARCHAR(255) NOT NULL PRIMARY KEY,
    seen_at TIMESTAMPTZ  NOT NULL
);
