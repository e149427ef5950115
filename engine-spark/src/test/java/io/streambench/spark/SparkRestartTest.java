package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.RestartScenario;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.FileResultStore;
import io.streambench.sinks.IcebergResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import io.streambench.testsupport.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Exactly-once under a crash in a sink that appends rather than upserts, so that a duplicate would show as a second
 * record, and in the Iceberg table, where a replayed micro-batch's MERGE must replace rows, not add them. The crash and
 * the planned stop into PostgreSQL are cases of the conformance suite ({@link SparkOnKafkaTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class SparkRestartTest {
    private Broker kafka;

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafkaBroker.start("spark-restart");
    }

    @AfterAll
    void stopBroker() {
        kafka.close();
    }

    /** Each epoch's files replace those a replayed epoch wrote before: the results hold each row once. */
    @Test
    void aKilledExactlyOnceQueryLosesAndDuplicatesNothingInItsFiles() throws Exception {
        RestartScenario.assertResumedExactly(crash("spark-eo-files-",
                new FileResultStore(Path.of("target", "exactly-once-results"))));
    }

    /** A replayed micro-batch merges the rows it merged before: the table holds each result in one row. */
    @Test
    void aKilledExactlyOnceQueryLosesAndDuplicatesNothingInItsIcebergTable() throws Exception {
        RestartScenario.assertResumedExactly(crash("spark-eo-iceberg-",
                new IcebergResultStore(LocalPostgres.JDBC_URL, Path.of("target", "exactly-once-warehouse"))));
    }

    /** An exactly-once micro-batch query into {@code sink}, killed mid-run and started again. */
    private RestartScenario.Outcome crash(String prefix, ResultStore sink) throws InterruptedException {
        RestartScenario scenario = new RestartScenario(ForkedSpark.engine(), kafka, sink, 2);
        RunSettings exactlyOnce = RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(1))).withParallelism(2)
                .withMaxEventsPerTrigger(1_000L).withGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
        RestartScenario.Outcome outcome = scenario.run(prefix + Long.toString(System.nanoTime(), 36), exactlyOnce,
                RestartScenario.Interruption.CRASH, SparkRestartTest::hasCommittedABatch, job -> 0);
        System.out.println(outcome.summary());
        return outcome;
    }

    /** Whether a query's checkpoint location holds a committed micro-batch a second run resumes after. */
    static boolean hasCommittedABatch(Path workDir) {
        return Files.exists(workDir.resolve(Path.of("checkpoints", "commits", "0")));
    }
}
