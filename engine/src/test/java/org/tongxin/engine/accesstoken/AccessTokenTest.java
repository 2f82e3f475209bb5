package org.tongxin.engine.accesstoken;

import static org.tongxin.engine.RuleMatchers.violates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;

class AccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private static final Instant IN_90_DAYS = NOW.plus(Duration.ofDays(90));
    private static final AccessTokenId TOKEN = new AccessTokenId("6f1c2a8e-7d43-4a55-9b0e-3f1e2d4c5b6a");
    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    private static final ActorRef ADMIN = ActorRef.of("admin", Role.ADMIN);

    private AggregateTestFixture<AccessToken> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessToken.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    }

    private static AccessTokenIssued issued() {
        return new AccessTokenIssued(TOKEN, "统计报表", TokenScope.READ, IN_90_DAYS, STAFF, NOW);
    }

    @Test
    void anAccountIssuesATokenForItselfWithATrimmedName() {
        fixture.givenNoPriorActivity()
                .when(new IssueAccessToken(TOKEN, "  统计报表 ", TokenScope.READ, IN_90_DAYS, STAFF))
                .expectEvents(issued());
    }

    @Test
    void aTokenHasAName() {
        fixture.givenNoPriorActivity()
                .when(new IssueAccessToken(TOKEN, "   ", TokenScope.READ, IN_90_DAYS, STAFF))
                .expectException(violates(AccessTokenRule.NAME_REQUIRED));
    }

    @Test
    void aTokenNameIsShort() {
        fixture.givenNoPriorActivity()
                .when(new IssueAccessToken(TOKEN, "名".repeat(61), TokenScope.READ, IN_90_DAYS, STAFF))
                .expectException(violates(AccessTokenRule.NAME_REQUIRED));
    }

    @Test
    void aTokenHasAScope() {
        fixture.givenNoPriorActivity()
                .when(new IssueAccessToken(TOKEN, "报表", null, IN_90_DAYS, STAFF))
                .expectException(violates(AccessTokenRule.SCOPE_REQUIRED));
    }

    @Test
    void aTokenExpiresInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new IssueAccessToken(TOKEN, "报表", TokenScope.READ, NOW, STAFF))
                .expectException(violates(AccessTokenRule.EXPIRY_OUT_OF_RANGE));
    }

    @Test
    void aTokenLivesAtMostAYear() {
        fixture.givenNoPriorActivity()
                .when(new IssueAccessToken(TOKEN, "报表", TokenScope.READ, NOW.plus(Duration.ofDays(367)), STAFF))
                .expectException(violates(AccessTokenRule.EXPIRY_OUT_OF_RANGE));
    }

    @Test
    void theOwnerRevokesTheirToken() {
        fixture.given(issued())
                .when(new RevokeAccessToken(TOKEN, STAFF))
                .expectEvents(new AccessTokenRevoked(TOKEN, "staff", STAFF, NOW));
    }

    @Test
    void anAdministratorRevokesAnyonesToken() {
        fixture.given(issued())
                .when(new RevokeAccessToken(TOKEN, ADMIN))
                .expectEvents(new AccessTokenRevoked(TOKEN, "staff", ADMIN, NOW));
    }

    @Test
    void nobodyElseRevokesIt() {
        fixture.given(issued())
                .when(new RevokeAccessToken(TOKEN, MEMBER))
                .expectException(violates(AccessTokenRule.NOT_THE_OWNER));
    }

    @Test
    void aTokenIsRevokedOnce() {
        fixture.given(issued(), new AccessTokenRevoked(TOKEN, "staff", STAFF, NOW))
                .when(new RevokeAccessToken(TOKEN, STAFF))
                .expectException(violates(AccessTokenRule.ALREADY_REVOKED));
    }
}
