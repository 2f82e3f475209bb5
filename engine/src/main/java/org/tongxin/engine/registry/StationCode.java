package org.tongxin.engine.registry;

import java.util.regex.Pattern;
import org.tongxin.engine.shared.RuleViolation;

/** A workstation's short code (e.g. {@code LG-LONGCHENG}): printed on its poster, carried by its QR code. */
public record StationCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    public StationCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new RuleViolation(RegistryRule.CODE_MALFORMED, "not a workstation code: " + value);
        }
    }

    /** Whether {@code text} has the form of a code, for lookups that answer "none" rather than refuse. */
    public static boolean wellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
