package io.streambench.flink;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.RestartScenario;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.testsupport.LocalPostgres;
import io.streambench.testsupport.RabbitMqBrokers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forked exactly-once Flink JVM killed in the middle of a run on a RabbitMQ classic queue resumes from its latest
 * checkpoint: the restored state plus RabbitMQ redelivering what was not acknowledged lose nothing, deduplication by
 * correlation id counts nothing twice, and the PostgreSQL upsert turns replayed results into rewrites, not rows.
 * Stopped with a savepoint instead, it resumes from the savepoint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlinkRestartTest {
    private Broker broker;

    @BeforeAll
    void openBroker() {
        broker = RabbitMqBrokers.open("classic");
    }

    @AfterAll
    void closeBroker() {
        broker.close();
    }

    /**
     * A classic queue is not replayable: what a killed job had read since its last acknowledged checkpoint comes back
     * redelivered, and only exactly-once (deduplication by correlation id) keeps it from being counted twice.
     */
    private static RunSettings exactlyOnce() {
        return RunSettings.of(ExecutionMode.continuous()).withParallelism(2).withCheckpointInterval(Duration.ofSeconds(3))
                .withGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
    }

    @Test
    void aKilledJobResumesFromItsCheckpointAndThePostgresTableEndsExact() throws Exception {
        RestartScenario.Outcome outcome = restart("flink-restart-", RestartScenario.Interruption.CRASH);
        RestartScenario.assertResumedExactly(outcome);
    }

    @Test
    void aJobStoppedWithASavepointResumesFromItWithResultsContinuousAcrossTheStop() throws Exception {
        RestartScenario.Outcome outcome = restart("flink-savepoint-", RestartScenario.Interruption.PLANNED_STOP);
        assertThat(outcome.resumePoint()).as("where the stopped job said it resumes").startsWith("savepoint file:");
        RestartScenario.assertResumedExactly(outcome);
    }

    private RestartScenario.Outcome restart(String prefix, RestartScenario.Interruption interruption)
            throws InterruptedException {
        RestartScenario scenario = new RestartScenario(ForkedFlink.engine(), broker,
                new PostgresResultStore(LocalPostgres.JDBC_URL), 1);
        RestartScenario.Outcome outcome = scenario.run(prefix + Long.toString(System.nanoTime(), 36), exactlyOnce(),
                interruption, workDir -> CheckpointLocator.newestRestorePoint(workDir).isPresent(),
                LocalPostgres::rewrites);
        System.out.println(outcome.summary());
        return outcome;
    }
}
