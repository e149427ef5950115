package io.streambench.flink;

import io.streambench.api.fork.EngineLauncher;
import io.streambench.api.fork.ForkedEngine;

import java.nio.file.Path;
import java.util.List;

/** This module's engine in a JVM of its own, started the way the bench starts it. */
final class ForkedFlink {
    private ForkedFlink() {
    }

    static ForkedEngine engine() {
        return new ForkedEngine(EngineLauncher.ofModule("flink", FlinkEngineMain.class.getName(), Path.of(""),
                List.of("-Xmx768m")));
    }
}
