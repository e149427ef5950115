package io.streambench.api.conformance;

import io.streambench.api.broker.Broker;
import io.streambench.api.engine.Engine;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.UnsupportedCombinationException;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.json.Json;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.pipeline.Window;
import io.streambench.api.result.MemoryResultStore;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one conformance suite: every engine module subclasses it once per broker, giving the engine and a real broker.
 * For every ready pipeline in every mode it loads the {@link ConformanceWorkload} (with out-of-order and late events),
 * runs the engine, and requires the final results in the sink to equal the {@link io.streambench.api.oracle
 * .ReferenceOracle}'s exactly. Combinations the engine declares unsupported are skipped with the engine's reason and
 * listed at the end. The suite reaches the broker only through {@link Broker}, so {@code api} needs no broker module.
 * <p>
 * Most cases run the engine in this JVM, so that the in-memory sink is readable here. The cases that only an engine in
 * a JVM of its own can show (a crash, a planned stop) and a smoke run of the engine as the bench runs it use the one
 * hook {@link #forked()}. Each case says its purpose, how it runs and when it passes.
 * <p>
 * Exactly-once is tested where it can fail, under a crash: {@link RestartScenario} kills a forked engine mid-run, here
 * and in each engine's own restart tests for every exactly-once sink (upserting PostgreSQL, appending files and, for
 * Flink, the transactional Kafka sink), and requires each oracle result exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
public abstract class EngineConformanceSuite {
    /** Parts the events after the late-free prefix are written in, about 5 s of event time each. */
    private static final int LATENESS_CHUNKS = 8;

    /** The examples users are pointed to, from an engine module's directory (where its tests run). */
    private static final Path EXAMPLE_PIPELINES = Path.of("..", "examples", "pipelines");

