package org.tongxin.engine.bulletin;

import java.util.regex.Pattern;

/**
 * An issue of the bulletin, named by its year and number ({@code 2026-12}): two issues with the same number in a year
 * cannot exist, since the second would have the first's id.
 */
public record BulletinId(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{1,3}");

    public BulletinId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("bulletin id must be year-number, e.g. 2026-12");
        }
    }

    public static BulletinId of(int year, int number) {
        return new BulletinId(year + "-" + number);
    }

    /** The issue as readers name it. */
    public String label() {
        String[] parts = value.split("-");
        return parts[0] + "年第" + Integer.parseInt(parts[1]) + "期";
    }

    @Override
    public String toString() {
        return value;
    }
}
