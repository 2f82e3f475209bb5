package org.tongxin.engine.attachment;

import java.util.Objects;

/** The item a file belongs to: its kind and its id in that kind's aggregate. */
public record ItemRef(ItemKind kind, String id) {

    /** A handling id is a source id, a slash and a department code; 160 holds every id the engine makes. */
    static final int MAX_ID_LENGTH = 160;

    public ItemRef {
        Objects.requireNonNull(kind, "kind");
        if (id == null
                || id.isBlank()
                || id.length() > MAX_ID_LENGTH
                || id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an item id must be 1.." + MAX_ID_LENGTH + " printable characters");
        }
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
