package io.streambench.spark;

import org.apache.spark.util.AccumulatorV2;

/** The earliest of the epoch-ms times its tasks add; {@link Long#MAX_VALUE} while none was added. */
public final class EarliestTimeAccumulator extends AccumulatorV2<Long, Long> {
    private long earliest = Long.MAX_VALUE;

    @Override
    public boolean isZero() {
        return earliest == Long.MAX_VALUE;
    }

    @Override
    public AccumulatorV2<Long, Long> copy() {
        EarliestTimeAccumulator copy = new EarliestTimeAccumulator();
        copy.earliest = earliest;
        return copy;
    }

    @Override
    public void reset() {
        earliest = Long.MAX_VALUE;
    }

    @Override
    public void add(Long time) {
        earliest = Math.min(earliest, time);
    }

    @Override
    public void merge(AccumulatorV2<Long, Long> other) {
        earliest = Math.min(earliest, other.value());
    }

    @Override
    public Long value() {
        return earliest;
    }
}
