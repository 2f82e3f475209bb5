package org.tongxin.infra.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.digests.SM3Digest;

/** The digest a seal was made with; its name is stored with every seal, so a chain may change algorithm. */
public enum ChainAlgorithm {
    /** GB/T 32905-2016, the digest Chinese government systems are audited against; BouncyCastle's implementation. */
    SM3,
    SHA_256;

    /** The stored name. */
    public String storedName() {
        return this == SM3 ? "SM3" : "SHA-256";
    }

    public static ChainAlgorithm ofStored(String name) {
        return switch (name) {
            case "SM3" -> SM3;
            case "SHA-256" -> SHA_256;
            default -> throw new IllegalArgumentException("unknown chain algorithm " + name);
        };
    }

    byte[] digest(byte[] input) {
        if (this == SM3) {
            SM3Digest sm3 = new SM3Digest();
            sm3.update(input, 0, input.length);
            byte[] out = new byte[sm3.getDigestSize()];
            sm3.doFinal(out, 0);
            return out;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
