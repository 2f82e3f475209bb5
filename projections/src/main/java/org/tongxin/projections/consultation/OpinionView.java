package org.tongxin.projections.consultation;

import java.time.Instant;

/**
 * A public opinion. {@code name} and {@code phone} are personal data, for staff only; {@link #withoutPersonalData}
 * is what the public pages and the public API show. {@code giverErased} is true once the giver's name and phone were
 * erased (on request or after the retention period): they are gone for good and the office's page says so. {@code
 * status}: PENDING, PUBLISHED or HIDDEN.
 */
public record OpinionView(
        int number,
        String trackingCode,
        String text,
        String name,
        String phone,
        String status,
        String hiddenReason,
        Integer liftedInto,
        Instant submittedAt,
        boolean giverErased) {

    public static final String PENDING = "PENDING";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String HIDDEN = "HIDDEN";

    public OpinionView withoutPersonalData() {
        return new OpinionView(number, null, text, null, null, status, null, liftedInto, submittedAt, false);
    }

    OpinionView with(String newStatus, String reason) {
        return new OpinionView(
                number, trackingCode, text, name, phone, newStatus, reason, liftedInto, submittedAt, giverErased);
    }

    OpinionView lifted(int suggestion) {
        return new OpinionView(
                number, trackingCode, text, name, phone, status, hiddenReason, suggestion, submittedAt, giverErased);
    }

    OpinionView erased() {
        return new OpinionView(
                number, trackingCode, text, null, null, status, hiddenReason, liftedInto, submittedAt, true);
    }
}
