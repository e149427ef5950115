package io.streambench.kafka;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where the Kafka broker comes from. */
public enum KafkaDeployment {
    /** A broker started on this machine in a JVM of its own, for the life of the {@link KafkaBroker}. */
    EMBEDDED("embedded"),
    /** An existing cluster, given by its bootstrap servers. */
    EXTERNAL("external"),
    /** A broker in a Docker container started with Testcontainers. */
    TESTCONTAINERS("testcontainers");

    private final String settingValue;

    KafkaDeployment(String settingValue) {
        this.settingValue = settingValue;
    }

    public String settingValue() {
        return settingValue;
    }

    public static KafkaDeployment parse(String text) {
        return Arrays.stream(values()).filter(deployment -> deployment.settingValue.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kafka deployment '" + text + "' (known: "
                        + Arrays.stream(values()).map(KafkaDeployment::settingValue).collect(Collectors.joining(", ")) + ")"));
    }
}
