-- City-district linkage (市区联动). The escalating side keeps an outbox: the row is written in the transaction that
-- escalates the item, and a dispatcher sends it to the higher committee's instance afterwards, retrying with back-off,
-- so an unreachable peer never fails the local transaction; the same row then follows the peer's feedback.
CREATE TABLE linkage_outbox (
    escalation_id   TEXT        PRIMARY KEY,
    item_kind       TEXT        NOT NULL,
    item_id         TEXT        NOT NULL,
    item_label      TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    content         TEXT        NOT NULL,
    note            TEXT,
    feedback_clues  TEXT        NOT NULL,
    escalated_by    TEXT        NOT NULL,
    escalated_at    TIMESTAMPTZ NOT NULL,
    state           TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    remote_clue_id  TEXT,
    remote_code     TEXT,
    sent_at         TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    CONSTRAINT linkage_outbox_item_once UNIQUE (item_kind, item_id)
);
CREATE INDEX linkage_outbox_due ON linkage_outbox (state, next_attempt_at);

-- The receiving side: one clue per escalation, keyed by the sending account and its reference, so a retried send
-- (the sender never heard the answer) registers nothing new.
CREATE TABLE linkage_inbound (
    sender        TEXT        NOT NULL,
    reference     TEXT        NOT NULL,
    committee     TEXT        NOT NULL,
    item_label    TEXT        NOT NULL,
    clue_id       TEXT        NOT NULL,
    tracking_code TEXT        NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sender, reference)
);
