package io.streambench.api.result;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Results written per job in this JVM. Sinks running in the engine's own JVM (a MiniCluster, Spark local mode) count
 * here, so that the engine's main can report its first result; a remote cluster's sinks count elsewhere.
 */
public final class EmissionCounter {
    private static final Map<String, AtomicLong> BY_JOB = new ConcurrentHashMap<>();

    private EmissionCounter() {
    }

    public static void add(String jobId, long results) {
        BY_JOB.computeIfAbsent(jobId, id -> new AtomicLong()).addAndGet(results);
    }

    public static long count(String jobId) {
        AtomicLong count = BY_JOB.get(jobId);
        return count == null ? 0 : count.get();
    }
}
