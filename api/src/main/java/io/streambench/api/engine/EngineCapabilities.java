package io.streambench.api.engine;

import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an engine supports, and for everything it does not, why. Built by declaring whole modes supported and then
 * refusing the exceptions with a reason.
 *
 * @param defaultEmission when the engine writes windowed results of a streaming run that asks for no emission
 */
public record EngineCapabilities(Set<Capability> supported, Map<Capability, String> refusals,
                                 Emission defaultEmission) {
    public EngineCapabilities {
        supported = Set.copyOf(supported);
        refusals = Map.copyOf(refusals);
        Objects.requireNonNull(defaultEmission, "defaultEmission");
        if (!defaultEmission.isChoice()) {
            throw new IllegalArgumentException("a default emission must be one a run can ask for");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean supports(Capability capability) {
        return supported.contains(capability);
    }

    /** The first required capability this engine lacks, with its reason. */
    public Optional<Refusal> firstRefusal(List<Capability> required) {
        return required.stream().filter(capability -> !supports(capability)).findFirst()
                .map(capability -> new Refusal(capability, refusals.getOrDefault(capability, "not implemented")));
    }

    public record Refusal(Capability capability, String reason) {
    }

    public static final class Builder {
        private final Set<Capability> supported = new LinkedHashSet<>();
        private final Map<Capability, String> refusals = new HashMap<>();
        private Emission defaultEmission;

        private Builder() {
        }

        public Builder defaultEmission(Emission emission) {
            this.defaultEmission = emission;
            return this;
        }

        /** Supports every feature in these modes (narrow it down with {@link #refuse}). */
        public Builder supportAll(ExecutionMode.Kind... modes) {
            for (ExecutionMode.Kind mode : modes) {
                for (Feature feature : Feature.values()) {
                    supported.add(new Capability(mode, feature));
                }
            }
            return this;
        }

        public Builder refuse(ExecutionMode.Kind mode, Feature feature, String reason) {
            Capability capability = new Capability(mode, feature);
            supported.remove(capability);
            refusals.put(capability, reason);
            return this;
        }

        public Builder refuseEverywhere(Feature feature, String reason) {
            for (ExecutionMode.Kind mode : ExecutionMode.Kind.values()) {
                refuse(mode, feature, reason);
            }
            return this;
        }

        /** Refuses every feature of a mode the engine does not have at all. */
        public Builder refuseMode(ExecutionMode.Kind mode, String reason) {
            for (Feature feature : EnumSet.allOf(Feature.class)) {
                refuse(mode, feature, reason);
            }
            return this;
        }

        public EngineCapabilities build() {
            return new EngineCapabilities(supported, refusals, defaultEmission);
        }
    }
}
