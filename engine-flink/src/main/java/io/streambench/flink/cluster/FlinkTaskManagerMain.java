package io.streambench.flink.cluster;

import io.streambench.api.fork.ClusterEvent;
import io.streambench.api.fork.StandardInputLifeline;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.taskexecutor.TaskManagerRunner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A worker of a project-started Flink session cluster: {@code FlinkTaskManagerMain <workDir> <host:restPort> <slots>}
 * asks the JobManager's REST API where its RPC listens, runs a TaskManager with that many slots, and prints
 * {@code worker-ready} once the JobManager lists it. Its id is its directory's name. It runs until its standard input
 * ends.
 */
public final class FlinkTaskManagerMain {
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(90);
    private static final long POLL_MILLIS = 200;

    private FlinkTaskManagerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: FlinkTaskManagerMain <workDir> <host:restPort> <slots>");
            System.exit(2);
        }
        PrintStream protocol = System.out;
        System.setOut(System.err);
        StandardInputLifeline.exitWhenItEnds();
        Path workDir = Path.of(args[0]).toAbsolutePath();
        String id = workDir.getFileName().toString();
        JobManagerRest jobManager = new JobManagerRest(args[1]);
        Configuration config = FlinkClusterConfiguration.taskManager(workDir, id,
                required(jobManager, "jobmanager.rpc.address"),
                Integer.parseInt(required(jobManager, "jobmanager.rpc.port")), Integer.parseInt(args[2]));
        Thread registration = new Thread(() -> reportOnceRegistered(jobManager, id, protocol), "worker-ready");
        registration.setDaemon(true);
        registration.start();
        // Blocks while the TaskManager runs and exits the JVM when it ends.
        TaskManagerRunner.runTaskManagerProcessSecurely(config);
    }

    private static String required(JobManagerRest jobManager, String key) throws IOException, InterruptedException {
        return jobManager.configValue(key).orElseThrow(() -> new IllegalStateException("the JobManager's configuration "
                + "has no " + key));
    }

    private static void reportOnceRegistered(JobManagerRest jobManager, String id, PrintStream protocol) {
        long deadline = System.nanoTime() + REGISTRATION_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (registered(jobManager, id)) {
                    protocol.println(ClusterEvent.workerReady(id).toLine());
                    protocol.flush();
                    return;
                }
                Thread.sleep(POLL_MILLIS);
            }
            System.err.println("TaskManager " + id + " did not register within " + REGISTRATION_TIMEOUT.toSeconds()
                    + " s; stopping");
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean registered(JobManagerRest jobManager, String id) throws InterruptedException {
        try {
            return jobManager.hasRegistered(id);
        } catch (IOException notYet) {
            return false;
        }
    }
}
