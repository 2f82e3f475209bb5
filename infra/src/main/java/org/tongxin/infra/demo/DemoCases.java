package org.tongxin.infra.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.attachment.AttachmentPurpose;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.attachment.ItemRef;
import org.tongxin.engine.bulletin.BulletinId;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.consultation.CreateTopic;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicOrigin;
import org.tongxin.engine.proposal.DraftProposal;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.proposal.RecordKeyProposalMeeting;
import org.tongxin.engine.proposal.SubmitProposal;
import org.tongxin.engine.report.RecordLeaderInstruction;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.supervision.AppointSpecialSupervisor;
import org.tongxin.engine.supervision.FindingRoute;
import org.tongxin.engine.supervision.RecordSupervisorFinding;
import org.tongxin.engine.supervision.RegisterSupervisionEntry;
import org.tongxin.engine.supervision.SpecialSupervisorId;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisionType;
import org.tongxin.infra.attachments.Attachments;
import org.tongxin.infra.citizens.ClueIntake;
import org.tongxin.infra.citizens.ClueSubmission;
import org.tongxin.infra.directory.Workstations;
import org.tongxin.infra.persistence.NoDatasourceUrl;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.report.OpinionReports;
import org.tongxin.processes.task.TaskFilter;
import org.tongxin.processes.task.TaskView;
import org.tongxin.processes.task.UserTasks;

/**
 * A few cases at different steps, so a first look at the embedded default finds work in every inbox: a clue to
 * classify, one to adopt, one merged into another, a key proposal assigned to both demo departments (supervised by
 * the demo leader, with a 督办 meeting), a leader's instruction on a member's report transferred to the transport
 * department, public-opinion reports in each state and a published bulletin issue, a consultation in progress and a
 * supervision entry under rectification. Created through
 * the same intake and task completions officers use, only into an empty event store, only on the embedded default.
 */
