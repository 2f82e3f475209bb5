package org.tongxin.infra.consultations;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.tongxin.engine.consultation.AskDepartmentAgain;
import org.tongxin.engine.consultation.CreateTopic;
import org.tongxin.engine.consultation.LiftOpinion;
import org.tongxin.engine.consultation.ModerateOpinion;
import org.tongxin.engine.consultation.SubmitOpinion;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicLimits;
import org.tongxin.engine.consultation.TopicOrigin;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.personaldata.PersonalDataReads;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.ResearchReference;
import org.tongxin.infra.web.Conflicts;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.ReadModelWait;
import org.tongxin.processes.task.Choice;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.FormValues;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.References;
import org.tongxin.projections.consultation.FindTopic;
import org.tongxin.projections.consultation.ListTopics;
import org.tongxin.projections.consultation.OpinionView;
import org.tongxin.projections.consultation.TopicPage;
import org.tongxin.projections.consultation.TopicView;

/**
 * What the consultation pages and API do: read topics (opinions' names and phones for the office only), create a
 * topic, moderate and lift opinions, ask a department again, and take a public opinion. Departments, members and
 * clues are named as people name them and resolved here, every unknown one refused by field.
 */
@Service
class Consultations {

    /** Who reads the names and phones of the public's opinions, like a clue's submitter. */
    static final Set<Role> PERSONAL_DATA_READERS = Set.of(Role.STAFF, Role.ADMIN);

    static final FormDefinition CREATE_FORM = FormDefinition.of(
            FormField.text("title", new Label("议题名称", "Title"), true, TopicLimits.TITLE_MAX),
            FormField.textarea("background", new Label("议题背景", "Background"), true, TopicLimits.TEXT_MAX),
            FormField.choice("kind", new Label("协商形式", "Kind"), true, Choice.of(TopicKind.values())),
            FormField.choice("origin", new Label("议题来源", "Origin"), true, Choice.of(TopicOrigin.values())),
            FormField.reference("clues", FieldType.CLUE, new Label("来源线索", "Source clues"), false)
                    .multiple(2000)
                    .requiredWhen("origin", TopicOrigin.CLUES.name()),
            FormField.text("district", new Label("区", "District"), false, TopicLimits.SHORT_MAX),
            FormField.text("street", new Label("街道", "Street"), false, TopicLimits.SHORT_MAX),
            FormField.text("workstation", new Label("委员工作室", "Workstation"), false, TopicLimits.SHORT_MAX),
            FormField.reference("leadMembers", FieldType.MEMBER, new Label("牵头委员", "Lead members"), false)
                    .multiple(2000),
            FormField.reference("departments", FieldType.DEPARTMENT, new Label("邀请部门", "Departments invited"), false)
                    .multiple(2000));

    private static final java.time.Duration READ_MODEL_WAIT = java.time.Duration.ofSeconds(5);

    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final References references;
    private final Conflicts conflicts;

    private final ResearchReference research;
    private final OpinionGiverErasure erasure;
    private final PersonalDataReads reads;

    Consultations(
            QueryGateway queries,
            CommandGateway commands,
            References references,
            Conflicts conflicts,
            ResearchReference research,
            OpinionGiverErasure erasure,
            PersonalDataReads reads) {
        this.reads = reads;
        this.research = research;
        this.erasure = erasure;
        this.queries = queries;
        this.commands = commands;
        this.references = references;
        this.conflicts = conflicts;
    }

    Optional<TopicView> find(String id, TongxinUser reader) {
        return findRaw(id).map(v -> forReader(v, reader));
    }

    /** The version of the topic's view as it stands; -1 while there is none. */
    long viewVersion(String id) {
        return findRaw(id).map(TopicView::version).orElse(-1L);
    }

    /**
     * The person who has just acted on a topic is sent back to its page: waits (briefly) until its view has folded in
     * something after {@code before}, so the page shows what they did.
     */
    void awaitViewAfter(String id, long before) {
        ReadModelWait.until(() -> viewVersion(id) > before, READ_MODEL_WAIT);
    }

