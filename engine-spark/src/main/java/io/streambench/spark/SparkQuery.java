package io.streambench.spark;

import io.streambench.api.event.Action;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.Stage;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.JobSpec;
import io.streambench.spark.source.DecodeEvents;
import io.streambench.spark.source.KafkaSourceTranslator;
import io.streambench.spark.source.RabbitSourceTranslator;
import io.streambench.spark.source.SourceTranslator;
import io.streambench.spark.stage.StageTranslators;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.time.Duration;

/**
 * The query of a {@link JobSpec}: source, decoding, watermark, then the stages through their translators, ending in
 * result rows ({@link ResultColumns}).
 */
final class SparkQuery {
    private SparkQuery() {
    }

    static Dataset<Row> results(SparkSession spark, JobSpec job, JobCounters counters) {
        Pipeline pipeline = job.pipeline();
        Dataset<Row> events = DecodeEvents.apply(sourceTranslator(job.broker()).read(spark, job), counters.read(),
                counters.malformed(), counters.firstReadAt(), job.workDir());
        if (pipeline.watermark() != null) {
            events = events.withWatermark(EventColumns.EVENT_TIMESTAMP, watermarkDelay(pipeline).toMillis() + " milliseconds");
        }
        events = events.filter(new NotAMarker(events.schema().fieldIndex(EventColumns.ACTION)));
        for (Stage stage : pipeline.stages()) {
            events = StageTranslators.translate(stage, events, job);
        }
        return events;
    }

    /**
     * Spark keeps a window open until the watermark passes its end and drops rows behind the watermark, with no
     * separate allowed lateness: the lateness goes into the delay, so the same events count as the oracle says.
     * Update output mode keeps the same delay. There the delay no longer decides when a window is written (every
     * trigger writes what changed), but it still decides when its state is evicted and which rows are dropped as late:
     * with the bound alone, a tardy event within the allowed lateness would find its window gone and be dropped.
     */
    static Duration watermarkDelay(Pipeline pipeline) {
        Duration lateness = pipeline.windowAggregation().map(aggregation -> aggregation.allowedLateness())
                .orElse(Duration.ZERO);
        return pipeline.watermark().maxOutOfOrderness().plus(lateness);
    }

    private static SourceTranslator sourceTranslator(BrokerConnection broker) {
        return broker instanceof BrokerConnection.RabbitMq ? new RabbitSourceTranslator() : new KafkaSourceTranslator();
    }

    /** Typed, so that the optimizer keeps it above the watermark, which the markers must reach. */
    private record NotAMarker(int actionColumn) implements FilterFunction<Row> {
        @Override
        public boolean call(Row event) {
            return !Action.WATERMARK.wireName().equals(event.getString(actionColumn));
        }
    }
}
