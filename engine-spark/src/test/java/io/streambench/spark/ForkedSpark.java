package io.streambench.spark;

import io.streambench.api.fork.EngineLauncher;
import io.streambench.api.fork.ForkedEngine;

import java.nio.file.Path;
import java.util.List;

/** This module's engine in a JVM of its own, started the way the bench starts it. */
final class ForkedSpark {
    private ForkedSpark() {
    }

    static ForkedEngine engine() {
        return new ForkedEngine(EngineLauncher.ofModule("spark", SparkEngineMain.class.getName(), Path.of(""),
                List.of("-Xmx1g")));
    }
}
