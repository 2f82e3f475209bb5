package org.tongxin.infra.demo;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.proposal.ProposingBodyType;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.persistence.NoDatasourceUrl;
import org.tongxin.infra.proposals.ProposingBodies;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.proposal.ProposalDrafts;

/**
 * Proposing bodies with the demo body account {@code body-minjian} (password {@code demo}, 民建区委会), and, the first
 * time, proposals written without a clue: member's draft, a direct proposal of member's in filing review, and a
 * collective proposal of the 民建区委会 submitted through its own account. Only on the embedded default.
 */
@Component
@Order(3)
@Conditional(NoDatasourceUrl.class)
class DemoProposals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

    static final String BODY_ACCOUNT = "body-minjian";

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final ProposingBodies bodies;
    private final ProposalDrafts drafts;
    private final boolean cases;

    DemoProposals(
            UserAccounts accounts,
            PasswordEncoder passwordEncoder,
            ProposingBodies bodies,
            ProposalDrafts drafts,
            @Value("${tongxin.demo.cases:true}") boolean cases) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.bodies = bodies;
        this.drafts = drafts;
        this.cases = cases;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean first = bodies.all().isEmpty();
        if (accounts.existing(List.of(BODY_ACCOUNT)).isEmpty()) {
            accounts.createIfAbsent(BODY_ACCOUNT, passwordEncoder.encode("demo"), "民建区委会", Role.BODY, null);
        }
        bodies.registerIfAbsent("minjian", ProposingBodyType.PARTY_GROUP, "民建区委会", BODY_ACCOUNT);
        bodies.registerIfAbsent("sector-economy", ProposingBodyType.SECTOR, "经济界", null);
        bodies.registerIfAbsent("committee-proposals", ProposingBodyType.SPECIAL_COMMITTEE, "提案委员会", null);
        if (!first || !cases) {
            return;
        }
        ActorRef member = ActorRef.of("member", Role.MEMBER);
        drafts.draft(
                Map.of(
                        "title", "关于在社区推广智能垃圾分类回收站的提案",
                        "category", "生态环境",
                        "content", "龙城街道多个小区垃圾分类投放点设施陈旧，居民分类积极性不高，混投现象普遍。",
                        "suggestions", "一、在试点社区建设智能回收站；二、积分兑换激励居民分类；三、街道定期公布各小区分类成效。",
                        "coSigners", "member2"),
                member);
        drafts.draft(
                Map.of(
                        "title", "关于增设社区老年食堂的提案",
                        "category", "社会保障",
                        "content", "辖区老年人口占比持续上升，独居和高龄老人就餐难问题突出。",
                        "suggestions", "一、依托社区党群服务中心增设老年食堂；二、对高龄、低保老人给予助餐补贴。",
                        "action", ProposalDrafts.SUBMIT),
                member);
        drafts.draftForBody(
                Map.of(
                        "title", "关于支持中小微企业数字化转型的提案",
                        "category", "经济发展",
                        "content", "区内中小微企业数字化基础薄弱，转型成本高、人才缺。",
                        "suggestions", "一、设立数字化转型专项资金；二、搭建公共服务平台；三、开展企业数字化人才培训。",
                        "action", ProposalDrafts.SUBMIT),
                bodies.ofAccount(BODY_ACCOUNT).orElseThrow().asProposingBody(),
                BODY_ACCOUNT,
                ActorRef.of(BODY_ACCOUNT, Role.BODY));
        log.info("Created demo proposals: a member's draft, a submitted direct proposal, a collective proposal");
    }
}
