package io.streambench.api.result;

import io.streambench.api.pipeline.Sink;
import io.streambench.api.run.DeliveryGuarantee;

import java.util.List;

/** Results in {@link InMemoryResults}: for engines running in the reading JVM. */
public final class MemoryResultStore implements ResultStore {
    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Sink sinkFor(String run) {
        InMemoryResults.clear(run);
        return Sink.memory(run);
    }

    @Override
    public View open(String run, String pipeline, DeliveryGuarantee guarantee) {
        return new View() {
            @Override
            public List<ObservedResult> results() {
                return InMemoryResults.read(run);
            }

            @Override
            public void close() {
                InMemoryResults.clear(run);
            }
        };
    }
}
