package io.streambench.flink.source.stream;

import io.streambench.api.pipeline.StartPosition;
import io.streambench.flink.model.SourceRecord;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.util.List;

/**
 * Reads a RabbitMQ stream queue over the stream protocol. The queue is one split whose state is the next offset to
 * read, held in Flink's checkpoints: a restored job resumes at the checkpointed offset, so with the transactional
 * sinks it is exactly-once. Without a checkpoint the job starts at the pipeline's start position; a bounded read ends
 * where the stream ended when the job started.
 *
 * <p>A stream queue is a single ordered log with no partitions, so one reader reads it: run this source with
 * parallelism 1 (a second reader would have no split and hold the watermark back). Super streams, whose partition
 * streams would be the splits, are out of scope.
 */
public final class RabbitStreamSource implements Source<SourceRecord, StreamQueueSplit, List<StreamQueueSplit>> {
    private static final long serialVersionUID = 1L;

    private final String streamUri;
    private final String stream;
    /** The start position in its wire form: the model's record is not serializable. */
    private final String startAt;
    private final boolean bounded;

    /** @param streamUri {@code rabbitmq-stream://user:password@host:port/vhost} */
    public RabbitStreamSource(String streamUri, String stream, StartPosition startAt, boolean bounded) {
        this.streamUri = streamUri;
        this.stream = stream;
        this.startAt = startAt.toString();
        this.bounded = bounded;
    }

    @Override
    public Boundedness getBoundedness() {
        return bounded ? Boundedness.BOUNDED : Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SourceReader<SourceRecord, StreamQueueSplit> createReader(SourceReaderContext readerContext) {
        return new StreamQueueReader(streamUri);
    }

    @Override
    public SplitEnumerator<StreamQueueSplit, List<StreamQueueSplit>> createEnumerator(
            SplitEnumeratorContext<StreamQueueSplit> enumContext) {
        try (StreamPositions positions = StreamPositions.of(streamUri, stream)) {
            long start = positions.offsetOf(StartPosition.parse(startAt));
            long end = bounded ? positions.end() : StreamQueueSplit.NO_END;
            return new StreamQueueEnumerator(enumContext, List.of(new StreamQueueSplit(stream, start, end)));
        }
    }

    @Override
    public SplitEnumerator<StreamQueueSplit, List<StreamQueueSplit>> restoreEnumerator(
            SplitEnumeratorContext<StreamQueueSplit> enumContext, List<StreamQueueSplit> checkpoint) {
        return new StreamQueueEnumerator(enumContext, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<StreamQueueSplit> getSplitSerializer() {
        return new StreamQueueSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<List<StreamQueueSplit>> getEnumeratorCheckpointSerializer() {
        return new UnassignedSplitsSerializer();
    }
}
