package org.tongxin.projections.consultation;

/**
 * {@code topicsLed}: topics the member leads; {@code meetingsAttended}: held meetings the member attended;
 * {@code suggestionsAdopted}: departments' answers taking up a suggestion of a topic the member leads.
 */
public record MemberConsultations(long topicsLed, long meetingsAttended, long suggestionsAdopted) {}
