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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forked exactly-once Flink JVM reading a RabbitMQ stream queue, killed or stopped with a savepoint in the middle of
 * a run, resumes at the stream offset its checkpoint or savepoint holds: the stream replays from there, so nothing is
 * lost, and the PostgreSQL upsert turns what the second run wrote again into rewrites, not rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class FlinkRestartOnRabbitMqStreamQueuesTest {
    private Broker broker;

    @BeforeAll
    void openBroker() {
        broker = RabbitMqBrokers.open("stream");
    }

    @AfterAll
    void closeBroker() {
        broker.close();
    }

    @Test
    void aKilledJobResumesAtItsCheckpointedOffsetAndThePostgresTableEndsExact() throws Exception {
        RestartScenario.Outcome outcome = restart("flink-stream-restart-", RestartScenario.Interruption.CRASH);
        RestartScenario.assertResumedExactly(outcome);
    }

    @Test
    void aJobStoppedWithASavepointResumesAtItsOffsetWithResultsContinuousAcrossTheStop() throws Exception {
        RestartScenario.Outcome outcome = restart("flink-stream-savepoint-", RestartScenario.Interruption.PLANNED_STOP);
        assertThat(outcome.resumePoint()).as("where the stopped job said it resumes").startsWith("savepoint file:");
        RestartScenario.assertResumedExactly(outcome);
    }

    private RestartScenario.Outcome restart(String prefix, RestartScenario.Interruption interruption)
            throws InterruptedException {
        RestartScenario scenario = new RestartScenario(ForkedFlink.engine(), broker,
                new PostgresResultStore(LocalPostgres.JDBC_URL), 1);
        RunSettings settings = RunSettings.of(ExecutionMode.continuous()).withParallelism(2)
                .withCheckpointInterval(Duration.ofSeconds(3)).withGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
        RestartScenario.Outcome outcome = scenario.run(prefix + Long.toString(System.nanoTime(), 36), settings,
                interruption, workDir -> CheckpointLocator.newestRestorePoint(workDir).isPresent(),
                LocalPostgres::rewrites);
        System.out.println(outcome.summary());
        return outcome;
    }
}
