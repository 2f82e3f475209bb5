package org.tongxin.engine.accesstoken;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

/** A personal access token: issued once by its owner, revoked at most once. */
@AggregateRoot
class AccessToken {

    static final int NAME_MAX = 60;

    /** A forgotten token must die on its own; a year covers an annual session's integrations. */
    static final Duration LONGEST_LIFE = Duration.ofDays(366);

    @AggregateIdentifier
    private AccessTokenId id;

    private String owner;
    private boolean revoked;

    protected AccessToken() {
        // for Axon's event sourcing
    }

    @CommandHandler
    AccessToken(IssueAccessToken command, Clock clock) {
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > NAME_MAX) {
            throw new RuleViolation(AccessTokenRule.NAME_REQUIRED);
        }
        if (command.scope() == null) {
            throw new RuleViolation(AccessTokenRule.SCOPE_REQUIRED);
        }
        Instant now = clock.instant();
        if (command.expiresAt() == null
                || !command.expiresAt().isAfter(now)
                || command.expiresAt().isAfter(now.plus(LONGEST_LIFE))) {
            throw new RuleViolation(AccessTokenRule.EXPIRY_OUT_OF_RANGE);
        }
        apply(new AccessTokenIssued(command.tokenId(), name, command.scope(), command.expiresAt(), command.by(), now));
    }

    @CommandHandler
    void handle(RevokeAccessToken command, Clock clock) {
        if (!command.by().userId().equals(owner) && !command.by().hasRole(Role.ADMIN)) {
            throw new RuleViolation(AccessTokenRule.NOT_THE_OWNER);
        }
        if (revoked) {
            throw new RuleViolation(AccessTokenRule.ALREADY_REVOKED);
        }
        apply(new AccessTokenRevoked(id, owner, command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(AccessTokenIssued event) {
        id = event.tokenId();
        owner = event.owner().userId();
    }

    @EventSourcingHandler
    void on(AccessTokenRevoked event) {
        revoked = true;
    }
}
