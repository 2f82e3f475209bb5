package org.tongxin.infra.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.studio.Finding;
import org.tongxin.processes.studio.InstanceMigrations;
import org.tongxin.processes.studio.StudioRefusal;
import org.tongxin.processes.studio.VersionDiff;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.TaskTypeRegistry;

/**
 * The studio's pages: the processes, one process's drafts, versions and migration, and the modeler on one draft. The
 * modeler saves, checks and deploys through the JSON endpoints here (the page's session and CSRF token; the API's
 * Basic sign-in is for other clients), and gets every finding already in the reader's language.
 */
@Controller
class StudioPages {

    /** Largest .bpmn file the upload form takes. */
    private static final long UPLOAD_MAX = 1024 * 1024;

    private final ProcessStudio studio;
    private final ProcessDrafts drafts;
    private final DraftRehearsals rehearsals;
    private final CurrentUser currentUser;
    private final TaskTypeRegistry taskTypes;
    private final UiFormat format;
    private final MessageSource messages;
    private final MigrationBatches batches;

    StudioPages(
            ProcessStudio studio,
            ProcessDrafts drafts,
            DraftRehearsals rehearsals,
            CurrentUser currentUser,
            TaskTypeRegistry taskTypes,
            UiFormat format,
            MessageSource messages,
            MigrationBatches batches) {
        this.batches = batches;
        this.studio = studio;
        this.drafts = drafts;
        this.rehearsals = rehearsals;
        this.currentUser = currentUser;
        this.taskTypes = taskTypes;
        this.format = format;
        this.messages = messages;
    }

    /** A finding as the page shows it: the element's id for the modeler's marker, words for the reader. */
    record ShownFinding(String elementId, String element, String text) {}

    private ProcessStudio.Version latestOrNull(String key) {
        return studio.isNew(key) ? null : studio.versions(key).get(0);
    }

