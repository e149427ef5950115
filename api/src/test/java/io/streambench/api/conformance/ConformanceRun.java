package io.streambench.api.conformance;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.engine.Engine;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.engine.JobOutcome;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.oracle.ComparisonReport;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.oracle.ResultComparison;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.ResultStore;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs one pipeline on one engine over the conformance workload and compares the sink with the oracle.
 * Bounded modes find everything in the stream when they start and finish by themselves. Unbounded modes start first,
 * get the late-free prefix, must have read all of it (so that their watermark covers it before any late event arrives),
 * then get the rest and the watermark markers, and are stopped once the sink holds every result the oracle expects.
 * Public for the engines' own suites of a subset, e.g. on a cluster.
 */
public final class ConformanceRun {
    private static final Duration SETTLE = Duration.ofMillis(1500);
    /** Flink emits watermarks every 200 ms: after the prefix is read, one more emission must pass. */
    private static final Duration WATERMARK_EMISSION = Duration.ofMillis(500);

    private final Engine engine;
    private final Broker broker;
    private final ResultStore store;
    private final int partitions;
    private final Duration timeout;
    private final Path workRoot;

    public ConformanceRun(Engine engine, Broker broker, ResultStore store, int partitions, Duration timeout,
                          Path workRoot) {
        this.engine = engine;
        this.broker = broker;
        this.store = store;
        this.partitions = partitions;
        this.timeout = timeout;
        this.workRoot = workRoot;
    }

    /** The outcome of one run: the comparison with the oracle, every emission the sink holds, the job's counters. */
    public record Result(ComparisonReport report, OracleResult expected, List<ObservedResult> emissions,
                  Map<String, Long> counters) {
        /** Results the sink holds more than one value of: updated after they were first written. */
        long updatedResults() {
            Map<WindowResult.Identity, Set<Long>> values = new java.util.HashMap<>();
            emissions.forEach(emission -> values.computeIfAbsent(emission.result().identity(),
                    identity -> new java.util.HashSet<>()).add(emission.result().value()));
            return values.values().stream().filter(distinct -> distinct.size() > 1).count();
        }
    }

    /**
     * @param malformed raw messages written in the middle of the workload; they must be counted, not fatal
     */
    public Result run(Pipeline pipeline, RunSettings settings, ConformanceWorkload workload, List<byte[]> malformed)
            throws InterruptedException {
        return run(pipeline, settings, workload, malformed, 1);
    }

    /**
     * @param chunks in unbounded modes, the events after the late-free prefix are written in this many parts, each
     *               once the engine has read the one before and had time to move its watermark: windows then fire
     *               before the events after them arrive, as in a paced stream
     */
    Result run(Pipeline pipeline, RunSettings settings, ConformanceWorkload workload, List<byte[]> malformed,
               int chunks) throws InterruptedException {
        String name = uniqueName(pipeline.name(), settings);
        Pipeline underTest = pipeline.withSource(pipeline.source().onStream(name)).withSink(store.sinkFor(name));
        JobSpec job = new JobSpec(name, underTest, settings, broker.connection(), workRoot.resolve(name).toString());
        engine.checkSupported(job);

        List<ClickEvent> events = workload.generate();
        OracleResult expected = ReferenceOracle.compute(underTest, events, EventTimeSemantics.of(settings.mode()));
        broker.createStream(new StreamSpec(name, partitions));
        try (ResultStore.View results = store.open(name, underTest.name());
             EventWriter writer = broker.openWriter(name)) {
            Map<String, Long> counters = settings.mode().isBounded()
                    ? runBounded(job, writer, events, workload, malformed)
                    : runUnbounded(job, writer, events, workload, malformed, expected.results(), results, chunks);
            List<ObservedResult> emissions = results.results();
            ComparisonReport report = ResultComparison.compare(expected.results(), emissions);
            return new Result(report, expected, emissions, counters);
        } finally {
            broker.deleteStream(name);
        }
    }

    private Map<String, Long> runBounded(JobSpec job, EventWriter writer, List<ClickEvent> events,
                                         ConformanceWorkload workload, List<byte[]> malformed) throws InterruptedException {
        write(writer, events, 0, events.size(), malformed);
        writer.sendWatermarkMarkers(workload.markerEventTime(events));
        writer.flush(timeout);
        try (JobHandle handle = engine.submit(job)) {
            Optional<JobOutcome> outcome = handle.await(timeout);
            if (outcome.isEmpty()) {
                throw new AssertionError(job.settings().mode() + " job did not finish within " + timeout.toSeconds() + " s");
            }
            if (outcome.get().state() != JobOutcome.State.FINISHED) {
                throw new AssertionError("job ended " + outcome.get().state() + ": " + outcome.get().failure());
            }
            return handle.counters();
        }
    }

