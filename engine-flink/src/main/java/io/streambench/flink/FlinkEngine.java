package io.streambench.flink;

import io.streambench.api.engine.Engine;
import io.streambench.api.engine.EngineCapabilities;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.run.JobSpec;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.util.EnvironmentInformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs pipelines as Flink DataStream jobs: in a MiniCluster inside this JVM, or on a remote cluster, to which the
 * jars of this class path that the cluster lacks (ours and the connectors) are shipped.
 */
public final class FlinkEngine implements Engine {
    private static final EngineCapabilities CAPABILITIES = FlinkCapabilities.declared();

    private final String clusterHost;
    private final int clusterPort;

    /** The engine found by {@link java.util.ServiceLoader}: a MiniCluster per job in this JVM. */
    public FlinkEngine() {
        this(null, -1);
    }

    private FlinkEngine(String clusterHost, int clusterPort) {
        this.clusterHost = clusterHost;
        this.clusterPort = clusterPort;
    }

    /** Submits to the JobManager REST endpoint at {@code host:port} or {@code http://host:port}. */
    public static FlinkEngine remote(String address) {
        String hostAndPort = address.replaceFirst("^https?://", "").replaceFirst("/+$", "");
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || !hostAndPort.substring(colon + 1).matches("\\d+")) {
            throw new IllegalArgumentException("expected the cluster as host:port or http://host:port, got '" + address
                    + "'");
        }
        return new FlinkEngine(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    @Override
    public String name() {
        return "flink";
    }

    @Override
    public String version() {
        return EnvironmentInformation.getVersion();
    }

    @Override
    public EngineCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public JobHandle submit(JobSpec job) {
        checkSupported(job);
        Configuration config = FlinkJobGraph.configuration(job);
        StreamExecutionEnvironment env = clusterHost == null
                ? StreamExecutionEnvironment.createLocalEnvironment(config)
                : StreamExecutionEnvironment.createRemoteEnvironment(clusterHost, clusterPort, config, jarsToShip());
        FlinkJobGraph.build(env, job);
        try {
            JobClient client = env.executeAsync(job.jobId());
            return new FlinkJobHandle(client,
                    Path.of(job.workDir()).toAbsolutePath().resolve(CheckpointLocator.SAVEPOINTS),
                    job.settings().mode().isBounded(),
                    clusterHost == null ? null : new FlinkRestMetrics(clusterHost, clusterPort));
        } catch (Exception e) {
            throw new IllegalStateException("flink: cannot submit job " + job.jobId()
                    + (clusterHost == null ? "" : " to " + clusterHost + ":" + clusterPort) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Everything on the class path except Flink's own runtime, which the cluster has; connectors it does not. A class
     * directory goes as a jar of its own.
     */
    private static String[] jarsToShip() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(path -> Files.isDirectory(Path.of(path)) ? ClassDirectoryJar.of(Path.of(path)) : path)
                .filter(path -> path.endsWith(".jar"))
                .filter(path -> {
                    String name = new File(path).getName();
                    return !name.startsWith("flink-") || name.startsWith("flink-connector-");
                })
                .toArray(String[]::new);
    }
}
