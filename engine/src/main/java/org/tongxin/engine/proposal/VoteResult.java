package org.tongxin.engine.proposal;

/**
 * The result of the committee's vote on how a key proposal was handled (票决评价): satisfied when more than half of
 * those voting found it satisfactory, basically satisfied when satisfied and basically satisfied together are more
 * than half, otherwise unsatisfied. Abstentions count among those voting, so they weigh against a result.
 */
public enum VoteResult {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED;

    public static VoteResult of(int satisfied, int basicallySatisfied, int unsatisfied, int abstained) {
        long cast = (long) satisfied + basicallySatisfied + unsatisfied + abstained;
        if (2L * satisfied > cast) {
            return SATISFIED;
        }
        if (2L * (satisfied + (long) basicallySatisfied) > cast) {
            return BASICALLY_SATISFIED;
        }
        return UNSATISFIED;
    }
}
