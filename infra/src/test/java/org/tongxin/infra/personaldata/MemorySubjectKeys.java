package org.tongxin.infra.personaldata;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/** The key table in memory, for serialization tests. */
public final class MemorySubjectKeys implements SubjectKeys {

    private final Map<String, SecretKey> keys = new HashMap<>();

    @Override
    public Subject create() {
        Subject subject = new Subject(UUID.randomUUID().toString(), SubjectCipher.newKey());
        keys.put(subject.id(), subject.key());
        return subject;
    }

    @Override
    public Optional<SecretKey> find(String subject) {
        return Optional.ofNullable(keys.get(subject));
    }

    @Override
    public boolean destroy(String subject, String by, String reason) {
        return keys.remove(subject) != null;
    }

    public int size() {
        return keys.size();
    }
}
