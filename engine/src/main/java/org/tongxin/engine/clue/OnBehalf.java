package org.tongxin.engine.clue;

/**
 * The person on whose behalf the office entered a clue: a citizen (whose name, phone and consent are the clue's
 * {@link Submitter}, as on the public form) or a committee member ({@code member}, their user id, who is then the
 * clue's {@link Attribution} member).
 */
public record OnBehalf(Kind kind, String member) {

    public enum Kind {
        CITIZEN,
        MEMBER
    }

    public static OnBehalf citizen() {
        return new OnBehalf(Kind.CITIZEN, null);
    }

    public static OnBehalf member(String member) {
        return new OnBehalf(Kind.MEMBER, member);
    }
}
