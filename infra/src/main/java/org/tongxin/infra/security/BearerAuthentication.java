package org.tongxin.infra.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API call authenticated by a bearer token: a personal access token (read-only or read-write) or a JWT from the
 * committee's single sign-on. The principal is the Tongxin account either one stands for, so every check that
 * applies to a signed-in user applies unchanged.
 */
public final class BearerAuthentication extends AbstractAuthenticationToken {

    public enum Kind {
        ACCESS_TOKEN,
        SSO
    }

    private final TongxinUser user;
    private final Kind kind;
    private final boolean readOnly;
    private final String tokenId;

    public BearerAuthentication(TongxinUser user, Kind kind, boolean readOnly, String tokenId) {
        super(authorities(user, readOnly));
        this.user = user;
        this.kind = kind;
        this.readOnly = readOnly;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> authorities(TongxinUser user, boolean readOnly) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(readOnly ? "SCOPE_read" : "SCOPE_write"));
        return authorities;
    }

    public Kind kind() {
        return kind;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The personal access token's id; null for SSO. */
    public String tokenId() {
        return tokenId;
    }

    @Override
    public TongxinUser getPrincipal() {
        return user;
    }

    /** The secret is not kept once checked. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BearerAuthentication that
                && that.user.username().equals(user.username())
                && that.kind == kind
                && that.readOnly == readOnly
                && java.util.Objects.equals(that.tokenId, tokenId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(user.username(), kind, readOnly, tokenId);
    }
}
