package io.streambench.api.result;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The store behind {@link io.streambench.api.pipeline.Sink#memory}: engines running in the test's own JVM append
 * here, tests read here. Results are kept in the order they were written.
 */
public final class InMemoryResults {
    private static final Map<String, List<ObservedResult>> BY_NAME = new ConcurrentHashMap<>();

    private InMemoryResults() {
    }

    public static void append(String name, WindowResult result, long emitTime) {
        BY_NAME.computeIfAbsent(name, ignored -> new CopyOnWriteArrayList<>())
                .add(new ObservedResult(result, emitTime, System.currentTimeMillis()));
    }

    public static List<ObservedResult> read(String name) {
        return List.copyOf(BY_NAME.getOrDefault(name, List.of()));
    }

    public static void clear(String name) {
        BY_NAME.remove(name);
    }
}
