package org.tongxin.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit log's filter offers the events of every aggregate the log holds, supervision and bulletins included. */
class AuditEventTypesTest {

    @Test
    void theFilterOffersTheEventsOfReportsBulletinsTopicsAndSupervision() {
        assertThat(AuditPages.EVENT_TYPES)
                .contains(
                        "OpinionReportAdopted",
                        "BulletinPublished",
                        "ConsultationResultRecorded",
                        "SupervisionEntryClosed",
                        "RectificationVerified",
                        "SpecialSupervisorTermEnded",
                        "SupervisionResultRecorded")
                .doesNotHaveDuplicates();
    }
}
