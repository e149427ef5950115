package io.streambench.bench.run;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.bench.fault.Fault;
import io.streambench.bench.fault.FaultInjector;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What each kind of fault does to a running cell. */
final class Faults {
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(30);

    private Faults() {
    }

    static FaultInjector.Action action(Fault fault, RunningJob running, Broker broker, String stream) {
        return switch (fault.kind()) {
            case KILL_ENGINE -> new FaultInjector.Action() {
                @Override
                public void inject() {
                    running.kill();
                }

                @Override
                public void recover() {
                    running.restart();
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
            case POISON -> new FaultInjector.Action() {
                @Override
                public void inject() {
                    try (EventWriter poison = broker.openWriter(stream)) {
                        for (int i = 0; i < fault.count(); i++) {
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
