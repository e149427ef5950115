package io.streambench.kafkastreams.stage;

import io.streambench.api.run.Emission;
import io.streambench.api.run.JobSpec;
import io.streambench.kafkastreams.KafkaStreamsCapabilities;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * A windowed table's emission: {@code every-trigger} is the table's own stream of updates (one per event, the record
 * cache being off); {@code final} suppresses each window until stream time passes its end plus the grace, then emits
 * it once. The suppression buffer has a changelog, so a restarted job still emits what it held. A session is held a gap
 * longer than its grace (until stream time passes its last event + gap + grace: till then an event could still extend
 * it), which the oracle, closing it at last event + gap + lateness on the watermark, counts as engine-added latency.
 */
record Emissions(Emission emission) {
    Emissions(JobSpec job) {
        this(Emission.resolve(job, KafkaStreamsCapabilities.DEFAULT_EMISSION));
    }

    <V> KTable<Windowed<String>, V> apply(KTable<Windowed<String>, V> windows, String name) {
        return switch (emission) {
            case FINAL -> windows.suppress(Suppressed.<Windowed<String>>untilWindowCloses(
                    Suppressed.BufferConfig.unbounded()).withName(name + "-final"));
            case EVERY_TRIGGER -> windows;
            case ON_WATERMARK, ON_COMPLETION -> throw new IllegalArgumentException(
                    "kafka-streams: a window cannot be emitted " + emission.wireName());
        };
    }
}
