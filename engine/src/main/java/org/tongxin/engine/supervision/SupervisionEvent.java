package org.tongxin.engine.supervision;

public sealed interface SupervisionEvent
        permits SupervisionEntryRegistered,
                SupervisionTeamFormed,
                InspectionRecorded,
                RectificationOrdered,
                RectificationAnswered,
                RectificationVerified,
                SupervisionEntryClosed {

    SupervisionId supervisionId();
}
