package io.streambench.kafka;

import io.streambench.api.fork.ForkedJvm;
import io.streambench.api.fork.FreePorts;
import io.streambench.api.fork.LogTail;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real Kafka broker (KRaft, one node that is broker and controller) in a JVM of its own, on free loopback ports, with
 * its files in a new directory under a work directory: {@code server.properties}, {@code broker.log} and {@code data/}.
 * {@link #close} stops it cleanly and deletes {@code data/}; a JVM shutdown hook does the same if nobody closes it,
 * and the broker stops by itself if this JVM dies without running its hooks.
 */
public final class EmbeddedKafka implements AutoCloseable {
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);

    private static final String ROLE = "kafka-broker";
    private static final String MAIN_CLASS = "io.streambench.kafka.server.KafkaServerMain";
    /** A modest heap for a two-core machine; the GC settings are those of Kafka's own start script. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-Xms512m", "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 100;
    private static final int START_ATTEMPTS = 3;
    private static final int LOG_TAIL_LINES = 40;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private volatile Process process;
    private final KafkaServerConfig config;
    private final Path configFile;
    private final Path logFile;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedKafka(Process process, KafkaServerConfig config, Path configFile, Path logFile) {
        this.process = process;
        this.config = config;
        this.configFile = configFile;
        this.logFile = logFile;
        this.shutdownHook = new Thread(this::close, "stop-kafka-broker-" + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static EmbeddedKafka start(Path workDir) {
        return start(workDir, Map.of(), DEFAULT_READY_TIMEOUT);
    }

    /**
     * Starts a broker and waits until it answers, at most {@code readyTimeout}. If it does not, it is stopped and the
     * error tells why, with the last lines of its log.
     *
     * @param serverProperties set on top of the single-node defaults, e.g. {@code num.io.threads}
     */
    public static EmbeddedKafka start(Path workDir, Map<String, String> serverProperties, Duration readyTimeout) {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(workDir, serverProperties, readyTimeout);
            } catch (PortTakenException e) {
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
                LOG.warn("another process took a port of the Kafka broker before it could; trying other ports");
            }
        }
    }

    private static EmbeddedKafka startOnce(Path workDir, Map<String, String> serverProperties, Duration readyTimeout) {
        Path home = createHome(workDir);
        List<Integer> ports = FreePorts.pick(2);
        KafkaServerConfig config = new KafkaServerConfig(ports.get(0), ports.get(1), home.resolve("data"), serverProperties);
        Path configFile = config.write(home.resolve("server.properties"));
        Path logFile = home.resolve("broker.log");
        EmbeddedKafka broker = new EmbeddedKafka(startProcess(configFile, logFile), config, configFile, logFile);
        try {
            broker.awaitReady(readyTimeout);
        } catch (RuntimeException notReady) {
            broker.close();
            String tail = LogTail.of(logFile, LOG_TAIL_LINES);
            String message = "kafka broker " + notReady.getMessage() + "; last lines of " + logFile + ":\n" + tail;
            if (tail.contains("Address already in use")) {
                throw new PortTakenException(message);
            }
            throw new IllegalStateException(message, notReady.getCause());
        }
        LOG.info("kafka broker {} started at {} (pid {}, log {})", version(), config.bootstrapServers(),
                broker.pid(), logFile);
        return broker;
    }

    private static Process startProcess(Path configFile, Path logFile) {
        ProcessBuilder builder = ForkedJvm.onClasspath(ROLE, KafkaServerClasspath.classpath(), JVM_OPTIONS, MAIN_CLASS,
                        List.of(configFile.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM for the Kafka broker", e);
        }
    }

    /**
     * Stops the broker cleanly and starts it again on the same ports with the same data, returning once it answers:
     * a fault for measuring how clients and engines ride through a broker restart.
     */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("the Kafka broker is closed");
        }
        stopProcess();
        process = startProcess(configFile, logFile);
        try {
            awaitReady(DEFAULT_READY_TIMEOUT);
        } catch (RuntimeException notReady) {
            throw new IllegalStateException("kafka broker " + notReady.getMessage() + " after a restart; last lines of "
                    + logFile + ":\n" + LogTail.of(logFile, LOG_TAIL_LINES), notReady);
        }
        LOG.info("kafka broker restarted at {} (pid {})", config.bootstrapServers(), pid());
    }

    private static Path createHome(Path workDir) {
        try {
            return Files.createTempDirectory(Files.createDirectories(workDir), "kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the Kafka broker under " + workDir, e);
        }
    }

    /** The version of the Kafka server this class starts. */
    public static String version() {
        return KafkaServerClasspath.version();
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /** Stops the broker, cleanly unless it takes longer than 30 s, and deletes its data; its log stays. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // this is the shutdown hook, or the JVM exits anyway
        }
        stopProcess();
        deleteData();
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Admin admin = null;
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("exited with code " + process.exitValue() + " before it was ready");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("was not ready within " + timeout.toSeconds() + " s");
                }
                if (portAccepts()) {
                    admin = admin == null ? Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers())) : admin;
                    if (answers(admin)) {
                        return;
                    }
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("start was interrupted", e);
        } finally {
            if (admin != null) {
                admin.close(PROBE_TIMEOUT);
            }
        }
    }

    private boolean portAccepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(KafkaServerConfig.HOST, config.brokerPort()), (int) PROBE_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean answers(Admin admin) throws InterruptedException {
        try {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) PROBE_TIMEOUT.toMillis()))
                    .nodes().get(PROBE_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private void stopProcess() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("kafka broker (pid {}) did not stop within {} s; killing it", pid(), STOP_TIMEOUT.toSeconds());
                process.destroyForcibly();
                if (!process.waitFor(KILL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    LOG.error("kafka broker (pid {}) is still there after being killed", pid());
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            closeStandardInput();
        }
    }

    private void closeStandardInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            LOG.debug("closing the broker's standard input failed", e);
        }
    }

    private void deleteData() {
        if (!Files.exists(config.dataDir())) {
            return;
        }
        try (Stream<Path> files = Files.walk(config.dataDir())) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete the Kafka data in {}: {}", config.dataDir(), e.toString());
        }
    }

    /** The broker could not bind a port that was free a moment before. */
    private static final class PortTakenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortTakenException(String message) {
            super(message);
        }
    }
}
