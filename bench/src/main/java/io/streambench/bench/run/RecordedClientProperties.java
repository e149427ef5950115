package io.streambench.bench.run;

import io.streambench.api.run.BrokerConnection;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The client properties a cell's broker clients ran with, as results.json records them: values of properties that can
 * hold a secret (passwords, JAAS configurations with credentials, keys, tokens) are replaced, so that a results file can
 * be shared.
 */
final class RecordedClientProperties {
    static final String REDACTED = "(redacted)";
    private static final Pattern SECRET = Pattern.compile("password|secret|jaas|token|credential|\\.key$");

    private RecordedClientProperties() {
    }

    static Map<String, String> of(BrokerConnection connection) {
        Map<String, String> recorded = new TreeMap<>();
        Map<String, String> properties = connection instanceof BrokerConnection.Kafka kafka ? kafka.clientProperties()
                : ((BrokerConnection.RabbitMq) connection).clientProperties();
        properties.forEach((name, value) -> recorded.put(name, isSecret(name) ? REDACTED : value));
        return recorded;
    }

    static boolean isSecret(String name) {
        return SECRET.matcher(name.toLowerCase(Locale.ROOT)).find();
    }
}