    private Optional<TopicView> findRaw(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        return queries.query(new FindTopic(id), ResponseTypes.optionalInstanceOf(TopicView.class))
                .join();
    }

    TopicPage list(ListTopics query, TongxinUser reader) {
        TopicPage page =
                queries.query(query, ResponseTypes.instanceOf(TopicPage.class)).join();
        return new TopicPage(
                page.items().stream().map(v -> forReader(v, reader)).toList(), page.total(), page.page(), page.size());
    }

    /**
     * Logs a read of the opinion givers' names and phones in {@code shown} (a topic as {@link #forReader} gave it to
     * {@code reader}), like a read of a clue's submitter: one row per opinion whose giver was shown.
     */
    void logGiverReads(List<TopicView> shown, TongxinUser reader, PersonalDataReads.Purpose purpose) {
        if (reader == null || !PERSONAL_DATA_READERS.contains(reader.role())) {
            return;
        }
        for (TopicView topic : shown) {
            if (topic.opinions() == null) {
                continue;
            }
            List<Integer> givers = topic.opinions().stream()
                    .filter(o -> o.name() != null || o.phone() != null)
                    .map(OpinionView::number)
                    .toList();
            if (!givers.isEmpty()) {
                reads.recordOpinionGivers(
                        reader.actor().userId(), reader.role().name(), topic.topicId(), givers, purpose);
            }
        }
    }

    /** The topic as {@code reader} may see it: without the opinions' personal data unless they handle it. */
    static TopicView forReader(TopicView view, TongxinUser reader) {
        if (reader != null && PERSONAL_DATA_READERS.contains(reader.role())) {
            return view;
        }
        return new TopicView(
                view.topicId(),
                view.title(),
                view.background(),
                view.kind(),
                view.origin(),
                view.district(),
                view.street(),
                view.workstation(),
                view.leadMembers(),
                view.invitedDepartments(),
                view.sourceClues(),
                view.status(),
                view.createdBy(),
                view.createdAt(),
                view.approvedBy(),
                view.approvalNote(),
                view.refusalReason(),
                view.visits(),
                view.report(),
                view.draftSuggestions(),
                view.meetingOn(),
                view.place(),
                view.invited(),
                view.onlineClosesAt(),
                view.onlineOpen(),
                view.heldOn(),
                view.attended(),
                view.minutes(),
                view.opinions() == null
                        ? List.of()
                        : view.opinions().stream()
                                .map(OpinionView::withoutPersonalData)
                                .toList(),
                view.suggestions(),
                view.transferredOn(),
                view.followUpClosedAt(),
                view.allAnswered(),
                view.followUpReason(),
                view.resultSummary(),
                view.resultAt(),
                view.submittedAsReport(),
                view.answers(),
                view.adopted(),
                view.timeline(),
                view.version());
    }

    /** Creates a topic from a form body; returns its id. */
    TopicId create(Map<String, ?> body, TongxinUser me) {
        Map<String, Object> fields = new HashMap<>(body);
        Optional<Long> researchTopic = research.check(me, fields.remove(ResearchReference.FIELD));
        FormValues v = CREATE_FORM.validate(fields, references);
        TopicId id = TopicId.random();
        TopicOrigin origin = v.choice("origin", TopicOrigin.class);
        conflicts.retrying(() -> commands.sendAndWait(new CreateTopic(
                id,
                v.text("title"),
                v.text("background"),
                v.choice("kind", TopicKind.class),
                origin,
                v.text("district"),
                v.text("street"),
                v.text("workstation"),
                v.list("leadMembers"),
                departments(v.list("departments")),
                origin == TopicOrigin.CLUES ? v.list("clues") : List.of(),
                me.actor())));
        research.cite(researchTopic, "CONSULTATION", id.value());
        awaitReadModel(id.value());
        return id;
    }

    /**
     * The read model follows the event store asynchronously; the creator is sent to the topic's page next, so wait
     * (briefly) until it is there rather than show them a page that does not exist yet.
     */
    private void awaitReadModel(String id) {
        ReadModelWait.until(() -> findRaw(id).isPresent(), READ_MODEL_WAIT);
    }

