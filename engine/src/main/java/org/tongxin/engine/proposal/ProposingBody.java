package org.tongxin.engine.proposal;

/** The body a {@link ProposerKind#BODY} proposal comes from, e.g. (SECTOR, "经济界"). */
public record ProposingBody(ProposingBodyType type, String name) {}
