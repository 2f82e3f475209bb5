package org.tongxin.engine.calendaryear;

/**
 * The working-day arrangement of one year as a record designers keep: {@code calendar-2027}. The prefix keeps the
 * identifier apart from every other aggregate's in the one event store.
 */
public record CalendarYearKey(int year) {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    public CalendarYearKey {
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException("a calendar year is between " + FIRST + " and " + LAST);
        }
    }

    @Override
    public String toString() {
        return "calendar-" + year;
    }
}
