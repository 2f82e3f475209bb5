package org.tongxin.infra.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.report.DraftOpinionReport;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.UserAccounts;

/**
 * The registry through HTTP only, as people use it: the office creates a workstation, attaches a member with their
 * sector and rosters them; a citizen books the member's slot from the public page; the member logs the reception and
 * turns the citizen's problem into a clue in one step; the clue pool's sector and workstation facets count it. A
 * member's own clue is attributed to their sector and home station however it comes in. The last place of a slot
 * goes once under concurrent bookings (the rest 409), and bad input is a 400 naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryHttpChainIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    CommandGateway commands;

    @Autowired
    Clock clock;

    private String code;
    private String member;
    private String sector;

    @BeforeEach
    void aMemberOfTheCommittee() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        code = "T-" + suffix;
        member = "reg-" + suffix;
        sector = "经济界" + suffix;
        accounts.createIfAbsent(member, passwords.encode("demo"), "赵委员", Role.MEMBER, null);
    }

    @Test
    void aBookedVisitsProblemBecomesAClueThePoolCountsUnderItsSectorAndWorkstation() throws Exception {
        ResponseEntity<String> created = post(
                "staff",
                "/api/workstations",
                Map.of(
                        "code", code,
                        "name", "龙城街道委员工作站" + code,
                        "kind", "WORKSTATION",
                        "district", "龙岗区",
                        "street", "龙城街道",
                        "address", "龙城街道中心城社区服务中心二楼"));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> attached = post(
                "staff",
                "/api/workstations/" + code + "/members",
                Map.of("member", member, "home", true, "sector", sector));
        assertThat(attached.getStatusCode()).as(attached.getBody()).isEqualTo(HttpStatus.OK);
        LocalDate slot = LocalDate.now(clock).plusDays(2);
        ResponseEntity<String> shift = post(
                "staff",
                "/api/workstations/" + code + "/roster",
                Map.of(
                        "day",
                        slot.getDayOfWeek().name(),
                        "start",
                        "09:00",
                        "end",
                        "11:30",
                        "member",
                        member,
                        "capacity",
                        3));
        assertThat(shift.getStatusCode()).as(shift.getBody()).isEqualTo(HttpStatus.CREATED);
        long shiftId = json.readTree(shift.getBody()).get("id").asLong();

        // the citizen sees the slot on the public page and books it
        JsonNode station = json.readTree(rest.getForEntity("/api/public/workstations/" + code, String.class)
                .getBody());
        assertThat(station.get("slots").findValuesAsText("member")).contains("赵委员");
        ResponseEntity<String> booked = rest.exchange(
                "/api/public/workstations/" + code + "/bookings",
                HttpMethod.POST,
                new HttpEntity<>(booking(shiftId, slot, "13800138000")),
                String.class);
        assertThat(booked.getStatusCode()).as(booked.getBody()).isEqualTo(HttpStatus.CREATED);
        long bookingId = json.readTree(booked.getBody()).get("id").asLong();
        assertThat(rest.getForEntity("/public/workstations/" + code, String.class)
                        .getBody())
                .contains("龙城街道中心城社区服务中心二楼")
                .contains("赵委员");

        // the member on duty sees the booking, phone masked
        JsonNode duty = api(member, "/api/duty");
        assertThat(duty.get("bookings").findValuesAsText("topic")).contains("小区门口路灯坏了三个月");
        assertThat(duty.get("bookings").findValuesAsText("phone")).containsExactly("138****8000");

        // a reception is logged once it took place, naming the booked visitors who came
        ResponseEntity<String> early =
                post(member, "/api/workstations/" + code + "/visits", visit(shiftId, slot, bookingId));
        assertThat(early.getStatusCode()).as(early.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(early.getBody()).contains("REGISTRY-VISIT-003");
        ResponseEntity<String> logged =
                post(member, "/api/workstations/" + code + "/visits", visit(shiftId, LocalDate.now(clock), bookingId));
        assertThat(logged.getStatusCode()).as(logged.getBody()).isEqualTo(HttpStatus.CREATED);
        long visitId = json.readTree(logged.getBody()).get("id").asLong();

        ResponseEntity<String> clue = post(
                member,
                "/api/visits/" + visitId + "/clues",
                Map.of("title", "小区门口路灯长期不亮", "content", "中心城社区北门路灯坏了三个月，夜间老人出行不便。", "bookingId", bookingId));
        assertThat(clue.getStatusCode()).as(clue.getBody()).isEqualTo(HttpStatus.CREATED);
        String clueId = json.readTree(clue.getBody()).get("clueId").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode pool = api("staff", "/api/clues?workstation=" + code);
            assertThat(pool.get("total").asLong()).isEqualTo(1);
            assertThat(pool.get("facets").get("workstation").get(code).asLong()).isEqualTo(1);
            assertThat(pool.get("facets").get("sector").get(sector).asLong()).isEqualTo(1);
            assertThat(pool.get("facets").get("source").get("WORKSTATION_VISIT").asLong())
                    .isEqualTo(1);
        });
        JsonNode registered = api("staff", "/api/clues/" + clueId);
        assertThat(registered.get("member").asText()).isEqualTo(member);
        assertThat(registered.get("submitterPhone").asText()).isEqualTo("13800138000");
        assertThat(api("staff", "/api/workstations/" + code + "/bookings?from=" + slot)
                        .findValuesAsText("clueId"))
                .containsExactly(clueId);
        JsonNode totals = api("staff", "/api/workstations/" + code + "/totals");
        assertThat(totals.get("peopleReceived").asInt()).isEqualTo(3);
        assertThat(totals.get("problemsCollected").asInt()).isEqualTo(2);
        assertThat(totals.get("resolvedOnSpot").asInt()).isEqualTo(1);
        assertThat(totals.get("cluesRaised").asInt()).isEqualTo(1);
    }

    @Test
    void aMembersOwnClueIsAttributedToTheirSectorAndHomeStationHoweverItComesIn() throws Exception {
        post("staff", "/api/workstations", Map.of("code", code, "name", "委员工作室" + code, "kind", "STUDIO"));
        post(
                "staff",
                "/api/workstations/" + code + "/members",
                Map.of("member", member, "home", true, "sector", sector));
        ClueId clue = ClueId.random();
        commands.sendAndWait(new RegisterClue(
                clue,
                "TX-R" + code.substring(2),
                "园区停车位不足",
                "产业园区员工停车难，建议错时共享周边停车场。",
                ClueSource.MEMBER_RESEARCH,
                new Location("龙岗区", "龙城街道"),
                Attribution.none(),
                Submitter.anonymous(),
                ActorRef.of(member, Role.MEMBER)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode pool = api("staff", "/api/clues?sector=" + sector);
            assertThat(pool.get("total").asLong()).isEqualTo(1);
            assertThat(pool.get("facets").get("workstation").get(code).asLong()).isEqualTo(1);
        });
    }

    @Test
    void theLastPlaceOfASlotGoesOnceUnderConcurrentBookings() throws Exception {
        post("staff", "/api/workstations", Map.of("code", code, "name", "云工作室" + code, "kind", "STUDIO"));
        post("staff", "/api/workstations/" + code + "/members", Map.of("member", member, "home", false));
        LocalDate slot = LocalDate.now(clock).plusDays(3);
        ResponseEntity<String> shift = post(
                "staff",
                "/api/workstations/" + code + "/roster",
                Map.of(
                        "day",
                        slot.getDayOfWeek().name(),
                        "start",
                        "14:00",
                        "end",
                        "16:00",
                        "member",
                        member,
                        "capacity",
                        1));
        long shiftId = json.readTree(shift.getBody()).get("id").asLong();
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String phone = "1390000000" + i;
            attempts.add(() -> rest.exchange(
                            "/api/public/workstations/" + code + "/bookings",
                            HttpMethod.POST,
                            new HttpEntity<>(booking(shiftId, slot, phone)),
                            String.class)
                    .getStatusCode()
                    .value());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(attempts)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        // the same phone twice in a roomier slot is a conflict too, never a 500
        ResponseEntity<String> again = rest.exchange(
                "/api/public/workstations/" + code + "/bookings",
                HttpMethod.POST,
                new HttpEntity<>(booking(shiftId, slot, "13900000000")),
                String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aReportCitingAResearchTopicIsItsConversionResultAndCarriesTheAuthorsSector() throws Exception {
        post("staff", "/api/workstations", Map.of("code", code, "name", "委员工作室" + code, "kind", "STUDIO"));
        post(
                "staff",
                "/api/workstations/" + code + "/members",
                Map.of("member", member, "home", true, "sector", sector));
        int year = LocalDate.now(clock).getYear();
        int before = api("staff", "/api/research-topics?year=" + year)
                .get("figures")
                .get("reports")
                .asInt();
        ResponseEntity<String> opened = post(
                member,
                "/api/research-topics",
                Map.of("title", "夜间经济调研" + code, "year", year, "participants", List.of("member2")));
        assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
        long topic = json.readTree(opened.getBody()).get("id").asLong();
        assertThat(json.readTree(opened.getBody()).get("lead").asText()).isEqualTo(member);
        ResponseEntity<String> visited = post(
                member,
                "/api/research-topics/" + topic + "/visits",
                Map.of("date", LocalDate.now(clock).toString(), "place", "龙城万科广场商圈"));
        assertThat(visited.getStatusCode()).as(visited.getBody()).isEqualTo(HttpStatus.OK);

        ReportId report = ReportId.random();
        commands.sendAndWait(new DraftOpinionReport(
                report, "夜市噪音扰民", "夜市经营到凌晨，周边居民休息受影响。", List.of(), ActorRef.of(member, Role.MEMBER)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode r = api("staff", "/api/reports/" + report.value());
            assertThat(r.get("sector").asText()).isEqualTo(sector);
        });
        ResponseEntity<String> cited = post(
                member,
                "/api/research-topics/" + topic + "/citations",
                Map.of("kind", "REPORT", "item", report.value()));
        assertThat(cited.getStatusCode()).as(cited.getBody()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> unknown = post(
                member,
                "/api/research-topics/" + topic + "/citations",
                Map.of("kind", "PROPOSAL", "item", "2099-9999"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknown.getBody()).get("errors").findValuesAsText("field"))
                .containsExactly("item");
        // a participant works on the topic; another member reads it but does not
        Map<String, Object> visit = Map.of("date", LocalDate.now(clock).toString(), "place", "区市场监管局");
        assertThat(post("member2", "/api/research-topics/" + topic + "/visits", visit)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("member", "/api/research-topics/" + topic + "/visits", visit)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("member", "/api/research-topics/" + topic).get("visits").size())
                .isEqualTo(2);

        JsonNode figures = api("staff", "/api/research-topics?year=" + year).get("figures");
        assertThat(figures.get("reports").asInt()).isEqualTo(before + 1);
        assertThat(api("staff", "/api/research-topics/" + topic)
                        .get("citations")
                        .findValuesAsText("kind"))
                .containsExactly("REPORT");
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        ResponseEntity<String> station =
                post("staff", "/api/workstations", Map.of("code", "lower case", "name", "", "kind", "WORKSTATION"));
        assertThat(station.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(station.getBody()).get("errors").findValuesAsText("field"))
                .contains("code", "name");
        Map<String, Object> noConsent =
                new HashMap<>(booking(1, LocalDate.now(clock).plusDays(1), "abc"));
        noConsent.put("consent", false);
        ResponseEntity<String> booking = rest.exchange(
                "/api/public/workstations/NO-SUCH/bookings",
                HttpMethod.POST,
                new HttpEntity<>(noConsent),
                String.class);
        assertThat(booking.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(booking.getBody()).get("errors").findValuesAsText("field"))
                .contains("phone", "consent");
        assertThat(rest.withBasicAuth("staff", "demo")
                        .getForEntity("/api/workstations/NO-SUCH", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static Map<String, Object> booking(long shiftId, LocalDate date, String phone) {
        return Map.of(
                "shiftId",
                shiftId,
                "date",
                date.toString(),
                "name",
                "张女士",
                "phone",
                phone,
                "consent",
                true,
                "topic",
                "小区门口路灯坏了三个月");
    }

    private static Map<String, Object> visit(long shiftId, LocalDate date, long bookingId) {
        return Map.of(
                "shiftId",
                shiftId,
                "date",
                date.toString(),
                "peopleReceived",
                3,
                "problemsCollected",
                2,
                "resolvedOnSpot",
                1,
                "summary",
                "接待居民反映路灯、停车问题",
                "bookingsReceived",
                List.of(bookingId));
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class);
    }

    private JsonNode api(String user, String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
