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
 *     .option("queue", "clicks")                           // required, an existing queue; none is ever declared
 *     .option("queueType", "stream")                       // required: classic, quorum or stream
 *     .option("startAt", "earliest")                       // earliest (default), latest, timestamp:<epochMillis>
 *     .option("maxMessagesPerTrigger", "2000")             // optional cap per micro-batch
 *     .load();
 * }</pre>
 * Rows: {@code value BINARY NOT NULL} (the body, untouched: the source never fails on a body),
 * {@code offset LONG NOT NULL} (stream queues: the stream offset; classic and quorum queues: a sequence number in
 * delivery order), {@code timestamp TIMESTAMP} (the AMQP timestamp property, whole seconds, null if not set). A queue
 * is one ordered log: each micro-batch is one partition, its rows in delivery order.
 * <p>
 * <b>Stream queues</b> are replayable and exactly-once with the query's checkpoint: a restarted query resumes right
 * after the last committed offset, a replayed batch holds exactly the same rows. {@code startAt} maps to
 * {@code x-stream-offset}: earliest is the first message kept, latest the end of the stream when the query first
 * started, {@code timestamp:<ms>} the chunk the broker stored at or after that time, which is second precision (AMQP
 * timestamps are whole seconds) and chunk-grained, so a few earlier messages may come first. The offset a query
 * started at is kept in its checkpoint. {@code spark.read()} reads what the stream holds when the read is planned.
 * <p>
 * <b>Classic and quorum queues</b> are not replayable: reading consumes. Messages are acknowledged only once Spark
 * has committed their batch, so the source is at-least-once: what a stopped query had not committed is delivered again
 * after a restart. Only {@code startAt=earliest} is possible, and {@code spark.read()} is refused.
 * <p>
 * {@code Trigger.AvailableNow} drains what is there when the query starts and stops: up to the end of a stream
 * queue (exact while it is written to; on a stream nobody writes to, known once its last chunk came and
 * 2 s passed, see {@link StreamTail}), or the messages ready in a classic or quorum queue. {@code Trigger.Once} is no
 * substitute: without a drain prepared, a batch takes only what the driver's consumer holds when Spark asks, which at
 * a query's first trigger is nothing.
 * <p>
 * Every wait is bounded ({@link Waits}); a missing queue or an unreachable broker fails with the address (never the
 * password). Stopping the query closes the source's channels and connection.
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
