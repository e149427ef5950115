package io.streambench.bench.run;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where the engines run their jobs: each in its own process (Flink's MiniCluster, Spark's {@code local[*]}), or on a
 * cluster the bench starts on this machine, one per engine for the whole run, of {@code workers} workers with
 * {@code slots} slots each; and, per engine, a cluster the user already runs, which overrides both.
 *
 * @param projectClusters  whether engines without an existing cluster run on a project-started one
 * @param existingClusters per engine name, the address its client is given as {@code --cluster}
 */
public record EngineDeployment(boolean projectClusters, int workers, int slots, Map<String, String> existingClusters) {
    public static final EngineDeployment LOCAL = new EngineDeployment(false, 2, 2, Map.of());

    public EngineDeployment {
        if (workers < 1 || slots < 1) {
            throw new IllegalArgumentException("a cluster needs at least one worker with one slot, was " + workers
                    + " workers with " + slots + " slots");
        }
        existingClusters = Map.copyOf(new TreeMap<>(existingClusters));
    }
}
