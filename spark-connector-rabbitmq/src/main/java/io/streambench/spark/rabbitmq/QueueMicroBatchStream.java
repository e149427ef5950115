package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Connection;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.streaming.MicroBatchStream;
import org.apache.spark.sql.connector.read.streaming.Offset;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.connector.read.streaming.SupportsTriggerAvailableNow;

/**
 * A micro-batch stream over AMQP 0-9-1: one connection to the queue's broker, one consumer on the driver buffering
 * deliveries, batches handed to tasks as buffered partitions, offsets as {@link RabbitMqOffset}.
 */
abstract class QueueMicroBatchStream<C extends BufferingConsumer> implements MicroBatchStream, SupportsTriggerAvailableNow {
    protected final SourceOptions options;
    protected final Connection connection;
    /** Attached at the first batch, where that batch starts. */
    protected C consumer;

    protected QueueMicroBatchStream(SourceOptions options) {
        this.options = options;
        this.connection = QueueConnections.openToQueue(options.uri(), options.clientProperties(), options.queue(),
                "spark source of " + options.queue());
    }

    @Override
    public Offset deserializeOffset(String json) {
        return RabbitMqOffset.fromJson(json);
    }

    @Override
    public ReadLimit getDefaultReadLimit() {
        return ReadLimits.of(options.maxMessagesPerTrigger());
    }

    @Override
    public Offset latestOffset() {
        throw new UnsupportedOperationException("the rabbitmq source takes a read limit: latestOffset(Offset, ReadLimit)");
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new BufferedMessagesReaderFactory();
    }

    /** Closing the consumer's channel returns to a classic or quorum queue what was delivered and not acknowledged. */
    @Override
    public void stop() {
        if (consumer != null) {
            consumer.close();
        }
        QueueConnections.close(connection);
    }

    @Override
    public String toString() {
        return options.describeQueue();
    }
}
