package org.tongxin.infra.integrity;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

/**
 * SM2 signatures (GB/T 32918, with SM3 as the digest and the standard's default signer id) over checkpoint
 * statements, through BouncyCastle's provider passed by instance (nothing is registered JVM-wide).
 */
public final class Sm2 {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final String SIGNATURE = "SM3withSM2";

    private Sm2() {}

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an SM2 key", e);
        }
    }

    /** A key pair from a PKCS#8 private key (DER, base64 or PEM); the public key is computed from it. */
    public static KeyPair fromPrivate(String encoded) {
        String base64 = encoded.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return fromPrivate(Base64.getDecoder().decode(base64));
    }

    public static KeyPair fromPrivate(byte[] pkcs8) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC", BC);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            ECPrivateKey ec = (ECPrivateKey) privateKey;
            ECParameterSpec spec = ec.getParameters();
            BigInteger d = ec.getD();
            PublicKey publicKey = factory.generatePublic(
                    new ECPublicKeySpec(spec.getG().multiply(d).normalize(), spec));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not an SM2 private key in PKCS#8", e);
        }
    }

    public static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an SM2 public key in X.509 form", e);
        }
    }

    /** A public key as X.509 DER from base64, PEM or hex. */
    public static byte[] decodePublic(String text) {
        String stripped = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        if (stripped.matches("[0-9a-fA-F]+")) {
            return HexFormat.of().parseHex(stripped);
        }
        return Base64.getDecoder().decode(stripped);
    }

    public static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance(SIGNATURE, BC);
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with SM2", e);
        }
    }

    /** False for a signature that does not verify, is malformed, or a key that is no SM2 key. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(SIGNATURE, BC);
            verifier.initVerify(publicKey(publicKey));
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What a checkpoint signs: a fixed text, so an auditor can rebuild it with any SM2 tool. */
    public static byte[] checkpointStatement(long upTo, String algorithm, byte[] digest, long signedAtMillis) {
        return ("tongxin-event-chain-checkpoint\n" + upTo + "\n" + algorithm + "\n"
                        + HexFormat.of().formatHex(digest) + "\n" + signedAtMillis)
                .getBytes(StandardCharsets.UTF_8);
    }
}
