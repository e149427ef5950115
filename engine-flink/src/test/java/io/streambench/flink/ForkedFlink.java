package io.streambench.flink;

import io.streambench.api.fork.EngineDescriptor;
import io.streambench.api.fork.ForkedEngine;

import java.nio.file.Path;

/** This module's engine in a JVM of its own, started from its descriptor the way the bench starts it. */
final class ForkedFlink {
    private ForkedFlink() {
    }

    static ForkedEngine engine() {
        return new ForkedEngine(EngineDescriptor.inModule(Path.of("")).launcher());
    }
}