    private Map<String, Long> runUnbounded(JobSpec job, EventWriter writer, List<ClickEvent> events,
                                           ConformanceWorkload workload, List<byte[]> malformed,
                                           List<WindowResult> expected, ResultStore.View results, int chunks)
            throws InterruptedException {
        try (JobHandle handle = engine.submit(job)) {
            int prefix = workload.lateFreePrefix();
            writeAndAwaitReading(handle, job, writer, events, 0, prefix, malformed);
            int chunk = (events.size() - prefix + chunks - 1) / chunks;
            int from = prefix;
            for (; from + chunk < events.size(); from += chunk) {
                writeAndAwaitReading(handle, job, writer, events, from, from + chunk, malformed);
            }
            long written = write(writer, events, from, events.size(), malformed)
                    + writer.sendWatermarkMarkers(workload.markerEventTime(events));
            writer.flush(timeout);
            // Results that update results already written (every-trigger, late updates) add no new identity: only
            // after the engine has read everything can quiet mean that nothing is left to come.
            Poll.require(() -> messagesRead(handle) >= written || !handle.isRunning(), timeout,
                    () -> "the engine to read all " + written + " messages (read: " + messagesRead(handle) + ")");
            long readAll = System.currentTimeMillis();
            Set<WindowResult.Identity> wanted = expected.stream().map(WindowResult::identity).collect(Collectors.toSet());
            Poll.until(() -> !handle.isRunning() || holdsAllAndIsQuietSince(results.results(), wanted, readAll),
                    timeout);
            requireRunning(handle, job);
            Map<String, Long> counters = handle.counters();
            handle.cancel();
            return counters;
        }
    }

    /** Writes events [from, to), then waits until the engine has read them and emitted a watermark after them. */
    private void writeAndAwaitReading(JobHandle handle, JobSpec job, EventWriter writer, List<ClickEvent> events,
                                      int from, int to, List<byte[]> malformed) throws InterruptedException {
        long written = write(writer, events, from, to, malformed);
        writer.flush(timeout);
        Poll.require(() -> messagesRead(handle) >= written || !handle.isRunning(), timeout,
                () -> "the engine to read the first " + written + " messages (read: " + messagesRead(handle) + ")");
        requireRunning(handle, job);
        Thread.sleep(WATERMARK_EMISSION.toMillis());
    }

    private static long messagesRead(JobHandle handle) {
        return handle.counters().getOrDefault(JobHandle.MESSAGES_READ, 0L);
    }

    private static void requireRunning(JobHandle handle, JobSpec job) throws InterruptedException {
        if (!handle.isRunning()) {
            String outcome = handle.await(Duration.ZERO).map(o -> o.state() + (o.failure() == null ? "" : ": " + o.failure()))
                    .orElse("stopped");
            throw new AssertionError("the " + job.settings().mode() + " job stopped before its input ended: " + outcome);
        }
    }

    /**
     * Every expected result is there and nothing new arrived for a while (so that extras and duplicates that follow
     * the last expected result are seen too).
     */
    static boolean holdsAllAndIsQuiet(List<ObservedResult> results, Set<WindowResult.Identity> wanted) {
        return holdsAllAndIsQuietSince(results, wanted, 0);
    }

    /** As {@link #holdsAllAndIsQuiet}, and quiet for a while after {@code since} too (when the last input was read). */
    static boolean holdsAllAndIsQuietSince(List<ObservedResult> results, Set<WindowResult.Identity> wanted,
                                           long since) {
        Set<WindowResult.Identity> held = results.stream().map(observed -> observed.result().identity())
                .collect(Collectors.toSet());
        long lastVisible = results.stream().mapToLong(ObservedResult::visibleTime).max().orElse(0);
        return held.containsAll(wanted) && System.currentTimeMillis() - Math.max(lastVisible, since) >= SETTLE.toMillis();
    }

    /**
     * Writes events [from, to), with the malformed messages spread evenly over the whole workload; returns how many
     * messages were written in all so far.
     */
    private static long write(EventWriter writer, List<ClickEvent> events, int from, int to, List<byte[]> malformed) {
        TreeMap<Integer, byte[]> insertAt = new TreeMap<>();
        for (int i = 0; i < malformed.size(); i++) {
            insertAt.put((int) ((i + 1L) * events.size() / (malformed.size() + 1)), malformed.get(i));
        }
        for (int i = from; i < to; i++) {
            byte[] raw = insertAt.get(i);
            if (raw != null) {
                writer.sendRaw("malformed-" + i, raw);
            }
            writer.send(events.get(i));
        }
        return to + insertAt.headMap(to).size();
    }

    private String uniqueName(String pipeline, RunSettings settings) {
        String mode = settings.mode().toString().replaceAll("[^A-Za-z0-9]+", "-");
        return (engine.name() + "-" + broker.name() + "-" + pipeline + "-" + mode + "-"
                + Long.toString(System.nanoTime(), 36)).replaceAll("-+", "-");
    }

    static List<byte[]> malformedSamples() {
        return List.of(
                "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "{\"sequence\":1,\"user\":\"u\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ClickEventCodec.encodeToString(new ClickEvent(1, "u", "s", "p", io.streambench.api.event.Action.CLICK,
                        0, 1, 1)).replace("click", "clack").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
