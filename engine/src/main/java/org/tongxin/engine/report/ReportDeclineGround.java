package org.tongxin.engine.report;

/** The coded grounds on which the information office does not adopt a report. */
public enum ReportDeclineGround {
    /** Several matters in one report: one matter per report (一事一报). */
    NOT_ONE_MATTER,
    /** The facts are unclear or not verified. */
    FACTS_UNCLEAR,
    /** The matter was reported already, by this or another report. */
    ALREADY_REPORTED,
    /** The suggestion has little value for decision makers. */
    LITTLE_REFERENCE_VALUE,
    /** Not a matter for public-opinion reports (a personal dispute, a petition, a secret). */
    OUT_OF_SCOPE,
    OTHER
}
