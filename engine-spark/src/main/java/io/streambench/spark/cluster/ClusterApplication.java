package io.streambench.spark.cluster;

import io.streambench.api.fork.EngineLauncher;
import io.streambench.api.run.JobSpec;
import org.apache.spark.SparkContext;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A driver's application on a Spark standalone cluster ({@code spark://host:port}, project-started or a user's own).
 * <p>
 * streambench's own classes are shipped as jars ({@code spark.jars}): executors fetch them from the driver, so a
 * cluster needs nothing of this project installed, and a rebuilt engine runs without restarting the cluster. Spark and
 * the libraries of the connectors (spark-sql-kafka-0-10, kafka-clients, the RabbitMQ and PostgreSQL clients) are the
 * cluster's installation, as in a Spark distribution with those jars added to its {@code jars/}; the project-started
 * cluster's installation is this engine's class path without streambench's classes. {@code spark.executor
 * .extraClassPath} would instead need every jar at the same path on every worker host.
 */
public final class ClusterApplication {
    private static final String STANDALONE_SCHEME = "spark";
    private static final Duration CONNECT = Duration.ofSeconds(5);
    /**
     * How long the context waits for the job's cores to register before it starts with fewer (or fails with none). An
     * executor JVM took 20 s to register on this 2-core machine under load, after those of the application before
     * had been stopped.
     */
    private static final Duration EXECUTOR_WAIT = Duration.ofSeconds(120);

    private ClusterApplication() {
    }

    public static boolean isStandalone(String master) {
        return master != null && master.startsWith(STANDALONE_SCHEME + "://");
    }

    /**
     * Spark settings of the job's application on the cluster at {@code master}, once the master answers.
     *
     * @throws IllegalStateException naming the master's address if it is not reachable
     */
    public static Map<String, String> settings(String master, JobSpec job) {
        URI address = URI.create(master);
        checkReachable(master, address);
        ApplicationClasspath classpath = ApplicationClasspath.ofThisJvm();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spark.jars", ApplicationJars.of(classpath.application(),
                        Path.of(job.workDir(), "application-jars").toAbsolutePath()).stream().map(Path::toString)
                .collect(Collectors.joining(",")));
        // The role makes an executor left behind as easy to find as any JVM streambench starts.
        settings.put("spark.executor.extraJavaOptions", "-Dio.streambench.role=spark-executor "
                + String.join(" ", EngineLauncher.engineJvmOptions()));
        // The job's parallelism is the cores it takes; the context starts once they have registered (or after the
        // wait), so that the first batch is not planned on a part of the cluster.
        settings.put("spark.cores.max", String.valueOf(job.settings().parallelism()));
        settings.put("spark.scheduler.minRegisteredResourcesRatio", "1.0");
        settings.put("spark.scheduler.maxRegisteredResourcesWaitingTime", EXECUTOR_WAIT.toSeconds() + "s");
        if (!isLoopback(address.getHost())) {
            // Executors on other hosts connect back to the driver.
            settings.put("spark.driver.host", localAddress());
            settings.put("spark.driver.bindAddress", "0.0.0.0");
        }
        return settings;
    }

    /**
     * Checks that the cluster gave the application executors.
     *
     * @throws IllegalStateException naming the master's address if it gave none (or stopped the application)
     */
    public static void checkExecutors(SparkContext context, String master) {
        if (context.isStopped()) {
            throw new IllegalStateException("spark: the cluster at " + master + " stopped this application (see the"
                    + " master's log)");
        }
        // The driver is one of the executors the status tracker lists.
        if (context.statusTracker().getExecutorInfos().length < 2) {
            throw new IllegalStateException("spark: the cluster at " + master + " gave this application no executors"
                    + " within " + EXECUTOR_WAIT.toSeconds() + " s (does a worker have a free core and "
                    + context.conf().get("spark.executor.memory", "1g") + " of free memory? see the master's web UI)");
        }
    }

    private static void checkReachable(String master, URI address) {
        if (address.getHost() == null || address.getPort() < 0) {
            throw new IllegalArgumentException("spark: a cluster master is spark://host:port, was " + master);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), (int) CONNECT.toMillis());
        } catch (IOException e) {
            throw new IllegalStateException("spark: the cluster master " + master + " is not reachable: "
                    + e.getMessage());
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    private static String localAddress() {
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (IOException e) {
            throw new IllegalStateException("spark: cannot find this host's address for the cluster's executors", e);
        }
    }
}
