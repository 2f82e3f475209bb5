-- Notifications (issue 17). A notification is written for each person it concerns in the transaction of its cause
-- (a task created, a reminder or overdue mark, a reply, a report's outcome); each channel it must still travel by
-- (e-mail, a chat robot) is a row of notification_delivery in that same transaction, sent after commit by a worker
-- that claims rows with FOR UPDATE SKIP LOCKED, so app nodes on one database never send a row twice and a failing
-- channel never touches the case's own transaction.
CREATE TABLE notification (
    notification_id UUID        PRIMARY KEY,
    recipient       TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    -- the case the notification is about (a clue, proposal, handling, report id): pages name it by its title
    subject_key     TEXT        NOT NULL,
    -- what the kind needs besides the case: a task's name, a due date
    detail          TEXT,
    link            TEXT        NOT NULL,
    -- one notification per recipient and cause, whatever retries the cause's transaction goes through
    dedup_key       TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    read_at         TIMESTAMPTZ,
    CONSTRAINT notification_once UNIQUE (recipient, dedup_key)
);
CREATE INDEX notification_inbox ON notification (recipient, (read_at IS NULL), created_at DESC);

-- The outbox: one row per notification and channel address; its attempts are recorded in notification_attempt.
CREATE TABLE notification_delivery (
    delivery_id     UUID        PRIMARY KEY,
    notification_id UUID        REFERENCES notification (notification_id) ON DELETE CASCADE,
    channel         TEXT        NOT NULL,
    -- an e-mail address or a configured robot's name
    address         TEXT        NOT NULL,
    -- whom it is for: a user name, a robot's audience, or a tracking code for a citizen's subscription
    recipient       TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    subject_key     TEXT        NOT NULL,
    detail          TEXT,
    link            TEXT        NOT NULL,
    -- one delivery per address and cause
    dedup_key       TEXT        NOT NULL,
    state           TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    delivered_at    TIMESTAMPTZ,
    CONSTRAINT notification_delivery_once UNIQUE (channel, address, dedup_key)
);
CREATE INDEX notification_delivery_due ON notification_delivery (state, next_attempt_at);

CREATE TABLE notification_attempt (
    delivery_id  UUID        NOT NULL REFERENCES notification_delivery (delivery_id) ON DELETE CASCADE,
    attempt      INT         NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    delivered    BOOLEAN     NOT NULL,
    error        TEXT,
    PRIMARY KEY (delivery_id, attempt)
);

-- What each person wants: the kinds they do not want to hear about, whether they want e-mail, and where it goes.
CREATE TABLE notification_preference (
    username    TEXT    PRIMARY KEY,
    email       TEXT,
    by_email    BOOLEAN NOT NULL DEFAULT TRUE,
    muted_kinds TEXT[]  NOT NULL DEFAULT '{}'
);

-- A citizen who left an e-mail at intake, with consent, to hear when their tracking page changes. Kept here and not in
-- any event, so erasing it (by tracking code) leaves the event log untouched.
CREATE TABLE tracking_subscription (
    tracking_code TEXT        PRIMARY KEY,
    email         TEXT        NOT NULL,
    consented_at  TIMESTAMPTZ NOT NULL
);
