package org.tongxin.infra.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChainDigestTest {

    private static final StoredEvent EVENT = new StoredEvent(
            42,
            "e-1",
            "clue-1",
            0,
            "Clue",
            "org.tongxin.engine.clue.ClueRegistered",
            "1",
            "2026-11-29T10:00:00Z",
            "{}".getBytes(StandardCharsets.UTF_8),
            "{\"title\":\"路灯\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void sm3IsTheStandardsDigest() {
        // GB/T 32905-2016, appendix A, example 1: "abc"
        assertThat(HexFormat.of().formatHex(ChainAlgorithm.SM3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(HexFormat.of().formatHex(ChainAlgorithm.SHA_256.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void everyColumnAndThePreviousDigestChangeTheLink() {
        byte[] previous = ChainAlgorithm.SM3.digest(new byte[] {1});
        byte[] digest = EVENT.digest(ChainAlgorithm.SM3, previous);
        assertThat(EVENT.digest(ChainAlgorithm.SM3, previous)).isEqualTo(digest);
        assertThat(EVENT.digest(ChainAlgorithm.SM3, new byte[0])).isNotEqualTo(digest);
        assertThat(EVENT.digest(ChainAlgorithm.SHA_256, previous)).isNotEqualTo(digest);
        StoredEvent[] changed = {
            new StoredEvent(
                    43,
                    "e-1",
                    "clue-1",
                    0,
                    "Clue",
                    EVENT.payloadType(),
                    "1",
                    EVENT.timeStamp(),
                    EVENT.metaData(),
                    EVENT.payload()),
            new StoredEvent(
                    42,
                    "e-2",
                    "clue-1",
                    0,
                    "Clue",
                    EVENT.payloadType(),
                    "1",
                    EVENT.timeStamp(),
                    EVENT.metaData(),
                    EVENT.payload()),
            new StoredEvent(
                    42,
                    "e-1",
                    "clue-1",
                    1,
                    "Clue",
                    EVENT.payloadType(),
                    "1",
                    EVENT.timeStamp(),
                    EVENT.metaData(),
                    EVENT.payload()),
            new StoredEvent(
                    42,
                    "e-1",
                    "clue-1",
                    0,
                    "Clue",
                    EVENT.payloadType(),
                    null,
                    EVENT.timeStamp(),
                    EVENT.metaData(),
                    EVENT.payload()),
            new StoredEvent(
                    42,
                    "e-1",
                    "clue-1",
                    0,
                    "Clue",
                    EVENT.payloadType(),
                    "1",
                    "2026-11-29T10:00:01Z",
                    EVENT.metaData(),
                    EVENT.payload()),
            new StoredEvent(
                    42,
                    "e-1",
                    "clue-1",
                    0,
                    "Clue",
                    EVENT.payloadType(),
                    "1",
                    EVENT.timeStamp(),
                    "{\"actor\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                    EVENT.payload()),
            new StoredEvent(
                    42,
                    "e-1",
                    "clue-1",
                    0,
                    "Clue",
                    EVENT.payloadType(),
                    "1",
                    EVENT.timeStamp(),
                    EVENT.metaData(),
                    "{\"title\":\"路灯 \"}".getBytes(StandardCharsets.UTF_8)),
            // shifting bytes from one column to the next must not give the same input
            new StoredEvent(
                    42,
                    "e-1",
                    "clue-1",
                    0,
                    "Clu",
                    "e" + EVENT.payloadType(),
                    "1",
                    EVENT.timeStamp(),
                    EVENT.metaData(),
                    EVENT.payload())
        };
        for (StoredEvent event : changed) {
            assertThat(event.digest(ChainAlgorithm.SM3, previous))
                    .as(event.toString())
                    .isNotEqualTo(digest);
        }
    }

    @Test
    void anSm2SignatureVerifiesOnlyForItsStatementAndKey() {
        KeyPair keys = Sm2.generate();
        byte[] statement = Sm2.checkpointStatement(42, "SM3", new byte[32], 1_000L);
        byte[] signature = Sm2.sign(keys.getPrivate(), statement);
        byte[] publicKey = keys.getPublic().getEncoded();

        assertThat(Sm2.verify(publicKey, statement, signature)).isTrue();
        assertThat(Sm2.verify(publicKey, Sm2.checkpointStatement(43, "SM3", new byte[32], 1_000L), signature))
                .isFalse();
        assertThat(Sm2.verify(Sm2.generate().getPublic().getEncoded(), statement, signature))
                .isFalse();
        byte[] forged = signature.clone();
        forged[forged.length - 1] ^= 0x01;
        assertThat(Sm2.verify(publicKey, statement, forged)).isFalse();
        assertThat(Sm2.verify(publicKey, statement, new byte[] {1, 2, 3})).isFalse();
    }

    @Test
    void aConfiguredPrivateKeyGivesItsOwnPublicKey() {
        KeyPair generated = Sm2.generate();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder()
                        .encodeToString(generated.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        KeyPair loaded = Sm2.fromPrivate(pem);
        assertThat(loaded.getPublic().getEncoded())
                .isEqualTo(generated.getPublic().getEncoded());
        assertThat(Sm2.decodePublic(Sm2.pem(loaded.getPublic())))
                .isEqualTo(generated.getPublic().getEncoded());
    }
}
