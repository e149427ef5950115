package io.streambench.api.oracle;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.result.WindowResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Count windows: every {@code size} events of a key, in arrival order, form window {@code [n*size, (n+1)*size)} of
 * that key's event ordinal. A trailing incomplete window is not a result. Count windows ignore event time.
 */
final class CountWindowModel implements OutputModel {
    private final long size;
    private final Aggregate aggregate;
    private final Map<String, Progress> progressByKey = new HashMap<>();
    private final List<WindowResult> completed = new ArrayList<>();

    CountWindowModel(long size, Aggregate aggregate) {
        this.size = size;
        this.aggregate = aggregate;
    }

    @Override
    public boolean add(String key, ClickEvent event, long watermark) {
        Progress progress = progressByKey.computeIfAbsent(key, k -> new Progress());
        if (progress.open == null) {
            progress.open = new Accumulator(aggregate);
        }
        progress.open.add(event);
        progress.seen++;
        if (progress.seen % size == 0) {
            completed.add(new WindowResult(key, progress.seen - size, progress.seen, progress.open.value(),
                    progress.open.maxSendTime()));
            progress.open = null;
        }
        return true;
    }

    @Override
    public List<WindowResult> results() {
        return completed.stream().sorted().toList();
    }

    private static final class Progress {
        private long seen;
        private Accumulator open;
    }
}
