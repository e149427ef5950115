package io.streambench.flink;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.FileResultStore;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.testsupport.LocalPostgres;
import io.streambench.testsupport.RabbitMqBrokers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

class FlinkOnRabbitMqClassicQueuesTest extends EngineConformanceSuite {
    private Broker broker;

    @BeforeAll
    void openBroker() {
        broker = RabbitMqBrokers.open("classic");
    }

    @AfterAll
    void closeBroker() {
        broker.close();
    }

    @Override
    protected Engine engine() {
        return new FlinkEngine();
    }

    @Override
    protected Broker broker() {
        return broker;
    }

    /** The sinks are checked on one broker per engine; the Kafka suite adds the Kafka result topic. */
    @Override
    protected List<ResultStore> sinks() {
        return List.of(new PostgresResultStore(LocalPostgres.JDBC_URL), new FileResultStore(Path.of("target", "results")));
    }

    @Override
    protected List<ExecutionMode> modes() {
        return List.of(ExecutionMode.batch(), ExecutionMode.continuous());
    }

    /**
     * A classic queue is not replayable: what a killed job read since its last acknowledged checkpoint comes back
     * redelivered, and only exactly-once (deduplication by correlation id) keeps it from being counted twice; the
     * PostgreSQL upsert turns replayed results into rewrites, not rows. A planned stop is a stop-with-savepoint.
     */
    @Override
    protected Optional<Forked> forked() {
        RunSettings exactlyOnce = RunSettings.of(ExecutionMode.continuous()).withParallelism(2)
                .withCheckpointInterval(Duration.ofSeconds(3)).withGuarantee(DeliveryGuarantee.EXACTLY_ONCE);
        return Optional.of(new Forked(ForkedFlink.engine(), new PostgresResultStore(LocalPostgres.JDBC_URL), exactlyOnce,
                workDir -> CheckpointLocator.newestRestorePoint(workDir).isPresent(), LocalPostgres::rewrites));
    }
}
