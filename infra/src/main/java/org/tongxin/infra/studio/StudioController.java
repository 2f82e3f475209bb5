package org.tongxin.infra.studio;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.studio.Finding;
import org.tongxin.processes.studio.InstanceMigrations;
import org.tongxin.processes.studio.StudioRefusal;
import org.tongxin.processes.studio.VersionDiff;
import org.tongxin.processes.task.FieldError;

/**
 * The studio's API for designers and administrators (the security chain lets no one else in): drafts of a process
 * as BPMN XML, their check, deployment as a new version, the versions and their XML, the differences between two
 * versions, and moving running cases between versions. Every refusal is a problem detail listing the elements it
 * concerns by id.
 */
@RestController
@RequestMapping("/api/processes")
@Validated
public class StudioController {

    static final URI FINDINGS = URI.create("https://tongxin.org/problems/process-findings");

    private final ProcessStudio studio;
    private final ProcessDrafts drafts;
    private final DraftRehearsals rehearsals;
    private final CurrentUser currentUser;
    private final MigrationBatches batches;

    StudioController(
            ProcessStudio studio,
            ProcessDrafts drafts,
            DraftRehearsals rehearsals,
            CurrentUser currentUser,
            MigrationBatches batches) {
        this.studio = studio;
        this.drafts = drafts;
        this.rehearsals = rehearsals;
        this.currentUser = currentUser;
        this.batches = batches;
    }

    /** The findings of a check as a client reads them. */
    public record CheckResult(long draftId, boolean valid, List<Finding> findings) {}

    public record Diff(
            String processKey,
            int fromVersion,
            int toVersion,
            Map<String, String> added,
            Map<String, String> removed,
            Map<String, String> changed) {}

    /** What to do with a migration: only plan it, check it (plan and refuse if it does not hold), or run it. */
    public enum MigrationAction {
        PLAN,
        VALIDATE,
        EXECUTE,
        /** Hand the cases to the engine as a batch; 202 with where to follow it. */
        BATCH
    }

    public record MigrationRequest(
            @NotNull String processKey,
            @NotNull String fromVersion,
            @NotNull String toVersion,
            String businessKey,
            String activityId,
            @NotNull MigrationAction action) {}

    @GetMapping("/{key}/drafts")
    @Operation(summary = "The drafts of a process, last changed first")
    List<ProcessDrafts.Draft> drafts(@PathVariable String key) {
        List<ProcessDrafts.Draft> list = drafts.list(key);
        if (list.isEmpty()) {
            studio.versions(key);
        }
        return list;
    }

    /** A process nobody has deployed yet: its key and its name. */
    public record NewProcessRequest(String key, String name) {}

    @PostMapping("/new")
    @Operation(
            summary = "Start a brand-new process: a first draft with one start event under the key and name",
            description = "The key is lower-case letters, digits and hyphens and must not be a deployed process's;"
                    + " the draft is then edited, checked and deployed like any other, under the same contract.")
    ResponseEntity<ProcessDrafts.Draft> startNew(@RequestBody NewProcessRequest request) {
        ProcessDrafts.Draft draft = studio.startNewProcess(request.key(), request.name(), currentUser.get());
        return ResponseEntity.created(URI.create("/api/processes/" + draft.processKey() + "/drafts/" + draft.id()))
                .body(draft);
    }

    @PostMapping(
            value = "/{key}/drafts",
            consumes = {"application/xml", "text/xml", "text/plain", "application/bpmn+xml"})
    @Operation(summary = "Save a new draft of a process; the body is its BPMN 2.0 XML")
    ResponseEntity<ProcessDrafts.Draft> create(
            @PathVariable String key, @RequestParam(required = false) String title, @RequestBody String xml) {
        requireXml(xml);
        requireTitle(title);
        ProcessDrafts.Draft draft = studio.startDraft(key, title, xml, currentUser.get());
        return ResponseEntity.created(URI.create("/api/processes/" + key + "/drafts/" + draft.id()))
                .body(draft);
    }

