package io.streambench.api.fork;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.streambench.api.json.Json;

import java.util.Objects;
import java.util.Optional;

/**
 * One line a project-started cluster's process prints on its standard output once it is ready: the coordinator's
 * {@code {"event":"cluster-ready","endpoint":...,"ui":...}}, with the endpoint the engine's client takes
 * ({@code --cluster}), and each worker's {@code {"event":"worker-ready","worker":...}} once it has registered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterEvent(String event, String endpoint, String ui, String worker) {
    public static final String CLUSTER_READY = "cluster-ready";
    public static final String WORKER_READY = "worker-ready";

    public ClusterEvent {
        Objects.requireNonNull(event, "event");
    }

    public static ClusterEvent clusterReady(String endpoint, String ui) {
        return new ClusterEvent(CLUSTER_READY, Objects.requireNonNull(endpoint, "endpoint"), ui, null);
    }

    public static ClusterEvent workerReady(String worker) {
        return new ClusterEvent(WORKER_READY, null, null, Objects.requireNonNull(worker, "worker"));
    }

    public String toLine() {
        return Json.toJson(this);
    }

    /** The event a line carries; empty for any other line. */
    public static Optional<ClusterEvent> parse(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        try {
            ClusterEvent event = Json.json().readValue(line, ClusterEvent.class);
            return event.event() == null ? Optional.empty() : Optional.of(event);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException notOurs) {
            return Optional.empty();
        }
    }
}
