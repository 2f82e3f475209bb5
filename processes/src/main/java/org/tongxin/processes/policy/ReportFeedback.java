package org.tongxin.processes.policy;

import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.bulletin.BulletinCompiled;
import org.tongxin.engine.clue.CloseClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRule;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.report.IncludeInBulletin;
import org.tongxin.engine.report.InstructionReplyRecorded;
import org.tongxin.engine.report.OpinionReportAdopted;
import org.tongxin.engine.report.OpinionReportDeclined;
import org.tongxin.engine.report.OpinionReportForwarded;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportSource;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.bridge.ProcessBridge;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.task.EnumLabels;

/**
 * Policy: every clue a report came from hears what became of it (件件有回应) — adopted, not adopted (on which
 * ground), forwarded — and closes; later, each department's answer to a leader's instruction on the report reaches
 * it too, once per answer. A compiled bulletin issue puts each of its reports in it (a report refuses a second issue,
 * and the refusal undoes the compilation, since this runs in the command's transaction).
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class ReportFeedback {

    private final CommandSender commands;

    ReportFeedback(CommandSender commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(OpinionReportAdopted event) {
        answer(event.sources(), "report-adopted:" + event.reportId(), "您反映的问题已形成社情民意信息并被采用，报送有关领导和部门参阅。", true);
    }

    @EventHandler
    void on(OpinionReportDeclined event) {
        String ground = event.ground() == null
                ? ""
                : "（" + EnumLabels.of(event.ground()).zh() + "）";
        answer(event.sources(), "report-declined:" + event.reportId(), "您反映的问题形成的社情民意信息未被采用" + ground + "。", true);
    }

    @EventHandler
    void on(OpinionReportForwarded event) {
        answer(
                event.sources(),
                "report-forwarded:" + event.reportId(),
                "您反映的问题形成的社情民意信息已转" + event.channel() + "研处。",
                true);
    }

    @EventHandler
    void on(InstructionReplyRecorded event) {
        answer(
                event.sources(),
                "instruction-reply:" + event.handlingId().value(),
                "领导对您反映问题形成的社情民意信息作出批示，承办单位答复：" + event.measures(),
                false);
    }

    @EventHandler
    void on(BulletinCompiled event) {
        for (String report : event.reports()) {
            commands.send(
                    new IncludeInBulletin(
                            new ReportId(report), event.bulletinId().value(), event.label(), ActorRef.system()),
                    Map.of("origin", "policy:bulletin"));
        }
    }

    private void answer(List<ReportSource> sources, String sourceId, String summary, boolean close) {
        Map<String, String> origin = Map.of("origin", "policy:report-feedback");
        for (ReportSource source : sources) {
            if (source.kind() != ReportSource.Kind.CLUE) {
                continue;
            }
            ClueId clue = new ClueId(source.id());
            commands.sendOnce(
                    new RecordFeedback(clue, sourceId, summary, ActorRef.system()),
                    origin,
                    ClueRule.FEEDBACK_ALREADY_RECORDED);
            if (close) {
                commands.sendOnce(new CloseClue(clue, ActorRef.system()), origin, ClueRule.CLOSE_WITHOUT_OUTCOME);
            }
        }
    }
}
