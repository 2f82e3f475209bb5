package org.tongxin.processes.proposal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.proposal.DraftProposal;
import org.tongxin.engine.proposal.EditProposalDraft;
import org.tongxin.engine.proposal.ProposalChannel;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalLimits;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.proposal.ProposingBody;
import org.tongxin.engine.proposal.SubmitProposal;
import org.tongxin.engine.proposal.WithdrawProposal;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.task.Choice;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.FormValues;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.References;

/**
 * Proposals written outside a clue: a member drafts his own (alone, or with co-signers picked by name), keeps it as a
 * draft and edits it until he submits it; the proposal office enters a member's proposal received on paper, in a
 * plenary speech or a group discussion on his behalf; a body's collective proposal is put forward by the office or
 * by the body's own account. A submitted proposal starts the same lifecycle as a clue's (co-signing, filing review
 * …). The forms validate and resolve what was entered and name the field that is wrong; the aggregate has the last
 * word on the rules. Each call is one transaction.
 */
@Service
public class ProposalDrafts {

    /** Keep it as a draft (the default), or submit it at once. */
    public static final String SAVE = "SAVE";

    public static final String SUBMIT = "SUBMIT";

    private static final Map<String, String> ORIGIN = Map.of("origin", "proposals");

    private static final List<FormField> TEXTS = List.of(
            FormField.text("title", new Label("提案标题", "Title"), true, ProposalLimits.TITLE_MAX),
            FormField.reference("category", FieldType.CATEGORY, new Label("类别", "Category"), false),
            FormField.textarea("content", new Label("案由", "Case"), true, ProposalLimits.CONTENT_MAX),
            FormField.textarea("suggestions", new Label("具体建议", "Suggestions"), false, ProposalLimits.SUGGESTIONS_MAX),
            FormField.choice(
                    "action",
                    new Label("操作", "Action"),
                    false,
                    List.of(
                            new Choice(SAVE, new Label("保存草稿", "Save draft")),
                            new Choice(SUBMIT, new Label("提交", "Submit")))));

    private static final FormField CO_SIGNERS = FormField.reference(
                    "coSigners", FieldType.MEMBER, new Label("联名委员", "Co-signers"), false)
            .multiple(500);

    private final CommandSender commands;
    private final References references;
    private final FormDefinition draftForm;
    private final FormDefinition onBehalfForm;
    private final FormDefinition bodyForm;
    private final FormDefinition withdrawForm;

    public ProposalDrafts(CommandSender commands, References references) {
        this.commands = commands;
        this.references = references;
        this.draftForm = form(TEXTS, CO_SIGNERS);
        this.onBehalfForm = form(
                TEXTS,
                CO_SIGNERS,
                FormField.reference("member", FieldType.MEMBER, new Label("提案委员", "Member"), true),
                FormField.choice(
                        "channel",
                        new Label("来源渠道", "Received through"),
                        true,
                        List.of(
                                new Choice(ProposalChannel.PAPER.name(), new Label("书面提交", "On paper")),
                                new Choice(ProposalChannel.PLENARY_SPEECH.name(), new Label("大会发言", "Plenary speech")),
                                new Choice(
                                        ProposalChannel.GROUP_DISCUSSION.name(),
                                        new Label("分组讨论", "Group discussion")))));
        this.bodyForm = form(TEXTS);
        this.withdrawForm = FormDefinition.of(
                FormField.textarea("reason", new Label("撤回理由", "Reason"), true, ProposalLimits.WITHDRAW_REASON_MAX));
    }

    private static FormDefinition form(List<FormField> texts, FormField... more) {
        FormField[] fields = new FormField[texts.size() + more.length];
        for (int i = 0; i < texts.size(); i++) {
            fields[i] = texts.get(i);
        }
        System.arraycopy(more, 0, fields, texts.size(), more.length);
        return FormDefinition.of(fields);
    }

    /** The acting member's own proposal; kept as a draft unless {@code action} is {@code SUBMIT}. */
    @Transactional
    public ProposalId draft(Map<String, ?> body, ActorRef by) {
        FormValues values = draftForm.validate(body, references);
        List<String> coSigners = values.list("coSigners");
        return start(
                values,
                coSigners.isEmpty() ? ProposerKind.MEMBER : ProposerKind.JOINT,
                by.userId(),
                coSigners,
                null,
                null,
                by);
    }

    /** The office enters a member's proposal received on paper, in a plenary speech or in a group discussion. */
    @Transactional
    public ProposalId enterOnBehalf(Map<String, ?> body, ActorRef by) {
        FormValues values = onBehalfForm.validate(body, references);
        List<String> coSigners = values.list("coSigners");
        return start(
                values,
                coSigners.isEmpty() ? ProposerKind.MEMBER : ProposerKind.JOINT,
                values.text("member"),
                coSigners,
                null,
                values.choice("channel", ProposalChannel.class),
                by);
    }

    /**
     * A body's collective proposal (集体提案), led by {@code speaker}: the body's own account, which evaluates the
     * departments' replies for it.
     */
    @Transactional
    public ProposalId draftForBody(Map<String, ?> body, ProposingBody proposingBody, String speaker, ActorRef by) {
        FormValues values = bodyForm.validate(body, references);
        return start(values, ProposerKind.BODY, speaker, List.of(), proposingBody, null, by);
    }

    private ProposalId start(
            FormValues values,
            ProposerKind kind,
            String lead,
            List<String> coSigners,
            ProposingBody proposingBody,
            ProposalChannel channel,
            ActorRef by) {
        ProposalId id = ProposalId.random();
        commands.send(
                new DraftProposal(
                        id,
                        values.text("title"),
                        values.text("content"),
                        kind,
                        lead,
                        coSigners,
                        proposingBody,
                        List.of(),
                        by,
                        values.text("category"),
                        values.text("suggestions"),
                        channel),
                ORIGIN);
        if (SUBMIT.equals(values.text("action"))) {
            commands.send(new SubmitProposal(id, by), ORIGIN);
        }
        return id;
    }

    /** The draft rewritten; submitted too when {@code action} is {@code SUBMIT}. */
    @Transactional
    public void edit(ProposalId id, Map<String, ?> body, ActorRef by) {
        FormValues values = draftForm.validate(body, references);
        commands.send(
                new EditProposalDraft(
                        id,
                        values.text("title"),
                        values.text("content"),
                        values.text("category"),
                        values.text("suggestions"),
                        values.list("coSigners"),
                        by),
                ORIGIN);
        if (SUBMIT.equals(values.text("action"))) {
            commands.send(new SubmitProposal(id, by), ORIGIN);
        }
    }

    @Transactional
    public void submit(ProposalId id, ActorRef by) {
        commands.send(new SubmitProposal(id, by), ORIGIN);
    }

    /** Withdrawn before filing, saying why. */
    @Transactional
    public void withdraw(ProposalId id, Map<String, ?> body, ActorRef by) {
        FormValues values = withdrawForm.validate(body, references);
        commands.send(new WithdrawProposal(id, values.text("reason"), by), ORIGIN);
    }

    public FormDefinition draftForm() {
        return draftForm;
    }

    public FormDefinition onBehalfForm() {
        return onBehalfForm;
    }
}
