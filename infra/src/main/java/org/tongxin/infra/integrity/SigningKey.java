package org.tongxin.infra.integrity;

import java.security.KeyPair;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The deployment's SM2 key for checkpoints: {@code tongxin.integrity.signing-key} (a PKCS#8 private key, PEM or
 * base64), kept out of the database it vouches for. Only on the embedded demo/dev database, where nobody configured
 * one, a key is generated once and kept in {@code integrity_signing_key}; elsewhere, without a key, the chain is still
 * sealed but no checkpoint is signed (and the log says so).
 */
@Component
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final JdbcTemplate jdbc;
    private final String configured;
    private final boolean embedded;
    private volatile KeyPair keys;

    SigningKey(
            JdbcTemplate jdbc, Environment environment, @Value("${tongxin.integrity.signing-key:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
        String url = environment.getProperty("spring.datasource.url");
        this.embedded = url == null || url.isBlank();
    }

    /** The key pair, when there is one. */
    public Optional<KeyPair> keys() {
        if (keys == null) {
            keys = load();
        }
        return Optional.ofNullable(keys);
    }

    /** The public key as X.509 DER in hex, as the verifier compares it. */
    public Optional<String> publicKeyHex() {
        return keys().map(k -> HexFormat.of().formatHex(k.getPublic().getEncoded()));
    }

    private synchronized KeyPair load() {
        if (keys != null) {
            return keys;
        }
        if (!configured.isBlank()) {
            return Sm2.fromPrivate(configured);
        }
        if (!embedded) {
            log.warn("No tongxin.integrity.signing-key configured: the event chain is sealed but its checkpoints"
                    + " are not signed");
            return null;
        }
        List<byte[]> stored = jdbc.queryForList("SELECT private_key FROM integrity_signing_key", byte[].class);
        if (!stored.isEmpty()) {
            return Sm2.fromPrivate(stored.get(0));
        }
        KeyPair generated = Sm2.generate();
        jdbc.update(
                "INSERT INTO integrity_signing_key (id, private_key) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
                (Object) generated.getPrivate().getEncoded());
        // another node may have generated one at the same moment: everyone uses the stored one
        return Sm2.fromPrivate(
                jdbc.queryForObject("SELECT private_key FROM integrity_signing_key WHERE id = 1", byte[].class));
    }
}
