package org.tongxin.engine.clue;

/**
 * The person who raised a clue. Personal data: shown to staff only, masked elsewhere. Both parts are optional (a
 * citizen may stay anonymous); keeping either needs the person's consent to its use, which is recorded with it.
 * {@code erased} is true when the person's data was erased (on request or after the retention period): name and phone
 * are then gone for good and every view says so instead of showing them.
 */
public record Submitter(String name, String phone, boolean consented, boolean erased) {

    public Submitter(String name, String phone, boolean consented) {
        this(name, phone, consented, false);
    }

    public static Submitter anonymous() {
        return new Submitter(null, null, false);
    }

    /** What is left of a submitter whose personal data was erased: the consent they gave, nothing that names them. */
    public static Submitter erased(boolean consented) {
        return new Submitter(null, null, consented, true);
    }

    public boolean givesContact() {
        return (name != null && !name.isBlank()) || (phone != null && !phone.isBlank());
    }
}
