package io.streambench.bench.run;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.bench.engines.BrokerFlavor;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The brokers of one matrix run, opened on first use and closed at the end: the embedded Kafka broker starts once
 * per matrix, RabbitMQ is the local server (or Testcontainers, or a URI).
 */
public final class BrokerPool implements AutoCloseable {
    private final Path workDir;
    private final Map<String, Map<String, String>> settingsByProvider;
    private final Map<BrokerFlavor, Broker> open = new EnumMap<>(BrokerFlavor.class);

    /**
     * @param settingsByProvider extra settings per provider, e.g. {@code kafka -> deployment=testcontainers}
     */
    public BrokerPool(Path workDir, Map<String, Map<String, String>> settingsByProvider) {
        this.workDir = workDir;
        this.settingsByProvider = settingsByProvider;
    }

    public synchronized Broker broker(BrokerFlavor flavor) {
        Broker broker = open.get(flavor);
        if (broker == null) {
            Map<String, String> settings = new HashMap<>(settingsByProvider.getOrDefault(flavor.provider(), Map.of()));
            settings.putAll(flavor.settings());
            broker = BrokerProvider.named(flavor.provider()).open(workDir.resolve("brokers").resolve(flavor.wireName()), settings);
            open.put(flavor, broker);
        }
        return broker;
    }

    /** Descriptions of the brokers used so far, for the results file. */
    public synchronized Map<String, String> describeOpen() {
        Map<String, String> described = new HashMap<>();
        open.forEach((flavor, broker) -> described.put("broker " + flavor.wireName(), broker.describe()));
        return described;
    }

    @Override
    public synchronized void close() {
        RuntimeException first = null;
        for (Broker broker : open.values()) {
            try {
                broker.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
