package org.tongxin.projections.caselabel;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the ways people write a case's number into its stored form. */
public final class CaseNumbers {

    private static final Pattern PROPOSAL = Pattern.compile("(?:提案)?\\s*第?\\s*(\\d{4})\\s*[-－—]\\s*(\\d{1,6})\\s*号?");
    private static final Pattern CLUE = Pattern.compile("TX-?[0-9A-Z]{8}");

    private CaseNumbers() {}

    /** {@code 第2026-0042号}, {@code 2026-42} → {@code 2026-0042}; anything else → null. */
    public static String proposal(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PROPOSAL.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return m.group(1) + "-" + String.format(Locale.ROOT, "%04d", Integer.parseInt(m.group(2)));
    }

    /** {@code tx-abcd2345}, {@code TXABCD2345} → {@code TX-ABCD2345}; anything else → null. */
    public static String clue(String text) {
        if (text == null) {
            return null;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (!CLUE.matcher(upper).matches()) {
            return null;
        }
        return upper.startsWith("TX-") ? upper : "TX-" + upper.substring(2);
    }
}
