package io.streambench.spark.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;

/**
 * An engine class path split in two: the application (the entries holding streambench's own classes: this engine,
 * the api, the sinks, the RabbitMQ connector), which a driver ships to its executors, and the rest, Spark with the
 * libraries of its connectors, which a cluster's installation provides.
 */
record ApplicationClasspath(List<Path> application, List<Path> installation) {
    private static final String OWN_PACKAGE = "io/streambench/";

    ApplicationClasspath {
        application = List.copyOf(application);
        installation = List.copyOf(installation);
    }

    static ApplicationClasspath split(String classpath) {
        List<Path> entries = Arrays.stream(classpath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize()).toList();
        return new ApplicationClasspath(entries.stream().filter(ApplicationClasspath::holdsOwnClasses).toList(),
                entries.stream().filter(entry -> !holdsOwnClasses(entry)).toList());
    }

    /** The class path of this JVM. */
    static ApplicationClasspath ofThisJvm() {
        return split(System.getProperty("java.class.path"));
    }

    String installationClasspath() {
        return String.join(File.pathSeparator, installation.stream().map(Path::toString).toList());
    }

    private static boolean holdsOwnClasses(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isDirectory(entry.resolve(OWN_PACKAGE));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.getEntry(OWN_PACKAGE) != null || jar.stream().anyMatch(e -> e.getName().startsWith(OWN_PACKAGE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class path entry " + entry, e);
        }
    }
}
