package org.tongxin.engine.calendar;

/**
 * Calendar data that cannot be read. Calendars are edited by hand by the office (a new year arrives each November),
 * so the message names the file and line to fix rather than failing somewhere in a deadline computation later.
 */
public final class CalendarDataException extends RuntimeException {

    private final String origin;
    private final int line;

    /**
     * @param origin the file or record the data came from
     * @param line the 1-based line at fault, or 0 when the fault is the document as a whole (a missing header)
     */
    public CalendarDataException(String origin, int line, String problem) {
        super(line > 0 ? origin + " line " + line + ": " + problem : origin + ": " + problem);
        this.origin = origin;
        this.line = line;
    }

    public String origin() {
        return origin;
    }

    /** The 1-based line at fault, or 0 when the fault is the document as a whole. */
    public int line() {
        return line;
    }
}
