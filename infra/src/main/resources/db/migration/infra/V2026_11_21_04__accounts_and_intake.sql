-- User accounts. Roles follow DESIGN.md §6; a department officer is bound to one department.
CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    department    VARCHAR(40),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    CHECK (role <> 'DEPT_OFFICER' OR department IS NOT NULL)
);

-- Handling departments (承办单位).
CREATE TABLE department (
    code    VARCHAR(40)  PRIMARY KEY,
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL
);

-- Tracking codes handed to citizens; written in the registration's transaction so a code is never given twice.
CREATE TABLE tracking_code (
    code       VARCHAR(32) PRIMARY KEY,
    clue_id    VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
