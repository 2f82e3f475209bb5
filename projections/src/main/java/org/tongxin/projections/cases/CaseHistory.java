package org.tongxin.projections.cases;

import java.util.List;
import org.tongxin.projections.support.EventFacts;

public record CaseHistory(String caseId, String kind, List<EventFacts> events) {}
