package org.tongxin.infra.security;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.cases.CaseView;
import org.tongxin.projections.proposal.ProposalView;

/**
 * Who may read what on the read side; a refusal is a 403 problem detail (or a 404 where the caller may not know the
 * thing exists). The API and the pages apply these same rules.
 */
public final class Access {

    /** Audit, replay status and the like: read-only oversight and the office. */
    public static final Set<Role> OVERSIGHT = Set.of(Role.SUPERVISOR, Role.STAFF, Role.ADMIN);

    /** Whole-committee views (lineage, 件件有回应, statistics of every department): everyone but department officers. */
    public static final Set<Role> READERS_OF_CASES =
            Set.of(Role.MEMBER, Role.STAFF, Role.LEADER, Role.SUPERVISOR, Role.ADMIN, Role.DESIGNER);

    /** Besides the member themself. */
    static final Set<Role> MEMBER_RECORD_READERS = Set.of(Role.STAFF, Role.LEADER, Role.SUPERVISOR, Role.ADMIN);

    private Access() {}

    public static void require(TongxinUser user, Set<Role> roles) {
        if (!roles.contains(user.role())) {
            throw forbidden("Your role may not use this resource.");
        }
    }

    /**
     * The department a board or statistic is about: a department officer's own, whatever was asked (asking for
     * another is refused); for everyone else the one asked for, or all when none.
     */
    public static String department(TongxinUser user, String asked) {
        if (user.role() != Role.DEPT_OFFICER) {
            return asked == null || asked.isBlank() ? null : asked;
        }
        String own = user.department().value();
        if (asked != null && !asked.isBlank() && !asked.equals(own)) {
            throw forbidden("A department officer sees their own department only.");
        }
        return own;
    }

    /**
     * The department a department officer's reads of proposals and clues are narrowed to, in the query itself (their
     * own; nothing for an officer without one); null for everyone else. What lies outside it does not exist for them.
     */
    public static String scope(TongxinUser user) {
        if (user.role() != Role.DEPT_OFFICER) {
            return null;
        }
        return user.department() == null ? "" : user.department().value();
    }

    /**
     * A department officer may look at a case their department handles only; to them any other case does not
     * exist. {@code live} is the case as it stands now (not as of an earlier instant).
     */
    public static void requireCase(TongxinUser user, String id, CaseView live) {
        if (live.proposal() != null && !mayReadProposal(user, live.proposal())) {
            throw new NotFound("case " + id);
        }
        if (user.role() != Role.DEPT_OFFICER) {
            return;
        }
        String own = user.department().value();
        if (live.handlings().stream().noneMatch(h -> own.equals(h.department()))) {
            throw new NotFound("case " + id);
        }
    }

    /**
     * A draft is its writer's until submitted: the lead proposer, whoever entered it (the office, on a member's
     * behalf), and the office for a body's; nobody else knows it exists. Once submitted a proposal reads as before.
     */
    public static boolean mayReadProposal(TongxinUser user, ProposalView proposal) {
        if (!"DRAFT".equals(proposal.status())) {
            return true;
        }
        return user.username().equals(proposal.leadProposer())
                || user.username().equals(proposal.draftedBy())
                || (user.role() == Role.STAFF
                        && ("BODY".equals(proposal.kind())
                                || (proposal.draftedBy() != null
                                        && !proposal.draftedBy().equals(proposal.leadProposer()))));
    }

    /** The member record (履职档案): the member themself, the office, leaders and oversight. */
    public static void requireMemberRecord(TongxinUser user, String memberId) {
        if (!user.username().equals(memberId)) {
            require(user, MEMBER_RECORD_READERS);
        }
    }

    public static ResponseStatusException forbidden(String detail) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, detail);
    }
}
