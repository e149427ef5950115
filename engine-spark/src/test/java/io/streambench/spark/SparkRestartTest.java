package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.RestartScenario;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.FileResultStore;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import io.streambench.testsupport.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forked Spark JVM killed in the middle of a micro-batch run on Kafka resumes from its checkpoint location: the
 * offsets and state in it lose nothing, and the PostgreSQL upsert turns a replayed batch into rewrites, not rows.
 * Stopped in a planned way between micro-batches instead, it resumes from the same checkpoint without a replay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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

    @Test
    void aKilledQueryResumesFromItsCheckpointAndThePostgresTableEndsExact() throws Exception {
        RestartScenario.Outcome outcome = restart("spark-restart-", RestartScenario.Interruption.CRASH);
        RestartScenario.assertResumedExactly(outcome);
    }

    @Test
    void aQueryStoppedBetweenMicroBatchesResumesWithResultsContinuousAcrossTheStop() throws Exception {
        RestartScenario.Outcome outcome = restart("spark-planned-", RestartScenario.Interruption.PLANNED_STOP);
        assertThat(outcome.resumePoint()).as("where the stopped query said it resumes").startsWith("checkpoint ");
        RestartScenario.assertResumedExactly(outcome);
    }

    /**
     * Exactly-once under a crash in a sink that appends rather than upserts, so that a duplicate would show as a second
     * record: each epoch's files replace those a replayed epoch wrote before, and the results hold each row once.
     */
    @Test
    void aKilledExactlyOnceQueryLosesAndDuplicatesNothingInItsFiles() throws Exception {
        RestartScenario scenario = new RestartScenario(ForkedSpark.engine(), kafka,
                new FileResultStore(Path.of("target", "exactly-once-results")), 2);
        RestartScenario.Outcome outcome = scenario.run("spark-eo-files-" + Long.toString(System.nanoTime(), 36),
                microBatches().withGuarantee(DeliveryGuarantee.EXACTLY_ONCE), RestartScenario.Interruption.CRASH,
                SparkRestartTest::hasCommittedABatch, job -> 0);
        System.out.println(outcome.summary());

        RestartScenario.assertResumedExactly(outcome);
    }

    private static RunSettings microBatches() {
        return RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(1))).withParallelism(2)
                .withMaxEventsPerTrigger(1_000L);
    }

    private static boolean hasCommittedABatch(Path workDir) {
        return Files.exists(workDir.resolve(Path.of("checkpoints", "commits", "0")));
    }

    private RestartScenario.Outcome restart(String prefix, RestartScenario.Interruption interruption)
            throws InterruptedException {
        RestartScenario scenario = new RestartScenario(ForkedSpark.engine(), kafka,
                new PostgresResultStore(LocalPostgres.JDBC_URL), 2);
        RestartScenario.Outcome outcome = scenario.run(prefix + Long.toString(System.nanoTime(), 36),
                microBatches(), interruption, SparkRestartTest::hasCommittedABatch, LocalPostgres::rewrites);
        System.out.println(outcome.summary());
        return outcome;
    }
}