    @GetMapping(value = "/{key}/drafts/{id}/xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "A draft's BPMN XML")
    String draftXml(@PathVariable String key, @PathVariable long id) {
        studio.draft(key, id);
        return drafts.xml(id);
    }

    @PutMapping(
            value = "/{key}/drafts/{id}",
            consumes = {"application/xml", "text/xml", "text/plain", "application/bpmn+xml"})
    @Operation(summary = "Replace a draft's BPMN XML; its last check no longer holds")
    ProcessDrafts.Draft save(@PathVariable String key, @PathVariable long id, @RequestBody String xml) {
        requireXml(xml);
        studio.save(key, id, xml, currentUser.get());
        return studio.draft(key, id);
    }

    @PostMapping("/{key}/drafts/{id}/validate")
    @Operation(summary = "Check a draft without deploying: Camunda's parser, the BPMN contract, the task registry")
    CheckResult validate(@PathVariable String key, @PathVariable long id) {
        ProcessStudio.Check check = studio.validate(key, id);
        return new CheckResult(id, check.valid(), check.findings());
    }

    @PostMapping("/{key}/drafts/{id}/rehearse")
    @Operation(
            summary = "Rehearse a draft over the last closed cases of its process, without deploying",
            description = "Replays the recorded task completions of the last `cases` closed cases (default 20, at most"
                    + " 200) on the draft in a throw-away engine and reports per case: the same path, went differently"
                    + " (at which step, what the draft expected) or got stuck (where, why). 422 with the findings when"
                    + " the draft cannot be parsed at all.")
    DraftRehearsals.Result rehearse(
            @PathVariable String key, @PathVariable long id, @RequestParam(required = false) Integer cases) {
        return rehearsals.rehearse(key, id, rehearsalCases(cases), currentUser.get());
    }

    /** How many cases a rehearsal takes: the default when none is asked, refused outside 1 to the maximum. */
    static int rehearsalCases(Integer cases) {
        if (cases == null) {
            return DraftRehearsals.DEFAULT_CASES;
        }
        if (cases < 1 || cases > DraftRehearsals.MAX_CASES) {
            throw new RefusedInput(List.of(new FieldError("cases", "is between 1 and " + DraftRehearsals.MAX_CASES)));
        }
        return cases;
    }

    @PostMapping("/{key}/drafts/{id}/deploy")
    @Operation(summary = "Deploy a draft as the process's next version; refused (422) with the findings if any")
    ResponseEntity<ProcessStudio.Version> deploy(@PathVariable String key, @PathVariable long id) {
        ProcessStudio.Version version = studio.deploy(key, id, currentUser.get());
        return ResponseEntity.status(HttpStatus.CREATED).body(version);
    }

    @GetMapping("/{key}/versions")
    @Operation(summary = "Every deployed version, newest first, with who deployed it and how many cases run on it")
    List<ProcessStudio.Version> versions(@PathVariable String key) {
        return studio.versions(key);
    }

    @GetMapping(value = "/{key}/versions/{version}/xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The BPMN XML of a deployed version; 'latest' for the newest")
    String versionXml(@PathVariable String key, @PathVariable String version) {
        return studio.xml(studio.version(key, version));
    }

    @GetMapping("/{key}/diff")
    @Operation(summary = "Flow elements added, removed and changed from one version to another")
    Diff diff(@PathVariable String key, @RequestParam String from, @RequestParam String to) {
        List<ProcessStudio.Version> pair = studio.pair(key, from, to);
        VersionDiff.Changes changes = studio.diff(pair.get(0), pair.get(1));
        return new Diff(
                key,
                pair.get(0).version(),
                pair.get(1).version(),
                changes.added(),
                changes.removed(),
                changes.changed());
    }

    @PostMapping("/migrations")
    @Operation(
            summary = "Plan, check or run the move of running cases from one version to another",
            description = "PLAN answers the plan; VALIDATE answers it too but 422 when it does not hold; EXECUTE moves"
                    + " the selected cases (all, or by business key / current activity) and reports each.")
    ResponseEntity<?> migrate(@RequestBody @Validated MigrationRequest request) {
        InstanceMigrations.Selection selection =
                new InstanceMigrations.Selection(request.businessKey(), request.activityId());
        return switch (request.action()) {
            case PLAN -> ResponseEntity.ok(
                    studio.plan(request.processKey(), request.fromVersion(), request.toVersion(), selection));
            case VALIDATE -> {
                InstanceMigrations.Plan plan =
                        studio.plan(request.processKey(), request.fromVersion(), request.toVersion(), selection);
                if (!plan.valid()) {
                    throw new StudioRefusal("the migration plan does not hold", plan.findings());
                }
                yield ResponseEntity.ok(plan);
            }
            case EXECUTE -> ResponseEntity.ok(studio.migrate(
                    request.processKey(), request.fromVersion(), request.toVersion(), selection, currentUser.get()));
            case BATCH -> {
                String batchId = startBatch(request, selection);
                yield ResponseEntity.accepted()
                        .location(URI.create("/api/processes/" + request.processKey() + "/migrations/" + batchId))
                        .body(batches.report(request.processKey(), batchId));
            }
        };
    }

    private String startBatch(MigrationRequest request, InstanceMigrations.Selection selection) {
        InstanceMigrations.BatchStarted started =
                studio.migrateInBatch(request.processKey(), request.fromVersion(), request.toVersion(), selection);
        return batches.start(
                request.processKey(),
                started,
                studio.definitionId(request.processKey(), request.toVersion()),
                currentUser.get());
    }

    @GetMapping("/{key}/migrations/{batchId}")
    @Operation(
            summary = "A migration batch's progress and each case's outcome (moved, failed with the reason, waiting)",
            description = "Cases are named by their titles. The migration is recorded in the audit log once its last"
                    + " case has moved or failed.")
    MigrationBatches.Report batch(@PathVariable String key, @PathVariable String batchId) {
        studio.versions(key);
        return batches.report(key, batchId);
    }

    @ExceptionHandler(StudioRefusal.class)
    ResponseEntity<ProblemDetail> refused(StudioRefusal e) {
        return ResponseEntity.unprocessableEntity()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(e));
    }

    static ProblemDetail problem(StudioRefusal e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setType(FINDINGS);
        problem.setTitle("The process diagram has findings");
        problem.setProperty("findings", e.findings());
        problem.setProperty(
                "elementIds",
                e.findings().stream()
                        .map(Finding::elementId)
                        .filter(id -> id != null)
                        .distinct()
                        .toList());
        return problem;
    }

    private static void requireXml(String xml) {
        DraftDocument.fault(xml).ifPresent(fault -> {
            throw new RefusedInput(List.of(new FieldError("xml", DraftDocument.english(fault))));
        });
    }

    private static void requireTitle(String title) {
        if (title != null && title.strip().length() > ProcessStudio.TITLE_MAX) {
            throw new RefusedInput(
                    List.of(new FieldError("title", "is at most " + ProcessStudio.TITLE_MAX + " characters")));
        }
    }
}
