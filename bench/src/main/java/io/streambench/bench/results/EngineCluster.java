package io.streambench.bench.results;

import java.util.List;
import java.util.Locale;

/**
 * The cluster a cell's engine ran its job on, when it was not the engine's own process (a Flink MiniCluster, Spark
 * {@code local[*]}).
 *
 * @param kind         {@value #PROJECT} (started by the bench for the run, on this machine) or {@value #EXISTING} (one
 *                     the user runs, given by its address)
 * @param endpoint     what the engine's client was given as {@code --cluster}
 * @param ui           the cluster's web interface; null where unknown
 * @param workers      TaskManagers / Workers; null for an existing cluster
 * @param slots        slots (Flink) or cores (Spark) per worker; null for an existing cluster
 * @param processes    the cluster's processes on this machine; empty for an existing cluster
 * @param startSeconds from forking the coordinator to the last worker registered; null for an existing cluster
 */
public record EngineCluster(String kind, String engine, String endpoint, String ui, Integer workers, Integer slots,
                            List<Process> processes, Double startSeconds) {
    public static final String PROJECT = "project";
    public static final String EXISTING = "existing";

    public EngineCluster {
        processes = processes == null ? List.of() : List.copyOf(processes);
    }

    public static EngineCluster existing(String engine, String endpoint) {
        return new EngineCluster(EXISTING, engine, endpoint, null, null, null, List.of(), null);
    }

    /** In words, for the console: what kind of cluster, where, its workers and how long it took to start. */
    public String describe() {
        if (EXISTING.equals(kind)) {
            return "existing " + engine + " cluster at " + endpoint;
        }
        return "project " + engine + " cluster at " + endpoint + ": " + workers + " workers x " + slots
                + " slots, started in " + String.format(Locale.ROOT, "%.1f", startSeconds) + " s ("
                + String.join(", ", processes.stream().map(process -> process.role() + " pid " + process.pid())
                .toList()) + ")";
    }

    /** One process of a project-started cluster: {@code coordinator}, {@code worker-1}... */
    public record Process(String role, long pid) {
    }
}
