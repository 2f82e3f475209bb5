package org.tongxin.projections.activity;

/** What a member did; each kind is scored on its own (履职评价办法) and belongs to one heading of the record. */
public enum ActivityKind {
    /** Raised a clue (the clue's attribution names the member); its outcome is the clue's status. */
    CLUE_RAISED(ActivityCategory.CLUES),
    /** Took up (认领) a published clue to draft a proposal from it. */
    CLUE_ADOPTED(ActivityCategory.CLUES),
    /** Lead proposer (第一提案人) of a submitted proposal, alone or jointly. */
    PROPOSAL_LEAD(ActivityCategory.PROPOSALS),
    /** Co-signer (联名) who confirmed a joint proposal. */
    PROPOSAL_JOINT(ActivityCategory.PROPOSALS),
    /** The account a party's, sector's or committee's collective proposal (集体提案) was put forward under. */
    PROPOSAL_COLLECTIVE(ActivityCategory.PROPOSALS),
    /** A department's reply to a proposal the member put forward or signed; its outcome is the reply's class. */
    PROPOSAL_REPLY(ActivityCategory.PROPOSALS),
    /** The member's evaluation of a reply; its outcome is the evaluation of the result. */
    PROPOSAL_EVALUATION(ActivityCategory.PROPOSALS),
    /** Wrote (or co-wrote) a public-opinion report (社情民意信息) and submitted it. */
    REPORT_SUBMITTED(ActivityCategory.REPORTS),
    /** A report of theirs adopted at a level (区/市/省/全国). */
    REPORT_ADOPTED(ActivityCategory.REPORTS),
    /** A leader's instruction (批示) on a report of theirs, at the leader's level. */
    REPORT_INSTRUCTED(ActivityCategory.REPORTS),
    /** Lead member of a consultation topic (协商议题). */
    CONSULTATION_LED(ActivityCategory.CONSULTATIONS),
    /** Attended a consultation meeting. */
    CONSULTATION_ATTENDED(ActivityCategory.CONSULTATIONS),
    /** Gave an opinion on an online topic (协商在线) while signed in. */
    ONLINE_OPINION(ActivityCategory.CONSULTATIONS),
    /** Member of a supervision team (监督组). */
    SUPERVISION_TEAM(ActivityCategory.SUPERVISION),
    /** An inspection, visit or meeting of a supervision team the member belongs to (视察、监督走访、座谈). */
    INSPECTION(ActivityCategory.SUPERVISION),
    /** Appointed special supervisor (特约监督员) of a department. */
    SPECIAL_SUPERVISOR(ActivityCategory.SUPERVISION),
    /** A finding the member recorded as special supervisor. */
    SUPERVISOR_FINDING(ActivityCategory.SUPERVISION),
    /** A duty shift at a workstation (值班坐班); contributed by the workstation registry. */
    DUTY_SHIFT(ActivityCategory.DUTY_SHIFT),
    /** A reception visit (接待来访群众); contributed by the workstation registry. */
    RECEPTION_VISIT(ActivityCategory.RECEPTION_VISIT),
    /** A research topic (调研课题) the member took part in; contributed by the research registry. */
    RESEARCH_TOPIC(ActivityCategory.RESEARCH_TOPIC);

    private final ActivityCategory category;

    ActivityKind(ActivityCategory category) {
        this.category = category;
    }

    public ActivityCategory category() {
        return category;
    }
}
