package io.streambench.api.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.streambench.api.json.Json;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An engine's name, version and capabilities as JSON: what an engine main prints for {@code --describe}, so that a
 * process without the engine's classes can check a job before it forks anything.
 */
public record EngineDescription(String name, String version, Emission defaultEmission, List<Entry> capabilities) {
    /** One capability: supported, or refused with the reason. */
    public record Entry(String mode, Feature feature, boolean supported, String reason) {
    }

    @JsonCreator
    public EngineDescription(@JsonProperty("name") String name, @JsonProperty("version") String version,
                             @JsonProperty("defaultEmission") Emission defaultEmission,
                             @JsonProperty("capabilities") List<Entry> capabilities) {
        this.name = name;
        this.version = version;
        this.defaultEmission = defaultEmission;
        this.capabilities = List.copyOf(capabilities);
    }

    public static EngineDescription of(Engine engine) {
        List<Entry> entries = new ArrayList<>();
        EngineCapabilities capabilities = engine.capabilities();
        for (ExecutionMode.Kind mode : ExecutionMode.Kind.values()) {
            for (Feature feature : Feature.values()) {
                Capability capability = new Capability(mode, feature);
                boolean supported = capabilities.supports(capability);
                entries.add(new Entry(mode.wireName(), feature, supported,
                        supported ? null : capabilities.refusals().getOrDefault(capability, "not implemented")));
            }
        }
        return new EngineDescription(engine.name(), engine.version(), capabilities.defaultEmission(), entries);
    }

    public EngineCapabilities toCapabilities() {
        Set<Capability> supported = new HashSet<>();
        Map<Capability, String> refusals = new HashMap<>();
        for (Entry entry : capabilities) {
            Capability capability = new Capability(modeKind(entry.mode()), entry.feature());
            if (entry.supported()) {
                supported.add(capability);
            } else {
                refusals.put(capability, entry.reason());
            }
        }
        return new EngineCapabilities(supported, refusals, defaultEmission);
    }

    public String toJson() {
        return Json.toJson(this);
    }

    public static EngineDescription fromJson(String json) {
        return Json.fromJson(json, EngineDescription.class, "engine description");
    }

    private static ExecutionMode.Kind modeKind(String wireName) {
        for (ExecutionMode.Kind kind : ExecutionMode.Kind.values()) {
            if (kind.wireName().equals(wireName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + wireName + "' in engine description");
    }
}
