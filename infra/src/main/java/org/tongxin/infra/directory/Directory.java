package org.tongxin.infra.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Role;

/**
 * Departments, accounts and categories as pickers list them and as references resolve: by code or user name, or by
 * the name people know (交通运输局, 王委员). A name shared by two accounts resolves to neither.
 */
@Component("directory")
public class Directory {

    /** A department, a person or a category as a picker shows it: the value a form submits and its label. */
    public record Entry(String value, String label) {}

    private static final int LIMIT = 20;

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> departments(String q, boolean english) {
        return jdbc.sql("SELECT code, name_zh, name_en FROM department"
                        + " WHERE :q = '' OR code ILIKE :like OR name_zh ILIKE :like OR name_en ILIKE :like"
                        + " ORDER BY code LIMIT :limit")
                .param("q", text(q))
                .param("like", like(q))
                .param("limit", LIMIT)
                .query((rs, i) -> new Entry(rs.getString("code"), rs.getString(english ? "name_en" : "name_zh")))
                .list();
    }

    public Optional<String> department(String entered) {
        return jdbc.sql(
                        "SELECT code FROM department WHERE code = lower(:v) OR name_zh = :v OR lower(name_en) = lower(:v)")
                .param("v", entered)
                .query(String.class)
                .optional();
    }

    /** A department's name in the reader's language; an unknown code as it is. */
    public String departmentName(String code, boolean english) {
        if (code == null) {
            return null;
        }
        return jdbc.sql("SELECT " + (english ? "name_en" : "name_zh") + " FROM department WHERE code = :c")
                .param("c", code)
                .query(String.class)
                .optional()
                .orElse(code);
    }

    public List<Entry> people(Role role, String q) {
        return jdbc.sql("SELECT username, display_name FROM app_user WHERE role = :role AND enabled"
                        + " AND (:q = '' OR username ILIKE :like OR display_name ILIKE :like)"
                        + " ORDER BY display_name, username LIMIT :limit")
                .param("role", role.name())
                .param("q", text(q))
                .param("like", like(q))
                .param("limit", LIMIT)
                .query((rs, i) -> new Entry(rs.getString("username"), rs.getString("display_name")))
                .list();
    }

    public Optional<String> person(Role role, String entered) {
        List<String> found = jdbc.sql("SELECT username FROM app_user WHERE role = :role AND enabled"
                        + " AND (username = :v OR display_name = :v) ORDER BY (username = :v) DESC LIMIT 2")
                .param("role", role.name())
                .param("v", entered)
                .query(String.class)
                .list();
        if (found.size() == 1 || (!found.isEmpty() && found.get(0).equals(entered))) {
            return Optional.of(found.get(0));
        }
        return Optional.empty();
    }

    /** The categories offered, those containing {@code q} when given, in the committee's order. */
    public List<String> categories(String q) {
        return jdbc.sql("SELECT name FROM category WHERE active AND (:q = '' OR name ILIKE :like)"
                        + " ORDER BY sort_order, name")
                .param("q", text(q))
                .param("like", like(q))
                .query(String.class)
                .list();
    }

    public Optional<String> category(String entered) {
        return jdbc.sql("SELECT name FROM category WHERE active AND name = :v")
                .param("v", entered)
                .query(String.class)
                .optional();
    }

    /** Whether a stripped name may name a category: 1 to 50 characters, none of them a control character. */
    public static boolean categoryName(String name) {
        return !name.isEmpty() && name.length() <= 50 && name.chars().noneMatch(Character::isISOControl);
    }

    /** Adds a category, or brings a retired one back; {@code false} when it is already in the list. */
    public boolean addCategory(String name, int sortOrder) {
        return jdbc.sql(
                                """
                        INSERT INTO category (name, sort_order) VALUES (:n, :o)
                        ON CONFLICT (name) DO UPDATE SET active = TRUE, sort_order = EXCLUDED.sort_order
                        WHERE NOT category.active""")
                        .param("n", name)
                        .param("o", sortOrder)
                        .update()
                > 0;
    }

    /** Retires a category: kept for the cases that carry it, no longer offered. */
    public boolean retireCategory(String name) {
        return jdbc.sql("UPDATE category SET active = FALSE WHERE name = :n AND active")
                        .param("n", name)
                        .update()
                > 0;
    }

    private static String text(String q) {
        return q == null ? "" : q.strip();
    }

    private static String like(String q) {
        return "%" + text(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
