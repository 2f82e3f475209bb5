package org.tongxin.infra.studio;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.studio.DraftValidator;
import org.tongxin.processes.studio.Finding;
import org.tongxin.processes.studio.InstanceMigrations;
import org.tongxin.processes.studio.NewProcess;
import org.tongxin.processes.studio.ProcessVersions;
import org.tongxin.processes.studio.StudioRefusal;
import org.tongxin.processes.studio.VersionDiff;
import org.tongxin.processes.task.FieldError;

/**
 * What the studio does with drafts, versions and running cases: check a draft as a deployment would, deploy it as
 * the process's next version only when nothing was found, list the versions with who deployed them, and move running
 * cases between versions — each deployment and migration recorded for the audit log.
 */
@Component
public class ProcessStudio {

    /** Longest title a draft may have. */
    static final int TITLE_MAX = 100;

    /**
     * One deployed version: who deployed it from the studio ({@code deployedBy} null for versions the application
     * deployed from its own files) and how many cases run on it now.
     */
    public record Version(
            String processKey,
            String processName,
            int version,
            String definitionId,
            Instant deployedAt,
            String deployedBy,
            Long draftId,
            long runningInstances) {}

    /** The outcome of a check: what was found, and whether the draft may be deployed as it is. */
    public record Check(long draftId, List<Finding> findings) {

        public boolean valid() {
            return findings.isEmpty();
        }
    }

    private final ProcessDrafts drafts;
    private final DraftValidator validator;
    private final ProcessVersions deployed;
    private final InstanceMigrations migrations;
    private final JdbcClient jdbc;
    private final StudioAudit audit;
    private final Clock clock;

