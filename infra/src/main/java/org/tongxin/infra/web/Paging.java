package org.tongxin.infra.web;

/**
 * Bounds of every paged API list: {@code page} from 0 to {@value #MAX_PAGE}, {@code size} from 1 to {@value
 * #MAX_SIZE}. The engine's task queries take the offset as an {@code int}, so {@code page × size} must stay far
 * below its range; nobody reads past page ten thousand.
 */
public final class Paging {

    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 200;

    private Paging() {}
}