@Component
@Order(2)
@Conditional(NoDatasourceUrl.class)
@ConditionalOnProperty(name = "tongxin.demo.cases", havingValue = "true", matchIfMissing = true)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final JdbcClient jdbc;
    private final ClueIntake intake;
    private final UserTasks tasks;
    private final UserAccounts accounts;
    private final CommandGateway commands;
    private final OpinionReports reports;
    private final Clock clock;
    private final Attachments attachments;

    DemoCases(
            JdbcClient jdbc,
            ClueIntake intake,
            UserTasks tasks,
            UserAccounts accounts,
            CommandGateway commands,
            OpinionReports reports,
            Clock clock,
            Attachments attachments) {
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.reports = reports;
        this.clock = clock;
        this.commands = commands;
        this.intake = intake;
        this.tasks = tasks;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long events = jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        if (events > 0) {
            return;
        }
        String toClassify = clueWithPhoto("人行道被共享单车占用", "龙城街道爱联地铁站A出口人行道长期被共享单车占满，轮椅和婴儿车无法通行。", "龙城街道");
        String toAdopt = clue("老旧小区加装电梯推进慢", "吉祥社区多栋老旧住宅加装电梯意愿强烈，但审批和费用分摊协调难，进展缓慢。", "龙岗街道");
        complete("staff", toAdopt, "Task_ClassifyClue", Map.of("category", "城市建设", "route", "PUBLISH_FOR_ADOPTION"));
        String duplicate = clue("地铁口单车挡路", "爱联站出口单车太多，行人只能走机动车道。", "龙城街道");
        complete(
                "staff",
                duplicate,
                "Task_ClassifyClue",
                Map.of("category", "交通出行", "route", "MERGE", "mergeInto", toClassify));
        String school = clue("学校周边上下学交通拥堵", "龙城小学放学时段校门口道路拥堵，家长车辆乱停，存在安全隐患。", "龙城街道");
        complete("staff", school, "Task_ClassifyClue", Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"));
        complete("member", school, "Task_AdoptClue", Map.of());
        complete(
                "member",
                school,
                "Task_DraftProposal",
                Map.of(
                        "title", "关于缓解学校周边上下学交通拥堵的提案",
                        "content", "建议设置错峰放学、临时接送车位和护学岗，交通、教育部门联合治理。"));
        String proposal = proposalAt("staff", "Task_ReviewFiling");
        complete("staff", proposal, "Task_ReviewFiling", Map.of("decision", "FILE", "category", "交通出行"));
        complete(
                "staff",
                proposal,
                "Task_AssignDepartments",
                Map.of("mode", "SEPARATE", "separate", "transport, education", "supervisingLeader", "leader"));
        meeting(proposal);
        replyLetter(proposal);
        instruction();
        consultations();
        supervision();
        memberRecords();
        log.info("Created demo cases: clues to classify and adopt, a merged clue, a key proposal with two departments"
                + " and a 督办 meeting, a leader's instruction transferred to a department, a consultation in progress,"
                + " a supervision entry under rectification");
    }

    /** The supervising leader's first 督办 meeting on the demo's key proposal, held on the day it was assigned. */
    private void meeting(String proposal) {
        commands.sendAndWait(new RecordKeyProposalMeeting(
                new ProposalId(proposal),
                LocalDate.now(clock),
                "区政协副主席陈志远，提案委，区交通运输局、区教育局分管负责同志",
                List.of(new DepartmentCode("transport"), new DepartmentCode("education")),
                "交通运输局牵头制定学校周边交通组织方案，教育局落实错峰放学，一个月内报送进展。",
                accounts.loadUserByUsername("leader").actor()));
    }

    /**
     * Public-opinion reports in every state: one adopted and instructed (transferred to transport), one adopted after
     * the editor's changes, both in a published bulletin issue; one awaiting review, one returned to its author, one
     * not adopted, one draft; and a clue routed to a report that the office has still to write up.
     */
    private void instruction() {
        ActorRef member = accounts.loadUserByUsername("member").actor();
        ActorRef member2 = accounts.loadUserByUsername("member2").actor();
        ActorRef staff = accounts.loadUserByUsername("staff").actor();
        ReportId instructed = reports.draft(
                Map.of(
                        "title", "关于地铁出口共享单车乱停放影响通行的情况反映",
                        "content", "爱联、龙城广场等地铁站出口早晚高峰共享单车大量堆放，占用盲道和人行道，群众反映强烈。" + "建议划定停放区、加强企业调度和街道巡查。",
                        "sector", "经济界"),
                member);
        complete("staff", instructed.value(), "Task_ReviewReport", Map.of("decision", "ADOPT", "level", "DISTRICT"));
        ReportId edited = reports.draft(
                Map.of(
                        "title", "关于学校周边早晚高峰交通拥堵的情况反映",
                        "content", "龙城小学、爱联小学门口早晚高峰接送车辆占道停放，学生过马路存在安全隐患，家长多次反映。" + "建议设置即停即走区，增派交警和志愿者疏导，错峰放学。",
                        "coAuthors", "member2",
                        "sector", "经济界"),
                member);
        complete(
                "staff",
                edited.value(),
                "Task_ReviewReport",
                Map.of(
                        "decision", "ADOPT",
                        "level", "CITY",
                        "editedContent", "龙城小学、爱联小学门口早晚高峰接送车辆占道停放，学生过马路存在安全隐患。" + "建议设置即停即走区，增派交警和志愿者疏导，错峰放学。"));
        BulletinId issue = reports.compile(
                LocalDate.now(clock).getYear(),
                1,
                Map.of("reports", instructed.value() + "," + edited.value(), "editorNote", "本期关注交通出行中的群众“急难愁盼”。"),
                staff);
        reports.publish(issue, Map.of("leaders", "leader", "departments", "transport, education"), staff);
        commands.sendAndWait(new RecordLeaderInstruction(
                instructed,
                "区委副书记 王明",
                ReportLevel.DISTRICT,
                LocalDate.now(clock),
                "请区交通运输局牵头研究解决，并将落实情况报区政协。",
                List.of(new DepartmentCode("transport")),
                staff));

        reports.draft(
                Map.of(
                        "title", "关于老旧小区加装电梯审批流程的建议",
                        "content", "部分老旧小区加装电梯需征得全体业主同意，审批环节多、周期长。建议简化审批，推广“一梯一策”协商。",
                        "sector", "教育界"),
                member2);
        ReportId returned =
                reports.draft(Map.of("title", "关于夜市噪音扰民的情况反映", "content", "某夜市夜间噪音大，影响周边居民休息。建议加强管理。"), member);
        complete(
                "staff",
                returned.value(),
                "Task_ReviewReport",
                Map.of("decision", "RETURN", "reason", "请写明夜市的具体位置、经营时段和已向哪些部门反映过。"));
        ReportId declined = reports.draft(Map.of("title", "关于共享单车停放的建议", "content", "地铁站出口共享单车乱停放，建议加强管理。"), member2);
        complete(
                "staff",
                declined.value(),
                "Task_ReviewReport",
                Map.of("decision", "DECLINE", "ground", "ALREADY_REPORTED", "reason", "已有同类信息被采用。"));
        reports.draft(
                Map.of(
                        "title", "关于社区养老服务站运营的思考",
                        "content", "社区养老服务站建成后使用率不高，建议引入专业机构运营。",
                        "action", "SAVE"),
                member);
        String routed = clue("菜市场周边占道经营", "横岗街道某菜市场周边早市占道经营，车辆和行人通行困难。", "横岗街道");
        complete("staff", routed, "Task_ClassifyClue", Map.of("category", "城市管理", "route", "PUBLIC_OPINION_REPORT"));
    }

    /**
     * A clue routed to a consultation topic becomes a neighbourhood topic, approved, prepared and discussed; its
     * suggestions are with the transport and education departments. An online topic takes the public's opinions.
     */
    private void consultations() {
        String market = clue("海吉星市场门口过马路危险", "市场门口车流大，老人买菜过马路要绕行800米，早晚高峰险象环生。", "布吉街道");
        complete(
                "staff",
                market,
                "Task_ClassifyClue",
                Map.of("category", "交通出行", "route", "CONSULTATION_TOPIC", "street", "布吉街道"));
        ActorRef staff = accounts.loadUserByUsername("staff").actor();
        TopicId topic = TopicId.random();
        commands.sendAndWait(new CreateTopic(
                topic,
                "海吉星市场周边行人过街难",
                "市场周边早晚高峰拥堵，行人过街需绕行，群众多次反映。",
                TopicKind.NEIGHBOURHOOD,
                TopicOrigin.CLUES,
                "龙岗区",
                "布吉街道",
                "布吉街道委员工作室",
                List.of("member"),
                List.of(new DepartmentCode("transport"), new DepartmentCode("education")),
                List.of(market),
                staff));
        String id = topic.value();
        complete("leader", id, "Task_ApproveTopic", Map.of("decision", "APPROVE", "note", "请尽快组织调研。"));
        complete(
                "member",
                id,
                "Task_PrepareTopic",
                Map.of(
                        "preparation", "MORE",
                        "visitedOn", LocalDate.now(clock).minusDays(10).toString(),
                        "place", "海吉星市场",
                        "peopleMet", "商户代表、周边居民",
                        "findings", "市场门口无人行过街设施，行人需绕行约800米。"));
        complete(
                "member",
                id,
                "Task_PrepareTopic",
                Map.of(
                        "preparation", "DONE",
                        "report", "调研发现过街需求集中在早晚高峰，建议建设人行天桥并优化信号灯。",
                        "draftSuggestions", "一、建设人行天桥；二、路口增设信号灯；三、加强交通安全宣传。"));
        complete(
                "staff",
                id,
                "Task_ScheduleMeeting",
                Map.of(
                        "meetingOn", LocalDate.now(clock).toString(),
                        "place", "布吉街道办事处三楼会议室",
                        "members", "member, member2",
                        "departments", "transport, education",
                        "residentCount", 12L));
        complete(
                "staff",
                id,
                "Task_RecordMeeting",
                Map.of(
                        "heldOn", LocalDate.now(clock).toString(),
                        "members", "member, member2",
                        "departments", "transport, education",
                        "residentCount", 12L,
                        "residentNames", "李阿姨、张师傅",
                        "minutes", "与会各方同意建设人行天桥，路口增设信号灯，学校开展交通安全教育。"));
        complete(
                "staff",
                id,
                "Task_ItemizeSuggestions",
                Map.of("text", "在市场门口建设人行天桥", "departments", "transport", "next", "ANOTHER"));
        complete(
                "staff",
                id,
                "Task_ItemizeSuggestions",
                Map.of("text", "周边学校开展交通安全教育", "departments", "transport, education", "next", "TRANSFER"));

        TopicId online = TopicId.random();
        commands.sendAndWait(new CreateTopic(
                online,
                "老旧小区停车难怎么办",
                "老旧小区车位严重不足，夜间占道停车影响消防通道。",
                TopicKind.ONLINE,
                TopicOrigin.PARTY_COMMITTEE,
                "龙岗区",
                "龙城街道",
                null,
                List.of("member2"),
                List.of(new DepartmentCode("transport")),
                List.of(),
                staff));
        complete("leader", online.value(), "Task_ApproveTopic", Map.of("decision", "APPROVE"));
        complete(
                "member2",
                online.value(),
                "Task_PrepareTopic",
                Map.of("preparation", "DONE", "report", "辖区12个老旧小区共缺车位约3000个。"));
        complete(
                "staff",
                online.value(),
                "Task_ScheduleMeeting",
                Map.of(
                        "meetingOn", LocalDate.now(clock).plusDays(21).toString(),
                        "place", "龙城街道办事处",
                        "onlineClosesOn", LocalDate.now(clock).plusDays(14).toString()));
    }

    /**
     * A supervision entry under way: filed by the office, its joint team formed, an inspection whose finding went to
     * transport for rectification; and a special supervisor of education with a finding filed in the pool.
     */
    private void supervision() {
        ActorRef staff = accounts.loadUserByUsername("staff").actor();
        SupervisionId entry = SupervisionId.random();
        commands.sendAndWait(new RegisterSupervisionEntry(
                entry,
                "地铁站周边共享单车停放秩序整治",
                "群众多次反映地铁站出口共享单车占用盲道和人行道，列入年度民主监督计划，与区政府督查室联合督查。",
                SupervisionType.INSPECTION,
                LocalDate.now(clock).getYear(),
                List.of(new DepartmentCode("transport")),
                List.of(),
                null,
                staff));
        complete(
                "staff",
                entry.value(),
                "Task_FormTeam",
                Map.of("members", "member, member2", "governmentInspectionOffice", true));
        complete(
                "staff",
                entry.value(),
                "Task_RecordActivity",
                Map.of(
                        "kind", "INSPECTION",
                        "heldOn", LocalDate.now(clock).toString(),
                        "places", "爱联地铁站、龙城广场地铁站",
                        "participants", "政协委员2名、提案委工作人员、区政府督查室",
                        "department", "transport",
                        "finding", "龙城广场站B出口盲道仍被共享单车占用，停放区标线不清。",
                        "rectify", true,
                        "moreActivities", false));
        SpecialSupervisorId supervisor = new SpecialSupervisorId("member2");
        commands.sendAndWait(new AppointSpecialSupervisor(
                supervisor,
                new DepartmentCode("education"),
                LocalDate.now(clock).withDayOfYear(1),
                LocalDate.now(clock).withDayOfYear(1).plusYears(3).minusDays(1),
                staff));
        commands.sendAndWait(new RecordSupervisorFinding(
                supervisor,
                new DepartmentCode("education"),
                "校外培训机构消防通道堵塞",
                "龙城街道两处校外培训机构消防通道堆放杂物，建议教育部门会同消防部门检查。",
                LocalDate.now(clock),
                FindingRoute.POOL,
                accounts.loadUserByUsername("member2").actor()));
    }

    /**
     * So the demo members' records show more than what the cases above give them: a clue member raised from their
     * research at their workstation, taken up by member2, and member2's joint proposal that member co-signed.
     */
    private void memberRecords() {
        ActorRef member = accounts.loadUserByUsername("member").actor();
        ActorRef member2 = accounts.loadUserByUsername("member2").actor();
        ClueId raised = ClueId.random();
        String code = "TX-M" + raised.value().replace("-", "").substring(0, 7).toUpperCase();
        jdbc.sql("INSERT INTO tracking_code (code, clue_id) VALUES (:code, :clue)")
                .param("code", code)
                .param("clue", raised.value())
                .update();
        commands.sendAndWait(new RegisterClue(
                raised,
                code,
                "社区养老服务站覆盖不足",
                "走访龙城街道五个社区发现，老年人助餐点和日间照料站覆盖不足，部分老人就餐需步行两公里以上。",
                ClueSource.MEMBER_RESEARCH,
                new Location("龙岗区", "龙城街道"),
                new Attribution("member", "LG-LONGCHENG", "经济界"),
                Submitter.anonymous(),
                member));
        complete(
                "staff",
                raised.value(),
                "Task_ClassifyClue",
                Map.of("category", "社会保障", "route", "PUBLISH_FOR_ADOPTION"));
        complete("member2", raised.value(), "Task_AdoptClue", Map.of());
        ProposalId joint = ProposalId.random();
        commands.sendAndWait(new DraftProposal(
                joint,
                "关于加快社区助餐点建设的提案",
                "建议按十五分钟生活圈布局社区助餐点，财政对运营给予补贴，鼓励物业和餐饮企业参与。",
                ProposerKind.JOINT,
                "member2",
                List.of("member"),
                null,
                List.of(),
                member2));
        commands.sendAndWait(new SubmitProposal(joint, member2));
        complete("member", joint.value(), "Task_ConfirmCoSignature", Map.of("decision", "CONFIRM"));
    }

    /**
     * The 龙城 workstation as its poster names it; the registry's demo, which runs next (it writes events of its own,
     * and these cases go only into an empty event store), registers it under this code.
     */
    private static final Workstations.Workstation LONGCHENG =
            new Workstations.Workstation("LG-LONGCHENG", "龙城街道委员工作站", null);

    /** A citizen's idea sent through the 龙城 workstation's poster, with a photo from their phone. */
    private String clueWithPhoto(String title, String content, String street) {
        return intake.register(
                        new ClueSubmission(title, content, ClueSource.CITIZEN_IDEA, "龙岗区", street, null),
                        ActorRef.citizen(),
                        LONGCHENG,
                        attachments.inspectPhotos(
                                "photos", List.of(new Attachments.Upload("IMG_0412.jpg", DemoFiles.pavementPhoto()))))
                .id();
    }

    /** The transport bureau files its sealed reply letter with its handling of the key proposal. */
    private void replyLetter(String proposal) {
        String handling = proposal + "/transport/1";
        attachments.add(
                new ItemRef(ItemKind.HANDLING, handling),
                AttachmentPurpose.REPLY_LETTER,
                attachments
                        .inspect(
                                "files",
                                List.of(new Attachments.Upload(
                                        "交通运输局答复函.pdf", DemoFiles.replyLetter("交通运输局", "关于缓解学校周边上下学交通拥堵的提案"))))
                        .get(0),
                accounts.loadUserByUsername("dept-transport").actor());
    }

    private String clue(String title, String content, String street) {
        return intake.register(
                        new ClueSubmission(title, content, ClueSource.CITIZEN_IDEA, "龙岗区", street, null),
                        ActorRef.citizen())
                .id();
    }

    private void complete(String user, String businessKey, String taskKey, Map<String, Object> form) {
        TaskView task = open(user, new TaskFilter(TaskFilter.Scope.ALL, null, false, null, businessKey)).stream()
                .filter(t -> t.key().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + taskKey + " for " + businessKey));
        tasks.complete(task.id(), form, accounts.loadUserByUsername(user).taskActor());
    }

    private String proposalAt(String user, String taskKey) {
        return open(user, new TaskFilter(TaskFilter.Scope.ALL, null, false, "proposal-lifecycle", null)).stream()
                .filter(t -> t.key().equals(taskKey))
                .findFirst()
                .orElseThrow()
                .businessKey();
    }

    private List<TaskView> open(String user, TaskFilter filter) {
        return tasks.list(accounts.loadUserByUsername(user).taskActor(), filter, 0, 200);
    }
}
