package io.streambench.kafkastreams.source;

import io.streambench.api.run.JobSpec;
import io.streambench.kafkastreams.JobCounters;
import io.streambench.kafkastreams.model.KeyedEvent;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * The pipeline's topic as the source of the topology, decoded. Where it starts without committed offsets is the
 * consumer's {@code auto.offset.reset} (earliest) or offsets committed before the start ({@link StartOffsets}).
 */
public final class SourceTranslator {
    private SourceTranslator() {
    }

    public static KStream<byte[], KeyedEvent> translate(StreamsBuilder builder, JobSpec job, JobCounters counters) {
        return builder.stream(job.pipeline().source().stream(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())
                        .withName("source"))
                .processValues(() -> new DecodeEvents(counters), Named.as("decode"));
    }
}
