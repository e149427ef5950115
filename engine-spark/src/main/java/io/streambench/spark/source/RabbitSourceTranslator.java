package io.streambench.spark.source;

import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.spark.rabbitmq.RabbitMqSourceProvider;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.HashMap;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** This project's RabbitMQ source (module spark-connector-rabbitmq): one queue, one partition. */
public final class RabbitSourceTranslator implements SourceTranslator {
    private static final String FORMAT = RabbitMqSourceProvider.class.getName();

    @Override
    public Dataset<Row> read(SparkSession spark, JobSpec job) {
        BrokerConnection.RabbitMq rabbit = (BrokerConnection.RabbitMq) job.broker();
        Map<String, String> options = new HashMap<>();
        options.put("uri", rabbit.uri());
        options.put("streamUri", rabbit.streamUri());
        options.put("queue", job.pipeline().source().stream());
        options.put("queueType", rabbit.queueType().wireName());
        rabbit.clientProperties().forEach((name, value) -> options.put("amqp." + name, value));
        StartPosition start = job.pipeline().source().startAt();
        options.put("startAt", switch (start.kind()) {
            case EARLIEST -> "earliest";
            case LATEST -> "latest";
            case TIMESTAMP -> "timestamp:" + start.timestamp().toEpochMilli();
        });
        Dataset<Row> messages;
        if (job.settings().mode().kind() == ExecutionMode.Kind.BATCH) {
            messages = spark.read().format(FORMAT).options(options).load();
        } else {
            if (job.settings().maxEventsPerTrigger() != null) {
                options.put("maxMessagesPerTrigger", String.valueOf(job.settings().maxEventsPerTrigger()));
            }
            messages = spark.readStream().format(FORMAT).options(options).load();
        }
        return messages.select(col(VALUE), lit(0).as(PARTITION), col(OFFSET));
    }
}
