package io.streambench.bench.run;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.ConsumerRate;
import io.streambench.api.broker.StreamSpec;
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
import io.streambench.api.pipeline.Sink;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.pipeline.Window;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.BrokerConnection;
import io.streambench.api.run.Emission;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.bench.engines.BrokerFlavor;
import io.streambench.bench.fault.Fault;
import io.streambench.bench.fault.FaultInjector;
import io.streambench.bench.fault.Faults;
import io.streambench.bench.fault.PostgresRewrites;
import io.streambench.bench.fault.Recovery;
import io.streambench.bench.fault.RecoveryMeasurement;
import io.streambench.bench.fault.Replay;
import io.streambench.bench.fault.ReplayMeasurement;
import io.streambench.bench.load.LoadTarget;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.PipelineReference;
import io.streambench.bench.matrix.ResolvedCell;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.LatencySummary;
import io.streambench.sinks.IcebergCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    /** How long a streaming job runs on without input after its results are in, for its cost per second when idle. */
    private static final Duration IDLE_STRETCH = Duration.ofSeconds(5);
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

    /**
     * Shows a run's progress: the console prints each cell's phases and gives the load a progress bar on a terminal;
     * tests show nothing.
     */
    public interface ProgressFactory {
        LoadProgress start(String task, long total);

        /** A matrix's next cell begins; {@code remaining} estimates the rest of the matrix, this cell included. */
        default void cell(int number, int count, String id, Duration remaining) {
        }

        /** A cell enters a phase: starting, loading, draining, checking. */
        default void phase(String id, String phase) {
        }
    }

    public CellResult run(CellSettings cell, String id) {
        Path workDir = runDirectory.resolve(id).toAbsolutePath();
        Optional<CellResult> refused = refusal(cell, id, workDir, engines);
        if (refused.isPresent()) {
            return refused.get();
        }
        ForkedEngine engine = engines.engine(cell.engine());
        BrokerFlavor flavor = BrokerFlavor.named(cell.broker());
        Pipeline base = PipelineReference.resolve(cell.pipeline());
        RunSettings settings = settingsOf(cell);
        Fault fault = cell.fault();
        Emission emission = engine.emissionFor(new JobSpec(id, base, settings, flavor.exampleConnection(),
                workDir.toString()));
        try {
            EngineSet.Deployed deployed = engines.deployed(cell.engine(), cell.workers(),
                    cell.slots() == null ? CellSettings.DEFAULT_SLOTS : cell.slots());
            return runSupported(cell, id, workDir, deployed, flavor, base, settings, fault, emission).toBuilder()
                    .cluster(deployed.cluster()).build();
        } catch (EngineRefusal refusal) {
            // The capabilities let the cell through and the engine, seeing the whole job, did not: a combination the
            // engine does not run, not a failure of the run (the engines' CapabilityAgreement tests keep it rare).
            LOG.warn("cell {}: the engine refused the job only when it started: {}", id, refusal.getMessage());
            return CellResult.unsupported(id, cell, refusal.getMessage());
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.error("cell {} failed", id, e);
            return CellResult.failed(id, cell, e.getMessage() + "\nlast lines of the engine log:\n"
                    + LogTail.of(workDir.resolve("engine.log"), 15), workDir.toString());
        }
    }

    /**
     * Why a cell cannot run, known before anything starts (an engine that is not built, a combination the engine's
     * capabilities refuse, a fault a bounded mode cannot take); empty if it can run.
     */
    public static Optional<CellResult> refusal(CellSettings cell, String id, Path workDir, EngineSet engines) {
        ForkedEngine engine;
        try {
            engine = engines.engine(cell.engine());
        } catch (RuntimeException unavailable) {
            return Optional.of(CellResult.failed(id, cell, unavailable.getMessage(), workDir.toString()));
        }
        BrokerFlavor flavor = BrokerFlavor.named(cell.broker());
        // Checked with the sink the cell writes to, not the pipeline's own: guarantees depend on the sink.
        Pipeline base = PipelineReference.resolve(cell.pipeline()).withSink(SinkStores.kindOf(cell.resolved().sink()));
        RunSettings settings = settingsOf(cell);
        Fault fault = cell.fault();
        if (fault != null && cell.mode().isBounded()) {
            return Optional.of(CellResult.failed(id, cell, "fault " + fault + " cannot be injected in " + cell.mode()
                    + " mode: a bounded job reads a load that has ended; inject faults in micro-batch or continuous "
                    + "mode", workDir.toString()));
        }
        if (fault != null && fault.kind() == Fault.Kind.KILL_WORKER
                && !engines.runsOnProjectCluster(cell.engine(), cell.workers())) {
            return Optional.of(CellResult.unsupported(id, cell, "fault " + fault + " kills a worker of a "
                    + "project-started cluster: run it with --engines cluster, or give the cell workers"));
        }
        if (fault != null && fault.kind() == Fault.Kind.KILL_ENGINE
                && engines.runsOnCluster(cell.engine(), cell.workers())) {
            // Its restart would submit the job again while the first one still runs on the cluster.
            return Optional.of(CellResult.unsupported(id, cell, "fault " + fault + " kills the engine's process, "
                    + "which on a cluster is only the job's client: the job runs on; kill a worker (kill-worker) "
                    + "instead"));
        }
        try {
            engine.checkSupported(new JobSpec(id, base, settings, flavor.exampleConnection(), workDir.toString()));
        } catch (UnsupportedCombinationException unsupported) {
            return Optional.of(CellResult.unsupported(id, cell, unsupported.getMessage()));
        }
        if (fault != null && fault.restartFrom() != null) {
            try {
                engine.checkSupported(new JobSpec(id, base.withSource(base.source().startingAt(
                        StartPosition.of(fault.restartFrom(), Instant.now()))), settings, flavor.exampleConnection(),
                        workDir.toString()));
            } catch (UnsupportedCombinationException unsupported) {
                return Optional.of(CellResult.unsupported(id, cell, "restart " + fault + ": "
                        + unsupported.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static RunSettings settingsOf(CellSettings cell) {
        ResolvedCell resolved = cell.resolved();
        return new RunSettings(cell.mode(), resolved.guarantee(), resolved.parallelism(),
                resolved.checkpointInterval(), null, cell.emission());
    }

    private CellResult runSupported(CellSettings cell, String id, Path workDir, EngineSet.Deployed deployed,
                                    BrokerFlavor flavor, Pipeline base, RunSettings settings, Fault fault,
                                    Emission emission)
            throws InterruptedException {
        Broker broker = brokers.broker(flavor);
        ResultStore store = sinks.store(cell.resolved().sink(), cell.resolved().sinkPartitions());
        String name = runTag + "-" + id;
        Pipeline pipeline = base.withSource(base.source().onStream(name).startingAt(StartPosition.earliest()))
                .withSink(store.sinkFor(name));
        BrokerConnection connection = broker.connection().withClientProperties(cell.clientPropertiesOf(broker.name()));
        JobSpec job = new JobSpec(name, pipeline, settings, connection, workDir.toString());
        broker.createStream(new StreamSpec(name, settings.parallelism()));
        List<ClockOffset> clocks = clocks(broker, store);
        Map<String, String> clientProperties = RecordedClientProperties.of(connection);
        try (BrokerCpu brokerCpu = BrokerCpu.start(broker);
             ResultStore.View results = store.open(name, pipeline.name(), settings.guarantee());
             ForkedLoader loader = ForkedLoader.start(new LoadTarget(connection, name), cell.loaderCpus(),
                     workDir)) {
            return settings.mode().isBounded()
                    ? runBounded(cell, id, job, deployed, broker, brokerCpu, loader, results,
                    new CellResult.Conditions(emission.wireName(), null, clocks, List.of(), clientProperties))
                    : runUnbounded(cell, id, job, deployed, broker, brokerCpu, loader, results, fault, emission,
                    new CellResult.Conditions(emission.wireName(), null, clocks, List.of(), clientProperties));
        } finally {
            broker.deleteStream(name);
        }
    }

    /**
     * Batch and available-now: the whole input is in the broker before the job starts; the job finishes by itself.
     * Start-up (process start to first read) and drain (first read to last result visible) are measured apart, and a
     * plain consumer reads the same backlog first, with the engine's client library and with the newest.
     */
    private CellResult runBounded(CellSettings cell, String id, JobSpec job, EngineSet.Deployed deployed, Broker broker,
                                  BrokerCpu brokerCpu, ForkedLoader loader, ResultStore.View results,
                                  CellResult.Conditions conditions) throws InterruptedException {
        ForkedEngine engine = deployed.engine();
        CellWorkload sizing = CellWorkload.of(cell, 0);
        long historyStart = System.currentTimeMillis() - Math.round(sizing.events() * 1000.0 / sizing.rate());
        CellWorkload workload = CellWorkload.of(cell, historyStart);
        LoadOutcome loaded;
        progress.phase(id, "loading " + workload.events() + " events into the broker");
        try (LoadProgress bar = progress.start("load " + id, workload.events())) {
            loaded = loader.load(workload.backlog(RESULTS_TIMEOUT), bar);
        }
        LoadReport load = loaded.report();
        String stream = job.pipeline().source().stream();
        progress.phase(id, "reading them with a plain consumer");
        ConsumerRate enginesClient = consumerRate(broker, job.broker(), stream, workload.events(), engine.classpath());
        ConsumerRate newestClient = job.broker() instanceof BrokerConnection.Kafka
                ? consumerRate(broker, job.broker(), stream, workload.events(), System.getProperty("java.class.path"))
                : null;

        progress.phase(id, "running the " + job.settings().mode() + " job");
        try (RunningJob running = RunningJob.start(engine, job, deployed.clusterMembers())) {
            Instant processStart = running.handle().processHandle().info().startInstant().orElse(Instant.now());
            JobOutcome outcome = running.handle().await(RESULTS_TIMEOUT.plus(STARTED_TIMEOUT))
                    .orElseThrow(() -> new IllegalStateException(job.settings().mode() + " job did not finish within "
                            + RESULTS_TIMEOUT.plus(STARTED_TIMEOUT).toSeconds() + " s"));
            if (outcome.state() == JobOutcome.State.UNSUPPORTED) {
                throw new EngineRefusal(outcome.failure());
            }
            if (outcome.state() != JobOutcome.State.FINISHED) {
                throw new IllegalStateException("job ended " + outcome.state() + ": " + outcome.failure());
            }
            double runtime = (System.currentTimeMillis() - processStart.toEpochMilli()) / 1000.0;
            OracleResult expected = ReferenceOracle.compute(job.pipeline(), workload.replay(),
                    EventTimeSemantics.of(job.settings().mode()));
            List<ObservedResult> observed = results.results();
            Long firstRead = running.firstReadAt().isPresent() ? running.firstReadAt().getAsLong() : null;
            long lastVisible = observed.stream().mapToLong(ObservedResult::visibleTime).max().orElse(0);
            Double drainRate = firstRead != null && lastVisible > firstRead
                    ? workload.events() * 1000.0 / (lastVisible - firstRead) : null;
            double fixedSeconds = drainRate == null ? runtime : runtime - workload.events() / drainRate;
            Map<String, Double> runtimes = new LinkedHashMap<>();
            Map<String, Double> freshness = new LinkedHashMap<>();
            SCHEDULES.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(schedule -> {
                double scheduled = drainRate == null ? runtime
                        : fixedSeconds + workload.rate() * schedule.getValue().toSeconds() / drainRate;
                runtimes.put(schedule.getKey(), scheduled);
                freshness.put(schedule.getKey(), schedule.getValue().toSeconds() + scheduled);
            });
            CellResult.Throughput throughput = new CellResult.Throughput(workload.rate(), load.achievedRate(), 0,
                    null, 0, drainRate, enginesClient == null ? null : enginesClient.rate(),
                    enginesClient == null ? null : enginesClient.client(),
                    newestClient == null ? null : newestClient.rate(), newestClient == null ? null : newestClient.client(),
                    null, List.of());
            CostWindow costWindow = new CostWindow(processStart.toEpochMilli(), firstRead, firstRead,
                    firstRead != null && lastVisible > firstRead ? lastVisible : null, workload.events(), null, null);
            Measured measured = new Measured(observed, expected, null, throughput, workload.events(), processStart,
                    firstRead, new CellResult.Batch(runtime, freshness, runtimes), null, null,
                    conditions.withLoader(loaded.loader()), null, costWindow);
            return finish(cell, id, job, running, brokerCpu, measured);
        }
    }

    /**
     * Micro-batch and continuous: the job starts first, then the load runs on its open-loop schedule, with the cell's
     * fault injected on a thread of its own meanwhile.
     */
    private CellResult runUnbounded(CellSettings cell, String id, JobSpec job, EngineSet.Deployed deployed, Broker broker,
                                    BrokerCpu brokerCpu, ForkedLoader loader, ResultStore.View results, Fault fault,
                                    Emission emission, CellResult.Conditions known) throws InterruptedException {
        ForkedEngine engine = deployed.engine();
        long cellStart = System.currentTimeMillis();
        progress.phase(id, "starting the engine");
        try (RunningJob running = RunningJob.start(engine, job, deployed.clusterMembers())) {
            Instant processStart = running.handle().processHandle().info().startInstant().orElse(Instant.now());
            await(() -> running.handle().firstEvent(LifecycleEvent.STARTED).isPresent() || !running.handle().isRunning(),
                    STARTED_TIMEOUT, "the engine to start its job");
            requireRunning(running);
            long started = running.handle().firstEvent(LifecycleEvent.STARTED).map(LifecycleEvent::time)
                    .orElse(System.currentTimeMillis());
            long loadStart = System.currentTimeMillis() + SCHEDULE_LEAD.toMillis();
            CellWorkload workload = CellWorkload.of(cell, loadStart);
            LoadOutcome loaded;
            long readAtEndOfLoad;
            long loadEnd;
            AtomicReference<Faults.Restart> restart = new AtomicReference<>();
            FaultInjector injector = fault == null ? null : FaultInjector.schedule(fault, loadStart,
                    Faults.action(fault, running, broker, job.pipeline().source().stream(), restart,
                    deployed.workers()));
            BacklogSampler backlog = BacklogSampler.start(broker, job.pipeline().source().stream(),
                    running::messagesRead, loader::eventsSent, loadStart);
            progress.phase(id, "loading " + workload.events() + " events at " + Math.round(workload.rate())
                    + " ev/s");
            try (LoadProgress bar = progress.start("load " + id, workload.events())) {
                loaded = loader.load(workload.paced(RESULTS_TIMEOUT), bar);
                readAtEndOfLoad = running.messagesRead();
            } finally {
                loadEnd = System.currentTimeMillis();
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

            progress.phase(id, "waiting for the last results");
            OracleResult expected = ReferenceOracle.compute(job.pipeline(), workload.replay(), EventTimeSemantics.STREAMING);
            EmissionTiming timing = new EmissionTiming(expected.availability(), emission);
            Set<WindowResult.Identity> wanted = expected.results().stream().map(WindowResult::identity)
                    .collect(Collectors.toSet());
            // An update of a result already written adds no new identity, so quiet means nothing is left to come only
            // once the engine has read everything; a restart without checkpoint may skip input and never get there, and
            // after a worker's crash the job's restarted tasks count what they read from zero again.
            boolean mayNotReadAll = fault != null && (fault.restartFrom() != null
                    || fault.kind() == Fault.Kind.KILL_WORKER);
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
            backlog.close();
            requireRunning(running);
            if (!complete) {
                LOG.warn("cell {}: not every expected result arrived within {} s", id, RESULTS_TIMEOUT.toSeconds());
            }
            long idleFrom = System.currentTimeMillis();
            Thread.sleep(IDLE_STRETCH.toMillis());
            long idleTo = System.currentTimeMillis();
            List<ObservedResult> observed = results.results();
            double loadSeconds = load.elapsed().toMillis() / 1000.0;
            CellResult.Throughput throughput = new CellResult.Throughput(workload.rate(), load.achievedRate(),
                    load.behindScheduleMillis(), readAtEndOfLoad / loadSeconds, workload.events() - readAtEndOfLoad,
                    null, null, null, null, null, null, List.of());
            long warmupEnd = loadStart + cell.resolved().warmup().toMillis();
            CellResult.Latency latency = LatencyMeasurement.of(observed, expected.results(), timing,
                    job.pipeline().hasEventTimeWindow(), isCountWindow(job.pipeline()), warmupEnd);
            long steadyEnd = Math.min(loadEnd, workload.scheduleEnd());
            CellResult.Sustain sustain = SustainJudgement.judge(backlog.samples(),
                    latencyPoints(observed, timing, loadStart), workload.rate(), (warmupEnd - loadStart) / 1000.0,
                    (steadyEnd - loadStart) / 1000.0);
            CostWindow costWindow = new CostWindow(cellStart, loadStart, steadyEnd > warmupEnd ? warmupEnd : null,
                    steadyEnd > warmupEnd ? steadyEnd : null,
                    Math.round(workload.rate() * (steadyEnd - warmupEnd) / 1000.0), idleFrom, idleTo);
            CellResult.Conditions conditions = new CellResult.Conditions(known.emission(), harness, known.clocks(),
                    LatencyWarnings.of(latency, harness, known.clocks()), known.clientProperties());
            Measured measured = new Measured(observed, expected, latency, throughput, workload.events(), processStart,
                    started, null, fault == null ? sustain : null, injector == null ? null : new InjectedFault(fault, injector.injectedAt(),
                    injector.recoveryActionDoneAt(), restart.get() == null ? null
                    : ReplayMeasurement.of(fault, restart.get(), running, broker, job.pipeline().source().stream())),
                    conditions.withLoader(loaded.loader()), timing,
                    fault == null ? costWindow : costWindow.withoutSteadyStretch());
            return finish(cell, id, job, running, brokerCpu, measured);
        }
    }

    /**
     * What a run saw, before it is judged against the oracle.
     *
     * @param readyAt bounded: the engine's first read; streaming: when the engine said its job started (its first read
     *                waits for the load); null if it never said
     * @param sustain streaming cells without a fault: whether the engine kept up (a fault's recovery is judged apart)
     */
    private record Measured(List<ObservedResult> observed, OracleResult expected, CellResult.Latency latency,
                            CellResult.Throughput throughput, long events, Instant processStart, Long readyAt,
                            CellResult.Batch batch, CellResult.Sustain sustain, InjectedFault fault,
                            CellResult.Conditions conditions, EmissionTiming timing, CostWindow costWindow) {
    }

    /**
     * The instants (epoch ms) the cost is read between (an idle stretch after the results are all in, for a streaming
     * job's cost per second without input): where the broker's share starts (streaming: the engine's
     * start, so that the load is in it; bounded: the engine's start, after the load and the raw consumer's reads), the end of the engine's start-up (its first
     * read, or the start of the load), and a steady stretch of the load with the events it carried (null bounds:
     * there was none, e.g. a warm-up as long as the load, or a fault in it).
     */
    private record CostWindow(long cellStart, Long startupEnd, Long steadyFrom, Long steadyTo, long steadyEvents,
                              Long idleFrom, Long idleTo) {
        CostWindow withoutSteadyStretch() {
            return new CostWindow(cellStart, startupEnd, null, null, 0, null, null);
        }

        boolean hasIdleStretch() {
            return idleFrom != null && idleTo != null && idleTo > idleFrom;
        }

        boolean hasSteadyStretch() {
            return steadyFrom != null && steadyTo != null && steadyTo > steadyFrom && steadyEvents > 0;
        }
    }

    private record InjectedFault(Fault fault, long injectedAt, long recoveryActionDoneAt, Replay replay) {
    }

    private CellResult finish(CellSettings cell, String id, JobSpec job, RunningJob running, BrokerCpu brokerCpu,
                              Measured measured) {
        progress.phase(id, "comparing " + measured.observed().size() + " results with the oracle's "
                + measured.expected().results().size());
        ComparisonReport report = ResultComparison.compare(measured.expected().results(), measured.observed());
        CellResult.Correctness correctness = new CellResult.Correctness(report.expected(), report.matched(),
                report.missing(), report.extra(), report.wrongValue(), report.duplicated(), report.isExact(),
                measured.expected().lateDropped(), report.differences());
        CellResult.Cost cost = cost(running, brokerCpu, measured.costWindow(), measured.events());
        long processStart = measured.processStart().toEpochMilli();
        Double firstResult = measured.observed().stream().mapToLong(ObservedResult::visibleTime).min().stream()
                .mapToObj(first -> (first - processStart) / 1000.0).findFirst().orElse(null);
        CellResult.Startup startup = new CellResult.Startup(
                measured.readyAt() == null ? null : (measured.readyAt() - processStart) / 1000.0, firstResult);
        Recovery recovery = measured.fault() == null ? null : RecoveryMeasurement.of(measured.fault().fault(),
                measured.fault().injectedAt(), measured.fault().recoveryActionDoneAt(), measured.observed(),
                observed -> measured.timing().of(observed).map(EmissionTiming.Timed::engineAdded),
                cell.resolved().sloP99Millis(),
                report.missing() + report.wrongValue(), report.duplicated(), PostgresRewrites.of(job),
                measured.fault().replay());
        boolean fellBehind = measured.sustain() != null && Boolean.FALSE.equals(measured.sustain().sustained());
        CellStatus status = !report.isExact() ? CellStatus.WRONG
                : fellBehind ? CellStatus.NOT_SUSTAINED : CellStatus.OK;
        String reason = !report.isExact() ? report.summary() : fellBehind ? measured.sustain().why() : null;
        return CellResult.builder(id, cell, status).reason(reason).sinkLocation(job.pipeline().sink().describe())
                .correctness(correctness).latency(measured.latency()).throughput(measured.throughput()).cost(cost)
                .startup(startup).batch(measured.batch()).recovery(recovery).counters(running.counters())
                .workDir(job.workDir()).conditions(measured.conditions()).sustain(measured.sustain())
                .engineLoad(EngineLoadJudgement.judge(running.samples(), measured.costWindow().steadyFrom(),
                        measured.costWindow().steadyTo()))
                .tableCommits(tableCommits(job))
                .build();
    }

    /**
     * The steady stretch's cost leaves out JIT compilation, engine's and broker's: a JVM compiles hot code for a minute
     * and more after it starts, warm-up that a job running for days does not pay per event.
     */
    private static CellResult.Cost cost(RunningJob running, BrokerCpu brokerCpu, CostWindow window, long events) {
        double engineCpu = running.cpuSeconds();
        long now = System.currentTimeMillis();
        Double brokerCpuSeconds = brokerCpu.secondsBetween(window.cellStart(), now);
        Double steadyEngine = null;
        Double steadyBroker = null;
        Double engineIdle = null;
        Double brokerIdle = null;
        Double marginal = null;
        if (window.hasIdleStretch()) {
            engineIdle = engineWithoutCompiler(running, window.idleFrom(), window.idleTo()) * 1000.0
                    / (window.idleTo() - window.idleFrom());
            Double broker = brokerCpu.secondsBetweenWithoutCompiler(window.idleFrom(), window.idleTo());
            brokerIdle = broker == null ? null : broker * 1000.0 / (window.idleTo() - window.idleFrom());
        }
        if (window.hasSteadyStretch()) {
            double perMillion = 1e6 / window.steadyEvents();
            double engineSeconds = engineWithoutCompiler(running, window.steadyFrom(), window.steadyTo());
            steadyEngine = engineSeconds * perMillion;
            Double broker = brokerCpu.secondsBetweenWithoutCompiler(window.steadyFrom(), window.steadyTo());
            steadyBroker = broker == null ? null : broker * perMillion;
            if (engineIdle != null && brokerIdle != null) {
                double seconds = (window.steadyTo() - window.steadyFrom()) / 1000.0;
                marginal = (engineSeconds - engineIdle * seconds + broker - brokerIdle * seconds) * perMillion;
            }
        }
        Double steady = steadyEngine == null || steadyBroker == null ? null : steadyEngine + steadyBroker;
        Double startupCpu = window.startupEnd() == null ? null : running.cpuSecondsAt(window.startupEnd());
        return new CellResult.Cost(engineCpu, brokerCpuSeconds, engineCpu / events * 1e6, steady, steadyEngine,
                steadyBroker, engineIdle, brokerIdle, marginal, startupCpu, running.compilerSeconds(),
                running.peakRssMegabytes());
    }

    private static double engineWithoutCompiler(RunningJob running, long from, long to) {
        return running.cpuSecondsAt(to) - running.cpuSecondsAt(from)
                - (running.compilerSecondsAt(to) - running.compilerSecondsAt(from));
    }

    /** An Iceberg sink's table snapshots; none for other sinks. */
    private static List<IcebergCommit> tableCommits(JobSpec job) {
        return job.pipeline().sink() instanceof Sink.Iceberg iceberg ? IcebergCommit.of(iceberg) : List.of();
    }

    /** Per second of availability since the load started, the largest engine-added latency of the emissions. */
    private static List<CellResult.LatencyPoint> latencyPoints(List<ObservedResult> observed, EmissionTiming timing,
                                                               long loadStart) {
        Map<Long, Long> largest = new TreeMap<>();
        for (ObservedResult result : observed) {
            timing.of(result).ifPresent(timed -> largest.merge(Math.floorDiv(timed.timeline().available() - loadStart,
                    1000L), timed.engineAdded(), Math::max));
        }
        return largest.entrySet().stream()
                .map(entry -> new CellResult.LatencyPoint(entry.getKey(), entry.getValue())).toList();
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

    /** How fast a plain consumer reads the same backlog with the client on {@code classpath}; null where it cannot. */
    private static ConsumerRate consumerRate(Broker broker, BrokerConnection connection, String stream, long messages,
                                             String classpath) {
        try {
            return broker.measureConsumer(stream, messages, connection, classpath, RESULTS_TIMEOUT);
        } catch (UnsupportedOperationException notReplayable) {
            return null;
        } catch (RuntimeException failed) {
            LOG.warn("cannot measure the raw consumer rate of {}: {}", stream, failed.getMessage());
            return null;
        }
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
            if (outcome != null && outcome.state() == JobOutcome.State.UNSUPPORTED) {
                throw new EngineRefusal(outcome.failure());
            }
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
}
