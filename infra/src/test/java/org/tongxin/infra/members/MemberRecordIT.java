package org.tongxin.infra.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.engine.clue.AdoptClue;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClassifyClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.consultation.ApproveTopic;
import org.tongxin.engine.consultation.CreateTopic;
import org.tongxin.engine.consultation.Participants;
import org.tongxin.engine.consultation.RecordMeeting;
import org.tongxin.engine.consultation.ScheduleMeeting;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicOrigin;
import org.tongxin.engine.proposal.ConfirmCoSignature;
import org.tongxin.engine.proposal.DraftProposal;
import org.tongxin.engine.proposal.FileProposal;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.proposal.SubmitProposal;
import org.tongxin.engine.registry.DutyShift;
import org.tongxin.engine.registry.ResearchTopic;
import org.tongxin.engine.registry.Station;
import org.tongxin.engine.registry.StationCode;
import org.tongxin.engine.registry.StationKind;
import org.tongxin.engine.registry.VisitCounts;
import org.tongxin.engine.report.AdoptOpinionReport;
import org.tongxin.engine.report.DraftOpinionReport;
import org.tongxin.engine.report.RecordLeaderInstruction;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.report.SubmitOpinionReport;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.supervision.ActivityKind;
import org.tongxin.engine.supervision.FormSupervisionTeam;
import org.tongxin.engine.supervision.RecordInspection;
import org.tongxin.engine.supervision.RegisterSupervisionEntry;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisionType;
import org.tongxin.infra.registry.ResearchTopics;
import org.tongxin.infra.registry.Roster;
import org.tongxin.infra.registry.Stations;
import org.tongxin.infra.registry.Visits;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.projections.activity.MemberActivityProjection;
import org.tongxin.projections.ops.ProjectionOperations;
import org.tongxin.projections.ops.Reconciliation;
import org.tongxin.projections.ops.ReconciliationReport;

