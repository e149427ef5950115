package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.streaming.MicroBatchStream;
import org.apache.spark.sql.types.StructType;

/** A read of one queue: micro-batches for any queue type, a batch only for a stream queue. */
final class RabbitMqScan implements Scan {
    private final SourceOptions options;
    private StreamQueueBatch batch;

    RabbitMqScan(SourceOptions options) {
        this.options = options;
    }

    @Override
    public StructType readSchema() {
        return MessageSchema.SCHEMA;
    }

    @Override
    public String description() {
        return options.describeQueue();
    }

    @Override
    public MicroBatchStream toMicroBatchStream(String checkpointLocation) {
        return options.queueType().isReplayable()
                ? new StreamQueueMicroBatchStream(options, checkpointLocation)
                : new ConsumedQueueMicroBatchStream(options);
    }

    @Override
    public Batch toBatch() {
        if (!options.queueType().isReplayable()) {
            throw new UnsupportedOperationException(options.describeQueue() + " cannot be read as a batch (spark.read()): "
                    + "reading a " + options.queueType().wireName() + " queue consumes its messages, so a bounded read "
                    + "would empty it; use spark.readStream() with Trigger.AvailableNow, or a stream queue "
                    + "(queueType=stream)");
        }
        // Spark asks again for the same scan (once per physical plan it derives); the answer must read the same offsets.
        if (batch == null) {
            batch = new StreamQueueBatch(options);
        }
        return batch;
    }
}
