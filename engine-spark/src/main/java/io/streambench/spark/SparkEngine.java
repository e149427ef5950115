package io.streambench.spark;

import io.streambench.api.engine.Engine;
import io.streambench.api.engine.EngineCapabilities;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.spark.sink.ResultOutput;
import io.streambench.spark.sink.SinkTranslators;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeoutException;

/**
 * Runs pipelines as Spark Structured Streaming queries (a bounded read in batch mode) on a Spark context in this JVM:
 * {@code local[N]} or a master URL.
 */
public final class SparkEngine implements Engine {
    private static final EngineCapabilities CAPABILITIES = SparkCapabilities.declared();
    /** Real-time mode refuses shorter batches (its batch is a checkpoint interval, not a latency bound). */
    private static final java.time.Duration REAL_TIME_MIN_BATCH = java.time.Duration.ofSeconds(5);

    private final SparkSessions sessions;

    /** The engine found by {@link java.util.ServiceLoader}: local mode with the job's parallelism. */
    public SparkEngine() {
        this(null);
    }

    private SparkEngine(String master) {
        this.sessions = new SparkSessions(master);
    }

    /** Runs on the given master, e.g. {@code spark://host:7077} or {@code local[*]}. */
    public static SparkEngine onMaster(String master) {
        return new SparkEngine(master);
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String version() {
        try (InputStream in = SparkSession.class.getClassLoader().getResourceAsStream("spark-version-info.properties")) {
            Properties info = new Properties();
            if (in != null) {
                info.load(in);
            }
            return info.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public EngineCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** Besides the capabilities: combinations that depend on two parts of the job at once. */
    @Override
    public JobHandle submit(JobSpec job) {
        checkSupported(job);
        SparkSession spark = sessions.forJob(job);
        JobCounters counters = JobCounters.create(spark, job.jobId());
        Dataset<Row> results = SparkQuery.results(spark, job, counters);
        ResultOutput output = SinkTranslators.outputFor(job.pipeline().sink(), job);
        if (job.settings().mode().kind() == ExecutionMode.Kind.BATCH) {
            return BatchJobHandle.start(spark, job.jobId(), counters, results, output);
        }
        spark.streams().addListener(counters);
        String checkpointLocation = Path.of(job.workDir(), "checkpoints").toAbsolutePath().toString();
        try {
            StreamingQuery query = output.into(results.writeStream().queryName(job.jobId()))
                    .outputMode(OutputModes.of(job.settings().mode().kind(), emissionFor(job)))
                    .trigger(trigger(job))
                    .option("checkpointLocation", checkpointLocation)
                    .start();
            return new StreamingJobHandle(spark, query, counters, checkpointLocation,
                    job.settings().mode().triggerInterval());
        } catch (TimeoutException | RuntimeException e) {
            spark.streams().removeListener(counters);
            throw new IllegalStateException("spark: cannot start query " + job.jobId() + ": " + e.getMessage(), e);
        }
    }

    private static Trigger trigger(JobSpec job) {
        ExecutionMode mode = job.settings().mode();
        return switch (mode.kind()) {
            case AVAILABLE_NOW -> Trigger.AvailableNow();
            case MICROBATCH -> Trigger.ProcessingTime(mode.triggerInterval().toMillis());
            case CONTINUOUS -> Trigger.RealTime(Math.max(REAL_TIME_MIN_BATCH.toMillis(),
                    job.settings().checkpointInterval().toMillis()));
            case BATCH -> throw new IllegalArgumentException("a batch job has no trigger");
        };
    }

    /** Stops this JVM's Spark context. */
    public void stop() {
        sessions.stop();
    }
}
