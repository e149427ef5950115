package io.streambench.api.oracle;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.result.WindowResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tumbling and sliding windows: epoch-aligned {@code [start, start + size)} with starts every {@code slide}. */
final class TimeWindowModel implements OutputModel {
    private final long size;
    private final long slide;
    private final Aggregate aggregate;
    private final Lateness lateness;
    private final Map<WindowResult.Identity, Accumulator> windows = new HashMap<>();

    TimeWindowModel(long size, long slide, Aggregate aggregate, Lateness lateness) {
        this.size = size;
        this.slide = slide;
        this.aggregate = aggregate;
        this.lateness = lateness;
    }

    @Override
    public boolean add(String key, ClickEvent event, long watermark) {
        long time = event.eventTime();
        boolean accepted = false;
        for (long start = time - Math.floorMod(time, slide); start > time - size; start -= slide) {
            long end = start + size;
            if (!lateness.isLate(end, watermark)) {
                windows.computeIfAbsent(new WindowResult.Identity(key, start, end), id -> new Accumulator(aggregate))
                        .add(event);
                accepted = true;
            }
        }
        return accepted;
    }

    @Override
    public List<WindowResult> results() {
        return windows.entrySet().stream()
                .map(entry -> new WindowResult(entry.getKey().key(), entry.getKey().windowStart(),
                        entry.getKey().windowEnd(), entry.getValue().value(), entry.getValue().maxSendTime()))
                .sorted().toList();
    }
}
