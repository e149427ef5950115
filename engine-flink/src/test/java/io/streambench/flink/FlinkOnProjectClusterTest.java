package io.streambench.flink;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.ConformanceRun;
import io.streambench.api.conformance.ConformanceWorkload;
import io.streambench.api.fork.EngineDescriptor;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.fork.ProjectCluster;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.KafkaResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conformance subset on a project-started session cluster, as {@code --engines cluster} runs it: a JobManager and
 * two TaskManagers of one slot each, every one a JVM of its own, and the engine forked as the cluster's client.
 * Purpose: a job submitted over the REST API and spread over TaskManagers computes what the oracle says, in each mode
 * Flink supports; and the cluster leaves no process behind.
 * How: {@code clicks-per-page-tumbling} over the conformance workload into a Kafka result topic, in batch and in
 * continuous mode; then the cluster is stopped.
 * Pass: the results equal the oracle's, the JobManager lists the jobs, and none of the cluster's processes is alive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("integration")
class FlinkOnProjectClusterTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private Broker kafka;
    private ProjectCluster cluster;
    private ForkedEngine engine;
    private ResultStore resultTopics;

    @BeforeAll
    void startBrokerAndCluster() throws InterruptedException {
        kafka = EmbeddedKafkaBroker.start("flink-cluster");
        BrokerConnection.Kafka connection = (BrokerConnection.Kafka) kafka.connection();
        resultTopics = new KafkaResultStore(connection.bootstrapServers(), connection.clientProperties(), 2);
        EngineDescriptor flink = EngineDescriptor.inModule(Path.of(""));
        cluster = ProjectCluster.start(flink, Path.of("target", "project-cluster",
                Long.toString(System.nanoTime(), 36)).toAbsolutePath(), 2, 1, ProjectCluster.DEFAULT_READY_TIMEOUT);
        engine = new ForkedEngine(flink.launcher().withArguments(List.of("--cluster", cluster.endpoint())));
    }

    @AfterAll
    void stopClusterAndBroker() {
        if (cluster != null) {
            cluster.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    Stream<ExecutionMode> modes() {
        return Stream.of(ExecutionMode.batch(), ExecutionMode.continuous());
    }

    @Order(1)
    @ParameterizedTest(name = "on the cluster, {0}")
    @MethodSource("modes")
    void aJobOnTheClusterWritesTheOracleResults(ExecutionMode mode) throws Exception {
        ConformanceRun.Result result = new ConformanceRun(engine, kafka, resultTopics, 2, TIMEOUT,
                Path.of("target", "project-cluster", "jobs").toAbsolutePath())
                .run(ReadyPipelines.byName("clicks-per-page-tumbling"), RunSettings.of(mode).withParallelism(2)
                        .withCheckpointInterval(Duration.ofSeconds(2)), ConformanceWorkload.standard(), List.of());

        assertThat(result.report().isExact()).as(result.report().summary()).isTrue();
        assertThat(jobsOverview()).contains("clicks-per-page-tumbling");
    }

    @Order(2)
    @Test
    void aStoppedClusterLeavesNoProcess() {
        List<ProjectCluster.Member> members = cluster.members();
        assertThat(members).extracting(ProjectCluster.Member::role)
                .containsExactly("coordinator", "worker-1", "worker-2");

        cluster.close();

        assertThat(members).allSatisfy(member -> assertThat(ProcessHandle.of(member.pid())
                .filter(ProcessHandle::isAlive)).as(member.role() + " (pid " + member.pid() + ")").isEmpty());
    }

    private String jobsOverview() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + cluster.endpoint()
                + "/jobs/overview")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
