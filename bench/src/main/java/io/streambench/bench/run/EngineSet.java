package io.streambench.bench.run;

import io.streambench.api.fork.ForkedEngine;
import io.streambench.bench.engines.EngineCatalog;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engines of a matrix run, found when a cell first needs one: an engine that is not built fails its own cells,
 * not the whole matrix.
 */
public final class EngineSet {
    private final EngineCatalog catalog;
    private final Map<String, ForkedEngine> engines = new LinkedHashMap<>();

    public EngineSet(Path home) {
        this.catalog = EngineCatalog.at(home);
    }

    public synchronized ForkedEngine engine(String name) {
        ForkedEngine engine = engines.get(name);
        if (engine == null) {
            engine = catalog.forked(name);
            engines.put(name, engine);
        }
        return engine;
    }

    /** The versions of the engines used so far. */
    public synchronized Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        engines.forEach((name, engine) -> {
            try {
                versions.put(name, engine.version());
            } catch (RuntimeException unavailable) {
                versions.put(name, "unavailable: " + unavailable.getMessage());
            }
        });
        return versions;
    }
}
