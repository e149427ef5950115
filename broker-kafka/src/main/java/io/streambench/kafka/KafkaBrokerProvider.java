package io.streambench.kafka;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Opens Kafka by settings:
 * <ul>
 *   <li>{@code deployment}: {@code embedded} (the default: a broker started on this machine in its own JVM),
 *       {@code external} (an existing cluster) or {@code testcontainers} (a broker in a Docker container);</li>
 *   <li>{@code bootstrapServers}: the address of an {@code external} cluster, e.g. {@code kafka-1:9092,kafka-2:9092};</li>
 *   <li>{@code client.*}: passed to every Kafka client without the prefix, e.g. {@code client.security.protocol=SASL_SSL}.</li>
 * </ul>
 */
public final class KafkaBrokerProvider implements BrokerProvider {
    public static final String DEPLOYMENT = "deployment";
    public static final String BOOTSTRAP_SERVERS = "bootstrapServers";
    public static final String CLIENT_PREFIX = "client.";

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of(DEPLOYMENT, BOOTSTRAP_SERVERS, CLIENT_PREFIX + "*");
    }

    @Override
    public void requireKnown(Map<String, String> settings) {
        BrokerProvider.super.requireKnown(settings.entrySet().stream().filter(setting -> !isClientProperty(setting.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public Broker open(Path workDir, Map<String, String> settings) {
        requireKnown(settings);
        KafkaDeployment deployment = KafkaDeployment.parse(settings.getOrDefault(DEPLOYMENT, KafkaDeployment.EMBEDDED.settingValue()));
        Map<String, String> clientProperties = clientProperties(settings);
        String bootstrapServers = settings.get(BOOTSTRAP_SERVERS);
        if (deployment == KafkaDeployment.EXTERNAL) {
            if (bootstrapServers == null || bootstrapServers.isBlank()) {
                throw new IllegalArgumentException("kafka deployment=external needs bootstrapServers, e.g. "
                        + "bootstrapServers=kafka-1:9092; or use deployment=embedded to have streambench start a broker");
            }
            return KafkaBroker.external(bootstrapServers, clientProperties);
        }
        if (bootstrapServers != null) {
            throw new IllegalArgumentException("kafka bootstrapServers is only for deployment=external; deployment="
                    + deployment.settingValue() + " starts its own broker");
        }
        return deployment == KafkaDeployment.EMBEDDED
                ? KafkaBroker.embedded(workDir, clientProperties)
                : KafkaBroker.inContainer(clientProperties);
    }

    private static boolean isClientProperty(String key) {
        return key.startsWith(CLIENT_PREFIX) && key.length() > CLIENT_PREFIX.length();
    }

    private static Map<String, String> clientProperties(Map<String, String> settings) {
        Map<String, String> properties = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (isClientProperty(key)) {
                String property = key.substring(CLIENT_PREFIX.length());
                if (KafkaClientProperties.RESERVED.contains(property)) {
                    throw new IllegalArgumentException("kafka setting '" + key + "' is not allowed: streambench sets "
                            + property + " itself" + (property.equals("bootstrap.servers") ? " (use bootstrapServers)" : ""));
                }
                properties.put(property, value);
            }
        });
        return properties;
    }
}
