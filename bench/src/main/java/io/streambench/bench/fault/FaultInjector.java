package io.streambench.bench.fault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Fires one fault at its time into the load, on a thread of its own so that the open-loop load goes on meanwhile. */
public final class FaultInjector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fault-injector");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong injectedAt = new AtomicLong();
    private final AtomicLong recoveredAt = new AtomicLong();
    private volatile RuntimeException failure;

    /** What a fault does: {@link #inject} breaks something, {@link #recover} undoes it (a restart). */
    public interface Action {
        void inject();

        void recover();
    }

    public static FaultInjector schedule(Fault fault, long loadStartMillis, Action action) {
        FaultInjector injector = new FaultInjector();
        long delay = Math.max(0, loadStartMillis + fault.at().toMillis() - System.currentTimeMillis());
        injector.timer.schedule(() -> injector.fire(fault, action), delay, TimeUnit.MILLISECONDS);
        return injector;
    }

    private void fire(Fault fault, Action action) {
        try {
            LOG.info("injecting {}", fault);
            injectedAt.set(System.currentTimeMillis());
            action.inject();
            action.recover();
            recoveredAt.set(System.currentTimeMillis());
            LOG.info("{}: recovery action done after {} ms", fault, recoveredAt.get() - injectedAt.get());
        } catch (RuntimeException e) {
            LOG.error("fault {} could not be injected or recovered", fault, e);
            failure = e;
        }
    }

    /** When the fault was injected, 0 if it has not fired (the load was shorter than its time). */
    public long injectedAt() {
        return injectedAt.get();
    }

    /** When the recovery action (e.g. the restart) was done. */
    public long recoveryActionDoneAt() {
        return recoveredAt.get();
    }

    public void requireNoFailure() {
        if (failure != null) {
            throw new IllegalStateException("fault injection failed: " + failure.getMessage(), failure);
        }
    }

    /** Waits (bounded) for a fault that is firing right now to finish. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
    }
}
