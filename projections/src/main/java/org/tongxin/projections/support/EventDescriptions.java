package org.tongxin.projections.support;

import org.tongxin.engine.clue.ClueAbsorbed;
import org.tongxin.engine.clue.ClueAdopted;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueClosed;
import org.tongxin.engine.clue.ClueConverted;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.FeedbackRecorded;
import org.tongxin.engine.handling.CoHandlerOpinionReceived;
import org.tongxin.engine.handling.CoHandlerOpinionSent;
import org.tongxin.engine.handling.EscalatedToSupervision;
import org.tongxin.engine.handling.EvaluationGiven;
import org.tongxin.engine.handling.EvaluationWindowClosed;
import org.tongxin.engine.handling.ExtensionApproved;
import org.tongxin.engine.handling.ExtensionRejected;
import org.tongxin.engine.handling.ExtensionRequested;
import org.tongxin.engine.handling.HandlingClosed;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.handling.HandlingOverdue;
import org.tongxin.engine.handling.HandlingReassigned;
import org.tongxin.engine.handling.HandlingReceived;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.handling.PreHandlingContactLogged;
import org.tongxin.engine.handling.RehandleStarted;
import org.tongxin.engine.handling.ReplyReminderSent;
import org.tongxin.engine.handling.ReturnRejected;
import org.tongxin.engine.handling.ReturnRequested;
import org.tongxin.engine.proposal.CoSignatureConfirmed;
import org.tongxin.engine.proposal.CoSignatureDeclined;
import org.tongxin.engine.proposal.CoSignerReplaced;
import org.tongxin.engine.proposal.CoSigningClosed;
import org.tongxin.engine.proposal.DepartmentReassigned;
import org.tongxin.engine.proposal.HandlingClosureRecorded;
import org.tongxin.engine.proposal.HandlingVoteRecorded;
import org.tongxin.engine.proposal.KeyProposalDesignated;
import org.tongxin.engine.proposal.ProposalAssigned;
import org.tongxin.engine.proposal.ProposalClosed;
import org.tongxin.engine.proposal.ProposalConvertedToOpinionReport;
import org.tongxin.engine.proposal.ProposalDrafted;
import org.tongxin.engine.proposal.ProposalFiled;
import org.tongxin.engine.proposal.ProposalNotFiled;
import org.tongxin.engine.proposal.ProposalSubmitted;
import org.tongxin.engine.proposal.ProposalWithdrawn;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.report.OpinionReportAdopted;
import org.tongxin.engine.report.OpinionReportDeclined;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.report.OpinionReportSubmitted;

/**
 * One line of plain Chinese per event, for the history and the audit log. Built from chosen fields only: the
 * submitter of a clue (name, phone) is never among them, and neither are long texts (replies, opinions, notes), which
 * the case view shows to those allowed to read them.
 */
public final class EventDescriptions {

    private static final int QUOTE_MAX = 60;

    private EventDescriptions() {}

