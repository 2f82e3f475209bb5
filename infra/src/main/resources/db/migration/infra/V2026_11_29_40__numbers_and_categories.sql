-- Filing numbers per year (第2026-0042号): one counter row per year, incremented in the filing task's transaction,
-- so two filings at once wait on the row and a refused filing gives its number back.
CREATE TABLE proposal_number (
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL CHECK (last_number > 0)
);

-- The committee's categories (类别) for clues and proposals; staff keep the list, forms pick from it.
CREATE TABLE category (
    name       VARCHAR(50) PRIMARY KEY,
    sort_order INTEGER     NOT NULL DEFAULT 100,
    active     BOOLEAN     NOT NULL DEFAULT TRUE
);
INSERT INTO category (name, sort_order) VALUES
    ('经济发展', 10), ('城乡建设', 20), ('城市建设', 25), ('城市管理', 30), ('交通出行', 40), ('教育', 50),
    ('医疗卫生', 60), ('社会保障', 70), ('生态环境', 80), ('文化旅游', 90), ('科技创新', 100), ('社会治理', 110),
    ('其他', 900);

CREATE INDEX app_user_role ON app_user (role, display_name);