    void moderate(String topic, int opinion, boolean publish, String reason, TongxinUser me) {
        send(topic, new ModerateOpinion(new TopicId(require(topic)), opinion, publish, reason, me.actor()));
    }

    /** Erases an opinion giver's name and phone with the reason; a missing or too long reason is refused by field. */
    void eraseGiver(String topic, int opinion, String reason, TongxinUser me) {
        if (reason == null || reason.isBlank()) {
            throw new FormRejected(List.of(new FieldError("reason", "is required")));
        }
        if (reason.strip().length() > TopicLimits.ERASURE_REASON_MAX) {
            throw new FormRejected(List.of(
                    new FieldError("reason", "must be at most " + TopicLimits.ERASURE_REASON_MAX + " characters")));
        }
        erasure.erase(require(topic), opinion, reason, me.actor());
    }

    void lift(String topic, int opinion, String text, String departments, TongxinUser me) {
        List<FieldError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("text", "is required"));
        } else if (text.strip().length() > TopicLimits.SUGGESTION_MAX) {
            errors.add(new FieldError("text", "must be at most " + TopicLimits.SUGGESTION_MAX + " characters"));
        }
        List<DepartmentCode> resolved = resolveDepartments(departments, errors);
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        send(topic, new LiftOpinion(new TopicId(require(topic)), opinion, text, resolved, me.actor()));
    }

    void askAgain(String topic, String handling, String note, TongxinUser me) {
        List<FieldError> errors = new ArrayList<>();
        if (handling == null || !HandlingId.isHandlingId(handling) || handling.length() > 160) {
            errors.add(new FieldError("handling", "is required"));
        }
        if (note == null || note.isBlank()) {
            errors.add(new FieldError("note", "is required"));
        } else if (note.strip().length() > TopicLimits.TEXT_MAX) {
            errors.add(new FieldError("note", "must be at most " + TopicLimits.TEXT_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        send(topic, new AskDepartmentAgain(new TopicId(require(topic)), new HandlingId(handling), note, me.actor()));
    }

    /** Takes a public opinion; returns the tracking code the person keeps. */
    String submitOpinion(String topic, OpinionSubmission submission) {
        String code = trackingCode();
        boolean contact = !isBlank(submission.name()) || !isBlank(submission.phone());
        send(
                topic,
                new SubmitOpinion(
                        new TopicId(require(topic)),
                        code,
                        submission.text(),
                        submission.name(),
                        submission.phone(),
                        contact && Boolean.TRUE.equals(submission.consent()),
                        ActorRef.citizen()));
        return code;
    }

    private void send(String topic, Object command) {
        try {
            conflicts.retrying(() -> commands.sendAndWait(command));
        } catch (AggregateNotFoundException e) {
            throw new NotFound("consultation topic " + topic);
        }
    }

    private String require(String topic) {
        if (findRaw(topic).isEmpty()) {
            throw new NotFound("consultation topic " + topic);
        }
        return topic;
    }

    private List<DepartmentCode> resolveDepartments(String entered, List<FieldError> errors) {
        if (entered == null || entered.isBlank()) {
            errors.add(new FieldError("departments", "is required"));
            return List.of();
        }
        List<DepartmentCode> codes = new ArrayList<>();
        for (String one : Arrays.stream(entered.split("\\s*[,，、;；]\\s*"))
                .filter(s -> !s.isBlank())
                .toList()) {
            Optional<String> code =
                    one.length() > 100 ? Optional.empty() : references.resolve(FieldType.DEPARTMENT, one.strip());
            if (code.isEmpty()) {
                errors.add(new FieldError("departments", "unknown department: " + one.strip()));
                return List.of();
            }
            codes.add(new DepartmentCode(code.get()));
        }
        return codes;
    }

    private static List<DepartmentCode> departments(List<String> codes) {
        return codes.stream().map(DepartmentCode::new).toList();
    }

    private static String trackingCode() {
        StringBuilder code = new StringBuilder("YJ-");
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
