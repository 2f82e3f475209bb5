package org.tongxin.engine.clue;

/**
 * Who brought a clue in, for the member record (履职档案) and statistics: the member (user id), the workstation
 * (委员工作站) and the sector (界别). All optional: a citizen's idea has none of them.
 */
public record Attribution(String member, String workstation, String sector) {

    public static Attribution none() {
        return new Attribution(null, null, null);
    }
}
