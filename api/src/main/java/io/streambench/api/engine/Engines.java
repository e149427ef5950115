package io.streambench.api.engine;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The engines on this JVM's class path. */
public final class Engines {
    private Engines() {
    }

    public static List<Engine> available() {
        return ServiceLoader.load(Engine.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    public static Engine byName(String name) {
        List<Engine> engines = available();
        return engines.stream().filter(engine -> engine.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no engine named '" + name + "' on the class path"
                        + (engines.isEmpty() ? "" : " (available: "
                        + engines.stream().map(Engine::name).collect(Collectors.joining(", ")) + ")")));
    }
}
