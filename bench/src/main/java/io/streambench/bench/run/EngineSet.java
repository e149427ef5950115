package io.streambench.bench.run;

import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.fork.ProjectCluster;
import io.streambench.bench.engines.EngineCatalog;
import io.streambench.bench.fault.Faults;
import io.streambench.bench.results.EngineCluster;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engines of a matrix run, found when a cell first needs one: an engine that is not built fails its own cells,
 * not the whole matrix. Where the run's {@link EngineDeployment} asks for clusters, an engine's project-started
 * cluster starts when a cell first runs a job on it, serves the later cells, and is stopped when the run closes this
 * set; one that lost a process is replaced.
 */
public final class EngineSet implements AutoCloseable {
    private final EngineCatalog catalog;
    private final EngineDeployment deployment;
    private final Path clusterDirectory;
    private final Map<String, ForkedEngine> engines = new LinkedHashMap<>();
    private final Map<String, ProjectCluster> clusters = new LinkedHashMap<>();
    private int clustersStarted;

    /** Engines that run their jobs in their own processes. */
    public EngineSet(Path home) {
        this(home, EngineDeployment.LOCAL, null);
    }

    /** @param clusterDirectory where project-started clusters keep their processes' files and logs */
    public EngineSet(Path home, EngineDeployment deployment, Path clusterDirectory) {
        this.catalog = EngineCatalog.at(home);
        this.deployment = deployment;
        this.clusterDirectory = clusterDirectory;
    }

    /** The engine as it describes itself (capabilities, version): the same wherever its jobs run. */
    public synchronized ForkedEngine engine(String name) {
        ForkedEngine engine = engines.get(name);
        if (engine == null) {
            engine = catalog.forked(name);
            engines.put(name, engine);
        }
        return engine;
    }

    /**
     * The engine as a cell runs its job: in its own process, or as the client of its cluster.
     *
     * @param engine          forked per job, with {@code --cluster <endpoint>} where it runs on a cluster
     * @param cluster         the cluster, for the results; null without one
     * @param clusterMembers  the project-started cluster's processes, whose cost is the job's; empty otherwise
     * @param workers         the project-started cluster's workers, for a fault; null without one
     */
    public record Deployed(ForkedEngine engine, EngineCluster cluster, List<ProcessHandle> clusterMembers,
                           Faults.ClusterWorkers workers) {
    }

    /** Whether a cell's job runs on a cluster: the user's, or one the bench starts for the run or the cell. */
    public boolean runsOnCluster(String name, Integer workers) {
        return deployment.existingClusters().containsKey(name) || deployment.projectClusters() || workers != null;
    }

    /** Whether a cell's job runs on a cluster the bench starts, whose workers a fault can reach. */
    public boolean runsOnProjectCluster(String name, Integer workers) {
        return !deployment.existingClusters().containsKey(name) && (deployment.projectClusters() || workers != null);
    }

    /**
     * @param workers the cell's own cluster size, which wins over the run's deployment (a cluster the user runs aside);
     *                null: as the run deploys its engines
     * @param slots   slots per worker of the cell's own cluster
     * @throws IllegalStateException if the engine's cluster cannot be reached or started, saying where and why
     */
    public synchronized Deployed deployed(String name, Integer workers, int slots) throws InterruptedException {
        String existing = deployment.existingClusters().get(name);
        if (existing != null) {
            ClusterAddress.requireReachable(name, existing);
            return new Deployed(onCluster(name, existing), EngineCluster.existing(name, existing), List.of(),
                    null);
        }
        if (workers == null && !deployment.projectClusters()) {
            return new Deployed(engine(name), null, List.of(), null);
        }
        int wantedWorkers = workers == null ? deployment.workers() : workers;
        int wantedSlots = workers == null ? deployment.slots() : slots;
        ProjectCluster cluster = clusters.get(name);
        // One cluster per engine at a time: a cell of another size replaces it rather than share the machine with it.
        if (cluster != null && (!cluster.isWhole() || cluster.workers() != wantedWorkers
                || cluster.slots() != wantedSlots)) {
            cluster.close();
            cluster = null;
        }
        if (cluster == null) {
            cluster = ProjectCluster.start(catalog.descriptor(name),
                    clusterDirectory.resolve(name + "-" + ++clustersStarted), wantedWorkers, wantedSlots,
                    ProjectCluster.DEFAULT_READY_TIMEOUT);
            clusters.put(name, cluster);
        }
        return new Deployed(onCluster(name, cluster.endpoint()), described(cluster), cluster.processHandles(),
                cluster::killWorker);
    }

    private ForkedEngine onCluster(String name, String endpoint) {
        return new ForkedEngine(catalog.descriptor(name).launcher().withArguments(List.of("--cluster", endpoint)));
    }

    private static EngineCluster described(ProjectCluster cluster) {
        return new EngineCluster(EngineCluster.PROJECT, cluster.engine(), cluster.endpoint(), cluster.ui(),
                cluster.workers(), cluster.slots(), cluster.members().stream()
                .map(member -> new EngineCluster.Process(member.role(), member.pid())).toList(),
                cluster.startTime().toMillis() / 1000.0);
    }

    /** The versions of the engines used so far. */
    public synchronized Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        engines.forEach((name, engine) -> {
            try {
                versions.put(name, engine.version());
            } catch (RuntimeException unavailable) {
                versions.put(name, "unavailable: " + unavailable.getMessage());
            }
        });
        return versions;
    }

    /** Stops the project-started clusters. */
    @Override
    public synchronized void close() {
        clusters.values().forEach(ProjectCluster::close);
        clusters.clear();
    }
}
