package io.streambench.bench.run;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.StreamLevel;
import io.streambench.api.engine.JobHandle;
import io.streambench.bench.results.CellResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Once a second through a streaming cell, how far the engine is behind: what the broker holds of the stream (or, where
 * it cannot say, what the loader sent) against what the engine reports it has read; a queue's depth where the broker
 * tells it. A reading the broker does not answer is skipped, not guessed. Beside it, the engine's gauges of that
 * second (see {@link JobHandle#GAUGE_PREFIX}).
 */
final class BacklogSampler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BacklogSampler.class);
    private static final long EVERY_MILLIS = 1_000;

    private final Broker broker;
    private final String stream;
    private final LongSupplier engineRead;
    private final LongSupplier loaderSent;
    private final Supplier<Map<String, Long>> engineCounters;
    private final long origin;
    private final List<CellResult.BacklogSample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "backlog-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private BacklogSampler(Broker broker, String stream, LongSupplier engineRead, LongSupplier loaderSent,
                           Supplier<Map<String, Long>> engineCounters, long origin) {
        this.broker = broker;
        this.stream = stream;
        this.engineRead = engineRead;
        this.loaderSent = loaderSent;
        this.engineCounters = engineCounters;
        this.origin = origin;
    }

    /** Starts sampling now; {@code origin} (epoch ms, the load's start) is where the samples' seconds count from. */
    static BacklogSampler start(Broker broker, String stream, LongSupplier engineRead, LongSupplier loaderSent,
                                Supplier<Map<String, Long>> engineCounters, long origin) {
        BacklogSampler sampler = new BacklogSampler(broker, stream, engineRead, loaderSent, engineCounters, origin);
        sampler.timer.scheduleAtFixedRate(sampler::sample, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return sampler;
    }

    private void sample() {
        try {
            long read = engineRead.getAsLong();
            StreamLevel level = broker.level(stream);
            long written = level.written() != null ? level.written() : loaderSent.getAsLong();
            long backlog = level.waiting() != null ? level.waiting() : Math.max(0, written - read);
            double seconds = (System.currentTimeMillis() - origin) / 1000.0;
            synchronized (samples) {
                samples.add(new CellResult.BacklogSample(seconds, written, read, backlog, gauges()));
            }
        } catch (RuntimeException unanswered) {
            LOG.debug("no backlog reading of {} this second: {}", stream, unanswered.getMessage());
        }
    }

    private Map<String, Long> gauges() {
        Map<String, Long> gauges = new TreeMap<>();
        engineCounters.get().forEach((name, value) -> {
            if (name.startsWith(JobHandle.GAUGE_PREFIX)) {
                gauges.put(name.substring(JobHandle.GAUGE_PREFIX.length()), value);
            }
        });
        return gauges;
    }

    List<CellResult.BacklogSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