    ProcessStudio(
            ProcessDrafts drafts,
            DraftValidator validator,
            ProcessVersions deployed,
            InstanceMigrations migrations,
            JdbcClient jdbc,
            StudioAudit audit,
            Clock clock) {
        this.drafts = drafts;
        this.validator = validator;
        this.deployed = deployed;
        this.migrations = migrations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every deployed process with its latest version. */
    public List<Version> processes() {
        return deployed.latest().stream().map(this::version).toList();
    }

    /** Every version of a process, newest first; unknown key: not found. */
    public List<Version> versions(String key) {
        List<ProcessVersions.DeployedVersion> all = deployed.versions(key);
        if (all.isEmpty()) {
            throw new NotFound("process " + key);
        }
        return all.stream().map(this::version).toList();
    }

    /** One version by number, or the latest for {@code latest}. */
    public Version version(String key, String version) {
        List<Version> all = versions(key);
        if ("latest".equals(version)) {
            return all.get(0);
        }
        return all.stream()
                .filter(v -> String.valueOf(v.version()).equals(version))
                .findFirst()
                .orElseThrow(() -> new NotFound("version " + version + " of process " + key));
    }

    public String xml(Version version) {
        return deployed.xml(version.definitionId());
    }

    /** A new draft of a known process: the given document, or a copy of the latest version when none is given. */
    public ProcessDrafts.Draft startDraft(String key, String title, String xml, TongxinUser by) {
        boolean copy = xml == null || xml.isBlank();
        if (!copy && isNew(key) && !drafts.list(key).isEmpty()) {
            // another document for a process still being drawn for the first time
            return drafts.create(
                    key,
                    title == null || title.isBlank() ? "上传的流程图" : title.strip(),
                    xml,
                    null,
                    by.username(),
                    clock.instant());
        }
        Version latest = versions(key).get(0);
        String document = copy ? xml(latest) : xml;
        Integer basedOn = copy ? latest.version() : null;
        String name = title == null || title.isBlank() ? (copy ? "基于第 " + basedOn + " 版的修改" : "上传的流程图") : title.strip();
        return drafts.create(key, name, document, basedOn, by.username(), clock.instant());
    }

    /**
     * The first draft of a process not deployed yet: one start event under the key and name. A key a deployed
     * process already has is refused — its drafts start from its latest version.
     */
    public ProcessDrafts.Draft startNewProcess(String key, String name, TongxinUser by) {
        List<FieldError> errors = new ArrayList<>();
        if (!NewProcess.validKey(key)) {
            errors.add(new FieldError(
                    "key", "is lower-case letters, digits and hyphens, at most " + NewProcess.KEY_MAX + " characters"));
        } else if (!deployed.versions(key).isEmpty()) {
            errors.add(new FieldError("key", "is already the key of a deployed process"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else if (name.strip().length() > NewProcess.NAME_MAX) {
            errors.add(new FieldError("name", "is at most " + NewProcess.NAME_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
        return drafts.create(
                key, name.strip(), NewProcess.xml(key, name.strip()), null, by.username(), clock.instant());
    }

    /** Whether no version of the process is deployed: its drafts are of a brand-new process. */
    public boolean isNew(String key) {
        return deployed.versions(key).isEmpty();
    }

    public ProcessDrafts.Draft draft(String key, long id) {
        return drafts.find(key, id).orElseThrow(() -> new NotFound("draft " + id));
    }

    /** A new document for a draft not yet deployed. */
    public void save(String key, long id, String xml, TongxinUser by) {
        ProcessDrafts.Draft draft = draft(key, id);
        if (draft.deployedVersion() != null) {
            throw new StudioRefusal(
                    "this draft was deployed as version " + draft.deployedVersion()
                            + "; start a new draft to change the process again",
                    List.of());
        }
        drafts.save(id, xml, by.username(), clock.instant());
    }

    /** Checks the draft as it is saved now and remembers the outcome on it. */
    public Check validate(String key, long id) {
        draft(key, id);
        List<Finding> findings = validator.validate(key, drafts.xml(id));
        drafts.checked(id, findings.size(), clock.instant());
        return new Check(id, findings);
    }

    /**
     * Deploys the draft as the process's next version, checking it again first (whatever an earlier check said): a
     * draft with findings is refused and nothing is deployed. The version, who deployed it and the audit event are
     * written in one transaction.
     */
    @Transactional
    public Version deploy(String key, long id, TongxinUser by) {
        ProcessDrafts.Draft draft = draft(key, id);
        if (draft.deployedVersion() != null) {
            throw new StudioRefusal("this draft is already deployed as version " + draft.deployedVersion(), List.of());
        }
        Check check = validate(key, id);
        if (!check.valid()) {
            throw new StudioRefusal(
                    "the draft has " + check.findings().size() + " findings; nothing was deployed", check.findings());
        }
        Instant now = clock.instant();
        List<ProcessVersions.DeployedVersion> earlier = deployed.versions(key);
        Version before = earlier.isEmpty() ? null : version(earlier.get(0));
        String xml = drafts.xml(id);
        ProcessVersions.DeployedVersion version = deployed.deploy(key, xml, key + " · studio draft " + id);
        jdbc.sql(
                        """
                INSERT INTO process_deployment (definition_id, process_key, version, draft_id, deployed_by, deployed_at)
                VALUES (:definition, :key, :version, :draft, :by, :at)
                """)
                .param("definition", version.definitionId())
                .param("key", key)
                .param("version", version.version())
                .param("draft", id)
                .param("by", by.username())
                .param("at", Timestamp.from(now))
                .update();
        drafts.deployed(id, version.version());
        // a brand-new process's first version adds every element to nothing
        VersionDiff.Changes changes =
                VersionDiff.between(before == null ? NewProcess.xml(key, draft.title()) : xml(before), xml);
        audit.deployed(key, version.version(), before == null ? 0 : before.version(), draft.title(), changes, by);
        return version(version);
    }

    /** Two versions of a process, in the order asked, for a comparison. */
    public List<Version> pair(String key, String from, String to) {
        return List.of(version(key, from), version(key, to));
    }

    /** What changed from one version to another. */
    public VersionDiff.Changes diff(Version from, Version to) {
        return VersionDiff.between(xml(from), xml(to));
    }

    public InstanceMigrations.Plan plan(String key, String from, String to, InstanceMigrations.Selection selection) {
        return migrations.plan(deployedVersion(key, from), deployedVersion(key, to), selection);
    }

    /** Moves the selected cases and records the migration for the audit log when any case was tried. */
    public InstanceMigrations.Report migrate(
            String key, String from, String to, InstanceMigrations.Selection selection, TongxinUser by) {
        InstanceMigrations.Report report =
                migrations.execute(deployedVersion(key, from), deployedVersion(key, to), selection);
        audit.migrated(
                key, report.fromVersion(), report.toVersion(), (int) report.migrated(), (int) report.failed(), by);
        return report;
    }

    /**
     * Hands the selected cases to the engine as a batch; the migration is recorded for the audit log once its last
     * case has moved or failed ({@link MigrationBatches#report}).
     *
     * @return the batch's id
     */
    public InstanceMigrations.BatchStarted migrateInBatch(
            String key, String from, String to, InstanceMigrations.Selection selection) {
        return migrations.executeAsync(deployedVersion(key, from), deployedVersion(key, to), selection);
    }

    /** The engine's id of a version's process definition. */
    public String definitionId(String key, String version) {
        return deployedVersion(key, version).definitionId();
    }

    private ProcessVersions.DeployedVersion deployedVersion(String key, String version) {
        Version v = version(key, version);
        return deployed.versions(key).stream()
                .filter(d -> d.definitionId().equals(v.definitionId()))
                .findFirst()
                .orElseThrow();
    }

    private Version version(ProcessVersions.DeployedVersion d) {
        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT deployed_by, draft_id FROM process_deployment WHERE definition_id = :id")
                .param("id", d.definitionId())
                .query()
                .listOfRows();
        Map<String, Object> row = rows.isEmpty() ? Map.of() : rows.get(0);
        return new Version(
                d.processKey(),
                d.processName(),
                d.version(),
                d.definitionId(),
                d.deployedAt(),
                (String) row.get("deployed_by"),
                row.get("draft_id") == null ? null : ((Number) row.get("draft_id")).longValue(),
                d.runningInstances());
    }
}
