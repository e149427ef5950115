package io.streambench.flink;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.RestartScenario;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.PostgresResultStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forked Flink JVM killed in the middle of a run on a RabbitMQ classic queue resumes from its latest checkpoint:
 * the restored state plus RabbitMQ redelivering what was not acknowledged lose nothing, and the PostgreSQL upsert
 * turns replays into rewrites, not rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlinkRestartFromCheckpointTest {
    private Broker broker;

    @BeforeAll
    void openBroker() {
        broker = RabbitMqBrokers.open("classic");
    }

    @AfterAll
    void closeBroker() {
        broker.close();
    }

    @Test
    void aKilledJobResumesFromItsCheckpointAndThePostgresTableEndsExact() throws Exception {
        RestartScenario scenario = new RestartScenario(ForkedFlink.engine(), broker,
                new PostgresResultStore(LocalPostgres.JDBC_URL), 1);
        RestartScenario.Outcome outcome = scenario.run("flink-restart-" + Long.toString(System.nanoTime(), 36),
                RunSettings.of(ExecutionMode.continuous()).withParallelism(2).withCheckpointInterval(Duration.ofSeconds(3)),
                workDir -> CheckpointLocator.latest(workDir.resolve("checkpoints")).isPresent(),
                LocalPostgres::rewrites);
        System.out.println(outcome.summary());
        assertThat(outcome.report().isExact()).as(outcome.report().summary()).isTrue();
        assertThat(outcome.results()).as("one row per result, no duplicate rows").isEqualTo(outcome.expected());
        assertThat(outcome.readAfterRestart()).as("the second run resumed instead of reading everything again")
                .isLessThan(outcome.written());
    }
}
