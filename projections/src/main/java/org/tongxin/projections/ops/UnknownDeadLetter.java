package org.tongxin.projections.ops;

/** No blocked sequence by that key in that group's dead-letter queue. */
public class UnknownDeadLetter extends RuntimeException {

    public UnknownDeadLetter(String group, String key) {
        super("no dead letters " + key + " in " + group);
    }
}
