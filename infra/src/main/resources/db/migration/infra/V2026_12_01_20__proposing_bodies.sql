-- The bodies that put collective proposals forward (集体提案): party groups, sectors, special committees. A body may
-- have an account of its own (role BODY) through which it submits; the office can always enter one for it.
CREATE TABLE proposing_body (
    code    VARCHAR(40)  PRIMARY KEY,
    type    VARCHAR(30)  NOT NULL CHECK (type IN ('PARTY_GROUP', 'SECTOR', 'SPECIAL_COMMITTEE')),
    name    VARCHAR(100) NOT NULL UNIQUE,
    account VARCHAR(64)  UNIQUE REFERENCES app_user (username)
);
