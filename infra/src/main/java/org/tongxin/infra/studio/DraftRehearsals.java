package org.tongxin.infra.studio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.CaseNames;
import org.tongxin.processes.studio.CaseReport;
import org.tongxin.processes.studio.DraftValidator;
import org.tongxin.processes.studio.Finding;
import org.tongxin.processes.studio.ProcessVersions;
import org.tongxin.processes.studio.RecordedCase;
import org.tongxin.processes.studio.RecordedHistory;
import org.tongxin.processes.studio.Rehearsal;
import org.tongxin.processes.studio.RehearsalBeans;
import org.tongxin.processes.studio.StudioRefusal;

/**
 * Rehearses a draft over the last closed cases of its process before anyone deploys it: each case's recorded task
 * completions replayed on the draft in an engine of its own on a throw-away schema, with the processes the draft
 * calls at their latest deployed version, and the outcome per case named by the case's title. The rehearsal is
 * recorded for the audit log with its counts.
 */
@Component
public class DraftRehearsals {

    public static final int DEFAULT_CASES = 20;
    public static final int MAX_CASES = RecordedHistory.MAX_CASES;

    /** Findings that leave nothing to run: the draft cannot be read, parsed or is of another process. */
    private static final Set<String> UNRUNNABLE =
            Set.of(DraftValidator.UNREADABLE, DraftValidator.PARSER, DraftValidator.WRONG_KEY);

    /** One case: its title in words, how it went, where it parted from history and what the draft wanted there. */
    public record Row(
            String caseKey,
            String caseTitle,
            CaseReport.Verdict verdict,
            CaseReport.Reason reason,
            int stepsReplayed,
            int stepsRecorded,
            String atStep,
            List<String> draftExpected,
            String detail) {}

    public record Result(
            String processKey,
            long draftId,
            String draftTitle,
            int casesAsked,
            int samePath,
            int wentDifferently,
            int gotStuck,
            List<Row> cases) {}

    private final ProcessStudio studio;
    private final ProcessDrafts drafts;
    private final DraftValidator validator;
    private final ProcessVersions versions;
    private final RecordedHistory history;
    private final RehearsalSchemas schemas;
    private final ListableBeanFactory beans;
    private final CaseNames caseNames;
    private final StudioAudit audit;

    DraftRehearsals(
            ProcessStudio studio,
            ProcessDrafts drafts,
            DraftValidator validator,
            ProcessVersions versions,
            RecordedHistory history,
            RehearsalSchemas schemas,
            ListableBeanFactory beans,
            CaseNames caseNames,
            StudioAudit audit) {
        this.studio = studio;
        this.drafts = drafts;
        this.validator = validator;
        this.versions = versions;
        this.history = history;
        this.schemas = schemas;
        this.beans = beans;
        this.caseNames = caseNames;
        this.audit = audit;
    }

    /**
     * Replays the last {@code cases} closed cases of the process on the draft.
     *
     * @throws StudioRefusal with the findings when the draft cannot run at all
     */
    public Result rehearse(String key, long draftId, int cases, TongxinUser by) {
        ProcessDrafts.Draft draft = studio.draft(key, draftId);
        String xml = drafts.xml(draftId);
        List<Finding> blocking = validator.validate(key, xml).stream()
                .filter(f -> UNRUNNABLE.contains(f.rule()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new StudioRefusal("the draft cannot run; fix these findings first", blocking);
        }
        Map<String, String> called = new LinkedHashMap<>();
        for (ProcessVersions.DeployedVersion other : versions.latest()) {
            if (!other.processKey().equals(key)) {
                called.put(other.processKey() + ".bpmn", versions.xml(other.definitionId()));
            }
        }
        List<RecordedCase> recorded = history.lastClosed(key, cases);
        List<CaseReport> reports = recorded.isEmpty()
                ? List.of()
                : new Rehearsal(schemas, RehearsalBeans.of(beans)).rehearse(key, xml, called, recorded);
        List<Row> rows = reports.stream()
                .map(r -> new Row(
                        r.businessKey(),
                        r.businessKey() == null ? null : caseNames.label(r.businessKey()),
                        r.verdict(),
                        r.reason(),
                        r.stepsReplayed(),
                        r.stepsRecorded(),
                        r.atStep(),
                        r.draftExpected(),
                        r.detail()))
                .toList();
        int same = count(reports, CaseReport.Verdict.SAME_PATH);
        int different = count(reports, CaseReport.Verdict.WENT_DIFFERENTLY);
        int stuck = count(reports, CaseReport.Verdict.GOT_STUCK);
        if (!reports.isEmpty()) {
            audit.rehearsed(key, draft.title(), same, different, stuck, by);
        }
        return new Result(key, draftId, draft.title(), cases, same, different, stuck, rows);
    }

    private static int count(List<CaseReport> reports, CaseReport.Verdict verdict) {
        return (int) reports.stream().filter(r -> r.verdict() == verdict).count();
    }
}
