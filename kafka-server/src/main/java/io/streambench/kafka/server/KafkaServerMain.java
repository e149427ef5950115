package io.streambench.kafka.server;

import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

/**
 * Entry point of the forked broker JVM: formats the storage of a new single-node KRaft cluster (broker and controller
 * combined) and runs the Kafka server until the JVM is told to stop.
 *
 * <p>The server also stops, cleanly, when its standard input ends. The JVM that started it holds the other end of that
 * pipe, and the operating system closes it however that JVM ends, even when it is killed and its shutdown hooks never
 * run; so a broker never outlives the run that started it.
 */
public final class KafkaServerMain {
    private KafkaServerMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: KafkaServerMain <server.properties>");
            System.exit(2);
        }
        String config = args[0];
        // A restarted broker keeps its data and cluster id: formatting again (even with --ignore-formatted and a new
        // id) would leave the metadata log and meta.properties disagreeing.
        if (!isFormatted(config)) {
            String[] format = {"format", "--standalone", "--cluster-id", Uuid.randomUuid().toString(), "--config", config};
            int formatted = StorageTool.execute(format, System.out);
            if (formatted != 0) {
                System.exit(formatted);
            }
        }
        stopWhenStandardInputEnds();
        Kafka.main(new String[]{config});
    }

    private static boolean isFormatted(String configFile) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(configFile))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + configFile, e);
        }
        String logDirs = properties.getProperty("log.dirs", properties.getProperty("log.dir", ""));
        return !logDirs.isBlank() && Arrays.stream(logDirs.split(","))
                .allMatch(dir -> Files.exists(Path.of(dir.trim(), "meta.properties")));
    }

    private static void stopWhenStandardInputEnds() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever sent: the pipe only tells whether the parent is still there
                }
            } catch (IOException e) {
                System.err.println("standard input failed, stopping: " + e);
            }
            // Runs Kafka's shutdown hook, which shuts the server down in order.
            System.exit(0);
        }, "stop-when-parent-exits");
        watcher.setDaemon(true);
        watcher.start();
    }
}
