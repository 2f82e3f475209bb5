package org.tongxin.engine.supervision;

/** What the team did. */
public enum ActivityKind {
    /** 视察: an inspection on site. */
    INSPECTION,
    /** 监督走访: a visit to the department or the people concerned. */
    VISIT,
    /** 座谈: a meeting with the department. */
    MEETING
}
