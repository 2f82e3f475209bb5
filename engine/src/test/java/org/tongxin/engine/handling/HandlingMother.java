package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;

/**
 * Fixed ids, the committee's time zone and event histories of handlings under the default policy and the 2026
 * calendar. Every due date below was counted by hand on {@code cn-2026.txt}.
 */
public final class HandlingMother {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 2 March 2026, 10:00 in Beijing: the day of assignment. */
    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    public static final String PROPOSAL = "P-2026-0042";
    public static final DepartmentCode TRANSPORT = new DepartmentCode("transport");
    public static final DepartmentCode HOUSING = new DepartmentCode("housing");
    public static final DepartmentCode URBAN = new DepartmentCode("urban-management");
    public static final HandlingId LEAD = HandlingId.of(PROPOSAL, TRANSPORT, 1);
    public static final HandlingId CO = HandlingId.of(PROPOSAL, HOUSING, 1);

    public static final ActorRef STAFF = ActorRef.of("staff-li", Role.STAFF);
    public static final ActorRef SYSTEM = ActorRef.system();
    public static final ActorRef OFFICER = ActorRef.officer("officer-wang", TRANSPORT);
    public static final ActorRef CO_OFFICER = ActorRef.officer("officer-zhao", HOUSING);
    public static final ActorRef URBAN_OFFICER = ActorRef.officer("officer-chen", URBAN);
    public static final ActorRef PROPOSER = ActorRef.of("member-zhang", Role.MEMBER);
    public static final ActorRef CO_SIGNER = ActorRef.of("member-liu", Role.MEMBER);
    public static final List<String> EVALUATORS = List.of(PROPOSER.userId(), CO_SIGNER.userId());

