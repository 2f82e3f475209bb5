package org.tongxin.infra.notifications;

/** What a notification tells; a person may mute any kind. */
public enum NotificationKind {
    /** A task offered to one of my groups. */
    TASK_NEW,
    /** A task assigned to me. */
    TASK_ASSIGNED,
    /** A handling's reply falls due soon (the BPMN reminder timer). */
    DUE_SOON,
    /** A task of mine or my group's falls due within the working days I chose (the daily check). */
    TASK_DUE,
    /** A handling's reply is overdue (the BPMN overdue timer). */
    OVERDUE,
    /** A clue published for adoption, to the members of its sector or street. */
    CLUE_PUBLISHED,
    /** A department replied to my proposal. */
    REPLY_ARRIVED,
    /** My public-opinion report was adopted. */
    REPORT_ADOPTED,
    /** A leader gave an instruction on my public-opinion report. */
    REPORT_INSTRUCTED,
    /** A citizen's tracking page changed (e-mail only, to those who subscribed at intake). */
    TRACKING_CHANGED
}
