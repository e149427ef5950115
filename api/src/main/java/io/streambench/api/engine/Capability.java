package io.streambench.api.engine;

import io.streambench.api.run.ExecutionMode;

import java.util.Objects;

/** A feature in an execution mode: engines support features per mode (Spark real-time mode is stateless only). */
public record Capability(ExecutionMode.Kind mode, Feature feature) {
    public Capability {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(feature, "feature");
    }

    public String describe() {
        return feature.description() + " in " + mode.wireName() + " mode";
    }
}
