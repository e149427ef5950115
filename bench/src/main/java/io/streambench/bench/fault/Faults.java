package io.streambench.bench.fault;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.pipeline.StartPosition;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** What each kind of fault does to a running cell. Restarts are noted in {@code restarts} for the replay figures. */
public final class Faults {
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(30);

    private Faults() {
    }

    /**
     * How an engine was started again: where it resumed (its checkpoint, a savepoint, or a start position without
     * either) and when its new process started.
     */
    public record Restart(String resumedFrom, StartPosition position, long restartedAt) {
    }

    /** The workers of the cluster a job runs on, as a fault reaches them. */
    public interface ClusterWorkers {
        /** Kills worker {@code number} (1-based) at once, as a crash would. */
        void killWorker(int number);
    }

    /** @param workers the cluster's workers; null where the job runs on no project-started cluster */
    public static FaultInjector.Action action(Fault fault, RestartableJob running, Broker broker, String stream,
                                              AtomicReference<Restart> restarts, ClusterWorkers workers) {
        return switch (fault.kind()) {
            case KILL_ENGINE -> new FaultInjector.Action() {
                private Instant killedAt;

                @Override
                public void inject() {
                    killedAt = Instant.now();
                    running.kill();
                }

                @Override
                public void recover() {
                    if (fault.restartFrom() == null) {
                        running.restart();
                        restarts.set(new Restart("checkpoint", null, running.processStartedAt()));
                        return;
                    }
                    StartPosition position = StartPosition.of(fault.restartFrom(),
                            killedAt.truncatedTo(ChronoUnit.MILLIS));
                    running.restartWithoutCheckpoint(position);
                    restarts.set(new Restart(position.toString() + ", without checkpoint", position,
                            running.processStartedAt()));
                }
            };
            case PLANNED_RESTART -> new FaultInjector.Action() {
                private String resumePoint;

                @Override
                public void inject() {
                    resumePoint = running.suspend();
                }

                @Override
                public void recover() {
                    running.restart();
                    restarts.set(new Restart(resumePoint, null, running.processStartedAt()));
                }
            };
            case BROKER_RESTART -> new FaultInjector.Action() {
                @Override
                public void inject() {
                    broker.restart();
                }

                @Override
                public void recover() {
                    // The restart itself brings the broker back; clients reconnect on their own.
                }
            };
            case KILL_WORKER -> new FaultInjector.Action() {
                @Override
                public void inject() {
                    if (workers == null) {
                        throw new IllegalStateException("kill-worker needs a project-started cluster (--engines "
                                + "cluster)");
                    }
                    workers.killWorker(1);
                }

                @Override
                public void recover() {
                    // The engine reschedules the job on the workers left, from its checkpoint, by itself.
                }
            };
            case POISON -> new FaultInjector.Action() {
                @Override
                public void inject() {
                    try (EventWriter poison = broker.openWriter(stream)) {
                        for (int i = 0; i < fault.poisonCount(); i++) {
                            poison.sendRaw("poison-" + i, ("{\"poison\": " + i + ", \"not\": \"a click event\"}")
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                        poison.flush(FLUSH_TIMEOUT);
                    }
                }

                @Override
                public void recover() {
                    // Nothing to undo: the pipeline must route the messages aside and go on by itself.
                }
            };
        };
    }
}
