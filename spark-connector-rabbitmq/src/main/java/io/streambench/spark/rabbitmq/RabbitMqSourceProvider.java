package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

import java.util.Map;

/**
 * A RabbitMQ source for Spark Structured Streaming (DataSource V2), format {@code rabbitmq} or this class's name:
 * <pre>{@code
 * spark.readStream().format("rabbitmq")
 *     .option("uri", "amqp://guest:guest@127.0.0.1:5672")  // required
 *     .option("streamUri", "rabbitmq-stream://guest:guest@127.0.0.1:5552/%2f") // optional: uri's server on 5552
 *     .option("queue", "clicks")                           // required, an existing queue; none is ever declared
 *     .option("queueType", "stream")                       // required: classic, quorum or stream
 *     .option("startAt", "earliest")                       // earliest (default), latest, timestamp:<epochMillis>
 *     .option("maxMessagesPerTrigger", "2000")             // optional cap per micro-batch
 *     .load();
 * }</pre>
 * Rows: {@code value BINARY NOT NULL} (the body, untouched: the source never fails on a body),
 * {@code offset LONG NOT NULL} (stream queues: the stream offset; classic and quorum queues: a sequence number in
 * delivery order), {@code timestamp TIMESTAMP} (the AMQP timestamp property, whole seconds, or on stream
 * queues the creation time a stream-protocol publisher set, in milliseconds; null if not set). A micro-batch
 * of a classic or quorum queue is one partition, its rows in delivery order.
 * <p>
 * <b>Stream queues</b> are read through the stream protocol ({@code streamUri}), by Spark's tasks: a micro-batch is a
 * range of stream offsets, split into partitions of at most {@link StreamRangePartition#OFFSETS_PER_PARTITION}, rows
 * in offset order within each. They are replayable and exactly-once with the query's checkpoint: a restarted query
 * resumes right after the last committed offset, a replayed batch holds exactly the same rows. {@code startAt}:
 * earliest is the first message kept, latest the end of the stream when the query first started,
 * {@code timestamp:<ms>} the first chunk the broker stored at or after that time, so a few earlier messages of the
 * same chunk may come first. The offset a query started at is kept in its checkpoint. {@code spark.read()} reads what
 * the stream holds when the read is planned.
 * <p>
 * <b>Classic and quorum queues</b> are not replayable: reading consumes. Messages are acknowledged only once Spark
 * has committed their batch, so the source is at-least-once: what a stopped query had not committed is delivered again
 * after a restart. Only {@code startAt=earliest} is possible, and {@code spark.read()} is refused.
 * <p>
 * {@code Trigger.AvailableNow} drains what is there when the query starts and stops: up to the end of a stream
 * queue (exact, see {@link StreamTail}), or the messages ready in a classic or quorum queue. For those {@code Trigger.Once} is
 * no substitute: without a drain prepared, a batch takes only what the driver's consumer holds when Spark asks, which
 * at a query's first trigger is nothing.
 * <p>
 * Every wait is bounded ({@link Waits}); a missing queue or an unreachable broker fails with the address (never the
 * password). Stopping the query closes the source's channels, consumers and connections.
 */
public final class RabbitMqSourceProvider implements TableProvider, DataSourceRegister {
    public static final String SHORT_NAME = "rabbitmq";

    @Override
    public String shortName() {
        return SHORT_NAME;
    }

    /** The schema is fixed; the options are checked here already, so that {@code load()} fails on a bad one. */
    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        SourceOptions.parse(options.asCaseSensitiveMap());
        return MessageSchema.SCHEMA;
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new RabbitMqTable(SourceOptions.parse(properties));
    }
}
