package io.streambench.api.conformance;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamCount;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.engine.Engine;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.oracle.ComparisonReport;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.oracle.ResultComparison;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.result.MemoryResultStore;
import io.streambench.api.result.ResultStore;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.api.result.WindowResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A job started without a checkpoint on a stream that already holds a first half of the events, with one of the
 * recovery options a restart without a checkpoint has: {@code earliest} must read every message, a timestamp taken
 * between the halves only the second half, {@code latest} only what is written after the job started (probes,
 * malformed messages, are written until the job reads one; the second half follows). The job's message count must
 * equal what a plain reader of the broker gets from the same position, and its results the oracle's over exactly the
 * promised events.
 */
final class StartPositionRun {
    private static final int EVENTS = 4_000;
    private static final Duration PROBE_EVERY = Duration.ofMillis(300);
    private static final Duration QUIET_READ = Duration.ofSeconds(2);
    private static final byte[] PROBE = "{probe: not a click event".getBytes(StandardCharsets.UTF_8);

    private final Engine engine;
    private final Broker broker;
    private final int partitions;
    private final Duration timeout;
    private final Path workRoot;

    StartPositionRun(Engine engine, Broker broker, int partitions, Duration timeout, Path workRoot) {
        this.engine = engine;
        this.broker = broker;
        this.partitions = partitions;
        this.timeout = timeout;
        this.workRoot = workRoot;
    }

    /**
     * @param writtenFirst     events in the stream before the position was taken
     * @param promisedMessages what a plain reader of the broker gets from the same position (events, watermark
     *                         markers, and for {@code latest} the probes the job read)
     * @param promisedEvents   the events among them, the oracle's input
     */
    record Result(StartPosition position, int writtenFirst, long promisedMessages, int promisedEvents,
                  long read, ComparisonReport report) {
        String summary() {
            return String.format("start at %s: %d events in the stream before it, %d messages promised "
                            + "(%d events), %d read; %s", position, writtenFirst, promisedMessages, promisedEvents,
                    read, report.summary());
        }
    }

    Result run(StartPosition.Kind kind, RunSettings settings) throws InterruptedException {
        Pipeline pipeline = ReadyPipelines.byName("clicks-per-page-tumbling");
        String name = (engine.name() + "-" + broker.name() + "-start-" + kind.name().toLowerCase() + "-"
                + Long.toString(System.nanoTime(), 36));
        List<ClickEvent> events = ClickstreamGenerator.generate(GeneratorConfig.defaults(11)
                .withPopulation(300, 100).withSchedule(200, GeneratorConfig.DEFAULT_START)
                .withDisorder(0.10, Duration.ofSeconds(3), 0, Duration.ZERO, 0), EVENTS);
        List<ClickEvent> firstHalf = events.subList(0, EVENTS / 2);
        List<ClickEvent> secondHalf = events.subList(EVENTS / 2, EVENTS);
        long markerTime = events.stream().mapToLong(ClickEvent::eventTime).max().orElseThrow()
                + Duration.ofDays(1).toMillis();

        broker.createStream(new StreamSpec(name, partitions));
        MemoryResultStore store = new MemoryResultStore();
        try (ResultStore.View results = store.open(name, pipeline.name());
             EventWriter writer = broker.openWriter(name)) {
            send(writer, firstHalf);
            Instant between = waitForNextWholeSecond();
            StartPosition position = StartPosition.of(kind, between);
            Pipeline underTest = pipeline.withSource(pipeline.source().onStream(name).startingAt(position))
                    .withSink(store.sinkFor(name));
            JobSpec job = new JobSpec(name, underTest, settings, broker.connection(),
                    workRoot.resolve(name).toString());
            engine.checkSupported(job);
            if (kind != StartPosition.Kind.LATEST) {
                sendSecondHalf(writer, secondHalf, markerTime);
            }
            List<ClickEvent> promisedEvents = kind == StartPosition.Kind.EARLIEST ? events : secondHalf;
            OracleResult expected = ReferenceOracle.compute(underTest, promisedEvents, EventTimeSemantics.STREAMING);
            long probesSent = 0;
            long read;
            long probesRead;
            try (JobHandle handle = engine.submit(job)) {
                if (kind == StartPosition.Kind.LATEST) {
                    probesSent = probeUntilTheJobReads(writer, handle);
                    sendSecondHalf(writer, secondHalf, markerTime);
                }
                Set<WindowResult.Identity> wanted = expected.results().stream().map(WindowResult::identity)
                        .collect(Collectors.toSet());
                Poll.require(() -> !handle.isRunning() || ConformanceRun.holdsAllAndIsQuiet(results.results(), wanted),
                        timeout, () -> "every result the oracle expects from " + position);
                Thread.sleep(QUIET_READ.toMillis());
                read = count(handle, JobHandle.MESSAGES_READ);
                probesRead = count(handle, JobHandle.MALFORMED_EVENTS);
            }
            long fromBetween = readFrom(name, kind == StartPosition.Kind.EARLIEST ? position : StartPosition.at(between));
            long promised = fromBetween - (probesSent - probesRead);
            return new Result(position, firstHalf.size(), promised, promisedEvents.size(), read,
                    ResultComparison.compare(expected.results(), results.results()));
        } finally {
            broker.deleteStream(name);
        }
    }

    private long probeUntilTheJobReads(EventWriter writer, JobHandle handle) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long sent = 0;
        while (count(handle, JobHandle.MALFORMED_EVENTS) == 0) {
            if (System.nanoTime() > deadline || !handle.isRunning()) {
                throw new AssertionError("the job started at latest read none of " + sent + " probes");
            }
            writer.sendRaw("probe-" + sent, PROBE);
            writer.flush(timeout);
            sent++;
            Thread.sleep(PROBE_EVERY.toMillis());
        }
        return sent;
    }

    private long readFrom(String stream, StartPosition from) {
        return StreamCount.from(broker, stream, from, QUIET_READ, timeout);
    }

    private void sendSecondHalf(EventWriter writer, List<ClickEvent> secondHalf, long markerTime) {
        secondHalf.forEach(writer::send);
        writer.sendWatermarkMarkers(markerTime);
        writer.flush(timeout);
    }

    private void send(EventWriter writer, List<ClickEvent> events) {
        events.forEach(writer::send);
        writer.flush(timeout);
    }

    /**
     * A whole second at least a second after everything written so far: RabbitMQ stream queues take a timestamp
     * start in seconds, so the halves must not share one.
     */
    private static Instant waitForNextWholeSecond() throws InterruptedException {
        Instant between = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(Math.max(0, between.toEpochMilli() - System.currentTimeMillis()) + 100);
        return between;
    }

    private static long count(JobHandle handle, String counter) {
        return handle.counters().getOrDefault(counter, 0L);
    }
}
