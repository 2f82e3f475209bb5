package org.tongxin.projections.stats;

/** {@code count} of {@code sample}; {@code percent} is null when the sample is empty. */
public record Rate(long count, long sample, Double percent) {

    static Rate of(long count, long sample) {
        return new Rate(count, sample, sample == 0 ? null : Math.round(1000.0 * count / sample) / 10.0);
    }
}
