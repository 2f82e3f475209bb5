package org.tongxin.engine.accesstoken;

import java.util.UUID;

/** A token's public handle (never its secret): a random UUID, safe to show in the audit log and in URLs. */
public record AccessTokenId(String value) {

    public AccessTokenId {
        if (value == null) {
            throw new IllegalArgumentException("access token id must be a UUID");
        }
        try {
            value = UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("access token id must be a UUID", e);
        }
    }

    public static AccessTokenId random() {
        return new AccessTokenId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
