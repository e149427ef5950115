package io.streambench.flink.source.stream;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import io.streambench.flink.model.SourceRecord;
import io.streambench.testsupport.RabbitMqBrokers;
import org.apache.flink.core.io.InputStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream queue source's parts against the local RabbitMQ: where a stream ends, and a reader restored from its
 * snapshot in the middle of a chunk going on with the next offset, losing nothing and repeating nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class RabbitStreamSourceTest {
    private static final int MESSAGES = 3_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Broker broker;
    private String streamUri;
    private final String stream = "flink-stream-source-" + Long.toString(System.nanoTime(), 36);

    @BeforeAll
    void writeTheStream() {
        broker = RabbitMqBrokers.open("stream");
        streamUri = ((BrokerConnection.RabbitMq) broker.connection()).streamUri();
        broker.createStream(new StreamSpec(stream, 1));
        try (EventWriter writer = broker.openWriter(stream)) {
            ClickstreamGenerator.generate(GeneratorConfig.defaults(5), MESSAGES).forEach(writer::send);
            writer.flush(TIMEOUT);
        }
    }

    @AfterAll
    void deleteTheStream() {
        broker.deleteStream(stream);
        broker.close();
    }

    @Test
    void theEndIsOnePastTheLastMessageAndLatestStartsThere() {
        try (StreamPositions positions = StreamPositions.of(streamUri, stream)) {
            assertThat(positions.end()).isEqualTo(MESSAGES);
            assertThat(positions.offsetOf(StartPosition.latest())).isEqualTo(MESSAGES);
            assertThat(positions.offsetOf(StartPosition.earliest())).isZero();
        }
    }

    @Test
    void aReaderRestoredFromItsSnapshotGoesOnWithoutLossOrDuplicate() throws Exception {
        int beforeSnapshot = 1_234;
        CollectingOutput first = new CollectingOutput();
        List<StreamQueueSplit> snapshot;
        try (StreamQueueReader reader = new StreamQueueReader(streamUri)) {
            reader.addSplits(List.of(new StreamQueueSplit(stream, 0, MESSAGES)));
            while (first.records.size() < beforeSnapshot) {
                assertThat(poll(reader, first)).isNotEqualTo(InputStatus.END_OF_INPUT);
            }
            snapshot = reader.snapshotState(1);
        }
        assertThat(snapshot).containsExactly(new StreamQueueSplit(stream, beforeSnapshot, MESSAGES));

        CollectingOutput restored = new CollectingOutput();
        try (StreamQueueReader reader = new StreamQueueReader(streamUri)) {
            reader.addSplits(snapshot);
            reader.notifyNoMoreSplits();
            while (poll(reader, restored) != InputStatus.END_OF_INPUT) {
                assertThat(restored.records.size()).isLessThanOrEqualTo(MESSAGES - beforeSnapshot);
            }
            assertThat(reader.snapshotState(2)).containsExactly(new StreamQueueSplit(stream, MESSAGES, MESSAGES));
        }

        List<Long> offsets = Stream.concat(first.records.stream(), restored.records.stream())
                .map(SourceRecord::offset).toList();
        assertThat(offsets).containsExactlyElementsOf(LongStream.range(0, MESSAGES).boxed().toList());
        assertThat(restored.records).noneMatch(SourceRecord::isMalformed);
    }

    /** One poll, waiting (bounded) for the reader to have something when it has nothing yet. */
    private static InputStatus poll(StreamQueueReader reader, CollectingOutput output) throws Exception {
        InputStatus status = reader.pollNext(output);
        if (status == InputStatus.NOTHING_AVAILABLE) {
            reader.isAvailable().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        return status;
    }
}
