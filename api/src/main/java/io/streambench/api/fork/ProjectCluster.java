package io.streambench.api.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster of an engine that the bench starts on this machine and stops when it is done: one coordinator and N
 * workers, each a JVM of its own on the engine's class path and JVM options, as its descriptor names them
 * ({@code clusterCoordinator}, {@code clusterWorker}). The coordinator chooses its ports and reports the endpoint the
 * engine's client takes; each worker reports once it has registered. Every wait is bounded; a process that dies before
 * it is ready is reported with the tail of its log, and whatever was started is stopped again. Its processes are
 * {@link ChildProcesses}, and each stops by itself when the bench is gone ({@link StandardInputLifeline}).
 */
public final class ProjectCluster implements AutoCloseable {
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    static final String COORDINATOR = "coordinator";
    static final String WORKER = "worker-";

    private final String engine;
    private final ClusterEvent ready;
    private final List<ClusterProcess> processes;
    private final int slots;
    private final Duration startTime;
    private boolean closed;

    private ProjectCluster(String engine, ClusterEvent ready, List<ClusterProcess> processes, int slots,
                           Duration startTime) {
        this.engine = engine;
        this.ready = ready;
        this.processes = processes;
        this.slots = slots;
        this.startTime = startTime;
    }

    /** One process of the cluster: its role ({@code coordinator}, {@code worker-1}...) and pid. */
    public record Member(String role, long pid) {
    }

    /**
     * Starts the coordinator, then the workers, and returns once every one of them said it is ready, within
     * {@code readyTimeout} all told.
     *
     * @throws IllegalArgumentException if the engine's descriptor declares no cluster processes
     * @throws IllegalStateException    if a process dies or is not ready in time (all are stopped again)
     */
    public static ProjectCluster start(EngineDescriptor engine, Path workDir, int workers, int slots,
                                       Duration readyTimeout) throws InterruptedException {
        if (!engine.runsAsProjectCluster()) {
            throw new IllegalArgumentException(engine.name() + " cannot run as a project-started cluster: its "
                    + "descriptor declares no clusterCoordinator and clusterWorker");
        }
        if (workers < 1 || slots < 1) {
            throw new IllegalArgumentException("a cluster needs at least one worker with one slot, was " + workers
                    + " workers with " + slots + " slots");
        }
        long started = System.nanoTime();
        long deadline = started + readyTimeout.toNanos();
        List<ClusterProcess> processes = new ArrayList<>();
        try {
            Path coordinatorDirectory = directory(workDir, COORDINATOR);
            ClusterProcess coordinator = ClusterProcess.start(engine, COORDINATOR, engine.clusterCoordinator(),
                    coordinatorDirectory, List.of(coordinatorDirectory.toString()), ClusterEvent.CLUSTER_READY);
            processes.add(coordinator);
            ClusterEvent ready = coordinator.awaitReady(deadline);
            for (int worker = 1; worker <= workers; worker++) {
                Path directory = directory(workDir, WORKER + worker);
                processes.add(ClusterProcess.start(engine, WORKER + worker, engine.clusterWorker(), directory,
                        List.of(directory.toString(), ready.endpoint(), Integer.toString(slots)),
                        ClusterEvent.WORKER_READY));
            }
            for (ClusterProcess worker : processes.subList(1, processes.size())) {
                worker.awaitReady(deadline);
            }
            return new ProjectCluster(engine.name(), ready, List.copyOf(processes), slots,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException interrupted) {
            stopAll(processes);
            throw interrupted;
        } catch (IllegalStateException notReady) {
            stopAll(processes);
            throw new IllegalStateException("the " + engine.name() + " cluster did not start (all its processes "
                    + "are given " + readyTimeout.toSeconds() + " s): " + notReady.getMessage(), notReady);
        } catch (RuntimeException failed) {
            stopAll(processes);
            throw failed;
        }
    }

    private static Path directory(Path workDir, String role) {
        try {
            return Files.createDirectories(workDir.resolve(role)).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the cluster's " + role + " in " + workDir, e);
        }
    }

    public String engine() {
        return engine;
    }

    /** What the engine's client takes as {@code --cluster}. */
    public String endpoint() {
        return ready.endpoint();
    }

    /** The cluster's web interface, if it has one. */
    public String ui() {
        return ready.ui();
    }

    public int workers() {
        return processes.size() - 1;
    }

    public int slots() {
        return slots;
    }

    /** From forking the coordinator to the last worker registered. */
    public Duration startTime() {
        return startTime;
    }

    public List<Member> members() {
        return processes.stream().map(process -> new Member(process.role(), process.pid())).toList();
    }

    /** The cluster's processes, for sampling their CPU and memory. */
    public List<ProcessHandle> processHandles() {
        return processes.stream().map(ClusterProcess::handle).toList();
    }

    /** Whether every process of the cluster still runs. */
    public boolean isWhole() {
        return processes.stream().allMatch(ClusterProcess::isAlive);
    }

    /** Kills worker {@code number} (1-based) at once, as a crash would: a fault. */
    public void killWorker(int number) {
        if (number < 1 || number > workers()) {
            throw new IllegalArgumentException("the cluster has workers 1 to " + workers() + ", not " + number);
        }
        processes.get(number).kill();
    }

    /** Stops the workers, then the coordinator: cleanly, or killed after a bounded wait. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopAll(processes);
    }

    /** The workers together, then the coordinator, so that no worker looks for a coordinator that has gone. */
    private static void stopAll(List<ClusterProcess> processes) {
        if (processes.isEmpty()) {
            return;
        }
        processes.subList(1, processes.size()).parallelStream().forEach(ClusterProcess::stop);
        processes.get(0).stop();
    }
}
