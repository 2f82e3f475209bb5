package org.tongxin.infra.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.engine.registry.DutyShift;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.UserAccounts;

/**
 * The registry's pages as people use them: the office registers a station from its page (a malformed code is told
 * beside the field, in Chinese); a citizen books from the public page (a missing consent and a full slot are told in
 * words); the member on duty logs the reception and turns the problem into a clue from the station's page, which then
 * names the clue by its tracking code; the clue is in the pool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Stations stations;

    @Autowired
    Roster roster;

    @Autowired
    Clock clock;

    @Test
    void fromTheOfficesPageThroughThePublicBookingToAClueThePoolNamesByItsWorkstation() throws Exception {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String code = "P-" + suffix;
        String member = "regp-" + suffix;
        accounts.createIfAbsent(member, passwords.encode("demo"), "钱委员", Role.MEMBER, null);

        MockHttpServletResponse malformed = mvc.perform(post("/workstations")
                        .param("code", "小写")
                        .param("name", "横岗街道委员工作站")
                        .param("kind", "WORKSTATION")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString()).contains("请填写编号");

        MockHttpServletResponse created = mvc.perform(post("/workstations")
                        .param("code", code)
                        .param("name", "横岗街道委员工作站" + suffix)
                        .param("kind", "WORKSTATION")
                        .param("street", "横岗街道")
                        .param("address", "横岗街道党群服务中心三楼")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/workstations/" + code);
        stations.attach(code, member, true);
        stations.setSector(member, "教育界" + suffix);
        LocalDate slot = LocalDate.now(clock).plusDays(1);
        long shift = roster.addShift(
                code, new DutyShift(slot.getDayOfWeek(), LocalTime.of(23, 0), LocalTime.of(23, 30), member, 1));

        String publicPage = mvc.perform(get("/public/workstations/" + code))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(publicPage).contains("横岗街道党群服务中心三楼").contains("钱委员坐值").contains("余 1 个名额");

        MockHttpServletResponse noConsent = mvc.perform(
                        booking(code, shift, slot, "13700000001").with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(noConsent.getStatus()).isEqualTo(400);
        assertThat(noConsent.getContentAsString()).contains("预约须同意工作站使用您的姓名和电话");

        MockHttpServletResponse booked = mvc.perform(booking(code, shift, slot, "13700000001")
                        .param("consent", "true")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(booked.getStatus()).isEqualTo(302);
        MockHttpServletResponse full = mvc.perform(booking(code, shift, slot, "13700000002")
                        .param("consent", "true")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(full.getStatus()).isEqualTo(409);
        assertThat(full.getContentAsString()).contains("该时段已约满");

        long bookingId = roster.bookingsAt(code, slot).get(0).id();
        MockHttpServletResponse logged = mvc.perform(post("/workstations/" + code + "/visits")
                        .param("shift", Long.toString(shift))
                        .param("date", LocalDate.now(clock).toString())
                        .param("peopleReceived", "2")
                        .param("problemsCollected", "1")
                        .param("resolvedOnSpot", "0")
                        .param("bookings", Long.toString(bookingId))
                        .with(user(accounts.loadUserByUsername(member)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(logged.getStatus()).isEqualTo(302);
        long visit = roster.booking(bookingId).visitId();
        MockHttpServletResponse clue = mvc.perform(post("/visits/" + visit + "/clue")
                        .param("title", "校门口缺少护学岗")
                        .param("content", "横岗小学放学时段车辆多，建议设置护学岗。")
                        .param("booking", Long.toString(bookingId))
                        .with(user(accounts.loadUserByUsername(member)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(clue.getStatus()).isEqualTo(302);
        assertThat(roster.booking(bookingId).clueId()).isNotNull();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mvc.perform(get("/clues")
                                .param("source", "WORKSTATION_VISIT")
                                .with(user(accounts.loadUserByUsername("staff"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("校门口缺少护学岗"));
        assertThat(mvc.perform(get("/workstations/" + code).with(user(accounts.loadUserByUsername("staff"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("接待 2 人，收集问题 1 个，当场解决 0 个")
                .contains("已转为线索 TX-");
        assertThat(mvc.perform(get("/duty").with(user(accounts.loadUserByUsername(member))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("横岗街道委员工作站" + suffix)
                .contains("137****0001");
    }

    private static MockHttpServletRequestBuilder booking(String code, long shift, LocalDate slot, String phone) {
        return post("/public/workstations/" + code + "/book")
                .param("slot", shift + "@" + slot)
                .param("name", "孙先生")
                .param("phone", phone)
                .param("topic", "校门口接送拥堵");
    }
}
