package io.streambench.flink.cluster;

import org.apache.flink.configuration.BlobServerOptions;
import org.apache.flink.configuration.ClusterOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.HeartbeatManagerOptions;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessSpec;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration of a project-started Flink session cluster on this machine: loopback addresses, ports the
 * processes choose themselves, working files under each process's directory, memory sized for a small machine.
 */
final class FlinkClusterConfiguration {
    static final String HOST = "127.0.0.1";
    /** Enough for the runtime and a job's state on the heap; the JVM's -Xmx comes from the engine's descriptor. */
    private static final MemorySize PROCESS_MEMORY = MemorySize.parse("1g");
    private static final Pattern DYNAMIC_PROPERTY = Pattern.compile("-D\\s*([^=\\s]+)=(\\S+)");

    private FlinkClusterConfiguration() {
    }

    static Configuration jobManager(Path workDir) {
        Configuration config = common(workDir);
        config.set(JobManagerOptions.ADDRESS, HOST);
        config.set(JobManagerOptions.BIND_HOST, HOST);
        config.set(JobManagerOptions.PORT, 0);
        config.set(JobManagerOptions.TOTAL_PROCESS_MEMORY, PROCESS_MEMORY);
        config.set(RestOptions.ADDRESS, HOST);
        config.set(RestOptions.BIND_ADDRESS, HOST);
        config.set(RestOptions.BIND_PORT, "0");
        config.set(BlobServerOptions.PORT, "0");
        config.set(WebOptions.TMP_DIR, workDir.resolve("web").toString());
        // A job's tasks spread over every TaskManager rather than fill the first one's slots.
        config.set(ClusterOptions.EVENLY_SPREAD_OUT_SLOTS_STRATEGY, true);
        return config;
    }

    static Configuration taskManager(Path workDir, String resourceId, String jobManagerAddress, int jobManagerPort,
                                     int slots) {
        Configuration config = common(workDir);
        config.set(JobManagerOptions.ADDRESS, jobManagerAddress);
        config.set(JobManagerOptions.PORT, jobManagerPort);
        config.set(TaskManagerOptions.HOST, HOST);
        config.set(TaskManagerOptions.BIND_HOST, HOST);
        config.set(TaskManagerOptions.RPC_PORT, "0");
        config.set(TaskManagerOptions.NUM_TASK_SLOTS, slots);
        config.set(TaskManagerOptions.TASK_MANAGER_RESOURCE_ID, resourceId);
        config.set(TaskManagerOptions.TOTAL_PROCESS_MEMORY, PROCESS_MEMORY);
        return withDerivedMemory(config);
    }

    /**
     * The sizes Flink's start scripts derive from the total and pass to a TaskManager as dynamic properties, which it
     * requires: the TaskManager runner itself does not derive them.
     */
    private static Configuration withDerivedMemory(Configuration config) {
        TaskExecutorProcessSpec spec = TaskExecutorProcessUtils.processSpecFromConfig(config);
        Matcher property = DYNAMIC_PROPERTY.matcher(TaskExecutorProcessUtils.generateDynamicConfigsStr(spec));
        while (property.find()) {
            config.setString(property.group(1), property.group(2));
        }
        return config;
    }

    private static Configuration common(Path workDir) {
        Configuration config = new Configuration();
        config.set(CoreOptions.TMP_DIRS, workDir.resolve("tmp").toString());
        config.set(ClusterOptions.PROCESS_WORKING_DIR_BASE, workDir.resolve("working").toString());
        // Every process of the cluster runs on the engine's own class path, which holds the job's classes and
        // connectors: the jars a client ships are loaded after it, so a class never comes from two loaders.
        config.set(CoreOptions.CLASSLOADER_RESOLVE_ORDER, "parent-first");
        // As in the MiniCluster (see FlinkJobGraph): accumulators, the job's counters, travel with heartbeats, and a
        // TaskManager that died is noticed after two missed ones instead of twenty seconds, so that the job restarts
        // on the TaskManagers left within its restart attempts.
        config.set(HeartbeatManagerOptions.HEARTBEAT_INTERVAL, Duration.ofSeconds(1));
        return config;
    }
}
