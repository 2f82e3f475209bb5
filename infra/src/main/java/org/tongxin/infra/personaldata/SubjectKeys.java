package org.tongxin.infra.personaldata;

import java.util.Optional;
import javax.crypto.SecretKey;

/** The key table: one AES key per data subject, destroyed on erasure. */
public interface SubjectKeys {

    /** A new data subject with a fresh key, kept in the caller's transaction. */
    Subject create();

    /** The subject's key; empty once it was destroyed (or never existed). */
    Optional<SecretKey> find(String subject);

    /** Destroys the subject's key for good; false when there was none left to destroy. */
    boolean destroy(String subject, String by, String reason);

    record Subject(String id, SecretKey key) {}

    /** For code that stores no personal data, such as tests of other events: any use of a key is a mistake there. */
    SubjectKeys NONE = new SubjectKeys() {
        @Override
        public Subject create() {
            throw new IllegalStateException("no key table: personal data cannot be sealed here");
        }

        @Override
        public Optional<SecretKey> find(String subject) {
            return Optional.empty();
        }

        @Override
        public boolean destroy(String subject, String by, String reason) {
            return false;
        }
    };
}
