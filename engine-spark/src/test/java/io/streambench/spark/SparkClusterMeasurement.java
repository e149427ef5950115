package io.streambench.spark;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.fork.EngineDescriptor;
import io.streambench.api.fork.EngineLauncher;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.oracle.ComparisonReport;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.oracle.ResultComparison;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.sinks.KafkaResultStore;
import io.streambench.testsupport.EmbeddedKafkaBroker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up and drain throughput of {@code clicks-per-page-tumbling} in 2 s micro-batches, Spark local mode against the
 * project-started cluster (two workers of one core), measured from the engine's side: the forked engine as the bench
 * runs it, over a backlog of {@value #EVENTS} events (no late ones, so that results are exact whatever the batches)
 * already in Kafka. Figures per run: cluster start (master ready, workers registered), submission to first record
 * read, first record read to first result visible, and drain throughput = events / (first record read to last result
 * visible), with the results checked against the oracle. A measurement, not a test of the build: it runs only when
 * asked, {@code ./mvnw -o -pl engine-spark -am verify -Dit.test=SparkClusterMeasurement -Dstreambench.measure=true
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.failIfNoSpecifiedTests=false}.
 */
@Tag("integration")
@EnabledIfSystemProperty(named = "streambench.measure", matches = "true")
class SparkClusterMeasurement {
    private static final int EVENTS = 1_000_000;
    private static final int PARTITIONS = 2;
    private static final int REPEATS = 2;
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final RunSettings SETTINGS = RunSettings.of(ExecutionMode.microbatch(Duration.ofSeconds(2)))
            .withParallelism(2);

    private final Path workRoot = Path.of("target", "measurement", "spark-cluster").toAbsolutePath();

    @Test
    void localAgainstCluster() throws InterruptedException {
        Broker kafka = EmbeddedKafkaBroker.start("spark-measurement");
        try {
            BrokerConnection.Kafka connection = (BrokerConnection.Kafka) kafka.connection();
            ResultStore sink = new KafkaResultStore(connection.bootstrapServers(), connection.clientProperties(),
                    PARTITIONS);
            List<ClickEvent> events = ClickstreamGenerator.generate(GeneratorConfig.defaults(20261203L)
                    .withSchedule(10_000, GeneratorConfig.DEFAULT_START)
                    .withDisorder(0.10, Duration.ofSeconds(3), 0.0, Duration.ZERO, 0), EVENTS);
            String topic = "clicks-measured";
            kafka.createStream(new StreamSpec(topic, PARTITIONS));
            try (EventWriter writer = kafka.openWriter(topic)) {
                events.forEach(writer::send);
                long last = events.stream().mapToLong(ClickEvent::eventTime).max().orElseThrow();
                writer.sendWatermarkMarkers(last + Duration.ofDays(1).toMillis());
                writer.flush(TIMEOUT);
            }
            EngineLauncher launcher = EngineDescriptor.inModule(Path.of("")).launcher();
            for (int repeat = 1; repeat <= REPEATS; repeat++) {
                System.out.println(run("local", new ForkedEngine(launcher), kafka, sink, topic, events, repeat));
                long clusterStart = System.currentTimeMillis();
                ForkedSparkCluster cluster = ForkedSparkCluster.start(workRoot.resolve("cluster-" + repeat), 2, 1);
                System.out.printf("cluster #%d: master and 2 workers ready in %d ms%n", repeat,
                        System.currentTimeMillis() - clusterStart);
                try {
                    ForkedEngine onCluster = new ForkedEngine(launcher.withArguments(List.of("--cluster",
                            cluster.endpoint())));
                    System.out.println(run("cluster", onCluster, kafka, sink, topic, events, repeat));
                } finally {
                    assertThat(cluster.stop()).as("cluster processes left").isEmpty();
                }
            }
        } finally {
            kafka.close();
        }
    }

    private String run(String label, ForkedEngine engine, Broker kafka, ResultStore sink, String topic,
                       List<ClickEvent> events, int repeat) throws InterruptedException {
        String name = "measured-" + label + "-" + repeat + "-" + Long.toString(System.nanoTime(), 36);
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        Pipeline measured = pipeline.withSource(pipeline.source().onStream(topic)).withSink(sink.sinkFor(name));
        OracleResult expected = ReferenceOracle.compute(measured, events, EventTimeSemantics.of(SETTINGS.mode()));
        Set<WindowResult.Identity> wanted = expected.results().stream().map(WindowResult::identity)
                .collect(Collectors.toSet());
        JobSpec job = new JobSpec(name, measured, SETTINGS, kafka.connection(), workRoot.resolve(name).toString());
        try (ResultStore.View view = sink.open(name, measured.name())) {
            long submitted = System.currentTimeMillis();
            List<ObservedResult> results;
            Map<String, Long> counters;
            try (JobHandle handle = engine.submit(job)) {
                long deadline = submitted + TIMEOUT.toMillis();
                results = view.results();
                while (!isCompleteAndQuiet(results, wanted) && handle.isRunning()
                        && System.currentTimeMillis() < deadline) {
                    Thread.sleep(500);
                    results = view.results();
                }
                counters = handle.counters();
                handle.cancel();
            }
            long firstReadAt = counters.getOrDefault(JobHandle.FIRST_READ_AT, 0L);
            ComparisonReport report = ResultComparison.compare(expected.results(), results);
            assertThat(report.isExact()).as(label + ": " + report.summary()).isTrue();
            long firstVisible = results.stream().mapToLong(ObservedResult::visibleTime).min().orElseThrow();
            long lastVisible = results.stream().mapToLong(ObservedResult::visibleTime).max().orElseThrow();
            return String.format("%s #%d: submission -> first record read %d ms, first record read -> first result"
                            + " %d ms, drain %,d events in %d ms = %,.0f events/s (first read -> last result),"
                            + " %d results exact; counters at the end: %s", label, repeat, firstReadAt - submitted,
                    firstVisible - firstReadAt, events.size(), lastVisible - firstReadAt,
                    events.size() * 1000.0 / (lastVisible - firstReadAt), results.size(), new TreeMap<>(counters));
        }
    }

    private static boolean isCompleteAndQuiet(List<ObservedResult> results, Set<WindowResult.Identity> wanted) {
        long lastVisible = results.stream().mapToLong(ObservedResult::visibleTime).max().orElse(Long.MAX_VALUE);
        return results.stream().map(observed -> observed.result().identity()).collect(Collectors.toSet())
                .containsAll(wanted) && System.currentTimeMillis() - lastVisible >= QUIET.toMillis();
    }
}
