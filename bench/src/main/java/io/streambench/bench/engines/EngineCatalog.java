package io.streambench.bench.engines;

import io.streambench.api.fork.EngineDescriptor;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.bench.matrix.NearestNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The engines the bench can fork, found from their descriptors: in a source tree each engine module's
 * {@code src/engine/engine.properties} (forked from its build, {@code target/}), in a distribution
 * {@code engines/<name>.properties} (forked from {@code lib/<name>/}). A new engine is a module with a descriptor; the
 * bench never has an engine class on its own class path (Flink and Spark cannot share a JVM).
 */
public final class EngineCatalog {
    private static final String MODULE_DESCRIPTOR = "src/engine/engine.properties";

    private final Path home;
    /** Per engine name, the file its descriptor is read from when the engine is first needed. */
    private final Map<String, Path> descriptors;

    private EngineCatalog(Path home, Map<String, Path> descriptors) {
        this.home = home;
        this.descriptors = descriptors;
    }

    public static EngineCatalog at(Path home) {
        Map<String, Path> descriptors = new TreeMap<>();
        if (HomeLayout.isDistribution(home)) {
            for (Path file : list(home.resolve("engines"))) {
                String name = EngineDescriptor.distributionName(file);
                if (name != null) {
                    descriptors.put(name, file);
                }
            }
        } else {
            for (Path module : list(home)) {
                Path descriptor = module.resolve(MODULE_DESCRIPTOR);
                if (Files.isRegularFile(descriptor)) {
                    descriptors.put(EngineDescriptor.nameIn(descriptor), descriptor);
                }
            }
        }
        return new EngineCatalog(home, descriptors);
    }

    /** The names a cell may give. */
    public List<String> names() {
        return List.copyOf(descriptors.keySet());
    }

    /** @throws IllegalArgumentException for a name no descriptor declares, with the nearest known names */
    public EngineDescriptor descriptor(String name) {
        Path file = descriptors.get(name);
        if (file == null) {
            throw new IllegalArgumentException(descriptors.isEmpty()
                    ? "no engine is found under " + home + ": it is neither a streambench source tree nor a distribution"
                    : NearestNames.unknown("engine", name, names()));
        }
        return HomeLayout.isDistribution(home) ? EngineDescriptor.inDistribution(file)
                : EngineDescriptor.inModule(file.getParent().getParent().getParent());
    }

    public ForkedEngine forked(String name) {
        return new ForkedEngine(descriptor(name).launcher());
    }

    private static List<Path> list(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
