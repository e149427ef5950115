package io.streambench.bench.run;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventReader;
import io.streambench.api.broker.ReadMessage;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import io.streambench.api.engine.LifecycleEvent;
import io.streambench.api.engine.UnsupportedCombinationException;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.fork.LogTail;
import io.streambench.api.json.Json;
import io.streambench.api.load.LoadProgress;
import io.streambench.api.load.ArrivalDelays;
import io.streambench.api.load.LoadReport;
import io.streambench.api.measure.ClockOffset;
import io.streambench.api.oracle.ComparisonReport;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.oracle.ResultComparison;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.pipeline.Window;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.Emission;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.bench.engines.BrokerFlavor;
import io.streambench.bench.load.LoadTarget;
import io.streambench.bench.fault.Fault;
import io.streambench.bench.fault.FaultInjector;
import io.streambench.bench.fault.RecoveryMeasurement;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.LatencySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Runs one matrix cell: checks the combination first (an unsupported cell starts nothing), creates a fresh stream,
 * forks the engine, drives the load from a loader process of its own, reads the sink, compares with the oracle and
 * measures.
 * Every wait is bounded; an engine that fails or hangs is stopped and its cell reported failed with its log's tail.
 */
public final class CellRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CellRunner.class);
    private static final Duration STARTED_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration RESULTS_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final Duration DEFAULT_WARMUP = Duration.ofSeconds(10);
    /** The schedule starts this far ahead, so that the loader is on time from its first event. */
    private static final Duration SCHEDULE_LEAD = Duration.ofMillis(500);
    /** What the harness allows itself between an event's intended send time and the broker taking it, at p99. */
    static final double HARNESS_BUDGET_P99_MILLIS = 10;
    private static final Map<String, Duration> SCHEDULES = Map.of("15m", Duration.ofMinutes(15), "1h",
            Duration.ofHours(1), "1d", Duration.ofDays(1));

    private final Path runDirectory;
    private final String runTag;
    private final EngineSet engines;
    private final BrokerPool brokers;
    private final SinkStores sinks;
    private final ProgressFactory progress;

    /**
     * @param runTag prefixes the names of everything a cell creates in brokers and databases (streams, result topics,
     *               tables), which outlive the run: results stay for people to inspect
     */
    public CellRunner(Path runDirectory, String runTag, EngineSet engines, BrokerPool brokers,
                      SinkStores sinks, ProgressFactory progress) {
        this.runDirectory = runDirectory;
        this.runTag = runTag;
        this.engines = engines;
        this.brokers = brokers;
        this.sinks = sinks;
        this.progress = progress;
    }

    /** Shows a load's progress; the console gives a progress bar, tests nothing. */
    public interface ProgressFactory {
        LoadProgress start(String task, long total);
    }

    public CellResult run(CellSettings cell, String id) {
        Path workDir = runDirectory.resolve(id).toAbsolutePath();
        ForkedEngine engine;
        try {
            engine = engines.engine(cell.engine());
        } catch (RuntimeException unavailable) {
            return CellResult.failed(id, cell, unavailable.getMessage(), workDir.toString());
        }
        BrokerFlavor flavor = BrokerFlavor.named(cell.broker());
        Pipeline base = pipeline(cell.pipeline());
        RunSettings settings = new RunSettings(cell.mode(), orDefault(cell.guarantee(), DeliveryGuarantee.AT_LEAST_ONCE),
                orDefault(cell.parallelism(), 2), orDefault(cell.checkpointInterval(), Duration.ofSeconds(5)), null,
                cell.emission());
        Fault fault = cell.fault() == null ? null : Fault.parse(cell.fault());
        if (fault != null && cell.mode().isBounded()) {
            return CellResult.failed(id, cell, "fault " + fault + " cannot be injected in " + cell.mode()
                    + " mode: a bounded job reads a load that has ended; inject faults in micro-batch or continuous "
                    + "mode", workDir.toString());
        }
        JobSpec example = new JobSpec(id, base, settings, flavor.exampleConnection(), workDir.toString());
        try {
            engine.checkSupported(example);
        } catch (UnsupportedCombinationException unsupported) {
            return CellResult.unsupported(id, cell, unsupported.getMessage());
        }
        Emission emission = engine.emissionFor(example);
        if (fault != null && fault.restartFrom() != null) {
            try {
                engine.checkSupported(new JobSpec(id, base.withSource(base.source().startingAt(
                        StartPosition.of(fault.restartFrom(), Instant.now()))), settings, flavor.exampleConnection(),
                        workDir.toString()));
            } catch (UnsupportedCombinationException unsupported) {
                return CellResult.unsupported(id, cell, "restart " + fault + ": " + unsupported.getMessage());
            }
        }
        try {
            return runSupported(cell, id, workDir, engine, flavor, base, settings, fault, emission);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.error("cell {} failed", id, e);
            return CellResult.failed(id, cell, e.getMessage() + "\nlast lines of the engine log:\n"
                    + LogTail.of(workDir.resolve("engine.log"), 15), workDir.toString());
        }
    }

    private CellResult runSupported(CellSettings cell, String id, Path workDir, ForkedEngine engine, BrokerFlavor flavor,
                                    Pipeline base, RunSettings settings, Fault fault, Emission emission)
            throws InterruptedException {
        Broker broker = brokers.broker(flavor);
        ResultStore store = sinks.store(cell.sink(), settings.parallelism());
        String name = runTag + "-" + id;
        Pipeline pipeline = base.withSource(base.source().onStream(name).startingAt(StartPosition.earliest()))
                .withSink(store.sinkFor(name));
        JobSpec job = new JobSpec(name, pipeline, settings, broker.connection(), workDir.toString());
        broker.createStream(new StreamSpec(name, settings.parallelism()));
        List<ClockOffset> clocks = clocks(broker, store);
        Map<String, String> clientProperties = RecordedClientProperties.of(broker.connection());
        try (ResultStore.View results = store.open(name, pipeline.name(), settings.guarantee());
             ForkedLoader loader = ForkedLoader.start(new LoadTarget(broker.connection(), name), cell.loaderCpus(),
                     workDir)) {
            return settings.mode().isBounded()
                    ? runBounded(cell, id, job, engine, broker, loader, results,
                    new CellResult.Conditions(emission.wireName(), null, clocks, List.of(), clientProperties))
                    : runUnbounded(cell, id, job, engine, broker, loader, results, fault, emission,
                    new CellResult.Conditions(emission.wireName(), null, clocks, List.of(), clientProperties));
        } finally {
            broker.deleteStream(name);
        }
    }

    /** Batch and available-now: the whole input is in the broker before the job starts; the job finishes by itself. */
    private CellResult runBounded(CellSettings cell, String id, JobSpec job, ForkedEngine engine, Broker broker,
                                  ForkedLoader loader, ResultStore.View results, CellResult.Conditions conditions)
            throws InterruptedException {
        CellWorkload sizing = CellWorkload.of(cell, 0);
        long historyStart = System.currentTimeMillis() - Math.round(sizing.events() * 1000.0 / sizing.rate());
        CellWorkload workload = CellWorkload.of(cell, historyStart);
        LoadOutcome loaded;
        try (LoadProgress bar = progress.start("load " + id, workload.events())) {
            loaded = loader.load(workload.backlog(RESULTS_TIMEOUT), bar);
        }
        LoadReport load = loaded.report();
        Double consumerRate = rawConsumerRate(broker, job.pipeline().source().stream(), workload.events() + 1);

        try (RunningJob running = RunningJob.start(engine, job)) {
            Instant processStart = running.handle().processHandle().info().startInstant().orElse(Instant.now());
            JobOutcome outcome = running.handle().await(RESULTS_TIMEOUT.plus(STARTED_TIMEOUT))
                    .orElseThrow(() -> new IllegalStateException(job.settings().mode() + " job did not finish within "
                            + RESULTS_TIMEOUT.plus(STARTED_TIMEOUT).toSeconds() + " s"));
            if (outcome.state() != JobOutcome.State.FINISHED) {
                throw new IllegalStateException("job ended " + outcome.state() + ": " + outcome.failure());
            }
            double runtime = (System.currentTimeMillis() - processStart.toEpochMilli()) / 1000.0;
            OracleResult expected = ReferenceOracle.compute(job.pipeline(), workload.replay(),
                    EventTimeSemantics.of(job.settings().mode()));
            Map<String, Double> freshness = new LinkedHashMap<>();
            SCHEDULES.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(schedule ->
                    freshness.put(schedule.getKey(), schedule.getValue().toSeconds() + runtime));
            CellResult.Throughput throughput = new CellResult.Throughput(workload.rate(), load.achievedRate(), 0,
                    null, 0, workload.events() / runtime, consumerRate, null, List.of());
            Measured measured = new Measured(results.results(), expected, null, throughput, workload.events(),
                    processStart, new CellResult.Batch(runtime, freshness), null, conditions.withLoader(loaded.loader()),
                    null);
            return finish(cell, id, job, running, measured);
        }
    }

    /**
     * Micro-batch and continuous: the job starts first, then the load runs on its open-loop schedule, with the cell's
     * fault injected on a thread of its own meanwhile.
     */
    private CellResult runUnbounded(CellSettings cell, String id, JobSpec job, ForkedEngine engine, Broker broker,
                                    ForkedLoader loader, ResultStore.View results, Fault fault, Emission emission,
                                    CellResult.Conditions known) throws InterruptedException {
        try (RunningJob running = RunningJob.start(engine, job)) {
            Instant processStart = running.handle().processHandle().info().startInstant().orElse(Instant.now());
            await(() -> running.handle().firstEvent(LifecycleEvent.STARTED).isPresent() || !running.handle().isRunning(),
                    STARTED_TIMEOUT, "the engine to start its job");
            requireRunning(running);
            long loadStart = System.currentTimeMillis() + SCHEDULE_LEAD.toMillis();
            CellWorkload workload = CellWorkload.of(cell, loadStart);
            LoadOutcome loaded;
            long readAtEndOfLoad;
            AtomicReference<Faults.Restart> restart = new AtomicReference<>();
            FaultInjector injector = fault == null ? null : FaultInjector.schedule(fault, loadStart,
                    Faults.action(fault, running, broker, job.pipeline().source().stream(), restart));
            try (LoadProgress bar = progress.start("load " + id, workload.events())) {
                loaded = loader.load(workload.paced(RESULTS_TIMEOUT), bar);
                readAtEndOfLoad = running.messagesRead();
            } finally {
                if (injector != null) {
                    injector.close();
                }
            }
            if (injector != null) {
                injector.requireNoFailure();
            }
            LoadReport load = loaded.report();
            CellResult.Harness harness = harness(loaded.arrivalDelays());
            long messages = loaded.messages();

            OracleResult expected = ReferenceOracle.compute(job.pipeline(), workload.replay(), EventTimeSemantics.STREAMING);
            EmissionTiming timing = new EmissionTiming(expected.availability(), emission);
            Set<WindowResult.Identity> wanted = expected.results().stream().map(WindowResult::identity)
                    .collect(Collectors.toSet());
            // An update of a result already written adds no new identity, so quiet means nothing is left to come only
            // once the engine has read everything; a restart without checkpoint may skip input and never get there.
            boolean mayNotReadAll = fault != null && fault.restartFrom() != null;
            AtomicLong readAll = new AtomicLong();
            boolean complete = poll(() -> {
                if (!running.handle().isRunning()) {
                    return true;
                }
                if (readAll.get() == 0 && (mayNotReadAll || running.messagesRead() >= messages)) {
                    readAll.set(System.currentTimeMillis());
                }
                return readAll.get() > 0 && holdsAllAndIsQuietSince(results.results(), wanted, readAll.get());
            }, RESULTS_TIMEOUT);
            requireRunning(running);
            if (!complete) {
                LOG.warn("cell {}: not every expected result arrived within {} s", id, RESULTS_TIMEOUT.toSeconds());
            }
            List<ObservedResult> observed = results.results();
            double loadSeconds = load.elapsed().toMillis() / 1000.0;
            CellResult.Throughput throughput = new CellResult.Throughput(workload.rate(), load.achievedRate(),
                    load.behindScheduleMillis(), readAtEndOfLoad / loadSeconds, workload.events() - readAtEndOfLoad,
                    null, null, null, List.of());
            CellResult.Latency latency = LatencyMeasurement.of(observed, expected.results(), timing,
                    job.pipeline().hasEventTimeWindow(), isCountWindow(job.pipeline()),
                    loadStart + orDefault(cell.warmup(), DEFAULT_WARMUP).toMillis());
            CellResult.Conditions conditions = new CellResult.Conditions(known.emission(), harness, known.clocks(),
                    LatencyWarnings.of(latency, harness, known.clocks()), known.clientProperties());
            Measured measured = new Measured(observed, expected, latency, throughput, workload.events(), processStart,
                    null, injector == null ? null : new InjectedFault(fault, injector.injectedAt(),
                    injector.recoveryActionDoneAt(), restart.get() == null ? null
                    : ReplayMeasurement.of(fault, restart.get(), running, broker, job.pipeline().source().stream())),
                    conditions.withLoader(loaded.loader()), timing);
            return finish(cell, id, job, running, measured);
        }
    }

    /** What a run saw, before it is judged against the oracle. */
    private record Measured(List<ObservedResult> observed, OracleResult expected, CellResult.Latency latency,
                            CellResult.Throughput throughput, long events, Instant processStart, CellResult.Batch batch,
                            InjectedFault fault, CellResult.Conditions conditions, EmissionTiming timing) {
    }

    private record InjectedFault(Fault fault, long injectedAt, long recoveryActionDoneAt, CellResult.Replay replay) {
    }

    private CellResult finish(CellSettings cell, String id, JobSpec job, RunningJob running, Measured measured) {
        ComparisonReport report = ResultComparison.compare(measured.expected().results(), measured.observed());
        CellResult.Correctness correctness = new CellResult.Correctness(report.expected(), report.matched(),
                report.missing(), report.extra(), report.wrongValue(), report.duplicated(), report.isExact(),
                measured.expected().lateDropped(), report.differences());
        double cpuSeconds = running.cpuSeconds();
        CellResult.Cost cost = new CellResult.Cost(cpuSeconds, cpuSeconds / measured.events() * 1e6,
                running.peakRssMegabytes());
        CellResult.Startup startup = measured.observed().stream().mapToLong(ObservedResult::visibleTime).min().stream()
                .mapToObj(first -> new CellResult.Startup((first - measured.processStart().toEpochMilli()) / 1000.0))
                .findFirst().orElse(null);
        CellResult.Recovery recovery = measured.fault() == null ? null : RecoveryMeasurement.of(measured.fault().fault(),
                measured.fault().injectedAt(), measured.fault().recoveryActionDoneAt(), measured.observed(),
                observed -> measured.timing().of(observed).map(EmissionTiming.Timed::engineAdded),
                orDefault(cell.sloP99Millis(), ThroughputSearch.DEFAULT_SLO_P99_MILLIS),
                report.missing() + report.wrongValue(), report.duplicated(), PostgresRewrites.of(job),
                measured.fault().replay());
        String status = report.isExact() ? CellResult.OK : CellResult.WRONG;
        return new CellResult(id, cell, status, report.isExact() ? null : report.summary(),
                job.pipeline().sink().describe(), correctness, measured.latency(), measured.throughput(), cost, startup,
                measured.batch(), recovery, running.counters(), job.workDir(), List.of(), null, measured.conditions());
    }

    private static CellResult.Harness harness(ArrivalDelays arrival) {
        LatencySummary delay = LatencySummary.of(arrival.delays());
        return new CellResult.Harness(arrival.measuredBy(), delay, HARNESS_BUDGET_P99_MILLIS,
                delay.count() > 0 && delay.p99() <= HARNESS_BUDGET_P99_MILLIS);
    }

    /** The clocks that stamp visible times, against this process's; a clock that cannot be read is left out. */
    private static List<ClockOffset> clocks(Broker broker, ResultStore store) {
        List<ClockOffset> clocks = new ArrayList<>();
        try {
            broker.clockOffset().ifPresent(clocks::add);
            store.clockOffset().ifPresent(clocks::add);
        } catch (RuntimeException e) {
            LOG.warn("cannot read a clock offset: {}", e.getMessage());
        }
        return clocks;
    }

    private static boolean isCountWindow(Pipeline pipeline) {
        return pipeline.windowAggregation().map(aggregation -> aggregation.window() instanceof Window.Count)
                .orElse(false);
    }

    /** How fast a plain consumer reads the same backlog: the broker's own limit, beside the engine's drain rate. */
    private static Double rawConsumerRate(Broker broker, String stream, long messages) {
        if (broker.connection() instanceof BrokerConnection.RabbitMq rabbit && !rabbit.queueType().isReplayable()) {
            return null; // reading a classic or quorum queue consumes it: the engine would find it empty
        }
        long start = System.nanoTime();
        long read = 0;
        try (EventReader reader = broker.openReader(stream, StartPosition.earliest())) {
            long deadline = start + RESULTS_TIMEOUT.toNanos();
            while (read < messages && System.nanoTime() < deadline) {
                List<ReadMessage> batch = reader.poll(Duration.ofMillis(200));
                read += batch.size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return read < messages ? null : read / seconds;
    }

    /** Every expected result is there, and nothing new arrived for {@link #QUIET}, nor since {@code since}. */
    private static boolean holdsAllAndIsQuietSince(List<ObservedResult> results, Set<WindowResult.Identity> wanted,
                                                   long since) {
        Set<WindowResult.Identity> held = results.stream().map(result -> result.result().identity()).collect(Collectors.toSet());
        long lastVisible = results.stream().mapToLong(ObservedResult::visibleTime).max().orElse(0);
        return held.containsAll(wanted) && System.currentTimeMillis() - Math.max(lastVisible, since) >= QUIET.toMillis();
    }

    private static void requireRunning(RunningJob running) throws InterruptedException {
        if (!running.handle().isRunning()) {
            JobOutcome outcome = running.handle().await(Duration.ofSeconds(5)).orElse(null);
            throw new IllegalStateException("the engine stopped: " + (outcome == null ? "no outcome"
                    : outcome.state() + (outcome.failure() == null ? "" : ": " + outcome.failure())));
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        if (!poll(condition, timeout)) {
            throw new IllegalStateException("waited " + timeout.toSeconds() + " s for " + what);
        }
    }

    private static boolean poll(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    private static Pipeline pipeline(String nameOrFile) {
        if (nameOrFile == null) {
            throw new IllegalArgumentException("the cell names no pipeline");
        }
        return ReadyPipelines.names().contains(nameOrFile) ? ReadyPipelines.byName(nameOrFile)
                : Json.readFile(Path.of(nameOrFile), Pipeline.class);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
