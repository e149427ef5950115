package io.streambench.flink.cluster;

import io.streambench.api.fork.ClusterEvent;
import io.streambench.api.fork.StandardInputLifeline;
import org.apache.flink.runtime.clusterframework.ApplicationStatus;
import org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The coordinator of a project-started Flink session cluster: {@code FlinkJobManagerMain <workDir>} runs Flink's
 * standalone session entrypoint (the JobManager: dispatcher, resource manager, REST API) on ports it chooses, and prints
 * {@code cluster-ready} with the REST endpoint ({@code host:port}) that jobs are submitted to. It runs until its
 * standard input ends.
 */
public final class FlinkJobManagerMain {
    private FlinkJobManagerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: FlinkJobManagerMain <workDir>");
            System.exit(2);
        }
        PrintStream protocol = System.out;
        System.setOut(System.err);
        StandardInputLifeline.exitWhenItEnds();
        StandaloneSessionClusterEntrypoint entrypoint = new StandaloneSessionClusterEntrypoint(
                FlinkClusterConfiguration.jobManager(Path.of(args[0]).toAbsolutePath()));
        entrypoint.startCluster();
        String endpoint = FlinkClusterConfiguration.HOST + ":" + entrypoint.getRestPort();
        protocol.println(ClusterEvent.clusterReady(endpoint, "http://" + endpoint).toLine());
        protocol.flush();
        ApplicationStatus status = entrypoint.getTerminationFuture().get();
        System.exit(status == ApplicationStatus.SUCCEEDED ? 0 : 1);
    }
}
