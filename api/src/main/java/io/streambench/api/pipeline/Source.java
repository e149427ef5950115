package io.streambench.api.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The input of a pipeline: a Kafka topic or a RabbitMQ queue (which broker is a run setting, so the same pipeline runs
 * on both) and where to start reading when there is no checkpoint.
 */
public record Source(String stream, StartPosition startAt) {
    @JsonCreator
    public Source(@JsonProperty("stream") String stream, @JsonProperty("startAt") StartPosition startAt) {
        if (stream == null || stream.isBlank()) {
            throw new IllegalArgumentException("source needs a stream (a topic or queue name)");
        }
        this.stream = stream;
        this.startAt = startAt == null ? StartPosition.earliest() : startAt;
    }

    public static Source topic(String name) {
        return new Source(name, StartPosition.earliest());
    }

    public static Source queue(String name) {
        return new Source(name, StartPosition.earliest());
    }

    public Source startingAt(StartPosition position) {
        return new Source(stream, position);
    }

    public Source onStream(String otherStream) {
        return new Source(otherStream, startAt);
    }
}
