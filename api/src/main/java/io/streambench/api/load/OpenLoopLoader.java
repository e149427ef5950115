package io.streambench.api.load;

import io.streambench.api.broker.EventWriter;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.SendSchedule;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes events to a broker either on their open-loop schedule (each at its intended send time, never skipping ahead
 * and never waiting for the system under test) or as fast as the writer takes them.
 */
public final class OpenLoopLoader {
    private static final int PROGRESS_EVERY = 4_096;
    private static final long SPIN_BELOW_NANOS = 50_000;

    private OpenLoopLoader() {
    }

    /**
     * Sends {@code count} events from {@code events} on {@code schedule}, or as fast as possible when
     * {@code schedule} is null. Flushes before returning. The schedule's start, a wall-clock time, is the one origin
     * of the pacing and of the events' intended send times: a schedule that starts in the past is behind from the
     * first event, and the report says so.
     */
    public static LoadReport load(EventWriter writer, Iterator<ClickEvent> events, long count, SendSchedule schedule,
                                  LoadProgress progress, Duration flushTimeout) {
        long start = System.nanoTime();
        long origin = schedule == null ? start : nanoTimeAt(schedule.startEpochMillis());
        long worstLagNanos = 0;
        for (long i = 0; i < count; i++) {
            ClickEvent event = events.next();
            if (schedule != null) {
                long due = origin + schedule.offsetNanos(i);
                waitUntil(due);
                worstLagNanos = Math.max(worstLagNanos, System.nanoTime() - due);
            }
            writer.send(event);
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.advanced(i + 1);
            }
        }
        writer.flush(flushTimeout);
        progress.advanced(count);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        double offered = schedule == null ? Double.NaN : schedule.rate();
        return new LoadReport(count, elapsed, offered, worstLagNanos / 1_000_000);
    }

    /** The {@link System#nanoTime} reading that corresponds to a wall-clock time. */
    private static long nanoTimeAt(long epochMillis) {
        return System.nanoTime() + (epochMillis - System.currentTimeMillis()) * 1_000_000L;
    }

    private static void waitUntil(long dueNanos) {
        for (long left = dueNanos - System.nanoTime(); left > 0; left = dueNanos - System.nanoTime()) {
            if (left > SPIN_BELOW_NANOS) {
                LockSupport.parkNanos(left - SPIN_BELOW_NANOS);
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
