package io.streambench.spark.source;

import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.HashMap;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * Spark's own Kafka source. Batch mode reads the offsets the topic has when the query starts; a micro-batch query caps
 * a batch at {@code maxEventsPerTrigger}; batch and micro-batch queries ask for at least {@code parallelism} input
 * partitions.
 */
public final class KafkaSourceTranslator implements SourceTranslator {
    @Override
    public Dataset<Row> read(SparkSession spark, JobSpec job) {
        BrokerConnection.Kafka kafka = (BrokerConnection.Kafka) job.broker();
        Map<String, String> options = new HashMap<>();
        kafka.clientProperties().forEach((name, value) -> options.put("kafka." + name, value));
        options.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        options.put("subscribe", job.pipeline().source().stream());
        StartPosition start = job.pipeline().source().startAt();
        switch (start.kind()) {
            case EARLIEST -> options.put("startingOffsets", "earliest");
            case LATEST -> options.put("startingOffsets", "latest");
            case TIMESTAMP -> options.put("startingTimestamp", String.valueOf(start.timestamp().toEpochMilli()));
        }
        Dataset<Row> records;
        if (job.settings().mode().kind() == ExecutionMode.Kind.BATCH) {
            options.put("endingOffsets", "latest");
            options.put("minPartitions", String.valueOf(job.settings().parallelism()));
            records = spark.read().format("kafka").options(options).load();
        } else {
            // Real-time mode refuses both: it runs one long task per Kafka partition for a whole checkpoint interval.
            if (job.settings().mode().kind() != ExecutionMode.Kind.CONTINUOUS) {
                options.put("minPartitions", String.valueOf(job.settings().parallelism()));
                if (job.settings().maxEventsPerTrigger() != null) {
                    options.put("maxOffsetsPerTrigger", String.valueOf(job.settings().maxEventsPerTrigger()));
                }
            }
            records = spark.readStream().format("kafka").options(options).load();
        }
        return records.select(col(VALUE), col(PARTITION), col(OFFSET));
    }
}
