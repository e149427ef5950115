package io.streambench.api.oracle;

import io.streambench.api.run.ExecutionMode;

/**
 * How a mode sees event time. {@link #STREAMING}: events arrive one by one, the watermark follows the largest event
 * time seen, and events for windows the watermark has passed by more than the allowed lateness are dropped.
 * {@link #BOUNDED}: the whole input is known before any result is computed (Flink BATCH has a perfect watermark, a
 * Spark batch query ignores watermarks), so nothing is late. A pipeline gives the same results in both unless its
 * input holds late events, which only batch includes.
 */
public enum EventTimeSemantics {
    STREAMING,
    BOUNDED;

    public static EventTimeSemantics of(ExecutionMode mode) {
        return mode.kind() == ExecutionMode.Kind.BATCH ? BOUNDED : STREAMING;
    }
}
