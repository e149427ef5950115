package io.streambench.spark.cluster;

import io.streambench.api.fork.ForkedJvm;
import io.streambench.api.fork.StandardInputLifeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A worker of a project-started Spark cluster: {@code SparkWorkerMain <workDir> <endpoint> <slots>} plays the part of
 * a Spark installation's {@code spark-class} script. A worker builds each executor's command with Spark's launcher,
 * which reads the installation from the worker's environment ({@code SPARK_HOME} with its {@code jars/} directory,
 * {@code SPARK_SCALA_VERSION}, {@code SPARK_DIST_CLASSPATH}); a JVM cannot set its own environment, so this one lays
 * out the installation under {@code <workDir>/worker-<random>/spark-home} (its {@code conf/} holds the executors'
 * logging) and runs {@link SparkWorkerProcess} in a JVM of its own with that environment, its standard output (the
 * {@code worker-ready} line) passed through. The installation's class path is this JVM's without streambench's own
 * classes, which every application ships to its executors.
 * <p>
 * It stops on SIGTERM or when its standard input ends, and stops its worker JVM with it (which stops its executors);
 * killed outright, its worker JVM sees its own standard input end and stops.
 */
public final class SparkWorkerMain {
    private static final String SCALA_BINARY_VERSION = "2.13";
    private static final long STOP_SECONDS = 20;
    private static final String EXECUTOR_LOGGING = "executor-log4j2.properties";

    private SparkWorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: SparkWorkerMain <workDir> <endpoint spark://host:port> <slots>");
            System.exit(2);
        }
        Path workDir = Path.of(args[0]).toAbsolutePath().normalize();
        Process worker = start(workDir, args[1], args[2]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(worker), "stop-spark-worker"));
        StandardInputLifeline.exitWhenItEnds();
        System.exit(worker.waitFor());
    }

    private static Process start(Path workDir, String endpoint, String slots) {
        try {
            Path worker = Files.createTempDirectory(Files.createDirectories(workDir), "worker-");
            Path sparkHome = Files.createDirectories(worker.resolve("spark-home"));
            Files.createDirectories(sparkHome.resolve("jars"));
            Path conf = Files.createDirectories(sparkHome.resolve("conf"));
            try (InputStream logging = SparkWorkerMain.class.getResourceAsStream(EXECUTOR_LOGGING)) {
                Files.copy(logging, conf.resolve("log4j2.properties"));
            }
            ProcessBuilder builder = ForkedJvm.onClasspath("spark-worker", System.getProperty("java.class.path"),
                    jvmOptionsOfThisJvm(), SparkWorkerProcess.class.getName(),
                    List.of(worker.toString(), endpoint, slots));
            // Spark's launcher puts <SPARK_HOME>/jars/* (empty here) and then SPARK_DIST_CLASSPATH on an executor's
            // class path: the latter keeps the order of this class path, which a directory of jars would not.
            builder.environment().putAll(Map.of(
                    "SPARK_HOME", sparkHome.toString(),
                    "SPARK_SCALA_VERSION", SCALA_BINARY_VERSION,
                    "SPARK_DIST_CLASSPATH", ApplicationClasspath.ofThisJvm().installationClasspath()));
            return builder.redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Spark worker under " + workDir, e);
        }
    }

    /** The options this JVM was started with (the engine's heap and module openings), but its role. */
    private static List<String> jvmOptionsOfThisJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-Dio.streambench.role=")).toList();
    }

    private static void stop(Process worker) {
        worker.destroy();
        try {
            if (!worker.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                worker.descendants().forEach(ProcessHandle::destroyForcibly);
                worker.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
