package io.streambench.api.fork;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * What the bench needs to fork an engine, as its module declares it in {@code src/engine/engine.properties}: the
 * engine's name, its main class, its heap and any JVM options of its own (beyond the module openings every engine
 * gets). The build copies it to the module's {@code target/engine.properties} and a distribution holds it as
 * {@code engines/<name>.properties}; a new engine is a module with a descriptor.
 *
 * @param classpath the engine's class path, absolute entries
 */
public record EngineDescriptor(String name, String mainClass, String heap, List<String> jvmOptions, String classpath) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]");
    private static final String REBUILD_TREE = "build it with ./mvnw package -DskipTests";
    private static final List<String> KEYS = List.of("clusterCoordinator", "clusterWorker", "heap", "jvmOptions",
            "mainClass", "name");
    private static final String DISTRIBUTION_SUFFIX = ".properties";

    public EngineDescriptor {
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(classpath, "classpath");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an engine's name is lower-case letters, digits and '-', was '" + name
                    + "'");
        }
        if (heap == null || !HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("engine " + name + ": heap must be a size such as 768m or 1g, was '"
                    + heap + "'");
        }
        jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The engine built in the source tree's {@code moduleDirectory}: its {@code target/engine.properties}, its
     * classes and the runtime class path its build wrote to {@code target/engine-classpath.txt}.
     */
    public static EngineDescriptor inModule(Path moduleDirectory) {
        Path target = moduleDirectory.toAbsolutePath().normalize().resolve("target");
        Path classes = target.resolve("classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("engine module " + moduleDirectory.toAbsolutePath().normalize()
                    + " is not built (no target/classes); " + REBUILD_TREE);
        }
        String dependencies = ClasspathFile.read(target.resolve("engine-classpath.txt"), REBUILD_TREE);
        return read(target.resolve("engine.properties"), classes + java.io.File.pathSeparator + dependencies);
    }

    /**
     * The engine of an unpacked distribution: {@code engines/<name>.properties}, and {@code lib/<name>/}, whose
     * {@code classpath.txt} names the jars beside it.
     */
    public static EngineDescriptor inDistribution(Path descriptorFile) {
        Path home = descriptorFile.toAbsolutePath().normalize().getParent().getParent();
        String name = distributionName(descriptorFile);
        String classpath = ClasspathFile.read(home.resolve("lib").resolve(name).resolve("classpath.txt"),
                "the distribution is incomplete; unpack it again");
        EngineDescriptor descriptor = read(descriptorFile, classpath);
        if (!descriptor.name().equals(name)) {
            throw new IllegalStateException(descriptorFile + " describes engine '" + descriptor.name()
                    + "'; its file must be named " + descriptor.name() + ".properties");
        }
        return descriptor;
    }

    /** The engine a distribution's {@code engines/<name>.properties} is for, by its file name; null if it is none. */
    public static String distributionName(Path descriptorFile) {
        String fileName = descriptorFile.getFileName().toString();
        return fileName.endsWith(DISTRIBUTION_SUFFIX)
                ? fileName.substring(0, fileName.length() - DISTRIBUTION_SUFFIX.length()) : null;
    }

    /** The engine a descriptor names, read without building it (its class path may not be built yet). */
    public static String nameIn(Path file) {
        String name = properties(file).getProperty("name");
        if (name == null) {
            throw new IllegalStateException(file + " names no engine (name=...)");
        }
        return name;
    }

    static EngineDescriptor read(Path file, String classpath) {
        Properties properties = properties(file);
        List<String> unknown = properties.stringPropertyNames().stream().filter(key -> !KEYS.contains(key)).sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(file + ": unknown keys " + unknown + "; known keys: "
                    + String.join(", ", KEYS));
        }
        String options = properties.getProperty("jvmOptions", "").strip();
        return new EngineDescriptor(properties.getProperty("name"), properties.getProperty("mainClass"),
                properties.getProperty("heap"), options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+")),
                classpath);
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read engine descriptor " + file, e);
        }
        return properties;
    }

    /** How to start this engine's JVM: the openings every engine needs, its heap, its own options. */
    public EngineLauncher launcher() {
        List<String> options = new ArrayList<>(EngineLauncher.engineJvmOptions());
        options.add("-Xmx" + heap);
        options.addAll(jvmOptions);
        return new EngineLauncher(name, mainClass, classpath, options, List.of());
    }
}
