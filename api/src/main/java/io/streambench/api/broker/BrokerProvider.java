package io.streambench.api.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens a broker by name; found with {@link ServiceLoader}. Each provider documents its settings and rejects any
 * setting it does not know, naming it.
 */
public interface BrokerProvider {
    /** {@code kafka} or {@code rabbitmq}. */
    String name();

    /** The setting keys {@link #open} accepts, for messages and {@code --help}. */
    Set<String> settingKeys();

    /**
     * @param workDir  where the broker may keep data (an embedded broker's log directory, for instance)
     * @param settings provider settings, e.g. {@code deployment=embedded|external|testcontainers},
     *                 {@code bootstrapServers}, {@code uri}, {@code queueType}
     */
    Broker open(Path workDir, Map<String, String> settings);

    static BrokerProvider named(String name) {
        return ServiceLoader.load(BrokerProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no broker named '" + name + "' on the class path (available: "
                        + ServiceLoader.load(BrokerProvider.class).stream().map(p -> p.get().name())
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /** Fails on the first setting not in {@link #settingKeys}. */
    default void requireKnown(Map<String, String> settings) {
        settings.keySet().stream().filter(key -> !settingKeys().contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("unknown " + name() + " broker setting '" + key + "' (known: "
                    + settingKeys().stream().sorted().collect(Collectors.joining(", ")) + ")");
        });
    }
}
