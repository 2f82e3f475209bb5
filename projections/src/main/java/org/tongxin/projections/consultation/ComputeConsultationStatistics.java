package org.tongxin.projections.consultation;

import java.time.LocalDate;

/** Consultation statistics over meetings held and answers given in the days {@code [from, to)}. */
public record ComputeConsultationStatistics(LocalDate from, LocalDate to) {

    public ComputeConsultationStatistics {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
