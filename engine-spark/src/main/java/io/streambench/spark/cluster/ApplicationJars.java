package io.streambench.spark.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The application's class path entries as jars, which is what Spark ships to executors ({@code spark.jars} refuses
 * directories): a jar as it is, a directory of classes (a module of the source tree) packed into a jar.
 */
final class ApplicationJars {
    private ApplicationJars() {
    }

    /** The entries as jar files; directories are packed into {@code packed}. */
    static List<Path> of(List<Path> entries, Path packed) {
        List<Path> jars = new ArrayList<>();
        for (Path entry : entries) {
            jars.add(Files.isDirectory(entry) ? pack(entry, packed.resolve("classes-" + jars.size() + ".jar")) : entry);
        }
        return jars;
    }

    private static Path pack(Path classes, Path jar) {
        try {
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                 Stream<Path> files = Files.walk(classes)) {
                for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                    Files.copy(path, out);
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + classes + " into " + jar, e);
        }
    }
}
