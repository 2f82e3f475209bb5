-- The registry of places where members meet constituents: workstations (委员工作站), studios (委员工作室) and sector
-- groups (界别活动组), kept by the office as reference data like departments and categories (plain tables: nothing
-- here has a lifecycle to replay; what a visit yields enters the event-sourced clue pool as a clue).
CREATE TABLE workstation (
    code          VARCHAR(32)  PRIMARY KEY,
    name          VARCHAR(100) NOT NULL UNIQUE,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('WORKSTATION', 'STUDIO', 'SECTOR_GROUP')),
    district      VARCHAR(100),
    street        VARCHAR(100),
    address       VARCHAR(200),
    contact_name  VARCHAR(100),
    contact_phone VARCHAR(40),
    sectors       VARCHAR(300),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- A member's sector (界别); their workstations are the rows of workstation_member, one of them their home station.
ALTER TABLE app_user ADD COLUMN sector VARCHAR(100);

CREATE TABLE workstation_member (
    workstation VARCHAR(32) NOT NULL REFERENCES workstation (code),
    member      VARCHAR(64) NOT NULL REFERENCES app_user (username),
    home        BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (workstation, member)
);
CREATE INDEX workstation_member_member ON workstation_member (member);
-- at most one home station per member: the one a member's clue is attributed to
CREATE UNIQUE INDEX workstation_member_home ON workstation_member (member) WHERE home;

-- Contact points (界别群众联系点) of a sector group.
CREATE TABLE contact_point (
    id            BIGSERIAL    PRIMARY KEY,
    workstation   VARCHAR(32)  NOT NULL REFERENCES workstation (code),
    name          VARCHAR(100) NOT NULL,
    address       VARCHAR(200),
    contact_name  VARCHAR(100),
    contact_phone VARCHAR(40)
);

-- The weekly rota (委员每周轮流坐值): on a weekday (1 = Monday), a member is on duty and receives booked visitors.
CREATE TABLE duty_shift (
    id          BIGSERIAL   PRIMARY KEY,
    workstation VARCHAR(32) NOT NULL REFERENCES workstation (code),
    weekday     SMALLINT    NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at   TIME        NOT NULL,
    ends_at     TIME        NOT NULL CHECK (ends_at > starts_at),
    member      VARCHAR(64) NOT NULL REFERENCES app_user (username),
    capacity    INTEGER     NOT NULL CHECK (capacity BETWEEN 1 AND 50),
    active      BOOLEAN     NOT NULL DEFAULT TRUE
);
CREATE INDEX duty_shift_workstation ON duty_shift (workstation, weekday, starts_at);
CREATE INDEX duty_shift_member ON duty_shift (member);

-- Citizens' bookings of a slot (a shift on one date). Written under a lock on the shift row; the unique key is the
-- last word against a phone booking the same slot twice.
CREATE TABLE duty_booking (
    id        BIGSERIAL    PRIMARY KEY,
    shift_id  BIGINT       NOT NULL REFERENCES duty_shift (id),
    slot_date DATE         NOT NULL,
    name      VARCHAR(100) NOT NULL,
    phone     VARCHAR(40)  NOT NULL,
    consent   BOOLEAN      NOT NULL CHECK (consent),
    topic     VARCHAR(500) NOT NULL,
    booked_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    visit_id  BIGINT,
    clue_id   VARCHAR(64),
    UNIQUE (shift_id, slot_date, phone)
);

-- Reception logs (接待记录): what a duty session or visit yielded.
CREATE TABLE visit_log (
    id                 BIGSERIAL   PRIMARY KEY,
    workstation        VARCHAR(32) NOT NULL REFERENCES workstation (code),
    shift_id           BIGINT      REFERENCES duty_shift (id),
    member             VARCHAR(64) NOT NULL REFERENCES app_user (username),
    visit_date         DATE        NOT NULL,
    people_received    INTEGER     NOT NULL CHECK (people_received >= 0),
    problems_collected INTEGER     NOT NULL CHECK (problems_collected >= 0),
    resolved_on_spot   INTEGER     NOT NULL CHECK (resolved_on_spot BETWEEN 0 AND problems_collected),
    summary            TEXT,
    recorded_by        VARCHAR(64) NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX visit_log_station_date ON visit_log (workstation, visit_date);
CREATE INDEX visit_log_member_date ON visit_log (member, visit_date);
ALTER TABLE duty_booking ADD CONSTRAINT duty_booking_visit FOREIGN KEY (visit_id) REFERENCES visit_log (id);

-- Clues a visit's problems became (WORKSTATION_VISIT), with the booking they came from where there was one.
CREATE TABLE visit_clue (
    clue_id       VARCHAR(64) PRIMARY KEY,
    visit_id      BIGINT      NOT NULL REFERENCES visit_log (id),
    booking_id    BIGINT      REFERENCES duty_booking (id),
    tracking_code VARCHAR(32) NOT NULL
);
CREATE INDEX visit_clue_visit ON visit_clue (visit_id);

-- Research topics (调研课题): members, visits, report; what cites them is their conversion result (转化成果).
CREATE TABLE research_topic (
    id         BIGSERIAL    PRIMARY KEY,
    year       INTEGER      NOT NULL,
    title      VARCHAR(200) NOT NULL,
    summary    TEXT,
    lead       VARCHAR(64)  NOT NULL REFERENCES app_user (username),
    workstation VARCHAR(32) REFERENCES workstation (code),
    report     TEXT,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX research_topic_year ON research_topic (year);

CREATE TABLE research_member (
    topic_id BIGINT      NOT NULL REFERENCES research_topic (id),
    member   VARCHAR(64) NOT NULL REFERENCES app_user (username),
    PRIMARY KEY (topic_id, member)
);

CREATE TABLE research_visit (
    id         BIGSERIAL    PRIMARY KEY,
    topic_id   BIGINT       NOT NULL REFERENCES research_topic (id),
    visit_date DATE         NOT NULL,
    place      VARCHAR(200) NOT NULL,
    note       TEXT
);

CREATE TABLE research_citation (
    topic_id  BIGINT      NOT NULL REFERENCES research_topic (id),
    item_kind VARCHAR(20) NOT NULL CHECK (item_kind IN ('PROPOSAL', 'REPORT', 'CONSULTATION')),
    item_id   VARCHAR(160) NOT NULL,
    cited_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (topic_id, item_kind, item_id)
);
