package org.tongxin.infra.tokens;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.accesstoken.TokenScope;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.BearerAuthentication;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;

/**
 * The caller's own personal access tokens. The secret is in the answer to the POST and nowhere else, ever. A token
 * cannot create tokens (a leaked one must not outlive its revocation through a successor); it may list them, and a
 * read-write one may revoke them.
 */
@RestController
@RequestMapping("/api/tokens")
class AccessTokenController {

    private final AccessTokens tokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccessTokenController(AccessTokens tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record NewToken(
            @NotBlank @Size(max = 60) String name,
            @NotNull TokenScope scope,
            @NotNull @Min(1) @Max(366) Integer expiresInDays) {}

    record TokenItem(
            String id,
            String name,
            TokenScope scope,
            String status,
            Instant issuedAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        static TokenItem of(AccessTokens.TokenView view, Instant now) {
            return new TokenItem(
                    view.id(),
                    view.name(),
                    view.scope(),
                    view.status(now),
                    view.issuedAt(),
                    view.expiresAt(),
                    view.lastUsedAt(),
                    view.revokedAt());
        }
    }

    /** The answer to a POST: the token and, this once, its secret for the {@code Authorization: Bearer} header. */
    record IssuedToken(TokenItem token, String secret) {}

    @GetMapping
    @Operation(summary = "The caller's personal access tokens, newest first (never their secrets)")
    List<TokenItem> list() {
        Instant now = clock.instant();
        return tokens.list(currentUser.get().username()).stream()
                .map(t -> TokenItem.of(t, now))
                .toList();
    }

    @PostMapping
    @Operation(summary = "Create a personal access token; the secret is shown in this answer only")
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody NewToken form) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof BearerAuthentication bearer
                && bearer.kind() == BearerAuthentication.Kind.ACCESS_TOKEN) {
            throw Access.forbidden("A token cannot create tokens; sign in with your account to create one.");
        }
        TongxinUser me = currentUser.get();
        AccessTokens.Issued issued = tokens.issue(
                me, form.name(), form.scope(), clock.instant().plus(Duration.ofDays(form.expiresInDays())));
        return ResponseEntity.created(URI.create("/api/tokens/" + issued.token().id()))
                .body(new IssuedToken(TokenItem.of(issued.token(), clock.instant()), issued.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of the caller's tokens; it stops working at once")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        tokens.revoke(currentUser.get(), id);
        return ResponseEntity.noContent().build();
    }
}