    public static String describe(Object event) {
        if (event instanceof ClueRegistered e) {
            return "登记线索《" + quote(e.title()) + "》，来源 " + e.source();
        } else if (event instanceof ClueClassified e) {
            return "分类整理：" + quote(e.category()) + "，去向 " + e.route()
                    + (e.declineGround() == null
                            ? ""
                            : "（不予采纳：" + e.declineGround() + "，转交 " + quote(e.redirectedTo()) + "）")
                    + (e.mergeInto() == null ? "" : "，并入线索 " + e.mergeInto());
        } else if (event instanceof ClueAbsorbed e) {
            return "并入线索 " + e.mergedClue();
        } else if (event instanceof ClueAdopted e) {
            return "委员 " + e.adopter() + " 认领线索";
        } else if (event instanceof ClueConverted e) {
            return "线索转化为 " + e.target() + " " + e.targetId();
        } else if (event instanceof FeedbackRecorded e) {
            return "向提出人反馈（来自 " + e.sourceId() + "）：" + quote(e.summary());
        } else if (event instanceof ClueClosed e) {
            return "线索办结（" + e.outcome() + "）";
        } else if (event instanceof ProposalDrafted e) {
            return "起草提案《" + quote(e.title()) + "》，第一提案人 " + e.leadProposer()
                    + (e.coSigners().isEmpty() ? "" : "，联名 " + e.coSigners().size() + " 人");
        } else if (event instanceof ProposalSubmitted e) {
            return "提交提案" + (e.coSignerConfirmationDue() == null ? "" : "，联名确认截止 " + e.coSignerConfirmationDue());
        } else if (event instanceof CoSignatureConfirmed e) {
            return e.confirmedBy().userId() + " 确认联名";
        } else if (event instanceof CoSignatureDeclined e) {
            return e.declinedBy().userId() + " 拒绝联名";
        } else if (event instanceof CoSignerReplaced e) {
            return "更换联名人：" + e.replaced() + " → " + e.replacement() + "（" + e.reason() + "）";
        } else if (event instanceof CoSigningClosed e) {
            return "联名确认结束：确认 " + e.confirmed().size() + " 人，未确认 " + e.dropped().size() + " 人";
        } else if (event instanceof ProposalWithdrawn e) {
            return "撤回提案";
        } else if (event instanceof ProposalFiled e) {
            return "立案，类别 " + quote(e.category());
        } else if (event instanceof ProposalNotFiled e) {
            return "不予立案：" + e.ground() + "，" + e.disposition()
                    + (e.forwardedTo() == null ? "" : "，转交 " + quote(e.forwardedTo()));
        } else if (event instanceof ProposalConvertedToOpinionReport e) {
            return "转为社情民意信息";
        } else if (event instanceof KeyProposalDesignated e) {
            return "列为重点提案，牵头领导 " + e.supervisingLeader();
        } else if (event instanceof ProposalAssigned e) {
            return "交办（" + e.mode() + "）："
                    + String.join(
                            "、",
                            e.handlings().stream()
                                    .map(h -> h.department() + "/" + h.role())
                                    .toList())
                    + "，答复期限 " + e.replyDue();
        } else if (event instanceof DepartmentReassigned e) {
            return "调整承办单位：" + e.fromDepartment() + " → " + e.toDepartment() + "，答复期限 " + e.replyDue();
        } else if (event instanceof HandlingClosureRecorded e) {
            if (e.outcome() == null || e.outcome().outcomeClass() == null) {
                // a co-handler closes once its opinion reached the lead; the outcome class is the lead's
                return e.department() + " 协办结束，意见已送主办单位";
            }
            return e.department() + " 办结，" + e.outcome().outcomeClass() + " 类"
                    + (e.outcome().escalatedToSupervision() ? "，转民主监督" : "");
        } else if (event instanceof HandlingVoteRecorded e) {
            return "票决评价：满意 " + e.satisfied() + "，基本满意 " + e.basicallySatisfied() + "，不满意 " + e.unsatisfied() + "，弃权 "
                    + e.abstained();
        } else if (event instanceof ProposalClosed e) {
            return "提案办结，反馈 " + e.sourceClues().size() + " 条来源线索";
        } else if (event instanceof HandlingOpened e) {
            return e.department() + " 开始承办（" + e.role() + "）" + (e.replyDue() == null ? "" : "，答复期限 " + e.replyDue());
        } else if (event instanceof HandlingReceived e) {
            return "签收";
        } else if (event instanceof ReturnRequested e) {
            return "申请退回" + (e.suggestedDepartment() == null ? "" : "，建议 " + e.suggestedDepartment()) + "，计时暂停";
        } else if (event instanceof ReturnRejected e) {
            return "退回申请未获同意，恢复计时（暂停 " + e.workingDaysPaused() + " 个工作日）"
                    + (e.replyDue() == null ? "" : "，答复期限 " + e.replyDue());
        } else if (event instanceof HandlingReassigned e) {
            // after an upheld return or an office's correction of a wrong assignment; the note says which and why
            return "改由 " + e.newDepartment() + " 承办" + (e.note() == null ? "" : "（" + e.note() + "）");
        } else if (event instanceof PreHandlingContactLogged e) {
            return "办前沟通（" + e.method() + "）" + (e.late() ? "，逾期" : "");
        } else if (event instanceof CoHandlerOpinionSent e) {
            return "协办意见送主办单位" + (e.late() ? "，逾期" : "");
        } else if (event instanceof CoHandlerOpinionReceived e) {
            return "收到 " + e.fromDepartment() + " 协办意见";
        } else if (event instanceof ExtensionRequested e) {
            return "申请延期 " + e.extension();
        } else if (event instanceof ExtensionApproved e) {
            return "同意延期 " + e.extension() + "，答复期限 " + e.replyDue();
        } else if (event instanceof ExtensionRejected e) {
            return "不同意延期，答复期限仍为 " + e.replyDue();
        } else if (event instanceof HandlingReplied e) {
            return "第 " + e.round() + " 轮答复，" + e.outcome() + " 类" + (e.late() ? "，逾期答复" : "");
        } else if (event instanceof HandlingOverdue e) {
            return "逾期未答复（期限 " + e.replyDue() + "）";
        } else if (event instanceof ReplyReminderSent e) {
            return "答复提醒（期限 " + e.replyDue() + "）";
        } else if (event instanceof EvaluationGiven e) {
            return e.evaluatedBy().userId() + " 评价第 " + e.round() + " 轮：办理工作 " + e.handlingWork() + "，办理结果 "
                    + e.result();
        } else if (event instanceof EvaluationWindowClosed e) {
            return "评价期结束，未评价 " + e.notEvaluated().size() + " 人";
        } else if (event instanceof RehandleStarted e) {
            return "重新办理（第 " + e.round() + " 轮），答复期限 " + e.replyDue();
        } else if (event instanceof EscalatedToSupervision e) {
            return "转入民主监督议题库";
        } else if (event instanceof HandlingClosed e) {
            return "承办办结" + (e.outcome() == null ? "" : "，" + e.outcome() + " 类") + (e.escalated() ? "，已转民主监督" : "");
        } else if (event instanceof OpinionReportDrafted e) {
            return "撰写社情民意信息《" + quote(e.title()) + "》";
        } else if (event instanceof OpinionReportSubmitted e) {
            return "报送社情民意信息";
        } else if (event instanceof OpinionReportAdopted e) {
            return "社情民意信息被采用，刊于 " + quote(e.bulletinIssue());
        } else if (event instanceof OpinionReportDeclined e) {
            return "社情民意信息未采用";
        } else if (event instanceof LeaderInstructionRecorded e) {
            return "领导批示（" + quote(e.leader()) + "）";
        }
        return event == null ? "" : event.getClass().getSimpleName();
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= QUOTE_MAX
                ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, QUOTE_MAX)) + "…";
    }
}
