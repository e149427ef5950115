package io.streambench.api.oracle;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.result.WindowResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Session windows: each event opens {@code [t, t + gap)}; windows of a key that overlap or touch merge (Flink's
 * {@code TimeWindow.intersects} and Spark's {@code sessionStart <= currentSessionEnd} both merge touching sessions).
 * An event whose merged session would already be late is dropped and merges nothing.
 */
final class SessionWindowModel implements OutputModel {
    private final long gap;
    private final Aggregate aggregate;
    private final Lateness lateness;
    private final Map<String, TreeMap<Long, Session>> sessionsByKey = new HashMap<>();

    SessionWindowModel(long gap, Aggregate aggregate, Lateness lateness) {
        this.gap = gap;
        this.aggregate = aggregate;
        this.lateness = lateness;
    }

    @Override
    public boolean add(String key, ClickEvent event, long watermark) {
        TreeMap<Long, Session> sessions = sessionsByKey.computeIfAbsent(key, k -> new TreeMap<>());
        long start = event.eventTime();
        long end = start + gap;
        List<Session> overlapping = new ArrayList<>();
        // Sessions starting after our end cannot touch us; of the rest, those ending at or after our start do.
        for (Session session : sessions.headMap(end, true).values()) {
            if (session.end >= start) {
                overlapping.add(session);
                start = Math.min(start, session.start);
                end = Math.max(end, session.end);
            }
        }
        if (lateness.isLate(end, watermark)) {
            return false;
        }
        Session merged = new Session(start, end, new Accumulator(aggregate));
        for (Session session : overlapping) {
            sessions.remove(session.start);
            merged.accumulator.merge(session.accumulator);
        }
        merged.accumulator.add(event);
        sessions.put(merged.start, merged);
        return true;
    }

    @Override
    public List<WindowResult> results() {
        List<WindowResult> results = new ArrayList<>();
        sessionsByKey.forEach((key, sessions) -> {
            for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
                Session session = it.next();
                results.add(new WindowResult(key, session.start, session.end, session.accumulator.value(),
                        session.accumulator.maxSendTime()));
            }
        });
        return results.stream().sorted().toList();
    }

    private record Session(long start, long end, Accumulator accumulator) {
    }
}
