package org.tongxin.engine.clue;

/**
 * The person who raised a clue. Personal data: shown to staff only, masked elsewhere. Both parts are optional (a
 * citizen may stay anonymous).
 */
public record Submitter(String name, String phone) {

    public static Submitter anonymous() {
        return new Submitter(null, null);
    }
}
