package org.tongxin.projections.caselabel;

/**
 * Clues and proposals found by what a person types: a tracking code, a filing number (with or without 第…号), or
 * words of the title. {@code kind} null searches both; newest first, at most {@code limit}.
 */
public record SearchCases(String q, CaseLabel.Kind kind, int limit) {

    public SearchCases {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("1 ≤ limit ≤ 500");
        }
    }
}
