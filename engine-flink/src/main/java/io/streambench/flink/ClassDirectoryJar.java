package io.streambench.flink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A class directory on the class path (this module's {@code target/classes} in a source tree) packed as a jar, so that
 * a remote cluster, which is shipped jars only, gets the job's own classes too.
 */
final class ClassDirectoryJar {
    private ClassDirectoryJar() {
    }

    /** Writes the jar into {@code java.io.tmpdir} (the job's own temporary directory when the bench forks it). */
    static String of(Path directory) {
        try {
            Path jar = Files.createTempFile("job-classes-", ".jar");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(directory)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
                for (Path file : files) {
                    jarOut.putNextEntry(new JarEntry(directory.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, jarOut);
                    jarOut.closeEntry();
                }
            }
            return jar.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + directory + " as a jar to ship to the cluster", e);
        }
    }
}