    public static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 3, 2);
    public static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 3);
    /** Five working days: 3, 4, 5, 6 and 9 March. */
    public static final LocalDate RETURN_WINDOW_ENDS = LocalDate.of(2026, 3, 9);
    /** Fifteen working days: the weekdays of 3 to 20 March, and Monday 23 March. */
    public static final LocalDate CONTACT_DUE = LocalDate.of(2026, 3, 23);
    /** One month: Thursday 2 April, a working day before the Qingming break (4 to 6 April). */
    public static final LocalDate OPINION_DUE = LocalDate.of(2026, 4, 2);
    /** Three months: Tuesday 2 June. */
    public static final LocalDate REPLY_DUE = LocalDate.of(2026, 6, 2);
    /** Two weeks before the reply is due. */
    public static final LocalDate REMINDER_ON = LocalDate.of(2026, 5, 19);

    /** The first reply: Wednesday 6 May, the first working day after the Labour Day break. */
    public static final LocalDate REPLIED_ON = LocalDate.of(2026, 5, 6);
    /**
     * Fifteen working days after 6 May: 7, 8, Saturday 9 May (worked instead of the holiday), 11 to 15, 18 to 22, 25
     * and 26 May.
     */
    public static final LocalDate EVALUATION_WINDOW_ENDS = LocalDate.of(2026, 5, 26);
    /** The day after the window, when its timer fires and the office decides on a re-handle. */
    public static final LocalDate AFTER_EVALUATION = LocalDate.of(2026, 5, 27);
    /** One month after 27 May is Saturday 27 June, rolled forward to Monday 29 June. */
    public static final LocalDate REHANDLE_REPLY_DUE = LocalDate.of(2026, 6, 29);

    public static final LocalDate SECOND_REPLIED_ON = LocalDate.of(2026, 6, 22);
    /** Fifteen working days after 22 June: 23 June to 13 July. */
    public static final LocalDate SECOND_EVALUATION_WINDOW_ENDS = LocalDate.of(2026, 7, 13);

    public static final String REPLY_TEXT = "已在地铁站出口设置共享单车禁停区，并安排街道每日巡查。";
    public static final String OPINION_TEXT = "建议将禁停区纳入片区停车规划，住建部门配合改造出口地面。";

    private HandlingMother() {}

    public static Instant at(LocalDate day) {
        return MutableClock.at(day, ZONE);
    }

    public static OpenHandling openLead() {
        return new OpenHandling(
                LEAD, PROPOSAL, TRANSPORT, HandlingRole.LEAD, null, ASSIGNED_ON, EVALUATORS, false, STAFF);
    }

    public static HandlingOpened leadOpened() {
        return new HandlingOpened(
                LEAD,
                SourceKind.PROPOSAL,
                PROPOSAL,
                TRANSPORT,
                HandlingRole.LEAD,
                null,
                ASSIGNED_ON,
                EVALUATORS,
                false,
                0,
                RETURN_WINDOW_ENDS,
                CONTACT_DUE,
                null,
                null,
                REPLY_DUE,
                REMINDER_ON,
                STAFF,
                at(ASSIGNED_ON));
    }

    public static OpenHandling openCo() {
        return new OpenHandling(
                CO, PROPOSAL, HOUSING, HandlingRole.CO, LEAD.value(), ASSIGNED_ON, EVALUATORS, false, SYSTEM);
    }

    public static HandlingOpened coOpened() {
        return new HandlingOpened(
                CO,
                SourceKind.PROPOSAL,
                PROPOSAL,
                HOUSING,
                HandlingRole.CO,
                LEAD.value(),
                ASSIGNED_ON,
                EVALUATORS,
                false,
                0,
                RETURN_WINDOW_ENDS,
                CONTACT_DUE,
                OPINION_DUE,
                null,
                null,
                null,
                SYSTEM,
                at(ASSIGNED_ON));
    }

    public static HandlingReceived leadReceived() {
        return new HandlingReceived(LEAD, OFFICER, at(RECEIVED_ON));
    }

    public static HandlingReceived coReceived() {
        return new HandlingReceived(CO, CO_OFFICER, at(RECEIVED_ON));
    }

    public static HandlingReplied repliedOnTime() {
        return new HandlingReplied(
                LEAD,
                1,
                OutcomeClass.B,
                REPLY_TEXT,
                REPLIED_ON,
                REPLY_DUE,
                false,
                EVALUATION_WINDOW_ENDS,
                OFFICER,
                at(REPLIED_ON));
    }

    public static EvaluationGiven evaluated(
            ActorRef evaluator, Satisfaction work, Satisfaction result, boolean settles, int round, LocalDate on) {
        return new EvaluationGiven(LEAD, round, work, result, "", settles, evaluator, at(on));
    }

    public static EvaluationGiven satisfied(ActorRef evaluator, boolean settles) {
        return evaluated(
                evaluator, Satisfaction.SATISFIED, Satisfaction.SATISFIED, settles, 1, LocalDate.of(2026, 5, 12));
    }

    public static EvaluationGiven unsatisfied(ActorRef evaluator, boolean settles, int round, LocalDate on) {
        return evaluated(evaluator, Satisfaction.BASICALLY_SATISFIED, Satisfaction.UNSATISFIED, settles, round, on);
    }

    public static RehandleStarted rehandleStarted() {
        return new RehandleStarted(
                LEAD,
                2,
                "提案人对结果不满意",
                AFTER_EVALUATION,
                REHANDLE_REPLY_DUE,
                LocalDate.of(2026, 6, 15),
                STAFF,
                at(AFTER_EVALUATION));
    }

    public static HandlingReplied secondReply() {
        return new HandlingReplied(
                LEAD,
                2,
                OutcomeClass.A,
                REPLY_TEXT,
                SECOND_REPLIED_ON,
                REHANDLE_REPLY_DUE,
                false,
                SECOND_EVALUATION_WINDOW_ENDS,
                OFFICER,
                at(SECOND_REPLIED_ON));
    }

    /** Opened and received by the transport department. */
    public static Object[] inProgress() {
        return history(leadOpened(), leadReceived());
    }

    /** Replied on time; both evaluators are within their window. */
    public static Object[] replied() {
        return history(inProgress(), repliedOnTime());
    }

    /** The proposer found the result unsatisfying, the co-signer was satisfied: the round is settled. */
    public static Object[] firstRoundUnsatisfied() {
        return history(
                replied(), unsatisfied(PROPOSER, false, 1, LocalDate.of(2026, 5, 11)), satisfied(CO_SIGNER, true));
    }

    public static Object[] rehandling() {
        return history(firstRoundUnsatisfied(), rehandleStarted());
    }

    /** The re-handled reply was found unsatisfying again; the default policy allows no second re-handle. */
    public static Object[] secondRoundUnsatisfied() {
        LocalDate on = LocalDate.of(2026, 6, 24);
        return history(
                rehandling(),
                secondReply(),
                unsatisfied(PROPOSER, false, 2, on),
                evaluated(CO_SIGNER, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, true, 2, on));
    }

    public static Object[] bothSatisfied() {
        return history(replied(), satisfied(PROPOSER, false), satisfied(CO_SIGNER, true));
    }

    /** Opened and received by the housing department as co-handler. */
    public static Object[] coInProgress() {
        return history(coOpened(), coReceived());
    }

    /** Flattens events and histories into one history. */
    public static Object[] history(Object... parts) {
        List<Object> events = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Object[] earlier) {
                events.addAll(Arrays.asList(earlier));
            } else {
                events.add(part);
            }
        }
        return events.toArray();
    }
}
