package io.streambench.bench.engines;

import io.streambench.api.fork.EngineLauncher;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.bench.matrix.NearestNames;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The engines the bench can fork: each is a module of this repository with its own class path. The bench never has
 * an engine class on its own class path (Flink and Spark cannot share a JVM).
 */
public enum EngineModule {
    FLINK("flink", "io.streambench.flink.FlinkEngineMain", "engine-flink"),
    SPARK("spark", "io.streambench.spark.SparkEngineMain", "engine-spark");

    private static final List<String> ENGINE_HEAP = List.of("-Xmx1g");

    private final String engineName;
    private final String mainClass;
    private final String moduleDirectory;

    EngineModule(String engineName, String mainClass, String moduleDirectory) {
        this.engineName = engineName;
        this.mainClass = mainClass;
        this.moduleDirectory = moduleDirectory;
    }

    public String engineName() {
        return engineName;
    }

    /** The names a cell may give. */
    public static List<String> names() {
        return Arrays.stream(values()).map(EngineModule::engineName).toList();
    }

    public static EngineModule named(String name) {
        return Arrays.stream(values()).filter(module -> module.engineName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(NearestNames.unknown("engine", name, names())));
    }

    public EngineLauncher launcher(Path home) {
        return EngineLauncher.ofModule(engineName, mainClass, home.resolve(moduleDirectory), ENGINE_HEAP);
    }

    public ForkedEngine forked(Path home) {
        return new ForkedEngine(launcher(home));
    }
}