    @PostMapping("/studio/new")
    String startNewProcess(
            @RequestParam(required = false) String key, @RequestParam(required = false) String name, Model model) {
        try {
            ProcessDrafts.Draft draft =
                    studio.startNewProcess(key == null ? null : key.strip(), name, currentUser.get());
            return "redirect:/studio/" + draft.processKey() + "/drafts/" + draft.id();
        } catch (RefusedInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(
                        error.field(),
                        text(
                                error.message().startsWith("is already")
                                        ? "studio.new.error.taken"
                                        : "studio.new.error." + error.field()));
            }
            model.addAttribute("newErrors", errors);
            model.addAttribute("newKey", key);
            model.addAttribute("newName", name);
            return processes(model);
        }
    }

    @GetMapping("/studio")
    String processes(Model model) {
        model.addAttribute("processes", studio.processes());
        Map<String, Integer> draftCounts = new LinkedHashMap<>();
        studio.processes()
                .forEach(p -> draftCounts.put(
                        p.processKey(), drafts.list(p.processKey()).size()));
        model.addAttribute("draftCounts", draftCounts);
        model.addAttribute(
                "newDrafts",
                drafts.ofNewProcesses(studio.processes().stream()
                        .map(ProcessStudio.Version::processKey)
                        .toList()));
        return "studio";
    }

    @GetMapping("/studio/{key}")
    String process(@PathVariable String key, Model model) {
        List<ProcessStudio.Version> versions = studio.versions(key);
        model.addAttribute("key", key);
        model.addAttribute("latest", versions.get(0));
        model.addAttribute("versions", versions);
        model.addAttribute("drafts", drafts.list(key));
        return "studio-process";
    }

    @PostMapping("/studio/{key}/drafts")
    String startDraft(
            @PathVariable String key,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        String xml = null;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > UPLOAD_MAX) {
                return "redirect:/studio/" + key + "?tooLarge";
            }
            xml = new String(file.getBytes(), StandardCharsets.UTF_8);
            Optional<DraftDocument.Fault> fault = DraftDocument.fault(xml);
            if (fault.isPresent()) {
                return "redirect:/studio/" + key + "?notBpmn";
            }
        }
        String shortTitle = title == null ? null : title.strip();
        if (shortTitle != null && shortTitle.length() > ProcessStudio.TITLE_MAX) {
            shortTitle = shortTitle.substring(0, ProcessStudio.TITLE_MAX);
        }
        ProcessDrafts.Draft draft = studio.startDraft(key, shortTitle, xml, currentUser.get());
        return "redirect:/studio/" + key + "/drafts/" + draft.id();
    }

    @GetMapping("/studio/{key}/drafts/{id}")
    String draft(@PathVariable String key, @PathVariable long id, Model model) {
        model.addAttribute("key", key);
        model.addAttribute("draft", studio.draft(key, id));
        model.addAttribute("latest", latestOrNull(key));
        Map<String, String> types = new LinkedHashMap<>();
        taskTypes.all().stream()
                .sorted(Comparator.comparing(t -> t.key()))
                .forEach(t -> types.put(t.key(), format.label(t.name())));
        model.addAttribute("taskTypes", types);
        return "studio-draft";
    }

    @GetMapping(value = "/studio/{key}/drafts/{id}/xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String draftXml(@PathVariable String key, @PathVariable long id) {
        studio.draft(key, id);
        return drafts.xml(id);
    }

    @PostMapping(value = "/studio/{key}/drafts/{id}/xml", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> save(@PathVariable String key, @PathVariable long id, @RequestBody String xml) {
        Optional<DraftDocument.Fault> fault = DraftDocument.fault(xml);
        if (fault.isPresent()) {
            return ResponseEntity.badRequest()
                    .body(Map.of(
                            "field",
                            "xml",
                            "message",
                            text("studio.draft.fault." + fault.get().name())));
        }
        try {
            studio.save(key, id, xml, currentUser.get());
        } catch (StudioRefusal e) {
            return ResponseEntity.unprocessableEntity().body(Map.of("message", text("studio.save.deployed")));
        }
        return ResponseEntity.ok(Map.of("message", text("studio.save.done")));
    }

    @PostMapping(value = "/studio/{key}/drafts/{id}/check", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> check(@PathVariable String key, @PathVariable long id) {
        ProcessStudio.Check check = studio.validate(key, id);
        return Map.of(
                "valid", check.valid(),
                "message",
                        check.valid()
                                ? text("studio.check.valid")
                                : text("studio.check.findings", check.findings().size()),
                "findings", shown(check.findings()));
    }

    @PostMapping(value = "/studio/{key}/drafts/{id}/deploy", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> deploy(@PathVariable String key, @PathVariable long id) {
        try {
            ProcessStudio.Version version = studio.deploy(key, id, currentUser.get());
            return ResponseEntity.ok(Map.of(
                    "message",
                    text("studio.deploy.done", version.version()),
                    "next",
                    "/studio/" + key + "/migrate?to=" + version.version()));
        } catch (StudioRefusal e) {
            return ResponseEntity.unprocessableEntity()
                    .body(Map.of(
                            "message",
                            e.findings().isEmpty() ? text("studio.deploy.already") : text("studio.deploy.refused"),
                            "findings",
                            shown(e.findings())));
        }
    }

    /** One rehearsed case as the page shows it: its title, a badge, and a sentence on where it parted. */
    record ShownCase(String title, String verdict, String badge, String explanation, String progress, String detail) {}

    @PostMapping("/studio/{key}/drafts/{id}/rehearse")
    String rehearse(
            @PathVariable String key,
            @PathVariable long id,
            @RequestParam(required = false) String cases,
            Model model) {
        ProcessDrafts.Draft draft = studio.draft(key, id);
        model.addAttribute("key", key);
        model.addAttribute("draft", draft);
        model.addAttribute("latest", latestOrNull(key));
        model.addAttribute("cases", cases == null || cases.isBlank() ? DraftRehearsals.DEFAULT_CASES : cases.strip());
        Integer asked = casesAsked(cases);
        if (asked == null) {
            model.addAttribute("casesError", text("studio.rehearse.cases.invalid", DraftRehearsals.MAX_CASES));
            return "studio-rehearsal";
        }
        try {
            DraftRehearsals.Result result = rehearsals.rehearse(key, id, asked, currentUser.get());
            model.addAttribute("result", result);
            model.addAttribute("rows", result.cases().stream().map(this::shown).toList());
        } catch (StudioRefusal e) {
            model.addAttribute("refused", shown(e.findings()));
        }
        return "studio-rehearsal";
    }

    private static Integer casesAsked(String cases) {
        if (cases == null || cases.isBlank()) {
            return DraftRehearsals.DEFAULT_CASES;
        }
        try {
            int n = Integer.parseInt(cases.strip());
            return n >= 1 && n <= DraftRehearsals.MAX_CASES ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ShownCase shown(DraftRehearsals.Row row) {
        String title = row.caseTitle() == null ? text("studio.rehearse.untitled") : row.caseTitle();
        String at = row.atStep() == null ? text("studio.finding.unnamed") : inOneLanguage(row.atStep());
        String expected = row.draftExpected().isEmpty()
                ? text("studio.finding.unnamed")
                : String.join(
                        "、",
                        row.draftExpected().stream().map(this::inOneLanguage).toList());
        String explanation =
                switch (row.reason()) {
                    case NONE -> text("studio.rehearse.same", row.stepsRecorded());
                    case OTHER_STEP -> text("studio.rehearse.otherStep", at, expected);
                    case ENDED_EARLY -> text("studio.rehearse.endedEarly", at);
                    case MORE_STEPS -> text("studio.rehearse.moreSteps", expected);
                    case WAITING -> row.atStep() == null
                            ? text("studio.rehearse.waitingAtEnd", expected)
                            : text("studio.rehearse.waiting", at, expected);
                    case FAILED -> row.atStep() == null
                            ? text("studio.rehearse.failedAtStart")
                            : text("studio.rehearse.failed", at);
                };
        String badge =
                switch (row.verdict()) {
                    case SAME_PATH -> "due-normal";
                    case WENT_DIFFERENTLY -> "due-soon";
                    case GOT_STUCK -> "due-overdue";
                };
        return new ShownCase(
                title,
                text("studio.rehearse.verdict." + row.verdict().name()),
                badge,
                explanation,
                text("studio.rehearse.progress", row.stepsReplayed(), row.stepsRecorded()),
                row.detail());
    }

    @GetMapping("/studio/{key}/diff")
    String diff(
            @PathVariable String key,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            List<ProcessStudio.Version> versions = studio.versions(key);
            if (versions.size() < 2) {
                return "redirect:/studio/" + key;
            }
            return "redirect:/studio/" + key + "/diff?from=" + versions.get(1).version() + "&to="
                    + versions.get(0).version();
        }
        List<ProcessStudio.Version> pair = studio.pair(key, from, to);
        VersionDiff.Changes changes = studio.diff(pair.get(0), pair.get(1));
        model.addAttribute("key", key);
        model.addAttribute("from", pair.get(0));
        model.addAttribute("to", pair.get(1));
        model.addAttribute("added", names(changes.added()));
        model.addAttribute("removed", names(changes.removed()));
        model.addAttribute("changed", names(changes.changed()));
        model.addAttribute("addedIds", String.join(",", changes.added().keySet()));
        model.addAttribute("removedIds", String.join(",", changes.removed().keySet()));
        model.addAttribute("changedIds", String.join(",", changes.changed().keySet()));
        return "studio-diff";
    }

    @GetMapping("/studio/{key}/migrate")
    String migration(
            @PathVariable String key,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String businessKey,
            @RequestParam(required = false) String activityId,
            Model model) {
        List<ProcessStudio.Version> versions = studio.versions(key);
        String target =
                to == null || to.isBlank() ? String.valueOf(versions.get(0).version()) : to;
        String source = from;
        if (source == null || source.isBlank()) {
            source = versions.stream()
                    .filter(v -> v.version() != Integer.parseInt(target) && v.runningInstances() > 0)
                    .map(v -> String.valueOf(v.version()))
                    .findFirst()
                    .orElse(null);
        }
        model.addAttribute("key", key);
        model.addAttribute("versions", versions);
        model.addAttribute("from", source);
        model.addAttribute("to", target);
        model.addAttribute("businessKey", businessKey);
        model.addAttribute("activityId", activityId);
        if (source != null) {
            InstanceMigrations.Plan plan =
                    studio.plan(key, source, target, new InstanceMigrations.Selection(businessKey, activityId));
            model.addAttribute("plan", plan);
            model.addAttribute("planFindings", shown(plan.findings()));
            model.addAttribute("unmapped", names(plan.unmapped()));
            model.addAttribute("activityNames", names(plan.mapped()));
        }
        return "studio-migrate";
    }

    @PostMapping("/studio/{key}/migrate")
    String migrate(
            @PathVariable String key,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(required = false) String businessKey,
            @RequestParam(required = false) String activityId,
            Model model) {
        try {
            InstanceMigrations.BatchStarted started =
                    studio.migrateInBatch(key, from, to, new InstanceMigrations.Selection(businessKey, activityId));
            String batchId = batches.start(key, started, studio.definitionId(key, to), currentUser.get());
            return "redirect:/studio/" + key + "/migrations/" + batchId;
        } catch (StudioRefusal e) {
            model.addAttribute("refused", shown(e.findings()));
        }
        model.addAttribute("key", key);
        return "studio-migrated";
    }

    /** A migration batch's progress and each case's outcome; the page reloads itself until the batch is over. */
    @GetMapping("/studio/{key}/migrations/{batchId}")
    String batch(@PathVariable String key, @PathVariable String batchId, Model model) {
        studio.versions(key);
        model.addAttribute("key", key);
        model.addAttribute("report", batches.report(key, batchId));
        return "studio-batch";
    }

    private List<ShownFinding> shown(List<Finding> findings) {
        List<ShownFinding> shown = new ArrayList<>();
        for (Finding f : findings) {
            String element = f.elementName() == null || f.elementName().isBlank()
                    ? text("studio.finding.unnamed")
                    : inOneLanguage(f.elementName());
            String text = messages.getMessage(
                    "studio.finding." + f.rule(),
                    new Object[] {element, f.message(), subject(f)},
                    text("studio.finding.other", element, f.message()),
                    LocaleContextHolder.getLocale());
            shown.add(new ShownFinding(f.elementId(), f.elementId() == null ? "" : element, text));
        }
        return shown;
    }

    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("process variable (\\S+),");

    /** What a finding is about beyond its element: the variable a task needs, for the registry's rule. */
    private static String subject(Finding f) {
        java.util.regex.Matcher m = VARIABLE.matcher(f.message() == null ? "" : f.message());
        return m.find() ? m.group(1) : f.message();
    }

    /** Element names are written "中文 / English"; the reader sees the one of their language. */
    private String inOneLanguage(String name) {
        String[] parts = name.split(" / ");
        return parts.length == 2 ? parts[format.english() ? 1 : 0].strip() : name.strip();
    }

    private Map<String, String> names(Map<String, String> byId) {
        Map<String, String> out = new LinkedHashMap<>();
        byId.forEach((id, name) ->
                out.put(id, name == null || name.isBlank() ? text("studio.finding.unnamed") : inOneLanguage(name)));
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
