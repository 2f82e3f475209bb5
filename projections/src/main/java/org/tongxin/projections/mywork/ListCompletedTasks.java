package org.tongxin.projections.mywork;

/** A user's completed tasks, newest first. */
public record ListCompletedTasks(String actorId, int page, int size) {

    public ListCompletedTasks {
        if (actorId == null || actorId.isBlank() || page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("an actor, page ≥ 0 and 1 ≤ size ≤ 200");
        }
    }
}