/**
 * A member's year on a real PostgreSQL: a clue they raised taken up by another member, a proposal they lead (filed)
 * and one they co-signed, a report adopted at city level with a provincial leader's instruction, a consultation
 * meeting attended and a supervision team's inspection — each sent as the command the pages send, then read back
 * through {@code GET /api/members/{id}/record} with its headings, items and score, and again after a replay. The
 * member's sector and home workstation are those the registry keeps on their account; the receptions they logged
 * there (on a duty shift and without one) and a research topic they took part in come from the registry too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MemberRecordIT {

    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final ActorRef MEMBER2 = ActorRef.of("member2", Role.MEMBER);
    private static final ActorRef LEADER = ActorRef.of("leader", Role.LEADER);
    private static final DepartmentCode TRANSPORT = new DepartmentCode("transport");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionOperations operations;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Stations stations;

    @Autowired
    Roster roster;

    @Autowired
    Visits visits;

    @Autowired
    ResearchTopics research;

    @Test
    void everyKindOfActivityIsInTheYearsRecordWithItsScore() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        // a member of their own, so what other tests do with the demo members does not change this score
        String member = "m-" + suffix;
        ActorRef me = ActorRef.of(member, Role.MEMBER);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        // their account in the registry: a sector and a home workstation
        accounts.createIfAbsent(member, passwords.encode("demo"), "档案委员" + suffix, Role.MEMBER, null);
        String station = "REC-" + suffix.toUpperCase();
        stations.save(new Station(
                new StationCode(station),
                "龙城街道委员工作站" + suffix,
                StationKind.WORKSTATION,
                "龙岗区",
                "龙城街道",
                null,
                null,
                null,
                null));
        stations.attach(station, member, true);
        stations.setSector(member, "经济界" + suffix);

        // a clue they raised, taken up by member2: raised (1)
        ClueId clue = new ClueId("clue-r-" + suffix);
        send(new RegisterClue(
                clue,
                "TX-R" + suffix.toUpperCase().substring(0, 7),
                "地铁口单车占道" + suffix,
                "龙城街道地铁站出口被共享单车占用。",
                ClueSource.MEMBER_RESEARCH,
                new Location("龙岗区", "龙城街道"),
                new Attribution(member, station, "经济界" + suffix),
                null,
                me));
        send(new ClassifyClue(clue, "交通出行", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF));
        send(new AdoptClue(clue, MEMBER2));

        // a proposal they lead, filed: 3 + 2
        ProposalId lead = new ProposalId("P-r-" + suffix);
        send(new DraftProposal(
                lead, "关于地铁口停放秩序的提案" + suffix, "划定停放区。", ProposerKind.MEMBER, member, List.of(), null, List.of(), me));
        send(new SubmitProposal(lead, me));
        send(new FileProposal(
                lead, "交通出行", String.format("1998-%06d", Math.abs(suffix.hashCode() % 1_000_000)), STAFF));

        // a joint proposal of member2 they co-signed: 1
        ProposalId joint = new ProposalId("P-j-" + suffix);
        send(new DraftProposal(
                joint,
                "关于校园周边交通的联名提案" + suffix,
                "增设即停即走区。",
                ProposerKind.JOINT,
                "member2",
                List.of(member),
                null,
                List.of(),
                MEMBER2));
        send(new SubmitProposal(joint, MEMBER2));
        send(new ConfirmCoSignature(joint, me));

        // a report adopted at city level, instructed on at provincial level: 1 + 4 + 8
        ReportId report = new ReportId("r-" + suffix);
        send(new DraftOpinionReport(
                report, "学校周边拥堵情况反映" + suffix, "早晚高峰接送车辆占道。", List.of(), member, List.of(), null, me));
        send(new SubmitOpinionReport(report, me));
        send(new AdoptOpinionReport(report, ReportLevel.CITY, null, null, null, STAFF));
        send(new RecordLeaderInstruction(report, "省领导", ReportLevel.PROVINCE, today, "请有关部门研究。", List.of(), STAFF));

        // a consultation meeting attended: 2
        TopicId topic = new TopicId("t-" + suffix);
        send(new CreateTopic(
                topic,
                "老旧小区加装电梯" + suffix,
                "居民意见不一。",
                TopicKind.NEIGHBOURHOOD,
                TopicOrigin.MEMBERS,
                "龙岗区",
                "龙城街道",
                null,
                List.of("member2"),
                List.of(TRANSPORT),
                List.of(),
                STAFF));
        send(new ApproveTopic(topic, "同意", LEADER));
        Participants attended = new Participants(List.of(member, "member2"), List.of(TRANSPORT), 8, List.of());
        send(new ScheduleMeeting(topic, today, "社区会议室", attended, null, STAFF));
        send(new RecordMeeting(topic, today, attended, "达成一致。", STAFF));

        // a supervision team they belong to and its inspection: 2 + 2
        SupervisionId entry = new SupervisionId("s-" + suffix);
        send(new RegisterSupervisionEntry(
                entry,
                "校园周边交通安全" + suffix,
                "开学季交通秩序。",
                SupervisionType.INSPECTION,
                year,
                List.of(TRANSPORT),
                List.of(),
                null,
                STAFF));
        send(new FormSupervisionTeam(entry, List.of(member), List.of("staff"), false, STAFF));
        send(new RecordInspection(entry, ActivityKind.INSPECTION, today, "龙城小学", "委员 1 人", List.of(), false, STAFF));

        caughtUp();
        JsonNode record = get("staff", "/api/members/" + member + "/record?year=" + year);

        assertThat(record.get("year").asInt()).isEqualTo(year);
        assertThat(record.get("score").asInt()).isEqualTo(1 + 5 + 1 + 13 + 2 + 4);
        assertThat(category(record, "CLUES").get("points").asInt()).isEqualTo(1);
        assertThat(category(record, "CLUES")
                        .get("items")
                        .get(0)
                        .get("activity")
                        .get("outcome")
                        .asText())
                .isEqualTo("ADOPTED");
        assertThat(category(record, "PROPOSALS").get("count").asInt()).isEqualTo(2);
        assertThat(category(record, "PROPOSALS").get("points").asInt()).isEqualTo(6);
        assertThat(category(record, "PROPOSALS").findValuesAsText("title"))
                .containsExactly("关于地铁口停放秩序的提案" + suffix, "关于校园周边交通的联名提案" + suffix);
        assertThat(category(record, "PROPOSALS").findValuesAsText("kind"))
                .containsExactly("PROPOSAL_LEAD", "PROPOSAL_JOINT");
        assertThat(category(record, "REPORTS").findValuesAsText("kind"))
                .containsExactly("REPORT_SUBMITTED", "REPORT_ADOPTED", "REPORT_INSTRUCTED");
        assertThat(category(record, "REPORTS").findValuesAsText("level")).containsExactly("CITY", "PROVINCE");
        assertThat(category(record, "REPORTS").get("points").asInt()).isEqualTo(13);
        assertThat(category(record, "CONSULTATIONS").findValuesAsText("link"))
                .containsExactly("/consultations/" + topic);
        assertThat(category(record, "SUPERVISION").findValuesAsText("kind"))
                .containsExactly("SUPERVISION_TEAM", "INSPECTION");
        assertThat(category(record, "DUTY_SHIFT").get("count").asInt()).isZero();
        // the lists over all years stay
        assertThat(record.get("proposals").findValuesAsText("id")).containsExactly(lead.toString());

        // the same rows from a fresh replay
        operations.replay(MemberActivityProjection.GROUP);
        caughtUp();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("staff", "/api/members/" + member + "/record?year=" + year))
                        .isEqualTo(record));

        // a proposal's activities lost from the read model are found and re-projected by the reconciliation
        jdbc.sql("DELETE FROM member_activity_source WHERE source_id = :id")
                .param("id", lead.toString())
                .update();
        assertThat(get("staff", "/api/members/" + member + "/record?year=" + year)
                        .get("score")
                        .asInt())
                .isEqualTo(26 - 5);
        ReconciliationReport reconciled = reconciliation.run();
        assertThat(reconciled.projections())
                .filteredOn(p -> p.group().equals(MemberActivityProjection.GROUP)
                        && p.aggregateType().equals("Proposal"))
                .singleElement()
                .satisfies(p -> {
                    // other tests' aggregates share the database: this one is among those found and repaired
                    assertThat(p.mismatches()).isPositive();
                    assertThat(p.repaired()).isEqualTo(p.mismatches());
                    assertThat(p.examples()).contains(lead.toString());
                });
        assertThat(get("staff", "/api/members/" + member + "/record?year=" + year))
                .isEqualTo(record);

        // the sector's and the workstation's summaries: this member alone, ranked first with the year's score
        JsonNode sector = get("leader", "/api/members/summary?year=" + year + "&sector=经济界" + suffix);
        assertThat(sector.get("members").findValuesAsText("member")).containsExactly(member);
        assertThat(sector.get("members").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(sector.get("score").asInt()).isEqualTo(26);
        assertThat(sector.get("points").get("REPORTS").asInt()).isEqualTo(13);
        JsonNode workstation = get("staff", "/api/members/summary?year=" + year + "&workstation=" + station);
        assertThat(workstation.get("members").findValuesAsText("member")).containsExactly(member);
        JsonNode everyone = get("staff", "/api/members/summary?year=" + year);
        assertThat(everyone.get("members").findValuesAsText("member")).contains(member, "member", "member2");
        assertThat(rest.withBasicAuth("staff", "demo")
                        .getForEntity("/api/members/summary?sector=a&workstation=b", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // the printed record: a PDF whose text holds the member's name, the year and the items
        String name = jdbc.sql("SELECT display_name FROM app_user WHERE username = 'member2'")
                .query(String.class)
                .single();
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("member2", "demo")
                .getForEntity("/api/members/member2/record.pdf?year=" + year, byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String text = pdfText(pdf.getBody());
        assertThat(text).contains(name).contains(year + "年度履职档案").contains("地铁口单车占道" + suffix);

        // member2 may read their own record, not this member's
        assertThat(rest.withBasicAuth("member2", "demo")
                        .getForEntity("/api/members/" + member + "/record", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode own = get("member2", "/api/members/member2/record?year=" + year);
        assertThat(category(own, "CLUES").findValuesAsText("kind")).contains("CLUE_ADOPTED");
        assertThat(rest.withBasicAuth("staff", "demo")
                        .getForEntity("/api/members/" + member + "/record?year=1900", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // the registry's part: a reception on a duty shift (2), one without a shift (1), a research topic (3)
        long shift = roster.addShift(
                station, new DutyShift(today.getDayOfWeek(), LocalTime.of(9, 0), LocalTime.of(11, 0), member, 3));
        visits.log(station, shift, null, today, new VisitCounts(4, 2, 1), "群众反映停车难", List.of(), STAFF);
        visits.log(station, null, member, today, new VisitCounts(2, 0, 0), null, List.of(), STAFF);
        long researched = research.create(
                new ResearchTopic("社区停车资源调研" + suffix, year, "member2", List.of(member)), null, station);
        JsonNode registered = get("staff", "/api/members/" + member + "/record?year=" + year);
        assertThat(category(registered, "DUTY_SHIFT").get("count").asInt()).isEqualTo(1);
        assertThat(category(registered, "DUTY_SHIFT").get("points").asInt()).isEqualTo(2);
        assertThat(category(registered, "DUTY_SHIFT").findValuesAsText("title"))
                .containsExactly("龙城街道委员工作站" + suffix + "：群众反映停车难");
        assertThat(category(registered, "DUTY_SHIFT").findValuesAsText("link"))
                .containsExactly("/workstations/" + station);
        assertThat(category(registered, "RECEPTION_VISIT").get("count").asInt()).isEqualTo(1);
        assertThat(category(registered, "RECEPTION_VISIT").get("points").asInt())
                .isEqualTo(1);
        assertThat(category(registered, "RECEPTION_VISIT").findValuesAsText("title"))
                .containsExactly("龙城街道委员工作站" + suffix);
        assertThat(category(registered, "RESEARCH_TOPIC").get("count").asInt()).isEqualTo(1);
        assertThat(category(registered, "RESEARCH_TOPIC").get("points").asInt()).isEqualTo(3);
        assertThat(category(registered, "RESEARCH_TOPIC").findValuesAsText("title"))
                .containsExactly("社区停车资源调研" + suffix);
        assertThat(category(registered, "RESEARCH_TOPIC").findValuesAsText("link"))
                .containsExactly("/research/" + researched);
        assertThat(registered.get("score").asInt()).isEqualTo(26 + 2 + 1 + 3);
        // and in the year's total of the sector and of the workstation
        JsonNode sectorAfter = get("leader", "/api/members/summary?year=" + year + "&sector=经济界" + suffix);
        assertThat(sectorAfter.get("score").asInt()).isEqualTo(32);
        assertThat(sectorAfter.get("points").get("DUTY_SHIFT").asInt()).isEqualTo(2);
        assertThat(sectorAfter.get("points").get("RECEPTION_VISIT").asInt()).isEqualTo(1);
        assertThat(sectorAfter.get("points").get("RESEARCH_TOPIC").asInt()).isEqualTo(3);
        JsonNode stationAfter = get("staff", "/api/members/summary?year=" + year + "&workstation=" + station);
        assertThat(stationAfter.get("score").asInt()).isEqualTo(32);
    }

    private static String pdfText(byte[] document) throws Exception {
        PdfReader reader = new PdfReader(document);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString().replaceAll("\\s", "");
    }

    private static JsonNode category(JsonNode record, String name) {
        for (JsonNode c : record.get("categories")) {
            if (c.get("category").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no heading " + name);
    }

    private void send(Object command) {
        commands.sendAndWait(command);
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private void caughtUp() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> operations.statuses().stream().allMatch(s -> s.caughtUp()));
    }
}
