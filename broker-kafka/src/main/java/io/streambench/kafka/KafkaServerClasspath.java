package io.streambench.kafka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The class path of the {@code kafka-server} module and the Kafka version on it, both written by the build into this
 * module's resources. Kafka server and tools classes run only in JVMs started on this class path.
 */
final class KafkaServerClasspath {
    private static final String CLASSPATH_RESOURCE = "kafka-server.classpath";
    private static final String VERSION_RESOURCE = "kafka-server.properties";
    private static final String REBUILD = "build it with ./mvnw -pl broker-kafka -am package";

    private KafkaServerClasspath() {
    }

    static String classpath() {
        String classpath = new String(readResource(CLASSPATH_RESOURCE), StandardCharsets.UTF_8).strip();
        List<String> missing = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !Files.exists(Path.of(entry))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the Kafka server class path names " + missing.size()
                    + " files that do not exist, e.g. " + missing.get(0) + "; " + REBUILD);
        }
        return classpath;
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = resource(VERSION_RESOURCE)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
        }
        return properties.getProperty("version");
    }

    private static byte[] readResource(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = KafkaServerClasspath.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from broker-kafka; " + REBUILD);
        }
        return in;
    }
}
