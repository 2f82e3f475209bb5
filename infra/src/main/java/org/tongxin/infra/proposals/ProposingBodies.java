package org.tongxin.infra.proposals;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.engine.proposal.ProposingBody;
import org.tongxin.engine.proposal.ProposingBodyType;

/**
 * The bodies that put collective proposals forward ({@code proposing_body}). A body's account (role BODY) is bound to
 * one body here, so what it writes is the body's, and the office picks the body it enters a proposal for.
 */
@Repository
public class ProposingBodies {

    /** One body; {@code account} the user name it submits under, null where the office enters for it. */
    public record Body(String code, ProposingBodyType type, String name, String account) {

        public ProposingBody asProposingBody() {
            return new ProposingBody(type, name);
        }
    }

    private final JdbcClient jdbc;

    ProposingBodies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Body> all() {
        return jdbc.sql("SELECT code, type, name, account FROM proposing_body ORDER BY type, name")
                .query(ProposingBodies::body)
                .list();
    }

    public Optional<Body> byCode(String code) {
        return jdbc.sql("SELECT code, type, name, account FROM proposing_body WHERE code = :c")
                .param("c", code)
                .query(ProposingBodies::body)
                .optional();
    }

    /** The body an account speaks for. */
    public Optional<Body> ofAccount(String username) {
        return jdbc.sql("SELECT code, type, name, account FROM proposing_body WHERE account = :u")
                .param("u", username)
                .query(ProposingBodies::body)
                .optional();
    }

    /** Registers the body unless one with that code exists. */
    public void registerIfAbsent(String code, ProposingBodyType type, String name, String account) {
        jdbc.sql(
                        """
                        INSERT INTO proposing_body (code, type, name, account) VALUES (:c, :t, :n, :a)
                        ON CONFLICT DO NOTHING
                        """)
                .param("c", code)
                .param("t", type.name())
                .param("n", name)
                .param("a", account)
                .update();
    }

    private static Body body(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Body(
                rs.getString("code"),
                ProposingBodyType.valueOf(rs.getString("type")),
                rs.getString("name"),
                rs.getString("account"));
    }
}
