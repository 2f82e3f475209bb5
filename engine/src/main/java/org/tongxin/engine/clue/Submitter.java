package org.tongxin.engine.clue;

/**
 * The person who raised a clue. Personal data: shown to staff only, masked elsewhere. Both parts are optional (a
 * citizen may stay anonymous); keeping either needs the person's consent to its use, which is recorded with it.
 */
public record Submitter(String name, String phone, boolean consented) {

    public static Submitter anonymous() {
        return new Submitter(null, null, false);
    }

    public boolean givesContact() {
        return (name != null && !name.isBlank()) || (phone != null && !phone.isBlank());
    }
}