    private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());

    /** The engine under test, running jobs in this JVM so that the in-memory sink is readable here. */
    protected abstract Engine engine();

    /** A real broker, started once for the class by the subclass. */
    protected abstract Broker broker();

    /** The modes to run; by default the whole continuum. */
    protected List<ExecutionMode> modes() {
        return List.of(ExecutionMode.batch(), ExecutionMode.availableNow(),
                ExecutionMode.microbatch(Duration.ofSeconds(1)), ExecutionMode.continuous());
    }

    /** Settings for one mode; micro-batch engines should read the late-free prefix in more than one batch. */
    protected RunSettings settingsFor(ExecutionMode mode) {
        return RunSettings.of(mode).withParallelism(2).withCheckpointInterval(Duration.ofSeconds(2))
                .withMaxEventsPerTrigger(2_000L);
    }

    /** Partitions of the streams the suite creates (ignored by brokers without partitions). */
    protected int partitions() {
        return 2;
    }

    /** Bound of every wait of one run. */
    protected Duration timeout() {
        return Duration.ofMinutes(3);
    }

    /**
     * Whether the engine's {@link JobHandle#LATE_EVENTS} counts each dropped event; an engine that counts what its
     * window operator dropped after combining events (so a lower bound) says no.
     */
    protected boolean countsEachLateEvent() {
        return true;
    }

    protected Path workRoot() {
        return Path.of("target", "conformance", engine().name());
    }

    /**
     * Sinks besides the in-memory one that every ready pipeline is also run through, in {@link #sinkMode()}; an engine
     * module provides them from the sinks module (a Kafka topic, a PostgreSQL table, files).
     */
    protected List<ResultStore> sinks() {
        return List.of();
    }

    /** The mode the {@link #sinks()} are checked in; by default the first unbounded one. */
    protected ExecutionMode sinkMode() {
        return modes().stream().filter(mode -> !mode.isBounded()).findFirst().orElse(modes().get(0));
    }

    /**
     * Whether this class also runs the pipeline files of {@code examples/pipelines} (in batch): one class per engine
     * does, so that every example a user copies is known to run and to be exact.
     */
    protected boolean runsExamplePipelines() {
        return false;
    }

    /**
     * The engine as the bench runs it, for the cases an engine in this JVM cannot show.
     *
     * @param engine       the engine forked from its descriptor, as the bench forks it
     * @param sink         a sink one JVM writes and another reads: a Kafka topic, a PostgreSQL table, files
     * @param restart      settings of the restart cases: a mode that checkpoints, and the guarantee under test
     * @param checkpointed whether a job's work directory holds a checkpoint a second run can resume from
     * @param rewrites     how often the sink rewrote a result of a job (0 where the sink cannot tell)
     */
    public record Forked(ForkedEngine engine, ResultStore sink, RunSettings restart, Predicate<Path> checkpointed,
                         ToLongFunction<JobSpec> rewrites) {
    }

    /** The one hook for the forked cases; empty skips them, saying so. */
    protected Optional<Forked> forked() {
        return Optional.empty();
    }

    Stream<ConformanceCase> cases() {
        return ReadyPipelines.all().stream().flatMap(pipeline -> modes().stream()
                .map(mode -> new ConformanceCase(pipeline, mode)));
    }

    Stream<Arguments> sinkCases() {
        return sinks().stream().flatMap(store -> ReadyPipelines.all().stream()
                .map(pipeline -> Arguments.of(store.name(), pipeline, store)));
    }

    /**
     * Purpose: the engine computes what the pipeline means, in every mode it supports.
     * How: every ready pipeline in every mode of {@link #modes()}, over the conformance workload (out-of-order events
     * within the watermark bound and late events beyond any lateness), into the in-memory sink.
     * Pass: the last value of every result equals the oracle's: nothing missing, extra, wrong or duplicated.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void finalResultsEqualTheOracle(ConformanceCase conformanceCase) throws InterruptedException {
        ConformanceRun.Result result = runOrSkip(conformanceCase.pipeline(), settingsFor(conformanceCase.mode()),
                List.of(), conformanceCase.toString());
        assertThat(result.report().isExact()).as(result.report().summary()).isTrue();
        assertThat(result.expected().results()).as("the oracle expects results").isNotEmpty();
    }

    Stream<Path> examplePipelines() throws IOException {
        if (!runsExamplePipelines()) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(EXAMPLE_PIPELINES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /**
     * Purpose: every pipeline file a user is pointed to ({@code examples/pipelines}) runs and means what it says.
     * How: each file, read as a user's would be, in batch, where {@link #runsExamplePipelines()}.
     * Pass: its results equal the oracle's.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("examplePipelines")
    void everyExamplePipelineFileRunsAndEqualsTheOracle(Path file) throws InterruptedException {
        Pipeline pipeline = Json.readFile(file, Pipeline.class);
        ConformanceRun.Result result = runOrSkip(pipeline, settingsFor(ExecutionMode.batch()), List.of(),
                file.getFileName().toString());
        assertThat(result.report().isExact()).as(result.report().summary()).isTrue();
        assertThat(result.expected().results()).as("the oracle expects results").isNotEmpty();
    }

    /**
     * Purpose: the real sinks hold what the in-memory one does.
     * How: every ready pipeline into each of {@link #sinks()} in {@link #sinkMode()}, read back from the sink.
     * Pass: the sink's results equal the oracle's.
     */
    @ParameterizedTest(name = "{1} into {0}", allowZeroInvocations = true)
    @MethodSource("sinkCases")
    void everySinkHoldsTheOracleResults(String sinkName, Pipeline pipeline, ResultStore store) throws InterruptedException {
        ConformanceRun.Result result = runOrSkip(store, pipeline, settingsFor(sinkMode()), List.of(),
                pipeline.name() + " into " + sinkName + " in " + sinkMode() + " mode");
        assertThat(result.report().isExact()).as(result.report().summary()).isTrue();
    }

    /**
     * Purpose: bad input costs nothing but itself.
     * How: malformed messages (not JSON, wrong types, missing fields) written in the middle of the workload.
     * Pass: the results equal the oracle's and the engine counts each malformed message once.
     */
    @Test
    void malformedMessagesAreCountedAndRoutedAsideWhileThePipelineGoesOn() throws InterruptedException {
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        ExecutionMode mode = modes().stream().filter(m -> !m.isBounded()).findFirst().orElse(modes().get(0));
        List<byte[]> malformed = ConformanceRun.malformedSamples();
        ConformanceRun.Result result = runOrSkip(pipeline, settingsFor(mode), malformed,
                "malformed messages with " + pipeline.name() + " in " + mode + " mode");
        assertThat(result.report().isExact()).as(result.report().summary()).isTrue();
        assertThat(result.counters().get(JobHandle.MALFORMED_EVENTS)).as("malformed events counted by the engine")
                .isEqualTo((long) malformed.size());
    }

    Stream<Arguments> latenessCases() {
        return Stream.of("clicks-per-page-tumbling", "views-per-category-sliding").map(ReadyPipelines::byName)
                .flatMap(pipeline -> Arrays.stream(Emission.values()).filter(Emission::isChoice)
                        .map(emission -> Arguments.of(pipeline, emission)));
    }

    /**
     * Purpose: the allowed lateness is honoured, and each emission writes what it promises.
     * How: the conformance workload with tardy events (behind the watermark, within the allowed lateness; see
     * {@link ConformanceWorkload#withTardyEvents}), written in parts so that windows fire before the events after them
     * arrive; run in {@link #sinkMode()} with the emission asked for.
     * Pass: the final results equal the oracle's, so nothing within the lateness was dropped (an engine that ignores
     * the allowed lateness, or a Spark watermark delay of the bound alone, fails here); the tumbling pipeline's
     * engine counts exactly the events the oracle drops as late (at least one and at most those, see
     * {@link #countsEachLateEvent}); {@code on-watermark} and {@code every-trigger} updated
     * results they had written, {@code final} wrote every result once.
     */
    @ParameterizedTest(name = "{0} emitting {1}")
    @MethodSource("latenessCases")
    void allowedLatenessUpdatesWrittenResultsAndDropsWhatComesLater(Pipeline pipeline, Emission emission)
            throws InterruptedException {
        RunSettings settings = settingsFor(sinkMode()).withEmission(emission);
        ConformanceRun.Result result;
        try {
            result = new ConformanceRun(engine(), broker(), new MemoryResultStore(), partitions(), timeout(), workRoot())
                    .run(pipeline, settings, ConformanceWorkload.withTardyEvents(), List.of(), LATENESS_CHUNKS);
        } catch (UnsupportedCombinationException unsupported) {
            skip(pipeline.name() + " emitting " + emission.wireName() + ": " + unsupported.getMessage());
            throw unsupported;
        }
        System.out.printf("%s on %s, %s emitting %s: %d results updated after they were written; %s%n",
                engine().name(), broker().name(), pipeline.name(), emission.wireName(), result.updatedResults(),
                result.report().summary());
        assertThat(result.report().isExact()).as(result.report().summary()).isTrue();
        if (pipeline.windowAggregation().orElseThrow().window() instanceof Window.Tumbling) {
            long lateDropped = result.expected().lateDropped();
            assertThat(lateDropped).as("events the oracle drops as late").isPositive();
            if (countsEachLateEvent()) {
                assertThat(result.counters().get(JobHandle.LATE_EVENTS)).as("events counted as late by the engine")
                        .isEqualTo(lateDropped);
            } else {
                assertThat(result.counters().get(JobHandle.LATE_EVENTS)).as("late rows counted by the engine")
                        .isBetween(1L, lateDropped);
            }
        }
        if (emission == Emission.FINAL) {
            assertThat(result.updatedResults()).as("results written more than once under final emission").isZero();
        } else {
            assertThat(result.updatedResults()).as("results updated after they were written").isPositive();
        }
    }

    /**
     * Purpose: the recovery options of a restart without a checkpoint (the seeds' offsets: earliest, latest, a
     * timestamp) each read exactly what they promise.
     * How: a stream with messages before and after a start instant; a job started at each position in
     * {@link #sinkMode()}; a plain reader of the broker started at the same position as the reference.
     * Pass: the job read as many messages as the plain reader, and its results equal the oracle's over those.
     * Brokers that cannot replay skip it.
     */
    @ParameterizedTest(name = "start at {0}")
    @EnumSource(StartPosition.Kind.class)
    void aJobWithoutCheckpointReadsExactlyWhatItsStartPositionPromises(StartPosition.Kind kind)
            throws InterruptedException {
        ExecutionMode mode = sinkMode();
        String description = "start at " + kind.name().toLowerCase() + " in " + mode + " mode";
        if (!broker().startPositions().contains(StartPosition.Kind.TIMESTAMP)) {
            skip(description + ": " + broker().describe() + " is not replayable; what is queued is all a job can read");
        }
        StartPositionRun.Result result;
        try {
            result = new StartPositionRun(engine(), broker(), partitions(), timeout(), workRoot())
                    .run(kind, settingsFor(mode));
        } catch (UnsupportedCombinationException unsupported) {
            skip(description + ": " + unsupported.getMessage());
            throw unsupported;
        }
        System.out.println(engine().name() + " on " + broker().name() + ", " + result.summary());
        assertThat(result.read()).as("messages read against what a plain reader gets from " + result.position())
                .isEqualTo(result.promisedMessages());
        assertThat(result.report().isExact()).as(result.report().summary()).isTrue();
    }

    Stream<ExecutionMode> forkedModes() {
        return Stream.of(ExecutionMode.batch(), sinkMode()).distinct();
    }

    /**
     * Purpose: the engine the bench forks computes what the engine in this JVM does (its own class path, the job as
     * a file, the lifecycle over standard output).
     * How: {@code clicks-per-page-tumbling} over the conformance workload, in batch and in {@link #sinkMode()},
     * through {@link #forked()}'s engine into its sink.
     * Pass: the sink's results equal the oracle's.
     */
    @ParameterizedTest(name = "forked, {0}")
    @MethodSource("forkedModes")
    void theForkedEngineWritesTheOracleResults(ExecutionMode mode) throws InterruptedException {
        Forked forked = forkedOrSkip("the forked engine in " + mode + " mode");
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        ConformanceRun.Result result;
        try {
            result = new ConformanceRun(forked.engine(), broker(), forked.sink(), partitions(), timeout(),
                    workRoot().toAbsolutePath().resolve("forked"))
                    .run(pipeline, settingsFor(mode), ConformanceWorkload.standard(), List.of());
        } catch (UnsupportedCombinationException unsupported) {
            skip("the forked engine in " + mode + " mode: " + unsupported.getMessage());
            throw unsupported;
        }
        assertThat(result.report().isExact()).as(result.report().summary()).isTrue();
    }

    /**
     * Purpose: a job interrupted mid-run resumes where it was and loses and duplicates nothing: after a crash
     * (SIGKILL of its JVM) from its last checkpoint, after a planned stop (Flink's stop-with-savepoint, Spark's stop
     * between micro-batches) from where it stopped.
     * How: {@link RestartScenario}: {@code clicks-per-page-tumbling} with {@link Forked#restart()}'s settings into
     * {@link Forked#sink()}; the job is interrupted once it has checkpointed and written results, and started again
     * with the same work directory while the load goes on.
     * Pass: {@link RestartScenario#assertResumedExactly}: the sink holds each oracle result once, the second run read
     * less than everything, and after a planned stop nothing was read twice.
     */
    @ParameterizedTest(name = "resumes after {0}")
    @EnumSource(RestartScenario.Interruption.class)
    void anInterruptedJobResumesAndEndsExact(RestartScenario.Interruption interruption) throws InterruptedException {
        Forked forked = forkedOrSkip("restart after " + interruption.name().toLowerCase());
        RestartScenario scenario = new RestartScenario(forked.engine(), broker(), forked.sink(), partitions());
        RestartScenario.Outcome outcome = scenario.run(engine().name() + "-" + interruption.name().toLowerCase()
                        + "-" + Long.toString(System.nanoTime(), 36), forked.restart(), interruption,
                forked.checkpointed(), forked.rewrites());
        System.out.println(engine().name() + " on " + broker().name() + ", " + outcome.summary());
        RestartScenario.assertResumedExactly(outcome);
    }

    private Forked forkedOrSkip(String description) {
        Optional<Forked> forked = forked();
        if (forked.isEmpty()) {
            skip(description + ": this class runs no forked engine on " + broker().name());
        }
        return forked.orElseThrow();
    }

    @AfterAll
    void listSkippedCombinations() {
        if (!skipped.isEmpty()) {
            System.out.printf("%s on %s: %d combinations skipped as unsupported:%n", engine().name(), broker().name(),
                    skipped.size());
            skipped.forEach(line -> System.out.println("  - " + line));
        }
    }

    private ConformanceRun.Result runOrSkip(Pipeline pipeline, RunSettings settings, List<byte[]> malformed,
                                            String description) throws InterruptedException {
        return runOrSkip(new MemoryResultStore(), pipeline, settings, malformed, description);
    }

    private ConformanceRun.Result runOrSkip(ResultStore store, Pipeline pipeline, RunSettings settings,
                                            List<byte[]> malformed, String description) throws InterruptedException {
        ConformanceRun run = new ConformanceRun(engine(), broker(), store, partitions(), timeout(), workRoot());
        try {
            return run.run(pipeline, settings, ConformanceWorkload.standard(), malformed);
        } catch (UnsupportedCombinationException unsupported) {
            skip(description + ": " + unsupported.getMessage());
            throw unsupported;
        }
    }

    private void skip(String reason) {
        skipped.add(reason);
        Assumptions.abort(reason);
    }
}
