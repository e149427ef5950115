package io.streambench.bench.run;

import io.streambench.api.broker.Broker;

import java.util.OptionalLong;

/**
 * The CPU of a broker's server process through a cell, where it runs on this machine: the broker's share of a
 * pipeline's cost (it takes the load, serves the engine's reads and, for a Kafka sink, the results).
 */
final class BrokerCpu implements AutoCloseable {
    private final Broker broker;
    private final OptionalLong pid;
    private final ProcessSampler sampler;

    private BrokerCpu(Broker broker, OptionalLong pid) {
        this.broker = broker;
        this.pid = pid;
        this.sampler = pid.isPresent() ? ProcessSampler.start(pid.getAsLong()) : null;
    }

    static BrokerCpu start(Broker broker) {
        return new BrokerCpu(broker, broker.serverProcessId());
    }

    /**
     * CPU seconds the broker used between two instants (epoch ms); null where its process is not on this machine or
     * was replaced meanwhile (a broker restart), so that its cost is unknown rather than wrong.
     */
    Double secondsBetween(long from, long to) {
        if (sampler == null || !pid.equals(broker.serverProcessId())) {
            return null;
        }
        sampler.sample();
        return sampler.cpuSecondsAt(to) - sampler.cpuSecondsAt(from);
    }

    /** The same without the CPU of JIT compiler threads (a Kafka broker is a JVM that warms up too). */
    Double secondsBetweenWithoutCompiler(long from, long to) {
        Double all = secondsBetween(from, to);
        return all == null ? null : all - (sampler.compilerSecondsAt(to) - sampler.compilerSecondsAt(from));
    }

    @Override
    public void close() {
        if (sampler != null) {
            sampler.close();
        }
    }
}
