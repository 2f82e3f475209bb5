package org.tongxin.infra.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.engine.accesstoken.AccessTokenId;
import org.tongxin.engine.accesstoken.IssueAccessToken;
import org.tongxin.engine.accesstoken.RevokeAccessToken;
import org.tongxin.engine.accesstoken.TokenScope;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.BearerAuthentication;
import org.tongxin.infra.security.PersonalAccessTokens;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;

/**
 * Issues, lists and revokes personal access tokens, and checks them on every API call. A check is one digest and,
 * on a cache miss, one indexed row; the cache holds a token for {@link #CACHED} at most, so a revocation on another
 * node (or an account disabled) takes effect within that time, and at once on the node that revoked it.
 */
@Service
public class AccessTokens implements PersonalAccessTokens {

    /** How long a checked token is trusted without asking the database again. */
    static final Duration CACHED = Duration.ofSeconds(30);

    /** Last use is a hint for the owner, not an audit record: written at most this often per token. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Cache<ByteBuffer, Checked> checked =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(CACHED).build();
    private final Map<String, Instant> lastUseWritten = new ConcurrentHashMap<>();

    AccessTokens(JdbcClient jdbc, CommandGateway commands, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A token as its owner sees it in the list: never its secret. */
    public record TokenView(
            String id,
            String name,
            TokenScope scope,
            Instant issuedAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        public String status(Instant now) {
            if (revokedAt != null) {
                return "REVOKED";
            }
            return expiresAt.isAfter(now) ? "ACTIVE" : "EXPIRED";
        }
    }

    /** A token just issued, with the secret that is shown this once. */
    public record Issued(TokenView token, String secret) {}

    /** What a cached check remembers; the secret itself is not kept. */
    private record Checked(String tokenId, TongxinUser user, TokenScope scope, Instant expiresAt) {}

    public Issued issue(TongxinUser owner, String name, TokenScope scope, Instant expiresAt) {
        AccessTokenId id = AccessTokenId.random();
        String secret = TokenSecret.generate();
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            // the event first: a refused command leaves no row behind
            commands.sendAndWait(new IssueAccessToken(id, name, scope, expiresAt, owner.actor()));
            jdbc.sql(
                            """
                            INSERT INTO access_token (token_id, digest, owner, name, scope, issued_at, expires_at)
                            VALUES (:id, :digest, :owner, :name, :scope, :issuedAt, :expiresAt)
                            """)
                    .param("id", UUID.fromString(id.value()))
                    .param("digest", TokenSecret.digest(secret))
                    .param("owner", owner.username())
                    .param("name", name.strip())
                    .param("scope", scope.name())
                    .param("issuedAt", java.sql.Timestamp.from(now))
                    .param("expiresAt", java.sql.Timestamp.from(expiresAt))
                    .update();
        });
        return new Issued(find(owner.username(), id.value()), secret);
    }

    public List<TokenView> list(String owner) {
        return jdbc.sql(
                        """
                        SELECT token_id, name, scope, issued_at, expires_at, last_used_at, revoked_at
                        FROM access_token WHERE owner = :owner ORDER BY issued_at DESC, token_id
                        """)
                .param("owner", owner)
                .query((rs, i) -> view(rs))
                .list();
    }

    /** One of the owner's tokens; another account's token does not exist for them. */
    public TokenView find(String owner, String id) {
        UUID uuid = uuid(id);
        return jdbc.sql(
                        """
                        SELECT token_id, name, scope, issued_at, expires_at, last_used_at, revoked_at
                        FROM access_token WHERE owner = :owner AND token_id = :id
                        """)
                .param("owner", owner)
                .param("id", uuid)
                .query((rs, i) -> view(rs))
                .optional()
                .orElseThrow(() -> new NotFound("token " + id));
    }

    /** The owner revokes their token; it stops working at once on this node. */
    public void revoke(TongxinUser by, String id) {
        TokenView token = find(by.username(), id);
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new RevokeAccessToken(new AccessTokenId(token.id()), by.actor()));
            jdbc.sql("UPDATE access_token SET revoked_at = :now WHERE token_id = :id")
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .param("id", UUID.fromString(token.id()))
                    .update();
        });
        checked.asMap().values().removeIf(c -> c.tokenId().equals(token.id()));
    }

    @Override
    public BearerAuthentication authenticate(String secret) throws AuthenticationException {
        if (!TokenSecret.wellFormed(secret)) {
            throw new InvalidBearerTokenException("malformed access token");
        }
        ByteBuffer digest = ByteBuffer.wrap(TokenSecret.digest(secret));
        Checked token = checked.getIfPresent(digest);
        if (token == null) {
            token = load(digest.array());
            checked.put(digest, token);
        }
        Instant now = clock.instant();
        if (!token.expiresAt().isAfter(now)) {
            throw new InvalidBearerTokenException("expired access token");
        }
        if (!token.user().enabled()) {
            throw new DisabledException("account disabled");
        }
        touch(token.tokenId(), now);
        return new BearerAuthentication(
                token.user(),
                BearerAuthentication.Kind.ACCESS_TOKEN,
                token.scope() == TokenScope.READ,
                token.tokenId());
    }

    private Checked load(byte[] digest) {
        return jdbc.sql(
                        """
                        SELECT t.token_id, t.scope, t.expires_at,
                               u.username, u.password_hash, u.display_name, u.role, u.department, u.enabled
                        FROM access_token t JOIN app_user u ON u.username = t.owner
                        WHERE t.digest = :digest AND t.revoked_at IS NULL
                        """)
                .param("digest", digest)
                .query((rs, i) -> new Checked(
                        rs.getString("token_id"),
                        new TongxinUser(
                                rs.getString("username"),
                                // a token's principal never needs the password's hash
                                "",
                                rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")),
                                rs.getString("department") == null
                                        ? null
                                        : new DepartmentCode(rs.getString("department")),
                                rs.getBoolean("enabled")),
                        TokenScope.valueOf(rs.getString("scope")),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional()
                .orElseThrow(() -> new InvalidBearerTokenException("unknown or revoked access token"));
    }

    private void touch(String tokenId, Instant now) {
        Instant written = lastUseWritten.get(tokenId);
        if (written != null && written.plus(LAST_USED_PRECISION).isAfter(now)) {
            return;
        }
        lastUseWritten.put(tokenId, now);
        jdbc.sql("UPDATE access_token SET last_used_at = :now WHERE token_id = :id")
                .param("now", java.sql.Timestamp.from(now))
                .param("id", UUID.fromString(tokenId))
                .update();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("token " + id);
        }
    }

    private static TokenView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TokenView(
                rs.getString("token_id"),
                rs.getString("name"),
                TokenScope.valueOf(rs.getString("scope")),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("last_used_at") == null
                        ? null
                        : rs.getTimestamp("last_used_at").toInstant(),
                rs.getTimestamp("revoked_at") == null
                        ? null
                        : rs.getTimestamp("revoked_at").toInstant());
    }
}
