package io.streambench.kafka;

import io.streambench.api.fork.ClasspathFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The class path of the {@code kafka-server} module and the Kafka version on it, both written by the build into this
 * module's resources; in a distribution, the class path is its own (see {@link #CLASSPATH_FILE_PROPERTY}). Kafka
 * server and tools classes run only in JVMs started on this class path.
 */
final class KafkaServerClasspath {
    private static final String CLASSPATH_RESOURCE = "kafka-server.classpath";
    private static final String VERSION_RESOURCE = "kafka-server.properties";
    /** Set by a distribution's launcher: its lib/kafka-server/classpath.txt, whose jars lie beside it. */
    private static final String CLASSPATH_FILE_PROPERTY = "streambench.kafka-server.classpath-file";
    private static final String REBUILD = "build it with ./mvnw -pl broker-kafka -am package";

    private KafkaServerClasspath() {
    }

    static String classpath() {
        String file = System.getProperty(CLASSPATH_FILE_PROPERTY);
        if (file != null) {
            return ClasspathFile.read(Path.of(file), "the distribution is incomplete; unpack it again");
        }
        String classpath = new String(readResource(CLASSPATH_RESOURCE), StandardCharsets.UTF_8).strip();
        return ClasspathFile.resolve(classpath, Path.of("").toAbsolutePath(), REBUILD);
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
