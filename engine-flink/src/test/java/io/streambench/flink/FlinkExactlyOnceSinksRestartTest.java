package io.streambench.flink;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.RestartScenario;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.FileResultStore;
import io.streambench.sinks.IcebergResultStore;
import io.streambench.sinks.KafkaResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import io.streambench.testsupport.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Exactly-once under a crash, in the sinks that commit on checkpoints: a forked Flink JVM reading Kafka is killed
 * (SIGKILL) mid-run and started again on its work directory. The transactional Kafka sink must leave no record of an
 * aborted transaction visible to a read_committed reader, the file sink no file of an uncommitted checkpoint (both
 * append, so a duplicate shows as a second record), and the Iceberg sink must commit the files of a checkpoint once,
 * with its equality deletes replacing what the replay writes again (a second row of one result would show); each must
 * then hold each oracle result exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class FlinkExactlyOnceSinksRestartTest {
    private Broker kafka;

    @BeforeAll
    void startBroker() {
        kafka = EmbeddedKafkaBroker.start("flink-exactly-once-restart");
    }

    @AfterAll
    void stopBroker() {
        kafka.close();
    }

    @ParameterizedTest(name = "into {0}")
    @ValueSource(strings = {"kafka", "files", "iceberg"})
    void aKilledExactlyOnceJobLosesAndDuplicatesNothing(String sink) throws Exception {
        RestartScenario scenario = new RestartScenario(ForkedFlink.engine(), kafka, store(sink), 2);
        // Checkpoints far enough apart that the kill most likely falls between two, with a transaction or in-progress
        // files open that the restart must abort and replay.
        RunSettings exactlyOnce = RunSettings.of(ExecutionMode.continuous()).withParallelism(2)
                .withCheckpointInterval(Duration.ofSeconds(10)).withGuarantee(DeliveryGuarantee.EXACTLY_ONCE);

        RestartScenario.Outcome outcome = scenario.run("flink-eo-" + sink + "-" + Long.toString(System.nanoTime(), 36),
                exactlyOnce, RestartScenario.Interruption.CRASH,
                workDir -> CheckpointLocator.newestRestorePoint(workDir).isPresent(), job -> 0);
        System.out.println(outcome.summary());

        RestartScenario.assertResumedExactly(outcome);
    }

    private ResultStore store(String sink) {
        String bootstrapServers = ((BrokerConnection.Kafka) kafka.connection()).bootstrapServers();
        return switch (sink) {
            case "kafka" -> new KafkaResultStore(bootstrapServers, Map.of(), 2);
            case "files" -> new FileResultStore(Path.of("target", "exactly-once-results"));
            default -> new IcebergResultStore(LocalPostgres.JDBC_URL, Path.of("target", "exactly-once-warehouse"));
        };
    }
}
