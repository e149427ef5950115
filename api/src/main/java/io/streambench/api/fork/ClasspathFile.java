package io.streambench.api.fork;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A class path written by the build into a file, one line of entries separated by the path separator. An entry is
 * absolute (a class path of a source tree, into the local Maven repository) or relative to the file's directory (a
 * distribution's {@code lib/<process>/classpath.txt}, which may be moved anywhere with its jars).
 */
public final class ClasspathFile {
    private ClasspathFile() {
    }

    /**
     * The class path the file names, every entry absolute and existing.
     *
     * @param rebuild what to do when the file or an entry is missing, e.g. "build it with ./mvnw package"
     */
    public static String read(Path file, String rebuild) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("class path file " + file + " is missing; " + rebuild);
        }
        try {
            return resolve(Files.readString(file).strip(), file.toAbsolutePath().getParent(), rebuild);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class path file " + file, e);
        }
    }

    /** The entries of {@code classpath}, relative ones resolved against {@code base}, each of them checked. */
    public static String resolve(String classpath, Path base, String rebuild) {
        List<Path> entries = Arrays.stream(classpath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> base.resolve(entry).normalize()).toList();
        List<Path> missing = entries.stream().filter(entry -> !Files.exists(entry)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the class path names " + missing.size() + " files that do not exist, e.g. "
                    + missing.get(0) + "; " + rebuild);
        }
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}
