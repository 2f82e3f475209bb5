package org.tongxin.infra.registry;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
import org.tongxin.engine.registry.DutyShift;
import org.tongxin.engine.registry.ResearchTopic;
import org.tongxin.engine.registry.Station;
import org.tongxin.engine.registry.StationCode;
import org.tongxin.engine.registry.StationKind;
import org.tongxin.engine.registry.VisitCounts;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.persistence.NoDatasourceUrl;

/**
 * The registry's demo: two street workstations, a studio in an office tower and a sector group with two contact
 * points; the demo members with a sector and a home station; a week's rota, bookings of the coming slots, this year's
 * receptions (one problem already a clue from the visit) and a research topic with visits and a report. Only on the
 * embedded default, only into an empty registry, after the demo accounts exist.
 */
@Component
@Order(3)
@Conditional(NoDatasourceUrl.class)
@ConditionalOnProperty(name = "tongxin.demo.cases", havingValue = "true", matchIfMissing = true)
class DemoRegistry implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

    private final JdbcClient jdbc;
    private final Stations stations;
    private final Roster roster;
    private final Visits visits;
    private final ResearchTopics research;
    private final Clock clock;

    DemoRegistry(
            JdbcClient jdbc, Stations stations, Roster roster, Visits visits, ResearchTopics research, Clock clock) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.roster = roster;
        this.visits = visits;
        this.research = research;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long kept =
                jdbc.sql("SELECT count(*) FROM workstation").query(Long.class).single();
        boolean members = jdbc.sql("SELECT count(*) FROM app_user WHERE username IN ('member', 'member2')")
                        .query(Long.class)
                        .single()
                == 2;
        if (kept > 0 || !members) {
            return;
        }
        station(
                "LG-LONGCHENG",
                "龙城街道委员工作站",
                StationKind.WORKSTATION,
                "龙岗区",
                "龙城街道",
                "龙城街道中心城社区党群服务中心二楼",
                "刘主任",
                "0755-28900001",
                null);
        station(
                "LG-PINGHU",
                "平湖街道委员工作站",
                StationKind.WORKSTATION,
                "龙岗区",
                "平湖街道",
                "平湖街道办事处一楼委员之家",
                "周主任",
                "0755-28900002",
                null);
        station("TH-ZJXC", "珠江新城楼宇委员工作室", StationKind.STUDIO, "天河区", "冼村街道", "珠江新城东塔60楼", "黄秘书", "020-38800003", null);
        station(
                "LG-SECTOR-3",
                "第三界别活动组",
                StationKind.SECTOR_GROUP,
                "龙岗区",
                null,
                null,
                "吴联络员",
                "0755-28900004",
                "共青团、总工会、妇联、青联、侨联");
        stations.addContactPoint("LG-SECTOR-3", "区青年创业园界别群众联系点", "龙岗区青年创业园三楼", "林老师", "0755-28900005");
        stations.addContactPoint("LG-SECTOR-3", "龙城街道妇女之家联系点", "龙城街道妇联活动室", "何主任", "0755-28900006");

        stations.setSector("member", "经济界");
        stations.setSector("member2", "共青团");
        stations.attach("LG-LONGCHENG", "member", true);
        stations.attach("TH-ZJXC", "member", false);
        stations.attach("LG-PINGHU", "member2", true);
        stations.attach("LG-LONGCHENG", "member2", false);
        stations.attach("LG-SECTOR-3", "member2", false);

        long tuesday = roster.addShift(
                "LG-LONGCHENG",
                new DutyShift(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 30), "member", 4));
        roster.addShift(
                "LG-LONGCHENG",
                new DutyShift(DayOfWeek.THURSDAY, LocalTime.of(14, 30), LocalTime.of(17, 0), "member2", 4));
        long wednesday = roster.addShift(
                "LG-PINGHU",
                new DutyShift(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(11, 30), "member2", 3));
        roster.addShift(
                "TH-ZJXC", new DutyShift(DayOfWeek.FRIDAY, LocalTime.of(14, 0), LocalTime.of(16, 0), "member", 6));

        LocalDate today = LocalDate.now(clock);
        LocalDate nextTuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        roster.book("LG-LONGCHENG", tuesday, nextTuesday, "张女士", "13800138001", true, "小区北门路灯坏了三个月，晚上老人出行不便");
        roster.book("LG-LONGCHENG", tuesday, nextTuesday, "陈先生", "13800138002", true, "地铁站接驳公交班次太少");
        roster.book(
                "LG-PINGHU",
                wednesday,
                today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)),
                "李阿姨",
                "13800138003",
                true,
                "海吉星市场周边货车占道");

        ActorRef member = ActorRef.of("member", Role.MEMBER);
        ActorRef member2 = ActorRef.of("member2", Role.MEMBER);
        LocalDate lastTuesday = today.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY));
        long visit = visits.log(
                "LG-LONGCHENG",
                tuesday,
                null,
                lastTuesday,
                new VisitCounts(6, 4, 2),
                "接待居民反映停车、路灯、噪音问题，当场协调社区解决两件。",
                List.of(),
                member);
        visits.raiseClue(visit, null, "中心城社区夜间停车难", "中心城社区夜间停车位缺口大，车辆占用消防通道。建议错时开放周边单位停车场。", member);
        visits.log(
                "LG-LONGCHENG",
                tuesday,
                null,
                lastTuesday.minusWeeks(1),
                new VisitCounts(4, 2, 1),
                "居民反映老旧小区加装电梯协调难。",
                List.of(),
                member);
        visits.log(
                "LG-PINGHU",
                wednesday,
                null,
                today.with(TemporalAdjusters.previous(DayOfWeek.WEDNESDAY)),
                new VisitCounts(5, 3, 1),
                "商户反映市场周边交通组织问题。",
                List.of(),
                member2);
        visits.log(
                "LG-SECTOR-3",
                null,
                "member2",
                today.minusDays(10),
                new VisitCounts(18, 5, 2),
                "到区青年创业园联系点听取青年创业者意见。",
                List.of(),
                member2);

        long topic = research.create(
                new ResearchTopic("做大做强夜间经济调研", today.getYear(), "member", List.of("member2")),
                "围绕夜间消费场景、交通接驳和噪音治理，走访商圈、街道和市场监管部门。",
                "LG-LONGCHENG");
        research.addVisit(topic, today.minusDays(30), "龙城万科广场商圈", "商户座谈，了解夜间客流和经营时段。");
        research.addVisit(topic, today.minusDays(21), "区市场监管局", "了解夜市管理和食品安全监管。");
        research.setReport(topic, "一、现状：夜间消费集中在三大商圈，交通接驳不足。\n二、问题：末班公交早、停车难、噪音投诉多。\n三、建议：延长公交运营、错时共享停车、划定夜市经营区。");
        log.info("Registered the demo workstations, rota, bookings, receptions and a research topic");
    }

    private void station(
            String code,
            String name,
            StationKind kind,
            String district,
            String street,
            String address,
            String contactName,
            String contactPhone,
            String sectors) {
        stations.save(new Station(
                new StationCode(code), name, kind, district, street, address, contactName, contactPhone, sectors));
    }
}
